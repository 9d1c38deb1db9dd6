using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the labelling conventions of issue 12 (docs/issue-reading/conventions.md, clauses M1-M4 and M9), read before the older
/// investment rules, whose own conventions they replace where the two disagree:
/// <list type="bullet">
/// <item>M4, a total over many deals, a market or a period is other: a total an investor's money is brought to ("bringing Toyota's
/// total investment in Joby to $894 million", "Amazon's total stake in Anthropic to $8 billion", "bringing the total to $4 billion",
/// "Amazon's cumulative $8 billion investment", "previous investments totaling over $13 billion"); one investor's money "a total of"
/// or "in total" ("Intel Capital has invested a total of $12.5bn", "In total, Google has invested more than $3 billion"; two or more
/// givers' "a total of" is their one deal's money); money put in before a count of deals or companies ("invested $1 billion across 50
/// startup funding rounds", "$5.3bn in 82 deals", "$3.5 billion in 48 companies"), into startups or companies at large
/// ("has invested about $1 billion so far in Indian startups"), or up to now ("so far", "to date", "thus far", "since 2009", "over
/// the past five years"); and money put in over a period with nothing it went into but a place ("invested CNY93.1 billion in the
/// first half of the year"; a bare year or "last year" is left alone: "Thrive Capital, which invested $1 billion last year").</item>
/// <item>M3, spending without an invest word on a company's own operations is other: "is spending $11 billion to bring out 40
/// electrified vehicles", "plans to spend 100 billion yuan over the next five years on global logistics", "$150 billion of spending";
/// spending on shares, a stake or another company ("spend $5 billion to buy Intel common stock", "spend up to $5 billion in Rivian",
/// "spend another $2.75 billion backing Anthropic") is left to the other rules.</item>
/// <item>M9, a listed company's market value is other: "became the first company to hit $4 trillion valuation", "Zeekr's current
/// market valuation of $13 billion" (whether "X, valued at $Y" is listed the words do not tell; the older rules read it).</item>
/// <item>M2, money a named group of investors puts into one company is an investment: "Nvidia, Amazon and Microsoft are in talks to
/// invest up to $60 billion in OpenAI", "Votorantim Financas and Banco do Brasil injected a total of 2 billion reais into Banco
/// Votorantim", "KKR and Qatar Investment Authority together investing $1.7 billion in the Indian firm" (the older rules read two or
/// more givers as pooled money, other).</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Money verbs in the past or perfect: "has invested", "poured", "deployed".</summary>
    private static readonly HashSet<string> _conventionPastMoneyVerbs = new(StringComparer.Ordinal)
    {
        "invested", "poured", "pumped", "ploughed", "plowed", "deployed", "injected", "committed", "put", "provided", "spent", "disbursed",
        "channelled", "channeled", "infused", "funneled", "funnelled",
    };

    /// <summary>Money verbs of a giver putting money in, any tense: the M2 words ("invest", "inject", "put in", "commit", "pledge").</summary>
    private static readonly HashSet<string> _conventionGroupVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "inject", "injects", "injected", "injecting", "commit", "commits", "committed",
        "committing", "pledge", "pledges", "pledged", "pledging", "pour", "pours", "poured", "pouring", "pump", "pumps", "pumped", "pumping",
        "contribute", "contributes", "contributed", "contributing", "co-invest", "co-investing",
        "deploy", "deploys", "deployed", "deploying",
    };

    /// <summary>Adjectives of a total: "total investment", "cumulative $8 billion".</summary>
    private static readonly HashSet<string> _conventionTotalWords = new(StringComparer.Ordinal)
    {
        "total", "cumulative", "overall", "aggregate",
    };

    /// <summary>Nouns a total counts: "total investment", "total stake", "total commitment", "total exposure".</summary>
    private static readonly HashSet<string> _conventionTotalNouns = new(StringComparer.Ordinal)
    {
        "investment", "investments", "stake", "commitment", "exposure", "infusion", "infusions", "outlay", "contribution",
        "contributions", "injection", "injections",
    };

    /// <summary>Plural nouns of many deals or many companies: "in 82 deals", "across 50 startup funding rounds", "in 48 companies".</summary>
    private static readonly HashSet<string> _conventionManyNouns = new(StringComparer.Ordinal)
    {
        "companies", "startups", "start-ups", "firms", "deals", "transactions", "rounds", "entities", "businesses", "investments", "projects",
        "ventures", "enterprises", "deal", "transaction", "sectors", "industries",
    };

    /// <summary>Hedges written between a verb or a connector and its figure: "more than", "about", "a staggering".</summary>
    private static readonly HashSet<string> _conventionHedges = new(StringComparer.Ordinal)
    {
        "a", "an", "about", "around", "approximately", "roughly", "nearly", "almost", "over", "more", "than", "some", "just", "up", "at",
        "least", "staggering", "whopping", "estimated", "close", "well", "north", "of", "another", "additional", "further", "only", "mere",
        "upwards", "circa", "already", "reportedly", "now",
    };

    /// <summary>Connectors between a total and its figure: "total investment in Joby to $894 million", "now stands at", "reaching".</summary>
    private static readonly HashSet<string> _conventionTotalConnectors = new(StringComparer.Ordinal)
    {
        "to", "at", "beyond", "reach", "reached", "reaches", "reaching", "exceeds", "exceeded", "exceed", "exceeding", "totals", "totaled",
        "totalled", "is", "was", "be", "amounted", "stands", "stood", "past", "surpassing", "surpass", "topped", "tops",
    };

    /// <summary>Verbs of spending without an invest word: M3.</summary>
    private static readonly HashSet<string> _conventionSpendVerbs = new(StringComparer.Ordinal) { "spend", "spends", "spent", "spending" };

    /// <summary>Words after spending that say it buys a holding or goes into another company: left to the other rules.</summary>
    private static readonly HashSet<string> _conventionNotOwnSpending = new(StringComparer.Ordinal)
    {
        "shares", "share", "stake", "stakes", "stock", "stocks", "securities", "equity", "backing", "half", "interest", "holding", "with",
        "per", "percent", "acquisitions", "investments", "investment", "invest", "investing", "companies", "startups", "start-ups", "fund", "funds",
    };

    /// <summary>Words saying what spending is for: "on its self-driving car programme", "to build", "over the next five years".</summary>
    private static readonly HashSet<string> _conventionSpendPurposes = new(StringComparer.Ordinal)
    {
        "on", "to", "over", "through", "for", "building", "buying", "developing", "expanding", "constructing", "upgrading", "creating",
    };

    /// <summary>The M1-M4 and M9 reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    internal static (Metric? Metric, bool Found)? ConventionReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first < 0 || last < first || last >= words.Count)
        {
            return null;
        }

        if (IsTotalOverDeals(sentence, first, last, floor) || IsOwnSpending(sentence, first, last, floor) || IsListedMarketValue(sentence, first, last))
        {
            return (null, true);
        }

        return IsGroupPuttingIn(sentence, first, last, floor) ? (Metric.Investment, true) : null;
    }

    /// <summary>The first word back from <paramref name="first"/> that is not a hedge ("up to" counts as one), not before <paramref name="floor"/>; -1 when none.</summary>
    private static int ConventionWordBefore(IReadOnlyList<Word> words, int first, int floor, bool keepTotals = false)
    {
        var i = first - 1;
        while (i >= Math.Max(0, floor) && first - i <= 6 && !words[i].EndsPhrase
            && (_conventionHedges.Contains(words[i].Lower) || _currencyWords.Contains(words[i].Lower)
                || (words[i].Lower == "to" && i > 0 && words[i - 1].Lower == "up")
                || (!keepTotals && words[i].Lower is "cumulative" or "total")))
        {
            i--;
        }

        return i >= Math.Max(0, floor) && !words[i].EndsPhrase ? i : -1;
    }

    /// <summary>The money verb right before the figure (hedges and "a total of" between), or -1.</summary>
    private static int ConventionVerbBefore(IReadOnlyList<Word> words, int first, int floor, HashSet<string> verbs)
    {
        var v = ConventionWordBefore(words, first, floor);
        if (v >= 0 && words[v].Lower == "in" && v > 0 && verbs.Contains(words[v - 1].Lower))
        {
            v--;
        }

        return v >= 0 && verbs.Contains(words[v].Lower) ? v : -1;
    }

    /// <summary>M4: a total an investor's money comes to, money put in over many deals or companies, or up to now.</summary>
    private static bool IsTotalOverDeals(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);

        // "Amazon's cumulative $8 billion investment", "a cumulative $13 billion": the total's adjective right before the figure.
        var before = ConventionWordBefore(words, first, floor, keepTotals: true);
        if (before >= 0 && words[before].Lower is "cumulative")
        {
            return true;
        }

        if (before >= 0 && words[before].Lower is "total" && before > 0 && words[before - 1].Lower is "a" or "the"
            && next < words.Count && _conventionTotalNouns.Contains(words[next].Lower) && words[before - 1].Lower == "the")
        {
            return true;
        }

        // "investments totaling over $13 billion": many investments summed.
        var connector = ConventionWordBefore(words, first, floor);
        if (connector > 0 && words[connector].Lower is "totaling" or "totalling" or "reaching" or "reached" && words[connector - 1].Lower == "investments")
        {
            return true;
        }

        if (connector >= 0 && TotalBroughtTo(words, connector, floor) && !sentence.MentionsCompute(Math.Max(0, connector - 12), Math.Min(words.Count - 1, next + 10)))
        {
            return true;
        }

        // "with another $155 million put into 53 follow-on deals": the money's participle after it.
        // "adding to $23 billion in previous investments since 2020": many investments summed.
        var summed = next + 1 < words.Count && words[next].Lower == "in" ? next + 1 : -1;
        summed = summed > 0 && summed + 1 < words.Count && words[summed].Lower is "previous" or "prior" or "past" or "earlier" ? summed + 1 : summed;
        if (summed > 0 && words[summed].Lower == "investments" && words[summed - 1].Lower != "in" && UpToNow(words, first, summed + 1))
        {
            return true;
        }

        var participle = next + 1 < words.Count && words[next].Lower == "already" ? next + 1 : next;
        if (participle + 1 < words.Count && words[participle].Lower is "put" or "invested" or "deployed" or "poured" or "pumped" or "ploughed" or "committed"
            or "disbursed" && (ManyDealsAfter(words, participle + 1) || UpToNow(words, participle, participle + 1)))
        {
            return true;
        }

        var verb = ConventionVerbBefore(words, first, floor, _conventionPastMoneyVerbs);
        if (verb < 0)
        {
            // "spending a total of $1.68bn thus far": any money verb up to now.
            var any = ConventionVerbBefore(words, first, floor, _conventionSpendVerbs);
            any = any >= 0 ? any : ConventionVerbBefore(words, first, floor, _conventionGroupVerbs);
            // Since the twenty-first session, "Google is investing $4 million in Israeli startups" is a plan too, as "will invest" is.
            var ongoing = any > 0 && words[any].Lower.EndsWith("ing", StringComparison.Ordinal) && words[any - 1].Lower is "is" or "are";
            return any >= 0 && !ongoing && !Enumerable.Range(Math.Max(0, any - 3), Math.Min(3, any)).Any(i => words[i].Lower is "will" or "would" or "to" or "shall")
                && (UpToNow(words, any, next) || ManyDealsAfter(words, next));
        }

        // "invested a total of $12.5bn" by one investor, "In total, Google has invested", "$X in total".
        // A money verb in the future ("will put up to €3m into startups") is a plan, never a total so far.
        if (verb > 0 && words[verb - 1].Lower is "will" or "would" or "to" or "shall" or "may" or "might" or "can" or "could")
        {
            return false;
        }

        // "has invested a total of": the perfect of one investor's money over time ("Citi injected a total of $466mn" is one deal).
        var perfect = Enumerable.Range(Math.Max(0, verb - 3), Math.Min(3, verb)).Any(i => words[i].Lower is "has" or "have" or "had" or "having");
        var totalOf = perfect && Enumerable.Range(verb + 1, Math.Max(0, first - verb - 1)).Any(i => words[i].Lower is "total" or "cumulative");
        var inTotal = next + 1 < words.Count && words[next].Lower == "in" && words[next + 1].Lower == "total"
            || Enumerable.Range(Math.Max(0, verb - 12), Math.Min(12, verb)).Any(i => words[i].Lower == "in" && words[i + 1].Lower == "total" && words[i + 1].EndsPhrase);
        // Not "in these four new-age companies": a total of deals the sentence before told.
        inTotal |= next < words.Count && words[next].Lower == "total" && !words[next].EndsPhrase;
        var told = next + 1 < words.Count && words[next].Lower is "in" or "into" && words[next + 1].Lower is "these" or "those";
        if ((totalOf || inTotal) && !told && !GiversJoined(sentence, verb))
        {
            return true;
        }

        // "Z, in which X invested $Y last year": the money went into Z, named before.
        var intoWhich = Enumerable.Range(Math.Max(0, verb - 6), Math.Min(6, verb)).Any(i => words[i].Lower is "which" or "whom"
            && i > 0 && words[i - 1].Lower is "in" or "into" or "to");
        return ManyDealsAfter(words, next) || UpToNow(words, verb, next) || (!intoWhich && OverAPeriod(words, verb, next));
    }

    /// <summary>"bringing Toyota's total investment in Joby to", "elevates Amazon's total stake in Anthropic to", "bringing the total to".</summary>
    private static bool TotalBroughtTo(IReadOnlyList<Word> words, int connector, int floor)
    {
        if (!_conventionTotalConnectors.Contains(words[connector].Lower))
        {
            return false;
        }

        for (var t = connector - 1; t >= Math.Max(0, floor) && connector - t <= 10; t--)
        {
            if (words[t].EndsPhrase && !words[t].Possessive)
            {
                return false;
            }

            if (!_conventionTotalWords.Contains(words[t].Lower) || (t > 0 && words[t - 1].Lower is "a" or "an"))
            {
                continue;
            }

            // "total investment", "total equity stake": the noun a total counts, or "bringing the total to".
            var counted = t + 1 < connector && (_conventionTotalNouns.Contains(words[t + 1].Lower)
                || (t + 2 < connector && words[t + 1].Lower is "equity" or "capital" or "cash" or "fund" && _conventionTotalNouns.Contains(words[t + 2].Lower)));
            var brought = Enumerable.Range(Math.Max(0, t - 3), Math.Min(3, t)).Any(i => words[i].Lower is "bringing" or "brings" or "brought"
                or "taking" or "takes" or "raising" or "raises" or "lifting" or "lifts" or "pushing" or "pushes" or "elevates" or "elevating")
                && words[connector].Lower is "to" or "beyond" or "past"
                && (t + 1 == connector || Enumerable.Range(t + 1, connector - t - 1).Any(i => _conventionPastMoneyVerbs.Contains(words[i].Lower)));
            return counted || brought;
        }

        return false;
    }

    /// <summary>"X and Y have invested a total of": two or more givers joined in the verb's subject.</summary>
    private static bool GiversJoined(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var names = 0;
        for (var i = verb - 1; i >= 0 && verb - i <= 16; i--)
        {
            var lower = words[i].Lower;
            if (lower is "and" or "&" or "together" or "jointly" or "combined")
            {
                return i > 0 && (sentence.NameAt[i - 1] is not null || words[i - 1].IsCapitalised || words[i - 1].Lower is "companies" or "firms");
            }

            // The subject ends at the first small word that is not part of the verb chain or a name ("in which Microsoft has").
            if ((words[i].EndsPhrase && words[i].After is '.' or ';' or ':')
                || (!words[i].IsCapitalised && sentence.NameAt[i] is null && !_ownMoneyChain.Contains(lower) && lower is not ("other" or "four"
                    or "three" or "two" or "five" or "six" or "seven" or "eight" or "japanese" or "big")))
            {
                break;
            }

            names += sentence.NameAt[i] is { Kind: NameKind.Organisation } name && name.Last == i ? 1 : 0;
        }

        return names >= 2;
    }

    /// <summary>"$5.3bn in 82 deals", "across 50 startup funding rounds", "in more than 1,550 startups", "in Indian startups".</summary>
    private static bool ManyDealsAfter(IReadOnlyList<Word> words, int next)
    {
        if (next >= words.Count || words[next].Lower is not ("in" or "into" or "across" or "between" or "over" or "among") || words[next].EndsPhrase)
        {
            return false;
        }

        var counted = false;
        for (var i = next + 1; i < words.Count && i <= next + 6; i++)
        {
            var lower = words[i].Lower;
            counted |= lower.Length > 0 && char.IsDigit(lower[0]) || lower is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine"
                or "ten" or "dozens" or "hundreds" or "several" or "multiple" or "many" or "various";
            if (_conventionManyNouns.Contains(lower) && (counted || lower is "startups" or "start-ups" or "companies"))
            {
                return lower is not ("deal" or "transaction") || counted;
            }

            if (words[i].EndsPhrase || lower is "the" or "a" or "an" or "its" or "their" or "these" or "those" or "this" or "that"
                || (i == next + 1 && words[i].IsCapitalised && !(i + 1 < words.Count && _conventionManyNouns.Contains(words[i + 1].Lower))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"so far", "to date", "thus far", "since 2009", "since its launch", "over the past five years", "over the last 30 years".</summary>
    private static bool UpToNow(IReadOnlyList<Word> words, int verb, int next)
    {
        // From the clause's start before the verb, and after the figure up to the clause's end.
        var start = verb;
        while (start > 0 && verb - start < 14 && !(words[start - 1].EndsPhrase && words[start - 1].After is '.' or ';'))
        {
            start--;
        }

        for (var i = start; i < words.Count && i < next + 14; i++)
        {
            if (i > next && words[i - 1].EndsPhrase)
            {
                break;
            }

            if (i >= verb && i < next)
            {
                continue;
            }

            // Before the verb, only the clause's opening words or words after its last comma: "Since its launch in 1991, Intel Capital
            // has invested", not "had completed its single largest investment in India to date, investing $1.4 billion in Paytm".
            if (i < verb && i > start && Enumerable.Range(i, verb - i).Any(k => words[k].After == ','))
            {
                var opening = Enumerable.Range(start, i - start).All(k => words[k].After != ',');
                if (!opening || i > start + 1)
                {
                    continue;
                }
            }

            var lower = words[i].Lower;
            var after = i + 1 < words.Count ? words[i + 1].Lower : "";
            if ((lower == "so" && after == "far") || (lower == "to" && after == "date" && i > 0 && words[i - 1].Lower is not "up")
                || (lower == "thus" && after == "far")
                || (lower == "in" && after == "recent" && i + 2 < words.Count && words[i + 2].Lower is "years" or "decades")
                || (lower == "since" && (after is "its" or "inception" or "launch" or "then" or "founding" or "the" or "last"
                    || (after.Length == 4 && after.All(char.IsDigit))))
                || (lower is "over" or "in" or "during" && after is "the" && i + 4 < words.Count && words[i + 2].Lower is "past" or "last"
                    && !words[i + 2].EndsPhrase && (words[i + 3].Lower is "decade" or "two" or "three" or "four" or "five" or "six" or "seven"
                        or "eight" or "nine" or "ten" or "few" or "several" || char.IsDigit(words[i + 3].Core.FirstOrDefault()))
                    && words[i + 4].Lower is "years" or "decades" or "decade" or "year" or ","))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"invested CNY93.1 billion in the first half of the year", "in the second quarter": a half or a quarter, no company.</summary>
    private static bool OverAPeriod(IReadOnlyList<Word> words, int verb, int next)
    {
        var i = next;

        // "in India", "in the country": a place before the period.
        if (i + 1 < words.Count && words[i].Lower == "in" && (Lexicon.Places.Contains(words[i + 1].Core)
            || (words[i + 1].Lower == "the" && i + 2 < words.Count && words[i + 2].Lower is "country" or "kingdom" or "region")))
        {
            i += words[i + 1].Lower == "the" ? 3 : 2;
        }

        if (i >= words.Count || (i > next && words[i - 1].EndsPhrase))
        {
            return false;
        }

        var lower = words[i].Lower;
        var after = i + 1 < words.Count ? words[i + 1].Lower : "";
        var third = i + 2 < words.Count ? words[i + 2].Lower : "";
        var inHalf = lower is "in" or "during" && after == "the" && third is "first" or "second" or "third" or "fourth";
        if (!inHalf)
        {
            return false;
        }

        // Nothing the money went into after the period: "invested 30 billion dollars in 2009 and plans …", not "… last year in Lucid".
        var end = i + 1;
        while (end < words.Count && !words[end - 1].EndsPhrase && end < i + 8 && words[end].Lower is not ("in" or "into"))
        {
            end++;
        }

        return end >= words.Count || words[end - 1].EndsPhrase || end >= i + 8 || (words[end].Lower == "in" && end + 1 < words.Count
            && words[end + 1].Core.Length == 4 && words[end + 1].Core.All(char.IsDigit));
    }

    /// <summary>M3: "is spending $11 billion to bring out 40 electrified vehicles", "$150 billion of spending": spending on its own operations.</summary>
    private static bool IsOwnSpending(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        if (next + 1 < words.Count && words[next].Lower == "of" && (words[next + 1].Lower is "spending" or "capex"
            || (words[next + 1].Lower == "capital" && next + 2 < words.Count && words[next + 2].Lower.StartsWith("expenditure", StringComparison.Ordinal))))
        {
            return true;
        }

        var verb = ConventionVerbBefore(words, first, floor, _conventionSpendVerbs);
        if (verb < 0 || (verb > 1 && words[verb - 1].Lower == "to" && words[verb - 2].Lower is "invest" or "investment"))
        {
            return false;
        }

        // "spend up to $5 billion in Rivian", "spend $50 million in a $200 million fund of funds": into something, not its own.
        if (next < words.Count && words[next].Lower is "in" or "into" && next + 1 < words.Count
            && !(Lexicon.Places.Contains(words[next + 1].Core) || char.IsDigit(words[next + 1].Core.FirstOrDefault())
                || words[next + 1].Lower is "the" && next + 2 < words.Count && words[next + 2].Lower is "next" or "coming" or "country" or "first" or "second"))
        {
            return false;
        }

        // "spend $3 billion on graphics processing units from Fluidstack", "on Azure", "on Google Cloud": compute bought, M7 (its own data
        // centres are its own operations).
        var builds = false;
        for (var i = next; i < words.Count && i < next + 14; i++)
        {
            var lower = words[i].Lower;

            // "to build data centres for GPUs": its own build-out, whatever it will hold.
            builds |= lower is "build" or "building" or "construct" or "constructing";
            if (!builds && (lower is "cloud" or "compute" or "computing" or "gpus" or "gpu" or "tpus" or "chips" or "processors" or "servers" or "azure" or "aws"
                || (lower == "processing" && i + 1 < words.Count && words[i + 1].Lower is "units" or "unit")
                || (lower == "from" && i + 1 < words.Count && words[i + 1].IsCapitalised)))
            {
                return false;
            }

            if (words[i].EndsPhrase && i > next)
            {
                break;
            }
        }

        var purpose = false;
        for (var i = next; i < words.Count && i < next + 14; i++)
        {
            // ("CHIPS Act" is a law's name, not chips bought.)
            if ((_conventionNotOwnSpending.Contains(words[i].Lower) && words[i].Core != words[i].Core.ToUpperInvariant())
                || words[i].Lower.StartsWith("invest", StringComparison.Ordinal))
            {
                return false;
            }

            // "on Amazon Web Services", "on Oracle's compute power", "on CarVi": bought from or put into another company.
            if (i > next && words[i - 1].Lower == "on" && (words[i].IsCapitalised || words[i].Lower == "such"))
            {
                return false;
            }

            purpose |= _conventionSpendPurposes.Contains(words[i].Lower) && i < next + 8;
            if (words[i].EndsPhrase && i > next)
            {
                break;
            }
        }

        return purpose;
    }

    /// <summary>M9: "became the first company to hit $4 trillion valuation", "Zeekr's current market valuation of $13 billion": a listed company's value.</summary>
    private static bool IsListedMarketValue(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var before = ConventionWordBefore(words, first, 0);
        if (before >= 3 && words[before].Lower is "hit" or "reach" or "top" or "cross" or "surpass" or "exceed" && words[before - 1].Lower == "to"
            && words[before - 2].Lower is "company" or "firm" or "chipmaker" or "business" && words[before - 3].Lower is "first" or "second" or "third")
        {
            return true;
        }

        // "Nvidia, valued at $4.3tn, pledged", "Nvidia—now valued at $4.3 trillion—has": a value of two trillion or more in an appositive
        // after a name is a listed company's (no private company has been valued so high).
        if (IsTrillionsAppositive(sentence, first, last))
        {
            return true;
        }

        // "the long sought-after $1 trillion market valuation".
        var next = SkipConversion(words, last);
        if (next + 1 < words.Count && words[next].Lower == "market" && words[next + 1].Lower is "valuation" or "value" or "cap" or "capitalisation"
            or "capitalization")
        {
            return true;
        }

        // "Zeekr's current market valuation of $13 billion": a market's value of a company.
        return first >= 3 && words[first - 1].Lower == "of" && words[first - 2].Lower is "valuation" or "value" or "capitalisation" or "capitalization"
            or "cap" && words[first - 3].Lower == "market" && !(first >= 4 && words[first - 4].Lower is "public" or "target" or "targeted");
    }

    /// <summary>"Nvidia, valued at $4.3tn, …", "Nvidia—now valued at $4.3 trillion—": two trillion or more, "valued at", after a name.</summary>
    private static bool IsTrillionsAppositive(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var amount = string.Concat(Enumerable.Range(first, last - first + 1).Select(i => words[i].Lower + " "));
        if (!(amount.StartsWith('$') || amount.StartsWith("us$", StringComparison.Ordinal) || amount.StartsWith("usd", StringComparison.Ordinal)))
        {
            return false;
        }

        var digits = new string(amount.SkipWhile(c => !char.IsDigit(c)).TakeWhile(c => char.IsDigit(c) || c == '.').ToArray());
        if (!(amount.Contains("trillion", StringComparison.Ordinal) || amount.Contains("tn ", StringComparison.Ordinal) || amount.Contains("trn ", StringComparison.Ordinal))
            || !decimal.TryParse(digits, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 2)
        {
            return false;
        }

        var at = first - 1;
        while (at > 0 && words[at].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "almost" or "over" or "more" or "than")
        {
            at--;
        }

        if (at < 2 || words[at].Lower != "at" || !words[at - 1].Lower.EndsWith("valued", StringComparison.Ordinal)
            || !(words[last].EndsPhrase || words[last].After == '—' || words[last].Core.EndsWith('—')))
        {
            return false;
        }

        // The name before: "Nvidia, valued", "Nvidia—now valued" (one word with its dash), "Nvidia, now valued".
        var n0 = at - 2;
        n0 = n0 >= 0 && words[n0].Lower is "now" or "currently" ? n0 - 1 : n0;
        return (n0 >= 0 && words[n0].After is ',' && sentence.NameAt[n0] is { Kind: NameKind.Organisation })
            || words[at - 1].Core.Contains('—', StringComparison.Ordinal) || (n0 >= 0 && words[n0].Core.Contains('—', StringComparison.Ordinal));
    }

    /// <summary>M2: "Nvidia, Amazon and Microsoft are in talks to invest up to $60 billion in OpenAI": two or more named givers into one company.</summary>
    private static bool IsGroupPuttingIn(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var verb = ConventionVerbBefore(words, first, floor, _conventionGroupVerbs);
        var next = SkipConversion(words, last);
        if (verb < 1 || next + 1 >= words.Count || words[next].Lower is not ("in" or "into" or "to"))
        {
            return false;
        }

        // Into one company: a name right after "in" ("in OpenAI", "into Banco Votorantim"), or "the Indian firm".
        var o = next + 1;
        o = words[o].Lower == "the" && o + 1 < words.Count ? o + 1 : o;
        var oneCompany = sentence.NameAt[o] is { Kind: NameKind.Organisation } target && !Lexicon.Places.Contains(target.Text)
            || (words[o - 1].Lower == "the" && Enumerable.Range(o, Math.Min(3, words.Count - o)).Any(i => words[i].Lower is "firm" or "company" or "startup"
                or "start-up" or "lender" or "bank" or "consortium" or "venture" or "business"));
        if (!oneCompany)
        {
            return false;
        }

        // The subject: back over the verb chain, then two or more names joined by "and".
        var s = verb - 1;
        while (s >= 0 && (_ownMoneyChain.Contains(words[s].Lower) || words[s].Lower is "in" or "talks" or "together" or "jointly") && !words[s].EndsPhrase
            && !(words[s].Lower is "it" or "he" or "she"))
        {
            s--;
        }

        if (s < 1 || sentence.NameAt[s] is not { Kind: NameKind.Organisation } lastGiver || lastGiver.First < 2)
        {
            return false;
        }

        var joiner = lastGiver.First - 1;
        if (words[joiner].Lower is not ("and" or "&") || sentence.NameAt[joiner - 1] is not { Kind: NameKind.Organisation } firstGiver)
        {
            return false;
        }

        // Not "investors including A and B", "tech giants such as A and B": givers listed as examples of many.
        return !Enumerable.Range(Math.Max(0, firstGiver.First - 6), Math.Min(6, firstGiver.First)).Any(i => words[i].Lower is "including" or "like"
            or "such" or "among" or "alongside" or "with" or "from" or "by" or "between");
    }
}
