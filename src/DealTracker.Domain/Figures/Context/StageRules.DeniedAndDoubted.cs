using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Stage words the sentence does not assert: a stage that is denied ("The parties denied being in advanced talks", "Amazon denied that
/// it was close to finalizing a deal", "dismissed / rejected reports of advanced talks", "ruled out being close to a deal"), doubted ("It
/// is unclear whether the companies are in advanced talks", "Whether they are close to a deal remains unclear", "It is not clear if …"),
/// called false ("Amazon said reports of advanced talks were false") or denied by distance ("nowhere near finalizing", "far from a deal",
/// in <see cref="_negation"/>). None of them proposes a stage; the domain's <c>TalksStage</c> has no value for "no talks". A cue counts
/// only in the stage's own clause: a semicolon, "but", "however", "although", "though", "while" or a comma that closes an aside ends it
/// ("Amazon denied the report, but the two are in advanced talks" keeps Advanced).
/// </summary>
internal static partial class StageRules
{
    /// <summary>A denial of what follows: "denied (that)", "dismissed reports of", "rejected claims that", "ruled out".</summary>
    private static readonly Regex _denied = Rx(
        @"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|rubbish(?:es|ed|ing)?|play(?:s|ed|ing)?\s+down|downplay(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out|(?:dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?)\s+(?:as\s+\S+\s+)?(?:(?:the|a|any|these|those|such|media|recent|earlier|press|news)\s+)*(?:reports?|claims?|speculation|rumou?rs?|suggestions?|stor(?:y|ies)|the\s+idea|the\s+notion|that))\b");

    /// <summary>An open question: "whether …", "unclear if", "not clear if", "would not say if", "asked if".</summary>
    private static readonly Regex _doubted = Rx(
        @"\b(?:whether|(?:clear|known|certain|sure|unclear|uncertain|unknown|unsure|asked|asking|say|confirm|disclose|comment\s+on)\s+if)\b");

    /// <summary>Words after the stage calling it false: "reports of advanced talks were false", "… are untrue", "… as baseless".</summary>
    private static readonly Regex _calledFalse = Rx(
        @"^[^;]{0,80}?\b(?:is|are|was|were|been|be|as)\s+(?:(?:not|completely|totally|entirely|simply|wholly|absolutely|categorically)\s+)?(?:false|untrue|inaccurate|incorrect|wrong|baseless|unfounded|groundless|fake|fabricated|not\s+true|not\s+accurate)\b");

    /// <summary>Words that end a clause: a cue before them says nothing of a stage after them.</summary>
    private static readonly Regex _clauseBreak = Rx(@"(?:;|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhile\b|\bwhereas\b|\byet\b)");

    /// <summary>Words that may follow a comma inside the clause the stage is in (an aside or a saying frame), not close it.</summary>
    private static readonly Regex _asideAfterComma = Rx(@"^\s*(?:which|who|that|saying|adding|in|on|at|after|citing|according)\b");

    /// <summary>Whether the stage words at <paramref name="match"/> are denied, doubted or called false by their own clause.</summary>
    private static bool DeniedOrDoubted(string sentence, Match match)
    {
        var lead = OwnClauseBefore(sentence, match.Index);
        if (_denied.IsMatch(lead) || _doubted.IsMatch(lead))
        {
            return true;
        }

        var after = sentence[(match.Index + match.Length)..];
        var breakAt = _clauseBreak.Match(after);
        return _calledFalse.IsMatch(breakAt.Success ? after[..breakAt.Index] : after);
    }

    /// <summary>
    /// The words of the stage's clause before it, at most 120 characters: cut after the last clause break, and after the last comma that
    /// is not followed by an aside ("Amazon, which has not said whether it will invest, is in advanced talks" keeps "is in").
    /// </summary>
    private static string OwnClauseBefore(string sentence, int at)
    {
        var lead = sentence[Math.Max(0, at - 120)..at];
        var breaks = _clauseBreak.Matches(lead);
        if (breaks.Count > 0)
        {
            var last = breaks[^1];
            lead = lead[(last.Index + last.Length)..];
        }

        for (var comma = lead.LastIndexOf(','); comma >= 0; comma = comma > 0 ? lead.LastIndexOf(',', comma - 1) : -1)
        {
            if (!_asideAfterComma.IsMatch(lead[(comma + 1)..]))
            {
                return lead[(comma + 1)..];
            }
        }

        return lead;
    }
}
