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

    [Theory]
    [InlineData("The C$800m 10-year notes carry a 3.75% coupon and were priced at 99.775 to yield 3.777%.", "C$800m")]
    [InlineData("The £509m bond raised by the Glazers will be kept in place.", "£509m")]
    [InlineData("Underwriters have the option to buy a further 1.15 million shares, which would increase the size of the offering to almost $132.8m.", "$132.8m")]
    [InlineData("The net proceeds for King will be $344 million, before fees.", "$344 million")]
    [InlineData("Cellulant took the lions’ share of funds, drawing in $47.5 million worth of series C funding from venture capital groups.", "$47.5 million")]
    public void Read_ABondsOwnSizeAnOfferingsSizeOrALetteredRoundsWorth_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("The Abu Dhabi Developmental Holding Company (ADQ) recently bought large stakes in five Egyptian companies at a value of $1.8 billion.", "$1.8 billion")]
    [InlineData("The fund has 5.6 million Take-Two Interactive shares worth roughly $996 million.", "$996 million")]
    [InlineData("Tencent has agreed to purchase 21 million or 14.6% percent of shares of Glu Mobile Inc., totaling US$126 million at US$6 apiece.", "US$126 million")]
    public void Read_StakesBoughtAtAValueOrSharesHeldWorth_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("The board approved obtaining a loan from UAE’s Chimera Investments at a value of EGP 1.34 billion.", "EGP 1.34 billion")]
    [InlineData("Savvy has committed to investing $38 billion into gaming and has earmarked $13 billion to acquire a major game publisher.", "$13 billion")]
    [InlineData("The company has earmarked $60 million for its expansion to Istanbul, Turkey, Chief Executive Officer Carlos Garcia said.", "$60 million")]
    [InlineData("Sixty-two major North American sports teams, valued at $179.7 billion, have connections to private equity.", "$179.7 billion")]
    [InlineData("In the past week alone, three major studios announced that they had collectively landed $925 million from private investors.", "$925 million")]
    [InlineData("The report reveals that equity funding remained steady at $2.2 billion, matching the figures from 2023.", "$2.2 billion")]
    public void Read_ALoanMoneyForATakeoverOrManyCompaniesTogether_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("There are currently 47 space unicorns (companies valued at over $1billion) sitting in private portfolios.", "$1billion")]
    [InlineData("More than 200 companies valued at more than $50 million have gone public so far this year.", "$50 million")]
    public void Read_AThresholdEachCompanyIsValuedAbove_StaysAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Esports boosters: The Saudi government-funded Savvy Gaming Group announced today that it is investing $265 million into Chinese esports giant VSPO.", "$265 million", "Savvy Gaming Group")]
    [InlineData("The startup won a commitment from SoftBank for $100 million.", "$100 million", "SoftBank")]
    public void Read_AHeadingBeforeAColonOrAPledgesGiver_NamesTheInvestor(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Fact]
    public void Read_APlaceAMoneyEnters_IsNoInvestor()
    {
        var figure = Figure("Kavak will enter Colombia, Chile and Peru with a planned investment of $120 million.", "$120 million");

        Assert.NotEqual("Colombia", figure.Investor);
    }

    [Theory]
    [InlineData("It’s the most popular professional sport in the United States (and has been for years, according to Gallup).", "Gallup")]
    [InlineData("Franchise valuations are ballooning (the Cowboys are the first team worth more than $10 billion, according to Forbes).", "Forbes")]
    [InlineData("Since 2019, there have been at least 20 private equity investments in major league sports teams, according to Kyle Walters, associate analyst, private equity at PitchBook.", "PitchBook")]
    [InlineData("As spotted by Axios, the Saudi Public Investment Fund has increased its stake in EA to 5.8 percent.", "Axios")]
    public void Read_ACitationInBracketsOrOfAnAnalystsFirm_IsNamed(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("Figma was not in need of money, according to Mamoon Hamid, a partner at Kleiner Perkins who led its Series A.")]
    [InlineData("The stock rose 5% (according to Sam Altman).")]
    [InlineData("This acquisition will raise PSE’s total stake in PDS to 82.9 percent, the bourse said in a statement.")]
    public void Read_APartnerAPersonOrAPartySpeakingForItself_IsNoNamedFirm(string sentence)
    {
        Assert.DoesNotContain(Written(sentence), name => name is "Kleiner Perkins" or "Sam Altman" or "bourse");
    }

    [Theory]
    [InlineData(", ADIA agreed to invest $7.5 billion inCitigroup , the largest United States bank.")]
    [InlineData(", X will invest $5 million in Y")]
    [InlineData("in A, B")]
    public void Read_ACutTextOpeningWithACommaBeforeAName_DoesNotThrow(string text)
    {
        var reading = Read(text);

        Assert.NotNull(reading);
    }
}
