using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric rules added after blind25 and blind26's first runs (the eleventh round), read before the tenth round's: debt taken on
/// (loans, credit facilities, private credit) is other; money for GPUs or compute capacity named right after the figure, or GPUs bought
/// just before it, is a compute commitment.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns that make the money debt: "a five-year loan", "a credit facility", "a private credit deal".</summary>
    private static readonly HashSet<string> _eleventhDebtNouns = new(StringComparer.Ordinal)
    {
        "loan", "loans", "credit",
    };

    /// <summary>What compute is bought as: "18,000 Nvidia GPUs", "750 megawatts of compute power", "computing capacity".</summary>
    private static readonly HashSet<string> _eleventhComputeNouns = new(StringComparer.Ordinal)
    {
        "gpu", "gpus", "tpu", "tpus", "servers", "compute", "computing",
    };

    /// <summary>Verbs and nouns of buying: "ordered 350,000 GPUs", "purchased 10,000 H100 GPUs".</summary>
    private static readonly HashSet<string> _eleventhBuyWords = new(StringComparer.Ordinal)
    {
        "ordered", "ordering", "order", "orders", "purchased", "purchase", "purchasing", "bought", "buy", "buying", "buys",
    };

    /// <summary>The eleventh round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? EleventhRoundReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        return EleventhDebtTakenOn(words, last, next) ?? EleventhComputeAfter(words, last, next) ?? EleventhGpusBoughtBefore(words, first, floor);
    }

    /// <summary>Debt taken on: "a $1 billion syndicated senior secured credit facility", "raise $3 billion through a five-year loan".</summary>
    private static (Metric? Metric, bool Found)? EleventhDebtTakenOn(List<Word> words, int last, int next)
    {
        if (words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        // The figure's own nouns ("$34 million GPU-backed loan"), or the instrument it is raised through ("through a five-year loan").
        var j = next < words.Count && words[next].Lower is "through" or "via" ? next + 1 : next;
        for (var k = j; k < words.Count && k - j < 7; k++)
        {
            var lower = words[k].Lower;
            // "a €1.3 million convertible loan from BII" turns into shares: an investment.
            if (lower is "equity" or "shares" or "stake" or "convertible" || (k > j && _stopAfterNoun.Contains(lower)))
            {
                return null;
            }

            if (_eleventhDebtNouns.Contains(lower) || lower.EndsWith("-loan", StringComparison.Ordinal))
            {
                return (null, true);
            }

            if (words[k].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Money for compute named after it: "$540 million order for 18,000 Nvidia GPUs", "$1 trillion to secure 26 gigawatts of computing capacity".</summary>
    private static (Metric? Metric, bool Found)? EleventhComputeAfter(List<Word> words, int last, int next)
    {
        if (words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        var linked = false;
        for (var k = next; k < words.Count && k - next < 9; k++)
        {
            var lower = words[k].Lower;
            if (lower is "stake" or "stakes" or "shares" or "on" or "in" or "into")
            {
                return null;
            }

            linked |= lower is "for" or "of" or "secure" or "buy" or "purchase" or "lease" or "rent";
            if (linked && IsEleventhComputeNoun(lower))
            {
                return (Metric.ComputeCommitment, true);
            }

            if (words[k].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A compute noun, also glued to a dash: "GPUs—pending".</summary>
    private static bool IsEleventhComputeNoun(string lower) => lower.Split('—', '–').Any(_eleventhComputeNouns.Contains);

    /// <summary>GPUs bought just before the figure: "purchased 10,000 Nvidia H100 GPUs for $420 million", "ordered … GPUs — a purchase that cost $10 billion".</summary>
    private static (Metric? Metric, bool Found)? EleventhGpusBoughtBefore(List<Word> words, int first, int floor)
    {
        var gpus = false;
        for (var k = first - 1; k >= Math.Max(floor, first - 14); k--)
        {
            var lower = words[k].Lower;
            if (lower is "stake" or "stakes" or "shares" or "chips" or "invest" or "invested" or "investment")
            {
                return null;
            }

            gpus |= lower is "gpu" or "gpus" or "tpus" or "servers";
            if (gpus && _eleventhBuyWords.Contains(lower))
            {
                return (Metric.ComputeCommitment, true);
            }
        }

        return null;
    }
}
