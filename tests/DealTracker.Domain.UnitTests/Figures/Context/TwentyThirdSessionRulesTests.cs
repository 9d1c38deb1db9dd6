using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The twenty-third session's rules, from the misses of the sealed sets issue97–104 (each a class met in several sets, not one
/// sentence): money per share and petty sums are never a deal's money; the Malaysian sen and "₹4,000+ Cr" are read as money;
/// money "from other co-investors" is their investment; unnamed experts and financiers are anonymous; whoever a speaker tells
/// through one of its reporters, or speaks on air, is an outlet.
/// </summary>
public sealed class TwentyThirdSessionRulesTests
{
    [Theory]
    // issue98 (https://investorempires.com/microsofts-azure-growth-profit-in-focus-during-q4-results,
    // https://seekingalpha.com/news/3607080-nvidias-gaming-strength-expected-to-drive-q2-beats-preview,
    // https://www.webpronews.com/microsofts-azure-surge-faces-capex-crunch-in-q2-earnings-spotlight): earnings per share are profit, not
    // revenue (M8), even beside a revenue figure.
    [InlineData("Wall Street expects the company to post earnings per share of $2.94.", "$2.94")]
    [InlineData("For the quarter, consensus estimates forecast $3.66B in revenue (+42% Y/Y), EPS of $1.97 (+59%), and non-GAAP gross margin of 64.6%.", "$1.97")]
    [InlineData("Analysts anticipate revenue of around $80.3 billion, reflecting 15% year-over-year expansion, alongside adjusted earnings per share of $3.91, according to consensus estimates compiled by Bloomberg and others.", "$3.91")]
    [InlineData("Net income per share of $3 was reported.", "$3")]
    public void Read_MoneyPerShareAfterItsResultsNoun_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // issue107 (https://www.daily8.com/en/article/ac9c37cae792be47d3235425b6faac76): an average of analysts' estimates after the figure is an estimate of the results noun before it.
    [InlineData("Revenue for the quarter ended March 31 was 111.3 billion yuan ($15.48 billion), beating the 107.6 billion yuan average of 17 analyst estimates compiled by LSEG.", "107.6 billion yuan", Metric.Revenue)]
    [InlineData("Revenue rose 12% to $5.1 billion, above the $4.9 billion average analyst estimate, according to LSEG data.", "$4.9 billion", Metric.Revenue)]
    [InlineData("Net profit rose to $1.1 billion, above the $1 billion consensus estimate.", "$1 billion", null)]
    public void Read_AverageOfAnalystEstimatesAfterTheFigure_TakesTheResultsNounBefore(string sentence, string at, Metric? metric)
    {
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_RevenueBesideEarningsPerShare_StaysRevenue()
    {
        // blind61: "earnings of 47 cents per share of $ 3.03 billion": a figure in billions is the revenue the earnings were made on.
        Assert.Equal(Metric.Revenue, Figure("Analysts polled by FactSet predicted adjusted earnings of 47 cents per share of $ 3.03 billion.", "$ 3.03 billion").Metric);
        Assert.Equal(Metric.Revenue, Figure("For the quarter, consensus estimates forecast $3.66B in revenue (+42% Y/Y), EPS of $1.97 (+59%).", "$3.66B").Metric);
    }

    [Theory]
    // issue101 (https://mondaymorning.com/2018/07/25/healthcare-ipos-defy-gravity-and-second-law-of-thermodynamics-with-8-new-pricings-last-week-and-2-new-filings/,
    // https://www.burrillreport.com/article-biotech_ipos_off_and_running_.html), issue102
    // (https://www.finanznachrichten.de/nachrichten-2025-12/67333631-softbank-completes-dollar-22-5-bln-second-closing-investment-in-openai-ownership-rises-to-11-020.htm):
    // a price range, a share price or a closing price in units of a currency is no round, investment or valuation.
    [InlineData("Replimune Group Inc., which is developing oncolytic immunotherapies to fight solid tumors, raised $101 million by offering 6.7 million shares at $15, within the range of $14 to $16.", "$15")]
    [InlineData("Replimune Group Inc., which is developing oncolytic immunotherapies to fight solid tumors, raised $101 million by offering 6.7 million shares at $15, within the range of $14 to $16.", "$14 to $16")]
    [InlineData("RNAi-based drug developer Dicerna Pharmaceuticals priced its upsized IPO at $15 a share, 25 percent above the midpoint of its $11 to $13 target range, to raise $90 million.", "$11 to $13")]
    [InlineData("On Tuesday, SoftBank Group closed trading 1.90% lesser at JPY 4,400 on the Tokyo Stock Exchange.", "JPY 4,400")]
    [InlineData("Twitter shares soared by almost 22 percent, to $22.70, after a report from CNBC said Twitter may soon get a formal acquisition offer.", "$22.70")]
    public void Read_PettySum_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // The same frames with a deal's money keep their reading; a figure cut short before its scale word is not petty.
    [InlineData("Replimune Group Inc. raised $101 million by offering 6.7 million shares at $15, within the range of $14 to $16.", "$101 million", Metric.RoundSize)]
    [InlineData("CRED is already in talks for a $300 million round next and is eyeing a $6.5-billion valuation.", "$6.5-billion", Metric.Valuation)]
    [InlineData("Having invested Rs. 5,655.75 crores (around $750 million) in Jio Platforms earlier this month, US private equity fund, Silver Lake, has now reportedly infused an additional Rs. 4,546.80 (around $600 million) crores into the company.", "$600 million", Metric.Investment)]
    public void Read_DealsMoneyBesideAPettySum_KeepsItsReading(string sentence, string at, Metric metric)
    {
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue108 (http://www.unquote.com/unquote/analysis/2419234/mega-buyout-bonanza-q2s-five-largest-deals), issue105
    // (https://english.alarabiya.net/business/economy/2023/10/19/Abu-Dhabi-wealth-fund-ADQ-to-merge-life-sciences-assets-ahead-of-IPO):
    // a business bought for an enterprise value is a takeover's price (M1), other; at an enterprise value it stays a valuation.
    [InlineData("But it took place in France instead, with Apollo agreeing to buy Verallia, a division of construction group Saint Gobain, for an enterprise value of €2.9bn.", "€2.9bn", null)]
    [InlineData("In August, Pure Health signed an agreement to buy one of the UK’s largest independent hospital operators from Centene Corp. for an enterprise value of about $1.2 billion.", "about $1.2 billion", null)]
    [InlineData("The deal values Jio at an enterprise value of Rs 5.16 lakh crore.", "Rs 5.16 lakh crore", Metric.Valuation)]
    public void Read_BusinessBoughtForAnEnterpriseValue_IsATakeoversPrice(string sentence, string at, Metric? metric)
    {
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue103 (http://www.theedgemarkets.com/article/merge-energy-gets-takeover-offer-88-sen-share-0,
    // https://www.theedgemarkets.com/article/merge-energy-shareholders-advised-reject-mandatory-takeover-offer): the Malaysian sen is a
    // hundredth of the ringgit.
    [InlineData("KUALA LUMPUR: Merge Energy Bhd said it has received a notice of unconditional mandatory takeover offer at 88 sen a share from joint offerors.", "88 sen", 0.88)]
    [InlineData("Lafarge Malaysia Bhd shares rose as much as 44 sen or 13% to RM3.74 so far today.", "44 sen", 0.44)]
    public void Extract_MalaysianSen_IsAHundredthOfARinggit(string sentence, string at, double amount)
    {
        var figure = Assert.Single(FigureExtractor.Extract(sentence), f => f.Text.Contains(at, StringComparison.Ordinal));
        Assert.Equal("MYR", figure.Money.Currency);
        Assert.Equal((decimal)amount, figure.Money.Amount);
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // "Sen." is a senator, and a name is no money.
    [InlineData("Sen. Elizabeth Warren wrote to the company.")]
    [InlineData("Amartya Sen won the prize in 1998.")]
    public void Extract_SenThatIsNoMoney_FindsNoFigure(string sentence)
    {
        Assert.Empty(FigureExtractor.Extract(sentence));
    }

    [Fact]
    public void Extract_PlusBeforeCroreAbbreviation_ReadsTheCrore()
    {
        // issue103 (https://snapchange.io/?p=859).
        var figures = FigureExtractor.Extract("Zepto, not to be outdone, is reportedly prepping a confidential pre-IPO fundraise of $500 Million (₹4,000+ Cr).");
        var crore = Assert.Single(figures, f => f.Text.StartsWith('₹'));
        Assert.Equal("₹4,000+ Cr", crore.Text);
        Assert.Equal(40_000_000_000m, crore.Money.Amount ?? crore.Money.Low);
        Assert.Equal("INR", crore.Money.Currency);
    }

    [Theory]
    // issue102 (https://www.finanznachrichten.de/nachrichten-2025-12/67333631-softbank-completes-dollar-22-5-bln-second-closing-investment-in-openai-ownership-rises-to-11-020.htm,
    // https://www.socialsamosa.com/industry-updates/softbank-completes-40-billion-openai-investment-10961971,
    // https://www.anews.com.tr/tech/2025/12/31/softbank-lifts-openai-stake-to-11-with-41bln-investment): the co-investors' share of a round is
    // their investment, no investor named (M2), even beside SoftBank's.
    [InlineData("Together with an oversubscribed and upsized $11 billion participation from third-party co-investors, the final aggregate commitment of $41 billion has now been fully funded.", "$11 billion")]
    [InlineData("Along with $11.0 billion from other co-investors, the total funding for the round reached $41.0 billion, reflecting what the company described as oversubscribed participation.", "$11.0 billion")]
    [InlineData("The final investment reached $41 billion and includes $30 billion from SoftBank's Vision Fund plus $11 billion from other third-party co-investors, it said.", "$11 billion")]
    public void Read_MoneyFromCoInvestors_IsAnInvestmentWithNoInvestor(string sentence, string at)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Null(figure.Investor);
    }

    [Theory]
    // Money "from investors" with no "other" or "co-" is still the company's round (M5).
    [InlineData("OpenAI raised $6.5 billion from investors at a valuation of $150 billion.", "$6.5 billion")]
    [InlineData("The startup raised $19 million from investors including the Yahoo co-founder Jerry Yang.", "$19 million")]
    public void Read_MoneyFromInvestors_StaysTheRound(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue106 (https://privateequityinternational.com/nea-closes-2-5bn-vc-fund,
    // https://www.venturecapitaljournal.com/u-s-venture-partners-aims-for-1-billion-fund/), issue105
    // (https://timeskuwait.com/news/kia-considers-transferring-supervision-of-7-billion-fund-to-kuwait/): a fund named before its size,
    // its cap and the commitments it received are its size (M10).
    [InlineData("It still holds the record, but the trend indicates it won’t for long—New Enterprise Associates (NEA), for example, just announced a VC fund of $2.5bn, a strong second place by any standard.", "$2.5bn")]
    [InlineData("USVP received nearly $1.5 billion in commitments for the fund and has decided to cap the vehicle at $1 billion, Young said.", "nearly $1.5 billion")]
    [InlineData("USVP received nearly $1.5 billion in commitments for the fund and has decided to cap the vehicle at $1 billion, Young said.", "$1 billion")]
    [InlineData("Bloomberg News Agency reported that the Kuwait Investment Authority is considering transferring supervision of a fund worth $7 billion from its office in London to its headquarters in Kuwait.", "$7 billion")]
    [InlineData("The fund has a hard cap of $500 million.", "$500 million")]
    public void Read_FundNamedBeforeItsSizeOrCap_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // An asset owner's size stays other (M10), and money put into a fund stays the giver's investment.
    [InlineData("Norway's sovereign wealth fund of $1.4 trillion sold shares.", "$1.4 trillion", null)]
    [InlineData("Temasek invested $500 million in a fund of $2 billion.", "$500 million", Metric.Investment)]
    public void Read_AssetOwnerOrMoneyPutIntoAFund_KeepsItsReading(string sentence, string at, Metric? metric)
    {
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue104 (https://forbes40under40.com/index.php/2024/09/12/nuclear-startup-fuse-valued-at-more-than-us200-million-in-new-funding,
    // https://www.energyintel.com/00000188-252b-d5cd-a99b-f7bbf2390000), issue103 (https://dnaindia.com/business/report-acquiring-for-talent-2785707/amp):
    // experts and financiers not named, speaking or spoken of.
    [InlineData("But industry experts say producing commercially viable fusion will require another decade or two of work.", "industry experts")]
    [InlineData("“You have got both infrastructure and technology risk, but just infrastructure returns,” noted one financier, attending last week’s World Hydrogen Summit in Rotterdam.", "one financier")]
    [InlineData("\"Thus acqui-hirings are almost always done by established ventures,\" say experts.", "experts")]
    [InlineData("The valuation is too high, according to experts.", "experts")]
    public void Read_UnnamedExpertsOrFinanciers_AreAnonymous(string sentence, string anonymous)
    {
        Assert.Contains(Anonymous(sentence), a => a.Contains(anonymous, StringComparison.Ordinal));
    }

    [Theory]
    // Experts hired, a firm's experts, and a financier that is a company are no unnamed source.
    [InlineData("The company hired experts to value the stake.")]
    [InlineData("Deloitte experts said the market would recover.")]
    [InlineData("The global financier says in its latest annual report that it had invested a cumulative Sh305 billion in Kenyan firms.")]
    public void Read_ExpertsWhoAreNoSource_AreNotAnonymous(string sentence)
    {
        Assert.False(HasAnonymous(sentence));
    }

    [Theory]
    // issue104 (https://heatmap.news/am/geothermal-fundraising): told through one of its reporters, an unlisted outlet is named.
    [InlineData("“With this funding, we have a six power plant execution plan ahead of us in the next three, four years,” Diego D’Sola, Zanskar’s head of finance, told Heatmap’s Katie Brigham.", "Heatmap")]
    [InlineData("“We are not selling,” the chief executive told Heatmap's Katie Brigham in an interview last week.", "Heatmap")]
    // issue76 (https://benzinga.com/z/45810158): spoken on air.
    [InlineData("What Happened: Executive Chairman Trae Stephens announced the funding milestone during an appearance on Bloomberg Television, revealing that Founders Fund led the round.", "Bloomberg Television")]
    [InlineData("Jensen Huang said on CNBC that demand was strong.", "CNBC")]
    // issue103 (http://www.reuters.com/article/malaysia-tenaga-nasional-ma-idUSL4N0VZ2U620150225): the filing named as written.
    [InlineData("The revised offer was the price Perak Corporation Bhd , the second largest shareholder in Integrax with a 15.74 percent stake, suggested in a local stock exchange filing on Monday.", "local stock exchange filing")]
    public void Read_OutletToldThroughItsReporterOrOnAir_IsANamedSource(string sentence, string outlet)
    {
        Assert.Contains(outlet, Named(sentence));
    }

    [Fact]
    public void Read_CompanyOfItsCountry_IsTheCompany()
    {
        // issue103 (https://vietnamnet.vn/en/vietnamese-brands-attracting-more-japanese-investors-E205791.html): "Unicharm of Japan" is Unicharm, from Japan.
        var figure = Figure("The amount of money is still smaller than the $128 million that Unicharm of Japan spent to buy 95 percent of charter capital of Diana some years ago.", "$128 million");
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal("Unicharm", figure.Investor);
    }

    [Theory]
    // issue108 (https://www.nasdaq.com/articles/spains-state-fund-sepi-mulls-buying-stake-in-telefonica): a numbered exchange code after a name is no name of its own.
    [InlineData("The possible acquisition by the Spanish state comes after Saudi Arabia's telecom company STC 7010.SE built a 9.9% stake in Telefonica worth 2.1 billion euros ($2.23 billion) in September.", "2.1 billion euros", "STC")]
    [InlineData("Tencent 0700.HK invested $100 million in the startup.", "$100 million", "Tencent")]
    [InlineData("Samsung Electronics 005930.KS bought a 10% stake in the chip designer for $50 million.", "$50 million", "Samsung Electronics")]
    public void Read_NumberedExchangeCodeAfterAName_LeavesTheName(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    // issue105 (https://bebeez.eu/2025/02/03/softbank-launches-an-ai-project-in-japan-with-openai-which-also-starts-a-40-billion-round),
    // issue66 (https://www.techrepublic.com/article/news-mistral-ai-asml-series-c-funding/): the round's owner receives the money (V2);
    // whoever leads the round puts it in.
    [InlineData("Following recent days rumours Softbank said it could lead Open AI’s new round with an investment of 25 billion US Dollars.", "25 billion US Dollars", "Softbank")]
    [InlineData("ASML, the Dutch provider of advanced lithography machines, led Mistral AI’s latest investment round by putting in €1.3 billion of a €1.7 billion raise, making it the startup’s top shareholder.", "€1.3 billion", "ASML")]
    [InlineData("Sequoia will lead Stripe's new round with an investment of $500 million.", "$500 million", "Sequoia")]
    public void Read_LeadingARoundOwnedByItsCompany_NamesTheLeaderNotTheOwner(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    // Names that hold "of" and a place stay whole.
    [InlineData("Industrial Bank of Korea invested $10 million in the startup.", "Industrial Bank of Korea")]
    [InlineData("Bank of America invested $10 million in the startup.", "Bank of America")]
    [InlineData("Government of Singapore Investment Corp invested $10 million in the startup.", "Government of Singapore Investment Corp")]
    public void Read_NameHoldingOfAPlace_StaysWhole(string sentence, string investor)
    {
        Assert.Equal(investor, Figure(sentence, "$10 million").Investor);
    }

    [Theory]
    // issue103 (the Indian wires' IPO subscription copy): data available with an exchange names the exchange.
    [InlineData("The issue received bids for over 3.08 crore shares representing 1.36 times the offer size of 2.27 crore shares, as per the data available with the National Stock Exchange.", "National Stock Exchange")]
    [InlineData("The IPO received bids for 1,16,935 shares against the issue size of 90,60,197 shares, reflecting a subscription of 0.01 times, latest data available with the NSE showed.", "NSE")]
    public void Read_DataAvailableWithAnExchange_NamesTheExchange(string sentence, string exchange)
    {
        Assert.Contains(exchange, Named(sentence));
    }

    [Fact]
    public void Read_DataAvailableWithNoProvider_IsNoSource()
    {
        Assert.Empty(Named("More data available on the website shows growth."));
    }

    [Theory]
    // A company's executive told something is no outlet; a programme shown on air names no source.
    [InlineData("He told Microsoft's Satya Nadella that the deal was off.")]
    [InlineData("The ads ran on CNBC last year.")]
    public void Read_PersonToldOrShownWithNoReporting_IsNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }
}
