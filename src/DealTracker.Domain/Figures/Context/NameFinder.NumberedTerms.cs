namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// A capitalised term with a number after it (the clause-reading sweep, branch inv73) is no name: "once it emerges from Chapter 11
/// bankruptcy protection", "the Phase 2 expansion", "under Section 363", "Tier 1 capital", "Stage 3 trials". Read as a name it became an
/// investor after the figure ("from Chapter 11" as a giver). A fund's numbered name ("Vision Fund 2", "Fund III") is not such a term.
/// </summary>
internal static partial class NameFinder
{
    private static readonly HashSet<string> _numberedTerms = new(StringComparer.Ordinal)
    {
        "Chapter", "Phase", "Section", "Tier", "Stage", "Part", "Article", "Level", "Step", "Schedule", "Exhibit", "Rule", "Clause", "Title",
    };

    /// <summary>Whether word <paramref name="i"/> opens a numbered term: one of <see cref="_numberedTerms"/> with a number or numeral after it.</summary>
    private static bool IsNumberedTerm(IReadOnlyList<Word> words, int i) =>
        _numberedTerms.Contains(words[i].Core) && !words[i].EndsPhrase && i + 1 < words.Count
        && (char.IsDigit(words[i + 1].Core.FirstOrDefault()) || words[i + 1].Core is "I" or "II" or "III" or "IV" or "V" or "VI" or "VII" or "X" or "XI");
}
