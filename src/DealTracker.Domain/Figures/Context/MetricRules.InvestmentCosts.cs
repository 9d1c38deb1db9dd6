namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-eighth session: what an investment or a share purchase costs is the investment (M2, M11): "Toyota's investment is
/// likely to cost more than 70 billion yen", "The 4 billion yen ($44.4 million) share purchase will make Shandong Ruyi the largest
/// shareholder", "the stake purchase will cost Acme $300 million". Before, no rule read "cost" after an investment, and a share purchase
/// named after its figure was no stake.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of money put in that may head a clause whose verb prices it: "investment", "share purchase", "stake purchase".</summary>
    private static bool IsInvestmentNoun(IReadOnlyList<Word> words, int k) =>
        words[k].Lower is "investment" or "stake-purchase" or "share-purchase"
        || (words[k].Lower is "purchase" or "acquisition" && k > 0 && words[k - 1].Lower is "share" or "stake" && !words[k - 1].EndsPhrase);

    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> prices an investment or a share purchase.</summary>
    internal static bool IsInvestmentsCost(IReadOnlyList<Word> words, int first, int last)
    {
        // "The 4 billion yen ($44.4 million) share purchase will make …": the figure heads a share or stake purchase.
        var next = SkipConversion(words, last);
        if (next + 1 < words.Count && !words[last].EndsPhrase && words[next].Lower is "share" or "stake" && words[next + 1].Lower is "purchase" or "acquisition")
        {
            return true;
        }

        // "Toyota's investment is likely to cost more than 70 billion yen", "the investment will cost about $2 billion".
        var k = WordBeforeHedges(words, first);

        if (k < 2 || words[k].Lower is not ("cost" or "costs") || words[k].EndsPhrase)
        {
            return false;
        }

        // The verb's helpers back to the subject: "is likely to", "will", "could", "is expected to".
        var s = k - 1;
        while (s >= 0 && k - s <= 4 && words[s].Lower is "is" or "was" or "will" or "would" or "could" or "may" or "might" or "likely" or "to" or "expected"
            or "set" or "going" or "be" or "also" && !words[s].EndsPhrase)
        {
            s--;
        }

        if (s < 1 || !IsInvestmentNoun(words, s) || words[s].EndsPhrase)
        {
            return false;
        }

        // The word before the noun phrase: "Toyota's", "the", "this" ("Toyota's share purchase", "the investment").
        var before = words[s].Lower is "purchase" or "acquisition" ? s - 2 : s - 1;
        return before >= 0 && (words[before].Possessive || words[before].Lower is "the" or "this" or "that" or "its" or "their");
    }
}
