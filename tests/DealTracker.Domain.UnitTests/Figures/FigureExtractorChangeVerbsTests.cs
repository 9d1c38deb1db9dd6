using DealTracker.Domain.Figures;

namespace DealTracker.Domain.UnitTests.Figures;

/// <summary>
/// The change-verbs mend (FigureExtractor.cs, ChangeWordRegex): a change "from $X to $Y" is two figures whatever verb of growth or
/// shrinkage, phrasal verb or verb of revision says it, active or passive; a true range stays one figure.
/// </summary>
public sealed class FigureExtractorChangeVerbsTests
{
    [Theory]
    [InlineData("The round was upsized from $1 billion to $1.5 billion.")]
    [InlineData("The company upsized the round from $1 billion to $1.5 billion.")]
    [InlineData("The offering had been upsized from $1 billion to $1.5 billion.")]
    [InlineData("The fund swelled from $1 billion to $1.5 billion.")]
    [InlineData("The fund has swollen from $1 billion to $1.5 billion.")]
    [InlineData("Its valuation ballooned from $1 billion to $1.5 billion.")]
    [InlineData("The valuation was ballooning from $1 billion to $1.5 billion.")]
    [InlineData("The deal was enlarged from $1 billion to $1.5 billion.")]
    [InlineData("Its cloud bill mushroomed from $1 billion to $1.5 billion.")]
    [InlineData("The commitment was ramped up from $1 billion to $1.5 billion.")]
    [InlineData("Amazon stepped up its investment from $1 billion to $1.5 billion.")]
    [InlineData("The size of the round was revised from $1 billion to $1.5 billion.")]
    [InlineData("The target was reset from $1 billion to $1.5 billion.")]
    [InlineData("Revenue skyrocketed from $1 billion to $1.5 billion.")]
    [InlineData("The price quadrupled from $1 billion to $4 billion.")]
    public void Extract_GrowthChangeFromTo_ReturnsTwoFigures(string text)
    {
        var found = FigureExtractor.Extract(text);

        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Null(f.Money.Low));
    }

    [Theory]
    [InlineData("The round was scaled back from $1 billion to $1.5 billion in the end.")]
    [InlineData("The company scaled back the raise from $1 billion to $1.5 billion, oddly.")]
    [InlineData("The value slumped from $1 billion to $1.5 billion in local terms.")]
    [InlineData("The bid was pared down from $1 billion to $1.5 billion per unit.")]
    [InlineData("The stake was written down from $1 billion to $1.5 billion in yen.")]
    [InlineData("The fund was downsized from $1 billion to $1.5 billion.")]
    [InlineData("The value dwindled from $1 billion to $1.5 billion.")]
    public void Extract_ShrinkageOrPhrasalChangeFromTo_ReturnsTwoFigures(string text)
    {
        var found = FigureExtractor.Extract(text);

        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Null(f.Money.Low));
    }

    [Theory]
    [InlineData("The round could total $90 billion to $110 billion.")]
    [InlineData("The round could be from $90 billion to $110 billion.")]
    [InlineData("Bids ranged from $90 billion to $110 billion.")]
    [InlineData("The company is seeking $90 billion to $110 billion.")]
    public void Extract_ChangeBesideTrueRange_ChangeIsTwoFiguresAndRangeOne(string range)
    {
        var found = FigureExtractor.Extract("The round was upsized from $1 billion to $1.5 billion. " + range);

        Assert.Equal(3, found.Count);
        Assert.Equal([false, false, true], found.Select(f => f.Money.Low is not null));
    }
}
