namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Attributive sizes: a figure written as an adjective of an entity noun gives that entity's size, not money changing hands ("purchase a
/// 15 per cent stake in the $6.5 billion (Dh23.8 billion) Reko Diq mining project", "The $1.4-billion New Silk Route Partners is holding
/// talks", "The $337.1bn pension fund is also investing", "a deal to invest in a $17 billion British carrier"): other. A money noun at the
/// head ("a $2 billion investment", "the $10 billion deal", "a $500 million stake", "a $300 million Series D") is left to the other rules.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns for an entity that has a size: a project, a company, a fund, a market.</summary>
    private static readonly HashSet<string> _sizedEntities = new(StringComparer.Ordinal)
    {
        "project", "projects", "mine", "mines", "company", "companies", "firm", "firms", "fund", "funds", "manager", "managers", "market",
        "markets", "economy", "economies", "industry", "industries", "group", "conglomerate", "carrier", "operator", "bank", "lender", "insurer",
        "chain", "startup", "start-up", "unicorn", "giant", "empire", "sector", "network", "complex", "portfolio",
        "miner", "developer", "maker", "platform", "utility", "retailer", "exchange", "endowment", "office",
    };

    /// <summary>Words a noun phrase after the figure stops at: prepositions, conjunctions, verbs of being and having.</summary>
    private static readonly HashSet<string> _phraseStops = new(StringComparer.Ordinal)
    {
        "of", "in", "into", "to", "for", "that", "which", "who", "with", "and", "or", "is", "was", "are", "were", "has", "had", "have", "will",
        "would", "from", "on", "at", "by", "as", "over", "said", "says", "plans", "could", "may", "can", "also", "being", "be", "the", "a", "an",
        "its", "their", "it",
    };

    /// <summary>Verbs of money moving: "the $1.58 billion Epic Games had raised" is the money itself, in a relative clause.</summary>
    private static readonly HashSet<string> _moneyMoved = new(StringComparer.Ordinal)
    {
        "raised", "invested", "spent", "paid", "committed", "received", "put", "poured", "secured", "pledged", "agreed", "offered", "borrowed",
        "earned", "made", "lost", "sought", "took", "got", "attracted", "collected", "injected", "given",
    };

    /// <summary>Capitalised words that name a round or an instrument, not an entity: "a $300 million Series D", "the $1 billion IPO".</summary>
    private static readonly HashSet<string> _roundNames = new(StringComparer.Ordinal)
    {
        "series", "round", "ipo", "pre-ipo", "tranche", "seed", "loan", "bond", "bonds", "fundraise", "financing",
    };

    /// <summary>
    /// Whether the figure at <paramref name="first"/>..<paramref name="last"/> stands after "the / a / its" as an adjective of an entity
    /// noun or of a capitalised name: the entity's size.
    /// </summary>
    internal static bool IsAttributiveSize(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;

        // "Bloomberg is a $60bn company": what a company is worth, said of it, is left to the other rules.
        if (first >= 2 && words[first - 2].Lower is "is" or "was" or "are" or "were" or "became" or "becomes" or "become" or "as" or "be")
        {
            return false;
        }

        if (first < 1 || last >= words.Count || words[last].EndsPhrase && !IsConvertedInBrackets(words, last)
            || words[first - 1].Lower is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "this"))
        {
            return false;
        }

        var next = SkipConversion(words, last);
        var end = next;
        while (end < words.Count && end - next < 5 && !_phraseStops.Contains(words[end].Lower) && words[end].Core.Length > 0 && !char.IsDigit(words[end].Core[0]))
        {
            if (words[end].EndsPhrase)
            {
                end++;
                break;
            }

            end++;
        }

        if (end == next)
        {
            return false;
        }

        var run = words.GetRange(next, end - next);
        var head = run[^1].Lower;
        if (run.Any(w => _roundNames.Contains(w.Lower)) || Enumerable.Range(end, Math.Max(0, Math.Min(4, words.Count - end))).Any(k => _moneyMoved.Contains(words[k].Lower)))
        {
            return false;
        }

        return _sizedEntities.Contains(head) || run.All(w => w.IsCapitalised) && sentence.NameAt[next] is { Kind: NameKind.Organisation };
    }

    /// <summary>"$6.5 billion (Dh23.8 billion)": the figure's last word closes nothing but a conversion follows in brackets.</summary>
    private static bool IsConvertedInBrackets(List<Word> words, int last) => last + 1 < words.Count && words[last + 1].InBrackets;
}
