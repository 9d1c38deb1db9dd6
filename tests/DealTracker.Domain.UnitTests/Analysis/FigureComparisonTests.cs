using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.UnitTests.Analysis;

public sealed class FigureComparisonTests
{
    private const decimal Billion = 1_000_000_000m;

    private static readonly HedgedAmount _upToFifty = HedgedAmount.UpTo(50 * Billion);
    private static readonly HedgedAmount _exactFifty = HedgedAmount.Exact(50 * Billion);
    private static readonly HedgedAmount _atLeastTen = HedgedAmount.AtLeast(10 * Billion);

    private static FigureClaim Investment(int claimId, HedgedAmount amount, ReportRef report) =>
        new(claimId, Metric.Investment, 1, "Amazon", amount, null, report);

    /// <summary>A report by an outlet of its own, relying on no one: one independent origin each.</summary>
    private static ReportRef Own(int id, int day = 1) => new(id, id, $"Outlet {id}", PartialDate.OnDay(2026, 1, day));

    private static FigureComparison Compare(params FigureClaim[] claims) =>
        Assert.Single(FigureComparison.From(claims, new SourceGraph(claims.Select(c => c.Report), [])));

    private static FigureComparison Compare(SourceGraph graph, params FigureClaim[] claims) =>
        Assert.Single(FigureComparison.From(claims, graph));

    /// <summary>The seed article's claims about Amazon's investment (see <see cref="HeadlineFigureTests"/>).</summary>
    private static FigureComparison SeedInvestment() => Compare(
        SeedArticle.Graph(),
        Investment(1, _upToFifty, SeedArticle.ReutersReport),
        Investment(2, _upToFifty, SeedArticle.AxiosReport),
        Investment(3, _exactFifty, SeedArticle.ForbesReport),
        Investment(4, _exactFifty, SeedArticle.InvestingReport),
        Investment(5, _atLeastTen, SeedArticle.FtJan28Report));

    private static FigureVariant Variant(FigureComparison comparison, HedgedAmount amount) =>
        Assert.Single(comparison.Variants, v => v.Amount == amount);

    [Fact]
    public void Pairs_SeedInvestment_EveryPairCompatibleWithTheValuesBothAllow()
    {
        var pairs = SeedInvestment().Pairs().ToList();

        Assert.Equal(3, pairs.Count);
        Assert.All(pairs, p => Assert.True(p.Compatible));
        var ftAndReuters = Assert.Single(pairs, p => p.First.Amount == _upToFifty && p.Second.Amount == _atLeastTen);
        Assert.Equal("$10B–$50B", ftAndReuters.OverlapAmount!.ToHedgeWords());
        Assert.Equal("$50B", Assert.Single(pairs, p => p.Second.Amount == _exactFifty && p.First.Amount == _upToFifty).OverlapAmount!.ToHedgeWords());
    }

    [Fact]
    public void Pairs_SeedInvestment_RankedAsTheOverviewRanksThemLeadFirst()
    {
        var comparison = SeedInvestment();

        var first = comparison.Pairs().First();

        Assert.Equal(comparison.Figure.Lead, first.First);
        Assert.Equal([_upToFifty, _atLeastTen, _exactFifty], comparison.Variants.Select(v => v.Amount));
    }

    [Fact]
    public void Pairs_ValueRepeatedByManyOutletsOfOneOrigin_ComesAfterTheIndependentValue()
    {
        // Forbes and Investing.com both lean on the WSJ: two outlets, one origin. Reuters stands alone.
        var comparison = Compare(
            SeedArticle.Graph(),
            Investment(1, HedgedAmount.Exact(100 * Billion), SeedArticle.ForbesReport),
            Investment(2, HedgedAmount.Exact(100 * Billion), SeedArticle.InvestingReport),
            Investment(3, HedgedAmount.UpTo(100 * Billion), SeedArticle.ReutersReport));

        var pair = Assert.Single(comparison.Pairs());

        Assert.Equal("up to $100B", pair.First.Amount.ToHedgeWords());
        Assert.Equal([SeedArticle.Reuters], pair.First.Corroboration.Outlets);
        Assert.Equal([SeedArticle.Forbes, SeedArticle.Investing], pair.Second.Corroboration.Outlets);
    }

    [Fact]
    public void Pairs_CountFour_OnlyTheFourBestBackedValuesArePairedButEveryConflictIsFlagged()
    {
        var claims = Enumerable.Range(1, 5)
            .SelectMany(value => Enumerable.Range(0, 6 - value).Select(copy => (value, copy)))
            .Select((x, i) => Investment(i + 1, HedgedAmount.Exact(x.value * 10 * Billion), Own(i + 1)))
            .ToArray();
        var comparison = Compare(claims);

        var pairs = comparison.Pairs(4).ToList();

        Assert.Equal(6, pairs.Count);
        var fifty = Variant(comparison, HedgedAmount.Exact(50 * Billion));
        Assert.DoesNotContain(pairs, p => p.First == fifty || p.Second == fifty);
        Assert.True(comparison.Conflicts(fifty));
        Assert.Equal(10, comparison.Pairs().Count());
    }

    [Fact]
    public void Conflicts_TwoDisjointValuesAndOneAllowingBoth_OnlyTheDisjointOnesConflict()
    {
        var comparison = Compare(
            Investment(1, HedgedAmount.Exact(10 * Billion), Own(1)),
            Investment(2, HedgedAmount.Exact(50 * Billion), Own(2)),
            Investment(3, HedgedAmount.UpTo(60 * Billion), Own(3)));

        Assert.True(comparison.HasConflict);
        Assert.True(comparison.Conflicts(Variant(comparison, HedgedAmount.Exact(10 * Billion))));
        Assert.True(comparison.Conflicts(Variant(comparison, HedgedAmount.Exact(50 * Billion))));
        Assert.False(comparison.Conflicts(Variant(comparison, HedgedAmount.UpTo(60 * Billion))));
        Assert.Null(comparison.AgreedAmount);
        Assert.Equal(comparison.Figure.HasConflict, comparison.HasConflict);
    }

    [Fact]
    public void Conflicts_SameNumberInDifferentCurrencies_NotComparedNoConflictAndNoOverlap()
    {
        var comparison = Compare(
            Investment(1, _upToFifty, Own(1)),
            Investment(2, HedgedAmount.UpTo(50 * Billion, "EUR"), Own(2)));

        var pair = Assert.Single(comparison.Pairs());

        Assert.False(pair.Compatible);
        Assert.False(pair.Comparable);
        Assert.False(pair.Conflicts);
        Assert.Null(pair.OverlapAmount);
        Assert.All(comparison.Variants, v => Assert.False(comparison.Conflicts(v)));
        Assert.False(comparison.HasConflict);
    }

    [Fact]
    public void Pairs_SameCurrencyWithNoValueInCommon_ComparableAndConflicting()
    {
        var comparison = Compare(
            Investment(1, HedgedAmount.Exact(50 * Billion), Own(1)),
            Investment(2, HedgedAmount.Exact(70 * Billion), Own(2)));

        var pair = Assert.Single(comparison.Pairs());

        Assert.True(pair.Comparable);
        Assert.True(pair.Conflicts);
    }

    [Fact]
    public void Conflicts_RandomValuesOfEveryHedge_SameAsComparingEveryPair()
    {
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            // Few distinct numbers, so values touch, nest and repeat; now and then a second currency.
            HedgedAmount Value()
            {
                var amount = random.Next(1, 8) * 10 * Billion;
                var currency = random.Next(8) == 0 ? "EUR" : "USD";
                return random.Next(5) switch
                {
                    0 => HedgedAmount.Exact(amount, currency),
                    1 => HedgedAmount.UpTo(amount, currency),
                    2 => HedgedAmount.AtLeast(amount, currency),
                    3 => HedgedAmount.Approximately(amount, currency),
                    _ => HedgedAmount.Between(amount, amount + random.Next(1, 4) * 10 * Billion, currency),
                };
            }

            var comparison = Compare([.. Enumerable.Range(1, random.Next(1, 9)).Select(id => Investment(id, Value(), Own(id)))]);

            foreach (var variant in comparison.Variants)
            {
                Assert.Equal(comparison.Variants.Any(other => variant.Amount.ConflictsWith(other.Amount)), comparison.Conflicts(variant));
            }

            var anyPair = comparison.Variants.Any(a => comparison.Variants.Any(b => a.Amount.ConflictsWith(b.Amount)));
            Assert.Equal(anyPair, comparison.HasConflict);
            Assert.Equal(anyPair, comparison.Figure.HasConflict);
        }
    }

    [Fact]
    public void OverlapAmount_PairInAnotherCurrencyThanTheLead_IsWordedInThePairsCurrency()
    {
        var comparison = Compare(
            Investment(1, _upToFifty, Own(1)),
            Investment(2, _upToFifty, Own(2)),
            Investment(3, HedgedAmount.UpTo(40 * Billion, "EUR"), Own(3)),
            Investment(4, HedgedAmount.AtLeast(30 * Billion, "EUR"), Own(4)));

        var euroPair = Assert.Single(comparison.Pairs(), p => p.First.Amount.Currency == "EUR");

        Assert.Equal("€30B–€40B", euroPair.OverlapAmount!.ToHedgeWords());
    }

    [Fact]
    public void AgreedAmount_SeedInvestment_IsTheHeadlineFiguresAgreement()
    {
        var comparison = SeedInvestment();

        Assert.Equal(HedgedAmount.Exact(50 * Billion), comparison.AgreedAmount);
        Assert.Equal(comparison.Figure.AgreedAmount, comparison.AgreedAmount);
        Assert.False(comparison.HasConflict);
    }

    [Fact]
    public void GroupOf_SweepByLowerBound_PutsValuesThatCanAllBeRightTogetherInTheFewestGroups()
    {
        var comparison = Compare(
            Investment(1, HedgedAmount.Exact(10 * Billion), Own(1)),
            Investment(2, HedgedAmount.UpTo(20 * Billion), Own(2)),
            Investment(3, HedgedAmount.Approximately(50 * Billion), Own(3)),
            Investment(4, HedgedAmount.AtLeast(40 * Billion), Own(4)));

        int Group(HedgedAmount amount) => comparison.GroupOf(Variant(comparison, amount));

        Assert.Equal(2, comparison.GroupCount);
        Assert.Equal(0, Group(HedgedAmount.UpTo(20 * Billion)));
        Assert.Equal(0, Group(HedgedAmount.Exact(10 * Billion)));
        Assert.Equal(1, Group(HedgedAmount.AtLeast(40 * Billion)));
        Assert.Equal(1, Group(HedgedAmount.Approximately(50 * Billion)));
    }

    [Fact]
    public void GroupOf_ChainOfOverlaps_StartsANewGroupWhenTheCommonValuesRunOut()
    {
        // 10–20 overlaps 15–30 and 15–30 overlaps 25–40, but no value fits all three.
        var comparison = Compare(
            Investment(1, HedgedAmount.Between(10 * Billion, 20 * Billion), Own(1)),
            Investment(2, HedgedAmount.Between(15 * Billion, 30 * Billion), Own(2)),
            Investment(3, HedgedAmount.Between(25 * Billion, 40 * Billion), Own(3)));

        Assert.Equal([0, 0, 1], comparison.Variants.OrderBy(v => v.Amount.Interval.Low).Select(comparison.GroupOf));
        Assert.True(comparison.HasConflict);
        Assert.Null(comparison.AgreedAmount);
    }

    [Fact]
    public void GroupOf_SameNumberInDifferentCurrencies_NeverShareAGroup()
    {
        var comparison = Compare(
            Investment(1, _upToFifty, Own(1)),
            Investment(2, _upToFifty, Own(2)),
            Investment(3, HedgedAmount.UpTo(50 * Billion, "EUR"), Own(3)));

        Assert.Equal(0, comparison.GroupOf(Variant(comparison, _upToFifty)));
        Assert.Equal(1, comparison.GroupOf(Variant(comparison, HedgedAmount.UpTo(50 * Billion, "EUR"))));
        Assert.Equal(2, comparison.GroupCount);
    }

    [Fact]
    public void Of_SingleValue_NoPairsOneGroupNoConflictAndItAgreesWithItself()
    {
        var comparison = Compare(Investment(1, _atLeastTen, Own(1)), Investment(2, _atLeastTen, Own(2)));

        Assert.Empty(comparison.Pairs());
        Assert.Equal(1, comparison.GroupCount);
        Assert.False(comparison.HasConflict);
        Assert.Equal("$10B or more", comparison.AgreedAmount!.ToHedgeWords());
    }

    [Fact]
    public void From_ClaimsForTwoMetrics_OneComparisonEachInTheFiguresOrder()
    {
        var claims = new[]
        {
            new FigureClaim(1, Metric.Valuation, null, null, HedgedAmount.Approximately(830 * Billion), null, Own(1)),
            Investment(2, _upToFifty, Own(2)),
        };

        var comparisons = FigureComparison.From(claims, new SourceGraph(claims.Select(c => c.Report), []));

        Assert.Equal([Metric.Investment, Metric.Valuation], comparisons.Select(c => c.Figure.Metric));
    }
}
