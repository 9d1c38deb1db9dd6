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
        return ThirteenthValuedInRound(words, first, SkipConversion(words, last)) ?? ThirteenthProviderPeriodTotal(sentence, first);
    }

    /// <summary>Words that name a span of time a total is counted over: "in the first quarter", "last year", "during 2025".</summary>
    private static readonly HashSet<string> _thirteenthPeriodNouns = new(StringComparer.Ordinal)
    {
        "quarter", "year", "half", "month", "months", "decade",
    };

    /// <summary>
    /// Market totals a data provider counts over a period or in total: "secured US$604 million in the first quarter of 2024, according to data from
    /// Tracxn", "African fintech firms raised $906 million, according to Digest Africa, an … investment database", "took part in 26 rounds
    /// that totaled $18.8 billion, per Crunchbase data", "the total value of deals … during 2025 was $200 billion, according to S&P Global
    /// Market Intelligence data". Not one company's round counted by a provider ("raised $50 million in a Series B last year, per PitchBook").
    /// </summary>
    private static (Metric? Metric, bool Found)? ThirteenthProviderPeriodTotal(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var totalled = words.Any(w => w.Lower is "total" or "totaled" or "totalled" or "cumulative" or "combined");
        if (!CitesThirteenthData(words) || !(totalled || HasThirteenthPeriod(words)) || OneCompanyRaising(sentence, first)
            || words.Any(w => w.Lower is "series" or "seed" or "pre-seed" or "valuation" or "valued" or "ipo" or "invested" or "invest" or "invests" or "investing")
            || words.Any(w => _revenueNouns.Contains(w.Lower)))
        {
            return null;
        }

        return (null, true);
    }

    /// <summary>"according to data from Tracxn", "per Crunchbase data", "an … investment database"; not "data centres" nor "big data".</summary>
    private static bool CitesThirteenthData(List<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Lower is "database" or "databases")
            {
                return true;
            }

            var centre = i + 1 < words.Count && words[i + 1].Lower is "centre" or "center" or "centres" or "centers";
            if (words[i].Lower == "data" && !centre && words[i - 1].Lower != "big"
                && (words.Skip(Math.Max(0, i - 7)).Take(Math.Min(i, 7)).Any(w => w.Lower is "according" or "per" or "citing")
                    || (i + 1 < words.Count && words[i + 1].Lower is "from" or "by" or "shows" or "showed")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in the first quarter", "last year", "the last three months", "in Q2 2023", "during 2025", "in 2024".</summary>
    private static bool HasThirteenthPeriod(List<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var lower = words[i].Lower;
            if ((_thirteenthPeriodNouns.Contains(lower) && words[i - 1].Lower is "last" or "this" or "first" or "second" or "third" or "fourth" or "past"
                    or "three" or "six" or "nine" or "twelve")
                || (lower.Length == 2 && lower[0] is 'q' or 'h' && char.IsDigit(lower[1]))
                || (lower.Length == 4 && lower.StartsWith("20", StringComparison.Ordinal) && lower.All(char.IsDigit) && words[i - 1].Lower is "in" or "during"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Acme raised $X", "Acme has secured $X": a single named company right before the money verb.</summary>
    private static bool OneCompanyRaising(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && first - verb <= 3 && words[verb].Lower is "a" or "an" or "total" or "of" or "nearly" or "about" or "over" or "more" or "than" or "impressive" or "record")
        {
            verb--;
        }

        var subject = verb - 1;
        while (subject > 0 && words[subject].Lower is "has" or "have" or "had" or "also" or "just" or "recently")
        {
            subject--;
        }

        return verb >= 1 && words[verb].Lower is "raised" or "raises" or "secured" or "secures" or "closed" or "bagged" or "landed"
            && subject >= 0 && sentence.NameAt[subject] is { Kind: NameKind.Organisation } name && !Lexicon.Places.Contains(name.Text);
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
