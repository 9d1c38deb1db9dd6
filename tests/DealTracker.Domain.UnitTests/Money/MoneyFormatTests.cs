using DealTracker.Domain.Money;

namespace DealTracker.Domain.UnitTests.Money;

public sealed class MoneyFormatTests
{
    public static TheoryData<decimal, string, string> CompactCases => new()
    {
        { 50_000_000_000m, "USD", "$50B" },
        { 1_250_000_000m, "USD", "$1.25B" },
        { 400_000_000m, "USD", "$400M" },
        { 1_200_000_000_000m, "USD", "$1.2T" },
        { 1_000_000m, "USD", "$1M" },
        { 750_000m, "USD", "$750,000" },
        { 1_234_567_890m, "USD", "$1.23B" },
        { 1_235_000_000m, "USD", "$1.24B" },
        { 999_990_000_000m, "USD", "$999.99B" },
        { 2_000_000_000m, "EUR", "€2B" },
        { 2_000_000_000m, "GBP", "£2B" },
        { 2_000_000_000m, "JPY", "¥2B" },
        { 2_000_000_000m, "CHF", "CHF 2B" },
        { 5_000_000_000m, "CNY", "CNY 5B" },
    };

    public static TheoryData<decimal, string, string> RoundsUpToNextScaleCases => new()
    {
        { 999_999_999_999m, "USD", "$1T" },
        { 999_995_000_000m, "USD", "$1T" },
        { 999_999_999m, "USD", "$1B" },
        { 999_995_000m, "EUR", "€1B" },
    };

    [Theory]
    [MemberData(nameof(CompactCases))]
    public void Compact_Value_PicksScaleAndSymbol(decimal value, string currency, string expected)
    {
        Assert.Equal(expected, MoneyFormat.Compact(value, currency));
    }

    [Theory]
    [MemberData(nameof(RoundsUpToNextScaleCases))]
    public void Compact_RoundsToThousandOfScale_UsesNextScale(decimal value, string currency, string expected)
    {
        Assert.Equal(expected, MoneyFormat.Compact(value, currency));
    }

    [Fact]
    public void Compact_JustBelowRoundingEdge_KeepsLowerScale()
    {
        Assert.Equal("$995M", MoneyFormat.Compact(995_000_000m, "USD"));
        Assert.Equal("$999.99M", MoneyFormat.Compact(999_994_999m, "USD"));
    }

    [Fact]
    public void Full_Value_WritesEveryDigitAndCode()
    {
        Assert.Equal("50,000,000,000 USD", MoneyFormat.Full(50_000_000_000m, "USD"));
        Assert.Equal("1,234.5 EUR", MoneyFormat.Full(1_234.5m, "EUR"));
    }

    [Theory]
    [InlineData("USD", "$")]
    [InlineData("EUR", "€")]
    [InlineData("GBP", "£")]
    [InlineData("JPY", "¥")]
    public void Symbol_KnownCurrency_ReturnsSymbol(string currency, string expected)
    {
        Assert.Equal(expected, MoneyFormat.Symbol(currency));
    }

    [Theory]
    [InlineData("CHF")]
    [InlineData("CNY")]
    [InlineData("CAD")]
    public void Symbol_OtherCurrency_ReturnsNull(string currency)
    {
        Assert.Null(MoneyFormat.Symbol(currency));
    }
}
