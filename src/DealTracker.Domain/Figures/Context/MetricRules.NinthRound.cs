using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric rules added after blind21 and blind22's first runs (the ninth round), read before the eighth round's: money said to come
/// from one named giver, and the price paid for shares or a stake.
/// </summary>
internal static partial class MetricRules
{
    private static (Metric? Metric, bool Found)? NinthRoundReading(SentenceWords sentence, int first, int last) =>
        InvestorRules.CapitalFromAGiver(sentence, last) is not null || InvestorRules.SharePurchaseVerb(sentence, first, last) >= 0
            ? (Metric.Investment, true) : null;
}
