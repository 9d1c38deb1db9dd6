using System.Globalization;
using DealTracker.Domain.Dates;

namespace DealTracker.Domain.UnitTests.Dates;

public sealed class IsoDayTests
{
    [Fact]
    public void TryParse_IsoDay_TheDay()
    {
        Assert.True(IsoDay.TryParse("2026-01-29", out var day));
        Assert.Equal(new DateOnly(2026, 1, 29), day);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-02-30")]
    [InlineData("2026-1-5")]
    [InlineData("29/01/2026")]
    [InlineData("2026-01")]
    [InlineData(" 2026-01-29")]
    [InlineData("2026-01-29T00:00")]
    public void TryParse_NotAnIsoDay_False(string? text) => Assert.False(IsoDay.TryParse(text, out _));

    [Fact]
    public void Format_AnyCulture_IsoDigits()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("2026-01-29", IsoDay.Format(new DateOnly(2026, 1, 29)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_ThenTryParse_SameDay()
    {
        var day = new DateOnly(1999, 12, 31);
        Assert.True(IsoDay.TryParse(IsoDay.Format(day), out var back));
        Assert.Equal(day, back);
    }
}
