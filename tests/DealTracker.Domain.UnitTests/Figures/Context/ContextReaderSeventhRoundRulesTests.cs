using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The rules added for the classes of miss blind17 and blind18 showed on their first runs: unnamed people and the outlet they
/// spoke to, speakers telling an outlet, outlets listed "such as", journalists reporting in pairs, companies reporting their own
/// results; shares bought as an investment, investors written after the figure or far before it, market totals, sales, debt,
/// compute contracts and revenue changes. Sentences written for these tests rather than copied from the corpus.
/// </summary>
public sealed class ContextReaderSeventhRoundRulesTests
{
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

    // ---------------------------------------------------------------- metric

    [Theory]
    [InlineData("The group has agreed the $3.2bn sale of its Polish unit to Orange.", "$3.2bn")]
    [InlineData("The lender secured a $200 million credit facility from HSBC to expand in Peru.", "$200 million")]
    [InlineData("The chatbot maker burned through $2.5 billion last year.", "$2.5 billion")]
    public void Read_SaleFacilityDebtPaymentOrMajority_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    /// <summary>Moved in the stakes-control realignment from Read_SaleFacilityDebtPaymentOrMajority_IsOther, which asserted the old
    /// convention (a majority, controlling, remaining or whole stake's price, or a stake sold with no buyer, was no investment): in the
    /// issue's reading a stake of any size bought is the buyer's investment.</summary>
    [Theory]
    [InlineData("The carmaker will buy an 80% stake in the battery maker for about $1.1 billion.", "$1.1 billion")]
    [InlineData("The buyer will make an upfront cash payment of $900 million for the 60 per cent stake.", "$900 million")]
    public void Read_PriceOfAMajorityStake_IsAnInvestment(string sentence, string at) =>
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);

    [Theory]
    [InlineData("Kenyan startups secured a total of $95 million in funding in March.", "$95 million")]
    [InlineData("In 2023, Nigerian start-ups announced a total of $410 million in funding across equity and debt.", "$410 million")]
    [InlineData("Investment in fintech in Brazil has grown over 300% since 2020, from $1.1 billion to $4.5 billion.", "$4.5 billion")]
    [InlineData("Dry powder at the firm reached a record $80 billion last quarter.", "$80 billion")]
    public void Read_MarketTotal_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_CompanyInvestingATotal_IsATotal()
    {
        // Since the labelling conventions (M4): one investor's money "a total of" over time is a total, other.
        Assert.Null(Figure("Intel Capital has invested a total of $40 million in the chip startup.", "$40 million").Metric);
    }

    [Theory]
    [InlineData("SoftBank has bought Arm shares worth $2 billion, the company said on Friday.", "$2 billion", "SoftBank")]
    [InlineData("The filing shows Microsoft acquiring $500 million worth of Nebius stock in the placement.", "$500 million", "Microsoft")]
    [InlineData("Tata is betting $300 million on a new chip plant in Assam.", "$300 million", "Tata")]
    [InlineData("The fund's biggest deal was the $2.1bn purchase of a stake in Grab.", "$2.1bn", null)]
    [InlineData("Khosla Ventures, Thrive Capital and Greylock are co-leading with $500 million checks each.", "$500 million", "Khosla Ventures")]
    public void Read_SharesBoughtBetOrChecks_IsTheBuyersInvestment(string sentence, string at, string? investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        if (investor is not null)
        {
            Assert.Equal(investor, figure.Investor);
        }
    }

    [Theory]
    [InlineData("Meta has agreed to sell $4 billion of stock to Blackstone in a private placement.", "$4 billion")]
    [InlineData("The bank is selling $600 million of preferred shares in its card unit to Temasek.", "$600 million")]
    [InlineData("Carlyle is selling $250 million preferred shares of Acme Corp, a Japanese lender, to Nomura.", "$250 million")]
    public void Read_SharesSoldToABuyer_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Lumen raised $30 million, extending its Series A round to $45 million.", "$45 million", Metric.RoundSize)]
    [InlineData("The startup's seed round, which was led by Index, was $12 million.", "$12 million", Metric.RoundSize)]
    [InlineData("It persuaded investors to put in $900 million in a single raise.", "$900 million", Metric.RoundSize)]
    [InlineData("The company has secured $300 million from investors towards a $500 million goal.", "$500 million", Metric.RoundSize)]
    [InlineData("Anthropic went from $1B to $5B ARR in eight months.", "$1B", Metric.Revenue)]
    [InlineData("The merged company will be worth about $40 billion.", "$40 billion", Metric.Valuation)]
    [InlineData("Today the company is worth $90 billion.", "$90 billion", null)]
    [InlineData("It is understood that £150 million has been allocated for investment in the club's academy.", "£150 million", Metric.Investment)]
    public void Read_RoundRevenueValuationOrAllocated_ReadsTheWordsBeside(string sentence, string at, Metric? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Nscale expanded its Microsoft agreement by $4 billion for GPU capacity, bringing the total contract to $14 billion.", "$4 billion")]
    [InlineData("Nscale expanded its Microsoft agreement by $4 billion for GPU capacity, bringing the total contract to $14 billion.", "$14 billion")]
    [InlineData("The provider of Nvidia graphics chips said it signed an agreement with Meta worth up to $3 billion.", "$3 billion")]
    [InlineData("The filing said the GPU services start this year and the total contract value is $9 billion.", "$9 billion")]
    [InlineData("A $6 billion deal with Crusoe, a startup building AI compute infrastructure.", "$6 billion")]
    [InlineData("The $8 billion investment in Azure will be used to train its next models.", "$8 billion")]
    public void Read_ComputeDealExtendedValuedOrInvestedInACloud_IsAComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_InvestmentInACloudProviderCompany_StaysAnInvestment()
    {
        Assert.Equal(Metric.Investment, Figure("Nvidia made a $700 million investment in cloud provider Nscale.", "$700 million").Metric);
    }

    // ---------------------------------------------------------------- investor

    [Theory]
    [InlineData("Amazon was already the startup's biggest backer, having invested roughly $8 billion.", "$8 billion", "Amazon")]
    [InlineData("Nvidia, xAI's largest strategic investor with over $2 billion invested, will join the round.", "$2 billion", "Nvidia")]
    public void Read_FunderOfAnother_IsTheNameBeforeThePossessive(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Fact]
    public void Read_PossessiveInvestmentsTotaling_AreATotal()
    {
        // Since the labelling conventions (M4): earlier investments summed are a total, other, with no investor.
        const string sentence = "The deal makes Temasek the startup's largest investor, surpassing Accel's earlier investments totaling $90 million.";

        Assert.Null(Figure(sentence, "$90 million").Metric);
    }

    [Fact]
    public void Read_FigureFollowedByAnotherFromAGiver_KeepsTheSubject()
    {
        const string sentence = "Microsoft first committed $3 billion, followed by another $1 billion from Nvidia.";

        Assert.Equal("Microsoft", Figure(sentence, "$3 billion").Investor);
        Assert.Equal("Nvidia", Figure(sentence, "$1 billion").Investor);
    }

    [Theory]
    [InlineData("Besides the $900 million from Temasek, another $250 million in commitments came from existing investors.", "$250 million")]
    [InlineData("Mubadala would put in $5 billion, with $10 billion possibly coming from banks in Europe.", "$10 billion")]
    public void Read_MoneyComingFromUnnamedGivers_HasNoInvestor(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Investor);
    }

    [Fact]
    public void Read_MoneyComingFromUnnamedGivers_KeepsTheFigureBeforeItsSubject()
    {
        Assert.Equal("Mubadala", Figure("Mubadala would put in $5 billion, with $10 billion possibly coming from banks in Europe.", "$5 billion").Investor);
    }

    [Theory]
    [InlineData("Swiggy topped the list with a $250 million infusion by Prosus.", "$250 million", "Prosus")]
    [InlineData("The models are sold through partners, with Google quietly increasing its investment to $3 billion this year.", "$3 billion", "Google")]
    [InlineData("Vantage raised $1 billion led by CDPQ, Canada's second-largest pension fund, which committed nearly $600 million.", "$600 million", "CDPQ")]
    [InlineData("Peter Thiel, the PayPal co-founder and early Facebook backer, will invest $200 million into the startup.", "$200 million", "Peter Thiel")]
    [InlineData("Meta has agreed to sell $4 billion of stock to Blackstone in a private placement.", "$4 billion", "Blackstone")]
    [InlineData("The developer sold shares to the fund, with Fondaction's commitment set to increase to C$80 million.", "C$80 million", "Fondaction")]
    public void Read_InvestorAfterOrAcrossTheFigure_IsNamed(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Fact]
    public void Read_PartsOfSharesSoldToABuyer_AreTheBuyersToo()
    {
        const string sentence = "Meta agreed to sell $4 billion of stock to Blackstone, comprised of $3 billion in Class A Common Stock and $1 billion in Class B Stock.";

        Assert.Equal("Blackstone", Figure(sentence, "$3 billion").Investor);
        Assert.Equal(Metric.Investment, Figure(sentence, "$3 billion").Metric);
    }

    [Fact]
    public void Read_AnotherAfterAValuation_ContinuesTheInvestment()
    {
        const string sentence = "Amazon will invest $4 billion now at a valuation of about $60 billion, with another $4 billion possible next year.";
        var reading = Read(sentence);

        Assert.Equal(Metric.Investment, reading.Figures[2].Metric);
        Assert.Equal("Amazon", reading.Figures[2].Investor);
    }

    [Fact]
    public void Read_SecondConversionInTheSameBrackets_TakesTheConvertedFiguresMetric()
    {
        const string sentence = "Brookfield invested C$100 million ($73 million; €67 million) in the wind farm developer.";

        Assert.All(Read(sentence).Figures, f => Assert.Equal(Metric.Investment, f.Metric));
    }

    [Theory]
    [InlineData("In 2021 it sold a small stake to Mastercard in a deal that valued the startup at $2B.", "$2B", Metric.Valuation)]
    [InlineData("Caisse put in C$40 million, with its commitment set to increase to C$70 million next year.", "C$70 million", Metric.Investment)]
    public void Read_ValuedAtOrCommitmentIncreased_ReadsTheWordsBefore(string sentence, string at, Metric expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }
}
