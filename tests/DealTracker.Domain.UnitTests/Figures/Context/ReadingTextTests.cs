using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using DealTracker.Tests.Shared;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The text the rules read (ReadingText.cs): a wire's dateline and a conversion in brackets say nothing about a figure, so a sentence
/// reads the same with them as without them. Checked on written sentences and, as a metamorphic check, on real corpus sentences.
/// </summary>
public sealed class ReadingTextTests
{
    private static readonly string[] _datelines = ["LONDON, May 3 (Reuters) - ", "NEW YORK (AP) — ", "TOKYO, Jan 8 (Reuters) - ", "DUBAI - ", "(Reuters) - "];

    [Theory]
    [InlineData("LONDON, May 3 (Reuters) - Acme raised $5 million.", 0, 26)]
    [InlineData("NEW YORK (AP) — Acme raised $5 million.", 0, 16)]
    [InlineData("BEIJING (Jan 23): ByteDance has earmarked over 150 billion yuan.", 0, 18)]
    [InlineData("[JAKARTA] Indonesia expects investment to double to US$35 billion.", 0, 10)]
    [InlineData("SAN FRANCISCO, Calif. — Acme raised $5 million.", 0, 24)]
    public void Of_Dateline_BlanksItKeepingEveryOffset(string text, int start, int length)
    {
        var read = ReadingText.Of(text, FigureExtractor.Extract(text));

        Assert.Equal(text.Length, read.Length);
        Assert.True(string.IsNullOrWhiteSpace(read.Substring(start, length)));
        Assert.Equal(text[(start + length)..], read[(start + length)..]);
    }

    [Theory]
    [InlineData("Acme raised $1 million (€0.9 million) in a pre-seed round.", "(€0.9 million)")]
    [InlineData("SK Group is investing 106.4 trillion won ($77 billion) in chips.", "($77 billion)")]
    [InlineData("The bid was worth 4 billion pounds (about $4.9 billion; €4.6 billion).", "(about $4.9 billion; €4.6 billion)")]
    public void Of_ConversionInBrackets_BlanksTheBracket(string text, string bracket)
    {
        var read = ReadingText.Of(text, FigureExtractor.Extract(text));

        var at = text.IndexOf(bracket, StringComparison.Ordinal);
        Assert.Equal(new string(' ', bracket.Length), read.Substring(at, bracket.Length));
    }

    [Theory]
    [InlineData("Acme (NASDAQ: ACME) raised $5 million (led by Sequoia) in 2024.")]
    [InlineData("Acme raised $5 million ($1 million more than planned).")]
    [InlineData("Acme raised $5 million [$5 million] in 2024.")]
    [InlineData("The US - China talks went on, and Acme raised $5 million.")]
    public void Of_NoDatelineOrConversion_LeavesTheTextAsWritten(string text)
    {
        Assert.Equal(text, ReadingText.Of(text, FigureExtractor.Extract(text)));
    }

    [Theory]
    [InlineData("Lightspeed led this round with an investment of Rs 121.37 crore ($14.2 million), followed by Lowercarbon.", "$14.2 million")]
    [InlineData("Revenue reached 116 billion yuan (US$16.2 billion or RM68.5 billion), slightly above forecasts.", "RM68.5 billion")]
    [InlineData("Acme raised $1 million (€0.9 million) in a pre-seed round.", "€0.9 million")]
    public void Read_FigureInABlankedBracket_TakesTheReadingOfTheFigureItConverts(string text, string conversion)
    {
        var reading = ContextReader.Read(text, FigureExtractor.Extract(text));

        var converted = reading.Figures.First();
        var inBracket = reading.Figures.First(f => f.Figure.Text.Contains(conversion, StringComparison.Ordinal));
        Assert.Equal((converted.Metric, converted.Investor, (int?)0), (inBracket.Metric, inBracket.Investor, inBracket.Converts));
    }

    [Theory]
    [InlineData("Acme raised a $1 million pre-seed investment led by Disruptech.", "Acme raised a $1 million (€0.9 million) pre-seed investment led by Disruptech.")]
    [InlineData("Toyota will invest $5 billion in the United States.", "Toyota will invest $5 billion (£4 billion) in the United States.")]
    [InlineData("The round also includes $1bn from automotive manufacturer Toyota.", "The round also includes $1bn (€0.9bn) from automotive manufacturer Toyota.")]
    [InlineData("Prince Mohammed said the kingdom would invest $1 trillion in the US.", "NEW YORK (AP) — Prince Mohammed said the kingdom would invest $1 trillion in the US.")]
    [InlineData("Acme has sold a 15% stake for $1.5 billion to Sumitomo Mitsui Financial Group.", "HANOI, March 27 (Reuters) - Acme has sold a 15% stake for $1.5 billion (€1.4 billion) to Sumitomo Mitsui Financial Group.")]
    public void Read_WithADatelineOrAConversion_ReadsTheFirstFigureAsWithout(string plain, string dressed)
    {
        var without = ContextReader.Read(plain, FigureExtractor.Extract(plain)).Figures[0];
        var with = ContextReader.Read(dressed, FigureExtractor.Extract(dressed)).Figures[0];

        Assert.Equal((without.Metric, without.Investor), (with.Metric, with.Investor));
    }

    /// <summary>
    /// The metamorphic check on real text: every corpus sentence of two sets, behind each of five datelines, reads every figure's metric
    /// and investor and every source as it does alone. Before ReadingText, 30 readings differed in 2,926 sampled corpus sentences.
    /// </summary>
    [Theory]
    [InlineData("issue124.json")]
    [InlineData("issue109.json")]
    [InlineData("blind7.json")]
    public void Read_CorpusSentenceBehindADateline_ReadsAsAlone(string file)
    {
        var entries = CorpusScoring.Load(Path.Combine(AppContext.BaseDirectory, "Figures", "Context", "Corpus", file));
        var changed = new List<string>();
        for (var k = 0; k < entries.Count; k++)
        {
            var text = entries[k].Text;
            var dressed = _datelines[k % _datelines.Length] + text;
            var alone = ContextReader.Read(text, FigureExtractor.Extract(text));
            var behind = ContextReader.Read(dressed, FigureExtractor.Extract(dressed));
            if (!Same(alone, behind))
            {
                changed.Add(text);
            }
        }

        Assert.Empty(changed);
    }

    private static bool Same(ContextReading a, ContextReading b) =>
        a.Figures.Select(f => (f.Figure.Text, f.Metric, f.Investor)).SequenceEqual(b.Figures.Select(f => (f.Figure.Text, f.Metric, f.Investor)))
        && a.Sources.Select(s => (s.Kind, s.Name)).SequenceEqual(b.Sources.Select(s => (s.Kind, s.Name)));
}
