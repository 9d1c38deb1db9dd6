using DealTracker.Domain.Dates;

namespace DealTracker.Domain.UnitTests.Dates;

public sealed class PartialDateTests
{
    [Fact]
    public void ToString_DayPrecision_WritesDayMonthYear()
    {
        Assert.Equal("29 Jan 2026", PartialDate.OnDay(2026, 1, 29).ToString());
        Assert.Equal("1 Jan 2025", PartialDate.OnDay(2025, 1, 1).ToString());
    }

    [Fact]
    public void ToString_MonthPrecision_WritesMonthYear()
    {
        Assert.Equal("Nov 2025", PartialDate.InMonth(2025, 11).ToString());
    }

    [Fact]
    public void ToString_YearPrecision_WritesYear()
    {
        Assert.Equal("2025", PartialDate.InYear(2025).ToString());
    }

    [Fact]
    public void ToIsoString_EachPrecision_AsPreciseAsTheDate()
    {
        Assert.Equal("2026-01-29", PartialDate.OnDay(2026, 1, 29).ToIsoString());
        Assert.Equal("2025-11", PartialDate.InMonth(2025, 11).ToIsoString());
        Assert.Equal("2025", PartialDate.InYear(2025).ToIsoString());
    }

    [Fact]
    public void TryParse_FullDate_ReadsDayPrecision()
    {
        Assert.True(PartialDate.TryParse("2026-01-29", out var date));

        Assert.Equal(PartialDate.OnDay(2026, 1, 29), date);
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(29, date.Day);
        Assert.Equal(1, date.Month);
        Assert.Equal(2026, date.Year);
    }

    [Fact]
    public void TryParse_YearMonth_ReadsMonthPrecision()
    {
        Assert.True(PartialDate.TryParse("2026-01", out var date));

        Assert.Equal(PartialDate.InMonth(2026, 1), date);
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(1, date.Month);
        Assert.Null(date.Day);
    }

    [Fact]
    public void TryParse_YearOnly_ReadsYearPrecision()
    {
        Assert.True(PartialDate.TryParse("2026", out var date));

        Assert.Equal(PartialDate.InYear(2026), date);
        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.Null(date.Month);
        Assert.Null(date.Day);
    }

    [Fact]
    public void TryParse_SurroundingWhitespace_IsTrimmed()
    {
        Assert.True(PartialDate.TryParse(" 2026-01-29 ", out var date));

        Assert.Equal(PartialDate.OnDay(2026, 1, 29), date);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-1")]
    [InlineData("2026-02-30")]
    [InlineData("2026-01-29-01")]
    [InlineData("Jan 2026")]
    [InlineData("29 Jan 2026")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("26")]
    [InlineData("20261")]
    [InlineData("0000")]
    [InlineData("-202")]
    [InlineData(null)]
    public void TryParse_NotIsoPartialDate_ReturnsFalse(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out var date));
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData("2026-01-29")]
    [InlineData("2026-01")]
    [InlineData("2026")]
    [InlineData("2024-02-29")]
    public void Parse_IsoString_RoundTripsThroughToIsoString(string text)
    {
        Assert.Equal(text, PartialDate.Parse(text).ToIsoString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("Jan 2026")]
    [InlineData("")]
    [InlineData("26")]
    public void Parse_NotIsoPartialDate_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void StartEnd_DayPrecision_AreTheSameDay()
    {
        var date = PartialDate.OnDay(2026, 1, 29);

        Assert.Equal(new DateOnly(2026, 1, 29), date.Start);
        Assert.Equal(new DateOnly(2026, 1, 29), date.End);
    }

    [Fact]
    public void StartEnd_MonthPrecision_CoverTheWholeMonth()
    {
        var date = PartialDate.InMonth(2025, 11);

        Assert.Equal(new DateOnly(2025, 11, 1), date.Start);
        Assert.Equal(new DateOnly(2025, 11, 30), date.End);
    }

    [Fact]
    public void End_FebruaryOfLeapYear_IsTheTwentyNinth()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), PartialDate.InMonth(2024, 2).End);
        Assert.Equal(new DateOnly(2025, 2, 28), PartialDate.InMonth(2025, 2).End);
    }

    [Fact]
    public void End_DecemberOfLastYear_IsLastDay()
    {
        var date = PartialDate.Parse("9999-12");

        Assert.Equal(new DateOnly(9999, 12, 31), date.End);
        Assert.True(date.IsOnOrBefore(DateOnly.MaxValue));
    }

    [Fact]
    public void StartEnd_YearPrecision_CoverTheWholeYear()
    {
        var date = PartialDate.InYear(2025);

        Assert.Equal(new DateOnly(2025, 1, 1), date.Start);
        Assert.Equal(new DateOnly(2025, 12, 31), date.End);
    }

    [Fact]
    public void CompareTo_MixedPrecisions_SortsByStartThenCoarserFirst()
    {
        var dates = new List<PartialDate>
        {
            PartialDate.OnDay(2026, 1, 29),
            PartialDate.InMonth(2025, 11),
            PartialDate.OnDay(2025, 1, 1),
            PartialDate.OnDay(2026, 1, 28),
            PartialDate.InYear(2025),
            PartialDate.InMonth(2025, 1),
        };

        dates.Sort();

        Assert.Equal(
            ["2025", "Jan 2025", "1 Jan 2025", "Nov 2025", "28 Jan 2026", "29 Jan 2026"],
            dates.Select(d => d.ToString()));
    }

    [Fact]
    public void Operators_SameStart_CoarserIsLess()
    {
        var year = PartialDate.InYear(2025);
        var month = PartialDate.InMonth(2025, 1);
        var day = PartialDate.OnDay(2025, 1, 1);

        Assert.True(year < month);
        Assert.True(month < day);
        Assert.True(day > year);
        Assert.True(day >= PartialDate.OnDay(2025, 1, 1));
        Assert.True(year <= PartialDate.InYear(2025));
        Assert.False(day <= month);
        Assert.Equal(0, day.CompareTo(PartialDate.OnDay(2025, 1, 1)));
        Assert.NotEqual(year, month);
    }

    [Fact]
    public void Operators_LaterStart_IsGreaterWhateverThePrecision()
    {
        Assert.True(PartialDate.OnDay(2024, 12, 31) < PartialDate.InYear(2025));
        Assert.True(PartialDate.InMonth(2025, 2) > PartialDate.OnDay(2025, 1, 31));
    }

    [Fact]
    public void IsOnOrBefore_MonthPrecision_OnlyOnceTheMonthIsOver()
    {
        var january = PartialDate.InMonth(2026, 1);

        Assert.False(january.IsOnOrBefore(new DateOnly(2026, 1, 28)));
        Assert.True(january.IsOnOrBefore(new DateOnly(2026, 1, 31)));
        Assert.True(january.IsOnOrBefore(new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void IsOnOrBefore_DayPrecision_IncludesThatDay()
    {
        var day = PartialDate.OnDay(2026, 1, 28);

        Assert.True(day.IsOnOrBefore(new DateOnly(2026, 1, 28)));
        Assert.False(day.IsOnOrBefore(new DateOnly(2026, 1, 27)));
    }

    [Fact]
    public void IsAfter_DateNotYetBegun_True()
    {
        var february = PartialDate.InMonth(2026, 2);

        Assert.True(february.IsAfter(new DateOnly(2026, 1, 31)));
        Assert.False(february.IsAfter(new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void From_MonthPrecision_DropsTheDay()
    {
        var date = PartialDate.From(new DateOnly(2026, 1, 29), DatePrecision.Month);

        Assert.Equal(PartialDate.InMonth(2026, 1), date);
        Assert.Equal(new DateOnly(2026, 1, 1), date.Start);
        Assert.Null(date.Day);
        Assert.Equal("Jan 2026", date.ToString());
    }

    [Fact]
    public void From_YearPrecision_DropsMonthAndDay()
    {
        var date = PartialDate.From(new DateOnly(2026, 7, 14), DatePrecision.Year);

        Assert.Equal(PartialDate.InYear(2026), date);
        Assert.Equal(new DateOnly(2026, 1, 1), date.Start);
    }

    [Fact]
    public void From_DayPrecision_KeepsTheDay()
    {
        Assert.Equal(PartialDate.OnDay(2026, 1, 29), PartialDate.From(new DateOnly(2026, 1, 29), DatePrecision.Day));
    }

    [Fact]
    public void From_UnknownPrecision_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.From(new DateOnly(2026, 1, 29), (DatePrecision)7));
    }
}
