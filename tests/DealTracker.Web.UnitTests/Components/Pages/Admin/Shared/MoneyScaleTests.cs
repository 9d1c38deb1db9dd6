using DealTracker.Web.Components.Pages.Admin.Shared;

namespace DealTracker.Web.UnitTests.Components.Pages.Admin.Shared;

public sealed class MoneyScaleTests
{
    private const decimal Billion = 1_000_000_000m;

    [Theory]
    [InlineData("1,5")]
    [InlineData("2,50")]
    [InlineData("1,5000")]
    [InlineData("12,34,567")]
    [InlineData("1.234,5")]
    public void Read_CommaNotBetweenThousands_IsRefusedNamingTheDot(string typed)
    {
        var (amount, error) = MoneyScale.Read(typed, Billion);

        Assert.Null(amount);
        Assert.Contains("use a dot for decimals", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,500", 1_500)]
    [InlineData("1,500,000.25", 1_500_000.25)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("40", 40)]
    public void Read_DigitsWithThousandsCommasAndADot_AreReadInTheScale(string typed, double expected)
    {
        Assert.Equal(((decimal?)((decimal)expected * Billion), (string?)null), MoneyScale.Read(typed, Billion));
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("12abc")]
    [InlineData("1 000")]
    [InlineData("1.5.2")]
    public void Read_NoNumber_IsRefused(string typed)
    {
        var (amount, error) = MoneyScale.Read(typed, Billion);

        Assert.Null(amount);
        Assert.Contains("is not a number", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100000000000000000000", 1_000_000_000)]
    [InlineData("1000000000000000000000000000000000", 1)]
    [InlineData("1000000000000000000000000000.1", 1)]
    [InlineData("1000000000000000000001", 1_000_000)]
    public void Read_PastTheLargestAmountOnceScaled_IsRefusedWithoutOverflow(string typed, double factor)
    {
        var (amount, error) = MoneyScale.Read(typed, (decimal)factor);

        Assert.Null(amount);
        Assert.StartsWith("An amount can be at most 10^27 in all", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TheLargestAmount_IsRead()
    {
        Assert.Equal(((decimal?)1e27m, (string?)null), MoneyScale.Read("1,000,000,000,000,000,000", Billion));
    }

    [Fact]
    public void Read_Empty_IsNoAmount()
    {
        Assert.Equal(((decimal?)null, (string?)null), MoneyScale.Read("  ", Billion));
    }
}
