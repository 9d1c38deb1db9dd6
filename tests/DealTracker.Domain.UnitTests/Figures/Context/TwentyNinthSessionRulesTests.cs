using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The twenty-ninth session's rules, from the misses of the fresh sets: money raised for a manager's own fund, more shapes of a bond
/// issue, a loan the figure heads, an IPO's fresh issue, a change's amount, many deals' values and a stage's funding over a period as
/// totals, the giver of a second clause's "further" money, a publication telling after its verb, and an unlisted outlet told.
/// </summary>
public sealed class TwentyNinthSessionRulesTests
{
    [Theory]
    [InlineData("After two decades in leadership at four startups, Winfield jumped into venture capital in 2019, raising $15 million for Ascend’s initial fund.")]
    [InlineData("It had mopped up $135 million in its maiden India-dedicated fund.")]
    [InlineData("BlueRock was next with $2.4 billion for its fourth fund.")]
    [InlineData("Acme Ventures, the seed-focused venture firm founded by former Google executive Jane Roe, has raised $80 million for its second fund.")]
    public void Read_MoneyRaisedForTheRaisersOwnFund_IsARoundSize(string sentence)
    {
        Assert.Equal(Metric.RoundSize, Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_MoneyRaisedForAPortfolioCompany_IsNoFundsSize()
    {
        Assert.NotEqual(Metric.RoundSize, Read("Acme Ventures has raised $80 million for its portfolio company.").Figures[0].Metric);
    }

    [Theory]
    [InlineData("Egypt has raised 3.2 billion pounds ($100 million) in sukuk, the finance ministry said.", 0)]
    [InlineData("Egypt has raised 3.2 billion pounds ($100 million) in sukuk, the finance ministry said.", 1)]
    [InlineData("The strong demand for the 300 billion won issue may tempt the chipmaker to sell more bonds.", 0)]
    [InlineData("Contoso will double the planned issuance of corporate bonds to 1 trillion won.", 0)]
    [InlineData("The first tranche of the sukuk has a size of 2 billion riyals, maturing in 2030.", 0)]
    [InlineData("The Netherlands raised €4 billion from the sale of its 30-year green bond.", 0)]
    [InlineData("Contoso issued $800 million of 3.85 percent, 10-year notes and $700 million of 5.15 percent, 30-year securities.", 1)]
    [InlineData("Contoso sold a 10-year $40 billion note on Monday.", 0)]
    [InlineData("The IPO includes a fresh issue of Rs 150 crore.", 0)]
    public void Read_AnIssuersBondOrShareIssue_IsARoundSize(string sentence, int figure)
    {
        Assert.Equal(Metric.RoundSize, Read(sentence).Figures[figure].Metric);
    }

    [Theory]
    [InlineData("The first tranche of the loan has a size of 2 billion riyals, maturing in 2030.")]
    [InlineData("Peru has authorised the issue this year of bonds worth up to 1.95 billion soles.")]
    [InlineData("The financing comprises a $1.4 billion, 364-day facility arranged by six banks.")]
    [InlineData("Birla Surya has secured a Rs9.7 billion project financing via sole mandated lead arranger SBI Capital Markets.")]
    [InlineData("The committed facility was initially launched at US$1.5bn and comprises a US$973mn 364-day loan.")]
    public void Read_ALoanOrAYearsAllowance_IsOther(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_AnIncreaseOfAnIssue_IsOtherAndTheIssueARoundSize()
    {
        var figures = Read("Contoso issued bonds worth 100 billion won, an increase of 30 billion won from the original plan.").Figures;

        Assert.Equal((Metric.RoundSize, (Metric?)null), (figures[0].Metric, figures[1].Metric));
    }

    [Theory]
    [InlineData("Global M&A values rose 11% in the first half to $1.7 trillion.")]
    [InlineData("Merger and acquisition deal values in the mining sector declined in 2019, with the overall value falling from $101.6-billion to $61.8-billion.")]
    [InlineData("Early-stage funding clocked in at $51.9 billion, its third-highest quarter.")]
    [InlineData("Seed funding was at $10.3 billion for the first quarter of 2022.")]
    [InlineData("For the whole of 2023, funding shrunk 56% to touch $11.8 billion.")]
    public void Read_ManyDealsValueOrAStagesFundingOverAPeriod_IsATotal(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_FurtherMoneyOfASecondClausesGiver_IsThatGiversInvestment()
    {
        var figures = Read("Contoso said it will invest $2 billion in new plants, while Fabrikam said it would invest a further $750 million in the UK.").Figures;

        Assert.Equal(("Contoso", "Fabrikam"), (figures[0].Investor, figures[1].Investor));
    }

    [Fact]
    public void Read_AnotherSumAfterTheReceiversName_StaysTheFirstGivers()
    {
        var figures = Read("Mubadala invested AED3 billion in Reliance Retail, and another AED4.3 billion in Jio.").Figures;

        Assert.Equal(("Mubadala", "Mubadala"), (figures[0].Investor, figures[1].Investor));
    }

    [Theory]
    [InlineData("The city will back 30 startups with new funds this year, said the news site, adding that more firms are coming.", "news site")]
    [InlineData("The newspaper was first to report that Contoso may file for an IPO next week.", "newspaper")]
    public void Read_APublicationTelling_IsANamedSource(string sentence, string name)
    {
        Assert.Equal([name], Named(sentence));
    }

    [Theory]
    [InlineData("NDC has allocated P500 million for equity financing, Mauricio told the Inquirer.", "Inquirer")]
    [InlineData("\"There is now a community,\" Baker tells SmartCompany Plus.", "SmartCompany Plus")]
    public void Read_AnUnlistedNameTold_IsANamedSource(string sentence, string name)
    {
        Assert.Equal([name], Named(sentence));
    }

    [Theory]
    [InlineData("The minister told Parliament on Wednesday that the fund would invest $2 billion.")]
    [InlineData("The rival bidder told the Glazers last month that he would not raise his $6 billion bid.")]
    public void Read_AnAssemblyOrAFamilyTold_IsNoSource(string sentence)
    {
        Assert.Empty(Read(sentence).Sources);
    }

    [Fact]
    public void Read_AReportNotedAfterItsVerb_IsNoSource()
    {
        Assert.Empty(Read("Contoso raised $50 million last year, noted the report.").Sources);
    }
}
