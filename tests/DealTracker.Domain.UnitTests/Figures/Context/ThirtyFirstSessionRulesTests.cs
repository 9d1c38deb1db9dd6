using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirty-first session's rules, from the misses of the fresh sets issue145–148: a state that said it would invest, markets and
/// periods taking in money through a relative clause, startup hubs, a market's money as a level, crowds of corporate investors, a
/// receiver that is no investor, offshore registries, place-described givers, verbs of moving to invest, a holder's mark of its stake,
/// money contributed to sales, a deal's own value, and sources cited as reports, surveys, analysts' estimates and passed-on documents.
/// </summary>
public sealed class ThirtyFirstSessionRulesTests
{
    [Theory]
    [InlineData("Saudi Arabia last year said it would invest $38 billion in the gaming sector.", "Saudi Arabia")]
    [InlineData("Mubadala Investment announced last September that the UAE intends to invest 10 billion pounds in Britain.", "UAE")]
    [InlineData("Japan said Toyota would invest $1 billion in the plant.", "Toyota")]
    public void Read_AStateThatSaidItWouldInvest_IsTheInvestor(string sentence, string investor)
    {
        var reading = Read(sentence).Figures[0];

        Assert.Equal((Metric.Investment, investor), (reading.Metric, reading.Investor));
    }

    [Theory]
    [InlineData("The quarter was also a milestone for the software industry, which attracted $3.6 billion in venture funding.")]
    [InlineData("Compared to the same period last year, which raised $1 billion, funding for this second quarter was reduced by 70 percent.")]
    [InlineData("Regional data showed New York trailing the Boston area, with New England clocking $870 million in venture funding.")]
    [InlineData("The total funding amount for these deals was $23.3 billion, a decline from the $26.7 billion raised through 2,161 disclosed VC deals in the first eight months of 2023.", 1)]
    public void Read_AMarketOrAPeriodTakingInMoney_IsAMarketTotal(string sentence, int figure = 0)
    {
        Assert.Null(Read(sentence).Figures[figure].Metric);
    }

    [Theory]
    [InlineData("This latest funding round follows Mistral AI’s impressive seed round last year, which raised €105 million in early-stage investment.", Metric.RoundSize)]
    [InlineData("London raised $1 billion in bonds last week.", Metric.RoundSize)]
    public void Read_ARoundOrAStatesBondsBeforeTheVerb_IsNoMarketTotal(string sentence, Metric metric)
    {
        Assert.Equal(metric, Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("Rewind five years, and the investment dollars hovered around $21 million.")]
    [InlineData("While dollars invested reached a peak in 2015, at $1.83 billion, CBInsights projects that number will shrink 35% this year.")]
    [InlineData("Deal volume declined 18.5% YoY to 1,761, while funding value decreased 12.6% YoY to $23.3 billion between January and August 2024.")]
    [InlineData("Venture capital funding in the New York metro region marked a solid third quarter with financing valued at $697 million.")]
    [InlineData("Late-stage funding and technology-growth funding was $97.9 billion in Q1, down 12 percent quarter over quarter.")]
    [InlineData("Corporate venture arms accounted for $2.1 billion of the $8.1 billion in total VC investment activity during the quarter.", 1)]
    public void Read_AMarketsMoneyAsALevel_IsAMarketTotal(string sentence, int figure = 0)
    {
        Assert.Null(Read(sentence).Figures[figure].Metric);
    }

    [Fact]
    public void Read_AMarketsMoneyFallingFromOneFigureToAnother_ReadsBothAsTotals()
    {
        var figures = Read("The report found that funding flowing into Canadian FinTech companies in Q2 2022 has fallen by 75 percent, from $1.2 billion to $300 million.").Figures;

        Assert.Equal([null, null], figures.Select(f => f.Metric));
    }

    [Theory]
    [InlineData("However, the overall startup funding in December was buoyed mainly by the $634 million that e-commerce giant Lazada pocketed from its parent company Alibaba.", Metric.Investment)]
    [InlineData("The company is expected to draw $400 million in total funding, which would value the company at $8.4 billion.", Metric.RoundSize)]
    public void Read_OneDealsMoneyBesideAMarketsWords_KeepsItsMetric(string sentence, Metric metric)
    {
        Assert.Equal(metric, Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("That’s a 16 percent gain over the $1.8 billion that corporate VCs invested during the same quarter last year.")]
    [InlineData("It was a 93 percent leap from the first quarter of this year, when corporate venture arms invested almost $1.1 billion.")]
    [InlineData("In just the past six months, aXiomatic, Cloud9 and G2 Esports have received a combined $103.3 million in funding from investment entities.")]
    [InlineData("Disclosed investments accumulated to $2.78B USD, which is more than all seven previous months of 2020 combined.")]
    public void Read_ACrowdOfInvestorsOrOfNamedReceiversInAPeriod_IsAMarketTotal(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("This week, Ssense said it laid off 138 workers, and MatchesFashion received a $73 million cash injection from its shareholder.")]
    [InlineData("Chinese electric vehicle manufacturer NIO has managed to secure a cash infusion of 7 billion yuan through a signed agreement with three strategic investors.")]
    [InlineData("The packaged food maker, registered in the Cayman Islands, bought 1.45 percent of TFCC shares from Taishin Financial Holding Co for about NT$277 million.")]
    public void Read_AReceiverOrARegistry_IsNoInvestor(string sentence)
    {
        var reading = Read(sentence).Figures[0];

        Assert.Equal((Metric.Investment, (string?)null), (reading.Metric, reading.Investor));
    }

    [Fact]
    public void Read_AReceiverOfApprovalToInvest_StaysTheInvestor()
    {
        var reading = Read("India’s struggling Paytm has received approval from a government committee to invest 500 crore rupees in a key subsidiary.").Figures[0];

        Assert.Equal("Paytm", reading.Investor);
    }

    [Theory]
    [InlineData("Cowan and Weinand serve as general partners of the fund, which is anchored by a $10-million investment from Toronto-based Kensington Capital Partners.", "Kensington Capital Partners")]
    [InlineData("Chinese based Alibaba Group, which specialises in e-commerce goods, has moved to invest $692 million to Hong Kong-listed Intime Retail Group.", "Alibaba Group")]
    [InlineData("The investment is the latest by Alibaba, which earlier this month invested $215 million to acquire a minority stake in Tango.", "Alibaba")]
    public void Read_AGiverAfterAPlaceOrAnInvestorMovingToInvest_IsTheInvestor(string sentence, string investor)
    {
        Assert.Equal(investor, Read(sentence).Figures[0].Investor);
    }

    [Fact]
    public void Read_AnAssetSaleToAPlaceDescribedBuyer_StaysOther()
    {
        Assert.Null(Read("In April, it concluded the sale of European and US assets to Illinois-based Martin-Brower Co. for $400 million.").Figures[0].Metric);
    }

    [Fact]
    public void Read_AHoldersMarkOfItsStake_IsItsInvestmentAtEveryFigure()
    {
        var figures = Read("IGM, also the parent company of Investors Group, revealed in its latest financial statements released Thursday that it had marked down its valuation for Wealthsimple to $925-million as of March 31, from $1.153-billion at the end of 2021.").Figures;

        Assert.All(figures, f => Assert.Equal((Metric.Investment, "IGM"), (f.Metric!.Value, f.Investor)));
    }

    [Theory]
    [InlineData("The Greek market contributed €2.85 billion to Deutsche Telekom's €74.9 billion top line last year.")]
    [InlineData("Together, the three sites contributed around INR770m ($11m) to McLeod Russel’s turnover in the 2018 financial year.")]
    public void Read_MoneyContributedToSales_IsRevenue(string sentence)
    {
        Assert.Equal(Metric.Revenue, Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_MoneyContributedToARound_StaysAnInvestment()
    {
        Assert.Equal(Metric.Investment, Read("Microsoft contributed $500 million to the round.").Figures[0].Metric);
    }

    [Theory]
    [InlineData("Valued at $4.9bn, the deal was first announced on 31 August 2018.")]
    [InlineData("McLeod Russel signed an agreement to sell three of its tea estates located in the state of Assam to Luxmi Tea Company for an estimated value of nearly INR1.5bn ($21m).")]
    public void Read_ADealsOwnValue_IsOther(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_AStakeSoldForAnEstimatedValue_StaysAnInvestment()
    {
        var reading = Read("The UK carrier has agreed to sell the stake to infrastructure investor Equitix for an estimated value of around £150m.").Figures[0];

        Assert.Equal((Metric.Investment, "Equitix"), (reading.Metric, reading.Investor));
    }

    [Theory]
    [InlineData("Reliance Industries shares hit an all-time high amid reports that US private equity firm Silver Lake Partners bought a stake in Reliance Retail.", "reports")]
    [InlineData("Shares of New York-listed Farfetch had jumped 16 percent on Monday on a media report that Alibaba Group Holding Ltd was in advanced talks to invest.", "a media report")]
    [InlineData("Corporate venture capital investments stayed high, with $2.1 billion invested in startups during the quarter, according to a survey released today.", "a survey")]
    [InlineData("Overall, the survey reveals that Taiwan startups are mostly funded at the early stages this year.", "the survey")]
    [InlineData("The city-state’s ecosystem now boasts over 4,500 tech startups, as per the report’s findings.", "the report")]
    public void Read_UnnamedReportsAndSurveys_AreNamedAsWritten(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("Nvidia CEO Jensen Huang pushed back on reports that a planned $100 billion investment had stalled.")]
    [InlineData("Jensen Huang confirmed the plan after reports that OpenAI signed a $300 billion contract with Oracle.")]
    public void Read_ReportsTheNewsPushedBackOnOrCameAfter_AreNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    [Theory]
    [InlineData("According to the NVCA, the survey found $6.3 billion was invested in the quarter.", "NVCA")]
    [InlineData("As per a report by Economic Times, five public sector undertakings were planning to sell their stake.", "The Economic Times")]
    [InlineData("Although Sequoia has declined to comment, the email shared by Axios indicated that the buyers would be newer Sequoia funds.", "Axios")]
    [InlineData("Bumble, developer of a popular dating app, was tipped by Bloomberg to be in the initial stages of exploring a potential IPO.", "Bloomberg")]
    [InlineData("Just yesterday, CB Insights, the research firm, published an attention-grabbing report about unicorn valuations.", "CB Insights")]
    [InlineData("Last year, corporate venturing groups represented $1.9bn of the total, according to data collected on behalf of the National Venture Capital Association (NVCA).", "National Venture Capital Association")]
    public void Read_AnOutletOrAProvider_IsTheOnlyNamedSource(string sentence, string name)
    {
        Assert.Equal([name], Named(sentence));
    }

    [Theory]
    [InlineData("Neither Snapchat nor Alibaba were immediately available for comment when contacted by Reuters.")]
    [InlineData("“Strategics have learned it’s hard to grow brands,” an advisor explained.")]
    public void Read_AnOutletAskedForCommentOrAQuotedName_IsNoNamedSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    [Theory]
    [InlineData("Nio projects revenue of up to 16.7 billion yuan, short of the 21.4 billion yuan average estimate from analysts.")]
    [InlineData("Analysts attribute this gap largely to political and regulatory risks in the US.")]
    public void Read_AnalystsEstimatesOrAttributions_AreAnonymous(string sentence)
    {
        Assert.True(HasAnonymous(sentence));
    }
}
