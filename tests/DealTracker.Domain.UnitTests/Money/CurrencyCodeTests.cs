using DealTracker.Domain.Money;

namespace DealTracker.Domain.UnitTests.Money;

public sealed class CurrencyCodeTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("JPY")]
    public void IsValid_ThreeCapitalLetters_True(string code) => Assert.True(CurrencyCode.IsValid(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("usd")]
    [InlineData("Usd")]
    [InlineData("US")]
    [InlineData("USDT")]
    [InlineData("USD\n")]
    [InlineData(" USD")]
    [InlineData("US1")]
    [InlineData("ÄBC")]
    [InlineData("ＵＳＤ")]
    public void IsValid_AnythingElse_False(string? code) => Assert.False(CurrencyCode.IsValid(code));

    [Fact]
    public void IsValid_ThreeCharactersInsideAText_SameRule()
    {
        const string text = "a $5 billion (USD) deal, 5 usd";
        Assert.True(CurrencyCode.IsValid(text.AsSpan(text.IndexOf("USD", StringComparison.Ordinal), 3)));
        Assert.False(CurrencyCode.IsValid(text.AsSpan(text.IndexOf("usd", StringComparison.Ordinal), 3)));
        Assert.False(CurrencyCode.IsValid(text.AsSpan(0, 2)));
    }

    [Fact]
    public void HedgedAmountExact_CodeTheRuleRefuses_Throws() =>
        Assert.Throws<ArgumentException>(() => HedgedAmount.Exact(1m, "usd"));

    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("CHF")]
    [InlineData("XAU")]
    [InlineData("DEM")]
    public void IsCurrent_ActiveIsoCodeOrOneTheExtractorReads_True(string code) => Assert.True(CurrencyCode.IsCurrent(code));

    [Theory]
    [InlineData("XYZ")]
    [InlineData("BTC")]
    [InlineData("ABC")]
    [InlineData("usd")]
    [InlineData(null)]
    public void IsCurrent_ShapeOnlyOrNoCode_False(string? code) => Assert.False(CurrencyCode.IsCurrent(code));

    [Fact]
    public void IsCurrent_EveryCurrencyTheExtractorReads_True() =>
        Assert.All(Domain.Figures.Currencies.All, currency => Assert.True(CurrencyCode.IsCurrent(currency.Code), currency.Code));
}
