using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the earnings-revenue sweep: revenue as earnings copy writes it, and the money beside it that is no revenue. A figure the
/// nearest results noun before it names through linking words only ("net sales grew 12% to $X", "billings climbed to $X", "an
/// operating loss of $X on a revenue of $Y", "while net profit was $X"), or the results noun right after it ("$X in net income",
/// "$X in free cash flow"), takes that noun's metric: revenue, sales, turnover, top line, billings, bookings, ARR, run rate are revenue;
/// profit, income, earnings, losses, EBITDA, cash flow, capex, costs, dividends, buybacks, debt are other. An analysts' estimate
/// ("beating analysts' estimates of $X", "the consensus of $X", "the $X analysts had expected") is what it estimates: the results noun
/// nearest before it in the sentence, and nothing when none is named ("That compares with an average analyst estimate of $3.96
/// billion" stays other: the sentence alone does not say whether revenue or profit was estimated). "47 cents per share on $X" is the
/// revenue the earnings were made on; "its $135m-a-year-income data centre assets" a unit's yearly revenue; "combined to bring in $X"
/// a total of several (other) unless revenue is named after it.
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _resultsRevenueNouns = new(StringComparer.Ordinal)
    {
        "revenue", "revenues", "sales", "turnover", "billings", "bookings", "arr", "topline", "top-line", "run-rate",
    };

    private static readonly HashSet<string> _resultsOtherNouns = new(StringComparer.Ordinal)
    {
        "profit", "profits", "income", "earnings", "loss", "losses", "ebitda", "ebit", "ebitdar", "capex", "expenditure", "expenditures",
        "costs", "expenses", "dividend", "dividends", "buyback", "buybacks", "debt", "pat", "deficit", "backlog", "backlogs",
    };

    // Words that link a results noun to its figure: "revenue of", "sales rose 12% to", "profit was", "of about", "came in at".
    private static readonly HashSet<string> _resultsLinks = new(StringComparer.Ordinal)
    {
        "of", "was", "were", "is", "are", "be", "been", "stood", "came", "come", "comes", "in", "at", "to", "rose", "fell", "grew", "jumped",
        "climbed", "increased", "decreased", "declined", "slipped", "dropped", "surged", "soared", "rising", "falling", "totalled", "totaled",
        "totalling", "totaling", "reached", "hit", "amounted", "amounting", "a", "an", "the", "about", "around", "roughly", "nearly",
        "over", "more", "than", "some", "almost", "approximately", "just", "under", "up", "as", "much", "least", "per", "cent", "percent",
        "pct", "year-on-year", "year-over-year", "y-o-y", "yoy", "sequentially", "annually", "expected", "seen", "projected", "estimated",
        "forecast", "likely", "will", "would", "could", "also", "reportedly",
    };

    // Words between an estimate noun and its figure, and between estimators and "estimates": "the average analyst estimate of".
    private static readonly HashSet<string> _estimateLinks = new(StringComparer.Ordinal)
    {
        "of", "for", "the", "a", "an", "average", "mean", "median", "analyst", "analysts", "consensus", "wall", "street", "lseg", "refinitiv",
        "ibes", "factset", "visible", "alpha", "market", "their", "its", "his", "her", "at", "about", "around", "roughly", "nearly",
    };

    private static readonly HashSet<string> _estimateNouns = new(StringComparer.Ordinal)
    {
        "estimate", "estimates", "expectation", "expectations", "consensus", "forecast", "forecasts", "projection", "projections",
    };

    /// <summary>The earnings-copy reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? EarningsReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first < 0 || last >= words.Count)
        {
            return null;
        }

        var next = SkipConversion(words, last);
        return YearlyHyphenated(words, last, next)
            ?? ResultsNounAfter(words, last, next)
            ?? ResultsNounBefore(words, first, floor)
            ?? EstimateOf(words, first, last, next)
            ?? OnPerShareEarnings(words, first)
            ?? CombinedBroughtIn(words, first, next)
            ?? BroughtToATotal(words, first, next)
            ?? OnRevenueOf(sentence, last, next)
            ?? ThroughShareSales(words, last, next);
    }

    /// <summary>
    /// Whether the figure's own results words make it other money ("while net profit was $X", "and $X in net income"): then it is no
    /// more of the figure before it, however closely the two are joined.
    /// </summary>
    internal static bool NamesOtherResults(SentenceWords sentence, int first, int last, int floor) =>
        EarningsReading(sentence, first, last, floor) is { Found: true, Metric: null };

    /// <summary>What a results noun makes the figure: revenue, other, or nothing ("stake sales", "share sales" are no revenue).</summary>
    private static (Metric? Metric, bool Found)? ResultsNoun(IReadOnlyList<Word> words, int i)
    {
        var lower = words[i].Lower;
        var previous = i > 0 ? words[i - 1].Lower : "";
        if (lower is "sales" && previous is "stake" or "share" or "shares" or "asset" or "equity" or "bond" or "stock" or "secondary" or "arms"
            or "land" or "chip" or "gpu")
        {
            return null;
        }

        // "US$317 billion in future contract revenue", "deferred revenue": revenue still to come is a backlog (other). Since the thirty-ninth
        // session "contracted revenue" is no backlog: it is what one lease or contract brings its seller (M8, MetricRules.CapacityLeases.cs).
        if (_resultsRevenueNouns.Contains(lower) && Enumerable.Range(Math.Max(0, i - 2), Math.Min(2, i)).Any(j => words[j].Lower is "future"
            or "deferred" or "remaining" or "unearned" or "unrecognized" or "unrecognised"))
        {
            return (null, true);
        }

        // "$1.6 billion in annualized income": a startup's run rate.
        // "€120 million in convertible debt" turns into shares: no results noun (the debt rules read it).
        if (lower == "debt" && previous == "convertible")
        {
            return null;
        }

        return _resultsRevenueNouns.Contains(lower) || (lower == "line" && previous == "top") || (lower == "rate" && previous == "run")
            || (lower == "income" && previous is "annualized" or "annualised")
            ? (Metric.Revenue, true)
            : _resultsOtherNouns.Contains(lower) || (lower == "flow" && previous == "cash") || (lower == "value" && previous is "merchandise" or "order")
                || lower == "gmv" ? (null, true)
            : null;
    }

    /// <summary>"net sales grew 12% to $X", "an operating loss of $X", "while net profit was $X": the results noun nearest before the figure.</summary>
    private static (Metric? Metric, bool Found)? ResultsNounBefore(IReadOnlyList<Word> words, int first, int floor)
    {
        for (var i = first - 1; i >= Math.Max(Math.Max(floor, 0), first - 9); i--)
        {
            if (i < first - 1 && words[i].EndsPhrase)
            {
                return null;
            }

            if (ResultsNoun(words, i) is { } named)
            {
                return named;
            }

            var lower = words[i].Lower;

            // "earnings per share of $2.94", "EPS of $1.97", "adjusted per-share profit of $3": money per share is never revenue. A
            // figure in millions is not per share ("earnings of 47 cents per share of $ 3.03 billion" is the revenue they were made on).
            if ((lower is "eps" or "per-share" || (lower == "share" && i > 0 && words[i - 1].Lower == "per")) && !InScale(words, first))
            {
                return (null, true);
            }

            var linking = _resultsLinks.Contains(lower) || _currencyWords.Contains(lower) || IsNumberOrShare(words[i].Core);
            if (!linking)
            {
                return null;
            }
        }

        return null;
    }

    // Whether the figure starting at word first is written in thousands or more: "$3.03 billion", "$400m", "Rs 50 crore" (the scale words
    // of MetricRules.ListingsFundsAndValues.cs, and thousands).
    private static bool InScale(IReadOnlyList<Word> words, int first)
    {
        for (var i = first; i < Math.Min(words.Count, first + 4); i++)
        {
            var core = words[i].Core.ToLowerInvariant();
            if (IsScaleWord(core) || core == "thousand" || (core.Length > 1 && char.IsDigit(core[0]) && core.EndsWith('k')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumberOrShare(string core) =>
        core.Length > 0 && core.TrimEnd('%').All(c => char.IsDigit(c) || c is '.' or ',' or '-');

    /// <summary>"$X in net income", "$X of free cash flow", "$X in quarterly revenue": a results noun right after the figure.</summary>
    private static (Metric? Metric, bool Found)? ResultsNounAfter(IReadOnlyList<Word> words, int last, int next)
    {
        // "$X ($Y) in net income": the conversion between the figure and its noun ends no phrase.
        if (next >= words.Count || (words[last].EndsPhrase && next == last + 1))
        {
            return null;
        }

        // "$10.3bn annual revenue from its data centre business", "a $450 million net loss": the noun itself, not a revenue contract.
        if (words[next].Lower is not ("in" or "of"))
        {
            return ResultsNounAt(words, next, attributive: true) is { } own && !(own.Metric == Metric.Revenue && own.At + 1 < words.Count
                && (_dealNouns.Contains(words[own.At + 1].Lower) || words[own.At + 1].Lower is "share" or "multiple"))
                ? (own.Metric, true)
                : null;
        }

        return ResultsNounAt(words, next + 1, attributive: false) is { } named ? (named.Metric, true) : null;
    }

    /// <summary>
    /// The results noun from word <paramref name="from"/> on, over modifiers ("net", "operating", "annualized run-rate"); after "in" also over
    /// a few plain words ("$8 billion in data leasing revenue"); null when another word comes first.
    /// </summary>
    private static (Metric? Metric, int At)? ResultsNounAt(IReadOnlyList<Word> words, int from, bool attributive)
    {
        for (var i = from; i < words.Count && i <= from + 3; i++)
        {
            if (ResultsNoun(words, i) is { } named)
            {
                return (named.Metric, i);
            }

            var lower = words[i].Lower;
            var modifier = lower is "net" or "operating" or "free" or "adjusted" or "gross" or "pre-tax" or "pretax" or "quarterly" or "annual"
                or "annualized" or "annualised" or "monthly" or "core" or "total" or "consolidated" or "recurring" or "positive" or "negative"
                or "underlying" or "after-tax" or "cash" or "full-year" or "first-quarter" or "second-quarter" or "third-quarter"
                or "fourth-quarter" or "comparable" or "organic" or "top" or "yearly";
            var plain = !attributive && !words[i].IsCapitalised && !_stopAfterNoun.Contains(lower) && !_resultsLinks.Contains(lower)
                && lower.All(c => char.IsLetter(c) || c == '-');
            if (words[i].EndsPhrase || !(modifier || plain))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "beating analysts' estimates of $X", "above the consensus of $X", "the $X analysts had expected": an estimate reads as the results
    /// noun nearest before it in the sentence ("revenue of $A, compared with analysts' estimates of $B": revenue; "a profit of $A,
    /// beating estimates of $B": other); with none named, no reading.
    /// </summary>
    private static (Metric? Metric, bool Found)? EstimateOf(IReadOnlyList<Word> words, int first, int last, int next)
    {
        var estimate = EstimateBefore(words, first);
        if (estimate < 0 && IsEstimatedAfter(words, last, next))
        {
            estimate = first;
        }

        if (estimate < 0)
        {
            return null;
        }

        for (var i = estimate - 1; i >= 0; i--)
        {
            if (ResultsNoun(words, i) is { } named)
            {
                return named;
            }

            if (words[i].Lower is "eps" || (words[i].Lower == "share" && i > 0 && words[i - 1].Lower is "per" or "a"))
            {
                return (null, true);
            }
        }

        return null;
    }

    /// <summary>The estimate noun the figure is the amount of ("analysts' estimates of $X", "the consensus of $X"), or -1.</summary>
    private static int EstimateBefore(IReadOnlyList<Word> words, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - 7; i--)
        {
            if (i < first - 1 && words[i].EndsPhrase)
            {
                return -1;
            }

            if (_estimateNouns.Contains(words[i].Lower))
            {
                // "its revenue forecast of $X" is read by the noun; "forecast revenue of" never reaches here.
                return i;
            }

            if (!_estimateLinks.Contains(words[i].Lower) && !_currencyWords.Contains(words[i].Lower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"the $40.2 billion analysts had predicted", "$X that analysts expected", "$X expected by analysts".</summary>
    private static bool IsEstimatedAfter(IReadOnlyList<Word> words, int last, int next)
    {
        var i = next;
        if (words[last].EndsPhrase && next == last + 1)
        {
            return false;
        }

        if (i + 2 < words.Count && words[i].Lower is "expected" or "estimated" or "forecast" && words[i + 1].Lower == "by"
            && words[i + 2].Lower is "analysts" or "analyst" or "economists" or "wall")
        {
            return true;
        }

        // Since the twenty-third session: "beating the 107.6 billion yuan average of 17 analyst estimates compiled by LSEG", "the $4.9
        // billion average analyst estimate", "the $X consensus estimate".
        var k = i;
        k += k < words.Count && words[k].Lower is "average" or "mean" or "median" or "consensus" ? 1 : 0;
        k += k > i && k < words.Count && words[k].Lower == "of" ? 1 : 0;
        k += k > i && k < words.Count && IsNumberOrShare(words[k].Core) ? 1 : 0;
        k += k > i && k < words.Count && words[k].Lower is "analyst" or "analysts" or "analysts'" or "consensus" or "wall" ? 1 : 0;
        k += k > i && k < words.Count && words[k - 1].Lower == "wall" && words[k].Lower == "street" ? 1 : 0;
        if (k > i + 1 && k < words.Count && words[k].Lower is "estimate" or "estimates" or "forecast" or "forecasts" or "expectations" or "expectation")
        {
            return true;
        }

        i += i < words.Count && words[i].Lower == "that" ? 1 : 0;
        if (i >= words.Count || words[i].Lower is not ("analysts" or "economists" or "wall"))
        {
            return false;
        }

        i += words[i].Lower == "wall" ? 2 : 1;
        i += i < words.Count && words[i].Lower is "had" or "have" or "were" or "on" ? 1 : 0;
        i += i < words.Count && words[i].Lower is "average" ? 1 : 0;
        return i < words.Count && words[i].Lower is "expected" or "expecting" or "predicted" or "forecast" or "forecasted" or "projected"
            or "estimated" or "anticipated" or "expect" or "predict" or "polled";
    }

    /// <summary>"earnings of 47 cents per share on $3.03 billion": the revenue the earnings per share were made on.</summary>
    private static (Metric? Metric, bool Found)? OnPerShareEarnings(IReadOnlyList<Word> words, int first)
    {
        var at = first - 1 >= 0 && _currencyWords.Contains(words[first - 1].Lower) ? first - 1 : first;
        return at >= 3 && words[at - 1].Lower is "on" or "of" && words[at - 2].Lower == "share" && words[at - 3].Lower is "per" or "a"
            && !words[at - 2].EndsPhrase
            ? (Metric.Revenue, true)
            : null;
    }

    /// <summary>"its $135m-a-year-income data centre assets", "a $2bn-a-year business": a yearly income, unless costs are named.</summary>
    private static (Metric? Metric, bool Found)? YearlyHyphenated(IReadOnlyList<Word> words, int last, int next)
    {
        var lower = words[last].Lower;
        var at = lower.IndexOf("-a-year", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        // "a $30 billion-a-year cloud deal": what a deal is worth a year is read by the deal's rules.
        var suffix = lower[(at + "-a-year".Length)..].TrimStart('-');
        var after = suffix.Length > 0 ? [suffix] : Window(words, next, 3).ToList();
        return after.Any(w => _dealNouns.Contains(w) || w is "investment" or "lease" or "rent" or "fee" or "fees" or "payment" or "payments" or "bill")
            ? null
            : after.Any(w => w is "spending" or "budget" or "cost" or "costs" or "loss" or "losses" or "subsidy" or "salary" or "burn")
            ? (null, true)
            : (Metric.Revenue, true);
    }

    /// <summary>"Startups categorized as AI companies combined to bring in $26.9 billion": a total of several, unless revenue is named.</summary>
    private static (Metric? Metric, bool Found)? CombinedBroughtIn(IReadOnlyList<Word> words, int first, int next)
    {
        if (first < 2 || words[first - 1].Lower != "in" || words[first - 2].Lower is not ("bring" or "brought" or "bringing" or "brings")
            || Window(words, next, 5).Any(w => _resultsRevenueNouns.Contains(w)))
        {
            return null;
        }

        return WordsBefore(first - 2, 0, 3).Any(i => words[i].Lower is "combined" or "collectively" or "together" or "jointly")
            ? (null, true)
            : null;
    }

    /// <summary>
    /// "bringing its total purse to $143.8 million", "brings the total amount raised in equity sales ... to about $15.2bn": a total brought
    /// to the figure is no money earned (other); "bringing its annual revenue to $X" is revenue. A round, stake, valuation or deal brought
    /// to the figure is left to their rules.
    /// </summary>
    private static (Metric? Metric, bool Found)? BroughtToATotal(IReadOnlyList<Word> words, int first, int next)
    {
        var to = first - 1 >= 0 && _currencyWords.Contains(words[first - 1].Lower) ? first - 2 : first - 1;
        to -= to >= 1 && words[to].Lower is "about" or "around" or "roughly" or "nearly" or "over" or "some" or "almost" or "approximately" ? 1 : 0;
        if (to < 2 || words[to].Lower != "to")
        {
            return null;
        }

        var verb = -1;
        for (var i = to - 1; i >= Math.Max(0, to - 12) && !words[i].EndsPhrase; i--)
        {
            if (words[i].Lower is "bringing" or "brings" or "brought" or "bring")
            {
                verb = i;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        // "bringing the total to $4 billion" is more of the figure before (MetricRules.Changes.cs); "to $13 billion that it has invested",
        // "total contracted spend" say what they total.
        var named = Enumerable.Range(verb + 1, to - verb - 1).Select(i => words[i].Lower).ToList();
        var said = named.Concat(Window(words, next, 6)).ToList();
        return named.Any(_resultsRevenueNouns.Contains) ? (Metric.Revenue, true)
            : named is ["the" or "its" or "their", "total"] || named.Count <= 1
            || said.Any(w => _investmentNouns.Contains(w) || _roundNouns.Contains(w) || _valuationNouns.Contains(w) || _dealNouns.Contains(w)
                || w is "value" or "spend" or "spending" or "contracted" or "committed" or "invested" or "investing")
            ? null
            : named.Any(w => w is "total" or "tally" or "purse" or "haul" or "sum" or "overall" or "amount" or "efforts") ? (null, true)
            : null;
    }

    /// <summary>
    /// "$29.3 billion on $1B+ ARR", "a profit of $X on $Y in revenue": the revenue after "on" is the next figure's; this one is what was
    /// made or valued on it: a valuation when the sentence values, else other.
    /// </summary>
    private static (Metric? Metric, bool Found)? OnRevenueOf(SentenceWords sentence, int last, int next)
    {
        var words = sentence.Words;
        if (next + 1 >= words.Count || words[next].Lower != "on" || (words[last].EndsPhrase && next == last + 1))
        {
            return null;
        }

        var i = next + 1;
        while (i < words.Count && i <= next + 3 && words[i].Lower is "a" or "just" or "only" or "about" or "around" or "roughly" or "some")
        {
            i++;
        }

        var figureFollows = i < words.Count && (words[i].Core.Length > 0 && words[i].Core.Any(char.IsDigit) || _currencyWords.Contains(words[i].Lower));
        var revenueFollows = i < words.Count && ResultsNoun(words, i) is { Metric: Metric.Revenue };
        if (!revenueFollows && !(figureFollows && Window(words, i, 5).Any(_resultsRevenueNouns.Contains)))
        {
            return null;
        }

        return words.Any(w => w.Lower is "valuation" or "valued" or "valuing" or "values" or "value") ? (Metric.Valuation, true) : (null, true);
    }

    /// <summary>"raised more than $700mn through share sales", "$X in stake sales": holdings sold, no revenue (other).</summary>
    private static (Metric? Metric, bool Found)? ThroughShareSales(IReadOnlyList<Word> words, int last, int next)
    {
        if (next + 1 >= words.Count || (words[last].EndsPhrase && next == last + 1) || words[next].Lower is not ("through" or "via" or "in" or "from" or "of"))
        {
            return null;
        }

        for (var i = next + 1; i < words.Count && i <= next + 3; i++)
        {
            if (words[i].Lower == "sales" && ResultsNoun(words, i) is null)
            {
                return (null, true);
            }

            if (words[i].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }
}
