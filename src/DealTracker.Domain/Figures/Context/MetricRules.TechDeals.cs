using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Metric frames of the AI, cloud and tech deals (issue74/76):
/// <list type="bullet">
/// <item>"a $38 billion capacity purchase from Amazon Web Services", "over $600 billion in cloud commitments": a figure sizing a
/// purchase, commitment, order or resources named by compute words right after it ("capacity", "cloud", "compute", "GPU";
/// "monthly" and "in" allowed between: "committed $920 million monthly in cloud compute resources") is a compute commitment.
/// "Infrastructure" alone is not enough: the corpus labels "$1.4 trillion in infrastructure commitments" other and
/// "infrastructure commitments totaling $1.4 trillion" a compute commitment, so that shape is left alone; "capacity" alone needs
/// another compute word or a cloud company in the sentence.</item>
/// <item>"Microsoft, which has invested over $13 billion", "Amazon has bolstered its investment in Anthropic with an additional
/// $4 billion", "$607 million of the sum coming from Toyota": the money of the investor frames in <see cref="InvestorRules"/>
/// (InvestorRules.TechDeals.cs) is an investment.</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns a compute deal is sized as after the figure: "capacity purchase", "cloud commitments".</summary>
    private static readonly HashSet<string> _techComputeDealNouns = new(StringComparer.Ordinal)
    {
        "purchase", "purchases", "commitment", "commitments", "order", "orders", "resources",
    };

    /// <summary>The metric a tech-deal frame gives the figure, or null when none applies.</summary>
    internal static Metric? TechDealMetric(SentenceWords sentence, int first, int last)
    {
        if (IsComputeDealAfter(sentence, last))
        {
            return Metric.ComputeCommitment;
        }

        return InvestorRules.RelativeInvestor(sentence, first) is not null || InvestorRules.GrowVerbBefore(sentence.Words, first) >= 0
            || InvestorRules.CameFromGiver(sentence, last) is not null
            ? Metric.Investment
            : null;
    }

    /// <summary>"$38 billion capacity purchase", "$600 billion in cloud commitments": compute words, then a purchase or commitment.</summary>
    private static bool IsComputeDealAfter(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var j = SkipConversion(words, last);
        if (last < words.Count && words[last].EndsPhrase)
        {
            return false;
        }

        j = j < words.Count && words[j].Lower is "monthly" or "annually" or "yearly" && !words[j].EndsPhrase ? j + 1 : j;
        j = j < words.Count && words[j].Lower == "in" ? j + 1 : j;
        var start = j;
        while (j < words.Count && j < start + 2 && IsComputeWord(words[j].Lower) && !words[j].EndsPhrase)
        {
            j++;
        }

        if (j == start || j >= words.Count || !_techComputeDealNouns.Contains(words[j].Lower))
        {
            return false;
        }

        var named = Enumerable.Range(start, j - start).Select(k => words[k].Lower).ToList();
        if (named.All(w => w == "infrastructure"))
        {
            return false;
        }

        return !named.All(w => w == "capacity")
            || words.Where((w, k) => k < start || k >= j).Any(w => (IsComputeWord(w.Lower) && w.Lower is not ("capacity" or "infrastructure")) || _computeCompanies.Contains(w.Lower))
            || Phrase(words, 0, words.Count).Contains("web services", StringComparison.Ordinal);
    }
}
