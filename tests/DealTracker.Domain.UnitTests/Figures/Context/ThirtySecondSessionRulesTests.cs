using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirty-second session's rules, from the misses of the fresh sets issue149–152: a stake sold to a counterpart in talks, a fund's
/// size in words, given to invest or resized, a yearly pace, capital increases, equity subscribed, converted or added to a round, money
/// drawn in from others, an investor's book, deals summed, a business's asking price, and reports, exchanges, described people and
/// outlets cited in more shapes; and from issue153–156, an investment involving a capital increase, a fund's total commitments, and
/// titles and quarters that are no source's name.
/// </summary>
public sealed class ThirtySecondSessionRulesTests
{
    [Theory]
    [InlineData("Mukesh Ambani-led Reliance Retail is holding talks with Silver Lake to sell a 1.7-1.8 per cent stake in the entity for around Rs 7,500 crore.", "Silver Lake")]
    [InlineData("Ayala last week signed a deal with Mitsubishi Corp. to sell 50% of AC Ventures Holdings Corp. for 18.4 billion pesos ($318 million).", "Mitsubishi Corp.")]
    [InlineData("France’s Vivendi SA in July entered exclusive talks with Etisalat - the United Arab Emirates No.1 telecom operator - to sell its 53 percent stake in Maroc Telecom for 4.2 billion euros ($5.54 billion) in cash.", "Etisalat")]
    [InlineData("MUMBAI : The Adani Family, through its trust, sold ₹15,446 crore worth of its stake in four group companies to US-based investment firm GQG Partners, founded by investment manager Rajiv Jain.", "GQG Partners")]
    [InlineData("The Videocon Group is in talks with industrialist Ness Wadia and actor Preity Zinta, co-owners of the Kings XI Punjab, to acquire their stake for around $200-225 million.", "The Videocon Group")]
    public void Read_AStakeSoldToACounterpartOrBoughtInTalks_IsTheBuyersInvestment(string sentence, string investor)
    {
        var reading = Read(sentence).Figures[0];

        Assert.Equal((Metric.Investment, investor), (reading.Metric, reading.Investor));
    }

    [Fact]
    public void Read_AStakeSoldToAListOfCounterparts_NamesNoInvestor()
    {
        var reading = Read("Kalyan Group is holding separate talks with Blackstone, TPG Capital Management and Temasek Holdings to sell a minority stake for $200-$250 million, two sources said.").Figures[0];

        Assert.Null(reading.Investor);
    }

    [Theory]
    [InlineData("The prospective fund would be dollar-denominated and “at least” $650m in size, according to people familiar with the matter.")]
    [InlineData("Amazon CEO Jeff Bezos liked the pitch, and in June 2015, the Alexa Fund launched with an initial $100 million to invest in startups.")]
    [InlineData("The Fund was given $100 million to spend (it now has double that).")]
    [InlineData("Salesforce established the VC arm in Australia and armed it with $50M in 2019 to invest in local technology companies.")]
    [InlineData("Qualcomm announced on Wednesday its plans to start a venture fund that will invest at least $100m in early-stage startups that work in AI.")]
    [InlineData("Defense giant Lockheed Martin doubled its venture capital fund from $200 million to $400 million as it looks to increase investments in startups.")]
    [InlineData("Tencent Industry Win-Win Fund had an initial funding of RMB5 billion (US$721.66 million), which was later boosted to RMB10 billion (US$1.44 billion).", 2)]
    public void Read_AFundsSizeInOtherShapes_IsARoundSize(string sentence, int figure = 0)
    {
        Assert.Equal(Metric.RoundSize, Read(sentence).Figures[figure].Metric);
    }

    [Theory]
    [InlineData("Maris wielded a tremendous amount of power at GV, which, as he told this editor in an on-stage interview in February, currently invests $500 million a year.")]
    [InlineData("At the time, the fund invested less than $100 million a year, one source said.")]
    public void Read_AnInvestorsYearlyPace_IsATotal(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_AYearlyPledge_StaysAnInvestment()
    {
        Assert.Equal(Metric.Investment, Read("Vale will invest $1 billion a year in the Carajás mine.").Figures[0].Metric);
    }

    [Fact]
    public void Read_ACommitmentToAFundWithMoneyToInvest_StaysAnInvestment()
    {
        Assert.Equal(Metric.Investment, Read("CPPIB committed $500 million to the fund to invest in Indian roads.").Figures[0].Metric);
    }

    [Theory]
    [InlineData("The French state has bolstered its take in Eutelsat as part of a €1.35 billion capital increase.")]
    [InlineData("Eutelsat is contemplating raising €1.35 billion of capital by way of a reserved capital increase of €716 million at a price per share of €4.", 1)]
    [InlineData("The Ministry of Finance announced Thursday evening that the State was going to subscribe to more than half of a capital increase of 1.35 billion euros announced by the company.")]
    public void Read_ACapitalIncrease_IsARoundSize(string sentence, int figure = 0)
    {
        Assert.Equal(Metric.RoundSize, Read(sentence).Figures[figure].Metric);
    }

    [Theory]
    [InlineData("The British government will invest 90.1 million Euros through an RCI and a rights issue (RI) of 73.2 million Euros, through the office of the Secretary of State.", 1, "British government")]
    [InlineData("Hungary's FHB Bank has bought a 25 percent stake in the savings bank Takarekbank through a 252 million-forint ($1.1 million) capital increase, FHB said.", 0, "FHB Bank")]
    [InlineData("The induvial amounts for Reserved Capital Increase would be subscribed by the French State for €526.4 million, Bharti Space for €31.4 million, CMA CGM for €100.4 million, and FSP for €57.8 million.", 2, "CMA CGM")]
    [InlineData("The Indian government has converted ₹36,950 crore of Vodafone Idea’s spectrum dues into equity, significantly increasing its stake in the struggling telecom company.", 0, "Indian government")]
    [InlineData("Investment manager Baillie Gifford added $35m to a funding round for Germany-based urban aircraft developer Lilium already backed by internet group Tencent, lifting it to more than $275m.", 0, "Baillie Gifford")]
    public void Read_EquitySubscribedConvertedOrAddedToAnothersRound_IsTheGiversInvestment(string sentence, int figure, string investor)
    {
        var reading = Read(sentence).Figures[figure];

        Assert.Equal((Metric.Investment, investor), (reading.Metric, reading.Investor));
    }

    [Fact]
    public void Read_AnInvestmentInvolvingACapitalIncrease_IsTheOwnersInvestment()
    {
        var reading = Read("Hyundai’s investment will involve a capital increase of $487,889,235 and an additional $456,246,344 to acquire an 11% share in Motional.").Figures[0];

        Assert.Equal((Metric.Investment, "Hyundai"), (reading.Metric, reading.Investor));
    }

    [Fact]
    public void Read_AFundsTotalCommitments_AreItsSize()
    {
        Assert.Equal(Metric.RoundSize, Read("In April 2015, TPG Growth closed its third fund, raising total commitments of over $3 billion.").Figures[0].Metric);
    }

    [Theory]
    [InlineData("The series D funding round brings Katerra's post-money valuation to more than $3 billion, the CEO said.", new string[0])]
    [InlineData("Private equity activity is on the rise, according to preliminary Q2 data released today by Thomson Reuters.", new[] { "Thomson Reuters" })]
    public void Read_ATitleOrAQuarter_IsNoSourcesName(string sentence, string[] names)
    {
        Assert.Equal(names, Named(sentence));
    }

    [Fact]
    public void Read_ARoundLiftedByMoneyAdded_IsARoundSize()
    {
        var figures = Read("Investment manager Baillie Gifford added $35m to a funding round for Germany-based urban aircraft developer Lilium, lifting it to more than $275m.").Figures;

        Assert.Equal([Metric.Investment, Metric.RoundSize], figures.Select(f => f.Metric));
    }

    [Fact]
    public void Read_MoneyAddedToTheCompanysOwnRound_StaysARound()
    {
        Assert.NotEqual(Metric.Investment, Read("Dott added $70m to a series B equity and debt round now totalling $155m.").Figures[0].Metric);
    }

    [Theory]
    [InlineData("The total amount to be converted into equity shares is 161.33 billion rupees ($1.96 billion), the mobile carrier said.")]
    [InlineData("In 2023, it had already converted ₹16,133 crore of debt at ₹10 per share.")]
    public void Read_DebtConvertedIntoEquity_IsAnInvestment(string sentence)
    {
        Assert.Equal(Metric.Investment, Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_AConversionOpeningACutText_IsAnInvestmentWithNoInvestor()
    {
        var reading = Read("converted ₹16,133 crore of debt at ₹10 per share.").Figures[0];

        Assert.Equal((Metric.Investment, (string?)null), (reading.Metric, reading.Investor));
    }

    [Theory]
    [InlineData("It aims to mobilise up to US$100 billion including debt financing for such investments, which will focus on the United States.")]
    [InlineData("Federal Energy Minister Chris Bowen said the fund will also aim to leverage a further $500 million from the private sector.")]
    [InlineData("The money is expected to unlock an additional A$6 billion in private capital from investors for domestic projects.")]
    [InlineData("BCP will invest alongside private firms, aiming to enable £7.5bn in investment into British firms.")]
    [InlineData("As of March 2021, Singapore’s Temasek Holdings reported a 25 per cent rise in its portfolio value to a record US$282 billion amid the Covid-19 pandemic.")]
    [InlineData("GIC does not disclose the size of its investment portfolio, but analysts estimate its value at more than $400 billion.")]
    [InlineData("There were 126 CVC deals in Q2, ringing in at a combined value of $1.7 billion.")]
    [InlineData("The Canada Infrastructure Bank (CIB) added $2.5-billion in investment commitments in the fiscal year that ended March 31.")]
    [InlineData("Private equity firm JLL Partners put McKechnie recently up for sale and is seeking at least $1.2bn for the asset.")]
    [InlineData("Space Systems may go up for sale, seeking $800 million.")]
    public void Read_MoneyDrawnInHeldSummedOrAskedForABusiness_IsOther(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_APriceSoughtInASentenceOpeningWithSale_IsOther()
    {
        Assert.Null(Read("Sale talks stalled, with the owner seeking $800 million for the business.").Figures[0].Metric);
    }

    [Fact]
    public void Read_MoneySoughtFromInvestors_StaysARound()
    {
        Assert.Equal(Metric.RoundSize, Read("World Labs is reportedly seeking $500 million at a $5 billion valuation.").Figures[0].Metric);
    }

    [Theory]
    [InlineData("The report highlights a notable shift in investment trends, with nine out of the top ten funding deals focused on hardware.", "The report")]
    [InlineData("A source quoted in the report said that the talks have been going on for some time.", "the report")]
    [InlineData("The group would take on new debt of about $15 billion to meet an equity purchase price of roughly $22 billion, says the report.", "the report")]
    [InlineData("Global Investment within the Space sector has equaled 2022 despite challenging market conditions throughout last year, new research can reveal.", "new research")]
    [InlineData("Indeed, one study found that the 10-year total cost of ownership of U.S.-based semiconductor fabs is 25 to 50 percent higher.", "one study")]
    [InlineData("Chief commercial officer Remo Gerber confirmed that the round, which earlier reports suggested could reach $400m, is yet to close.", "earlier reports")]
    [InlineData("The stock has an upper price limit of 585 yen, according to the exchange.", "the exchange")]
    [InlineData("The offering could value the maker of telecommunications equipment at $5 billion or more, according to the Tuesday story.", "the Tuesday story")]
    public void Read_AReportWithNoPublisherOrAnExchange_IsNamedAsWritten(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("A strategy change at Microsoft's M12 venture capital fund has created months of internal strife, according to six current and former employees of the fund.")]
    [InlineData("The report also said the V-BAT has crashed more than 50 times over the past 18 months, citing interviews with former employees, industry executives and investors.")]
    public void Read_UnnamedPeopleDescribedBeforeTheirRole_AreAnonymous(string sentence)
    {
        Assert.True(HasAnonymous(sentence));
    }

    [Theory]
    [InlineData("In a separate report, the London-based Financial Times suggested that Tata Group could acquire a 20 percent stake and two board seats in BigBasket.", "Financial Times")]
    [InlineData("Germany’s Cabinet decided in December to buy the stake to prevent unfriendly powers from acquiring materiel, news agency dpa reported.", "DPA")]
    [InlineData("Brown, who runs the company’s military space advanced program development, told SpaceNews that a sizable portion will be invested in space technologies.", "SpaceNews")]
    [InlineData("Reuters, in a piece confirming the negotiations through a person familiar with the matter, notes that the $20 billion agreement highlights Meta’s urgency.", "Reuters")]
    [InlineData("Total state-owned fund investments in 2022 reached $261.1 billion in 747 deals, which Global SWF attributed to the return of mega-deals.", "Global SWF")]
    public void Read_AnOutletInMoreShapes_IsNamed(string sentence, string name)
    {
        Assert.Contains(name, Named(sentence));
    }

    [Fact]
    public void Read_AnOutletBesideOtherMedia_IsNamedWithThem()
    {
        Assert.Equal(["Reuters", "other media"], Written("This comes after Reuters and other media reported earlier in January that Anthropic was nearing a $2 billion fundraise."));
    }

    [Fact]
    public void Read_AServiceProviderSpeakingForItself_IsNoSource()
    {
        Assert.Empty(Named("Troubled Indian mobile service provider Vodafone Idea Ltd said on Friday the government ordered the company to convert into equity all the interest."));
    }

    [Fact]
    public void Read_AReportByAPublisher_IsThePublishersOnly()
    {
        Assert.Equal(["EY"], Named("A study by consultancy EY found that funding fell by a third."));
    }
}
