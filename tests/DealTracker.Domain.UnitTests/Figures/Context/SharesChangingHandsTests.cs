using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The broad default for shares changing hands (<c>MetricRules.SharesChangingHands</c>, <c>InvestorRules.SharesBuyer</c>): in a clause where
/// shares, equity, preference shares, units or an interest are bought, acquired, subscribed, allotted or issued to a buyer, the figure its
/// words give as the block's cost ("for", "for a total of", "aggregating to", "a total consideration of", "with a total value of", "through a
/// … debt conversion") is the buyer's investment, read back over a price per share. A price per share, a takeover, shares issued to no one
/// named and a loan are left alone.
/// </summary>
public sealed class SharesChangingHandsTests
{
    [Theory]
    // Corpus misses (blind46, blind47, blind48, blind50).
    [InlineData("The Public Investment Fund (PIF) will buy 625 million shares at 9.09 riyals ($2.42) a share, Kingdom Holding said in a stock exchange filing, for a total of 5.68 billion riyals ($1.51 billion).", "5.68 billion riyals", "The Public Investment Fund (PIF)|Public Investment Fund|PIF")]
    [InlineData("The Saudi Public Investment Fund has acquired 625 million shares of the Kingdom Holding Company (KHC), representing 16.87 percent, with a total value of 5.6 billion riyals ($1.5 billion).", "5.6 billion riyals", "The Saudi Public Investment Fund|Saudi Public Investment Fund")]
    [InlineData("As part of the deal, EEC issued new shares to Public Investment Fund through a 2.8 billion Saudi riyals ($755 million) debt conversion, the fund said in a statement.", "2.8 billion Saudi riyals", "Public Investment Fund")]
    [InlineData("\"The board approved the acquisition of 33,750 equity shares of CSE Dakshina Solar Pvt Ltd of face value of Rs 10 each at a premium of Rs 70 i.e. Rs 80 per share, aggregating to Rs 27,00,000,\" Minda said in a BSE filing.", "Rs 27,00,000", "Minda")]
    [InlineData("The company’s filings with the ministry of corporate affairs show that 16,031 Series F preference shares were allotted to Vitruvian Partners on 29 March for Rs 571 crore.", "Rs 571 crore", "Vitruvian Partners")]
    // blind48 (corpus): a payer's consideration, for the holding the sentences before name.
    [InlineData("Ashoka Buildcon had already paid in earlier years aggregate consideration of Rs 35.69 crore, the filing said.", "Rs 35.69 crore", "Ashoka Buildcon")]
    // Outside the corpus.
    // http://www.indiaretailing.com/2017/10/23/shopping-centre/anant-raj-ltd-buys-26-pc-stake-moments-mall-rs-225-cr/
    [InlineData("Realty firm Anant Raj Ltd has acquired 26 per cent additional stake in its shopping mall at Kirti Nagar in the national capital from Lalea Trading Ltd, Cyprus for Rs 225.42 crore.", "Rs 225.42 crore", "Anant Raj Ltd")]
    // https://newshare24.com/2024/12/19/balaji-telefilms-to-raise-rs-131-crore-via-preferential-share-allotment
    [InlineData("The Duke Endowment will purchase 11,29,971 shares for Rs 8.27 crore, Gothic HSP Company will obtain 6,77,983 shares for Rs 4.96 crore, and the Staff’ Retirement Plan of Duke College may also be allotted 6,77,983 shares for Rs 4.96 crore.", "Rs 8.27 crore", "Duke Endowment")]
    [InlineData("Amongst non-promoter buyers, Atyant Capital India Fund I will probably be allotted 28,24,928 shares, amounting to Rs 20.67 crore, rising its shareholding from 4.02% to five.78%.", "Rs 20.67 crore", "Atyant Capital India Fund")]
    // https://www.livemint.com/companies/news/biocon-to-acquire-26-stake-in-hinduja-renewables-two/amp-11606135851676.html
    [InlineData("Biotechnology major Biocon on Monday said it has inked an agreement for the acquisition of 26% stake on a fully diluted basis in Hinduja Renewables Two Pvt Ltd for ₹5.91 crore.", "₹5.91 crore", "Biocon")]
    public void Read_SharesBoughtOrAllottedForATotal_TheBuyerInvests(string sentence, string at, string buyer)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Contains(figure.Investor, buyer.Split('|'));
    }

    [Theory]
    // blind48 (corpus): the buyer named before a consortium and the stake, not the company the stake is in.
    [InlineData("Korea Investment Corp. (KIC) was reportedly part of a consortium that bought a 50 percent stake in the city of Melbourne’s Southgate Complex for A$289 million ($221 million).", 0, "Korea Investment Corp.")]
    // blind29 (corpus): the joint venture related to Intel's facility is what the stake is in; Apollo buys it.
    [InlineData("Earlier this year, Apollo said it will acquire a 49% equity stake in a joint venture related to Intel’s new manufacturing facility in Ireland for $11 billion.", 0, "Apollo")]
    // https://newshare24.com/2024/12/19/balaji-telefilms-to-raise-rs-131-crore-via-preferential-share-allotment
    [InlineData("The Duke Endowment will purchase 11,29,971 shares for Rs 8.27 crore, Gothic HSP Company will obtain 6,77,983 shares for Rs 4.96 crore, and the Staff’ Retirement Plan of Duke College may also be allotted 6,77,983 shares for Rs 4.96 crore.", 1, "Gothic HSP Company")]
    [InlineData("The Duke Endowment will purchase 11,29,971 shares for Rs 8.27 crore, Gothic HSP Company will obtain 6,77,983 shares for Rs 4.96 crore, and the Staff’ Retirement Plan of Duke College may also be allotted 6,77,983 shares for Rs 4.96 crore.", 2, "Staff’ Retirement Plan of Duke College")]
    public void Read_BlockBoughtByANamedBuyer_TheBuyerInvestsNotTheTargetOrANeighbour(string sentence, int index, string buyer)
    {
        var figure = Read(sentence).Figures[index];
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(buyer, figure.Investor);
    }

    [Theory]
    // Outside the corpus.
    // http://www.indiaretailing.com/2017/10/23/shopping-centre/anant-raj-ltd-buys-26-pc-stake-moments-mall-rs-225-cr/
    [InlineData("It has also bought 6,37,964 compulsorily convertible preference shares at Rs 2,258 each as well as 37,59,459 fully convertible debentures at Rs 110.94 each of Anant Raj Projects Ltd from Lalea Trading ‘for a total consideration aggregating to Rs 225.42 crore.’", "Rs 225.42 crore")]
    // https://lawinsider.com/clause/subscription-of-new-shares
    [InlineData("Subject to the terms and conditions hereof, at the Closing the Company shall issue and allot to the Investor, and the Investor shall subscribe for 2,307,692 A Shares, for an aggregate subscription price of US$15,000,000.", "US$15,000,000")]
    // blind28 (corpus): a passive buying verb's stake stands before it.
    [InlineData("Of the stake, 4.49% was purchased through an accelerated book building offering totalling $775 million.", "$775 million")]
    public void Read_SharesBoughtByNoOneNamed_IsAnInvestmentWithNoInvestor(string sentence, string at)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Null(figure.Investor);
    }

    [Theory]
    // The price of one share stays other, the total is the investment.
    [InlineData("The Public Investment Fund (PIF) will buy 625 million shares at 9.09 riyals ($2.42) a share, Kingdom Holding said in a stock exchange filing, for a total of 5.68 billion riyals ($1.51 billion).", "9.09 riyals")]
    [InlineData("\"The board approved the acquisition of 33,750 equity shares of CSE Dakshina Solar Pvt Ltd of face value of Rs 10 each at a premium of Rs 70 i.e. Rs 80 per share, aggregating to Rs 27,00,000,\" Minda said in a BSE filing.", "Rs 80")]
    // Outside the corpus.
    // https://zenithacademy.com/exam-inner-page.php?main_id=czoyOiI0MyI7 (a whole company)
    // https://www.marketscreener.com/quote/stock/RAJNANDINI-METAL-LIMITED-46512753/news/Rajnandini-Metal-Outcome-of-Board-Meeting-41812893/ (bonus shares to no one named)
    [InlineData("The Board of Directors of the Company inter-alia approved allotment of 92,16,000 equity shares of Rs. 10/- each aggregating to Rs. 9,21,60,000/- as fully paid up bonus shares in the ratio of 1:2 to the shareholders.", "Rs. 9,21,60,000")]
    // https://financialpost.com/pmn/business-pmn/emaar-the-economic-city-debt-conversion-gives-saudi-pif-25-stake (a loan)
    [InlineData("EEC, linked to Dubai property developer Emaar and working on Saudi Arabia’s King Abdullah Economic City, will now owe the 2.833 billion riyal ($755.39 million) loan to PIF instead of the finance ministry following the capital increase via debt conversion, the company said in a bourse filing.", "2.833 billion riyal")]
    // https://irishtimes.com/business/iaws-co-op-buys-70m-plus-stake-in-ntr-1.403991 (shares sold to no one named)
    // Every share of a company is a takeover; a holder's own entire stake is not.
    [InlineData("Tata Steel acquired the entire share capital of Corus for a total consideration of $12 billion.", "$12 billion")]
    // Corpus (blind50), other by the written convention: an interest in a fund is money into a fund.
    [InlineData("Moreover, JWPL’s participating interest in Titan will also increase from 90% to 92% through purchase of 2% participating interest of another limited partner in the fund for a total consideration of S$7.7m.", "S$7.7m")]
    public void Read_PricePerShareTakeoverBonusOrLoan_StaysOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    /// <summary>Moved in the stakes-control realignment from Read_PricePerShareTakeoverBonusOrLoan_StaysOther, which asserted the old
    /// convention (a majority, controlling, remaining or whole stake's price, or a stake sold with no buyer, was no investment): in the
    /// issue's reading a stake of any size bought is the buyer's investment.</summary>
    [Theory]
    [InlineData("Tata Steel acquired all the outstanding shares of Corus for $12 billion.", "$12 billion")]
    [InlineData("Tata Power has acquired a 100% equity stake in Bikaner III Neemrana II Transmission Limited, a special purpose vehicle (SPV), for Rs 18.6 crore.", "Rs 18.6 crore")]
    [InlineData("In November businessman Mr John Gallagher sold 850,000 shares for €15 million, reducing his holding from 7.7 per cent to 4.1 per cent.", "€15 million")]
    public void Read_EveryOrMajorityShareBoughtOrSharesSold_IsAnInvestment(string sentence, string at) =>
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);

    [Fact]
    public void Read_PricePerShare_IsNoPercentage()
    {
        // "Rs 80 per share" once read as 80%, a majority that made the clause a takeover.
        var figure = Figure("The board approved the acquisition of 33,750 equity shares of CSE Dakshina Solar Pvt Ltd at Rs 80 per share, aggregating to Rs 27,00,000, Minda said in a BSE filing.", "Rs 27,00,000");
        Assert.Equal(Metric.Investment, figure.Metric);
    }
}
