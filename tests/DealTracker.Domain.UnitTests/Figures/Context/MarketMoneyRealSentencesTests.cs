using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Real sentences of market money from outside the corpus (each with its address): a market's or a period's totals, averages and
/// changes, a fund's assets under management, market capitalisation, a fortune, a product's price (other); and beside them one
/// company's round (roundSize). Before the market-money sweep 13 of the 16 read right ("an investment of nearly $1 billion across 115 … transactions" and the two figures of "funding for young local firms fell to" missed); after it all do.
/// </summary>
public sealed class MarketMoneyRealSentencesTests
{
    [Theory]
    // http://123.123.enodoworks.com/?p=1023988
    [InlineData("Indian startups notched up an investment of nearly $1 billion across 115 private equity and venture capital transactions in September, recording a drop of 17% over August as macro headwinds continued to pose fundraising challenges, according to proprietary data compiled by DealStreetAsia.", "$1 billion", "Other")]
    [InlineData("It was only in August that the deal-making witnessed a marginal improvement with startups raking in a total of $1.2 billion across 113 transactions.", "$1.2 billion", "Other")]
    // http://staging.wamda.com/index.php/2022/10/mena-startups-raised-173-million-september-2022
    [InlineData("Startups in Mena raised $173 million across 51 deals as investment levels continue to decline this year.", "$173 million", "Other")]
    // https://www.moneycontrol.com/news/technology/fintech-startup-investors-shun-asia-in-2019-flock-to-americas-and-europe-4772111.html
    [InlineData("Globally, the total funding for technology startups this year dipped by 22 percent to USD 293 billion from USD 375 billion in 2018, with a 27 percent drop in deals.", "USD 293 billion", "Other")]
    [InlineData("Globally, the total funding for technology startups this year dipped by 22 percent to USD 293 billion from USD 375 billion in 2018, with a 27 percent drop in deals.", "USD 375 billion", "Other")]
    // https://www.medianama.com/2021/05/223-indian-startups-funding-2021/
    [InlineData("Indian startups have raised a total of $7.8 billion between January and April this year, the Economic Times reported.", "$7.8 billion", "Other")]
    // https://thenationalnews.com/business/start-ups/2022/07/16/start-ups-in-mena-pakistan-and-turkey-raise-record-5bn-in-h1-report-says
    [InlineData("Total funding secured by Mena start-ups more than doubled to about $864m in the first quarter of 2022, with the number of deals rising by 16 per cent, according to Magnitt.", "$864m", "Other")]
    [InlineData("Turkey recorded an average fund round of $13.9m, while the mean fund size in Mena went up to $8.2m with three mega deals closed by cryptocurrency platform Rain, F&B start-up Foodics and Pure Harvest and more than 20 deals of more than $20m.", "$13.9m", "Other")]
    // http://www.cnbc.com/id/39194553/page/2
    [InlineData("According to the rankings, the largest US fund is the Alaska Permanent Fund, with assets under management of $34.94 billion, which ranks it 17th in the world, overseeing only a small fraction of the assets compared to the world's biggest.", "$34.94 billion", "Other")]
    // https://kenyapolls.com/nairobi-startups-receive-investment-from-international-funds
    [InlineData("Kenyan startups have secured a record KSh 82.5 billion in venture capital funding during the first three quarters of 2024, positioning the country as Africa's leading destination for startup investment.", "KSh 82.5 billion", "Other")]
    // https://www.businessdailyafrica.com/bd/markets/capital-markets/kenyan-start-up-funding-declined-sh15bn-in-2021-3678982
    [InlineData("Data from American online platform Substack shows that funding for young local firms fell to $411 million (Sh46.5 billion) last year from $549 million (Sh62.2 billion) in 2020.", "$411 million", "Other")]
    // https://www.laitimes.com/en/article/6t2ba_79elo.html
    [InlineData("Nvidia has a market capitalization of $2.6 trillion, which is equivalent to the combined market capitalization of two Metas, three Berkshire Hathaways, or five ExxonMobils.", "$2.6 trillion", "Other")]
    // https://www.businesslive.co.za/bloomberg/news/2023-01-27-nvidias-jensen-huang-profits-hugely-from-chatgpts-popularity/
    [InlineData("Jensen Huang has seen his fortune climb 33% in 2023 to $18.4bn, a larger percentage gain than any other US billionaire, according to the Bloomberg Billionaires Index.", "$18.4bn", "Other")]
    // https://www.sherwood.news/tech/companies-hoarding-nvidia-gpu-chips-meta-tesla
    [InlineData("Each Nvidia H100 can cost up to $40,000, and one big tech company has 350,000 of them.", "$40,000", "Other")]
    // http://iafrica.com/2020-saw-another-few-great-leaps-forward-for-kenyas-tech-startup-ecosystem/ (one company's round keeps its metric)
    [InlineData("Logistics startup Sendy raised a US$20 million funding round to help it expand across Africa, agri-tech startup Twiga Foods secured US$29.4 million in debt funding from the International Finance Corporation (IFC), and B2B e-commerce platform Sokowatch raised US$14 million in Series A funding as it continues its rapid expansion across the continent.", "US$14 million", "RoundSize")]
    // http://staging.wamda.com/index.php/2022/10/mena-startups-raised-173-million-september-2022
    [InlineData("Nonetheless, Saudi Arabia-based truck aggregator TruKKer, managed to secure one of the largest funding rounds this year, raising $100 million in a pre-IPO round led by Bahrain's Investcorp.", "$100 million", "RoundSize")]
    public void Read_RealMarketMoneySentence_FigureTakesItsMetric(string sentence, string at, string metric) =>
        Assert.Equal(metric, Figure(sentence, at).Metric?.ToString() ?? "Other");
}
