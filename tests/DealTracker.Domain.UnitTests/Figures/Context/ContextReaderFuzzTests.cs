using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Random news-like text, with words glued by hyphens, brackets and quotes as wires and scraped pages write them: the reader
/// always finishes (it runs on every pasted article and every feed item) and every span it gives points into the text.
/// </summary>
public sealed class ContextReaderFuzzTests
{
    private static readonly string[] _tokens =
    [
        "Amazon", "SoftBank Group Corp.", "Kleiner Perkins Caulfield & Byers", "Reuters", "The Wall Street Journal", "Nikkei", "it", "its",
        "the", "a", "and", "or", "of", "in", "to", "by", "with", "which", "who", "that", "said", "told", "reported", "according to", "citing",
        "people familiar with the matter", "a person briefed on", "declined to comment", "did not immediately respond", "advanced talks",
        "invest", "invested", "raise", "a round of", "valued at", "stake", "led", "respectively", "$5 billion", "up to $50B", "€2bn",
        "(£1.5 billion)", "1.1 billion euros", "Rs 1,632.81 crore", "about", "as much as", "Inc.", "U.S.", "Jan.", "’s", "'s",
        "--", "—", "–", "-", "(", ")", "[", "]", "“", "”", "\"", "'", ",", ".", ";", ":", "&", "/", "\n", "(Reuters) -",
    ];

    [Fact]
    public async Task Read_RandomNewsTokens_FinishesAndEverySpanPointsIntoTheText()
    {
        // One bound for the whole run, so that a reader that loops fails the test instead of hanging the test run.
        await Task.Run(ReadRandomTexts).WaitAsync(TimeSpan.FromMinutes(2));
    }

    private static void ReadRandomTexts()
    {
        var random = new Random(20261202);
        for (var run = 0; run < 3000; run++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => _tokens[random.Next(_tokens.Length)] + (random.Next(3) == 0 ? "" : " "));
            var text = string.Concat(parts);
            var figures = FigureExtractor.Extract(text);

            var reading = ContextReader.Read(text, figures);

            Assert.Equal(figures.Count, reading.Figures.Count);
            foreach (var (start, length) in reading.Organisations.Select(o => (o.Start, o.Length))
                         .Concat(reading.Sources.Select(s => (s.Start, s.Length)))
                         .Concat(reading.Stages.Select(s => (s.Start, s.Length)))
                         .Concat(reading.Responses.Select(r => (r.Start, r.Length))))
            {
                Assert.True(start >= 0 && length >= 0 && start + length <= text.Length, $"A span ({start}, {length}) outside '{text}'.");
            }
        }
    }
}
