using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirty-fifth session's rules, from the misses of issue173–176 (read after their unseen measure) and of the fresh sets issue177–178
/// (chips and hardware; healthcare and biotech): chip supply deals, bond tranches, rounds closed at a size, money raised combined or from
/// a sale, new debt for a takeover, an issue's anchor book and take at its price band, cumulative fundraising, funding under an act, a
/// plan by an investor, a place after "in", and a conjunction read as a source.
/// </summary>
public sealed class ThirtyFifthSessionRulesTests
{
    [Theory]
    [InlineData("Samsung Electronics has signed a $16.5 billion contract with Tesla to provide semiconductors, according to a regulatory filing.", "$16.5 billion")]
    [InlineData("Samsung Electronics announced a 22.8 trillion-won (approximately $16.5 billion) deal to supply artificial intelligence (AI) chips to an undisclosed customer.", "22.8 trillion-won")]
    [InlineData("Tesla and Samsung Electronics have entered into a contract worth around 22.76 trillion Korean Won for semiconductor contract manufacturing.", "22.76 trillion Korean Won")]
    [InlineData("AMD announced a deal with Meta that could be worth as much as $100 billion over five years.", "$100 billion")]
    [InlineData("SK Hynix has pledged to supply HBM products worth more than 1 trillion won to Nvidia.", "1 trillion won")]
    [InlineData("Micron signed a $2 billion agreement to supply memory chips to the carmaker through 2028.", "$2 billion")]
    [InlineData("Broadcom said a new customer had placed an order worth $10 billion for its custom AI accelerators.", "$10 billion")]
    public void Read_AChipSupplyDealsValue_IsAComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("MediaTek dismissed speculation that a US$497 million deal to sell AutoChips Inc to Navinfo had hit a snag, the chip designer said.", "US$497 million")]
    [InlineData("Nvidia agreed to acquire the chip startup in a deal worth $900 million.", "$900 million")]
    [InlineData("The chip startup raised $100 million in a funding deal led by Sequoia.", "$100 million")]
    [InlineData("The chipmaker won a $52 billion subsidy deal worth more than its annual revenue.", "$52 billion")]
    public void Read_ATakeoverOrAFundingDealAboutChips_IsNoComputeCommitment(string sentence, string at)
    {
        Assert.NotEqual(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("There was $900 million of 3.5% 10-year notes priced at 98.73 to yield 3.652%.", "$900 million")]
    [InlineData("The $1.75 billion of five-year notes priced to yield Treasuries plus 550 basis points.", "$1.75 billion")]
    [InlineData("Finally, $500 million of 4.625% 30-year bonds sold at 98.338 to yield 4.729%.", "$500 million")]
    [InlineData("The five-year notes were upsized from $1.5 billion, while the 10-year tranche was cut from $3.75 billion.", "$1.5 billion")]
    [InlineData("The five-year notes were upsized from $1.5 billion, while the 10-year tranche was cut from $3.75 billion.", "$3.75 billion")]
    public void Read_ATrancheOfABondSale_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("There are about $985 million of the notes outstanding, priced at 96 cents.", "$985 million")]
    [InlineData("Citigroup's $1.35 billion of 1.75 percent debentures traded yesterday at 96.5 cents on the dollar.", "$1.35 billion")]
    [InlineData("Proceeds will be used to repay $1.25 billion of senior notes issued in 2019.", "$1.25 billion")]
    public void Read_BondsHeldTradedOrRepaid_StayOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Moffett’s last round from March 2020 closed at 100 million yuan (around $16 million).", "100 million yuan")]
    [InlineData("Lila Sciences' $235 million first round financing has continued to build and has now closed at $350 million.", "$350 million")]
    [InlineData("The Series B closed at $42 million after a second close in June.", "$42 million")]
    public void Read_ARoundClosedAtTheFigure_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("The company's shares closed at $42.50 after the round was announced.", "$42.50")]
    [InlineData("The acquisition closed at $1.2 billion, below the first offer.", "$1.2 billion")]
    public void Read_SharesOrADealClosedAtTheFigure_IsNoRoundSize(string sentence, string at)
    {
        Assert.NotEqual(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("It was a big week for chip startups, with two raising over $180 million combined.", "$180 million")]
    [InlineData("Three biotechs went public last week, raising nearly $1 billion combined.", "$1 billion")]
    [InlineData("Porto-based SWORD Health has raised a US$25m financing round, bringing its cumulative fundraising to US$50m.", "US$50m")]
    [InlineData("Hypermarcas raised some $1.5 billion from the sale of personal care brands to Coty Inc.", "$1.5 billion")]
    [InlineData("The group raised $300 million through the sale of its cement business.", "$300 million")]
    [InlineData("Cardinal Health said it would finance the acquisition with cash and $4.5 billion in new debt.", "$4.5 billion")]
    [InlineData("BD will fund the deal using roughly $1 billion in cash and $3.2 billion in new debt, per the release.", "$3.2 billion")]
    public void Read_MoneyRaisedCombinedFromASaleOrForATakeover_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("The startup raised $40 million in a round led by Accel.", "$40 million")]
    [InlineData("The group plans to raise 250 million euros through the sale of new shares.", "250 million euros")]
    [InlineData("The company raised $500 million in new debt from a bond sale.", "$500 million")]
    public void Read_ACompanysOwnRaise_StaysARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_MoneyRaisedFromTheSaleOfAHolding_IsAStakesWorthWithNoSellerAsInvestor()
    {
        var figure = Figure("The Sandoz Family Foundation has raised nearly $903 million through the sale of around a quarter of its share-holding in Novartis.", "$903 million");

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Null(figure.Investor);
    }

    [Theory]
    [InlineData("Thyrocare has allocated 32,23,411 shares to 15 anchor investors at Rs 446 per share, the upper-end of the price band, aggregating Rs 143.76 crore.", "Rs 143.76 crore")]
    [InlineData("The company will garner around Rs 479.21 crore at the upper end of the price band.", "Rs 479.21 crore")]
    public void Read_AnIssuesAnchorBookOrTakeAtItsPriceBand_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_FundingUnderAnAct_IsPublicMoney()
    {
        var sentence = "On April 25, 2024, the Biden-Harris Administration announced that the U.S. Department of Commerce and Micron Technology have signed a non-binding preliminary memorandum of terms (PMT) to provide up to roughly $6.14 billion in direct funding under the CHIPS and Science Act to Micron.";

        Assert.Null(Figure(sentence, "$6.14 billion").Metric);
    }

    [Theory]
    [InlineData("This follows a similar, even larger plan by Nvidia to invest up to $100 billion in OpenAI.", "$100 billion", "Nvidia")]
    [InlineData("Analysts welcomed the decision by Aramco to inject $1.5 billion into the venture.", "$1.5 billion", "Aramco")]
    public void Read_APlanByAnInvestorToInvest_NamesTheInvestor(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    [InlineData("Tata Semiconductor Assembly and Test Pvt Ltd will set up a semiconductor unit in Morigaon, Assam with an investment of Rs 27,000 crore.", "Rs 27,000 crore", "Assam")]
    [InlineData("This plant will be setup in Sanand, Gujarat with an investment of Rs 7,600 crore.", "Rs 7,600 crore", "Gujarat")]
    [InlineData("The display plant will be built in Hyderabad with an investment of Rs 3,000 crore.", "Rs 3,000 crore", "Hyderabad")]
    public void Read_APlaceAfterIn_IsNoInvestor(string sentence, string at, string place)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.NotEqual(place, figure.Investor);
    }

    [Theory]
    [InlineData("In February, Microsoft invested $16 million in Mistral.", "$16 million", "Microsoft")]
    [InlineData("In Brazil, Mercado Libre is investing $4.6 billion.", "$4.6 billion", "Mercado Libre")]
    [InlineData("A day later, during an event in Bengaluru, Microsoft announced plans to invest $3 billion in India.", "$3 billion", "Microsoft")]
    public void Read_AnInvestorAfterAnOpeningInPhrase_StaysTheInvestor(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Fact]
    public void Read_AConjunctionOpeningASentence_IsNoSource()
    {
        var sentence = "As stated by a source to Moneycontrol, some approvals will be part of the 100-day agenda.";

        Assert.Equal(["Moneycontrol"], Written(sentence));
        Assert.True(HasAnonymous(sentence));
    }
}
