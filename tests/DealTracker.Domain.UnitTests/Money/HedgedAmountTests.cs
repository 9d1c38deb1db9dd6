using DealTracker.Domain.Money;

namespace DealTracker.Domain.UnitTests.Money;

public sealed class HedgedAmountTests
{
    private static readonly HedgedAmount[] _samples =
    [
        HedgedAmount.Exact(50_000_000_000m),
        HedgedAmount.Exact(38_000_000_000m),
        HedgedAmount.UpTo(50_000_000_000m),
        HedgedAmount.UpTo(5_000_000_000m),
        HedgedAmount.AtLeast(10_000_000_000m),
        HedgedAmount.AtLeast(60_000_000_000m),
        HedgedAmount.Approximately(830_000_000_000m),
        HedgedAmount.UpTo(830_000_000_000m),
        HedgedAmount.Between(15_000_000_000m, 25_000_000_000m),
        HedgedAmount.Exact(50_000_000_000m, "EUR"),
        HedgedAmount.AtLeast(1_000_000m, "GBP"),
    ];

    public static TheoryData<Hedge, decimal, string, string> HedgeWordsCases => new()
    {
        { Hedge.UpTo, 50_000_000_000m, "USD", "up to $50B" },
        { Hedge.AtLeast, 10_000_000_000m, "USD", "$10B or more" },
        { Hedge.Approximately, 830_000_000_000m, "USD", "~$830B" },
        { Hedge.Exact, 38_000_000_000m, "USD", "$38B" },
        { Hedge.Exact, 1_250_000_000m, "USD", "$1.25B" },
        { Hedge.Exact, 400_000_000m, "USD", "$400M" },
        { Hedge.Exact, 1_200_000_000_000m, "USD", "$1.2T" },
        { Hedge.Exact, 2_000_000_000m, "EUR", "€2B" },
        { Hedge.UpTo, 2_000_000_000m, "GBP", "up to £2B" },
        { Hedge.Exact, 2_000_000_000m, "CHF", "CHF 2B" },
        { Hedge.AtLeast, 2_000_000_000m, "CHF", "CHF 2B or more" },
    };

    public static TheoryData<Hedge, decimal, string> FullWordsCases => new()
    {
        { Hedge.UpTo, 50_000_000_000m, "up to 50,000,000,000 USD" },
        { Hedge.AtLeast, 10_000_000_000m, "at least 10,000,000,000 USD" },
        { Hedge.Approximately, 830_000_000_000m, "approximately 830,000,000,000 USD" },
        { Hedge.Exact, 38_000_000_000m, "38,000,000,000 USD" },
    };

    public static TheoryData<Hedge> SingleAmountHedges => new()
    {
        Hedge.Exact,
        Hedge.UpTo,
        Hedge.AtLeast,
        Hedge.Approximately,
    };

    public static TheoryData<int> SampleIndexes
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < _samples.Length; i++)
            {
                data.Add(i);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(HedgeWordsCases))]
    public void ToHedgeWords_SingleAmount_WritesHedgeWords(Hedge hedge, decimal amount, string currency, string expected)
    {
        var money = HedgedAmount.Create(hedge, currency, amount, null, null);

        Assert.Equal(expected, money.ToHedgeWords());
    }

    [Fact]
    public void ToHedgeWords_UpTo_PrefixesUpTo()
    {
        Assert.Equal("up to $50B", HedgedAmount.UpTo(50_000_000_000m).ToHedgeWords());
    }

    [Fact]
    public void ToHedgeWords_AtLeast_SuffixesOrMore()
    {
        Assert.Equal("$10B or more", HedgedAmount.AtLeast(10_000_000_000m).ToHedgeWords());
    }

    [Fact]
    public void ToHedgeWords_Approximately_PrefixesTilde()
    {
        Assert.Equal("~$830B", HedgedAmount.Approximately(830_000_000_000m).ToHedgeWords());
    }

    [Fact]
    public void ToHedgeWords_Range_JoinsEndsWithEnDash()
    {
        var words = HedgedAmount.Between(15_000_000_000m, 25_000_000_000m).ToHedgeWords();

        Assert.Equal("$15B\u2013$25B", words);
        Assert.DoesNotContain('-', words);
    }

    [Fact]
    public void ToHedgeWords_RangeInOtherCurrency_WritesCurrencyOnBothEnds()
    {
        Assert.Equal("€1.5B–€2B", HedgedAmount.Between(1_500_000_000m, 2_000_000_000m, "EUR").ToHedgeWords());
        Assert.Equal("CHF 400M–CHF 1.2B", HedgedAmount.Between(400_000_000m, 1_200_000_000m, "CHF").ToHedgeWords());
    }

    [Fact]
    public void ToString_AnyHedge_ReturnsHedgeWords()
    {
        var money = HedgedAmount.UpTo(50_000_000_000m);

        Assert.Equal("up to $50B", money.ToString());
    }

    [Theory]
    [MemberData(nameof(FullWordsCases))]
    public void ToFullWords_SingleAmount_WritesEveryDigit(Hedge hedge, decimal amount, string expected)
    {
        var money = HedgedAmount.Create(hedge, "USD", amount, null, null);

        Assert.Equal(expected, money.ToFullWords());
    }

    [Fact]
    public void ToFullWords_Range_WritesBothEnds()
    {
        var money = HedgedAmount.Between(15_000_000_000m, 25_000_000_000m);

        Assert.Equal("between 15,000,000,000 USD and 25,000,000,000 USD", money.ToFullWords());
    }

    [Fact]
    public void Interval_UpTo_RunsFromZeroToAmount()
    {
        var interval = HedgedAmount.UpTo(50_000_000_000m).Interval;

        Assert.Equal(new MoneyInterval(0m, 50_000_000_000m), interval);
        Assert.False(interval.IsUnbounded);
    }

    [Fact]
    public void Interval_AtLeast_RunsFromAmountUnbounded()
    {
        var interval = HedgedAmount.AtLeast(10_000_000_000m).Interval;

        Assert.Equal(10_000_000_000m, interval.Low);
        Assert.Null(interval.High);
        Assert.True(interval.IsUnbounded);
        Assert.True(interval.Contains(1_000_000_000_000_000m));
        Assert.False(interval.Contains(9_999_999_999m));
    }

    [Fact]
    public void Interval_Approximately_ReachesTenPercentEitherSide()
    {
        var interval = HedgedAmount.Approximately(830_000_000_000m).Interval;

        Assert.Equal(new MoneyInterval(747_000_000_000m, 913_000_000_000m), interval);
        Assert.Equal(0.10m, HedgedAmount.ApproximateTolerance);
    }

    [Fact]
    public void Interval_Exact_IsSinglePoint()
    {
        var interval = HedgedAmount.Exact(38_000_000_000m).Interval;

        Assert.Equal(new MoneyInterval(38_000_000_000m, 38_000_000_000m), interval);
        Assert.True(interval.Contains(38_000_000_000m));
        Assert.False(interval.Contains(38_000_000_001m));
    }

    [Fact]
    public void Interval_Range_RunsFromLowToHigh()
    {
        var interval = HedgedAmount.Between(15_000_000_000m, 25_000_000_000m).Interval;

        Assert.Equal(new MoneyInterval(15_000_000_000m, 25_000_000_000m), interval);
    }

    [Fact]
    public void IsCompatibleWith_FtAtLeastTenAndReutersUpToFifty_Compatible()
    {
        var ft = HedgedAmount.AtLeast(10_000_000_000m);
        var reuters = HedgedAmount.UpTo(50_000_000_000m);

        Assert.True(ft.IsCompatibleWith(reuters));
        Assert.True(reuters.IsCompatibleWith(ft));
        Assert.False(ft.ConflictsWith(reuters));
    }

    [Fact]
    public void IsCompatibleWith_UpToFiveAndAtLeastTen_Conflict()
    {
        var upToFive = HedgedAmount.UpTo(5_000_000_000m);
        var atLeastTen = HedgedAmount.AtLeast(10_000_000_000m);

        Assert.False(upToFive.IsCompatibleWith(atLeastTen));
        Assert.True(upToFive.ConflictsWith(atLeastTen));
        Assert.True(atLeastTen.ConflictsWith(upToFive));
    }

    [Fact]
    public void IsCompatibleWith_ApproximatelyAndUpToSameFigure_Compatible()
    {
        var approximately = HedgedAmount.Approximately(830_000_000_000m);
        var upTo = HedgedAmount.UpTo(830_000_000_000m);

        Assert.True(approximately.IsCompatibleWith(upTo));
        Assert.False(approximately.ConflictsWith(upTo));
    }

    [Fact]
    public void IsCompatibleWith_DifferentExactFigures_Conflict()
    {
        var fifty = HedgedAmount.Exact(50_000_000_000m);
        var thirtyEight = HedgedAmount.Exact(38_000_000_000m);

        Assert.False(fifty.IsCompatibleWith(thirtyEight));
        Assert.True(fifty.ConflictsWith(thirtyEight));
    }

    [Fact]
    public void IsCompatibleWith_SameExactFigure_Compatible()
    {
        Assert.True(HedgedAmount.Exact(50_000_000_000m).IsCompatibleWith(HedgedAmount.Exact(50_000_000_000m)));
    }

    [Fact]
    public void IsCompatibleWith_ExactAtCeilingOfUpTo_Compatible()
    {
        Assert.True(HedgedAmount.Exact(50_000_000_000m).IsCompatibleWith(HedgedAmount.UpTo(50_000_000_000m)));
        Assert.False(HedgedAmount.Exact(50_000_000_001m).IsCompatibleWith(HedgedAmount.UpTo(50_000_000_000m)));
    }

    [Fact]
    public void IsCompatibleWith_ApproximatelyTouchingFloor_CompatibleOnlyWithinTenPercent()
    {
        var around = HedgedAmount.Approximately(100_000_000_000m);

        Assert.True(around.IsCompatibleWith(HedgedAmount.AtLeast(110_000_000_000m)));
        Assert.False(around.IsCompatibleWith(HedgedAmount.AtLeast(110_000_000_001m)));
        Assert.True(around.IsCompatibleWith(HedgedAmount.Exact(90_000_000_000m)));
        Assert.False(around.IsCompatibleWith(HedgedAmount.Exact(89_999_999_999m)));
    }

    [Fact]
    public void IsCompatibleWith_RangeAndExact_CompatibleOnlyInsideRange()
    {
        var range = HedgedAmount.Between(15_000_000_000m, 25_000_000_000m);

        Assert.True(range.IsCompatibleWith(HedgedAmount.Exact(20_000_000_000m)));
        Assert.True(range.IsCompatibleWith(HedgedAmount.Exact(25_000_000_000m)));
        Assert.False(range.IsCompatibleWith(HedgedAmount.Exact(30_000_000_000m)));
    }

    [Theory]
    [InlineData("EUR")]
    [InlineData("GBP")]
    [InlineData("CHF")]
    public void IsCompatibleWith_DifferentCurrencies_NeverCompatibleNorInConflict(string otherCurrency)
    {
        var usd = HedgedAmount.Exact(50_000_000_000m);

        Assert.False(usd.IsCompatibleWith(HedgedAmount.Exact(50_000_000_000m, otherCurrency)));
        Assert.False(HedgedAmount.UpTo(50_000_000_000m).IsCompatibleWith(HedgedAmount.AtLeast(1_000_000m, otherCurrency)));
        Assert.False(usd.ConflictsWith(HedgedAmount.Approximately(50_000_000_000m, otherCurrency)));
        Assert.False(usd.IsComparableWith(HedgedAmount.Approximately(50_000_000_000m, otherCurrency)));
    }

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void IsCompatibleWith_AnyPair_IsSymmetricAndOppositeOfConflictWithinACurrency(int index)
    {
        var a = _samples[index];
        foreach (var b in _samples)
        {
            Assert.Equal(a.IsCompatibleWith(b), b.IsCompatibleWith(a));
            Assert.Equal(a.IsComparableWith(b) && !a.IsCompatibleWith(b), a.ConflictsWith(b));
        }

        Assert.True(a.IsCompatibleWith(a));
    }

    [Theory]
    [MemberData(nameof(SingleAmountHedges))]
    public void Create_ZeroAmount_Throws(Hedge hedge)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Create(hedge, "USD", 0m, null, null));
    }

    [Theory]
    [MemberData(nameof(SingleAmountHedges))]
    public void Create_NegativeAmount_Throws(Hedge hedge)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Create(hedge, "USD", -50_000_000_000m, null, null));
    }

    [Fact]
    public void Factories_ZeroOrNegativeAmount_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Exact(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.UpTo(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.AtLeast(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Approximately(-0.01m));
    }

    [Fact]
    public void Between_LowNotPositive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Between(0m, 25_000_000_000m));
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Between(-15_000_000_000m, 25_000_000_000m));
    }

    [Fact]
    public void Between_HighEqualToLow_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Between(15_000_000_000m, 15_000_000_000m));

        Assert.Equal("high", exception.ParamName);
    }

    [Fact]
    public void Between_HighBelowLow_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Between(25_000_000_000m, 15_000_000_000m));

        Assert.Equal("high", exception.ParamName);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("")]
    [InlineData(" USD")]
    [InlineData("U5D")]
    [InlineData("USD\n")]
    [InlineData("$")]
    public void Factories_BadCurrencyCode_Throw(string currency)
    {
        Assert.Throws<ArgumentException>(() => HedgedAmount.Exact(50_000_000_000m, currency));
        Assert.Throws<ArgumentException>(() => HedgedAmount.UpTo(50_000_000_000m, currency));
        Assert.Throws<ArgumentException>(() => HedgedAmount.Between(15_000_000_000m, 25_000_000_000m, currency));
        Assert.Throws<ArgumentException>(() => HedgedAmount.Create(Hedge.AtLeast, currency, 10_000_000_000m, null, null));
    }

    [Fact]
    public void Factories_NullCurrency_Throw()
    {
        Assert.Throws<ArgumentException>(() => HedgedAmount.Exact(50_000_000_000m, null!));
    }

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Create_FromStoredParts_RoundTrips(int index)
    {
        var original = _samples[index];

        var rebuilt = HedgedAmount.Create(original.Hedge, original.Currency, original.Amount, original.Low, original.High);

        Assert.Equal(original, rebuilt);
        Assert.Equal(original.ToHedgeWords(), rebuilt.ToHedgeWords());
    }

    [Theory]
    [MemberData(nameof(SingleAmountHedges))]
    public void Create_SingleAmountHedge_KeepsAmountAndNoEnds(Hedge hedge)
    {
        var money = HedgedAmount.Create(hedge, "EUR", 7_000_000_000m, null, null);

        Assert.Equal(hedge, money.Hedge);
        Assert.Equal("EUR", money.Currency);
        Assert.Equal(7_000_000_000m, money.Amount);
        Assert.Null(money.Low);
        Assert.Null(money.High);
    }

    [Fact]
    public void Create_Range_KeepsEndsAndNoAmount()
    {
        var money = HedgedAmount.Create(Hedge.Range, "USD", null, 15_000_000_000m, 25_000_000_000m);

        Assert.Equal(Hedge.Range, money.Hedge);
        Assert.Null(money.Amount);
        Assert.Equal(15_000_000_000m, money.Low);
        Assert.Equal(25_000_000_000m, money.High);
    }

    [Fact]
    public void Create_RangeMissingAnEnd_Throws()
    {
        Assert.Throws<ArgumentException>(() => HedgedAmount.Create(Hedge.Range, "USD", null, null, 25_000_000_000m));
        Assert.Throws<ArgumentException>(() => HedgedAmount.Create(Hedge.Range, "USD", null, 15_000_000_000m, null));
    }

    [Theory]
    [MemberData(nameof(SingleAmountHedges))]
    public void Create_MissingAmount_Throws(Hedge hedge)
    {
        Assert.Throws<ArgumentException>(() => HedgedAmount.Create(hedge, "USD", null, 15_000_000_000m, 25_000_000_000m));
    }

    [Fact]
    public void Equals_TwoEqualAmounts_AreEqual()
    {
        var a = HedgedAmount.UpTo(50_000_000_000m);
        var b = HedgedAmount.UpTo(50_000_000_000m);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_SameValueDifferentDecimalScale_AreEqual()
    {
        var a = HedgedAmount.Exact(50_000_000_000m);
        var b = HedgedAmount.Exact(50_000_000_000.00m);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentHedgeCurrencyOrAmount_AreNotEqual()
    {
        var upTo = HedgedAmount.UpTo(50_000_000_000m);

        Assert.NotEqual(upTo, HedgedAmount.Exact(50_000_000_000m));
        Assert.NotEqual(upTo, HedgedAmount.UpTo(50_000_000_000m, "EUR"));
        Assert.NotEqual(upTo, HedgedAmount.UpTo(51_000_000_000m));
        Assert.NotEqual(
            HedgedAmount.Between(15_000_000_000m, 25_000_000_000m),
            HedgedAmount.Between(15_000_000_000m, 26_000_000_000m));
    }

    [Fact]
    public void Spanning_IntervalFromZero_IsUpToItsTop()
    {
        var amount = HedgedAmount.Spanning(HedgedAmount.UpTo(40_000_000_000m).Interval, "USD");

        Assert.Equal(HedgedAmount.UpTo(40_000_000_000m), amount);
        Assert.Equal("up to $40B", amount!.ToHedgeWords());
    }

    [Fact]
    public void Spanning_IntervalWithoutTop_IsOrMore()
    {
        var amount = HedgedAmount.Spanning(new MoneyInterval(10_000_000_000m, null), "USD");

        Assert.Equal("$10B or more", amount!.ToHedgeWords());
    }

    [Fact]
    public void Spanning_SinglePoint_IsExact()
    {
        Assert.Equal(HedgedAmount.Exact(38_000_000_000m), HedgedAmount.Spanning(new MoneyInterval(38_000_000_000m, 38_000_000_000m), "USD"));
    }

    [Fact]
    public void Spanning_BoundedInterval_IsRange()
    {
        Assert.Equal(HedgedAmount.Between(15_000_000_000m, 25_000_000_000m),
                     HedgedAmount.Spanning(new MoneyInterval(15_000_000_000m, 25_000_000_000m), "USD"));
    }

    [Fact]
    public void Spanning_IntervalThatBoundsNothing_IsNull()
    {
        Assert.Null(HedgedAmount.Spanning(new MoneyInterval(0m, null), "USD"));
        Assert.Null(HedgedAmount.Spanning(new MoneyInterval(0m, 0m), "USD"));
    }

    [Fact]
    public void Spanning_EveryHedgesOwnInterval_GivesBackTheSameValues()
    {
        HedgedAmount[] amounts =
        [
            HedgedAmount.Exact(38_000_000_000m), HedgedAmount.UpTo(40_000_000_000m), HedgedAmount.AtLeast(10_000_000_000m),
            HedgedAmount.Approximately(50_000_000_000m), HedgedAmount.Between(15_000_000_000m, 25_000_000_000m),
        ];

        Assert.All(amounts, a => Assert.Equal(a.Interval, HedgedAmount.Spanning(a.Interval, a.Currency)!.Interval));
    }

    [Fact]
    public void Approximately_LargestAmountHeld_HasAnIntervalWithinADecimal()
    {
        var interval = HedgedAmount.Approximately(HedgedAmount.MaxAmount).Interval;

        Assert.True(interval.High > HedgedAmount.MaxAmount);
    }

    [Fact]
    public void Create_AmountPastTheLargestHeld_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Approximately(decimal.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => HedgedAmount.Between(1m, HedgedAmount.MaxAmount + 1m));
    }
}
