using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor-frames sweep's metric: a figure one named giver puts in by a frame <c>InvestorRules.FramedInvestment</c> reads (a
/// per-investor bracket in a list of givers, money that came in from one giver, money a relative clause says a name put in, money
/// added to an investment) is that giver's investment, whatever a round's words around it say.
/// </summary>
internal static partial class MetricRules
{
    private static (Metric? Metric, bool Found)? InvestorFramesReading(SentenceWords sentence, int first, int last) =>
        first >= 0 && last < sentence.Words.Count && InvestorRules.FramedInvestment(sentence, first, last) is not null ? (Metric.Investment, true) : null;
}
