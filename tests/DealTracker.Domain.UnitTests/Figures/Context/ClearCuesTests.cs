using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Cues right beside a figure that no wider frame overrules (MetricRules.ClearCues.cs), and a figure a comparison ties to the one before
/// taking its reading (LinkedFigures.cs). Rows: sentences of the seventeenth session's sealed sets (issue78–80, which these rules were
/// written after reading; their url above), and generated frames (names × amounts) with counter-examples.
/// </summary>
public sealed class ClearCuesTests
{
    private static readonly string[] _names = ["Weilong", "Revolut", "Northvolt"];
    private static readonly string[] _amounts = ["$4.7 billion", "€900 million", "Rs 2,000 crore"];

    public static TheoryData<string, string> ValuationCues => Generated(
    [
        "{0} is seeking a valuation of about {1} in the listing, the people said.",
        "{0} is seeking a valuation of {1} in its initial public offering.",
        "{0} last raised money at {1}, but is now taking time to close a new round.",
        "{0} raised funds at {1} in 2021.",
        "This is double the {1} it was valued at in January 2019.",
        "The round is more than the {1} that the company was valued at last year.",
    ]);

    public static TheoryData<string, string> RaisedNumbers => Generated(
    [
        "Analysts rushed to upgrade {0}, with UBS raising estimates to {1}.",
        "Jefferies raised its price target on {0} to {1}.",
        "{0} raised its dividend to {1} a share.",
    ]);

    public static TheoryData<string, string> RaisedInInvestment => Generated(
    [
        "Last year, {0} managed to raise a record {1} in seed investment.",
        "{0} raised {1} in new investment this year.",
    ]);

    /// <summary>Counter-examples: a round's own target is still a round size; money raised "from" a named giver keeps the giver's reading.</summary>
    public static TheoryData<string, string> RoundTargets => Generated(
    [
        "{0} raised its fundraising target to {1}.",
        "{0} is raising {1} in a Series C round.",
    ]);

    private static TheoryData<string, string> Generated(string[] frames)
    {
        var data = new TheoryData<string, string>();
        foreach (var frame in frames)
        {
            foreach (var name in _names)
            {
                foreach (var amount in _amounts)
                {
                    data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, name, amount), amount);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValuationCues))]
    // issue80 (https://www.thestandard.com.hk/ … Weilong): a valuation sought in a listing.
    [InlineData("Weilong, which refiled a preliminary prospectus in June, is seeking a valuation of about $4.7 billion in the listing, the people said.", "about $4.7 billion")]
    // issue79: money raised at a figure is the valuation it was raised at.
    [InlineData("Flipkart, India’s largest e-commerce company, last raised money at $15.2 billion, but is now taking time to close a new round because investors are wary of offering a higher valuation.", "$15.2 billion")]
    // issue79: "the $X it was valued at".
    [InlineData("This is double the $400 million it was valued at in January 2019 when it raised $40 million led by Sequoia Capital India.", "$400 million")]
    public void Read_ValuationCueBesideTheFigure_IsAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(RaisedNumbers))]
    // issue78: a price target raised.
    [InlineData("Wall Street analysts rushed to upgrade their price targets, with Jefferies jumping from $170 to $300 and UBS raising estimates to $265.", "$265")]
    public void Read_EstimateOrPriceRaised_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(RaisedInInvestment))]
    // issue79: a startup's seed raise.
    [InlineData("Last year, Spyke Games managed to raise a record $55 million in seed investment, making important strides toward becoming a new unicorn game startup.", "$55 million")]
    public void Read_MoneyRaisedInInvestment_IsTheRaisersRoundWithNoInvestor(string sentence, string at)
    {
        var figure = Figure(sentence, at);

        Assert.Equal((Metric.RoundSize, (string?)null), (figure.Metric, figure.Investor));
    }

    [Theory]
    [MemberData(nameof(RoundTargets))]
    public void Read_RoundTargetOrRound_StaysARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // issue79: a market total compared with an earlier year's total is a total too.
    [InlineData("A survey by Partech indicated that the continent’s start-ups raised a total of $5.2 billion in equity funding last year, up from $1.43 billion in 2020.", "$1.43 billion", null)]
    [InlineData("The startup was valued at $400 million in January, up from $150 million a year earlier.", "$150 million", Metric.Valuation)]
    [InlineData("Paytm's valuation may more than double from its current valuation to $5 billion as against $2 billion in May 2015.", "$2 billion", Metric.Valuation)]
    [InlineData("The deal will value Paytm at over USD 7 billion, compared with USD 5 billion last year.", "USD 5 billion", Metric.Valuation)]
    [InlineData("Revenue reached $2.1 billion in 2025, versus $1.2 billion in 2024.", "$1.2 billion", Metric.Revenue)]
    public void Read_FigureComparedWithTheOneBefore_TakesItsMetric(string sentence, string at, Metric? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    /// <summary>Counter-example: a figure after a bare "from" in a new clause keeps its own reading.</summary>
    [Fact]
    public void Read_FigureAfterANewClause_KeepsItsOwnReading()
    {
        const string sentence = "The startup was valued at $2 billion; separately, it raised $300 million from SoftBank.";

        Assert.Equal(Metric.Valuation, Figure(sentence, "$2 billion").Metric);
        Assert.NotEqual(Metric.Valuation, Figure(sentence, "$300 million").Metric);
    }
}
