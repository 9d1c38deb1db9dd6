using System.Globalization;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.UnitTests.Money;

public sealed class AmountsTests
{
    [Theory]
    [InlineData("2500000000.0", "2500000000")]
    [InlineData("50.000", "50")]
    [InlineData("1.250", "1.25")]
    [InlineData("0.10", "0.1")]
    [InlineData("0.0", "0")]
    [InlineData("7", "7")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Normalise_TrailingZeros_Dropped(string written, string expected)
    {
        var value = decimal.Parse(written, CultureInfo.InvariantCulture);

        var normal = Amounts.Normalise(value);

        Assert.Equal(value, normal);
        Assert.Equal(expected, normal.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Normalise_ProductOfScaledFactors_WrittenWithoutScale() =>
        Assert.Equal("2500000000", Amounts.Normalise(2.50m * 1_000_000_000m).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Normalise_Null_Null() => Assert.Null(Amounts.Normalise((decimal?)null));
}
