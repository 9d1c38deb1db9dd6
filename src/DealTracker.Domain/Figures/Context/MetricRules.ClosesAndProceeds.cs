using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-fifth session: four classes of the conventions that older rules read as another metric or left other, read last
/// among the conventions' classes:
/// <list type="bullet">
/// <item>a round closed at the figure is its size (M5): "Moffett's last round from March 2020 closed at 100 million yuan", "Lila
/// Sciences' $235 million first round financing … has now closed at $350 million" (was a valuation); not shares or a price closing at
/// it;</item>
/// <item>money several raised "combined" is a total (M4): "with two raising over $180 million combined", "raising nearly $1 billion
/// combined";</item>
/// <item>money raised from the sale of something is no round (M1, M11): "raised some $1.5 billion from the sale of personal care brands"
/// is the price of what was sold, other; "raised nearly $903million through the sale of around a quarter of its share-holding in
/// Novartis" is a stake's worth, an investment (its seller is never the investor, V2);</item>
/// <item>new debt that pays for a takeover is no bond sale (M1, M6): "would finance the acquisition with cash and $4.5 billion in new
/// debt".</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of a round or a raise that can close at a size.</summary>
    private static readonly HashSet<string> _closingRoundNouns = new(StringComparer.Ordinal)
    {
        "round", "rounds", "financing", "fundraise", "fundraising", "fund-raising", "raise", "seed", "funding",
    };

    /// <summary>Things sold whose price is no stake: brands, businesses, assets, units, buildings.</summary>
    private static readonly HashSet<string> _soldWholeNouns = new(StringComparer.Ordinal)
    {
        "brands", "brand", "business", "businesses", "unit", "units", "division", "divisions", "assets", "asset", "operations", "portfolio",
        "building", "buildings", "properties", "property", "plants", "plant", "mine", "mines", "towers", "headquarters", "stores", "hotels",
    };

    /// <summary>Words of a holding in a company whose sale price is a stake's worth.</summary>
    private static readonly HashSet<string> _soldHoldingNouns = new(StringComparer.Ordinal)
    {
        "stake", "stakes", "shareholding", "share-holding", "holding", "holdings", "shares",
    };

    /// <summary>The metric after the four classes above, <paramref name="metric"/> when none applies.</summary>
    private static Metric? ClosesAndProceedsReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        var words = sentence.Words;
        if (metric is null or Metric.Valuation && IsRoundClosedAt(words, first))
        {
            return Metric.RoundSize;
        }

        if (metric is Metric.RoundSize && IsCombinedAfter(words, last))
        {
            return null;
        }

        if (metric is Metric.RoundSize && SaleProceeds(words, first, last) is { Found: true } sold)
        {
            return sold.Metric;
        }

        return metric is Metric.RoundSize && IsNewDebtForADeal(words, first, last) ? null : metric;
    }

    /// <summary>"round … closed at $X", "the Series B closed at $42 million": a round noun in the clause before "closed at".</summary>
    private static bool IsRoundClosedAt(List<Word> words, int first)
    {
        var at = WordBeforeHedges(words, first, keepArticles: true);

        if (at < 2 || words[at].Lower != "at" || words[at - 1].Lower is not ("closed" or "closes" or "close" or "closing"))
        {
            return false;
        }

        var from = Math.Max(0, at - 14);
        var before = words.Skip(from).Take(at - 1 - from).Select(w => w.Lower).ToList();
        return before.Any(w => _closingRoundNouns.Contains(w) || w == "series")
            && !before.Any(w => w is "shares" or "stock" or "stocks" or "price" or "index" or "valuation" or "trading" or "deal" or "acquisition");
    }

    /// <summary>"over $180 million combined", "nearly $1 billion combined": "combined" right after the figure.</summary>
    private static bool IsCombinedAfter(List<Word> words, int last)
    {
        var after = SkipConversion(words, last);
        return after < words.Count && !words[last].EndsPhrase && words[after].Lower == "combined";
    }

    /// <summary>"raised $X from the sale of …", "raised $X through the sale of …": other for things sold whole, investment for a holding.</summary>
    private static (Metric? Metric, bool Found) SaleProceeds(List<Word> words, int first, int last)
    {
        var verb = WordBeforeHedges(words, first);

        var after = SkipConversion(words, last);
        if (verb < 0 || words[verb].Lower is not ("raised" or "raise" or "raises" or "raising" or "netted" or "fetched" or "generated")
            || after + 3 >= words.Count || words[last].EndsPhrase || words[after].Lower is not ("from" or "through" or "via" or "by")
            || words[after + 1].Lower != "the" || words[after + 2].Lower is not ("sale" or "sell-off" or "disposal" or "divestment"))
        {
            return (null, false);
        }

        // "through the sale of new shares": the issuer's own round, read as it was.
        var sold = words.Skip(after + 3).Take(10).TakeWhile(w => w.Lower is not ("to" or "for")).Select(w => w.Lower).ToList();
        if (sold.Any(w => w is "new" or "fresh" or "newly" or "primary" or "bonds" or "notes"))
        {
            return (null, false);
        }

        return sold.Any(_soldHoldingNouns.Contains) ? (Metric.Investment, true) : (null, sold.Any(_soldWholeNouns.Contains));
    }

    /// <summary>
    /// Whether <paramref name="investor"/> is the seller who "raised $X through the sale of its stake": named before the figure of a holding's
    /// sale proceeds (a seller is never the investor, V2).
    /// </summary>
    internal static bool IsHoldingSaleSeller(SentenceWords sentence, int first, int last, string investor)
    {
        var words = sentence.Words;
        if (first < 1 || last >= words.Count || SaleProceeds(words, first, last) is not { Found: true, Metric: Metric.Investment })
        {
            return false;
        }

        var named = sentence.Text.IndexOf(investor, sentence.Start, StringComparison.Ordinal);
        return named >= 0 && named < words[first].Start;
    }

    /// <summary>"finance the acquisition with cash and $4.5 billion in new debt", "fund the deal using … $3.2 billion in new debt".</summary>
    private static bool IsNewDebtForADeal(List<Word> words, int first, int last)
    {
        var after = SkipConversion(words, last);
        if (after + 2 >= words.Count || words[after].Lower != "in" || words[after + 1].Lower is not ("new" or "additional" or "fresh")
            || words[after + 2].Lower is not ("debt" or "borrowings" or "loans"))
        {
            return false;
        }

        for (var k = first - 1; k >= 1 && first - k <= 12 && !(k < first - 1 && words[k].After is ';' or '.'); k--)
        {
            if (words[k].Lower is "acquisition" or "deal" or "purchase" or "takeover" or "merger" or "buyout" or "transaction"
                && words[k - 1].Lower is "the" or "its" or "this" && k >= 2 && words[k - 2].Lower is "finance" or "fund" or "financing" or "funding" or "pay")
            {
                return true;
            }
        }

        return false;
    }
}
