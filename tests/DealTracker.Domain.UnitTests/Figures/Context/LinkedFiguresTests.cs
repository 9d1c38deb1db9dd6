using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Figures a change or a comparison ties together take the same metric when no rule read one of them (<c>LinkedFigures</c>). Each case
/// is a corpus miss or a real sentence from a page no corpus set holds (its address in a comment above it).
/// </summary>
public sealed class LinkedFiguresTests
{
    [Theory]
    // blind32 miss.
    [InlineData("If we just look at C3.ai’s revenue history in chunks, you can argue a growth story for the company; that it grew from $73.8 million in the the two quarters of 2019 ending July 31, to $81.8 million in revenue during the same portion of 2020.", "$73.8 million", Metric.Revenue)]
    // blind25 miss: the start written after the end.
    [InlineData("Current financial data indicates a significant fiscal recovery; revenue for the period ending December 31 rose to $510 million from $290.3 million the previous year, with net income reaching $87.9 million, contrasting with prior losses.", "$290.3 million", Metric.Revenue)]
    [InlineData("Its annual revenue rose to $4.1 billion, compared with $2.9 billion a year earlier.", "$2.9 billion", Metric.Revenue)]
    [InlineData("The startup was valued at $12 billion, versus $5 billion last year.", "$5 billion", Metric.Valuation)]
    public void Read_FigureTiedToAReadFigure_TakesItsMetric(string sentence, string at, Metric expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    [Theory]
    // No figure of the pair was read: nothing to share.
    [InlineData("Net income grew from $2 million to $5 million.", "$2 million")]
    // A figure after the change's end that no comparison word ties to it.
    [InlineData("Revenue rose to $4.1 billion last year, and the company paid $2.9 billion in fines.", "$2.9 billion")]
    public void Read_FigureNotTiedToARevenueFigure_StaysOther(string sentence, string at)
    {
        Assert.NotEqual(Metric.Revenue, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_FigureARuleRead_KeepsItsOwnMetric()
    {
        // The end of the change is a valuation, the start a round: each keeps what its own words say.
        var sentence = "The company raised $300 million in a round that lifted its valuation from $2 billion to $5 billion.";

        Assert.Equal(Metric.RoundSize, Figure(sentence, "$300 million").Metric);
        Assert.Equal(Metric.Valuation, Figure(sentence, "$2 billion").Metric);
    }
}
