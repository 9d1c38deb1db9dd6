namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-eighth session: the value of many deals together is a total (M4), not a company's valuation: "Eight deals with a total
/// value of £764m were recorded", "down to just 59 deals at a value of £3.2 bn", "the combined value of the MBIs was only £152 million",
/// "189 buyouts totalling £35.2bn", "values actually increased 7 percent to £18.4bn" (of private-equity deals). A company valued by a
/// deal ("transactions had valued the company at around $68 billion") stays a valuation: a name or "the company" stands between.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>
    /// Plural nouns of deals whose values a market report sums. Not the holdings rules' wider <c>_manyDealNouns</c>: "investments valued
    /// at" and "rounds" are as often one investor's or one company's money.
    /// </summary>
    private static readonly HashSet<string> _summedDealNouns = new(StringComparer.Ordinal)
    {
        "deals", "transactions", "buyouts", "buy-outs", "exits", "acquisitions", "mergers", "mega-deals", "megadeals", "mbis", "mbos",
        "takeovers", "listings", "ipos",
    };

    /// <summary>Whether the figure at word <paramref name="first"/> is the value of many deals together.</summary>
    internal static bool IsManyDealsValue(IReadOnlyList<Word> words, int first)
    {
        var k = WordBeforeHedges(words, first);

        if (k < 1)
        {
            return false;
        }

        // "deals with a (total) value of £X", "59 deals at a value of £X", "exits valued at £X", "189 buyouts totalling £X".
        var link = words[k].Lower;
        var valueAt = (link == "of" && words[k - 1].Lower is "value" or "values") || (link == "at" && words[k - 1].Lower is "valued" or "value")
            || link is "totalling" or "totaling" or "worth";
        if (valueAt && ManyDealsBefore(words, k - 1, 6))
        {
            return true;
        }

        // "the combined value of the MBIs was only £152 million": a total value of plural deals, then its verb.
        if (link is "was" or "were" or "is" or "reached" or "totalled" or "totaled" or "stood" && k >= 4)
        {
            for (var v = k - 1; v >= 2 && k - v <= 5 && !words[v].EndsPhrase; v--)
            {
                if (_summedDealNouns.Contains(words[v].Lower) && Enumerable.Range(Math.Max(0, v - 4), Math.Min(4, v)).Any(j => words[j].Lower == "value"))
                {
                    return true;
                }
            }
        }

        // "values actually increased 7 percent to £18.4bn", after a sentence about deals.
        return link == "to" && Enumerable.Range(Math.Max(0, k - 5), Math.Min(5, k)).Any(j => words[j].Lower == "values")
            && words.Take(k).Any(w => _summedDealNouns.Contains(w.Lower));
    }

    /// <summary>Whether a plural deal noun stands within <paramref name="span"/> words before word <paramref name="at"/>, in its phrase.</summary>
    private static bool ManyDealsBefore(IReadOnlyList<Word> words, int at, int span)
    {
        for (var j = at; j >= 0 && at - j <= span; j--)
        {
            if (_summedDealNouns.Contains(words[j].Lower))
            {
                return true;
            }

            if (j < at && words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }
}
