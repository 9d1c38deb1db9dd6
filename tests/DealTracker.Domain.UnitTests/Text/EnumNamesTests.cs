using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;

namespace DealTracker.Domain.UnitTests.Text;

public sealed class EnumNamesTests
{
    [Fact]
    public void Token_PascalCaseName_CamelCase()
    {
        Assert.Equal("roundSize", EnumNames.Token(Metric.RoundSize));
        Assert.Equal("upTo", EnumNames.Token(Hedge.UpTo));
        Assert.Equal("day", EnumNames.Token(DatePrecision.Day));
    }

    [Fact]
    public void Tokens_Metric_EveryValueInOrder() =>
        Assert.Equal(Enum.GetValues<Metric>().Select(m => EnumNames.Token(m)), EnumNames.Tokens<Metric>());

    [Theory]
    [InlineData("roundSize")]
    [InlineData("RoundSize")]
    [InlineData("ROUNDSIZE")]
    [InlineData("roundsize")]
    public void TryParse_NameInAnyCase_Value(string text)
    {
        Assert.True(EnumNames.TryParse<Metric>(text, out var metric));
        Assert.Equal(Metric.RoundSize, metric);
    }

    [Fact]
    public void TryParse_EveryToken_RoundTrips()
    {
        foreach (var hedge in Enum.GetValues<Hedge>())
        {
            Assert.True(EnumNames.TryParse<Hedge>(EnumNames.Token(hedge), out var parsed));
            Assert.Equal(hedge, parsed);
        }
    }

    // The three copies this replaces disagreed here: one took "3" (a number that is defined), one took
    // "Investment,Valuation" (a combination that is not), and all took padding.
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("99")]
    [InlineData("Investment,Valuation")]
    [InlineData("Investment, Valuation")]
    [InlineData(" investment")]
    [InlineData("investment ")]
    [InlineData("round size")]
    [InlineData("round-size")]
    [InlineData("revenues")]
    public void TryParse_NotAName_False(string? text)
    {
        Assert.False(EnumNames.TryParse<Metric>(text, out var metric));
        Assert.Equal(default, metric);
    }

    [Theory]
    [InlineData("Claims[2].Quote", "claims[2].quote")]
    [InlineData("Currency", "currency")]
    [InlineData("retractionReason", "retractionReason")]
    [InlineData("", "")]
    public void CamelCase_DottedName_EachPartLowered(string name, string expected) =>
        Assert.Equal(expected, Casing.CamelCase(name));
}
