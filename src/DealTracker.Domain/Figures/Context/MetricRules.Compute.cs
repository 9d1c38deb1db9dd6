using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Compute commitments: money for computing services, cloud capacity, data centres or GPUs, named after the figure ("$X of
/// computing services", "$540 million order for 18,000 Nvidia GPUs"), bought just before it, or under a deal in a sentence about
/// compute ("expanded its OpenAI agreement by $X", "GPU infrastructure capacity valued at $17.4 billion").
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _computeWords = new(StringComparer.Ordinal)
    {
        "computing", "compute", "cloud", "aws", "azure", "servers", "server", "data-center", "datacenter", "gpu", "gpus", "capacity",
        "infrastructure", "oci", "coreweave", "tpus", "tpu",
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

    /// <summary>"cloud", "Azure", "GPUs"; also a hyphenated word with one in it ("cloud-computing").</summary>
    public static bool IsComputeWord(string lower) =>
        _computeWords.Contains(lower) || (lower.Contains('-', StringComparison.Ordinal) && lower.Split('-').Any(_computeWords.Contains));

    private static Metric? DealMetric(SentenceWords sentence) =>
        sentence.MentionsCompute(0) || sentence.Words.Any(w => _computeCompanies.Contains(w.Lower)) ? Metric.ComputeCommitment : null;

    /// <summary>"expanded / increased its cloud contract with Amazon by", "Nebius expanded its pact with X by": a compute deal grown, in the clause before "by".</summary>
    private static bool ComputeDealBefore(IReadOnlyList<Word> words, int by, int floor)
    {
        var from = Math.Max(floor, by - 8);
        var span = Window(words, from, by - from).ToList();
        return span.Any(w => w is "expanded" or "expands" or "expanding" or "expand" or "increased" or "increases" or "increasing" or "boosted"
                   or "raised" or "extended" or "upsized" or "enlarged")
            && span.Any(_dealNouns.Contains) && span.Any(w => _computeWords.Contains(w) || _computeCompanies.Contains(w)) && !words.Skip(from).Take(by - from).Any(w => w.EndsPhrase && w.After != ',');
    }

    /// <summary>"committed $1.4 trillion to computing power", "committed $10 billion to Google Cloud": a commitment to buy compute.</summary>
    private static bool CommittedToCompute(IReadOnlyList<Word> words, int cueAt, int last)
    {
        var after = SkipConversion(words, last);
        return words[cueAt].Lower is "commit" or "commits" or "committed" or "committing" or "commitment" or "commitments" && after < words.Count
            && words[after].Lower == "to"
            && (Window(words, after + 1, 3).Any(w => _computeWords.Contains(w) && w != "infrastructure") || Phrase(words, after + 1, 3).Contains("google cloud", StringComparison.Ordinal))
            && !SectorOrBuildOutInAPlace(words, after + 1);
    }

    /// <summary>"to quantum computing" (a technology), "to cloud infrastructure in Spain" (a build-out in a place): no compute bought.</summary>
    private static bool SectorOrBuildOutInAPlace(IReadOnlyList<Word> words, int at) =>
        Window(words, at, 2).Contains("quantum")
        || Enumerable.Range(at + 1, 3).Any(k => k + 1 < words.Count && words[k].Lower == "in" && (TargetPlaceLength(words, k + 1) > 0 || Lexicon.PlaceLength(words, k + 1) > 0));

    /// <summary>
    /// "$X of computing services", "$X on Google Cloud": compute bought; "$667 million in U.K. cloud provider Nscale": a compute word
    /// describing a company is no compute bought (and says nothing).
    /// </summary>
    private static (Metric? Metric, bool Found)? ComputeAfter(IReadOnlyList<Word> words, int i, List<string> next)
    {
        var describesCompany = Window(words, i + 1, 5).Zip(Window(words, i + 2, 5)).Any(pair => _computeWords.Contains(pair.First)
            && pair.Second is "provider" or "providers" or "company" or "firm" or "startup" or "operator" or "platform");
        if (describesCompany)
        {
            return (null, false);
        }

        return next.Any(_computeWords.Contains) || Phrase(words, i + 1, 5).Contains("web services", StringComparison.Ordinal)
            || Phrase(words, i + 1, 5).Contains("google cloud", StringComparison.Ordinal)
            ? (Metric.ComputeCommitment, true)
            : null;
    }

    /// <summary>
    /// Compute bought under a deal: "expanded its OpenAI agreement by $X", "signed an agreement with Microsoft worth up to $X" from a
    /// provider of graphics chips, "the total contract value … is $X", "a $X deal with Nscale, a startup working on compute
    /// infrastructure", "the $X investment in Azure". Only when the sentence speaks of compute; no takeover.
    /// </summary>
    private static (Metric? Metric, bool Found)? ComputeDeal(SentenceWords sentence, int first, int last, int next, int floor, Metric? previous)
    {
        var words = sentence.Words;
        if (!MentionsComputeDeal(sentence) || words.Any(w => w.Lower is "acquisition" or "acquire" or "acquires" or "acquiring" or "takeover" or "merger"))
        {
            return null;
        }

        // "the $25 billion investment in Azure".
        if (next + 2 < words.Count && words[next].Lower is "investment" or "commitment" && words[next + 1].Lower == "in" && !words[next].EndsPhrase
            && IsComputeWord(words[next + 2].Lower) && !(next + 3 < words.Count && words[next + 3].Lower is "provider" or "company" or "firm" or "startup"))
        {
            return (Metric.ComputeCommitment, true);
        }

        // "a $23 billion deal with Nscale, …".
        if (next + 1 < words.Count && words[next].Lower is "deal" or "agreement" or "contract" && words[next + 1].Lower == "with")
        {
            return (Metric.ComputeCommitment, true);
        }

        var before = words.Skip(Math.Max(floor, first - 8)).Take(first - Math.Max(floor, first - 8)).Select(w => w.Lower).ToList();
        var dealBefore = before.Any(w => w is "agreement" or "contract" or "deal" or "agreements" or "contracts");

        // "expanded its OpenAI agreement by $6.5 billion", "the total contract value through 2031 is $17.4 billion", "an agreement with
        // Microsoft worth up to $19.4 billion".
        var changed = first >= 1 && words[first - 1].Lower == "by" && before.Any(w => w is "expanded" or "expands" or "expanding" or "extended" or "increased"
            or "boosted" or "grew" or "upsized");
        var valued = before.Any(w => w is "value" or "worth" or "valued") && !before.Any(w => w is "market" or "valuation");
        return dealBefore && (changed || valued) && previous != Metric.Investment ? (Metric.ComputeCommitment, true) : null;
    }

    /// <summary>A compute word anywhere in the sentence, or the chips compute runs on ("graphics chips", "AI chips", "accelerators").</summary>
    private static bool MentionsComputeDeal(SentenceWords sentence)
    {
        var words = sentence.Words;
        return sentence.MentionsCompute(0) || words.Zip(words.Skip(1)).Any(pair => pair.First.Lower is "graphics" or "ai" && pair.Second.Lower is "chips" or "processors")
            || words.Any(w => w.Lower is "accelerators" or "nebius" or "nscale" or "crusoe" or "neocloud" or "neoclouds");
    }

    /// <summary>
    /// "GPU infrastructure capacity valued at $17.4 billion" (compute valued) and "a commitment of around $10 billion to establish and scale
    /// AI compute infrastructure" (a commitment to compute, read across a "to" clause).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthComputeValuedOrCommitted(SentenceWords sentence, int first, int next, int floor)
    {
        var words = sentence.Words;
        var at = first - 1;
        // "capacity valued at $X", "capacity worth $X": the word before "valued" / "worth" is a compute word.
        var valued = at >= 2 && words[at].Lower is "at" && words[at - 1].Lower is "valued" ? at - 2 : at >= 1 && words[at].Lower == "worth" ? at - 1 : -1;
        if (valued >= Math.Max(floor, 0) && !words[valued].EndsPhrase && IsComputeWord(words[valued].Lower))
        {
            return (Metric.ComputeCommitment, true);
        }

        if (at < 2 || words[at].Lower != "of" || words[at - 1].Lower is not ("commitment" or "agreement" or "contract" or "deal") || next >= words.Count
            || words[next].Lower != "to" || words[first - 1].EndsPhrase)
        {
            return null;
        }

        var end = next + 1;
        while (end < words.Count && end - next < 9 && !words[end - 1].EndsPhrase)
        {
            end++;
        }

        return sentence.MentionsCompute(next, end) ? (Metric.ComputeCommitment, true) : null;
    }

    /// <summary>
    /// Money for compute named after it: "$540 million order for 18,000 Nvidia GPUs", "$1 trillion to secure 26 gigawatts of computing capacity";
    /// not money invested ("Nvidia would invest $10bn for every $35bn of GPUs"), a rate ("for every"), or a company bought ("a $6.5 billion
    /// acquisition of Ampere Computing").
    /// </summary>
    private static (Metric? Metric, bool Found)? EleventhComputeAfter(List<Word> words, int first, int last, int next)
    {
        if ((words[last].EndsPhrase && next == last + 1) || (first > 0 && words[first - 1].Lower is "invest" or "invests" or "invested" or "investing"))
        {
            return null;
        }

        var linked = false;
        for (var k = next; k < words.Count && k - next < 9; k++)
        {
            var lower = words[k].Lower;
            if (lower is "stake" or "stakes" or "shares" or "on" or "in" or "into" or "every" or "each" or "acquisition" or "takeover" or "buyout" or "merger")
            {
                return null;
            }

            linked |= lower is "for" or "of" or "secure" or "buy" or "purchase" or "lease" or "rent";
            if (linked && IsEleventhComputeNoun(lower) && !InName(words, k))
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

    /// <summary>A title-case word after another capitalised one is part of a name ("Ampere Computing"), not a compute noun; "Nvidia GPUs" is not.</summary>
    private static bool InName(List<Word> words, int k) =>
        k > 0 && words[k].Core.Length > 1 && char.IsUpper(words[k].Core[0]) && words[k].Core.Skip(1).All(char.IsLower) && words[k - 1].IsCapitalised;

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
