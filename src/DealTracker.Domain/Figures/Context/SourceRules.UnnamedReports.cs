namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the sources sweep's second pass: an unnamed report never hands its source slot to the next name. "According to reports,
/// Country Delight's operating revenue …" and "It has been earlier reported by a financial daily that if Airtel goes ahead …" name
/// no source: a named source right after an unnamed report, paper or media ("reports,", "a financial daily that (if)") is dropped
/// unless it is a listed outlet.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Nouns of a report or medium left unnamed: "reports", "a financial daily", "a business newspaper".</summary>
    private static readonly HashSet<string> _unnamedMedia = new(StringComparer.Ordinal)
    {
        "report", "reports", "daily", "newspaper", "paper", "publication", "outlet", "media", "channel", "portal", "website", "reporting",

        // Since the src-written realignment: "Per the magazine, Temasek agreed …", "According to the news agency, Saudi Aramco is …".
        "magazine", "agency",
    };

    /// <summary>Drops names read as sources right after an unnamed report.</summary>
    private static void DropNamesAfterUnnamedReports(SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        found.RemoveAll(f => f.Kind == SourceKind.Named && words.FindIndex(w => w.Start == f.Start) is var k and > 1
            && FollowsUnnamedReport(words, k) && Lexicon.OutletName(f.Name) is null);
    }

    /// <summary>Whether word k follows "reports," or "a financial daily that (if)", the medium unnamed (no capital before it).</summary>
    private static bool FollowsUnnamedReport(List<Word> words, int k)
    {
        var j = k - 1;
        j -= words[j].Lower is "if" or "when" or "while" or "though" && j > 0 ? 1 : 0;
        var noun = words[j].Lower == "that" ? j - 1 : words[j].After == ',' ? j : -1;
        if (noun < 0 || !_unnamedMedia.Contains(words[noun].Lower) || words[noun].Possessive)
        {
            return false;
        }

        // The words before the noun, back to the cue, are all lower-case: "according to reports", "by a financial daily".
        var m = noun - 1;
        while (m >= 0 && !words[m].IsCapitalised && !words[m].EndsPhrase && words[m].Lower is not ("by" or "to" or "per" or "in"))
        {
            m--;
        }

        return m < 0 || words[m].Lower is "by" or "to" or "per" or "in" || words[m].EndsPhrase || (m == 0 && words[m].Lower is "reports" or "report");
    }
}
