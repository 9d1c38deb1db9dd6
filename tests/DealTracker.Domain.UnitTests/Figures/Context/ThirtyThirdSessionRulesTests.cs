using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirty-third session's rules, from the misses of the fresh sets issue157–160 (Chinese and Hong Kong deals; Latin American and
/// African deals; mobility; food, retail and consumer brands): filings named with their recipient, statements to an exchange, bracketed
/// credits, unlisted outlets spoken to or reporting, the outlet's own tracker, unlisted providers by their data, reports known by their
/// place or field, unnamed people with information, a moving index; the giver opening a figure's own clause, an investment "from" a
/// described giver, money that came from a giver, events and co-investors as no investor; rand amounts and "Alongside" as no names; "Rmb".
/// And from issue161–164 (read after their unseen measure): outlets telling the news with more verbs, trade outlets and sector data
/// providers listed, and a giving participle taking the sentence's subject.
/// </summary>
public sealed class ThirtyThirdSessionRulesTests
{
    [Theory]
    [InlineData("In a filing to the Hong Kong bourse, the company said trading in the shares was scheduled to begin on Dec 15.", "filing to the Hong Kong bourse")]
    [InlineData("According to filings with the government-run companies registry, the fund was officially established on May 24, 2024.", "filings with the government-run companies registry")]
    [InlineData("Ayar Third Investment Company, a PIF affiliate, will buy $1 billion in convertible preferred stock and will be able to convert the preferred stock into about 280 million shares, according to a regulatory filing with the U.S. securities regulator.", "regulatory filing with the U.S. securities regulator")]
    [InlineData("The China Securities Regulatory Commission (CSRC) approved CATL’s plan to sell up to 220.17 million shares in a secondary listing in the city, the company said in a filing to the Shenzhen stock exchange late on Tuesday.", "filing to the Shenzhen stock exchange")]
    [InlineData("The Chinese drugmaker issued 224.5 million shares at HK$44.05 each, the top end of its guidance of as low as HK$41.45 per share, according to a Thursday filing with the Hong Kong Exchange.", "Thursday filing with the Hong Kong Exchange")]
    [InlineData("In a disclosure to the Philippine Stock Exchange (PSE), Globe Telecom said that Globe Fintech Innovations Inc. (Mynt) has closed its transaction.", "disclosure to the Philippine Stock Exchange")]
    [InlineData("It said in a filing to the exchange and Tencent shares rose 3%.", "filing to the exchange")]
    [InlineData("Hong Kong Technology Venture (HKG:1137) became the subject of a mandatory takeover after a firm controlled by its chief executive raised its stake in the firm's controlling shareholder to over 50%, according to a bourse filing Thursday.", "bourse filing")]
    public void Read_AFilingWithItsRecipient_IsNamedWithIt(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("Thomas Lau, Lifestyle’s chief executive officer, and his family hold 50 percent of the Hong Kong-based retailer after acquiring a 29 percent stake, triggering a mandatory offer for the owner of Sogo department stores, according to a statement to the stock exchange.", "statement to the stock exchange")]
    [InlineData("According to a disclosure shared with exchanges Monday, Hero will participate in the round via a rights issue conducted by Ather.", "disclosure shared with exchanges")]
    [InlineData("Mr Charles Ho, the chairman of Sing Tao, agreed to dispose 246.6 million shares at an average price of HK$1.50 each on Jan 28, according to disclosure filings to the Hong Kong stock exchange on Tuesday (Feb 2).", "disclosure filings to the Hong Kong stock exchange")]
    [InlineData("Further disclosures will be made as needed, BPI said in a separate disclosure to the stock exchange.", "disclosure to the stock exchange")]
    public void Read_AStatementOrDisclosureToAnExchange_IsAFiling(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("The semiconductor firm said in a filing on Monday that it had sold the unit.", "filing")]
    [InlineData("The startup raised $20 million, the company said in a statement on Thursday.")]
    [InlineData("“The sale is the right step,” Chelsea said in a statement to Sky News.", "Sky News")]
    [InlineData("Russell will buy a majority stake in Forbes Global Media Holdings, according to a statement shared with Reuters on Friday.")]
    public void Read_AFilingOnADayOrAStatementToAnOutlet_KeepsItsReading(string sentence, params string[] names)
    {
        Assert.Equal(names, Written(sentence));
    }

    [Theory]
    [InlineData("Everli, which is kind of like a European Instacart facilitating grocery pickup and delivery from local stores, raised a $100 million Series C round of funding led by Verlinvest (hat tip: TechCrunch).", "TechCrunch")]
    [InlineData("RIND Snacks, a startup that produces upcycled dried fruit snacks, this week announced that it has raised $6.1 million in a Series A round of funding (news from Forbes).", "Forbes")]
    [InlineData("Today San Diego-based mobile chip manufacturer Qualcomm announced it has established a US$150 million fund for startups based in China (hat-tip The Next Web).", "The Next Web")]
    public void Read_ACreditInBrackets_IsNamed(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("“Because I come from a food background, I really wanted to emphasize taste,” Le told The Spoon in a recent interview.", "The Spoon")]
    [InlineData("Alex Frederick, the report’s author, spoke with The Spoon about some of the factors driving the decline.", "The Spoon")]
    [InlineData("“We want to feed babies to big kids, as we’re helping make parents’ lives easier,” Garner shared with CNBC, encapsulating the brand’s dual commitment to nutrition and convenience for modern families.", "CNBC")]
    [InlineData("Musician Jay-Z is now an investor in plant-based chicken company SIMULATE, which closed a $50 million funding round in June, reported VegNews (June 15).", "VegNews")]
    [InlineData("U.S. private equity firm Blackstone Group LP is in advanced talks to buy an approximate 55 percent stake in the Financial and Risk business of Thomson Reuters Corp., reports Pamela Barbaglia of Reuters.", "Reuters")]
    public void Read_AnOutletSpokenToOrReportingAfterAComma_IsNamed(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("Total cash raised by UK fintech firms slumped to $2.9bn, according to new figures from industry body Innovate Finance, shared exclusively with City A.M.", "Innovate Finance")]
    [InlineData("The founder told John Smith that the round was closed.")]
    public void Read_NoOutletSpokenTo_AddsNone(string sentence, params string[] names)
    {
        Assert.Equal(names, Written(sentence));
    }

    [Theory]
    [InlineData("But companies here have raised just USD 346 mn in funding since 1 January, according to our tracker, suggesting they are unlikely to hit that lofty goal.", "our tracker")]
    [InlineData("The four-month period between June and August 2022 saw 12 rounds raise at least a combined USD 68.7 mn, according to our internal tracker — that’s down 30% in value terms.", "our internal tracker")]
    [InlineData("This is an identical to kind of one-third of all of the startup VC raised for all of the continent in 2018, in accordance to Partech stats.", "Partech")]
    [InlineData("And recently released numbers from the Good Food Institute show that there was $3.1 billion invested in just the alternative protein space throughout 2020.", "Good Food Institute")]
    [InlineData("Savca recently released a report showing that capital flow to SA start-ups in 2023 reached R3.28bn, driven by investment into local technology businesses.", "Savca")]
    [InlineData("Changxin Xinqiao, founded two years ago in Anhui province, has applied to build a manufacturing base for 12-inch memory wafers, as stated in the NECIPS database.", "NECIPS")]
    [InlineData("Interswitch would no longer divulge the quantity to TechCrunch, however Sky Information reporting pegged it at $200 million for 20%.", "Sky Information")]
    [InlineData("The figure represents a more than three-fold jump from the same period a year earlier, according to M&A research firm Recof Data.", "Recof Data")]
    public void Read_AnOwnTrackerOrAProviderByItsData_IsNamed(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("While Cerberus is tipped as the front-runner for Save-a-Lot and Albertsons, US reports have also linked investment vehicle KKR to a bid for the discount chain.", "US reports")]
    [InlineData("Plant-based protein companies saw massive growth during the pandemic, but sector studies have suggested the industry is yet to convincingly win over shoppers.", "sector studies")]
    [InlineData("The fund is expected to “effectively address funding shortage,” said a separate NDRC representative cited by the report.", "the report")]
    public void Read_AReportKnownByItsPlaceOrFieldOrCitingASpeaker_IsNamedAsWritten(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("Chinese online short video start-up Kuaishou Technology, supported by Tencent Holdings, is seeking to secure around $5 billion in a Hong Kong initial public offering, people with information about the listing disclosed.")]
    [InlineData("Market sources point out that it was then when it first started considering floating on the public stock market.")]
    public void Read_UnnamedPeopleWithInformationOrPointingOut_AreAnonymous(string sentence)
    {
        Assert.True(HasAnonymous(sentence));
    }

    [Fact]
    public void Read_AMovingIndex_IsNoSource()
    {
        Assert.Empty(Written("Shares of vegan meat maker Beyond Meat Inc have dropped over 40% so far this year, while the Nasdaq Composite Index has plunged 25%."));
    }

    [Theory]
    [InlineData("While existing investors like Singapore’s Temasek, which led the round, pumped in Rs 78 crore, Venturi Partners put in Rs 29 crore.", "Rs 29 crore", "Venturi Partners")]
    [InlineData("While existing investors like Singapore’s Temasek, which led the round, pumped in Rs 78 crore, Venturi Partners put in Rs 29 crore.", "Rs 78 crore", "Temasek")]
    [InlineData("The Honest Company, for instance, recently announced a $200 million strategic minority investment from PE firm L Catterton.", "$200 million", "L Catterton")]
    [InlineData("The remaining amount, Rs 58 crore, came from Seviora Capital which is a new investor in the company.", "Rs 58 crore", "Seviora Capital")]
    [InlineData("Last week Bosquet Investments, the private investment vehicle of managing partner and co-founder of Enko Capital, acquired the stake for $100 million (R1,8 billion).", "$100 million", "Bosquet Investments")]
    public void Read_TheGiverOfTheFiguresOwnClause_IsTheInvestor(string sentence, string at, string investor)
    {
        var reading = Figure(sentence, at);

        Assert.Equal((Metric.Investment, investor), (reading.Metric, reading.Investor));
    }

    [Theory]
    [InlineData("Flipkart was valued at $11.6 billion in April after EBay Inc., Tencent Holdings Ltd. and Microsoft Corp. together invested $1.4 billion.", "$1.4 billion")]
    [InlineData("Ohio Police & Fire Pension Fund, Columbus, committed €43 million ($48.9 million) to Rhone Partners V, a private equity fund.", "€43 million")]
    public void Read_AListOfGiversOrAPlaceAfterAName_OpensNoClauseOfItsOwn(string sentence, string at)
    {
        Assert.NotEqual("Microsoft Corp.", Figure(sentence, at).Investor);
        Assert.NotEqual("Columbus", Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("At its 2025 Apsara Conference, the company unveiled a CNY 380 billion ($53 billion) investment plan in cloud and AI infrastructure over three years.")]
    [InlineData("Alongside Toyota, existing investors injected an additional $62 million.")]
    [InlineData("Alongside the equity investment, the Abu Dhabi-based firm also acquired NIO shares from Tencent Holdings for $350 million.")]
    public void Read_AnEventOrANameInvestedAlongside_IsNoInvestor(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Investor);
    }

    [Fact]
    public void Read_ARandAmountGluedToItsCurrency_IsNoName()
    {
        var reading = Read("Anglo American Platinum (Amplats) said on Thursday its subsidiary, Rustenburg Platinum Mines, has accepted a R1.86bn offer from Royal Bafokeng Platinum for a 33% stake in its Bafokeng Rasimone joint venture.");

        Assert.DoesNotContain(reading.Organisations, o => o.Name == "R1.86bn");
    }

    [Fact]
    public void Read_RmbBeforeAnAmount_IsRenminbi()
    {
        var figure = Read("The deal is largely symbolic given that China plans to raise Rmb2tn ($306bn) in total through bond sales this year.").Figures[0];

        Assert.Equal(("Rmb2tn", "CNY", (decimal?)2_000_000_000_000m), (figure.Figure.Text, figure.Figure.Money.Currency, figure.Figure.Money.Amount));
    }

    [Theory]
    [InlineData("Bloomberg clarified that the company derives most of its revenue in the form of interest income from holding the assets that provide the stablecoins.", "Bloomberg")]
    [InlineData("Sky Sports claim negotiations were continuing yesterday with lawyers in Birmingham and London at a key stage.", "Sky Sports")]
    [InlineData("A significant chunk of that 102% year-on-year increase is taken by Northvolt, which Mercom identified as having raised US$1 billion.", "Mercom")]
    [InlineData("Across 729 deals, digital health startups in 2021 raised $29.1 billion, Rock Health reported Jan. 10 in its year-end funding report.", "Rock Health")]
    [InlineData("The International Energy Agency said in September that global hydrogen demand reached 94 million tons in 2021.", "The International Energy Agency")]
    public void Read_AnOutletOrProviderTellingTheNews_IsNamed(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Fact]
    public void Read_AnOutletInterpretingADeal_StaysADealsParty()
    {
        Assert.Empty(Written("Reuters interpreted the deal as meaning that ABB abandoned its plan to spin off its industrial automation business."));
    }

    [Fact]
    public void Read_AGivingParticipleAfterAComma_TakesTheSentencesSubject()
    {
        var reading = Read("Medtronic ($MDT) has wrapped up a deal that gives it a 26.4% stake in China's LifeTech Scientific, putting up $66.2 million to buy into the country's growing market for cardiovascular devices.").Figures[0];

        Assert.Equal((Metric.Investment, "Medtronic"), (reading.Metric, reading.Investor));
    }
}
