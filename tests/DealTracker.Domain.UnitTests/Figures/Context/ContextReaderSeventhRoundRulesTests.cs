using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The rules added for the classes of miss blind17 and blind18 showed on their first runs: unnamed people and the outlet they
/// spoke to, speakers telling an outlet, outlets listed "such as", journalists reporting in pairs, companies reporting their own
/// results; shares bought as an investment, investors written after the figure or far before it, market totals, sales, debt,
/// compute contracts and revenue changes. Sentences written for these tests rather than copied from the corpus.
/// </summary>
public sealed class ContextReaderSeventhRoundRulesTests
{
    private static ContextReading Read(string text) => ContextReader.Read(text, FigureExtractor.Extract(text));

    private static List<string> Named(string text) =>
        Read(text).Sources.Where(s => s.Kind == SourceKind.Named).Select(s => s.Name).ToList();

    private static bool HasAnonymous(string text) => Read(text).Sources.Any(s => s.Kind == SourceKind.Anonymous);

    private static FigureReading Figure(string text, string at) =>
        Read(text).Figures.First(r => r.Figure.Text.Contains(at, StringComparison.Ordinal));

    // ---------------------------------------------------------------- sources

    [Theory]
    [InlineData("The carrier has approached three tower firms, sources told NDTV-Profit.", "NDTV-Profit")]
    [InlineData("A person close to the bank later told FinTechFeed that the sale was off.", "FinTechFeed")]
    [InlineData("According to three people who spoke to The Ken, the round is nearly closed.", "The Ken")]
    [InlineData("Individuals who spoke to Reuters said the lender wants a 10% stake.", "Reuters")]
    public void Read_UnnamedPeopleWhoToldAnOutlet_AreAnonymousAndTheOutletNamed(string sentence, string outlet)
    {
        Assert.True(HasAnonymous(sentence));
        Assert.Contains(outlet, Named(sentence));
    }

    [Theory]
    [InlineData("Airtel is in talks to buy the stake, quoting sources, the IANS reported.")]
    [InlineData("Sources revealed the merger could close in March.")]
    [InlineData("Insiders disclosed that the fund would double its stake.")]
    public void Read_SourcesQuotedOrRevealing_AreAnonymous(string sentence)
    {
        Assert.True(HasAnonymous(sentence));
    }

    [Theory]
    [InlineData("The exchange wants to buy smaller rivals, a spokesperson told Moneycontrol.", "Moneycontrol")]
    [InlineData("A spokesman told Inc42 that the company would not raise more money this year.", "Inc42")]
    public void Read_SpokespersonTellingAName_NamesItAsTheSource(string sentence, string outlet)
    {
        Assert.Equal([outlet], Named(sentence));
        Assert.False(HasAnonymous(sentence));
    }

    [Fact]
    public void Read_OutletsListedSuchAs_NamesEachOne()
    {
        var sentence = "Earlier reports from Reuters and other publications such as Axios, Semafor and The Verge say the round is $2 billion.";

        Assert.Equal(["Reuters", "Axios", "Semafor", "The Verge"], Named(sentence));
    }

    [Theory]
    [InlineData("The round values the startup at $4 billion, Bloomberg's Katie Roof and Dina Bass reported.", "Bloomberg")]
    [InlineData("The Information's Amir Efrati and Anissa Gardizy reported the talks on Friday.", "The Information")]
    public void Read_TwoJournalistsOfAnOutletReporting_NamesTheOutlet(string sentence, string outlet)
    {
        Assert.Equal([outlet], Named(sentence));
    }

    [Fact]
    public void Read_OutletConfirming_IsANamedSource()
    {
        Assert.Equal(["Reuters"], Named("Reuters confirmed on Sunday that the chipmaker is raising $5 billion."));
    }

    [Fact]
    public void Read_CompanyConfirming_IsNoSource()
    {
        Assert.Empty(Named("Microsoft confirmed on Sunday that it will invest $5 billion."));
    }

    [Fact]
    public void Read_InvestorsCloseToAPersonWhoDoNotSpeak_AreNoSource()
    {
        Assert.False(HasAnonymous("The startup may be valued at $2 billion as investors close to the founder are in talks to put in more."));
    }

    [Fact]
    public void Read_InvestorsCloseToTheDealWhoSpeak_AreAnonymous()
    {
        Assert.True(HasAnonymous("Investors close to the deal said the round would be $2 billion."));
    }

    [Fact]
    public void Read_CompanyReportingItsOwnResults_IsNoSource()
    {
        Assert.Empty(Named("Oracle reported in March that its cloud unit made $4 billion in operating income."));
    }

    [Fact]
    public void Read_SourceCitingAPoll_NamesThePollster()
    {
        Assert.Contains("Ipsos", Named("A 2021 story in The Guardian cited an Ipsos poll in which most savers distrusted banks."));
    }
}
