using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Real sentences from outside the corpus (each with its address) of an investor's money that is not one deal's investment: a period's
/// total or deployment ("Temasek invested S$49 billion in FY21", "deployed $84 billion in more than 8,000 companies last year") and money
/// for control ("for a controlling stake", "to buy 56 percent of", "to take control of") are other; beside them a minority stake's price
/// stays an investment. Before the targetless-money sweep 8 of the 12 sentences (10 of 15 figures) read right (the Temasek period totals,
/// "deployed $106.1bn on 500 transactions, up 19 per cent" and "deployed some US$152.5 billion, up 38% from 2021" read investment); after
/// it all do.
/// </summary>
public sealed class TargetlessMoneyRealSentencesTests
{
    [Theory]
    // https://www.livemint.com/companies/news/temasek-invested-s-49-billion-in-fy21-its-highest-ever-11626169400197.html
    [InlineData("Global uncertainties caused by the covid-19 pandemic notwithstanding, Temasek invested S$49 billion in FY21, the highest it has ever invested in a fiscal, the Singapore's state investor said in its annual report released on Tuesday.", "S$49 billion", "Other")]
    // https://www.cnbc.com/2021/07/13/singapore-state-investment-firm-temasek-releases-annual-report-2021.html
    [InlineData("During the financial year, Temasek invested 49 billion Singapore dollars and divested 39 billion Singapore dollars — record numbers on both counts.", "49 billion Singapore dollars", "Other")]
    [InlineData("During the financial year, Temasek invested 49 billion Singapore dollars and divested 39 billion Singapore dollars — record numbers on both counts.", "39 billion Singapore dollars", "Other")]
    // https://planettechnews.com/us-venture-capital-investing-hits-highest-since-dot-com-boom
    [InlineData("U.S. venture firms deployed $84 billion in more than 8,000 companies last year, according to research firm PitchBook.", "$84 billion", "Other")]
    // https://www.thenationalnews.com/business/2022/01/01/sovereign-and-public-pension-fund-assets-reach-record-high-of-319tn-in-2021/
    [InlineData("Sovereign funds deployed $106.1bn on 500 transactions, up 19 per cent annually, while investments by pension funds rose to $112.9bn in 354 deals.", "$106.1bn", "Other")]
    [InlineData("Sovereign funds deployed $106.1bn on 500 transactions, up 19 per cent annually, while investments by pension funds rose to $112.9bn in 354 deals.", "$112.9bn", "Other")]
    [InlineData("Singapore's wealth fund GIC accounted for most investments allocating $34.5bn in 110 deals, almost double of what it did in 2020.", "$34.5bn", "Other")]
    // https://www.financialstandard.com.au/news/swfs-shrink-for-first-time-ever-report-179798069
    [InlineData("SWFs deployed some US$152.5 billion, up 38% from 2021 in 427 deals, down 16% from 2021, the report shows.", "US$152.5 billion", "Other")]
    // http://uk.reuters.com/article/venture-investments-nearrecord-idUKL1N0UU04420150116
    [InlineData("U.S. venture capitalists invested $48.39 billion last year, the biggest total since 2000, according to new data from the National Venture Capital Association, PricewaterhouseCoopers, and Thomson Reuters.", "$48.39 billion", "Other")]
    // http://youravodart.com/tech-updates/foxconn-is-buying-a-controlling-stake-in-sharp-for-3-5-billion/
    [InlineData("Foxconn will pay 389 billion Yen which is about $3.5 billion for a controlling stake in the company, this will give them ownership of around 66 percent of Sharp.", "389 billion Yen", "Other")]
    [InlineData("Foxconn will pay 389 billion Yen which is about $3.5 billion for a controlling stake in the company, this will give them ownership of around 66 percent of Sharp.", "$3.5 billion", "Other")]
    // https://adaderana3.rssing.com/chan-59346903/article3337.html
    [InlineData("Sri Lankan conglomerate Hayleys Plc is to buy a 61.73 percent stake in Singer Sri Lanka Plc for 10.9 billion rupees ($71 million), the company said.", "10.9 billion rupees", "Other")]
    [InlineData("Thailand's largest telecommunications Advanced Info Service Pcl (AIS) plans to spend 2.6 billion baht ($78.57 million) to buy 56 percent of Internet service provider CS Loxinfo, further advancing its Internet broadband coverage.", "2.6 billion baht", "Other")]
    // https://matzavreview.com/2021/09/10/bill-gates-offers-luxury-four-seasons-hotels/
    [InlineData("The billionaire is spending $ 2.2 billion to take control of the channel.", "$ 2.2 billion", "Other")]
    // http://uk.reuters.com/article/us-akzo-nobel-m-a-shareholders-idUKKBN16U266 (a minority stake's price stays an investment)
    [InlineData("An affiliate of private equity firm Warburg Pincus will buy an about 43 percent stake in Indian engineering outsourcing provider Tata Technologies Ltd for $360 million.", "$360 million", "Investment")]
    public void Read_RealTargetlessMoneySentence_FigureTakesItsMetric(string sentence, string at, string metric) =>
        Assert.Equal(metric, Figure(sentence, at).Metric?.ToString() ?? "Other");
}
