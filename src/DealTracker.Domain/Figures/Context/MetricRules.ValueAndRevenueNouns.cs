using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Nouns after a figure that name revenue or a valuation in words the older noun lists lacked: "a $5 billion annualized <b>run rate</b>",
/// "$1 billion in <b>bookings</b>" (revenue); "closed a $500 million Series G at a $7.4 billion <b>price tag</b>" (what a round prices the
/// company at) and "OpenAI's most recent $825B <b>mark</b>" (the last price put on a company). A price tag on a takeover and a mark
/// a market value or revenue passes ("crossed the $4 trillion mark") stay what the sentence makes them.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words before a figure that make the "mark" after it the last price put on a company: "its latest $61.5 billion mark".</summary>
    private static readonly HashSet<string> _lastPriceWords = new(StringComparer.Ordinal)
    {
        "recent", "latest", "last", "previous", "prior", "private",
    };

    /// <summary>The metric the noun at <paramref name="i"/> after the figure ending at <paramref name="last"/> names, or null.</summary>
    private static (Metric? Metric, bool Found)? ValueOrRevenueNoun(SentenceWords sentence, int i, int last)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        if (lower == "bookings" || (lower == "run" && i + 1 < words.Count && words[i + 1].Lower == "rate" && !words[i].EndsPhrase))
        {
            return (Metric.Revenue, true);
        }

        if (lower == "price" && i + 1 < words.Count && words[i + 1].Lower == "tag" && !words[i].EndsPhrase)
        {
            var round = SpeaksOfRaising(sentence) || words.Any(w => _roundNouns.Contains(w.Lower));
            return round && !IsMajorityOrTakeover(words) ? (Metric.Valuation, true) : (null, true);
        }

        if (lower != "mark" || words.Any(w => w.Lower is "market" or "revenue" or "revenues" or "sales" or "shares" or "stock"))
        {
            return null;
        }

        var from = Math.Max(0, last - 6);
        return Enumerable.Range(from, last - from).Any(j => _lastPriceWords.Contains(words[j].Lower) && !words[j].EndsPhrase)
            ? (Metric.Valuation, true)
            : null;
    }
}
