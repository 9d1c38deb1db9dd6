using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The forty-seventh session's rules. Money: the start of a change after "to" takes the change's metric, money made from sales or in a
/// possessive period is revenue, parts of an investment dated after "including" and "of that amount" keep its reading, a gain, a loss or
/// a change's size is other, a takeover priced per share or a takeover noun "valued at" is other (M1), gross bookings and a market's
/// turnover are no revenue, a stake valued by a verb and an investment held are stakes (M11), "kicked in". Investor: "with X initially
/// investing a reported $Y". Sources: brokers moving their price targets, a company telling its own plans or results (S2), a month's
/// short form, media reports as a subject and described media beside a cited outlet (S4), analysts' expectations in more shapes (S6).
/// </summary>
public sealed class FortySeventhSessionRulesTests
{
    [Theory]
    [InlineData("Unacademy’s operating revenue increased by 80.7% to Rs 719 crore during the financial year ending in March 2022 from Rs 398 crore recorded in FY21.", "Rs 398 crore")]
    [InlineData("WROGN's operational revenue fell by 29.2% to Rs 243.75 crore in FY24, from Rs 344.3 crore in FY23.", "Rs 344.3 crore")]
    [InlineData("Though for context, Google made $61.9 billion in this year's second quarter, mostly from YouTube and Search advertising.", "$61.9 billion")]
    [InlineData("Unacademy made Rs 7.92 crore from sale of educational material and Rs 9.01 crore from advertising.", "Rs 7.92 crore")]
    public void Read_ChangesStartOrMoneyMadeFromSales_ReadsRevenue(string sentence, string at)
    {
        Assert.Equal(Metric.Revenue, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Reports indicate that Google has invested approximately $3 billion in Anthropic, including $2 billion in 2023 and $1 billion earlier this year.", "$2 billion", "Google")]
    [InlineData("Reports indicate that Google has invested approximately $3 billion in Anthropic, including $2 billion in 2023 and $1 billion earlier this year.", "$1 billion", "Google")]
    [InlineData("Microsoft has committed $13 billion to OpenAI and has already paid $11.6 billion of that amount.", "$11.6 billion", "Microsoft")]
    [InlineData("Since its founding, Anthropic has secured nearly $10 billion in funding, with Google initially investing a reported $300 million early last year, followed by an additional $2 billion.", "$300 million", "Google")]
    [InlineData("Since its founding, Anthropic has secured nearly $10 billion in funding, with Google initially investing a reported $300 million early last year, followed by an additional $2 billion.", "$2 billion", "Google")]
    [InlineData("SoftBank kicked in $1 billion to the round, according to people familiar with the matter.", "$1 billion", "SoftBank")]
    public void Read_PartsOfAnInvestmentOrMoneyKickedIn_ReadsTheInvestorsInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    [InlineData("SoftBank Group Corp. reported a sharp turnaround in its latest quarterly earnings, fueled by a massive $4.2 billion valuation gain on its investment in OpenAI.", "$4.2 billion")]
    [InlineData("Gains from the company’s investment in OpenAI totaled 2.2 trillion yen ($14.3 billion) in the quarter.", "2.2 trillion yen")]
    [InlineData("This is largely due to unrealized gains of $1.4 billion in Didi Global.", "$1.4 billion")]
    [InlineData("The value of the fund had risen $4.8 billion in the company’s fiscal first quarter.", "$4.8 billion")]
    [InlineData("With 19.45 million shares outstanding, the deal values Blackmores at $1.85 billion.", "$1.85 billion")]
    [InlineData("Medivation has rejected as “opportunistic” a buyout offer valued at around $9.3 billion from Sanofi.", "$9.3 billion")]
    [InlineData("Gross bookings grew 114% year-over-year to $21.9 billion.", "$21.9 billion")]
    [InlineData("The combined turnover at these two indexes was 2.38 trillion yuan, up from 2.34 trillion yuan on Tuesday.", "2.38 trillion yuan")]
    public void Read_GainsChangesTakeoversAndBookings_ReadsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Meta dropped $14.3 billion on a non-voting stake in Scale AI, locking in one of the most aggressive bets on AI infrastructure this year.", "$14.3 billion", Metric.Investment)]
    [InlineData("Currently, Walmart is in talks with Accel and Tiger Global to buy their shares for around $1.5 Bn, valuing Flipkart at $30 Bn.", "$30 Bn", Metric.Valuation)]
    [InlineData("Revenue rose to $5 billion from $4 billion a year earlier.", "$4 billion", Metric.Revenue)]
    public void Read_MoneyOnAStakeAValuationBesideAStakeSaleOrAPlainChange_KeepsItsReading(string sentence, string at, Metric metric)
    {
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Microsoft’s investment now represents roughly 27% of OpenAI’s equity on an as-converted diluted basis, valuing the stake at $135 billion.", "$135 billion")]
    [InlineData("Following the change, Microsoft now holds an investment in OpenAI Group PBC valued at around $135 billion, representing roughly 27%.", "$135 billion")]
    public void Read_AStakeValuedOrAnInvestmentHeld_ReadsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Barclays raised the price target on Seagen from $145 to $228.", "Barclays")]
    [InlineData("BMO Capital increased the price target on Seagen from $179 to $229.", "BMO Capital")]
    [InlineData("Brokerage houses including HSBC, DBS, CICC and CCBI raised their price targets for the personal-computer maker.", "CICC")]
    [InlineData("Brokerage houses including HSBC, DBS, CICC and CCBI raised their price targets for the personal-computer maker.", "HSBC")]
    public void Read_ABrokerMovingItsPriceTarget_NamesTheBroker(string sentence, string broker)
    {
        Assert.Contains(broker, Named(sentence));
    }

    [Theory]
    [InlineData("Analyst Mike Colonnese raised his price target to $80, citing the Microsoft contract’s impact.")]
    [InlineData("Meta had projected capital expenditures of $60 billion to $65 billion for 2025.")]
    [InlineData("Amazon noted in its earnings report released last Thursday that this appreciation has been reflected in the non-operating income for the quarter.")]
    [InlineData("A new termination agreement between Adobe and Figma invoked the payment clause, according to Adobe.")]
    [InlineData("In its quarterly report from Oct. 29, Microsoft reported a $4.1 billion loss from those investments.")]
    public void Read_APersonsTargetACompanysOwnWordsOrAMonth_NamesNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    [Fact]
    public void Read_AResearchFirmProjecting_StillNamesTheFirm()
    {
        Assert.Contains("Gartner", Named("Gartner projected revenue of $5 billion for the AI software market."));
    }

    [Theory]
    [InlineData("Media reports last week pointed to Alibaba and Baidu having started using internally designed chips to train their AI models.", "Media reports")]
    [InlineData("The gains include a 5.3% jump Tuesday after local media reported that Sam Altman had met Masayoshi Son and after Bloomberg reported that Intel is in talks.", "local media")]
    public void Read_MediaReportsAsASubjectOrBesideACitedOutlet_NamesThemAsWritten(string sentence, string name)
    {
        Assert.Contains(name, Written(sentence));
    }

    [Theory]
    [InlineData("Revenue for the fiscal second quarter rose 5% to 247.8 billion Chinese yuan ($34.8 billion), beating analyst estimates.")]
    [InlineData("Adjusted operating income of more than $8 million was positive for the first time, surprising analysts who had expected a loss.")]
    [InlineData("Analyst had expected revenue of $3.75 billion and a loss of 51 cents per share.")]
    [InlineData("Wipro had reported a net profit of ₹2,326 crore for its fourth quarter to end-March, below analysts' estimates of ₹2,447 crore.")]
    [InlineData("Beating analysts' estimates by one percentage point, LVMH reported a 13 percent increase in its total turnover.")]
    public void Read_AnalystsExpectations_FindsAnAnonymousSource(string sentence)
    {
        Assert.True(HasAnonymous(sentence), string.Join(" | ", Read(sentence).Sources.Select(s => s.Name)));
    }

    [Fact]
    public void Read_AnalystExpectationsCompiledByAProvider_NamesOnlyTheProvider()
    {
        var sentence = "While Google Cloud's revenue reached almost $12 billion for the quarter, it came in below analyst expectations compiled by LSEG.";

        Assert.False(HasAnonymous(sentence));
        Assert.Contains("LSEG", Named(sentence));
    }
}
