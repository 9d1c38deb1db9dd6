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
    public void HedgedAmountExact_CodeTheRuleRefuses_Throws() =>
        Assert.Throws<ArgumentException>(() => HedgedAmount.Exact(1m, "usd"));
}
