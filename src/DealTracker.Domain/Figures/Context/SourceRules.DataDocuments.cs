namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the data-sources sweep: documents as sources. Documents filed with or submitted to a registry or exchange ("according to
/// documents filed with the Registrar of Companies": the registry; "documents submitted by Chinese pump producer LEO Group to the
/// Shenzhen Stock Exchange": the party that submitted them); court documents and filings ("Court documents from the ongoing Musk v.
/// Altman trial have provided …", "according to court filings"); an SEC form ("said Nebius in a Form 6-K filed with …"); and a
/// dashboard or annual report cited ("according to the government’s VAHAN dashboard", "according to the company’s annual report").
/// </summary>
internal static partial class SourceRules
{
    /// <summary>"documents filed with the Registrar of Companies", "documents submitted by LEO Group to …", "filings with Companies House".</summary>
    private static (int First, int Last)? DocumentsFiled(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("documents" or "document" or "filings" or "filing" or "papers" or "records") || i + 2 >= words.Count || words[i].EndsPhrase)
        {
            return null;
        }

        if (!IsCitingPlace(words, i) || words[i + 1].Lower is not ("filed" or "submitted" or "lodged") || i + 3 >= words.Count || words[i + 1].EndsPhrase)
        {
            return words[i + 1].Lower is "with" or "to" && words[i].Lower is "documents" or "papers" or "records" && IsCitingPlace(words, i)
                ? ProviderRunAt(sentence, i + 2) : null;
        }

        // "documents submitted by LEO Group to the Shenzhen Stock Exchange": the party, when the registry follows ("The document filed by Lyft on Friday" is a thing done).
        var run = words[i + 2].Lower is "with" or "to" or "by" ? ProviderRunAt(sentence, i + 3) : null;
        return words[i + 2].Lower != "by" || (run is { } r && r.Last + 1 < words.Count && words[r.Last + 1].Lower is "to" or "with") ? run : null;
    }

    /// <summary>"Court documents from the ongoing … trial", "according to court filings", "…, court filings show.".</summary>
    private static (int First, int Last)? CourtDocuments(List<Word> words, int i) =>
        words[i].Lower == "court" && i + 1 < words.Count && !words[i].EndsPhrase
        && words[i + 1].Lower is "documents" or "filings" or "filing" or "records" or "papers" or "document" && IsCitingPlace(words, i)
        && !ObtainedBy(words, i + 2) ? (i, i + 1) : null;

    /// <summary>"Court documents recently obtained by The New York Times": the outlet that obtained them is the source.</summary>
    private static bool ObtainedBy(List<Word> words, int from) =>
        Enumerable.Range(from, Math.Max(0, Math.Min(3, words.Count - from - 2))).Any(k => words[k].Lower is "obtained" or "seen" or "reviewed" or "viewed"
            && words[k + 1].Lower == "by" && words[k + 2].IsCapitalised);

    /// <summary>"in a Form 6-K filed with …", "according to a Form 10-K": the form.</summary>
    private static (int First, int Last)? SecForm(List<Word> words, int i) =>
        words[i].Core == "Form" && i > 0 && i + 1 < words.Count && words[i - 1].Lower is "a" or "an" or "its" or "the" or "their" && !words[i].EndsPhrase
        && IsFormCode(words[i + 1].Core) ? (i, i + 1) : null;

    /// <summary>"6-K", "8-K", "10-K", "10-Q", "20-F", "S-1", "F-1", "D", "13F": an SEC form's code.</summary>
    private static bool IsFormCode(string code) =>
        code.Length is > 0 and <= 5 && code.All(c => char.IsDigit(c) || char.IsUpper(c) || c == '-') && (code.Contains('-', StringComparison.Ordinal) || code.Length <= 3)
        && code.Any(char.IsUpper);

    /// <summary>"according to the government’s VAHAN dashboard" (the dashboard with its name), "according to the company’s annual report".</summary>
    private static (int First, int Last)? CitedDashboard(List<Word> words, int i)
    {
        var dashboard = words[i].Lower is "dashboard" or "portal";
        var annual = words[i].Lower == "report" && i > 0 && words[i - 1].Lower == "annual";
        if (!dashboard && !annual)
        {
            return null;
        }

        var first = annual ? i - 1 : i;
        while (dashboard && first > 0 && IsNameWord(words[first - 1]) && !words[first - 1].Possessive && !words[first - 1].EndsPhrase && i - first < 4)
        {
            first--;
        }

        // Back past the owner and adjectives to the citing words: "according to the company’s latest annual report".
        var k = first - 1;
        while (k >= 0 && first - k <= 4 && !words[k].EndsPhrase && (words[k].Possessive || words[k].Lower is "the" or "its" or "their" or "latest"
            or "official" or "new" or "recent" or "government" or "online"))
        {
            k--;
        }

        // "according to its annual report": a party's own report, no source (as the corpus labels it); "the company’s annual report" is cited.
        if (Enumerable.Range(k + 1, first - k - 1).Any(m => words[m].Lower is "its" or "their"))
        {
            return null;
        }

        var cited = k >= 0 && !words[k].EndsPhrase && (words[k].Lower is "per" or "citing" || (words[k].Lower == "to" && k > 0 && words[k - 1].Lower == "according"));
        return cited ? (first, i) : null;
    }
}
