using DealTracker.Domain.Analysis;

namespace DealTracker.Domain.UnitTests.Analysis;

public sealed class CompareLayoutTests
{
    private const decimal Billion = 1_000_000_000m;

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.1", "2")]
    [InlineData("2", "2")]
    [InlineData("2.1", "2.5")]
    [InlineData("3", "5")]
    [InlineData("7", "10")]
    [InlineData("0.3", "0.5")]
    [InlineData("11500000000", "20000000000")]
    [InlineData("209990000000", "250000000000")]
    public void NiceCeiling_Value_SmallestOneTwoTwoAndAHalfOrFiveTimesAPowerOfTenAtOrAbove(string value, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
                     CompareLayout.NiceCeiling(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void NiceCeiling_ZeroOrLess_One(int value)
    {
        Assert.Equal(1m, CompareLayout.NiceCeiling(value));
    }

    [Fact]
    public void NiceCeiling_AboveTheLargestNiceDecimal_IsTheLargestDecimalRatherThanAnOverflow()
    {
        Assert.Equal(decimal.MaxValue, CompareLayout.NiceCeiling(decimal.MaxValue));
        Assert.Equal(50_000_000_000_000_000_000_000_000_000m, CompareLayout.NiceCeiling(40_000_000_000_000_000_000_000_000_000m));
    }

    [Fact]
    public void Scale_UpToFiftyBillion_TicksEveryTwentyBillionToSixty()
    {
        var scale = CompareLayout.Scale(50 * Billion);

        Assert.Equal(60 * Billion, scale.Max);
        Assert.Equal([0m, 20 * Billion, 40 * Billion, 60 * Billion], scale.Ticks);
    }

    [Fact]
    public void Scale_ValuationAroundEightHundredThirtyBillion_TicksEveryTwoHundredFiftyBillion()
    {
        var scale = CompareLayout.Scale(913 * Billion); // ~$830B allows up to $913B

        Assert.Equal(1250 * Billion, scale.Max);
        Assert.Equal(6, scale.Ticks.Count);
        Assert.Equal(250 * Billion, scale.Ticks[1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(38)]
    [InlineData(100)]
    [InlineData(999)]
    [InlineData(1234)]
    public void Scale_AnyHighest_EvenNiceStepsFromZeroToAMaxWithHeadroom(int billions)
    {
        var highest = billions * Billion;

        var scale = CompareLayout.Scale(highest);

        Assert.True(scale.Max >= highest * (1 + CompareLayout.Headroom));
        Assert.Equal(0m, scale.Ticks[0]);
        Assert.Equal(scale.Max, scale.Ticks[^1]);
        var step = scale.Ticks[1];
        Assert.Equal(step, CompareLayout.NiceCeiling(step));
        Assert.All(scale.Ticks.Select((tick, i) => (tick, i)), t => Assert.Equal(step * t.i, t.tick));
        Assert.InRange(scale.Ticks.Count, 3, CompareLayout.TargetSteps + 2);
    }

    [Fact]
    public void Scale_Zero_OneTickAtZero()
    {
        var scale = CompareLayout.Scale(0);

        Assert.Equal(0m, scale.Max);
        Assert.Equal([0m], scale.Ticks);
    }

    [Fact]
    public void Scale_LargestDecimal_CoversItWithoutOverflow()
    {
        var scale = CompareLayout.Scale(decimal.MaxValue);

        Assert.Equal(decimal.MaxValue, scale.Max);
        Assert.True(scale.Ticks.Count > 1);
        Assert.True(scale.Ticks[^1] <= scale.Max);
    }

    private static IReadOnlyDictionary<int, GraphPlace> Layers(IReadOnlyDictionary<int, string> names, params (int From, int To)[] reliances) =>
        CompareLayout.Layers(names, reliances.ToLookup(r => r.From, r => r.To));

    private static Dictionary<int, string> Named(params int[] ids) => ids.ToDictionary(id => id, id => $"Outlet {id:00}");

    [Fact]
    public void Layers_SeedArticle_OriginsInColumnZeroAndThoseCitingTheWsjInColumnOne()
    {
        var names = new Dictionary<int, string>
        {
            [SeedArticle.WsjOutlet] = SeedArticle.Wsj,
            [SeedArticle.ReutersOutlet] = SeedArticle.Reuters,
            [SeedArticle.ForbesOutlet] = SeedArticle.Forbes,
            [SeedArticle.BentonOutlet] = SeedArticle.Benton,
        };

        var places = Layers(names, (SeedArticle.ForbesOutlet, SeedArticle.WsjOutlet), (SeedArticle.BentonOutlet, SeedArticle.WsjOutlet));

        Assert.Equal(new GraphPlace(0, 0), places[SeedArticle.ReutersOutlet]);
        Assert.Equal(new GraphPlace(0, 1), places[SeedArticle.WsjOutlet]);
        Assert.Equal(new GraphPlace(1, 0), places[SeedArticle.BentonOutlet]);
        Assert.Equal(new GraphPlace(1, 1), places[SeedArticle.ForbesOutlet]);
    }

    [Fact]
    public void Layers_ChainOfFive_OneColumnPerStepStoppingAtTheLastColumn()
    {
        var places = Layers(Named(1, 2, 3, 4, 5), (5, 4), (4, 3), (3, 2), (2, 1));

        Assert.Equal([0, 1, 2, 3, 3], Enumerable.Range(1, 5).Select(id => places[id].Column));
    }

    [Fact]
    public void Layers_ShortAndLongChainToTheSameOrigin_TheLongerChainDecides()
    {
        var places = Layers(Named(1, 2, 3), (3, 1), (3, 2), (2, 1));

        Assert.Equal(2, places[3].Column);
    }

    [Fact]
    public void Layers_TwoOutletsRelyingOnEachOther_StandSideBySideInColumnOne()
    {
        var places = Layers(Named(1, 2), (1, 2), (2, 1));

        Assert.Equal(new GraphPlace(1, 0), places[1]);
        Assert.Equal(new GraphPlace(1, 1), places[2]);
    }

    [Fact]
    public void Layers_CircleOfThreeWithAWayOut_LongestChainThatNeverPassesAnOutletTwice()
    {
        // 1 → 2 → 3 → 1, and 3 also relies on the origin 9.
        var places = Layers(Named(1, 2, 3, 9), (1, 2), (2, 3), (3, 1), (3, 9));

        Assert.Equal(0, places[9].Column);
        Assert.Equal(3, places[1].Column); // 1 → 2 → 3 → 9
        Assert.Equal(2, places[2].Column); // 2 → 3 → 9, or 2 → 3 → 1
        Assert.Equal(2, places[3].Column); // 3 → 1 → 2
    }

    [Fact]
    public void Layers_EveryOutletRelyingOnEveryOther_EndsWithAllInTheLastColumn()
    {
        var ids = Enumerable.Range(1, 25).ToArray();
        var everyPair = ids.SelectMany(a => ids.Where(b => b != a).Select(b => (a, b))).ToArray();

        var places = Layers(Named(ids), everyPair);

        Assert.All(ids, id => Assert.Equal(CompareLayout.MaxColumn, places[id].Column));
        Assert.Equal(Enumerable.Range(0, 25), ids.Select(id => places[id].Row).Order());
    }

    [Fact]
    public void Layers_OutletRelyingOnItself_StandsWithTheOrigins()
    {
        var places = Layers(Named(1), (1, 1));

        Assert.Equal(0, places[1].Column);
    }

    [Fact]
    public void Layers_RelianceOnAnOutletNotDrawn_CountsAsOneStep()
    {
        var places = Layers(Named(1, 2), (2, 1), (1, 77));

        Assert.Equal(1, places[1].Column);
        Assert.Equal(2, places[2].Column);
        Assert.False(places.ContainsKey(77));
    }

    [Fact]
    public void Layers_SeveralOutletsInOneColumn_RowsInNameOrder()
    {
        var names = new Dictionary<int, string> { [1] = "Reuters", [2] = "Axios", [3] = "Financial Times" };

        var places = Layers(names);

        Assert.Equal([2, 3, 1], names.Keys.OrderBy(id => places[id].Row));
        Assert.All(places.Values, p => Assert.Equal(0, p.Column));
    }
}
