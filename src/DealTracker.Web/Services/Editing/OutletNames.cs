using DealTracker.Domain.Text;

namespace DealTracker.Web.Services.Editing;

/// <summary>
/// When two outlet names are one outlet: the one matcher of the paste panel, the inbox, <c>POST /api/extract</c>, the report's
/// own outlet and new outlets. Names compare as <see cref="NameMatching"/> compares them (case, "the", punctuation), and a
/// last word "News" or "Newspaper" does not count ("Bloomberg News" is Bloomberg); a known outlet is also written by its
/// slug, initials or homepage ("WSJ", "wsj.com": <see cref="KnownName"/>).
/// </summary>
public static class OutletNames
{
    /// <summary>"The Wall Street Journal" → "wall street journal"; "Bloomberg News" → "bloomberg".</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var words = NameMatching.Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[^1] is "news" or "newspaper")
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>The known outlet <paramref name="written"/> stands for, or null (none, or more than one).</summary>
    public static KnownName? Match(string? written, IReadOnlyList<KnownName> outlets)
    {
        if (KnownName.Match(written, outlets) is { } known)
        {
            return known;
        }

        var matches = All(written, outlets);
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Every known outlet <paramref name="written"/> may stand for, the one of that very name first.</summary>
    public static IReadOnlyList<KnownName> All(string? written, IReadOnlyList<KnownName> outlets)
    {
        var key = Key(written);
        if (written is null || key.Length == 0)
        {
            return [];
        }

        // Both ways: "WSJ" is the initials of a known "The Wall Street Journal", and a new "Wall Street Journal" is written "WSJ"
        // when a known outlet is called that.
        var asKnown = KnownName.Of(0, VisibleText.Trim(written));
        return [.. outlets
            .Where(o => Key(o.Name) == key || o.Variants.Contains(key) || o.Variants.Contains(NameMatching.Normalise(written))
                || asKnown.Variants.Contains(NameMatching.Normalise(o.Name)))
            .OrderBy(o => NameMatching.Normalise(o.Name) == NameMatching.Normalise(written) ? 0 : 1)];
    }

    /// <summary>Whether <paramref name="written"/> names <paramref name="outlet"/>.</summary>
    public static bool Names(string? written, KnownName outlet) => All(written, [outlet]).Count > 0;
}
