using DealTracker.Web.Services.Exchange;

namespace DealTracker.Web.UnitTests.Services.Exchange;

public sealed class SpreadsheetCsvTests
{
    [Theory]
    [InlineData("\u200B=2+2 zero width first", "'\u200B=2+2 zero width first")]
    [InlineData("\uFEFF=3+3 bom first", "'\uFEFF=3+3 bom first")]
    [InlineData("\u200D\u00A0@SUM(1)", "'\u200D\u00A0@SUM(1)")]
    [InlineData("\u2060-1", "'\u2060-1")]
    public void Cell_FormulaAfterInvisibleCharacters_IsNeutralised(string value, string expected) =>
        Assert.Equal(expected, SpreadsheetCsv.Cell(value));

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\u200Bplain", "\u200Bplain")]
    [InlineData("a=b", "a=b")]
    [InlineData("\uFF1D1", "\uFF1D1")]
    public void Cell_OtherText_IsNeutralisedOnlyWhenItStartsAFormula(string value, string expected) =>
        Assert.Equal(expected, SpreadsheetCsv.Cell(value));
}
