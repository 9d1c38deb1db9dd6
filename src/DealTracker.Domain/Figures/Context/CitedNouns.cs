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

        // Since the thirty-fifth session: "The newswire notes that …" ("the bourse said in a statement" is the exchange speaking for itself).
        "newswire",
    };

    /// <summary>
    /// Nouns for the press at large or for a publication's kind, which a text cites without naming one: "French media", "the local
    /// press", "the Japanese business daily", "public reporting", "the data firm". Read only here: the back-reference rules keep to
    /// <see cref="Publications"/>.
    /// </summary>
    private static readonly HashSet<string> _pressNouns = new(StringComparer.Ordinal)
    {
        "media", "press", "newspapers", "papers", "publications", "outlets", "magazines", "tabloid", "tabloids", "weekly", "weeklies",
        "dailies", "coverage", "reporting", "data", "calculations", "firm", "wire", "channel", "portal", "blog",
    };

    /// <summary>
    /// Words that tie a document to the body it went to or came from: "filing with the SEC", "reports from Sweden"; "by" only after a
    /// filing ("a regulatory filing by NOS"), since "a report by The Information" cites an outlet.
    /// </summary>
    private static readonly HashSet<string> _documentLinks = new(StringComparer.Ordinal) { "with", "to", "on", "from", "by", "before" };

    /// <summary>Capitalised words that describe the press without naming an outlet: "State media", "Mainland media", "The data".</summary>
    private static readonly HashSet<string> _describingCapitals = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "State", "Local", "Mainland", "Western", "Official", "Domestic", "Foreign", "International", "National", "Regional",
    };

    /// <summary>
    /// Whether a named source, as written, is a document or a publication cited by its noun rather than by a name:
    /// <list type="bullet">
    /// <item>a name ending in a document noun, whatever its capitals ("SEC filing", "a joint statement"), or a securities form ("its S-1");</item>
    /// <item>a document tied to the body it went to or came from ("filing with the Securities and Exchange Commission");</item>
    /// <item>a press noun in small letters with only describing words before it, places and nationalities included ("French
    /// media", "the Japanese business daily", "local press"; not "the Canadian Press");</item>
    /// <item>a publication noun or a document noun inside a name with no capitalised word ("filings with the ministry of corporate
    /// affairs"), since "Caixin magazine" and "Nikkei business daily" are outlets.</item>
    /// </list>
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
        if (Documents.Contains(head) || IsSecuritiesForm(head))
        {
            return true;
        }

        var link = words.FindIndex(1, w => _documentLinks.Contains(w));
        if (link > 0 && Documents.Contains(Lower(words[link - 1])) && (words[link] != "by" || Lower(words[link - 1]).StartsWith("fil", StringComparison.Ordinal)))
        {
            return true;
        }

        if ((_pressNouns.Contains(head) || Publications.Contains(head)) && words.Count > 1 && char.IsLower(words[^1][0])
            && words.Take(words.Count - 1).All(w => !NameLike(w) || Describing(w)))
        {
            return true;
        }

        return !words.Any(NameLike) && words.Any(w => Documents.Contains(Lower(w)) || Publications.Contains(Lower(w)) || _pressNouns.Contains(Lower(w)));
    }

    /// <summary>A capitalised word that describes rather than names: a place or nationality ("French", "Taiwanese"), "State", "The".</summary>
    private static bool Describing(string word) => Lexicon.Places.Contains(word) || _describingCapitals.Contains(word);

    /// <summary>A securities form cited by its code: "S-1", "10-K", "10‑Q" (any hyphen), "8-K", "20-F", "F-1".</summary>
    private static bool IsSecuritiesForm(string word) =>
        word.Replace('\u2011', '-').Replace('\u2010', '-').Replace('\u2013', '-') is "s-1" or "s-4" or "f-1" or "10-k" or "10-q" or "8-k" or "20-f" or "6-k";

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
