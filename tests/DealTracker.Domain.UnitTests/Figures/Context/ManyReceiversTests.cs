using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Money a crowd of companies took in, or money spread over many deals, is a total, other (convention M4; MetricRules.ManyReceivers.cs).
/// Rows: corpus sentences the rule was written from (their set named above each), generated frames (crowds × amounts) and
/// counter-examples: one company described as one of many, companies told of before, a one-round threshold, one investor's money into
/// a counted number of companies.
/// </summary>
public sealed class ManyReceiversTests
{
    private static readonly string[] _crowds = ["African startups", "U.K. biotechs", "Five Irish start-ups", "Hardware companies"];
    private static readonly string[] _amounts = ["$3.2 billion", "£350 million", "Rs 2,000 crore"];

    public static TheoryData<string, string> CrowdsReceiving => EveryFrameWithEveryNameAndAmount(
    [
        "{0} raised {1} in 2024, down from the year before.",
        "{0} have collectively raised a combined {1} in funding from the European Commission.",
        "In the first half, {0} received about {1} in venture capital.",
        "{0} — in large part due to AI infrastructure — raised {1}.",
        "{0} in Southeast Asia attracted {1} last quarter, per Crunchbase.",
    ], _crowds, _amounts);

    public static TheoryData<string, string> SpreadOverMany => EveryFrameWithEveryNameAndAmount(
    [
        "{0} raised a record {1} in 264 financing rounds, according to a study by EY.",
        "In 2024, approximately {1} was invested across 95 funding rounds, {0} said.",
        "{0} has already raised {1} in three deals over the past weeks.",
    ], ["Jio", "Arctos", "Partech"], _amounts);

    [Theory]
    [MemberData(nameof(CrowdsReceiving))]
    // issue82 (https://www.fiercebiotech.com/ …): a country's biotechs' year.
    [InlineData("The final tally shows U.K. biotechs raised £3.5 billion (US$4.35 billion) in 2024, a stonking 93% more than in 2023.", "£3.5 billion")]
    // blind63: a sector's companies, a dashed aside between them and their verb.
    [InlineData("Hardware companies — in large part due to AI infrastructure and semiconductor fundings — raised $11 billion.", "$11 billion")]
    // blind38: counted start-ups' combined grants.
    [InlineData("Five Irish start-ups have received a combined €20.5 million in funding from the European Commission.", "€20.5 million")]
    // blind49: a continent's startups.
    [InlineData("It is to be noted that African startups accrued USD 1.19 billion in investment, more than that raised in the first half of 2019 and 2020 combined.", "USD 1.19 billion")]
    public void Read_CrowdOfCompaniesTakesMoneyIn_IsOther(string sentence, string at)
    {
        var figure = Figure(sentence, at);

        Assert.Null(figure.Metric);
        Assert.Null(figure.Investor);
    }

    [Theory]
    [MemberData(nameof(SpreadOverMany))]
    // issue82: a year's money over counted rounds.
    [InlineData("In 2024, approximately USD514.7 million was invested across 95 funding rounds, with an average ticket size of USD1.7 million per start-up.", "approximately USD514.7 million")]
    // blind64: an industry's year over counted transactions.
    [InlineData("The biopharmaceutical industry will have raised $24 billion in venture capital funding across approximately 840 transactions by the end of 2023.", "$24 billion")]
    public void Read_MoneySpreadOverManyDeals_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    /// <summary>Counter-examples: one company described as "one of the hottest startups", companies told of before, a one-round threshold.</summary>
    [Theory]
    // blind: Anthropic, one of many startups, raised its own round.
    [InlineData("Last May, Anthropic, one of the world's hottest ai startups, raised $450 million from investors including Google and Salesforce.", "$450 million")]
    [InlineData("The two companies raised $300 million in a joint round led by Sequoia.", "$300 million")]
    // blind26: a threshold of one round, not the crowd's total.
    [InlineData("Before 2021, just eight African startups had raised $100 million or more in a single round.", "$100 million")]
    public void Read_OneCompanyOrOneRound_StaysARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    /// <summary>Counter-examples: one investor's money into a counted number of companies or projects is its plan, an investment (convention M2).</summary>
    [Theory]
    [InlineData("Intel Capital will invest €300 million in 15 startups over the next three years.", "€300 million")]
    // blind44: an asset manager into two companies.
    [InlineData("The Toronto-based asset manager Brookfield said on Tuesday it would invest $1.4-billion (U.S.) in two renewable-energy companies.", "$1.4-billion")]
    // blind31: an investor into four projects.
    [InlineData("Allianz announced plans to invest $240 million in four residential projects of real estate developer Prestige Group.", "$240 million")]
    public void Read_OneInvestorIntoAFewCompanies_StaysAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }
}
