using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Talks that ended: "the talks fell apart", "negotiations broke down", "advanced talks with Altria collapsed", "called off the talks",
/// "walked away from the deal". A stage written before such words is where the talks were, not where they are, so it is not proposed
/// ("Juul reached late-stage talks with Altria … but the talks fell apart"); a stage after them is ("Talks collapsed last year; the
/// two are now in advanced talks again"). Talks that only stalled keep their stage, and a hedge ("talks could still fall apart",
/// "may not lead to a deal") ends nothing.
/// </summary>
internal static partial class StageRules
{
    private const string EndedTalksNoun = "(?:talks|discussions|negotiations|conversations|deal|agreement|merger|transaction)";

    /// <summary>
    /// The talks or the deal, then (within eight words, or across an aside: "The talks, which were in advanced stages, collapsed") the verb
    /// that ends them: "talks with Altria collapsed", "the deal failed", "negotiations ended without an agreement".
    /// </summary>
    private static readonly Regex _talksEnded = Rx(
        $@"\b{EndedTalksNoun}(?:\s*[,—–]\s*(?:which|that|once|then|now|having|after)\b[^,;—–]{{0,100}}[,—–])?\s+(?:[^\s,;]+\s+){{0,8}}?(?:(?:has|have|had)\s+)?(?:collapsed|broke\s+down|broken\s+down|fell\s+apart|fallen\s+apart|fell\s+through|fallen\s+through|failed|ended\s+without|(?:was|were|been)\s+(?:called\s+off|terminated|abandoned|scrapped|ended))\b");

    /// <summary>A party ending them: "called off the talks", "walked away from the deal", "pulled out of negotiations".</summary>
    private static readonly Regex _endedTalks = Rx(
        $@"\b(?:called\s+off|calling\s+off|walked\s+away\s+from|pulled\s+out\s+of|ended|terminated|abandoned|scrapped)\s+(?:(?:the|its|their|those|these)\s+)?(?:[^\s,;]+\s+)?{EndedTalksNoun}\b");

    /// <summary>A hedge or negation right before the ending words: "could still fall apart", "have not collapsed".</summary>
    private static readonly Regex _notEnded = Rx(@"(?:\bnot|n[’']t|\bnever|\bcould|\bmay|\bmight|\bwould|\bcan|\bwill|\bif|\bunless|\bwhether)\s+(?:\S+\s+){0,2}$");

    /// <summary>Whether the sentence says the talks ended in words that end after the stage's words begin at <paramref name="stageStart"/>.</summary>
    private static bool EndedAfter(string sentence, int stageStart)
    {
        foreach (var ending in new[] { _talksEnded, _endedTalks })
        {
            foreach (Match match in ending.Matches(sentence))
            {
                var verb = VerbStart(match);
                if (match.Index + match.Length > stageStart && !_notEnded.IsMatch(sentence[Math.Max(0, verb - 25)..verb]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the ending verb starts in the match: after the talks noun for "talks … collapsed", at its start for "called off the talks".</summary>
    private static int VerbStart(Match match)
    {
        var value = match.Value;
        foreach (var verb in new[] { "collapsed", "broke", "broken", "fell", "fallen", "failed", "ended", "was ", "were ", "been ", "has ", "have ", "had " })
        {
            var at = value.LastIndexOf(verb, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return match.Index + at;
            }
        }

        return match.Index;
    }
}
