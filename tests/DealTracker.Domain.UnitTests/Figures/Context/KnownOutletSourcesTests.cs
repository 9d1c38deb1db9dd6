using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Known outlets in a reporting role that no other source rule read (<c>SourceRules.KnownOutletSources</c>), and outlets credited in
/// brackets at the end of a sentence. Corpus misses first (blind25, blind29, blind30, blind31, blind33), then sentences that must stay
/// without that outlet as a source.
/// </summary>
public sealed class KnownOutletSourcesTests
{
    [Theory]
    [InlineData("The investments primarily targeted companies developing core AI technologies that often require substantial computing infrastructure, reported the Financial Times on Wednesday.", "Financial Times")]
    [InlineData("Mohammed Al-Sowaidi, the new CEO of the Qatar Investment Authority, stated to the Financial Times that he expects to pursue \"larger deals\" and invest \"more frequently\".", "Financial Times")]
    [InlineData("\"Sanabil invested at our Series B indeed,\" said Mistral cofounder Arthur Mensch in a statement to Forbes.", "Forbes")]
    [InlineData("SoftBank’s intention to launch Vision Fund 2 was first reported earlier this week by The Wall Street Journal.", "The Wall Street Journal")]
    [InlineData("The Wall Street Journal was among the first to report on this planned financing.", "The Wall Street Journal")]
    [InlineData("When contacted by Reuters for comment by email, xAI replied with the message, 'Legacy Media Lies.'", "Reuters")]
    [InlineData("However, sources quoted by the Wall Street Journal suggest that Broadcom's chips are not intended to compete directly with NVIDIA.", "The Wall Street Journal")]
    // An early general-rules test had this as no source; the written convention ("a spokesperson told Reuters" names Reuters) and the
    // corpus ("in a statement to Forbes") make the outlet spoken to a source.
    [InlineData("Mubadala said in an email to Reuters that it liked the deal.", "Reuters")]
    // Outside the corpus.
    // https://itismycall.blogspot.com/2011/02/jp-morgan-fund-in-talks-to-take-twitter.html (The Wall Street Journal)
    [InlineData("Besides the potential deal with Twitter, which was reported earlier by the Financial Times, the J.P. Morgan fund could also be interested in online gaming firm Zynga Inc., which is in discussions to raise nearly $500 million from institutional investors, one of the people familiar with the matter said.", "Financial Times")]
    [InlineData("J.P. Morgan said in a regulatory filing last week that it had raised $1.2 billion for the new fund, much more than the initial target of between $500 million and $750 million reported by The Wall Street Journal.", "The Wall Street Journal")]
    // https://newsletterest.com/message/134082/Musks-machinations-Spotifys-latest-acquisition-and-Champagne-in-space-Cest-possible
    [InlineData("Before it was discovered on Monday that Elon Musk's original bid to own Twitter is back on the table, his representatives spoke with Twitter several times about redoing the deal at a lower price, reports the New York Times.", "The New York Times")]
    // https://gcxinc.com/tesla-ceo-elon-musk-to-unveil-a-1-billion-electric-car-manufacturing-plant/
    [InlineData("Musk told the Wall Street Journal that the plant would also produce vehicles for Tesla’s electric truck and van fleet.", "The Wall Street Journal")]
    // https://speedlux.com/saudi-arabias-pif-interested-bankrolling-tesla-buyout
    [InlineData("Reuters on Wednesday noted that SoftBank was not presently pursuing a deal for Tesla because of its investment previously this year in rival GM Cruise.", "Reuters")]
    // https://nexchangenow.com/news/smart-cities/69003/softbank-invests-940m-in-an-autonomous-delivery-startup
    [InlineData("SoftBank Chief Executive Masayoshi Son – who has never been shy about making big, splashy bets – has just made another one: SoftBank is investing a staggering $940 million through its Vision Fund in Nuro, a robotic-delivery startup, as the Wall Street Journal reported and Nuro confirmed on Twitter.", "The Wall Street Journal")]
    // https://staging.globalventuring.com/google-voices-interest-in-mobvoi
    [InlineData("Sequoia Capital and ZhenFund invested $1.6m in Mobvoi in 2012 before being joined by SIG for a $10m series B round in February 2014, but the company told TechCrunch it had previously raised additional funding that had not been disclosed.", "TechCrunch")]
    // https://business-standard.com/amp/article/markets/hdfc-shares-fall-2-after-block-deals-112020100112_1.html
    [InlineData("The buyers of the shares include domestic as well as foreign investors, Mistry told Reuters.", "Reuters")]
    // https://economictimes.indiatimes.com/markets/stocks/news/sula-vineyards-shares-plunge-8-on-block-deals/articleshow/107810335.cms
    [InlineData("The news was reported by ET Now and the stock prices plunged sharply.", "ET Now")]
    // https://tekmono.com/?p=1132
    [InlineData("Bloomberg had previously reported on the talks between the two companies.", "Bloomberg")]
    // https://www.hedgeco.net/news/04/2023/alibaba-shares-tumble-after-softbank-reportedly-sells-most-of-its-stake.html (CNBC)
    [InlineData("SoftBank has sold roughly $7.2 billion worth of shares in the Chinese ecommerce giant via prepaid forward contracts, according to an analysis of the corporate filings by The Financial Times, published on Wednesday.", "Financial Times")]
    // http://www.midstreambusiness.com/investors-led-canadas-brookfield-purchase-stake-petrobras-gas-pipeline-unit-1364746
    [InlineData("Reuters had reported on Sept. 6 details of the accord that the investor group struck with Petrobras.", "Reuters")]
    public void Read_KnownOutletInAReportingRole_IsANamedSource(string sentence, string outlet)
    {
        Assert.Contains(outlet, Named(sentence));
    }

    [Theory]
    // Two rules read the same words: the source is listed once.
    [InlineData("The Ken reported that the startup raised $5 million.")]
    [InlineData("TechCrunch reported that the startup raised $5 million.")]
    public void Read_OutletReadByTwoRules_IsListedOnce(string sentence)
    {
        var sources = ContextReader.Read(sentence, FigureExtractor.Extract(sentence)).Sources;

        Assert.Single(sources);
    }

    [Theory]
    [InlineData("The startup was previously valued at around €5 billion after a €450 million Series C round led by General Catalyst in 2023 (Reuters, Sifted).", new[] { "Reuters", "Sifted" })]
    [InlineData("It has reached 59% of Brazil’s adult population, largely through product-led virality and a world-class user experience (Reuters).", new[] { "Reuters" })]
    public void Read_OutletsCreditedInEndBrackets_AreNamedSources(string sentence, string[] outlets)
    {
        Assert.Equal(outlets, Named(sentence));
    }

    [Theory]
    // Asked for comment: no source.
    [InlineData("Nvidia declined to comment when contacted by Reuters.")]
    [InlineData("Apple did not respond to a Reuters request for comment.")]
    // A party's own statement, shared with an outlet.
    [InlineData("Russell will buy a majority stake in Forbes Global Media Holdings in a deal that values the publisher at nearly $800 million, according to a statement shared with Reuters on Friday.")]
    // An outlet as the subject of the news, not its source.
    [InlineData("Our CEO simply smiled, but another source told us that Business Insider was raising “something closer to $5 million than $10 million.”")]
    [InlineData("Driving the news: Axios on Monday told staffers in an internal note that the company raised a series D funding round.")]
    // A dateline and a bracket that is no credit.
    // A party that happens to own an outlet's name, speaking for itself.
    [InlineData("Bloomberg LP said it would invest $10 million.")]
    [InlineData("NEW YORK (Reuters) - The startup raised $5 million in a round led by Acme Ventures (a unit of Acme).")]
    // Outside the corpus.
    // https://ukpropertyguides.com/tag/tmt/ (Reuters)
    [InlineData("Dye & Durham and TM Group did not immediately respond to Reuters requests for comments.")]
    // https://www.reuters.com/article/aldar-stocks-int/alpha-dhabi-unit-buys-953-million-stake-in-aldar-from-mubadala-idUSKBN2BN0UK
    [InlineData("DUBAI (Reuters) - Abu Dhabi state fund Mubadala has sold a 3.5 billion dirham ($953 million) stake in property developer Aldar to a subsidiary of investment firm Alpha Dhabi Holding, the fund said in a statement on Wednesday.")]
    // https://www.bnnbloomberg.ca/mubadala-seizes-on-144-stock-rally-to-sell-stake-in-top-builder-1.1584789
    // https://whtc.com/?p=395375
    [InlineData("SHANGHAI (Reuters) -Berkshire Hathaway Inc, the investment firm owned by Warren Buffett, has sold 1.33 million Hong Kong-listed shares of BYD, the biggest Chinese electric-vehicle maker, for around HK$370 million ($47.15 million), according to a filing.")]
    [InlineData("(Bloomberg) -- Abu Dhabi wealth fund Mubadala Investment Co. sold a $950 million stake in Aldar Properties PJSC, cashing in on a surge in the developer’s shares after it was awarded contracts worth billions of dollars.")]
    public void Read_OutletNotReporting_IsNoSource(string sentence)
    {
        Assert.DoesNotContain(Named(sentence), n => n is "Reuters" or "Business Insider" or "Axios" or "Acme" or "Bloomberg" or "Bloomberg LP");
    }

    [Theory]
    // blind37 miss: a body whose name opens with a place and has a body's word inside it.
    [InlineData("More than 30 per cent of funding rounds in the region are attributed to start-ups headquartered in Dubai, according to a new report by Dubai Chamber of Digital Economy.", "Dubai Chamber of Digital Economy")]
    // blind37 miss: a listed outlet whose first word starts no name on its own.
    [InlineData("At the time, India was home to just three unicorns — InMobi, Flipkart, and MuSigma, according to Venture Intelligence data.", "Venture Intelligence")]
    // blind37 misses: the outlet unnamed people told or informed.
    [InlineData("Paytm is aiming to list around Diwali, sources informed CNBC-TV18.", "CNBC-TV18")]
    [InlineData("The Singapore Exchange is said to be seeking an anchor investor, and sources tell DealStreetAsia that Temasek is set to be tasked with the role.", "DealStreetAsia")]
    public void Read_BodyOrOutletNamedWhole_IsANamedSource(string sentence, string source)
    {
        Assert.Contains(source, Named(sentence));
    }

    [Fact]
    public void Read_PlaceThenCapitalisedWordsWithNoBodyWord_IsNoBody()
    {
        Assert.DoesNotContain(Read("Dubai Digital Economy Week drew $2 billion in pledges.").Organisations, o => o.Name.StartsWith("Dubai", StringComparison.Ordinal));
    }
}
