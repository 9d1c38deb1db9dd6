namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the reader-gaps sweep: names whose own last letters are "'s" — a rating agency ("Moody's"), an outlet ("Barron's"), an auction
/// house, a bank or a chain ("Sotheby's", "Lloyd's", "McDonald's") — are read whole: "Moody's said" is Moody's speaking, not something
/// of Moody's. The word must start its name ("Chris Christie's" is a person's possessive), and "Moody's's" is never written, so the
/// name's own possessive is the same word ("Moody's analysts").
/// </summary>
internal static class OwnApostropheS
{
    /// <summary>The names' words before their "'s".</summary>
    private static readonly HashSet<string> _stems = new(StringComparer.Ordinal)
    {
        "Moody", "Barron", "McDonald", "Sotheby", "Lloyd", "Christie", "Domino", "Sainsbury", "Lowe", "Macy", "Kellogg", "Wendy", "Dillard",
        "Kohl", "Applebee", "Denny", "Arby", "Hardee", "Chili", "Bonham", "Harrah",
    };

    /// <summary>Whether <paramref name="stem"/> + "'s" is such a name, written where a name starts (after no capitalised word of the same run).</summary>
    public static bool IsOwnEnding(string stem, Word? before) =>
        _stems.Contains(stem) && (before is not { After: '\0', IsCapitalised: true } || Lexicon.NotNames.Contains(before.Value.Core));
}
