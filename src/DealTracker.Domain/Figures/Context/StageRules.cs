using System.Text.RegularExpressions;
using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// How far the talks have got, from the words that say so:
/// <list type="bullet">
/// <item><see cref="TalksStage.Early"/>: "early stage(s)", "early-stage", "early talks", "preliminary discussions", "exploratory",
/// "initial talks", "talks are early";</item>
/// <item><see cref="TalksStage.Advanced"/>: "advanced talks / discussions / negotiations / stage", "late-stage talks", "talks are advanced";</item>
/// <item><see cref="TalksStage.Final"/>: "close to finalizing / a deal / an agreement", "nearing a deal / completion", "final stages",
/// "finalizing", "on the verge of", "has completed", "completed the deal".</item>
/// </list>
/// Words after "not" or "not merely" within the three words before are not read ("not merely exploratory", "not close to a deal").
/// </summary>
internal static partial class StageRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (Regex Pattern, TalksStage Stage)[] _patterns =
    [
        (new Regex(@"\b(?:early[- ]stages?|early (?:talks|discussions|negotiations)|preliminary (?:talks|discussions|negotiations|stages?)|exploratory|initial (?:talks|discussions)|(?:talks|discussions|negotiations) (?:are|were|is|remain|remained) (?:at an |in the |still )?(?:early|preliminary))\b", Options), TalksStage.Early),
        (new Regex(@"\b(?:advanced (?:talks|discussions|negotiations|stages?)|late[- ]stage (?:talks|discussions|negotiations)|late stages (?:of|in) (?:the )?(?:talks|discussions|negotiations)|(?:talks|discussions|negotiations) (?:are|were|is|as) [""“]?advanced)\b", Options), TalksStage.Advanced),
        (new Regex(@"\b(?:close to (?:finali[sz]ing|a deal|an agreement|a final|completing|securing|signing|clinching|a definitive)|nearing (?:a deal|an agreement|completion|a final)|nears? (?:a deal|an agreement)|final stages?|finali[sz]ing|on the verge of|(?:has|have|had) completed|completed (?:the|its|a) (?:deal|round|investment|funding|transaction|acquisition))\b", Options), TalksStage.Final),
    ];

    private static readonly Regex _negation = new(@"\b(?:not|not merely|not yet|no longer|never)\s+(?:\S+\s+){0,2}$", Options);

    public static void Find(string text, int start, int end, List<StageMention> stages)
    {
        var sentence = text[start..end];
        var found = new List<StageMention>();
        foreach (var (pattern, stage) in _patterns)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                var lead = sentence[Math.Max(0, match.Index - 30)..match.Index];
                if (_negation.IsMatch(lead))
                {
                    continue;
                }

                found.Add(new StageMention(stage, match.Value, start + match.Index, match.Length));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        stages.AddRange(found);
    }
}
