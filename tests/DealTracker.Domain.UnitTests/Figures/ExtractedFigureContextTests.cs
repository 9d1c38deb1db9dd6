using DealTracker.Domain.Figures;

namespace DealTracker.Domain.UnitTests.Figures;

public sealed class ExtractedFigureContextTests
{
    [Fact]
    public void Context_SentenceShorterThanTheWindow_IsTheWholeSentence()
    {
        const string text = "First. Amazon could invest up to $50 billion. Last.";
        var figure = Assert.Single(FigureExtractor.Extract(text));

        var (start, length) = figure.Context(160);

        Assert.Equal("Amazon could invest up to $50 billion.", text.Substring(start, length));
    }

    [Fact]
    public void Context_LongSentence_IsTheFigureWithBalancedWordsAroundItWithinTheWindow()
    {
        var text = new string('x', 500) + " paid $5 billion to " + new string('y', 500);
        var figure = Assert.Single(FigureExtractor.Extract(text));

        var (start, length) = figure.Context(60);

        Assert.Equal(60, length);
        var context = text.Substring(start, length);
        Assert.Contains(figure.Text, context, StringComparison.Ordinal);
        var before = figure.Start - start;
        var after = start + length - figure.End;
        Assert.InRange(before - after, -1, 1);
    }

    [Fact]
    public void Context_FigureAtTheStartOfALongSentence_GivesTheRoomToTheOtherSide()
    {
        var text = "$5 billion was paid " + new string('y', 500);
        var figure = Assert.Single(FigureExtractor.Extract(text));

        var (start, length) = figure.Context(60);

        Assert.Equal((0, 60), (start, length));
    }

    [Fact]
    public void Context_WindowEdgeOnASurrogatePair_DoesNotSplitIt()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 200));
        var text = emoji + " paid $5 billion to " + emoji;
        var figure = Assert.Single(FigureExtractor.Extract(text));

        var (start, length) = figure.Context(61);

        Assert.False(char.IsLowSurrogate(text[start]));
        Assert.False(char.IsHighSurrogate(text[start + length - 1]));
        Assert.InRange(length, 59, 61);
    }
}
