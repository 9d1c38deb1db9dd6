namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The nouns a text cites a document or a publication by when it does not name it: "according to the report", "a regulatory
/// filing showed", "its website says", "the newspaper said". Such a source is named (the issue's reading) but it is not an
/// outlet an editor could add: the draft says so instead of offering "Add outlet «report»".
/// </summary>
internal static class CitedNouns
{
    /// <summary>Documents: "the report", "a joint statement", "court papers", "the filing".</summary>
    public static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "report", "reports", "statement", "statements", "filing", "filings", "document", "documents", "memo", "papers", "prospectus",
        "notice", "disclosure", "disclosures", "registration", "registrations", "release", "records", "letter",
    };

    /// <summary>Publications referred to by their noun: "the newspaper", "its website", "the news agency".</summary>
    public static readonly HashSet<string> Publications = new(StringComparer.Ordinal)
    {
        "newspaper", "paper", "publication", "outlet", "magazine", "website", "daily", "agency", "site", "newsletter", "broadcaster",
    };

    /// <summary>
    /// Whether a named source, as written, is a document or a publication cited by its noun rather than by a name. A name ending
    /// in a document noun is one whatever its capitals ("SEC filing", "a joint statement"); a publication noun or a document noun
    /// inside the name ("filings with the ministry of corporate affairs") counts only when no word is capitalised, since "Caixin
    /// magazine" is an outlet.
    /// </summary>
    public static bool IsDocument(string name)
    {
        var words = name.Split((char[])[' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '"', '“', '”', '(', ')', '\'', '’'))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var head = Lower(words[^1]);
        if (Documents.Contains(head))
        {
            return true;
        }

        return !words.Any(NameLike) && words.Any(w => Documents.Contains(Lower(w)) || Publications.Contains(Lower(w)));
    }

    /// <summary>A word that could be a name: capitalised ("Caixin"), or a small-letter brand ("e27", "36kr", "tech.eu").</summary>
    private static bool NameLike(string word) =>
        char.IsUpper(word[0])
        || (word.Any(char.IsLetter) && word.Any(char.IsDigit))
        || word.Select((c, i) => c == '.' && i > 0 && i < word.Length - 1 && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1])).Any(dot => dot);

    /// <summary>Lower-case, without a possessive: "company's" → "company".</summary>
    private static string Lower(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) ? lower[..^2] : lower;
    }
}
