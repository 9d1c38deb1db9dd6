using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The glued-marks mend (Word.cs): a name ends at a mark that is no part of a name glued to it, an ellipsis, a guillemet, an asterisk, a
/// dagger, a two-dot leader, a middle dot, a slash ("according to Reuters… Google declined to comment" gave the source "Reuters…"; after
/// "»", "*", "†", "›", "‥", "·" the source was lost and the response party was "Reuters» Google"; after "/" the source was "Reuters/
/// Google"); quote marks of any language around a name are quotes ("according to «Reuters»" gave no source). The marks a name holds
/// stay in it ("AT&amp;T", "Coca-Cola", "O'Neil", "S.A.").
/// </summary>
public sealed class GluedMarksTests
{
    public static TheoryData<string> Marks => new() { "\u2026", "\u00bb", "*", "\u2020", "\u203a", "\u2025", "\u00b7", "/", "\u2021", "\u2022" };

    [Theory]
    [MemberData(nameof(Marks))]
    public void Read_SourceGluedToAMark_SourceEndsAtTheMark(string mark)
    {
        var text = $"The deal is worth $5 billion, according to Reuters{mark} Google declined to comment.";

        var reading = Read(text);

        var source = Assert.Single(reading.Sources);
        Assert.Equal(("Reuters", "Reuters"), (source.Name, source.Outlet));
        Assert.Equal("Reuters", text.Substring(source.Start, source.Length));
        Assert.Equal("Google", Assert.Single(reading.Responses).Party);
    }

    [Theory]
    [InlineData("AT&T", "\u2026")]
    [InlineData("AT&T", "\u00bb")]
    [InlineData("Coca-Cola", "*")]
    [InlineData("Coca-Cola", "\u2020")]
    [InlineData("O'Neil Securities", "\u203a")]
    [InlineData("Banco Santander S.A.", "\u2026")]
    [InlineData("Banco Santander S.A.", "\u00b7")]
    [InlineData("Johnson & Johnson", "\u2025")]
    [InlineData("Procter & Gamble", "/")]
    public void Read_NameWithItsOwnMarksGluedToAnother_NameKeepsItsOwnMarksOnly(string name, string mark)
    {
        var text = $"{name}{mark} Google declined to comment on the $2 billion deal.";

        var organisations = Read(text).Organisations.Select(o => o.Name).ToList();

        Assert.Equal([name, "Google"], organisations);
    }

    [Theory]
    [InlineData("\u00abReuters\u00bb")]
    [InlineData("\u00ab Reuters \u00bb")]
    [InlineData("\u2039Reuters\u203a")]
    [InlineData("\u201eReuters\u201c")]
    [InlineData("\u201aReuters\u2018")]
    [InlineData("\u300cReuters\u300d")]
    [InlineData("\u00bbReuters\u00ab")]
    public void Read_SourceInQuoteMarks_SourceIsTheQuotedName(string quoted)
    {
        var text = $"The deal is worth $5 billion, according to {quoted}.";

        var source = Assert.Single(Read(text).Sources);

        Assert.Equal("Reuters", source.Name);
        Assert.Equal("Reuters", text.Substring(source.Start, source.Length));
    }

    [Theory]
    [InlineData("\u00abAmazon\u00bb will invest $8 billion in Anthropic.")]
    [InlineData("\u201eAmazon\u201c will invest $8 billion in Anthropic.")]
    [InlineData("*Amazon* will invest $8 billion in Anthropic.")]
    [InlineData("Amazon\u2020 will invest $8 billion in Anthropic.")]
    [InlineData("\u2022Amazon will invest $8 billion in Anthropic.")]
    public void Read_InvestorInMarks_InvestorIsTheBareName(string text)
    {
        var figure = Assert.Single(Read(text).Figures);

        Assert.Equal("Amazon", figure.Investor);
    }
}
