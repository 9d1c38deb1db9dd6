using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the valuation-shapes sweep: valuations written without the issue's cue words ("at a company value of $105 million", "The
/// $1bn-valued company", "hit the $1bn mark", "peg its worth somewhere between $15 billion and $20 billion", "went from $5.2 billion to
/// $14 billion in valuation", "its previous pricing of $520 million", "November's $9 billion sticker", "tripling its valuation after its
/// most recent round in September 2020 ($10.6bn)"), and figures that go on from a valuation before them in the sentence ("compared to
/// the previous $5 billion", "the amount would be closer to $300 billion", "valued the AI company at $80 billion and the social media
/// company at $33 billion").
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _markVerbs = new(StringComparer.Ordinal)
    {
        "hit", "hits", "hitting", "crossed", "crosses", "crossing", "cross", "reached", "reaches", "reaching", "reach", "passed", "passes",
        "topped", "tops", "surpassed", "surpasses", "breached", "touched", "touches", "past", "beyond",
    };

    // What else a company's "$X mark" can be: its revenue, its market value, money raised or lent, users, volumes.
    private static readonly HashSet<string> _notValuationMarks = new(StringComparer.Ordinal)
    {
        "revenue", "revenues", "sales", "arr", "gmv", "market", "capitalisation", "capitalization", "cap", "shares", "stock", "assets", "aum",
        "funding", "investment", "investments", "exports", "imports", "deposits", "volume", "volumes", "loans", "total", "orders", "bookings",
        "profit", "profits", "income", "turnover", "spending", "fund", "funds", "raised-to-date", "cumulative", "collectively", "combined",
        "fundraising", "fund-raising", "startups", "deal", "deals", "contract", "contracts", "work", "donations", "subscribers", "users",
    };

    private static readonly HashSet<string> _worthSetters = new(StringComparer.Ordinal)
    {
        "peg", "pegs", "pegged", "pegging", "put", "puts", "putting", "set", "sets", "setting", "place", "places", "placed", "placing",
    };

    private static readonly HashSet<string> _moneyWords = new(StringComparer.Ordinal)
    {
        "million", "billion", "trillion", "bn", "mn", "mln", "crore", "lakh", "won", "yuan", "euros", "yen", "rupees", "pounds", "dollars", "to",
    };

    /// <summary>"at a company value of $105 million", "an implied value of $X", "an enterprise value of" (no takeover): what a company is worth.</summary>
    private static (Metric? Metric, bool Found)? CompanyValueOf(IReadOnlyList<Word> words, int of)
    {
        if (of < 2 || words[of].Lower is not ("of" or "at") || words[of - 1].Lower != "value")
        {
            return null;
        }

        var kind = words[of - 2].Lower;
        var takeover = words.Any(w => w.Lower is "acquisition" or "acquire" or "acquires" or "acquired" or "takeover" or "buyout" or "merger");
        // "the deal represents a total enterprise value of $4.9 billion, including about $1.9 billion of … debt": a deal's total, with debt.
        var dealTotal = of >= 3 && words[of - 3].Lower == "total" || words.Any(w => w.Lower == "debt");
        return kind is "company" or "firm" or "implied" or "startup" || (kind is "equity" or "enterprise" && !takeover && !dealTotal) ? (Metric.Valuation, true) : null;
    }

    /// <summary>"The $1bn-valued women's health company": money joined to "-valued" by a hyphen.</summary>
    private static (Metric? Metric, bool Found)? JoinedValued(IReadOnlyList<Word> words, int last) =>
        last >= 0 && last < words.Count && words[last].Lower.EndsWith("-valued", StringComparison.Ordinal)
        && !(last + 1 < words.Count && _notCompanyValued.Contains(words[last + 1].Lower)) ? (Metric.Valuation, true) : null;

    /// <summary>"Flutterwave … hit the $1bn mark in March when it raised $170m": a company passing a mark, with no other measure named.</summary>
    private static (Metric? Metric, bool Found)? ValuationMark(IReadOnlyList<Word> words, int the, int last)
    {
        var next = SkipConversion(words, last);
        if (the < 1 || next >= words.Count || words[next].Lower != "mark" || words[the].Lower != "the" || !_markVerbs.Contains(words[the - 1].Lower))
        {
            return null;
        }

        // "Bitcoin hit the $100,000 mark": a price, not a company's worth; "Nvidia hit the $4 trillion mark": a listed company's market
        // value: a company's mark is its valuation only in a sentence about raising money or its valuation.
        var scaled = Enumerable.Range(the + 1, Math.Max(0, last - the)).Any(k => words[k].Lower is "million" or "billion" or "trillion" or "crore" or "lakh" or "mln" or "bln" or "tn"
            || words[k].Lower.EndsWith("bn", StringComparison.Ordinal) || words[k].Lower.EndsWith('m') || words[k].Lower.EndsWith("mn", StringComparison.Ordinal));
        var aboutRaising = words.Any(w => w.Lower is "raised" or "raise" or "raises" or "raising" or "round" or "valuation" or "valued" or "unicorn" or "series");
        return scaled && aboutRaising && !words.Any(w => _notValuationMarks.Contains(w.Lower)) ? (Metric.Valuation, true) : null;
    }

    /// <summary>"aimed to peg its worth somewhere between $15 billion and $20 billion", "puts its value at $X": a company's own worth set.</summary>
    private static (Metric? Metric, bool Found)? WorthPegged(IReadOnlyList<Word> words, int lead, int floor)
    {
        var noun = lead >= 0 && words[lead].Lower is "at" or "to" or "around" or "near" or "between" ? lead - 1 : lead;
        while (noun > 0 && words[noun].Lower == "somewhere")
        {
            noun--;
        }

        if (noun < 2 || noun - 2 < floor || words[noun].Lower is not ("worth" or "value" or "valuation"))
        {
            return null;
        }

        var owner = words[noun - 1];
        // "Forbes puts Musk's worth at $400 billion", "pegs his worth": a person's fortune, not a company's value.
        var owned = owner.Lower is "its" or "their" || (owner.Possessive && owner.IsCapitalised && words[noun].Lower != "worth");
        return owned && _worthSetters.Contains(words[noun - 2].Lower) ? (Metric.Valuation, true) : null;
    }

    /// <summary>"went from $5.2 billion to $14 billion in valuation": money followed by "in valuation", directly or after the change's end.</summary>
    private static (Metric? Metric, bool Found)? InValuationAfter(IReadOnlyList<Word> words, int lead, int last)
    {
        // "lost $10 billion in valuation", "added $X in valuation": a change, not a valuation.
        if (lead >= 0 && words[lead].Lower is "lost" or "lose" or "loses" or "losing" or "shed" or "sheds" or "wiped" or "erased" or "added" or "adds"
            or "adding" or "gained" or "gains" or "by")
        {
            return null;
        }

        for (var k = SkipConversion(words, last); k + 1 < words.Count && k <= last + 10; k++)
        {
            if (words[k].Lower == "in" && words[k + 1].Lower is "valuation" or "valuations")
            {
                return (Metric.Valuation, true);
            }

            var part = words[k].InBrackets || words[k].Core.Any(char.IsDigit) || _moneyWords.Contains(words[k].Lower);
            if (!part || (words[k].EndsPhrase && !words[k].InBrackets))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"a higher valuation cap than its previous pricing of $520 million", "November's $9 billion sticker": a company's price.</summary>
    private static (Metric? Metric, bool Found)? PricingOrSticker(IReadOnlyList<Word> words, int lead, int last)
    {
        var next = SkipConversion(words, last);
        // "The $140 billion figure compares with a $127 billion valuation": a figure named again in a sentence about valuations.
        var sticker = next < words.Count && (words[next].Lower is "sticker" or "sticker-price"
            || (words[next].Lower is "figure" && words.Any(w => w.Lower is "valuation" or "valuations" or "valued")
                && !words.Any(w => _revenueNouns.Contains(w.Lower))));
        var pricing = lead >= 1 && words[lead].Lower == "of" && words[lead - 1].Lower == "pricing"
            && words.Any(w => w.Lower is "valuation" or "valuations" or "valued");
        var takeover = words.Any(w => w.Lower is "acquisition" or "acquire" or "acquires" or "acquired" or "takeover" or "buyout" or "merger");
        return (sticker || pricing) && !takeover ? (Metric.Valuation, true) : null;
    }

    /// <summary>"tripling its valuation after its most recent round in September 2020 ($10.6bn)": a bracketed figure for the valuation before it.</summary>
    private static (Metric? Metric, bool Found)? BracketedAfterValuation(IReadOnlyList<Word> words, int first, int floor)
    {
        if (first < 1 || first >= words.Count || !words[first].InBrackets || words[first - 1].InBrackets || words[first - 1].EndsPhrase)
        {
            return null;
        }

        for (var k = first - 1; k >= Math.Max(Math.Max(floor, 0), first - 12); k--)
        {
            var lower = words[k].Lower;
            if (lower is "valuation" or "valuations")
            {
                return (Metric.Valuation, true);
            }

            if (_revenueNouns.Contains(lower) || _investmentNouns.Contains(lower) || lower is "raised" or "raise" or "raising" or "debt" or "loan")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// After a valuation in the sentence: "compared to the previous $5 billion", "the amount would be closer to $300 billion", "and the
    /// social media company at $33 billion": more of the valuation.
    /// </summary>
    private static (Metric? Metric, bool Found)? AfterAValuation(IReadOnlyList<Word> words, int lead, int floor)
    {
        // "between $15 billion and $20 billion" read as two figures: the second end of the range.
        if (lead >= 0 && lead == floor && words[lead].Lower == "and"
            && Enumerable.Range(Math.Max(0, floor - 6), floor - Math.Max(0, floor - 6)).Any(k => words[k].Lower == "between"))
        {
            return (Metric.Valuation, true);
        }

        if (lead < 1 || lead <= floor)
        {
            return null;
        }

        var lower = words[lead].Lower;
        if (lower is "previous" or "prior" or "earlier" or "former" or "old" or "initial" or "last"
            && (words[lead - 1].Lower is "the" or "its" or "their" || words[lead - 1].Possessive))
        {
            return (Metric.Valuation, true);
        }

        var j = lead;
        while (j > floor && words[j].Lower is "closer" or "nearer" or "to" or "be" or "would" or "could" or "will" or "is" or "was" or "may"
               or "might" or "actually" or "likely" or "probably" or "instead" or "end" or "up" or "more" or "like")
        {
            j--;
        }

        if (j > floor && j < lead && words[j].Lower is "amount" or "figure" or "number" or "sum" or "price" && words[j - 1].Lower is "the" or "that")
        {
            return (Metric.Valuation, true);
        }

        return lower == "at" && words[floor].Lower == "and" ? SecondCompanyValued(words, floor + 1, lead) : null;
    }

    /// <summary>"… valued the AI company at $80 billion and the social media company at $33 billion": the second company valued.</summary>
    private static (Metric? Metric, bool Found)? SecondCompanyValued(IReadOnlyList<Word> words, int from, int at)
    {
        var between = Enumerable.Range(from, Math.Max(0, at - from)).Select(k => words[k]).ToList();
        var named = between.Any(w => w.IsCapitalised || w.Lower is "company" or "startup" or "firm" or "business" or "unit" or "it");
        return between.Count is > 0 and <= 6 && named && !between.Any(w => w.EndsPhrase || _notCompanyValued.Contains(w.Lower))
            ? (Metric.Valuation, true) : null;
    }
}
