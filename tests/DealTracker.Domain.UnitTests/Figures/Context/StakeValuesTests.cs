using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The broad stake default (<c>MetricRules.StakeValues</c>, <c>InvestorRules.StakeValueBuyer</c>): in a clause where a minority stake or a
/// block of shares changes hands, a figure no other rule read, or read as a valuation only from "valued at" / "worth", is the stake's price,
/// an investment by the buyer, never the seller. A majority, a takeover, a whole company's valuation, a price apiece and a sale on the
/// market are left alone.
/// </summary>
public sealed class StakeValuesTests
{
    [Theory]
    // Corpus misses (blind19, blind31, blind34, blind45).
    [InlineData("A few hours later, the parent firm of China Auto Rental said it is to sell no more than 443 million shares worth HKD1.37 billion to a unit of BAIC.", "HKD1.37 billion")]
    [InlineData("In other related news, Aramco is also in advanced negotiations to buy a 20% stake in India’s Reliance Industries Ltd’s (RIL) oil refinery business worth ~$20-25bn through an all-stock deal in the coming weeks.", "$20-25bn")]
    [InlineData("Mubadala signed an agreement to acquire a 49% stake in Spain-based pipe manufacturer Tubacex ‘s tubular solutions business for oil and gas exploration and production (OCTG) for USD 150 mn, according to a filing (pdf) to Spain’s National Securities Market Commission CNMV.", "USD 150 mn")]
    [InlineData("Infosys is selling its entire stake in ANSR Consulting Holdings Inc., which helps multinational companies to bring in-house or captive units to India, for $1 million (Rs 6.4 crore).", "$1 million")]
    // Outside the corpus.
    // https://thefinanceworld.com/uae-telecom-company-e-buys-shareholding-in-vodafone-for-4-4-billion
    [InlineData("For $4.4 billion, e&, formerly known as Etisalat, purchased a 9.8% stake in Vodafone Group Plc.", "$4.4 billion")]
    // https://ca.reuters.com/article/companyNews/idCAL4N2DA2D9
    [InlineData("Morgan Stanley has not been given an advisory role on the potential sale of a stake in Saudi Aramco’s pipeline business, a deal worth over $10 billion, two sources told Reuters.", "$10 billion")]
    // https://global.chinadaily.com.cn/bizchina/2016-09/26/content_26892716.htm
    [InlineData("Sovereign fund China Investment Corp is reviewing options for its 30 percent stake in French multinational electric utility Engie SA's exploration and production business, which it had bought for 2.3 billion euros in 2011.", "2.3 billion euros")]
    // https://telecomasia.net/content/vodafone-sells-out-china-mobile
    [InlineData("The sale of the China Mobile stake, which Vodafone acquired in 2000 and 2002 for around $3.3 billion, is its biggest divestment.", "$3.3 billion")]
    public void Read_PriceOfAStakeChangingHands_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("A few hours later, the parent firm of China Auto Rental said it is to sell no more than 443 million shares worth HKD1.37 billion to a unit of BAIC.", "HKD1.37 billion", "BAIC")]
    [InlineData("In other related news, Aramco is also in advanced negotiations to buy a 20% stake in India’s Reliance Industries Ltd’s (RIL) oil refinery business worth ~$20-25bn through an all-stock deal in the coming weeks.", "$20-25bn", "Aramco")]
    // Outside the corpus (addresses above).
    [InlineData("For $4.4 billion, e&, formerly known as Etisalat, purchased a 9.8% stake in Vodafone Group Plc.", "$4.4 billion", "Etisalat")]
    [InlineData("The sale of the China Mobile stake, which Vodafone acquired in 2000 and 2002 for around $3.3 billion, is its biggest divestment.", "$3.3 billion", "Vodafone")]
    public void Read_StakeBoughtOrSoldToANamedBuyer_TheBuyerInvests(string sentence, string at, string buyer)
    {
        Assert.Equal(buyer, Figure(sentence, at).Investor);
    }

    [Theory]
    // The seller is never the investor.
    [InlineData("Infosys is selling its entire stake in ANSR Consulting Holdings Inc., which helps multinational companies to bring in-house or captive units to India, for $1 million (Rs 6.4 crore).", "$1 million")]
    [InlineData("The Chinese giant is also paying USD 90 million to acquire partial stakes from current Nubank shareholders.", "USD 90 million")]
    // Outside the corpus (address above).
    [InlineData("Morgan Stanley has not been given an advisory role on the potential sale of a stake in Saudi Aramco’s pipeline business, a deal worth over $10 billion, two sources told Reuters.", "$10 billion")]
    // blind48 (corpus), found after the rule was merged: a participle after "and" has no subject of its own, so the stake's buyer is not named.
    [InlineData("Recent key transactions include the sale of a 37% stake in Spanish downstream firm Cepsa to US investor Carlyle Group (MEES, 8 November) and paying $50mn for a 7% stake in NextDecade, which is developing the 27mn t/y Rio Grande LNG export facility in Brownsville, Texas (MEES, 25 October).", "$50mn")]
    public void Read_StakeSoldToNoOneNamed_NamesNoInvestor(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Investor);
    }

    [Theory]
    // Corpus rows the default must not change: a takeover, a company valued, a price apiece, a change, a sale on the market.
    [InlineData("Silver Lake and Bain Capital had been amongst potential bidders more likely to compete for a minority stake in Altera, which Intel acquired for practically $17 billion in 2015, Reuters had completely reported in November.", "$17 billion", null)]
    [InlineData("The firm was valued at US$1 billion when SoftBank acquired a stake in 2018.", "US$1 billion", Metric.Valuation)]
    [InlineData("Sing Tao chairman Charles Ho (何柱國) has agreed to sell 246.6 million shares at HK$1.5 each to Kwok, according to a filing with the Hong Kong Stock Exchange yesterday.", "HK$1.5", null)]
    [InlineData("A news channel reported that Vodafone PLC on Thursday will sell 2.4 per cent stake in company worth $200 million through block deal.", "$200 million", null)]
    // Outside the corpus.
    // https://business-standard.com/article/international/vodafone-sells-stake-in-its-16-billion-vantage-towers-ag-to-kkr-gip-122110901193_1.html
    [InlineData("Vodafone Group Plc has agreed to sell a stake in its towers unit to KKR & Co. and Global Infrastructure Partners in a deal valuing the business at €16.2 billion ($16.3 billion).", "€16.2 billion", Metric.Valuation)]
    // http://in.reuters.com/article/takeda-pharma-sale-idINKBN12X2DV
    // https://uk.reuters.com/article/glencore-agriculture-idUKL3N1783PP
    [InlineData("CPPIB would take a stake of up to 40 percent, valuing the business at about $6 billion, the Journal reported on Tuesday, citing a source.", "$6 billion", Metric.Valuation)]
    // https://fortune.com/2016/06/01/singapore-alibaba-stock/
    [InlineData("Singapore’s GIC Private and Temasek Holdings each purchased $500 million of Alibaba shares at $74 apiece through subsidiaries, Alibaba said, offering details of the SoftBank sale announced on Tuesday.", "$74", null)]
    // Found in blind46–50 after the rule was merged (lead, eighth session): a transfer, a running total, a company revalued.
    [InlineData("The fund has also received cash injections in the form of the $30 billion proceeds from the sale of shares in Saudi Aramco and a $40 billion transfer from the kingdom's central bank.", "$40 billion", null)]
    [InlineData("Reliance Industries has got yet another marquee investor to invest in Jio Platforms taking the total equity stake sale in its telecom-cum-digital services venture to over Rs 78,000 crore.", "Rs 78,000 crore", null)]
    [InlineData("SoftBank has bought shares from existing investors and employees, which were purchased at a 30% discounted rate after Uber was revalued at $48bn from the original $69bn.", "$48bn", null)]
    public void Read_MajorityValuationOrPriceApiece_IsLeftAlone(string sentence, string at, Metric? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    /// <summary>Moved in the stakes-control realignment from Read_MajorityValuationOrPriceApiece_IsLeftAlone, which asserted the old
    /// convention (a majority, controlling, remaining or whole stake's price, or a stake sold with no buyer, was no investment): in the
    /// issue's reading a stake of any size bought is the buyer's investment.</summary>
    [Theory]
    [InlineData("TotalEnergies SE agreed to buy the remaining shares in French clean-power developer Total Eren for €1.5 billion ($1.66 billion), boosting the oil major’s foray into renewable energy.", "€1.5 billion")]
    [InlineData("Japan's Fujifilm Holdings Corp (4901.T) is in final talks to buy Takeda Pharmaceutical Co's (4502.T) 70 percent stake in Wako Pure Chemical Industries for about 200 billion yen ($1.94 billion), the Nikkei business daily reported on Wednesday.", "200 billion yen")]
    public void Read_RemainingOrMajorityStakeBought_IsAnInvestment(string sentence, string at) =>
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
}
