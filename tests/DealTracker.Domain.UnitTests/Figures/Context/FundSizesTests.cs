using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A fund's size is a round size, an asset owner's size is other (conventions M5 and M10; MetricRules.FundSizes.cs). Rows: corpus
/// sentences of the blind fund-size relabel (docs/issue-reading/relabels/fund-sizes.tsv), generated frames (managers × amounts) and
/// counter-examples: a sovereign wealth or pension fund's size, a fund too big to have been raised, money put into a fund, and a
/// bracketed figure before another fund's name.
/// </summary>
public sealed class FundSizesTests
{
    private static readonly string[] _managers = ["Samsung", "Index Ventures", "Toyota"];
    private static readonly string[] _amounts = ["$150 million", "€350m", "20 billion won"];

    public static TheoryData<string, string> FundSizes => EveryFrameWithEveryNameAndAmount(
    [
        "Last year, {0} launched a {1} global VC fund via its incubation unit.",
        "{0} has today announced a new {1} fund as it looks to expand its portfolio.",
        "{0} intends to set up a {1} corporate venture capital fund, its chairman said on Tuesday.",
        "The company will invest from the {1} Innovate in India fund run by {0}.",
        "{0} invested in the startup's {1} fund-raiser in May.",
    ], _managers, _amounts);

    public static TheoryData<string, string> NotAFundSize => EveryFrameWithEveryNameAndAmount(
    [
        "{0} committed {1} to the fund.",
        "{0} plans to invest {1} in the new fund, the person said.",
        "{0} wired {1} through the Vision Fund 2.",
    ], _managers, _amounts);

    [Theory]
    [MemberData(nameof(FundSizes))]
    // blind12 (the fund-size relabel): a corporate's new venture fund.
    [InlineData("Last year, Samsung Electronics launched a $150 million global VC fund via its incubation and acceleration unit Samsung Next.", "$150 million")]
    // blind2: the size of a named fund others put money into.
    [InlineData("United Arab Emirates-based sovereign wealth fund Mubadala Development Co is mulling an investment of between $10bn and $15bn in telecommunications group SoftBank’s $100bn Vision Fund, Bloomberg has reported.", "$100bn")]
    // blind52: a small link word inside the fund's name.
    [InlineData("ANSR was the first company Infosys had backed from its $250 million Innovate in India fund.", "$250 million")]
    // blind16 (set by M10 after a second reader read it as Aramco's own investment): a company's own venture fund.
    [InlineData("Aramco already invests in startups and high-growth firms in the energy space via its $500 million Saudi Aramco Energy Ventures fund and the Aramco Entrepreneurship Center.", "$500 million")]
    // blind: a fund's size after another figure put into it.
    [InlineData("Carmaker Dongfeng Motor has pumped $91m into a $243m investment fund.", "$243m")]
    // blind2: a conversion in brackets between the figure and the fund.
    [InlineData("A Singapore sovereign wealth fund is expected to be the lead investor in a $6 billion (€4.1 billion) fund that TPG, the private equity firm, is raising to invest in troubled financial firms.", "$6 billion")]
    // blind (the relabel): the fund named before its size.
    [InlineData("In 2017, SoftBank launched the Vision Fund, a nearly $100 billion vehicle targeted at disruptive sectors like artificial intelligence.", "$100 billion")]
    // blind40: a fund-raise an investor joined is its round, not the investor's money.
    [InlineData("Google, meanwhile, helped pioneer this branch of AI and in May invested in Anthropic’s US$450 million fund-raiser, in a relationship the start-up said is not going away.", "US$450 million")]
    public void Read_FundsSize_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // blind43 (the relabel): a sovereign wealth fund's size.
    [InlineData("The $700 billion sovereign wealth fund is coordinating with Morgan Stanley to come up with a potential offer to invest in Saudi Binladin Group, the news agency said.", "$700 billion")]
    // blind: a pension fund's size.
    [InlineData("The $337.1bn pension fund is also investing an additional $247m to finance ReNew Power’s acquisition of Ostro Energy Private.", "$337.1bn")]
    // blind29: a state-owned fund.
    [InlineData("Norway’s $870 billion state-owned fund is coping with the fallout from a parliamentary vote on June 5.", "$870 billion")]
    // blind52: a fund bigger than any ever raised is an asset owner's size.
    [InlineData("Khaldoon al-Mubarak, chief executive, said the change in strategy of the $232 billion fund would mean more sales in “traditional commodity sectors”.", "$232 billion")]
    // issue84: a public recovery fund.
    [InlineData("Tuesday’s issue is the first of an expected €250bn of green bonds, making up about a third of the bloc’s €800bn Covid-19 recovery fund.", "€800bn")]
    public void Read_AssetOwnersSize_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(NotAFundSize))]
    // blind2: money put into a fund is the giver's.
    [InlineData("Apple, for example, confirmed earlier this month that it plans to invest $1 billion (£800 million) in the fund.", "$1 billion")]
    // blind59: a figure in brackets after one investor, before another investor's fund name.
    [InlineData("Apart from MC Global, eight other investors, including B Capital ($77 million), Baron Emerging Market Fund ($80 million) and TCDS India ($14 million), have pumped money in.", "$77 million")]
    public void Read_MoneyPutIntoAFund_IsNotItsSize(string sentence, string at)
    {
        Assert.NotEqual(Metric.RoundSize, Figure(sentence, at).Metric);
    }
}
