using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Market money (other): money that is no one deal's investment, round or valuation, read as one of them by a cue beside it. What a
/// firm manages, holds or sits on ("manages $X in assets", "with $X worth of shares", "has $X on its balance sheet"); what a market,
/// a place or a stage adds up to, averages or is worth in deals ("seed funding added up to", "startup funding in Kenya fell to",
/// "the median value of seed rounds", "total deal value", "startups in the MENA region raised"); market value ("a market valuation
/// of"); a product's price ("sell for $X apiece"); an acquisition's parts ("a total enterprise value of", "$X in assumption of debt");
/// forecasts over years, capital spending and a blank-check company's trust.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs that say a firm looks after money: "manages $X", "oversees $X in assets", "is sitting on $X".</summary>
    private static readonly HashSet<string> _managingVerbs = new(StringComparer.Ordinal)
    {
        "manages", "managed", "manage", "managing", "oversees", "oversaw", "oversee", "overseeing", "administers", "controls",
    };

    /// <summary>Verbs that say a holder has money: "has $X in cash", "with $X worth of shares".</summary>
    private static readonly HashSet<string> _holdingVerbs = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "having", "holds", "held", "hold", "holding", "owns", "owned", "own", "with", "keeps", "kept",
    };

    /// <summary>What a holder has money in: "$X in assets", "$X of dry powder", "$X in outstanding investments".</summary>
    private static readonly HashSet<string> _heldNouns = new(StringComparer.Ordinal)
    {
        "assets", "investments", "holdings", "cash", "shares", "stock", "stocks", "equities", "powder", "reserves", "securities", "deposits",
        "aum", "savings",
    };

    /// <summary>Lower-case nouns before the figure that make it a holder's or a market's worth: "the value of its public holdings reached".</summary>
    private static readonly HashSet<string> _marketMoneyNouns = new(StringComparer.Ordinal)
    {
        "holdings", "aum", "fortune", "average", "averaged", "averaging", "median", "capex", "expenditure", "expenditures",
    };

    /// <summary>Heads of a subject that is a market's money: "seed funding added up to", "venture investment in Kenya totalled".</summary>
    private static readonly HashSet<string> _marketFundingHeads = new(StringComparer.Ordinal)
    {
        "funding", "investment", "investments", "financing", "fundraising", "capital", "deals", "rounds",
    };

    /// <summary>Words before a market's funding head: "late-stage funding", "total startup funding", "Series A rounds".</summary>
    private static readonly HashSet<string> _marketFundingQualifiers = new(StringComparer.Ordinal)
    {
        "the", "total", "overall", "global", "annual", "quarterly", "monthly", "startup", "start-up", "venture", "vc", "venture-capital",
        "seed", "pre-seed", "seed-stage", "early-stage", "late-stage", "growth-stage", "later-stage", "series", "a", "b", "c", "angel",
        "tech", "fintech", "private", "equity", "foreign", "local", "aggregate", "combined", "ai",
    };

    /// <summary>Plural lower-case nouns for many companies: "startups in the MENA region", "European fintechs".</summary>
    private static readonly HashSet<string> _marketCrowds = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "companies", "firms", "fintechs", "scaleups", "scale-ups", "unicorns", "founders", "entrepreneurs", "ventures",
    };

    /// <summary>A forecast's horizon: "by 2027".</summary>
    private static readonly System.Text.RegularExpressions.Regex _byAYear =
        new(@"\bby 20\d\d\b", System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Words counting a crowd ("eight African startups raised $100 million or more"): a count over a threshold, not a total.</summary>
    private static readonly HashSet<string> _countWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds", "few",
    };

    /// <summary>Whether the figure at <paramref name="first"/>..<paramref name="last"/>, read as one deal's money, is market money (other).</summary>
    private static bool IsMarketMoney(SentenceWords sentence, int first, int last, int floor, Metric? metric)
    {
        var words = sentence.Words;
        if (first <= 0 || last >= words.Count)
        {
            return false;
        }

        var next = SkipConversion(words, last);
        var start = ClauseStartOf(words, first, floor);
        var verb = VerbBeforeHedges(words, first, start);

        // "dropped to $X in May from $Y a year earlier", "added up to €X, down from €Y": the start of a change belongs to its clause.
        if (verb >= 0 && words[verb].Lower == "from")
        {
            (start, verb) = ChangeBefore(words, start, verb);
        }

        if (metric == Metric.Revenue)
        {
            return IsMarketFundingSubject(words, start, verb);
        }

        return IsHeldMoney(words, verb, next, start)
            || IsMarketMoneyNounBefore(words, start, first, next)
            || IsMarketFundingSubject(words, start, verb)
            || IsCrowdRaising(words, start, verb, metric)
            || IsPartOrPriceAfter(words, first, next)
            || IsSpreadOverACrowd(words, next)
            || IsForecastOverYears(words, verb, next);
    }

    /// <summary>The first word of the clause the figure stands in: after the last comma-like break, not before the floor.</summary>
    private static int ClauseStartOf(IReadOnlyList<Word> words, int first, int floor)
    {
        var i = first - 1;
        while (i > Math.Max(floor, 0) && !words[i - 1].EndsPhrase)
        {
            i--;
        }

        return Math.Max(i, Math.Max(floor, 0));
    }

    /// <summary>The word before the figure once hedges are skipped ("sitting on almost $X" → "on"), or -1.</summary>
    private static int VerbBeforeHedges(IReadOnlyList<Word> words, int first, int start)
    {
        var i = first - 1;
        while (i >= start && i > first - 5 && (_twelfthFillers.Contains(words[i].Lower) && words[i].Lower is not ("of" or "to" or "at") || words[i].Core.Length == 0))
        {
            i--;
        }

        return i >= start ? i : -1;
    }

    /// <summary>"manages $X", "is sitting on $X", "has $X in cash", "with $X worth of shares", "has $X on its balance sheet".</summary>
    private static bool IsHeldMoney(IReadOnlyList<Word> words, int verb, int next, int start)
    {
        if (verb < 0)
        {
            return false;
        }

        var lower = words[verb].Lower;
        if (_managingVerbs.Contains(lower) || (lower == "on" && verb - 1 >= start && words[verb - 1].Lower is "sitting" or "sits" or "sat" or "sit"))
        {
            return true;
        }

        // "The fund, with $X worth of shares": "with" opens its clause; "topped up its account with $X in equity investments" is a raise.
        if (!_holdingVerbs.Contains(lower) || (lower == "with" && verb != start) || next + 1 >= words.Count)
        {
            return false;
        }

        var after = words[next].Lower;
        if (after == "on" && Window(words, next + 1, 3).Contains("balance"))
        {
            return true;
        }

        // "$X in outstanding investments", "$X worth of shares in listed companies", "$X of dry powder".
        var k = after == "worth" && words[next + 1].Lower == "of" ? next + 2 : after is "in" or "of" ? next + 1 : -1;
        for (var j = k; j >= 0 && j < words.Count && j <= k + 2; j++)
        {
            if (_heldNouns.Contains(words[j].Lower))
            {
                return true;
            }

            if (words[j].EndsPhrase || words[j].IsCapitalised)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "The value of SoftBank's public holdings reached", "the median value of seed rounds rose to", "raised an average of", "a market
    /// valuation of", "total deal value dipped to", "a total enterprise value of", "assets under management of", "a net worth of".
    /// </summary>
    private static bool IsMarketMoneyNounBefore(IReadOnlyList<Word> words, int start, int first, int next)
    {
        for (var i = start; i < first; i++)
        {
            var core = words[i].Core;
            var prior = i > start ? words[i - 1].Lower : "";
            if (_marketMoneyNouns.Contains(core)
                || (core == "value" && prior is "deal" or "transaction")
                || (core == "worth" && prior == "net")
                || (core == "management" && prior == "under")
                || (core == "powder" && prior == "dry")
                || (core == "chest" && prior == "war")
                || (first - i <= 6 && IsListedMarketValue(words, i, next))
                || (core == "value" && prior == "enterprise" && i > 1 && words[i - 2].Lower == "total" && Window(words, next, 3).Contains("including")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a market capitalisation of", "its market value rose to", and "a market valuation of" where the sentence speaks of shares (a
    /// listed company's worth); not "a public market valuation" an offering targets, nor a private company's "market valuation" with no
    /// word of shares ("Zeekr's current market valuation of $13 billion", said before its listing), nor a figure that is itself a
    /// round's valuation ("the $12.4bn valuation achieved in its round").
    /// </summary>
    private static bool IsListedMarketValue(IReadOnlyList<Word> words, int i, int next)
    {
        if (i == 0 || words[i - 1].Lower is not ("market" or "stock-market") || (next < words.Count && words[next].Lower is "valuation" or "valuations"))
        {
            return false;
        }

        var core = words[i].Core;
        if (core is "capitalisation" or "capitalization" or "cap" or "value")
        {
            return true;
        }

        return core == "valuation" && !(i > 1 && words[i - 2].Lower == "public")
            && words.Any(w => w.Lower is "share" or "shares" or "stock" or "listed" or "traded" or "trading");
    }

    /// <summary>
    /// "Seed funding added up to €X", "Startup funding in Kenya dropped to $X", "Funding for AI startups fell to $X", "Venture investment
    /// in India totalled $X": a clause whose subject is a stage's or a market's funding, told by a total or a change.
    /// </summary>
    private static bool IsMarketFundingSubject(IReadOnlyList<Word> words, int start, int verb)
    {
        if (verb < 0 || !IsTotalOrChangeVerb(words, verb))
        {
            return false;
        }

        // "Data from Substack shows that funding for young local firms fell to $X": the subject after a reporting "that".
        var i = start;
        for (var t = start; t < verb; t++)
        {
            i = words[t].Lower == "that" ? t + 1 : i;
        }

        var opening = i;
        var market = false;
        while (i < verb && _marketFundingQualifiers.Contains(words[i].Lower) && !words[i].Possessive)
        {
            market |= words[i].Lower is not ("the" or "total" or "a" or "b" or "c");
            i++;
        }

        if (i >= verb || !_marketFundingHeads.Contains(words[i].Lower) || words[i].Possessive)
        {
            return false;
        }

        // Of a stage or a market ("seed funding added up to", "funding fell 19 percent to", not "the investment totaled"), or of a
        // market after it: "in Kenya", "for AI startups", "in the first quarter".
        var of = i + 1;
        return (of >= FindVerbWord(words, i + 1, verb) && (market || i == opening))
            || (of < verb && words[of].Lower is "in" or "for" or "into" or "to" && IsMarketAfter(words, of + 1, verb));
    }

    /// <summary>The first total or change verb from <paramref name="from"/> to <paramref name="verb"/>.</summary>
    private static int FindVerbWord(IReadOnlyList<Word> words, int from, int verb)
    {
        for (var j = from; j <= verb; j++)
        {
            if (IsTotalOrChangeVerb(words, j))
            {
                return j;
            }
        }

        return verb;
    }

    /// <summary>A place, a crowd of companies, a region or a period after "in" / "for": "in Kenya", "for AI startups", "in the MENA region".</summary>
    private static bool IsMarketAfter(IReadOnlyList<Word> words, int from, int verb)
    {
        for (var j = from; j < verb && j < from + 5; j++)
        {
            if (Lexicon.Places.Contains(words[j].Core) || _marketCrowds.Contains(words[j].Lower)
                || words[j].Lower is "region" or "sector" or "country" or "continent" or "ecosystem" or "quarter" or "half" or "year" or "month" or "2023" or "2024" or "2025")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The change a "from" figure starts and the clause it stands in, back over "down from" and over a previous figure and its conversion:
    /// "dropped to $X (£Y) in May from $Z" → "dropped"; (start, -1) when there is none within three clauses.
    /// </summary>
    private static (int Start, int Verb) ChangeBefore(IReadOnlyList<Word> words, int start, int from)
    {
        for (var hops = 0; hops < 3; hops++)
        {
            if (ChangeVerbBefore(words, start, from) is var verb and >= 0)
            {
                return (start, verb);
            }

            if (start == 0)
            {
                break;
            }

            start = ClauseStartOf(words, start - 1, 0);
        }

        return (start, -1);
    }

    /// <summary>The total or change verb of the clause before "from" (<paramref name="from"/>), or -1.</summary>
    private static int ChangeVerbBefore(IReadOnlyList<Word> words, int start, int from)
    {
        for (var j = from - 1; j >= start; j--)
        {
            if (IsTotalOrChangeVerb(words, j))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>"bet $X on edtech companies", "poured $X into startups in the MENA region": money spread over many companies.</summary>
    private static bool IsSpreadOverACrowd(IReadOnlyList<Word> words, int next)
    {
        if (next >= words.Count || words[next].Lower is not ("on" or "into" or "in" or "across"))
        {
            return false;
        }

        for (var j = next + 1; j < words.Count && j <= next + 3; j++)
        {
            // Lower-case: "on AI startups", not a name such as "Holding Companies".
            // "in startups such as ShareChat and Kissht": one company at a time.
            if (_marketCrowds.Contains(words[j].Core))
            {
                return !(j + 1 < words.Count && words[j + 1].Lower is "such" or "like" or "including");
            }

            if (words[j].EndsPhrase || words[j].Possessive)
            {
                break;
            }
        }

        return false;
    }

    private static bool IsTotalOrChangeVerb(IReadOnlyList<Word> words, int i)
    {
        var lower = words[i].Lower;
        if (IsTotalOrChangeVerbWord(lower))
        {
            return true;
        }

        if (lower is not ("to" or "at" or "up" or "in") || i == 0)
        {
            return false;
        }

        // "added up to", "stood at", "fell 40 per cent to $X", "rose 12% to $X": a particle, and the change's size before it.
        var k = i - 1;
        while (k > 0 && k >= i - 4 && (words[k].Lower is "per" or "cent" or "percent" or "pct" or "by" || char.IsDigit(words[k].Core.FirstOrDefault())))
        {
            k--;
        }

        return IsTotalOrChangeVerb(words, k);
    }

    private static bool IsTotalOrChangeVerbWord(string lower) =>
        _changeVerbs.Contains(lower) || _tenthTotalVerbs.Contains(lower)
        || lower is "dipped" or "slid" or "shrank" or "sank" or "tumbled" or "stood" or "came" or "added" or "fell" or "rose";

    /// <summary>"Startups in the MENA region raised", "European fintechs secured", "startups from Europe raised venture capital of": a crowd
    /// of companies as the clause's subject, with a raise verb before the figure.</summary>
    private static bool IsCrowdRaising(IReadOnlyList<Word> words, int start, int verb, Metric? metric)
    {
        var raise = verb;
        while (raise > start && raise >= verb - 3 && words[raise].Lower is "of" or "capital" or "venture" or "funding" or "in")
        {
            raise--;
        }

        if (raise < start || words[raise].Lower is not ("raised" or "raise" or "secured" or "attracted" or "drew" or "pulled" or "bagged" or "received"))
        {
            return false;
        }

        // "in talks with venture capital firms to raise": the crowd is not the one raising.
        if (raise > 0 && words[raise - 1].Lower == "to")
        {
            return false;
        }

        // The subject: a crowd noun among the first words of the clause, not counted ("49 US AI startups", "eight African startups")
        // nor owned ("its portfolio companies").
        for (var j = start; j < raise && j < start + 6; j++)
        {
            if (char.IsDigit(words[j].Core.FirstOrDefault()) || _countWords.Contains(words[j].Lower) || words[j].Lower is "its" or "their" or "portfolio")
            {
                return false;
            }

            // "Index Ventures raised $X for Index Ventures Growth VII": a crowd's word capitalised after a capitalised word ends an
            // organisation's name, and its own raise is no crowd's (a stake sold to many investors, read as an investment, stays other).
            var ownName = metric == Metric.RoundSize && words[j].IsCapitalised && j > start && words[j - 1].IsCapitalised && !Lexicon.Places.Contains(words[j - 1].Core);
            if (_marketCrowds.Contains(words[j].Lower) && !ownName)
            {
                return true;
            }

            if (words[j].Possessive)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"$X apiece" (a product's price), "$X of debt", "$X in assumption of debt", "$X in equity value", "$X in its trust".</summary>
    private static bool IsPartOrPriceAfter(IReadOnlyList<Word> words, int first, int next)
    {
        if (next >= words.Count)
        {
            return false;
        }

        var after = Phrase(words, next, 4);
        return IsOverManyDeals(words, next)
            || after.StartsWith("apiece", StringComparison.Ordinal)
            || after.StartsWith("of debt", StringComparison.Ordinal) || after.StartsWith("of net debt", StringComparison.Ordinal)
            || after.StartsWith("in debt", StringComparison.Ordinal) || after.StartsWith("in assumed debt", StringComparison.Ordinal)
            || after.StartsWith("in assumption of debt", StringComparison.Ordinal) || after.StartsWith("in equity value", StringComparison.Ordinal)
            || after.StartsWith("of equity value", StringComparison.Ordinal)
            || ((after.StartsWith("in its trust", StringComparison.Ordinal) || after.StartsWith("in trust", StringComparison.Ordinal)) && first > 0);
    }

    /// <summary>"$X across 115 private equity and venture capital transactions", "$X over 300 deals": many deals' total.</summary>
    private static bool IsOverManyDeals(IReadOnlyList<Word> words, int next)
    {
        if (next + 1 >= words.Count || words[next].Lower is not ("across" or "over" or "in" or "from" or "through")
            || !(char.IsDigit(words[next + 1].Core.FirstOrDefault()) || _countWords.Contains(words[next + 1].Lower))
            || (words[next + 1].Core.Length == 4 && words[next + 1].Core.StartsWith("20", StringComparison.Ordinal)))
        {
            return false;
        }

        return Window(words, next + 2, 7).Any(w => w is "deals" or "transactions" or "rounds" or "financings" or "investments");
    }

    /// <summary>"JLL expects $X in phased funding over seven years", "will raise $X ... by 2027, the report forecasts": a forecast over years.</summary>
    private static bool IsForecastOverYears(IReadOnlyList<Word> words, int verb, int next)
    {
        if (verb < 0 || words[verb].Lower is not ("expects" or "expected" or "forecasts" or "forecast" or "projects" or "projected" or "predicts" or "estimates"))
        {
            return false;
        }

        var window = Phrase(words, next, 8);
        return window.Contains("over ", StringComparison.Ordinal) && window.Contains("years", StringComparison.Ordinal)
            || window.Contains("phased", StringComparison.Ordinal) || _byAYear.IsMatch(window);
    }
}
