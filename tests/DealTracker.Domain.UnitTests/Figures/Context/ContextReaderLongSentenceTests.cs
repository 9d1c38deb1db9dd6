using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A "sentence" longer than <see cref="ContextReader.MaxSentenceLength"/> (a table or list run together, or a hostile text) is read in
/// pieces: each figure is still read with the words of its own piece, and nothing is lost at the cuts.
/// </summary>
public sealed class ContextReaderLongSentenceTests
{
    [Fact]
    public void Read_RunOnListOfInvestments_ReadsEachFigureWithItsOwnInvestor()
    {
        var parts = Enumerable.Range(0, 60).Select(i => $"Investor{(char)('A' + (i % 26))}{i} Capital invested ${i + 1} million in Target{i} Inc").ToList();
        var text = string.Join(", and ", parts) + ".";
        Assert.True(text.Length > 3 * ContextReader.MaxSentenceLength);

        var reading = ContextReader.Read(text, FigureExtractor.Extract(text));

        Assert.Equal(60, reading.Figures.Count);
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(Metric.Investment, reading.Figures[i].Metric);
            Assert.Equal($"Investor{(char)('A' + (i % 26))}{i} Capital", reading.Figures[i].Investor);
        }
    }

    [Fact]
    public void Read_RunOnTextWithSourcesAtItsEnd_StillFindsTheSourcesAndEverySpanPointsIntoTheText()
    {
        var text = string.Concat(Enumerable.Repeat("SoftBank invested $5 billion in Acme and ", 80)) + "Nvidia put in $2 billion, Reuters reported, citing people familiar with the matter.";

        var reading = ContextReader.Read(text, FigureExtractor.Extract(text));

        Assert.Contains(reading.Sources, s => s.Kind == SourceKind.Named && s.Name == "Reuters");
        Assert.Contains(reading.Sources, s => s.Kind == SourceKind.Anonymous);
        Assert.All(reading.Sources, s => Assert.True(s.Start >= 0 && s.Start + s.Length <= text.Length));
        Assert.Equal("Nvidia", reading.Figures[^1].Investor);
    }
}
