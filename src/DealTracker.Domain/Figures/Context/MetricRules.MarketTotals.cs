using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Market totals (other): what a market, a sector, many deals or a crowd of startups add up to, over a period or in all, and the
/// size of a market ("African startups raised $2.9 billion in 2023", "global AI deals totalled $331bn", "the sector is worth $X",
/// "$X across 87 funding rounds", "according to data from Tracxn"); not one company's round or a count of startups over a threshold.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>A market or a crowd of companies as a subject: "the continent secured a total of", "African startups announced".</summary>
    private static readonly HashSet<string> _marketNouns = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "continent", "rounds", "deals", "companies", "sector", "ecosystem", "region", "industry", "market",
        "founders",
    };

    private static readonly HashSet<string> _changeVerbs = new(StringComparer.Ordinal)
    {
        "surged", "rose", "grew", "jumped", "climbed", "fell", "dropped", "declined", "increased", "doubled", "tripled", "soared", "plunged",
        "slumped", "decreased",
    };

    /// <summary>Plural, lower-case nouns for many companies at once: "Indian startups pulled in", "early-stage companies attracted".</summary>
    private static readonly HashSet<string> _crowdNouns = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "companies", "firms", "founders", "unicorns",
    };

    /// <summary>Verbs that give a total: "deals totalled $X", "investments reached $X".</summary>
    private static readonly HashSet<string> _tenthTotalVerbs = new(StringComparer.Ordinal)
    {
        "totalled", "totaled", "totalling", "totaling", "totals", "reached", "hit", "topped", "amounted", "stood", "surpassed", "exceeded",
    };

    /// <summary>What many deals add up to: "global AI deals", "venture investments", "fintech financings".</summary>
    private static readonly HashSet<string> _tenthDealPlurals = new(StringComparer.Ordinal)
    {
        "deals", "investments", "transactions", "financings", "fundraisings", "rounds", "acquisitions", "exits", "inflows",
    };

    /// <summary>Plural nouns for many companies raising at once: "African start-ups raised", "these firms raised".</summary>
    private static readonly HashSet<string> _twelfthCrowds = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "companies", "firms", "unicorns", "scaleups", "scale-ups",
    };

    /// <summary>Words between a raise verb and its figure: "raised a record $X", "raised a total of $X", "raising more than $X".</summary>
    private static readonly HashSet<string> _twelfthFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "total", "of", "record", "nearly", "roughly", "about", "around", "more", "than", "over", "some", "almost", "just", "under",
        "approximately", "combined", "collective", "estimated", "whopping", "close", "to", "least", "at",
    };

    /// <summary>Words between a crowd and its raise verb: "start-ups have raised", "Startups globally raised", "AI startups—collectively raising".</summary>
    private static readonly HashSet<string> _twelfthCrowdAdverbs = new(StringComparer.Ordinal)
    {
        "have", "had", "has", "also", "collectively", "together", "globally", "already", "alone", "jointly", "reportedly",
    };

    /// <summary>Words that name a span of time a total is counted over: "in the first quarter", "last year", "during 2025".</summary>
    private static readonly HashSet<string> _thirteenthPeriodNouns = new(StringComparer.Ordinal)
    {
        "quarter", "year", "half", "month", "months", "decade",
    };

    /// <summary>"African start-ups raised", "venture investors poured": a described plural subject right before the verb is a market.</summary>
    private static bool IsMarketSubject(List<Word> words, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && verb - i <= 2 && words[i].Lower is "have" or "had" or "also" or "collectively" or "together")
        {
            i--;
        }

        if (i < 1 || words[i].EndsPhrase || words[i].Lower is not ("startups" or "start-ups" or "investors" or "companies" or "firms" or "vcs"
                or "capitalists" or "funds"))
        {
            return false;
        }

        var qualifier = words[i - 1];
        return !qualifier.EndsPhrase && qualifier.Lower is not ("the" or "its" or "their" or "other" or "existing" or "new" or "and" or "two" or "three")
            && (Lexicon.Places.Contains(qualifier.Core) || qualifier.Lower is "venture" or "vc" or "tech" or "global" or "foreign" or "private");
    }

    /// <summary>"global VC investment in EV startups topped $17.8 billion", "Venture capital funding jumped": a market's total.</summary>
    private static bool IsMarketTotal(List<Word> words, int i)
    {
        if (words[i].Lower is not ("investment" or "investments" or "funding" or "financing"))
        {
            return false;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 2) && !words[j].EndsPhrase && !words[j].Possessive; j--)
        {
            if (words[j].Lower is "vc" or "venture" or "capital" or "global" or "overall" or "tech" or "startup")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A market's total: "the continent secured a total of $X in funding", "African startups announced a total of $X"; "investment in crypto
    /// in India has surged … from $X to $Y"; "dry powder" / "capital available to invest" reaching $X.
    /// </summary>
    private static bool IsMarketTotalOf(List<Word> words, int first, int floor)
    {
        if (first >= 2 && first - 2 >= floor && words[first - 1].Lower == "of" && words[first - 2].Lower == "total")
        {
            for (var j = first - 3; j >= Math.Max(floor, first - 14); j--)
            {
                if (_marketNouns.Contains(words[j].Lower) && !words[j].IsCapitalised)
                {
                    return true;
                }
            }
        }

        for (var v = first - 1; v >= Math.Max(floor, first - 12); v--)
        {
            if (_changeVerbs.Contains(words[v].Lower))
            {
                for (var k = v - 1; k >= Math.Max(0, v - 8); k--)
                {
                    // Not an owner's investments ("their investments in startups increased"): a market's.
                    if (words[k].Lower is "investment" or "investments" or "funding" && k + 2 < v && words[k + 1].Lower == "in" && !words[k + 2].IsCapitalised
                        && (k == 0 || (words[k - 1].Lower is not ("their" or "its" or "our" or "his" or "her") && !words[k - 1].Possessive)))
                    {
                        return true;
                    }
                }
            }
        }

        var phrase = string.Join(' ', words.Take(first).Select(w => w.Lower));
        return phrase.Contains("dry powder", StringComparison.Ordinal) || phrase.Contains("available to invest", StringComparison.Ordinal);
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
    /// "The value of global AI deals totalled $331bn throughout 2023", "venture investments in Africa reached $X": what many deals add
    /// up to is a market's total, other ("Google's investments totalled $3 billion", with an organisation named, is not).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthMarketTotal(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        var verb = first - 1;
        if (verb >= 1 && words[verb].Lower is "to" or "at" && words[verb - 1].Lower is "amounted" or "stood" or "came" or "rose" or "grew" or "jumped")
        {
            verb--;
        }

        if (verb < 1 || verb < floor || !(_tenthTotalVerbs.Contains(words[verb].Lower) || words[verb].Lower is "came" or "rose" or "grew" or "jumped"))
        {
            return null;
        }

        var plural = false;
        for (var i = verb - 1; i >= Math.Max(0, verb - 8); i--)
        {
            // "Google's investments", "its investments": one backer's total, not a market's.
            if (sentence.NameAt[i] is { Kind: not NameKind.Outlet } || words[i].Lower is "its" or "their" or "his" or "her" or "our")
            {
                return null;
            }

            plural |= _tenthDealPlurals.Contains(words[i].Lower);
            if (i < verb - 1 && words[i].EndsPhrase)
            {
                break;
            }
        }

        return plural ? (null, true) : null;
    }

    /// <summary>"the U.S. market, currently valued at over $200 billion", "the sector is worth $X": the size of a market, other.</summary>
    private static (Metric? Metric, bool Found)? TenthMarketValued(List<Word> words, int first, int floor)
    {
        var at = first - 1;
        var valued = at >= 1 && ((words[at].Lower == "at" && words[at - 1].Lower is "valued" or "estimated" or "sized") || words[at].Lower == "worth");
        if (!valued)
        {
            return null;
        }

        var i = words[at].Lower == "at" ? at - 2 : at - 1;
        while (i >= Math.Max(0, floor) && at - i <= 4 && words[i].Lower is "currently" or "now" or "already" or "is" or "was" or "be" or "being" or "today")
        {
            i--;
        }

        return i >= Math.Max(0, floor) && words[i].Lower is "market" or "markets" or "sector" or "industry" ? (null, true) : null;
    }

    /// <summary>
    /// "UK fintech companies continued to lead Europe in funding, taking in US$645 million in the first quarter" (a crowd taking money in
    /// over a period) and "venture investors poured over $2.3 billion into cannabis startups in 2019" (investors in general into a crowd):
    /// a market's total, other.
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthCrowdTotal(List<Word> words, int first, int next, int floor)
    {
        var verb = first >= 2 && words[first - 1].Lower is "in" or "into" ? first - 2 : first - 1;
        if (verb < 1 || verb < floor)
        {
            return null;
        }

        var lower = words[verb].Lower;
        if (lower is "taking" or "took" or "pulling" or "raking" or "attracting" or "drawing" or "hauling" && words[first - 1].Lower == "in" || lower is "attracted" or "attracting")
        {
            // The crowd is the subject, up to one comma back: "UK fintech companies continued to lead …, taking in".
            var commas = 0;
            for (var j = verb - 1; j >= Math.Max(0, verb - 16) && commas <= 1; j--)
            {
                commas += words[j].EndsPhrase ? 1 : 0;
                if (commas <= 1 && _crowdNouns.Contains(words[j].Lower) && !words[j].InBrackets)
                {
                    return TenthPeriodAfter(words, next) ? (null, true) : null;
                }
            }

            return null;
        }

        // "venture investors poured $X into cannabis startups": no one named gives, many companies get.
        var subject = verb - 1 >= 0 && words[verb - 1].Lower is "investors" or "vcs" or "backers";
        var crowdAfter = next < words.Count && words[next].Lower is "into" or "in" && Window(words, next + 1, 3).Any(_crowdNouns.Contains);
        return subject && crowdAfter && lower is "poured" or "pumped" or "invested" or "put" or "plowed" or "ploughed" or "injected" ? (null, true) : null;
    }

    /// <summary>"in the first quarter", "in 2019", "last year", "this year": a period after the figure.</summary>
    private static bool TenthPeriodAfter(List<Word> words, int next)
    {
        var window = Window(words, next, 4).ToList();
        return window.Count >= 2 && ((window[0] is "in" or "during" or "over" && (window[1] is "the" or "q1" or "q2" or "q3" or "q4" or "h1" or "h2" || window[1].All(char.IsDigit)))
            || (window[0] is "last" or "this" && window[1] is "year" or "quarter" or "month"));
    }

    /// <summary>
    /// What many startups raised is a market total: "African tech startups raised $2.9 billion in 2023", "After raising a record $6.5 billion
    /// in 2022, African startups …, raising $3.5 billion in 2023", "funding raised by Japanese startups exceeded $3 billion"; not "eight
    /// startups had raised $100 million or more in a single round" or "49 startups raised $100 million or more in 2025", which size one round each.
    /// </summary>
    private static (Metric? Metric, bool Found)? EleventhStartupsRaised(List<Word> words, int first, int next, int floor)
    {
        var v = first - 1;
        while (v > floor && IsEleventhAmountWord(words[v].Lower) && !words[v].EndsPhrase)
        {
            v--;
        }

        if (v < floor)
        {
            return null;
        }

        // "49 US AI startups raised $100 million or more in 2025": a floor each round reached, so one round's size.
        var round = RoundInClause(words, next) || FloorAt(words, next) || (next >= 2 && FloorAt(words, next - 2));

        // "raised by Japanese startups exceeded", "the amount raised by African startups in 2023 at between": the raisers a few words before.
        var raisedBy = WordsBefore(first, floor, 12)
            .Any(k => words[k].Lower == "by" && k >= 1 && words[k - 1].Lower is "raised" or "secured" && words.Skip(k + 1).Take(3).Any(w => IsStartupsWord(w.Lower)));
        if (raisedBy && !round && YearOrTotal(words, v, first))
        {
            return (null, true);
        }

        if (words[v].Lower is not ("raised" or "raise" or "raising" or "raises" or "secured" or "securing" or "attracted" or "drew"))
        {
            return null;
        }

        // A finite verb has its subject just before it; a participle ("…, raising $3.5 billion") the sentence's subject, or the one after "After raising …,".
        var participle = words[v].Lower is "raising" or "securing" && (v == 0 || words[v - 1].EndsPhrase || words[v - 1].Lower is "after" or "while" or "before");
        var subject = participle
            ? words.Any(w => IsStartupsWord(w.Lower))
            : WordsBefore(v, 0, 6).Reverse().TakeWhile(k => !words[k].EndsPhrase).Any(k => IsStartupsWord(words[k].Lower));
        // "eight African startups had raised $100 million or more in a single round": one round's size. Without a round, a total needs a
        // year or the word "total" ("in 2023", "the previous year", "a combined total of"); blind2 labels "Indian fintech startups raised
        // US$436 million in the July-September period" a round, so a quarter's total is left as it was.
        return !subject ? null : round ? (Metric.RoundSize, true) : YearOrTotal(words, v, first) ? (null, true) : null;
    }

    /// <summary>Startups in the plural: "African tech startups", "Korean start-ups".</summary>
    private static bool IsStartupsWord(string lower) => lower is "startups" or "start-ups" or "fintechs";

    /// <summary>Words between a raise verb and its figure: "raised a record $6.5 billion", "raise a combined total of $2.4 billion".</summary>
    private static bool IsEleventhAmountWord(string lower) =>
        lower is "a" or "an" or "record" or "total" or "combined" or "of" or "more" or "than" or "over" or "about" or "nearly" or "some" or "around"
            or "estimated" or "roughly" or "almost" or "just" or "under";

    /// <summary>"or more" / "and above" at <paramref name="k"/>: the figure before is a floor ("$100 million or more"), for each market-total rule.</summary>
    private static bool FloorAt(List<Word> words, int k) =>
        k + 1 < words.Count && words[k].Lower is "or" or "and" && words[k + 1].Lower is "more" or "above" or "higher" or "over";

    /// <summary>A year named anywhere in the sentence ("in 2023", "the previous year"), or "total" / "combined" before the figure.</summary>
    private static bool YearOrTotal(List<Word> words, int verb, int first) =>
        words.Any(w => w.Lower is "year" or "years" or "annual" or "annually" || (w.Core.Length == 4 && w.Core[0] is '1' or '2' && w.Core.All(char.IsDigit)))
        || words.Skip(verb).Take(first - verb).Any(w => w.Lower is "total" or "combined");

    /// <summary>A round named in the figure's clause after it: "in a single round", "in a Series B round".</summary>
    private static bool RoundInClause(List<Word> words, int next)
    {
        for (var k = next; k < words.Count && k - next < 8; k++)
        {
            if (words[k].Lower is "round" or "rounds")
            {
                return true;
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Market totals: "Silicon Valley's hottest start-ups have raised $150bn", "these firms raised nearly $2.27 billion", "a total $466
    /// million raised by tech startups"; not a count of startups over a threshold ("49 startups raised $100 million or more").
    /// </summary>
    private static (Metric? Metric, bool Found)? TwelfthCrowdRaised(List<Word> words, int first, int next, int floor)
    {
        if (FloorAt(words, next) || (next + 1 < words.Count && words[next].Lower is "each" or "apiece"))
        {
            return null;
        }

        // "$466 million raised by tech startups": the crowd after the figure.
        if (next + 1 < words.Count && words[next].Lower == "raised" && words[next + 1].Lower == "by")
        {
            for (var k = next + 2; k < words.Count && k - next <= 4; k++)
            {
                if (_twelfthCrowds.Contains(words[k].Lower))
                {
                    return (null, true);
                }

                if (words[k].EndsPhrase || words[k].IsCapitalised)
                {
                    break;
                }
            }
        }

        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 5 && _twelfthFillers.Contains(words[verb].Lower))
        {
            verb--;
        }

        return verb >= 1 && verb >= floor && words[verb].Lower is "raised" or "raise" or "raising" or "raises" or "banked" or "amassed"
            && IsTwelfthCrowdSubject(words, verb)
            ? (null, true)
            : null;
    }

    /// <summary>"hottest start-ups have", "these firms", "Startups globally", "US venture-backed companies": a crowd right before the verb.</summary>
    private static bool IsTwelfthCrowdSubject(List<Word> words, int verb)
    {
        var i = verb - 1;
        var collective = false;
        while (i >= 0 && verb - i <= 3 && (_twelfthCrowdAdverbs.Contains(words[i].Lower) || words[i].Core.Length == 0))
        {
            collective |= IsCollectiveAdverb(words[i].Lower);
            i--;
        }

        // "AI startups—collectively raising": a dash may stand between the crowd and an adverb saying it is all of them.
        if (i < 0 || !_twelfthCrowds.Contains(words[i].Lower) || (words[i].EndsPhrase && !(collective && words[i].After is '—' or '–')))
        {
            return false;
        }

        if (i == 0 || words[i - 1].EndsPhrase)
        {
            return true;
        }

        var qualifier = words[i - 1];
        var lower = qualifier.Lower;
        if (char.IsDigit(qualifier.Core[0]) || lower is "the" or "its" or "their" or "other" or "existing" or "new" or "and" or "two" or "three"
            or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "few" or "several" or "both" or "which" or "portfolio")
        {
            return false;
        }

        return collective || Lexicon.Places.Contains(qualifier.Core) || lower is "these" or "those" or "such" or "venture" or "vc" or "tech"
            || lower.EndsWith("-backed", StringComparison.Ordinal) || lower.EndsWith("-based", StringComparison.Ordinal) || (lower.Length > 5 && lower.EndsWith("est", StringComparison.Ordinal));
    }

    /// <summary>
    /// Market totals a data provider counts over a period or in total: "secured US$604 million in the first quarter of 2024, according to data from
    /// Tracxn", "African fintech firms raised $906 million, according to Digest Africa, an … investment database", "took part in 26 rounds
    /// that totaled $18.8 billion, per Crunchbase data", "the total value of deals … during 2025 was $200 billion, according to S&P Global
    /// Market Intelligence data". Not one company's round counted by a provider ("raised $50 million in a Series B last year, per PitchBook").
    /// </summary>
    private static (Metric? Metric, bool Found)? ThirteenthProviderPeriodTotal(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var totalled = words.Any(w => w.Lower is "total" or "totaled" or "totalled" or "cumulative" or "combined");
        if (!CitesThirteenthData(words) || !(totalled || HasThirteenthPeriod(words)) || OneCompanyRaising(sentence, first)
            || words.Any(w => w.Lower is "series" or "seed" or "pre-seed" or "valuation" or "valued" or "ipo" or "invested" or "invest" or "invests" or "investing")
            || words.Any(w => _revenueNouns.Contains(w.Lower)))
        {
            return null;
        }

        return (null, true);
    }

    /// <summary>"according to data from Tracxn", "per Crunchbase data", "an … investment database"; not "data centres" nor "big data".</summary>
    private static bool CitesThirteenthData(List<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Lower is "database" or "databases")
            {
                return true;
            }

            var centre = i + 1 < words.Count && words[i + 1].Lower is "centre" or "center" or "centres" or "centers";
            if (words[i].Lower == "data" && !centre && words[i - 1].Lower != "big"
                && (words.Skip(Math.Max(0, i - 7)).Take(Math.Min(i, 7)).Any(w => w.Lower is "according" or "per" or "citing")
                    || (i + 1 < words.Count && words[i + 1].Lower is "from" or "by" or "shows" or "showed")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in the first quarter", "last year", "the last three months", "in Q2 2023", "during 2025", "in 2024".</summary>
    private static bool HasThirteenthPeriod(List<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var lower = words[i].Lower;
            if ((_thirteenthPeriodNouns.Contains(lower) && words[i - 1].Lower is "last" or "this" or "first" or "second" or "third" or "fourth" or "past"
                    or "three" or "six" or "nine" or "twelve")
                || (lower.Length == 2 && lower[0] is 'q' or 'h' && char.IsDigit(lower[1]))
                || (lower.Length == 4 && lower.StartsWith("20", StringComparison.Ordinal) && lower.All(char.IsDigit) && words[i - 1].Lower is "in" or "during"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Acme raised $X", "Acme has secured $X": a single named company right before the money verb.</summary>
    private static bool OneCompanyRaising(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && first - verb <= 3 && words[verb].Lower is "a" or "an" or "total" or "of" or "nearly" or "about" or "over" or "more" or "than" or "impressive" or "record")
        {
            verb--;
        }

        var subject = verb - 1;
        while (subject > 0 && words[subject].Lower is "has" or "have" or "had" or "also" or "just" or "recently")
        {
            subject--;
        }

        return verb >= 1 && words[verb].Lower is "raised" or "raises" or "secured" or "secures" or "closed" or "bagged" or "landed"
            && subject >= 0 && sentence.NameAt[subject] is { Kind: NameKind.Organisation } name && !Lexicon.Places.Contains(name.Text);
    }
}
