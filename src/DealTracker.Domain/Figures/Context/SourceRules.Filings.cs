namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Filings and documents as sources: "a regulatory filing showed", "disclosed in a filing", "according to filings", "revealed
/// through recent legal filings", "according to registrations", "according to its prospectus"; not "filing for bankruptcy" or "the filing deadline".
/// </summary>
internal static partial class SourceRules
{
    /// <summary>"a regulatory filing", "disclosed in a filing", "in a BSE filing"; not "filing for bankruptcy" or "the filing deadline".</summary>
    private static SourceMention? FilingAt(string text, List<Word> words, int i)
    {
        if (i + 1 < words.Count && words[i + 1].Lower is "for" or "date" or "deadline")
        {
            return null;
        }

        var phraseStart = i;
        while (phraseStart > 0 && i - phraseStart < 5 && !words[phraseStart - 1].EndsPhrase && IsFilingQualifier(words[phraseStart - 1].Lower))
        {
            phraseStart--;
        }

        // "filings at Companies House show": filings kept somewhere, showing.
        var shown = phraseStart == i && !words[i].EndsPhrase && i + 1 < words.Count && words[i + 1].Lower is "at" or "with" or "from" or "show"
            or "shows" or "showed";
        // Since the forty-fourth session: "according to legal filings" (legal filings cited by kind, as "revealed through legal filings" is).
        if (phraseStart == i && i >= 3 && words[i - 1].Lower == "legal" && words[i - 2].Lower == "to" && words[i - 3].Lower == "according")
        {
            return Span(text, SourceKind.Named, words[i - 1].Start, words[i].End);
        }

        var cited = phraseStart < i || shown || (i > 0 && words[i - 1].Lower is "in" or "to");
        return cited ? Span(text, SourceKind.Named, words[FilingNameStart(words, phraseStart, i)].Start, words[i].End) : null;
    }

    /// <summary>Words that may stand before "filing" in its phrase: "a regulatory", "its annual", "a Monday", "an S-1", "a BSE".</summary>
    private static bool IsFilingQualifier(string lower) =>
        lower is "a" or "an" or "the" or "its" or "their" or "regulatory" or "securities" or "sec" or "local" or "bourse" or "formal"
            or "stock" or "exchange" or "annual" or "quarterly" or "court" or "company" or "corporate" or "recent" or "new" or "latest"
            or "amended" or "financial" or "ipo" or "s-1" or "f-1" or "public" or "form" or "d" or "10-k" or "10-q" or "8-k" or "6-k" or "20-f"
            or "13f" or "13d"
            // Since the eighth session: an exchange named by its code or city ("a BSE filing", "a Hong Kong Stock Exchange filing").
            or "bse" or "nse" or "sgx" or "hkex" or "asx" or "tsx" or "nyse" or "nasdaq" or "lse" or "jse" or "krx" or "tadawul" or "hong" or "kong"
        || Lexicon.Weekdays.Contains(lower);

    /// <summary>
    /// A prospectus cited as a filing (since the fifteenth session): "According to its prospectus, …", "according to the draft prospectus",
    /// "disclosed in its prospectus", "the prospectus showed"; not a prospectus as a thing done ("will file its prospectus next week").
    /// </summary>
    private static SourceMention? ProspectusAt(string text, List<Word> words, int i)
    {
        var start = i;
        while (start > 0 && i - start < 3 && !words[start - 1].EndsPhrase
               && words[start - 1].Lower is "its" or "the" or "a" or "their" or "draft" or "ipo" or "listing" or "offering" or "preliminary" or "final")
        {
            start--;
        }

        var cited = (start >= 2 && words[start - 1].Lower == "to" && words[start - 2].Lower == "according")
            || (start >= 1 && words[start - 1].Lower is "in" or "per")
            || (!words[i].EndsPhrase && i + 1 < words.Count && words[i + 1].Lower is "showed" or "shows" or "said" or "says" or "states" or "stated");
        return cited ? Span(text, SourceKind.Named, words[i].Start, words[i].End) : null;
    }

    /// <summary>A filing is named without its article or possessive: "a regulatory filing" → "regulatory filing", "its filing" → "filing".</summary>
    private static int FilingNameStart(List<Word> words, int phraseStart, int filing)
    {
        var start = phraseStart;
        while (start < filing && words[start].Lower is "a" or "an" or "the" or "its" or "their")
        {
            start++;
        }

        return start;
    }

    /// <summary>"revealed through recent legal filings" (the filings named by their kind), "according to registrations".</summary>
    private static SourceMention? TenthDocument(string text, List<Word> words, int i)
    {
        if (words[i].Lower is "revealed" or "disclosed" or "shown" or "detailed" or "made" && i + 2 < words.Count && words[i + 1].Lower is "through" or "in" or "by" or "via")
        {
            var k = i + 2;
            while (k < words.Count && k - i <= 4 && words[k].Lower is "recent" or "new" or "latest" or "the" or "a")
            {
                k++;
            }

            var start = k;
            while (k < words.Count && k - start < 2 && words[k].Lower is "legal" or "court" or "regulatory" or "securities" or "company" or "corporate")
            {
                k++;
            }

            return k < words.Count && words[k].Lower is "filings" or "filing" ? Span(text, SourceKind.Named, words[start].Start, words[k].End) : null;
        }

        // "according to registrations", "according to company registrations".
        var to = i >= 1 && words[i - 1].Lower is "company" or "corporate" or "business" or "trade" ? i - 2 : i - 1;
        return words[i].Lower == "registrations" && to >= 1 && words[to].Lower == "to" && words[to - 1].Lower == "according"
            ? Span(text, SourceKind.Named, words[to + 1].Start, words[i].End)
            : null;
    }
}
