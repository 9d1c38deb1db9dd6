using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.UnitTests.Money;

/// <summary>
/// Amounts at the edge of what is held (10^27): what the write path accepts for each hedge, and that the analysis (overlaps,
/// agreement, corroboration, headlines) never throws on them, nor on an "approximately" stored before its bound.
/// </summary>
public sealed class HedgedAmountLimitsTests
{
    private const decimal Max = HedgedAmount.MaxAmount;

    /// <summary>The largest amount each hedge may state, and an "approximately" of 10^27 as an older store may hold.</summary>
    private static readonly HedgedAmount[] _edgeAmounts =
    [
        HedgedAmount.Exact(Max),
        HedgedAmount.UpTo(Max),
        HedgedAmount.AtLeast(Max),
        HedgedAmount.Approximately(HedgedAmount.MaxApproximateAmount),
        HedgedAmount.Approximately(Max),
        HedgedAmount.Approximately(999_999_999_999_999_999_999_999_999m),
        HedgedAmount.Between(Max - 1, Max),
        HedgedAmount.Between(1, Max),
        HedgedAmount.Exact(5),
        HedgedAmount.AtLeast(5),
        HedgedAmount.UpTo(0.00000001m),
        HedgedAmount.Approximately(0.00000001m),
    ];

    [Theory]
    [InlineData(Hedge.Exact)]
    [InlineData(Hedge.UpTo)]
    [InlineData(Hedge.AtLeast)]
    [InlineData(Hedge.Range)]
    public void MaxStated_EveryHedgeButApproximately_TenToTheTwentySeventh(Hedge hedge) =>
        Assert.Equal(Max, HedgedAmount.MaxStated(hedge));

    [Fact]
    public void MaxStated_Approximately_IntervalStaysWithinTheLimit()
    {
        var largest = HedgedAmount.Approximately(HedgedAmount.MaxStated(Hedge.Approximately));

        Assert.True(largest.Interval.High <= Max);
        Assert.True(HedgedAmount.Approximately(HedgedAmount.MaxApproximateAmount + 1).Interval.High > Max);
    }

    [Theory]
    [InlineData(Hedge.Exact)]
    [InlineData(Hedge.UpTo)]
    [InlineData(Hedge.AtLeast)]
    [InlineData(Hedge.Approximately)]
    public void Interval_LargestStatedAmount_FitsAndSpansBack(Hedge hedge)
    {
        var amount = HedgedAmount.Create(hedge, "USD", HedgedAmount.MaxStated(hedge), null, null);

        var interval = amount.Interval;

        Assert.True(interval.High is null || interval.High <= Max);
        Assert.NotNull(HedgedAmount.Spanning(interval, "USD"));
    }

    [Fact]
    public void Spanning_IntervalAboveTheLimit_StatedUpToTheLimit()
    {
        var stored = HedgedAmount.Approximately(Max);

        var spanned = HedgedAmount.Spanning(stored.Interval, "USD");

        Assert.Equal(HedgedAmount.Between(900_000_000_000_000_000_000_000_000m, Max), spanned);
    }

    [Fact]
    public void Spanning_IntervalWhollyAboveTheLimit_TheLimitItself() =>
        Assert.Equal(HedgedAmount.Exact(Max), HedgedAmount.Spanning(new MoneyInterval(Max + 5, Max + 10), "USD"));

    [Theory]
    [InlineData(1.5, 1)]
    [InlineData(50.000, 0)]
    [InlineData(0.00000001, 8)]
    public void DecimalPlaces_TrailingZerosDropped(decimal amount, int places) =>
        Assert.Equal(places, HedgedAmount.DecimalPlaces(amount));

    [Fact]
    public void Analysis_EveryPairOfEdgeAmounts_NeverThrows()
    {
        var amounts = _edgeAmounts;
        foreach (var first in amounts)
        {
            foreach (var second in amounts)
            {
                var claims = new[] { Valuation(1, first), Valuation(2, second) };
                var graph = new SourceGraph(claims.Select(c => c.Report), []);

                var comparison = Assert.Single(FigureComparison.From(claims, graph));

                _ = comparison.AgreedAmount?.ToHedgeWords();
                _ = comparison.Figure.Lead.Corroboration;
                foreach (var pair in comparison.Pairs())
                {
                    var overlap = pair.OverlapAmount;
                    Assert.True(overlap is null || overlap.Interval.High is null || overlap.Interval.High <= Max * 1.1m);
                    _ = overlap?.ToHedgeWords();
                }
            }
        }
    }

    private static FigureClaim Valuation(int id, HedgedAmount amount) =>
        new(id, Metric.Valuation, null, null, amount, null, new ReportRef(id, id, $"Outlet {id}", PartialDate.OnDay(2026, 1, id)));
}
