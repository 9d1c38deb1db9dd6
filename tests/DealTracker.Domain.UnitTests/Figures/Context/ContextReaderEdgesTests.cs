using System.Text.Json;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Texts cut at either end read every figure without throwing: a feed summary cut mid-sentence opens with its verb ("acquired a $1
/// billion stake in …") or ends on a preposition, and reaches /api/extract and the intake poller as it is. Found by the corpus scorer's
/// "edges" command (bench/DealTracker.CorpusScore) in the twenty-sixth session.
/// </summary>
public sealed class ContextReaderEdgesTests
{
    [Theory]
    // Texts that open with their verb or copula, as a cut feed summary does: each threw an index error before the twenty-sixth session.
    [InlineData("acquired a $1 billion stake in Nokia through a directed share issuance.")]
    [InlineData("bought a $300m stake in WeWork.[64]")]
    [InlineData("acquired a minority stake worth approximately US$191 million in a Chinese autonomous driving technology developer.")]
    [InlineData("Was valued at $5 billion in 2020.")]
    [InlineData("Is worth $3 billion now.")]
    [InlineData("invested $20 million in the startup, people familiar with the matter said.")]
    // Texts that end early, or whose last figure sits inside a word: found by the scorer's "edges 12" run.
    [InlineData("US electric vehicle manufacturer Lucid will raise $1 billion in capital from an affiliate of")]
    [InlineData("However, Google has been investing in select startups founded by former team members, providing sub-$10m")]
    [InlineData("In exchange, TeraWulf issued Google warrants to purchase 41,011,803 common shares at <$0.01>")]
    [InlineData("Aramco is in advanced negotiations to buy a 20% stake in the refinery business worth ~$20-25bn")]
    public void Read_TextOpeningWithItsVerb_ReadsEveryFigure(string text)
    {
        var reading = Read(text);

        Assert.Equal(FigureExtractor.Extract(text).Count, reading.Figures.Count);
    }

    [Fact]
    public void Read_CorpusSentencesCutAtEitherEnd_ReadWithoutThrowing()
    {
        // Every 20th corpus sentence with its first or last one to three words cut off: a rule that reads past a sentence's edge throws.
        // bench/DealTracker.CorpusScore's "edges" command runs the same check over every sentence (docs/extractor.md).
        var folder = Path.Combine(AppContext.BaseDirectory, "Figures", "Context", "Corpus");
        var texts = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .SelectMany(file => JsonSerializer.Deserialize<List<JsonElement>>(File.ReadAllText(file))!.Select(e => e.GetProperty("text").GetString()!))
            .Where((_, n) => n % 20 == 0)
            .ToList();
        Assert.True(texts.Count > 500, $"only {texts.Count} corpus sentences were sampled");

        var failures = new List<string>();
        foreach (var words in texts.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            for (var cut = 1; cut <= 3 && cut < words.Length; cut++)
            {
                foreach (var text in new[] { string.Join(' ', words[cut..]), string.Join(' ', words[..^cut]) })
                {
                    try
                    {
                        ContextReader.Read(text, FigureExtractor.Extract(text));
                    }
                    catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
                    {
                        failures.Add($"{e.GetType().Name}: {text}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }
}
