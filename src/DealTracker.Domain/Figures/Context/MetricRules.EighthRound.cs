using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric rules added after blind19 and blind20's first runs (the eighth round), read before the seventh round's: a market's or a
/// period's total, a company's own costs and losses, round verbs and round nouns, a valuation or revenue named around the figure, a
/// purchase of cloud capacity and a majority stake bought.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>A currency written as a word before the number: "Rs 324 crore", "NOK 21m".</summary>
    private static readonly HashSet<string> _currencyWords = new(StringComparer.Ordinal)
    {
        "rs", "inr", "rmb", "nok", "cny", "hkd", "sgd", "usd", "eur", "krw", "jpy", "us",
    };

    /// <summary>A company's own costs: "aggregate losses declined from Rs X", "employee benefit expenses contributed Rs X".</summary>
    private static readonly HashSet<string> _costNouns = new(StringComparer.Ordinal)
    {
        "losses", "loss", "cost", "expenses", "expense", "expenditure", "expenditures", "salaries", "salary", "payroll", "costs",
    };

    /// <summary>Words that make a figure money raised or invested, which a cost noun before them does not outweigh.</summary>
    private static readonly HashSet<string> _fundingWords = new(StringComparer.Ordinal)
    {
        "raise", "raised", "raising", "raises", "invest", "invested", "investing", "investment", "funding", "round", "valuation", "valued",
        "secured", "financing",
    };

    /// <summary>Plural, lower-case nouns for many companies at once: "Indian startups pulled in", "early-stage companies attracted".</summary>
    private static readonly HashSet<string> _crowdNouns = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "companies", "firms", "founders", "unicorns",
    };

    private static (Metric? Metric, bool Found)? EighthRoundReading(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        var at = first - 1 >= 0 && _currencyWords.Contains(words[first - 1].Lower) ? first - 1 : first;
        return PeriodTotalAfter(words, last, next)
            ?? NounsAfterTheFigure(words, last, next)
            ?? (IsOwnCost(words, at, floor) && !(next + 1 < words.Count && words[next].Lower == "in" && _revenueNouns.Contains(words[next + 1].Lower)) ? ((Metric?)null, true) : ((Metric?, bool)?)null)
            ?? (IsCrowdsTake(words, at, floor) ? ((Metric?)null, true) : ((Metric?, bool)?)null)
            ?? RoundVerbBefore(words, at, floor, next)
            ?? NamedAroundTheFigure(sentence, at, next, floor, previous);
    }

    /// <summary>
    /// "$X across 87 funding rounds", "$X raised in 100 announced rounds", "$X of funding across 21 deals", "the $X raised during the full
    /// month": a total over many rounds or a period, other.
    /// </summary>
    private static (Metric? Metric, bool Found)? PeriodTotalAfter(List<Word> words, int last, int next)
    {
        if (next >= words.Count || (words[last].EndsPhrase && words[last].After != ')'))
        {
            return null;
        }

        var from = next;
        if (words[from].Lower is "of" or "in" && from + 1 < words.Count && words[from + 1].Lower is "funding" or "investment" or "investments" or "capital")
        {
            from += 2;
        }

        var passive = from < words.Count && words[from].Lower is "raised" or "invested" or "deployed";
        if (passive)
        {
            // "the $143 billion in funding deployed by VCs into the Indian startup ecosystem": what went into a whole market.
            if ((from + 1 < words.Count && words[from + 1].Lower is "during" or "over" or "across")
                || Window(words, from + 1, 8).Any(w => w is "ecosystem" or "sector" or "industry"))
            {
                return (null, true);
            }

            from++;
        }

        if (from + 1 >= words.Count || words[from].Lower is not ("across" or "in" or "over") || !decimal.TryParse(words[from + 1].Core.Replace(",", ""), out _))
        {
            return null;
        }

        // "a total of $7.6bn in funding over 10 rounds" is one company's rounds: "rounds" only with no owner ("$X raised in 100 rounds").
        return Window(words, from + 2, 3).Any(w => w is "deals" or "transactions" || (passive && w is "rounds")) ? (null, true) : null;
    }

    /// <summary>
    /// "a $13m extension of the Series A" and "a $2.75bn private placement" (a round), "a $360M investment led by" (the round it names),
    /// "$X in run-rate revenue" (revenue), "$X in reserves" (other), "a $3.6m investment in server infrastructure firm" (an investment in
    /// a company, not compute).
    /// </summary>
    private static (Metric? Metric, bool Found)? NounsAfterTheFigure(List<Word> words, int last, int next)
    {
        if (next >= words.Count || (words[last].EndsPhrase && words[last].After != ')'))
        {
            return null;
        }

        var lower = words[next].Lower;
        var after = Window(words, next + 1, 4).ToList();
        if ((lower == "extension" && after.Take(3).Any(w => w is "series" or "round" or "seed"))
            || (lower is "private" && after.FirstOrDefault() is "placement") || lower is "placement"
            || (lower is "investment" or "financing" && !words[next].EndsPhrase && after.Take(2).SequenceEqual(["led", "by"])))
        {
            return (Metric.RoundSize, true);
        }

        // "$250m in funding supplied by DFJ and Founders Fund": what the named backers put in.
        if (lower == "in" && after.Count >= 3 && after[0] is "funding" or "capital" && after[1] is "supplied" or "provided" or "contributed" && after[2] == "by")
        {
            return (Metric.Investment, true);
        }

        if (lower == "in" && after.Take(2).Any(w => w is "reserves"))
        {
            return (null, true);
        }

        if (lower == "in" && after.Count >= 2 && after[0] is "run-rate" or "annualized" or "annualised" or "recurring"
            && after[1] is "revenue" or "revenues" or "income" or "sales")
        {
            return (Metric.Revenue, true);
        }

        return lower == "investment" && after.FirstOrDefault() == "in"
            && after.Skip(1).Any(w => w is "firm" or "company" or "startup" or "start-up" or "maker" or "developer")
            ? (Metric.Investment, true) : null;
    }

    /// <summary>
    /// "Aggregate losses among these unicorns declined from Rs X", "employee benefit expenses contributed Rs X, including Rs Y in
    /// salaries": a cost of the company's own before the figure, with no raising or investing word between, is other.
    /// </summary>
    private static bool IsOwnCost(List<Word> words, int at, int floor)
    {
        for (var j = at - 1; j >= Math.Max(0, at - 20); j--)
        {
            if (_fundingWords.Contains(words[j].Lower))
            {
                return false;
            }

            if (_costNouns.Contains(words[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Indian startups pulled in $X", "early-stage companies in this sector attracted $X from investors", "The total funding raised
    /// by Indian startups has declined from $X": what many companies took in together is a market's total, other.
    /// </summary>
    private static bool IsCrowdsTake(List<Word> words, int at, int floor)
    {
        var verb = at - 1 >= 0 && words[at - 1].Lower == "in" && at >= 2 ? at - 2 : at - 1;
        if (verb >= 0 && words[verb].Lower is "pulled" or "attracted" or "drew" or "raked" or "hauled" or "received" or "bagged")
        {
            for (var j = verb - 1; j >= Math.Max(0, verb - 6) && !words[j].EndsPhrase; j--)
            {
                if (_crowdNouns.Contains(words[j].Lower) && words[j].Before != '(')
                {
                    return true;
                }
            }
        }

        // "The total funding raised by Indian startups has declined by 33 percent from $X": a total of the crowd's funding.
        for (var j = Math.Max(0, at - 16); j + 4 < at; j++)
        {
            if (words[j].Lower == "total" && words[j + 1].Lower is "funding" or "investment" or "investments"
                && Window(words, j + 2, 4).Any(_crowdNouns.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "bagged $X", "pocketed $X more for its Series D", "picked up $X in a …-led round": the company's round; "put up $X to co-lead"
    /// (the backer's part); "one of 10 investors that provided $X" (the round all of them provided).
    /// </summary>
    private static (Metric? Metric, bool Found)? RoundVerbBefore(List<Word> words, int at, int floor, int next)
    {
        // "snagged $53 million from Baird Capital": a backer named after the figure makes it the backer's investment (older rules).
        var fromBacker = next < words.Count && words[next].Lower == "from";
        var before = at - 1 >= Math.Max(0, floor) && at >= 1 ? words[at - 1].Lower : "";
        var twoBefore = at - 2 >= Math.Max(0, floor) && at >= 2 ? words[at - 2].Lower : "";
        if (before is "whopping" or "massive" or "hefty" && at >= 3 && words[at - 2].Lower is "a")
        {
            (before, twoBefore) = (words[at - 3].Lower, at >= 4 ? words[at - 4].Lower : "");
        }

        if ((before is "bagged" or "bags" or "pocketed" or "pockets" or "snagged" or "snags" or "scooped"
            || (before == "up" && twoBefore is "picked" or "picks" or "scooped")) && !fromBacker)
        {
            return (Metric.RoundSize, true);
        }

        // "Microsoft has given $11.8 billion of the $13 billion it pledged": money a backer has handed over.
        if (before is "given" && twoBefore is "has" or "had" or "have" && (next >= words.Count || words[next].Lower is "of" or "to"))
        {
            return (Metric.Investment, true);
        }

        if (before == "up" && twoBefore is "put" or "puts" or "putting")
        {
            return (Metric.Investment, true);
        }

        if (before is "provided" or "invested" or "put" or "contributed" && at >= 5
            && Window(words, Math.Max(0, at - 7), 6).Any(w => w == "investors")
            && Window(words, Math.Max(0, at - 8), 5).Contains("one") && Window(words, Math.Max(0, at - 8), 6).Contains("of"))
        {
            return (Metric.RoundSize, true);
        }

        return null;
    }

    /// <summary>
    /// "would value OpenAI at a pre-money valuation, meaning …, at $X" and "a higher valuation than $X" (a valuation); "a commitment to
    /// add $X" (an investment); "$X it pledged" (an investment); "committed $X to acquire AI cloud computing capacity" and "a deal to buy
    /// cloud capacity … worth about $X" (compute); "a significant increase from $X" (more of the figure before); "for a nearly 70%
    /// stake" (a takeover, other).
    /// </summary>
    private static (Metric? Metric, bool Found)? NamedAroundTheFigure(SentenceWords sentence, int at, int next, int floor, Metric? previous)
    {
        var words = sentence.Words;
        var before = at >= 1 && at - 1 >= floor ? words[at - 1].Lower : "";
        var twoBefore = at >= 2 && at - 2 >= floor ? words[at - 2].Lower : "";
        var start = Math.Max(floor, 0);
        if (before == "than" && twoBefore is "valuation" or "value" || (before == "at" && twoBefore != "valued"
            && words.Skip(start).Take(at - start).Any(w => w.Lower is "pre-money" or "post-money")))
        {
            return (Metric.Valuation, true);
        }

        // "the Indian edtech sector is valued at $30 billion": a whole market's size, not a company's valuation.
        if (before == "at" && twoBefore == "valued"
            && Window(words, Math.Max(start, at - 12), at - 2 - Math.Max(start, at - 12)).Any(w => w is "ecosystem" or "sector" or "industry"))
        {
            return (null, true);
        }

        if (before == "add" && twoBefore == "to" && at >= 3 && words[at - 3].Lower is "commitment" or "pledge" or "promise")
        {
            return (Metric.Investment, true);
        }

        // "the $13 billion it pledged", "the $550 million Google Ventures invested in Anthropic": a relative clause naming the giver.
        var verb = next < words.Count && sentence.NameAt[next] is { } giver ? giver.Last + 1 : next + 1;
        if (verb < words.Count && !words[Math.Max(0, verb - 1)].EndsPhrase && words[verb].Lower is "pledged" or "promised" or "committed" or "invested"
            && (verb > next + 1 || words[next].Lower is "it" or "he" or "she" or "they" || sentence.NameAt[next] is not null))
        {
            return (Metric.Investment, true);
        }

        if (next + 1 < words.Count && words[next].Lower == "to" && words[next + 1].Lower is "acquire" or "buy" or "purchase" or "rent" or "lease"
            && sentence.MentionsCompute(next + 2, Math.Min(words.Count, next + 8)))
        {
            return (Metric.ComputeCommitment, true);
        }

        if (before is "worth" || (before is "about" or "around" or "roughly" && twoBefore == "worth"))
        {
            var worth = before == "worth" ? at - 1 : at - 2;
            var buy = Window(words, Math.Max(start, worth - 12), worth - Math.Max(start, worth - 12)).Any(w => w is "buy" or "purchase" or "rent" or "lease");
            return buy && sentence.MentionsCompute(Math.Max(start, worth - 12), worth) ? (Metric.ComputeCommitment, true) : null;
        }

        if (floor > 0 && before == "from" && twoBefore is "increase" or "rise" or "jump" or "drop" or "decline" or "decrease" or "fall")
        {
            return (previous, true);
        }

        return next + 4 < words.Count && words[next].Lower == "for" && Window(words, next + 1, 5).Any(w => w is "stake")
            && MajorityShareAt(words, next + 1, 4) ? (null, true) : null;
    }
}
