namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Reported speech (the clause-reading sweep, branch inv73): "Rajeev Misra, CEO of SoftBank Investment Advisors and Son’s deputy, recently
/// said that SoftBank could invest as much as $10 billion in India" reads the clause after "said (that)" as if it stood alone. The
/// speaker, its appositive and the names in it ("SoftBank Investment Advisors", "Son") are no givers of the reported clause: rules that
/// count the names or commas before a subject start counting at <see cref="ReportedClauseStart"/>.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Reporting verbs that open a reported clause after them: "said (that)", "told reporters (that)".</summary>
    private static readonly HashSet<string> _reportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "noted", "notes", "stated", "states", "confirmed",
        "confirms", "disclosed", "discloses", "revealed", "reveals", "explained", "explains", "argued", "argues", "claimed", "claims",
    };

    /// <summary>
    /// The first word of the reported clause the word at <paramref name="s"/> stands in: the word after the last reporting verb (and its
    /// "that", or "reporters that") at most <paramref name="back"/> words before it; 0 when none is.
    /// </summary>
    internal static int ReportedClauseStart(IReadOnlyList<Word> words, int s, int back)
    {
        for (var i = s - 1; i >= 0 && i >= s - back; i--)
        {
            if (!_reportingVerbs.Contains(words[i].Lower))
            {
                continue;
            }

            // "said that", "told reporters that", "said on Tuesday that": the clause starts after its "that" when one comes within reach.
            for (var j = i + 1; j < s && j <= i + 5; j++)
            {
                if (words[j].Lower == "that")
                {
                    return j + 1;
                }
            }

            return i + 1;
        }

        return 0;
    }
}
