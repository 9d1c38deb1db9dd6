using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric rules added after blind23 and blind24's first runs (the tenth round), read before the ninth round's: debt raises, fund
/// sizes, market totals and markets valued (other); compute deals named by a term, a chip or a compute word around the figure; revenue
/// raised to a figure and the start of a change; the total a figure brings; rounds raised "in investment led by", fund infusions and
/// capital brought in; stakes sold in a deal with a buyer; money raised from one named giver; money wired.
/// </summary>
internal static partial class MetricRules
{
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

    /// <summary>Nouns of a change whose start is written after "from": "an eightfold increase from $X".</summary>
    private static readonly HashSet<string> _tenthChangeNouns = new(StringComparer.Ordinal)
    {
        "increase", "rise", "jump", "growth", "surge", "climb", "leap", "gain", "decline", "drop", "fall", "decrease", "dip", "slide",
    };

    /// <summary>Verbs that raise money: "raised $X", "secured $X", "could raise $X".</summary>
    private static readonly HashSet<string> _tenthRaiseVerbs = new(StringComparer.Ordinal)
    {
        "raise", "raises", "raised", "raising", "secure", "secures", "secured", "securing", "close", "closes", "closed", "closing",
        "collected", "collect", "collects", "gathered", "amassed",
    };

    /// <summary>Givers that fund a fund, not a company: "from sovereign wealth funds, pension funds and institutional investors".</summary>
    private static readonly HashSet<string> _tenthFundGivers = new(StringComparer.Ordinal)
    {
        "pension", "pensions", "sovereign", "endowments", "endowment", "lps", "limited", "insurers", "institutional",
    };

    /// <summary>Last words of a named programme: "a $2-billion Canadian Sovereign AI Compute Strategy".</summary>
    private static readonly HashSet<string> _tenthProgrammeNouns = new(StringComparer.Ordinal)
    {
        "strategy", "program", "programme", "initiative", "scheme", "plan",
    };

    /// <summary>Words that make a deal noun a compute deal when they stand beside it: "a GPU supply agreement", "a chip design contract".</summary>
    private static readonly HashSet<string> _tenthChipWords = new(StringComparer.Ordinal)
    {
        "chip", "chips", "semiconductor", "accelerator", "accelerators", "silicon",
    };

    /// <summary>The tenth round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? TenthRoundReading(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        return TenthNounsAfter(sentence, first, last, next)
            ?? TenthRaiseAt(words, first, floor)
            ?? TenthStartOfAChange(words, first, floor, previous)
            ?? TenthTotalBroughtTo(words, first, floor, previous)
            ?? TenthMarketTotal(sentence, first, floor)
            ?? TenthMarketValued(words, first, floor)
            ?? TenthCrowdTotal(words, first, next, floor)
            ?? TenthTakeoverValue(words, first, floor)
            ?? TenthComputeValuedOrCommitted(sentence, first, next, floor)
            ?? TenthRevenueRaisedTo(words, first, floor)
            ?? TenthFundRaise(words, first, next, floor)
            ?? TenthRoundBroughtIn(words, first, next, floor)
            ?? TenthStakeBought(sentence, first, last, next)
            ?? TenthRaisedFromOneGiver(sentence, first, next, floor)
            ?? TenthWired(words, first, next, floor);
    }

    /// <summary>
    /// The nouns right after the figure: "a $5 billion debt raise" and "its $5 billion debt funding plans" (debt: other); "a US$300 billion
    /// valuation funding round" (the valuation the round is at); "a $2-billion Canadian Sovereign AI Compute Strategy" (a named programme:
    /// other); "a $17.4 billion, five-year GPU supply agreement", "a $10 billion chip design contract with Broadcom" (compute deals).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthNounsAfter(SentenceWords sentence, int first, int last, int next)
    {
        var words = sentence.Words;
        var j = next;

        // "$17.4 billion, five-year GPU supply agreement": past a comma and the deal's term.
        var term = words[last].After == ',' && next == last + 1 && j < words.Count && IsTenthTerm(words[j].Lower);
        if (term)
        {
            j++;
        }
        else if (words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        bool debt = false, compute = false, deal = false, capitalised = true;
        var k = j;
        for (; k < words.Count && k - j < 6 && !_stopAfterNoun.Contains(words[k].Lower); k++)
        {
            var lower = words[k].Lower;
            debt |= lower == "debt" && (k == j || words[k - 1].Lower != "convertible");
            compute |= IsComputeWord(lower) || _tenthChipWords.Contains(lower);
            deal |= lower is "deal" or "contract" or "agreement" or "pact";
            capitalised &= words[k].IsCapitalised;
            if (words[k].EndsPhrase)
            {
                k++;
                break;
            }
        }

        if (k == j)
        {
            return null;
        }

        if (debt && !term)
        {
            return (null, true);
        }

        if (words[j].Lower == "valuation" && k > j + 1 && _roundNouns.Contains(words[k - 1].Lower))
        {
            return (Metric.Valuation, true);
        }

        // "raised $675 million at a $2.7 billion value": the price the round is at.
        if (words[j].Lower == "value" && k == j + 1 && first >= 2 && words[first - 1].Lower is "a" or "an" && words[first - 2].Lower == "at")
        {
            return (Metric.Valuation, true);
        }

        if (capitalised && !term && _tenthProgrammeNouns.Contains(words[k - 1].Lower))
        {
            return (null, true);
        }

        // "a $300 billion, five-year agreement with Oracle to secure … computing power": a term deal in a sentence about compute.
        var computeInSentence = sentence.MentionsCompute(0) || words.Skip(k).Any(w => _tenthChipWords.Contains(w.Lower));
        return deal && (compute || (term && computeInSentence)) && !IsMajorityOrTakeover(words) ? (Metric.ComputeCommitment, true) : null;
    }

    /// <summary>"The startup is now in talks to raise at $21B": the price a raise is at, not its size.</summary>
    private static (Metric? Metric, bool Found)? TenthRaiseAt(List<Word> words, int first, int floor) =>
        first >= 2 && first - 2 >= floor && words[first - 1].Lower == "at" && words[first - 2].Lower is "raise" or "raising" or "raised" or "raises"
            ? (Metric.Valuation, true)
            : null;

    private static bool IsTenthTerm(string lower) =>
        lower is "multi-year" or "multiyear" or "long-term" || (lower.EndsWith("-year", StringComparison.Ordinal) && lower.Length > 5);

    private static bool IsMajorityOrTakeover(List<Word> words) =>
        words.Any(w => w.Lower is "acquisition" or "acquire" or "acquires" or "acquired" or "takeover" or "buyout" or "merger");

    /// <summary>
    /// "growth last year of $1.9 billion, a nearly eightfold increase from just $228.9 million": the start of a change written as a noun
    /// and "from" is more of the figure before it in the sentence.
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthStartOfAChange(List<Word> words, int first, int floor, Metric? previous)
    {
        var from = first >= 2 && words[first - 1].Lower is "just" or "only" or "a" or "an" or "about" or "around" ? first - 2 : first - 1;
        return floor > 0 && from >= 1 && from - 1 >= floor && words[from].Lower == "from" && _tenthChangeNouns.Contains(words[from - 1].Lower)
            ? (previous, true)
            : null;
    }

    /// <summary>
    /// "bringing the total to $4 billion", "with an option to increase this to $1 billion": the new total of the figure before in the
    /// sentence, so the same metric; "brought the company's total investment in India to $10 billion": a total over a whole country, other.
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthTotalBroughtTo(List<Word> words, int first, int floor, Metric? previous)
    {
        // "with the figure rising to as much as $40 billion", "ramp up that amount as high as $100 billion": more of the figure before.
        if (floor > 0 && previous is not null && InvestorRules.TenthRaisedFigureStart(words, first) is var raised and >= 0 && raised >= floor)
        {
            return (previous, true);
        }

        // "and with the new Amazon investment, the total exceeds $10 billion": the sum of what came before.
        if (floor > 0 && previous is not null && first >= 3 && first - 3 >= floor && words[first - 3].Lower == "the" && words[first - 2].Lower == "total"
            && words[first - 1].Lower is "exceeds" or "exceeded" or "tops" or "topped" or "reaches" or "reached" or "surpasses" or "surpassed")
        {
            return (previous, true);
        }

        if (first < 3 || words[first - 1].Lower != "to")
        {
            return null;
        }

        // Back over the object ("the total", "the company's total investment in India", "this") to its verb.
        var verb = -1;
        var total = false;
        var place = false;
        for (var i = first - 2; i >= Math.Max(0, first - 9) && !words[i].EndsPhrase; i--)
        {
            var lower = words[i].Lower;
            total |= lower is "total" or "tally" or "overall" or "sum";
            place |= lower == "in" && Lexicon.PlaceLength(words, i + 1) > 0;
            if (lower is "bringing" or "brings" or "brought" or "bring" or "taking" or "takes" or "took" or "lifting" or "lifts" or "lifted"
                or "pushing" or "pushed" or "increase" or "increasing" or "increased" or "boost" or "boosting" or "boosted" or "expand" or "expanding"
                or "raise" or "raising" or "lift" or "double" or "take")
            {
                verb = i;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        if (place && total)
        {
            return (null, true);
        }

        // Only the bare total or a pronoun: "the total raised" and "its total investment to date" say what they total (older rules).
        var bare = (first - verb == 4 && words[verb + 1].Lower is "the" or "its" or "their" && words[verb + 2].Lower == "total")
            || (first - verb == 3 && words[verb + 1].Lower is "this" or "it" or "that");
        if (!bare)
        {
            return null;
        }

        return floor > 0 && verb >= floor && previous is not null ? (previous, true) : null;
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

    /// <summary>"industry insiders suggest the acquisition value is around $400 million": what a takeover is worth, other.</summary>
    private static (Metric? Metric, bool Found)? TenthTakeoverValue(List<Word> words, int first, int floor)
    {
        var i = first - 1;
        while (i >= Math.Max(floor, 0) && first - i <= 3 && words[i].Lower is "is" or "was" or "of" or "at" or "be" or "stood" or "estimated" or "put")
        {
            i--;
        }

        return i >= 1 && i < first - 1 && words[i].Lower is "value" or "price" && words[i - 1].Lower is "acquisition" or "takeover" or "buyout" or "purchase" or "merger"
            ? (null, true)
            : null;
    }

    /// <summary>
    /// "GPU infrastructure capacity valued at $17.4 billion" (compute valued) and "a commitment of around $10 billion to establish and scale
    /// AI compute infrastructure" (a commitment to compute, read across a "to" clause).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthComputeValuedOrCommitted(SentenceWords sentence, int first, int next, int floor)
    {
        var words = sentence.Words;
        var at = first - 1;
        // "capacity valued at $X", "capacity worth $X": the word before "valued" / "worth" is a compute word.
        var valued = at >= 2 && words[at].Lower is "at" && words[at - 1].Lower is "valued" ? at - 2 : at >= 1 && words[at].Lower == "worth" ? at - 1 : -1;
        if (valued >= Math.Max(floor, 0) && !words[valued].EndsPhrase && IsComputeWord(words[valued].Lower))
        {
            return (Metric.ComputeCommitment, true);
        }

        if (at < 2 || words[at].Lower != "of" || words[at - 1].Lower is not ("commitment" or "agreement" or "contract" or "deal") || next >= words.Count
            || words[next].Lower != "to" || words[first - 1].EndsPhrase)
        {
            return null;
        }

        var end = next + 1;
        while (end < words.Count && end - next < 9 && !words[end - 1].EndsPhrase)
        {
            end++;
        }

        return sentence.MentionsCompute(next, end) ? (Metric.ComputeCommitment, true) : null;
    }

    /// <summary>"ARR guidance raised to as much as $1.1 billion", "annual sales rose to $X": revenue changed to the figure.</summary>
    private static (Metric? Metric, bool Found)? TenthRevenueRaisedTo(List<Word> words, int first, int floor)
    {
        if (first < 3 || words[first - 1].Lower != "to"
            || words[first - 2].Lower is not ("raised" or "lifted" or "increased" or "boosted" or "rose" or "grew" or "climbed" or "jumped" or "upgraded" or "risen" or "grown" or "hiked"))
        {
            return null;
        }

        for (var i = first - 3; i >= Math.Max(floor, first - 6) && !words[i].EndsPhrase; i--)
        {
            if (_revenueNouns.Contains(words[i].Lower) && words[i].Lower != "run")
            {
                return (Metric.Revenue, true);
            }

            if (words[i].Lower is not ("guidance" or "forecast" or "outlook" or "target" or "projection" or "its" or "the" or "annual" or "was" or "is" or "has" or "been" or "had"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "iNovia raises $600-million for two new funds" and "secured USD 50 billion in capital from sovereign wealth funds, pension funds": money
    /// raised for several funds, or from the kinds of giver that fund funds, is a fund's size, other ("raised $X for its Fund 15", one
    /// fund, stays a round as the older sets label it).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthFundRaise(List<Word> words, int first, int next, int floor)
    {
        if (first < 1 || first - 1 < floor || !_tenthRaiseVerbs.Contains(words[first - 1].Lower) || next >= words.Count || words[first - 1].EndsPhrase)
        {
            return null;
        }

        var window = Window(words, next, 6).ToList();
        var forAFund = window.Count >= 2 && window[0] == "for" && window.Skip(1).TakeWhile(w => w is "the" or "its" or "a" or "an" or "two" or "three" or "four" or "new"
            or "first" or "second" or "third" or "fourth" or "fifth" or "latest" or "next" or "flagship" or "venture" or "growth").Count() is var skip
            && skip + 1 < window.Count && window[skip + 1] is "funds" or "vehicles";
        // Two or more kinds of fund giver listed: "from sovereign wealth funds, pension funds, and institutional investors".
        var fromFundGivers = false;
        for (var i = next; i < words.Count && i - next < 4; i++)
        {
            if (words[i].Lower == "from")
            {
                fromFundGivers = i + 1 < words.Count && _tenthFundGivers.Contains(words[i + 1].Lower)
                    && words.Skip(i + 1).Take(10).Count(w => _tenthFundGivers.Contains(w.Lower)) >= 2;
                break;
            }
        }

        return forAFund || fromFundGivers ? (null, true) : null;
    }

    /// <summary>
    /// "raised US$70 million in investment led by TPG" (a round, whoever leads it), "announced a fund infusion of $1.2 billion" (a round),
    /// "will bring in 113 million pounds of fresh capital" (a round, not revenue).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthRoundBroughtIn(List<Word> words, int first, int next, int floor)
    {
        var before = first - 1 >= floor && first >= 1 ? words[first - 1].Lower : "";
        if (_tenthRaiseVerbs.Contains(before) && next + 2 < words.Count && words[next].Lower == "in"
            && words[next + 1].Lower is "investment" or "investments" or "funding" or "financing" or "capital" && words[next + 2].Lower is "led" or "co-led")
        {
            return (Metric.RoundSize, true);
        }

        // "that will inject a combined Rs 60,596 crore": what several backers put in together is the round.
        var verb = first >= 4 && words[first - 3].Lower == "in" ? first - 4 : first - 3;
        if (before == "combined" && verb >= 0 && words[first - 2].Lower == "a" && words[verb].Lower is "inject" or "injects" or "injected" or "injecting" or "infuse"
            or "infused" or "pump" or "pumped")
        {
            return (Metric.RoundSize, true);
        }

        // "a fund infusion of $X"; "a capital infusion of $X led by General Catalyst" (led: a round, whoever leads it).
        if (before == "of" && first >= 3 && first - 3 >= floor && words[first - 2].Lower is "infusion" or "injection"
            && (words[first - 3].Lower is "fund" or "funding" || Window(words, next, 8).Contains("led")))
        {
            return (Metric.RoundSize, true);
        }

        var brought = before == "in" && first >= 2 && first - 2 >= floor && words[first - 2].Lower is "bring" or "brings" or "brought" or "bringing" or "pull" or "pulls" or "pulled";
        var capital = next + 1 < words.Count && words[next].Lower is "of" or "in"
            && Window(words, next + 1, 2).Any(w => w is "capital" or "funding" or "financing" or "equity");
        return brought && capital ? (Metric.RoundSize, true) : null;
    }

    /// <summary>
    /// "closed a $5.7 billion deal with Facebook for a 9.99% stake", "is in talks to sell its five per cent stake, valued at Rs 3,300 crore,
    /// to Bharti Airtel": a minority stake bought, the buyer's investment.
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthStakeBought(SentenceWords sentence, int first, int last, int next) =>
        InvestorRules.TenthStakeSoldTo(sentence, first, last) is not null || InvestorRules.TenthDealForAStake(sentence, last) is not null || InvestorRules.TenthValuedStakeSoldTo(sentence, first, next) is not null
            ? (Metric.Investment, true)
            : null;

    /// <summary>
    /// "secured $40 million from WestBridge Capital", "received $3.2 million from GM": money secured or received from one named giver is
    /// its investment ("from General Atlantic and Sequoia", or from investors, stays the round). "Raised $X from Y" stays the round, as
    /// the cue ("raise $X") and the corpus labels have it (eight sentences over six sets against one).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthRaisedFromOneGiver(SentenceWords sentence, int first, int next, int floor)
    {
        var words = sentence.Words;
        var verb = first - 1;
        if (verb < Math.Max(floor, 0) || verb < 0 || words[verb].Lower is not ("secured" or "received" or "got")
            || words[verb].EndsPhrase)
        {
            return null;
        }

        return InvestorRules.TenthOneGiverFrom(sentence, next) is not null ? (Metric.Investment, true) : null;
    }

    /// <summary>"when it wired $7.5 billion through SoftBank Vision Fund 2", "ploughed $X into", "sank $X into": money sent in, an investment.</summary>
    private static (Metric? Metric, bool Found)? TenthWired(List<Word> words, int first, int next, int floor)
    {
        // "wired another $10 billion": past the word that continues.
        var at = first >= 2 && words[first - 1].Lower is "another" or "additional" or "further" ? (words[first - 2].Lower is "an" or "a" ? first - 3 : first - 2) : first - 1;
        var before = at >= floor && at >= 0 ? words[at].Lower : "";
        if (before is "wired" or "wires" or "wiring" or "wire")
        {
            return (Metric.Investment, true);
        }

        return before is "ploughed" or "plowed" or "ploughs" or "plows" or "sank" or "sunk" or "sinks" && next < words.Count && words[next].Lower is "into" or "in"
            ? (Metric.Investment, true)
            : null;
    }
}
