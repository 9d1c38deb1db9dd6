using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The twenty-fifth session's rules, each written for a class of fresh misses met in several sets: one bond's own size is its issuer's
/// round (M5); in a sentence about one listing, a figure a listing's word or a raise sits beside is the listing's size (M5); the capital
/// a fund is set up with is its size (M10); what one stake is worth is an investment, its seller no investor (M11).
/// </summary>
public sealed class TwentyFifthSessionRulesTests
{
    [Theory]
    // issue105, issue115, issue120 (corpus sentences the bond-sale verbs did not reach): one bond's size from its noun phrase.
    [InlineData("The sovereign wealth fund issued two tranches: a $1 billion seven-year bond at 85 basis points (bps) over US Treasuries and a $1 billion 30-year bond priced at 120 bps, financial news service IFR reported.", "$1 billion")]
    [InlineData("Among the names were insurance provider MetLife Inc., which sold a $1 billion 10-year note that yields 1.58 percentage point over Treasuries, after initial price talks of 1.85 percentage point, according to a person familiar with the matter.", "$1 billion")]
    [InlineData("US utility Duke Energy Progress issued a green bond of USD 600 million (EUR 535.1m) to raise financing for green energy projects.", "EUR 535.1m")]
    [InlineData("This week we’ve seen two sizeable corporate green bonds come to market: a US$600m bond from repeat issuer Bank of America and a first issuance of SEK2.5bn ($300m) from Swedish energy provider Fortum Varme.", "US$600m")]
    [InlineData("There has also been a smaller green municipal bond issuance ($32.9m) from San Francisco Public Utilities Commission.", "$32.9m")]
    [InlineData("DTE Electric priced its inaugural offering in May, with $525 million in bonds, calling itself the fifth investment-grade energy company in the United States to issue green bonds.", "$525 million")]
    // Written: a bond issue of a size.
    [InlineData("Acme Utilities completed a bond issue of €500 million last week.", "€500 million")]
    public void Read_OneBondsOwnSize_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // blind42 (a bond someone else grants), issue73 (a bond an investor subscribed), and written: a bond portfolio, orders, a bond repaid.
    [InlineData("Another 2017 milestone for BP was the granting to bio-products portfolio company Fulcrum of a $150m green bond provided by the State of Nevada.", "$150m")]
    [InlineData("Symbiotics invested $5.5 million in the latest round, taking its total exposure to Dugar Finance to $8.5 million, including a previously subscribed $3 million green bond.", "$8.5 million")]
    [InlineData("The pension plan runs a $1 billion bond portfolio.", "$1 billion")]
    [InlineData("The bond drew a $3 billion order book from investors.", "$3 billion")]
    [InlineData("Acme repaid a $85 million green bond of 2019 early.", "$85 million")]
    public void Read_BondNotSoldByItsIssuer_IsNoRoundSize(string sentence, string at)
    {
        Assert.NotEqual(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue110, issue114, issue118, issue119, issue70, issue77 (corpus sentences): one listing's size beside a listing's word or a raise.
    [InlineData("Intelsat had originally hoped for an IPO of some $1.75 billion before scaling it back to $750 million.", "$750 million")]
    [InlineData("It is also the largest tech sector IPO in Hong Kong since SenseTime Group raised $740 million in late 2021.", "$740 million")]
    [InlineData("China’s new energy battery bigwig Contemporary Amperex Technology Limited (CATL) has made headlines again – this time for its USD4.6 billion debut on the Hong Kong stock exchange, the world’s largest initial public offering this year.", "USD4.6 billion")]
    [InlineData("But as their offering dates neared, all four amended their IPO estimates to about $180 million.", "$180 million")]
    [InlineData("Arcutis Biotherapeutics, which develops skin disease drugs, raised $183 million in a January IPO, passing its initial and amended estimates of $100 million and $152 million, respectively.", "$152 million")]
    [InlineData("Based on reports, Mynt is expected to launch its initial public offering (IPO) with estimates of up to $1.5 billion, as early as the second half of the year.", "$1.5 billion")]
    [InlineData("The Dubai Electricity and Water Authority said Wednesday it had raised 22.3 billion dirhams ($ 6.1 billion) for the Gulf’s second-largest IPO since 2019.", "22.3 billion dirhams")]
    public void Read_OneListingsSize_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue100, issue107, issue116, issue119, issue66 (corpus sentences): many listings, a price, money raised before the listing.
    [InlineData("In the first six months of this year, companies have raised about $2.4 billion through IPOs, but only a fraction of the $26.2 billion raised during the same period in the previous year.", "$2.4 billion")]
    [InlineData("The two listings would give a lift to Thailand’s IPO activity, which has raised $454 million this year, according to Dealogic data.", "$454 million")]
    [InlineData("Shares of Xiaomi, which was valued at US$54.3 billion in its IPO, fell 6 percent from its IPO price of HK$17 on its debut in Hong Kong on Monday.", "HK$17")]
    [InlineData("Weilong has raised about $660 million before the IPO from investors including Hillhouse Capital and Tencent Holdings Ltd.", "$660 million")]
    // Written after the rule's first fresh measure: a market's volume or proceeds over a period, beside one listing.
    [InlineData("According to a deal tracking firm, global IPO volume stood at $5.6 billion till January 21, up from just $72 million in the same period last year.", "$5.6 billion")]
    [InlineData("Proceeds rose 44 per cent to $196bn, the largest amount since 2014, which had been boosted by a $25bn listing.", "$196bn")]
    public void Read_NotOneListingsSize_IsNoRoundSize(string sentence, string at)
    {
        Assert.NotEqual(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue107, issue114, issue119, issue120 (corpus sentences): the capital a fund is set up with.
    [InlineData("The third and largest phase of National Integrated Circuit Industry Investment Fund was incorporated on May 24 with a registered capital of CNY344 billion (USD47.5 billion).", "USD47.5 billion")]
    [InlineData("China has officially set up its third state-backed investment fund aimed at bolstering its semiconductor industry, with a registered capital of 344 billion yuan ($47.5 billion), as disclosed in a filing with a government-managed companies registry.", "344 billion yuan")]
    [InlineData("Indonesia launched its first sovereign wealth fund, the Indonesia Investment Authority (INA), in 2021 with an initial capital of $5 billion.", "$5 billion")]
    [InlineData("Danantara will take control of government holdings in state companies, with an initial budget of $20 billion, Prabowo Subianto, Indonesia’s president, said in a speech when launching the fund.", "$20 billion")]
    [InlineData("The renewable energy-focused EIF II fund has a total equity capital of around EUR 480 million (USD 562.4m), invested in wind and solar parks across Europe.", "EUR 480 million")]
    public void Read_CapitalAFundIsSetUpWith_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue85, blind59, issue79 (corpus sentences): a company's registered capital, capital subscribed by the fund's parties, an injection.
    [InlineData("The registered capital of Avatr will be increased to 3.1 billion yuan from 2.0 billion yuan previously, Changan's filing showed.", "3.1 billion yuan")]
    [InlineData("The total amount subscribed by the parties to the registered capital of the partnership fund is RMB 10 billion (USD 1.5 billion).", "RMB 10 billion")]
    [InlineData("The Beijing city government-led AI fund was registered and established with other three funds covering pharmaceuticals and healthcare, robotics, and IT in January, with a total injection of RMB 50 billion ($6.9 billion).", "RMB 50 billion")]
    public void Read_CapitalNotAFundsSize_IsNoRoundSize(string sentence, string at)
    {
        Assert.NotEqual(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // blind41, blind48, blind50, blind51, blind54, blind64, issue105, issue116, issue117, issue70 (corpus sentences, M11 after the blind
    // relabel in docs/issue-reading/relabels/stakes-worth.tsv): one stake's worth, held or in a deal, priced by a deal or the market.
    [InlineData("The Altice stake would have been worth about £3.2 billion ($4.1 billion) at Friday’s closing price.", "£3.2 billion", null)]
    [InlineData("The additional 3 per cent stake would be valued at about Dh530 million ($144 million) based on Emaar Development’s closing share price on Friday.", "Dh530 million", null)]
    [InlineData("KKR's stake in JB Pharma is worth Rs 13,767 crore based on the stock's closing price of Rs 1,649.45 last week", "Rs 13,767 crore", "KKR")]
    [InlineData("At Monday’s closing price, the 15% stake was valued at 47.4 billion yuan ($6.9 billion).", "47.4 billion yuan", null)]
    [InlineData("The stake could be worth between $1.5 billion and $2 billion, one of the sources added.", "$1.5 billion", null)]
    [InlineData("Mubadala’s stake in OMV is valued at about $4.1 billion, Refinitiv data shows.", "$4.1 billion", "Mubadala")]
    [InlineData("At ADIB’s current share price, Mubadala’s 7.6 percent stake is worth more than $780 million, according to Reuters calculations.", "$780 million", "Mubadala")]
    [InlineData("The 10 percent stake in TAQA could be worth about $4.2 billion based on its current share price.", "$4.2 billion", null)]
    [InlineData("The company now holds a 27% stake in OpenAI valued at approximately $135 billion, cementing a partnership that’s reshaping how the world thinks about artificial intelligence.", "$135 billion", null)]
    [InlineData("The state’s 13.9 percent stake is worth about 26.6 billion rand ($2.1 billion).", "26.6 billion rand", null)]
    [InlineData("Given a $9 billion valuation, the eight percent stake would be worth $720 million.", "$720 million", null)]
    // Moved from StakesBoughtTests and StakeValuesTests, which asserted the holdings sweep's other before M11.
    [InlineData("Bharti's stake is worth about £3.6 billion.", "£3.6 billion", "Bharti")]
    [InlineData("Five-Star Business Finance Ltd. holders will divest stake worth Rs 4,317 crore through a secondary block deal on Thursday.", "Rs 4,317 crore", null)]
    public void Read_OneStakesWorth_IsAnInvestment(string sentence, string at, string? investor)
    {
        var reading = Figure(sentence, at);

        Assert.Equal(Metric.Investment, reading.Metric);
        Assert.Equal(investor, reading.Investor);
    }

    [Theory]
    // blind52 (corpus sentences): the seller of a stake whose worth the figure is, with no buyer named, is no investor (V2, M11).
    [InlineData("KDB plans to pick an investment bank, a law firm and an accounting firm during next month to arrange the planned sale of its 50.75-percent stake in Daewoo Engineering that has been valued at 1.65 trillion won ($1.42 billion) as of Monday closing price.", "1.65 trillion won")]
    [InlineData("KDB is currently negotiating with builders here and abroad to attract their interest in the disposal its 50.75 percent stake in the construction firm, which is worth some 1.3 trillion won (US$1.17 billion) based on its current share price.", "1.3 trillion won")]
    public void Read_StakesWorthItsSellerNames_HasNoInvestor(string sentence, string at)
    {
        var reading = Figure(sentence, at);

        Assert.Equal(Metric.Investment, reading.Metric);
        Assert.Null(reading.Investor);
    }

    [Fact]
    public void Read_StakeSoldToANamedBuyer_KeepsTheBuyer()
    {
        // blind24: the buyer named after the sale stays the investor.
        var reading = Figure("The industry sources said that Vodafone is in talks to sell its about five per cent stake in Indus Towers, valued at over Rs 3,300 crore, to Bharti Airtel.", "Rs 3,300 crore");

        Assert.Equal(Metric.Investment, reading.Metric);
        Assert.Equal("Bharti Airtel", reading.Investor);
    }

    [Theory]
    // issue84 (many stakes summed), and written: a person's own stake after a founder's title, a holding company's worth.
    [InlineData("Saudi Arabia’s Public Investment Fund has “amassed stakes worth roughly $1 billion in four major European oil companies,” the WSJ reports.", "$1 billion")]
    [InlineData("At $40 a share, co-founder Victor Jacobsson’s 8.4% stake is valued at $1.3 billion.", "$1.3 billion")]
    [InlineData("The holding company is worth $3 billion on paper.", "$3 billion")]
    public void Read_NotOneCompanysStakesWorth_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // The rules' edges: a cue or a figure first or last in the text.
    [InlineData("a $5 million bond")]
    [InlineData("bond of $5 million")]
    [InlineData("issuance ($5 million)")]
    [InlineData("with $5 million in bonds")]
    [InlineData("$5 million IPO")]
    [InlineData("IPO estimates to $5 million")]
    [InlineData("fund with a registered capital of $5 million")]
    [InlineData("stake worth $5 million")]
    [InlineData("sale of its stake worth $5 million")]
    [InlineData("Worth $5 million")]
    public void Read_SentenceAtTheRulesEdges_ReadsWithoutThrowing(string sentence)
    {
        var reading = Read(sentence);

        Assert.All(reading.Figures, f => Assert.InRange(f.Figure.Start, 0, sentence.Length));
    }
}
