using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Grants, subsidies and state aid are other, not an investment or a round (convention M6; MetricRules.PublicMoney.cs). Rows: corpus
/// sentences the rule was written from (their set named above each), generated frames (companies × amounts) and counter-examples: a
/// state that invests or buys shares, a state fund, money from companies.
/// </summary>
public sealed class PublicMoneyTests
{
    private static readonly string[] _companies = ["Rapidus", "Samsung", "Northvolt"];
    private static readonly string[] _amounts = ["300 billion yen", "$4.75 billion", "€620 million"];

    public static TheoryData<string, string> PublicMoney => EveryFrameWithEveryNameAndAmount(
    [
        "{0} received {1} in US Chips Act funding last December.",
        "The government will extend {1} in subsidies to {0}.",
        "{0} won an additional subsidy of {1} for a new factory.",
        "Japan's Industry Ministry is finalizing a plan to give {0} an additional {1} to fund a plant.",
        "The US Department of Energy provided {1} to {0} in 2024.",
        "{0} had previously received funding of {1} from the government.",
        "The government will offer up to {1} to {0} in additional financial aid.",
    ], _companies, _amounts);

    public static TheoryData<string, string> StateInvesting => EveryFrameWithEveryNameAndAmount(
    [
        "The Japanese government will provide {1} to {0} for new shares.",
        "{0} announced a {1} investment from the Trump Administration.",
        "The government supplied {1} to {0}, becoming its top shareholder.",
        "{0} acquired a 10% stake in Kioxia for {1} from the Japanese government.",
    ], _companies, _amounts);

    [Theory]
    [MemberData(nameof(PublicMoney))]
    // issue81 (https://www.tomshardware.com/ …): Chips Act money a plant received.
    [InlineData("The Taylor plant, which received $4.75 billion in US Chips Act funding last December, had struggled to secure major clients.", "$4.75 billion")]
    // issue81: a ministry's plan to give a chipmaker money for a plant.
    [InlineData("TOKYO (Reuters] - Japan's Industry Ministry is finalizing a plan to give state-backed chipmaker Rapidus an additional 300 billion yen ($2.27 Billion) to fund the construction of a semiconductor plant on the northern island Hokkaido.", "300 billion yen")]
    // issue81: funding received from the government.
    [InlineData("Rapidus, which selected Chitose near Sapporo in February as the location for its chip factory, had previously received funding of 70 billion yen from the government.", "70 billion yen")]
    // issue76: financial aid offered.
    [InlineData("Japan’s industry minister said Tuesday the government will offer up to 590 billion yen ($3.9 billion) to domestic chip venture Rapidus Corp. in additional financial aid.", "up to 590 billion yen")]
    // issue82: a department's money to firms.
    [InlineData("The US Department of Energy provided $46 million to eight private fusion firms in 2024.", "$46 million")]
    public void Read_GrantSubsidyOrStateAid_IsOther(string sentence, string at)
    {
        var figure = Figure(sentence, at);

        Assert.Null(figure.Metric);
        Assert.Null(figure.Investor);
    }

    /// <summary>Counter-examples: a state buying shares or investing is an investor (convention M2).</summary>
    [Theory]
    [MemberData(nameof(StateInvesting))]
    // issue68: an investment from an administration.
    [InlineData("In August, Intel also announced an $8.9 billion investment from the Trump Administration.", "$8.9 billion")]
    // blind33: money that makes the government a shareholder.
    [InlineData("The government supplied 100 billion yen and 32 companies 167.6 billion yen to the Tokyo-based company, with the government becoming the top shareholder.", "100 billion yen")]
    public void Read_StateBuyingShares_StaysAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    /// <summary>Counter-examples: a state investment company and a state-backed fund are investors; money from companies is a round.</summary>
    [Theory]
    [InlineData("GIC, the Government of Singapore Investment Corp, provided $500 million to the startup in its Series D round.", "$500 million", "GIC")]
    public void Read_StateFundGives_StaysAnInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }
}
