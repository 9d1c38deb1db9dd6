using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric rules added after blind29 and blind30's first runs (the thirteenth round), read before the eleventh round's: a company
/// valued at a figure in a round ("was valued at $95 billion in that round").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>The thirteenth round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? ThirteenthRoundReading(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        return ThirteenthValuedInRound(words, first, SkipConversion(words, last));
    }

    /// <summary>
    /// "was valued at $95 billion in that round", "is being valued at $2.5 billion in a new funding round", "was last valued at $400 million
    /// after closing $100 million in series B funding": what the company is worth, though a round is named after the figure in its clause.
    /// </summary>
    private static (Metric? Metric, bool Found)? ThirteenthValuedInRound(List<Word> words, int first, int next)
    {
        if (first < 2 || words[first - 1].Lower != "at" || words[first - 2].Lower != "valued" || words[first - 1].EndsPhrase
            || next >= words.Count || words[next - 1].EndsPhrase)
        {
            return null;
        }

        for (var k = next; k < words.Count && k <= next + 8; k++)
        {
            if (_roundNouns.Contains(words[k].Lower))
            {
                return (Metric.Valuation, true);
            }

            if (words[k].EndsPhrase)
            {
                break;
            }
        }

        return null;
    }
}
