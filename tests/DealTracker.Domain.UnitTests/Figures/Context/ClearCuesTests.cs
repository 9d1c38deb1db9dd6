using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Cues right beside a figure that no wider frame overrules (MetricRules.ClearCues.cs), and a figure a comparison ties to the one before
/// taking its reading (LinkedFigures.cs). Rows: sentences of the seventeenth session's sealed sets (issue78–80, which these rules were
/// written after reading; their url above), and generated frames (names × amounts) with counter-examples.
/// </summary>
public sealed class ClearCuesTests
{
    private static readonly string[] _names = ["Weilong", "Revolut", "Northvolt"];
    private static readonly string[] _amounts = ["$4.7 billion", "€900 million", "Rs 2,000 crore"];

    public static TheoryData<string, string> ValuationCues => Generated(
    [
        "{0} is seeking a valuation of about {1} in the listing, the people said.",
        "{0} is seeking a valuation of {1} in its initial public offering.",
        "{0} last raised money at {1}, but is now taking time to close a new round.",
        "{0} raised funds at {1} in 2021.",
        "This is double the {1} it was valued at in January 2019.",
        "The round is more than the {1} that the company was valued at last year.",
    ]);

    public static TheoryData<string, string> RaisedNumbers => Generated(
    [
        "Analysts rushed to upgrade {0}, with UBS raising estimates to {1}.",
        "Jefferies raised its price target on {0} to {1}.",
        "{0} raised its dividend to {1} a share.",
    ]);

    public static TheoryData<string, string> RaisedInInvestment => Generated(
    [
        "Last year, {0} managed to raise a record {1} in seed investment.",
        "{0} raised {1} in new investment this year.",
    ]);

    /// <summary>Counter-examples: a round's own target is still a round size; money raised "from" a named giver keeps the giver's reading.</summary>
    public static TheoryData<string, string> RoundTargets => Generated(
    [
        "{0} raised its fundraising target to {1}.",
        "{0} is raising {1} in a Series C round.",
    ]);

    private static TheoryData<string, string> Generated(string[] frames) => EveryFrameWithEveryNameAndAmount(frames, _names, _amounts);

    [Theory]
    [MemberData(nameof(ValuationCues))]
    // issue80 (https://www.thestandard.com.hk/ … Weilong): a valuation sought in a listing.
    [InlineData("Weilong, which refiled a preliminary prospectus in June, is seeking a valuation of about $4.7 billion in the listing, the people said.", "about $4.7 billion")]
    // issue79: money raised at a figure is the valuation it was raised at.
    [InlineData("Flipkart, India’s largest e-commerce company, last raised money at $15.2 billion, but is now taking time to close a new round because investors are wary of offering a higher valuation.", "$15.2 billion")]
    // issue79: "the $X it was valued at".
    [InlineData("This is double the $400 million it was valued at in January 2019 when it raised $40 million led by Sequoia Capital India.", "$400 million")]
    public void Read_ValuationCueBesideTheFigure_IsAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(RaisedNumbers))]
    // issue78: a price target raised.
    [InlineData("Wall Street analysts rushed to upgrade their price targets, with Jefferies jumping from $170 to $300 and UBS raising estimates to $265.", "$265")]
    public void Read_EstimateOrPriceRaised_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(RaisedInInvestment))]
    // issue79: a startup's seed raise.
    [InlineData("Last year, Spyke Games managed to raise a record $55 million in seed investment, making important strides toward becoming a new unicorn game startup.", "$55 million")]
    public void Read_MoneyRaisedInInvestment_IsTheRaisersRoundWithNoInvestor(string sentence, string at)
    {
        var figure = Figure(sentence, at);

        Assert.Equal((Metric.RoundSize, (string?)null), (figure.Metric, figure.Investor));
    }

    [Theory]
    [MemberData(nameof(RoundTargets))]
    public void Read_RoundTargetOrRound_StaysARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue79: a market total compared with an earlier year's total is a total too.
    [InlineData("A survey by Partech indicated that the continent’s start-ups raised a total of $5.2 billion in equity funding last year, up from $1.43 billion in 2020.", "$1.43 billion", null)]
    [InlineData("The startup was valued at $400 million in January, up from $150 million a year earlier.", "$150 million", Metric.Valuation)]
    [InlineData("Paytm's valuation may more than double from its current valuation to $5 billion as against $2 billion in May 2015.", "$2 billion", Metric.Valuation)]
    [InlineData("The deal will value Paytm at over USD 7 billion, compared with USD 5 billion last year.", "USD 5 billion", Metric.Valuation)]
    [InlineData("Revenue reached $2.1 billion in 2025, versus $1.2 billion in 2024.", "$1.2 billion", Metric.Revenue)]
    public void Read_FigureComparedWithTheOneBefore_TakesItsMetric(string sentence, string at, Metric? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    /// <summary>Counter-example: a figure after a bare "from" in a new clause keeps its own reading.</summary>
    [Fact]
    public void Read_FigureAfterANewClause_KeepsItsOwnReading()
    {
        const string sentence = "The startup was valued at $2 billion; separately, it raised $300 million from SoftBank.";

        Assert.Equal(Metric.Valuation, Figure(sentence, "$2 billion").Metric);
        Assert.NotEqual(Metric.Valuation, Figure(sentence, "$300 million").Metric);
    }

    [Theory]
    // issue79 and issue80 (relabelled by the conventions, M4): markets, periods and many startups.
    [InlineData("According to early-stage venture capital firm Atomico, which has backed startups such as Stripe, Klarna and Skype, total capital invested into European tech startups is estimated to plummet to $45 billion in 2023, down by 55% from 2021 when investment volumes topped $100 billion.", "$45 billion")]
    [InlineData("On the 3rd, Mark & Company, which operates the startup analysis platform 'Forest of Innovation,' reported that during February, 81 startups secured new investments exceeding 409.4 billion won from domestic VCs.", "409.4 billion won")]
    [InlineData("In January, investments amounted to 376.3 billion won, which is more than a 47% drop compared to the 712.3 billion won a year earlier, and in February, the new investment size fell to 284.8 billion won, a 28% decrease compared to February last year.", "284.8 billion won")]
    [InlineData("According to data from eVestment, a net $7.1 billion was invested in US stocks in Q2 while a net $5.2 billion was pulled from fixed income investments.", "$7.1 billion")]
    [InlineData("Yet, the debate continues over whether the African tech ecosystem has underperformed relative to the venture capital invested: over $20 billion.", "over $20 billion")]
    [InlineData("Indian startups attracted new investments of $2.3 billion in March, down from $3.1 billion in February.", "$2.3 billion")]
    // Money many raised, one amount each; money raised up to an event or over years (M5); the parts of a loan (M6).
    [InlineData("US-based mid-market managers dominated March’s largest fund closes while three European managers raised more than $1 billion each, PEI data show.", "more than $1 billion")]
    [InlineData("Weilong has raised about $660 million before the IPO from investors including Hillhouse Capital and Tencent Holdings Ltd.", "about $660 million")]
    [InlineData("Peak Games became Turkey’s first unicorn in 2020 when it was acquired by Zynga for $1.8 billion, after raising only US $18 million in its first two years.", "US $18 million")]
    [InlineData("The one-year $15 billion bridge loan, one of the biggest borrowings SoftBank has pulled off to date, will be financed by 21 banks and includes $1.35 billion from Mizuho, $1.25 billion from SMBC and $1 billion from JPMorgan.", "$1.35 billion")]
    [InlineData("The one-year $15 billion bridge loan, one of the biggest borrowings SoftBank has pulled off to date, will be financed by 21 banks and includes $1.35 billion from Mizuho, $1.25 billion from SMBC and $1 billion from JPMorgan.", "$1 billion")]
    public void Read_TotalThresholdOrLoanPart_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // Counter-examples: a named investor's money in a period stays its investment; a plan of two named companies; one round with a period.
    [InlineData("In 2009 the two companies pledged to invest 4 billion euros ($4.46 billion) to build EVs such as the Nissan Leaf.", "4 billion euros", Metric.Investment)]
    [InlineData("SoftBank's investment in the startup rose to $2 billion in 2024.", "$2 billion", Metric.Investment)]
    [InlineData("The startup raised $40 million in its Series B round in March, led by Accel.", "$40 million", Metric.RoundSize)]
    [InlineData("The round includes $50 million from Sequoia and $20 million from Accel.", "$50 million", Metric.Investment)]
    public void Read_NamedOrOneRoundMoney_KeepsItsReading(string sentence, string at, Metric expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    [Theory]
    // corpus (convention M1): a whole company bought, whoever sells it.
    [InlineData("Japanese oil company Eneos Holdings Inc (5020.T) plans to buy Japan Renewable Energy for about 200 billion yen ($1.8 billion) from Goldman Sachs (GS.N) and Singaporean sovereign wealth fund GIC, the Nikkei reported.", "about 200 billion yen")]
    [InlineData("Global employee engagement company, Reward Gateway has been acquired by French-based employee fintech firm, Edenred for £1.15 billion from funds managed by Abry Partners and Castik Capital.", "£1.15 billion")]
    [InlineData("Pension fund Alberta Investment Management Corp. said in February that it would buy U.S. solar-power-utility company FTP Power LLC, often called sPower, for $853-million (U.S.), alongside investment partner AES Corp.", "$853-million")]
    public void Read_WholeCompanyBoughtFromASeller_IsOtherWithNoInvestor(string sentence, string at)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(((Metric?)null, (string?)null), (figure.Metric, figure.Investor));
    }

    [Theory]
    // Counter-examples: a stake, an interest or shares bought stay the buyer's investment.
    [InlineData("Toyota bought a 20% stake in the startup from SoftBank for $500 million.", "$500 million", "Toyota")]
    [InlineData("A 37.4% interest in Adani Gas Ltd., currently known as Adani Total Gas, was purchased by Total for $600 million in 2019.", "$600 million", "Total")]
    [InlineData("Hon Hai paid 381 billion won for the stock from SK Holdings Co. Chairman Chey Tae-won.", "381 billion won", "Hon Hai")]
    public void Read_StakeBoughtFromASeller_IsTheBuyersInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal((Metric.Investment, investor), (figure.Metric, figure.Investor));
    }

    [Theory]
    // corpus: an invest verb right before the figure, with the giver the rules find, whatever wider words said.
    [InlineData("Microsoft is among a group of companies that will invest more than $2 billion in San Francisco-based Cruise, which has been majority owned by GM since early 2016.", "more than $2 billion", "Microsoft")]
    [InlineData("Moonshot AI, developer of the highly lauded Kimi AI models, saw IDG Capital lay out US$150 million to lead the latest financing round.", "US$150 million", "IDG Capital")]
    [InlineData("Alphabet Inc.’s Google is backing artificial intelligence developer Anthropic with a further $1 billion, building its stake in one of the most promising rivals to OpenAI.", "$1 billion", "Google")]
    public void Read_InvestVerbRightBeforeTheFigure_IsTheGiversInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal((Metric.Investment, investor), (figure.Metric, figure.Investor));
    }

    [Theory]
    // Counter-examples (convention M4): a crowd's total names no giver; a total across asset classes; a threshold over many startups.
    [InlineData("Private equity (PE) firms have invested nearly $1 billion (Sh105 billion) into Kenyan businesses in the first eight months of the year.", "nearly $1 billion")]
    [InlineData("Gulf sovereign wealth funds such as Abu Dhabi Investment Authority, ADQ and Mubadala collectively invested over $73 billion across asset classes in 2022.", "over $73 billion")]
    [InlineData("In 2024, Apple, Microsoft, Nvidia, Amazon and Alphabet will invest $1 million or more in 149 well-known startups, the Crunchbase News portal calculated.", "$1 million or more")]
    public void Read_InvestVerbBeforeACrowdsTotal_StaysOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    /// <summary>Givers listed as examples: the money is an investment, by one of them.</summary>
    [Fact]
    public void Read_InvestVerbAfterGiversListedAsExamples_IsAnInvestmentByOneOfThem()
    {
        var figure = Figure("Big Tech leaders, including Nvidia and Google, have invested $863 million in Commonwealth Fusion Systems (CFS) for nuclear fusion technology.", "$863 million");

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Contains(figure.Investor, (string?[])["Nvidia", "Google"]);
    }

    [Theory]
    // issue81 and issue82 (read after their unseen measure): capital expenditure is other (M3).
    [InlineData("Amazon reported $24.3 billion in Q1 capital expenditures, primarily to expand AWS’ AI cloud infrastructure.", "$24.3 billion")]
    [InlineData("The company is also set to spend $52 billion to $56 billion in capital expenditures in 2026, primarily driven by demand in the AI sector.", "$52 billion")]
    [InlineData("Meta raised its capex to $72 billion for the year.", "$72 billion")]
    public void Read_CapitalExpenditure_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // issue81 and issue82: a company's own convertible, capital raising, entitlement offer or bond-market borrowing is a round size (M5).
    [InlineData("Stockholm-based battery maker, Northvolt, announced on Tuesday that it has signed a $1.1B (approximately €1B) convertible note to finance its production capabilities in Europe.", "$1.1B")]
    [InlineData("Stockholm-based battery maker, Northvolt, announced on Tuesday that it has signed a $1.1B (approximately €1B) convertible note to finance its production capabilities in Europe.", "approximately €1B")]
    [InlineData("NEXTDC is undertaking a $550 million capital raising to further its expansion into Asia, including new data centre development sites.", "$550 million")]
    [InlineData("(Bloomberg) -- Oracle Corp. is seeking to borrow $15 billion from the US investment-grade bond market on Wednesday.", "$15 billion")]
    public void Read_OwnConvertibleCapitalRaisingOrBondSale_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    /// <summary>"T$" is the New Taiwan dollar, as wires write it beside "NT$".</summary>
    [Fact]
    public void Read_TaiwanDollarWrittenTDollar_IsReadAsRevenueInTwd()
    {
        var figure = Figure("The company’s October revenue climbed 16.9% year-over-year to T$367.47 billion (approximately $11.86 billion).", "T$367.47 billion");

        Assert.Equal((Metric.Revenue, "TWD"), (figure.Metric, figure.Figure.Money.Currency));
    }
}
