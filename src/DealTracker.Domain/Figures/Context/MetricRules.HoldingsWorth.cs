using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the holdings-and-worth sweep: money that says what someone HOLDS or what many deals are WORTH is other (the issue's "anything
/// else (market value, share prices, net worth …) → other"), whatever cue of investing, a round or a stake stands near it. Read before
/// every other rule, and kept by the reader over the figure before's metric, an attached giver or a tranche. The frames:
/// <list type="bullet">
/// <item>held nouns named after the figure: "its $50 billion in private equity holdings", "$X of holdings in tech stocks", "a fund
/// with $X in assets", "$X in commitments under management", "$X of exposure to", "has $X invested in private equity";</item>
/// <item>a holding or managing verb before it: "holds $X in US Treasuries", "held $X of Nvidia shares", "which manages $X";</item>
/// <item>a holder's noun whose worth the figure is: "a property portfolio worth £18 billion", "whose fortune is estimated at", "net
/// worth rose to", "cash reserves of", "a cash pile of", "a war chest of", "a book value of", "total assets of";</item>
/// <item>a stake held and what it is worth: "its stake is now worth", "owns a 10% stake in Y valued at", "'s 8% shareholding in Y is
/// valued at", "holds shares in Y worth", "the value of X's holding in Y has risen to"; never a stake being bought ("agreed to buy a
/// stake in Y valued at $X" keeps the stake-price reading);</item>
/// <item>many deals summed: "$12.2 billion worth of global acquisitions", "$X worth of deals / transactions / investments / funding
/// rounds", "acquisitions worth $X were announced"; not "$X worth of shares" (bought: an investment).</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns after "$X in / of" that make the figure held money: "$X in private equity holdings", "$X in assets".</summary>
    private static readonly HashSet<string> _heldAfterNouns = new(StringComparer.Ordinal)
    {
        "holdings", "exposure", "aum", "reserves",
    };

    /// <summary>Verbs that say a holder holds or looks after the money that follows: "holds $X in", "manages $X".</summary>
    private static readonly HashSet<string> _holdsVerbs = new(StringComparer.Ordinal)
    {
        "holds", "held", "hold", "owns", "owned", "manages", "managed", "manage", "managing", "oversees", "oversaw", "oversee",
        "overseeing", "administers", "administered",
    };

    /// <summary>Verbs of having: "has $X invested in private equity", "has $X in venture capital investments"; not "with" ("an investor
    /// with $10 billion invested", "topped up its bank account with €122.9M in equity investments" say what was put in).</summary>
    private static readonly HashSet<string> _hasWords = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "having", "holds", "held", "hold", "owns", "owned",
    };

    /// <summary>A holder's nouns whose worth a figure is: "a property portfolio worth", "a fortune of", "cash reserves of".</summary>
    private static readonly HashSet<string> _holderWorthNouns = new(StringComparer.Ordinal)
    {
        "portfolio", "portfolios", "holdings", "shareholding", "shareholdings", "fortune", "fortunes", "reserves", "pile", "chest", "hoard",
        "stockpile", "assets", "asset", "aum", "wealth",
    };

    /// <summary>Nouns of many deals: "$X worth of acquisitions", "deals worth $X".</summary>
    private static readonly HashSet<string> _manyDealNouns = new(StringComparer.Ordinal)
    {
        "deals", "acquisitions", "transactions", "investments", "mergers", "takeovers", "buyouts", "rounds", "m&a", "exits", "bids",
    };

    /// <summary>Verbs of a stake changing hands: a stake near one of them is being bought or sold, not held.</summary>
    private static readonly HashSet<string> _stakeTradeVerbs = new(StringComparer.Ordinal)
    {
        "buy", "buys", "buying", "bought", "acquire", "acquires", "acquiring", "acquired", "purchase", "purchases", "purchasing", "purchased",
        "sell", "sells", "selling", "sold", "sale", "offload", "offloading", "take", "takes", "taking", "took", "pick", "picked", "picking",
        "invest", "invests", "investing", "invested", "subscribe", "subscribed", "offer", "offered", "offering", "amass", "amassed", "amassing",
        "accumulate", "accumulated", "accumulating", "build", "built", "building", "raise", "raised", "raising", "increase", "increased",
    };

    /// <summary>Copulas and the words that stand between them and a worth: "is now worth", "was valued at", "has risen to".</summary>
    private static readonly HashSet<string> _copulaWords = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "be", "been", "now", "currently", "already", "reportedly", "estimated", "has", "have", "had",
    };

    /// <summary>Verbs of a held value changing or standing: "has risen to", "climbed to", "stood at".</summary>
    private static readonly HashSet<string> _worthChangeVerbs = new(StringComparer.Ordinal)
    {
        "rose", "risen", "rising", "rise", "rises", "climb", "climbs", "climbed", "jumped", "grew", "grown", "swelled", "soared", "surged", "fell", "fallen", "dropped", "slumped",
        "declined", "shrank", "reached", "stands", "stood", "totals", "totalled", "totaled", "estimated", "put", "valued", "topped",
    };

    /// <summary>
    /// The holdings-and-worth reading of the figure at words <paramref name="first"/>..<paramref name="last"/>: other (null, found) for
    /// held money or many deals' worth; an investment for the deal figures beside them that other rules miss ("subscribed for $X worth
    /// of new shares", "its stake, which it bought for $X, is now worth"); null when none applies.
    /// </summary>
    public static (Metric? Metric, bool Found)? HoldingsWorthReading(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 0 || last >= words.Count)
        {
            return null;
        }

        // Since the twenty-fifth session: one stake's worth is an investment, a person's own stake their wealth (M11, MetricRules.StakesWorth.cs).
        if (StakesWorth(sentence, first) is { Worth: true } stake)
        {
            return (stake.Person ? null : Metric.Investment, true);
        }

        // Since the thirty-first session: a holder's mark of its holding in one company (M11, MetricRules.StakesWorth.cs).
        if (IsHeldStakeMark(sentence, first, last))
        {
            return (Metric.Investment, true);
        }

        var next = SkipConversion(words, last);
        var cue = CueBeforeHedges(words, first, 0);
        // "has signed deals worth more than $33 billion across providers including Nebius": compute deals summed stay compute bought.
        if (HeldNounAfter(words, cue, last, next) || HoldsBefore(words, cue, next) || (ManyDealsWorth(words, cue, last, next) && !MentionsComputeDeal(sentence))
            || HolderWorthBefore(words, cue)
            || HeldStakeWorth(words, cue) || InvestmentTurnedInto(words, cue))
        {
            return (null, true);
        }

        return SharesSubscribed(words, cue, last, next) || StakeBoughtForInARelativeClause(words, cue) || HasInvestedInACompany(words, cue, next)
            ? (Metric.Investment, true)
            : null;
    }

    /// <summary>"Sequoia Capital has $638m invested in OpenAI": what a backer has put into one company is its investment.</summary>
    private static bool HasInvestedInACompany(IReadOnlyList<Word> words, int cue, int next) =>
        cue >= 0 && words[cue].Lower is "has" or "had" or "have" && next < words.Count && words[next].Lower == "invested" && InvestedInACompany(words, next);

    /// <summary>"invested in OpenAI": a capitalised name that is no place after "invested in / into".</summary>
    private static bool InvestedInACompany(IReadOnlyList<Word> words, int invested) =>
        invested + 2 < words.Count && words[invested + 1].Lower is "in" or "into" && words[invested + 2].IsCapitalised && Lexicon.PlaceLength(words, invested + 2) == 0;

    /// <summary>
    /// "its $50 billion in private equity holdings", "$X of holdings in tech stocks", "$X of exposure to", "$X in commitments under
    /// management", "a fund with $X in assets", "has $X invested in private equity", "has $X in venture capital investments".
    /// </summary>
    private static bool HeldNounAfter(IReadOnlyList<Word> words, int cue, int last, int next)
    {
        if (next >= words.Count || (next == last + 1 && words[last].EndsPhrase))
        {
            return false;
        }

        var has = cue >= 0 && _hasWords.Contains(words[cue].Lower);

        // "has $X invested in private equity"; "has $13 billion invested in OpenAI" is money put into one company (HasInvestedInACompany).
        if (has && words[next].Lower == "invested")
        {
            return !InvestedInACompany(words, next);
        }

        // "has spent $13.8 billion on its current holdings": what the holdings cost.
        if (words[next].Lower == "on" && Window(words, next + 1, 4).Contains("holdings"))
        {
            return true;
        }

        if (words[next].Lower is not ("in" or "of") && !(words[next].Lower == "under" && Window(words, next + 1, 1).Contains("management")))
        {
            return false;
        }

        if (words[next].Lower == "under")
        {
            return true;
        }

        // "a fund with $X in assets", "BlackRock's $10 trillion in assets"; not money given "in cash and assets".
        var holder = has || (cue >= 0 && (words[cue].Lower is "with" or "its" or "their" || words[cue].Possessive || _holdsVerbs.Contains(words[cue].Lower)));
        for (var k = next + 1; k < words.Count && k <= next + 4; k++)
        {
            var lower = words[k].Lower;
            if (words[k].IsCapitalised)
            {
                // "in domestic automaker Jiangling Holdings": a name, not held money.
                return false;
            }

            if (_heldAfterNouns.Contains(lower)
                || (lower == "management" && words[k - 1].Lower == "under")
                || (lower == "assets" && holder && k == next + 1)
                || (has && lower is "investments" or "commitments" or "securities" or "equities" or "treasuries" or "bonds" or "deposits" or "savings"))
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

    /// <summary>"holds $X in US Treasuries", "held $X of Nvidia shares", "which manages $X": a holder's money, not a deal's.</summary>
    private static bool HoldsBefore(IReadOnlyList<Word> words, int cue, int next) =>
        cue >= 0 && _holdsVerbs.Contains(words[cue].Lower) && !words[cue].IsCapitalised
        // "SpaceX now holds an estimated $31.5 billion valuation": the noun after says what the figure is.
        && !(next < words.Count && (_valuationNouns.Contains(words[next].Lower) || _investmentNouns.Contains(words[next].Lower)
            || _roundNouns.Contains(words[next].Lower) || _dealNouns.Contains(words[next].Lower)));

    /// <summary>
    /// "$12.2 billion worth of global acquisitions", "$X worth of deals it did this year", "acquisitions worth $X were announced": many
    /// deals summed, not one.
    /// </summary>
    private static bool ManyDealsWorth(IReadOnlyList<Word> words, int cue, int last, int next)
    {
        if (next + 1 < words.Count && words[next].Lower == "worth" && words[next + 1].Lower == "of" && !words[last].EndsPhrase)
        {
            for (var k = next + 2; k < words.Count && k <= next + 5; k++)
            {
                if (_manyDealNouns.Contains(words[k].Lower))
                {
                    return true;
                }

                if (words[k].EndsPhrase || words[k].Lower is "shares" or "stock" or "stocks" or "equity" or "notes" or "bonds")
                {
                    return false;
                }
            }

            return false;
        }

        // "acquisitions worth $X", "deals worth a combined $X".
        if (cue < 1 || words[cue].Lower != "worth" || words[cue - 1].EndsPhrase || !_manyDealNouns.Contains(words[cue - 1].Lower))
        {
            return false;
        }

        // "has snagged investments worth $10 billion from investors such as …", "attracted investments worth $10 billion in one month":
        // many backers' money; "received investments worth 57 billion won from China's Hillhouse Capital Group" is one giver's.
        return words[cue - 1].Lower != "investments" || FromManyOrNone(words, last, next);
    }

    /// <summary>After "investments worth $X": no giver named ("in one month"), or many ("from investors such as", "from a clutch of backers").</summary>
    private static bool FromManyOrNone(IReadOnlyList<Word> words, int last, int next)
    {
        if (next >= words.Count || (next == last + 1 && words[last].EndsPhrase))
        {
            return true;
        }

        // "investments worth $X in Zepto": money into one company, left to the other rules.
        if (words[next].Lower is "in" or "into" && next + 1 < words.Count && words[next + 1].IsCapitalised && Lexicon.PlaceLength(words, next + 1) == 0)
        {
            return false;
        }

        var from = Enumerable.Range(next, Math.Max(0, Math.Min(4, words.Count - next))).FirstOrDefault(k => words[k].Lower == "from", -1);
        return from < 0 || Window(words, from + 1, 3).Any(w => w is "investors" or "backers" or "firms" or "funds" or "companies" or "several" or "various"
            or "multiple" or "clutch" or "host" or "string" or "number");
    }

    /// <summary>
    /// "a property portfolio worth £18 billion", "whose fortune is estimated at", "net worth rose to", "cash reserves of", "a cash pile of",
    /// "a war chest of", "a book value of", "with total assets of": the worth of what a holder has.
    /// </summary>
    private static bool HolderWorthBefore(IReadOnlyList<Word> words, int cue)
    {
        if (cue < 1)
        {
            return false;
        }

        var lower = words[cue].Lower;

        // "a book value of", "a net worth of", "a cash pile of", "a war chest of", "cash reserves of", "total assets of".
        if (lower == "of")
        {
            var noun = words[cue - 1].Lower;
            return !words[cue - 1].EndsPhrase && (IsHolderNoun(words, cue - 1)
                || (noun == "value" && cue >= 2 && words[cue - 2].Lower == "book")
                || (noun == "value" && HolderNounBeforeValue(words, cue - 1))
                || (noun == "worth" && cue >= 2 && words[cue - 2].Lower == "net"));
        }

        // "a portfolio worth", "is worth", "estimated at", "rose to", "stood at": the subject a few words back.
        var verb = cue;
        if (lower is "at" or "to")
        {
            verb = cue - 1;
            if (!_worthChangeVerbs.Contains(words[verb].Lower) && words[verb].Lower is not ("valued" or "up"))
            {
                return false;
            }
        }
        else if (lower is not ("worth" or "totals" or "totalled" or "totaled" or "reached" or "topped"))
        {
            return false;
        }

        // "portfolio company Zepto is worth", "a holding company worth" name a company; the subject must end before the verb's copula.
        var k = verb - 1;
        while (k >= 0 && (_copulaWords.Contains(words[k].Lower) || _worthChangeVerbs.Contains(words[k].Lower)) && !words[k].EndsPhrase)
        {
            k--;
        }

        // "a property portfolio worth": the noun right before, or within the few words of its subject; not a holding being bought ("it has
        // bought an additional holding worth $78m in the lender" is an investment).
        for (var i = k; i >= 0 && i >= k - 3; i--)
        {
            if (IsHolderNoun(words, i) && BeingTraded(words, i))
            {
                return false;
            }

            if (IsHolderNoun(words, i) || (words[i].Lower == "worth" && i >= 1 && words[i - 1].Lower == "net"))
            {
                return true;
            }

            if (words[i].EndsPhrase && i < k)
            {
                break;
            }
        }

        return k >= 0 && k < verb - 1 && HolderSubjectBefore(words, k);
    }

    /// <summary>"a net portfolio value of", "the net portfolio had a value of": a holder's noun just before "value" or as the subject of "had a value".</summary>
    private static bool HolderNounBeforeValue(IReadOnlyList<Word> words, int value)
    {
        for (var i = value - 1; i >= 0 && i >= value - 4; i--)
        {
            if (IsHolderNoun(words, i))
            {
                return true;
            }

            if (words[i].EndsPhrase || words[i].Lower is not ("a" or "an" or "the" or "net" or "total" or "had" or "has" or "have" or "with" or "combined" or "current"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject before a worth: "the value of the PIF's public holdings, including its shares in domestic companies, has reached",
    /// "the valuation of its non-market equity securities has risen to". True when it names a holder's noun, or the value of what a
    /// holder has ("its securities", "their investments"); a phrase set off by commas ("including …") is passed over.
    /// </summary>
    private static bool HolderSubjectBefore(IReadOnlyList<Word> words, int k)
    {
        // "a business that could be valued at up to $150bn": a modal says what something may be worth, not what is held.
        if (words[k].Lower is "could" or "would" or "will" or "may" or "might" or "should" or "can")
        {
            return false;
        }

        var seen = 0;
        var opened = -1;
        for (var i = k; i >= 0 && seen < 8; i--, seen++)
        {
            // Pass over ", including its shares in domestic companies," back to the comma that opens it.
            if (words[i].EndsPhrase && words[i].After == ',' && i != opened)
            {
                var open = i - 1;
                while (open >= 0 && open >= i - 10 && !(words[open].After == ',' && open + 1 < words.Count
                    && words[open + 1].Lower is "including" or "excluding" or "mostly" or "largely" or "chiefly" or "such" or "led" or "dominated"))
                {
                    open--;
                }

                if (open < 0 || open < i - 10)
                {
                    return false;
                }

                opened = open;
                i = open + 1;
                continue;
            }

            if (IsHolderNoun(words, i) || (words[i].Lower == "worth" && i >= 1 && words[i - 1].Lower == "net"))
            {
                return true;
            }

            // "the valuation of its non-market equity securities": the value of what a holder has.
            if (words[i].Lower is "securities" or "investments" or "stakes" or "equities"
                && Enumerable.Range(Math.Max(0, i - 5), i - Math.Max(0, i - 5)).Any(j => words[j].Lower is "its" or "their" || words[j].Possessive)
                && Enumerable.Range(Math.Max(0, i - 7), i - Math.Max(0, i - 7)).Any(j => words[j].Lower is "value" or "valuation" && j + 1 < words.Count && words[j + 1].Lower == "of"))
            {
                return true;
            }

            if ((words[i].EndsPhrase && i != opened) || words[i].Lower is "while" or "whereas" or "but" or "that" or "which" or "who" or "to")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A holding or shareholding noun at <paramref name="noun"/> that a trading verb takes within three words before it: "bought an additional holding".</summary>
    private static bool BeingTraded(IReadOnlyList<Word> words, int noun)
    {
        if (words[noun].Lower is not ("holding" or "holdings" or "shareholding" or "shareholdings"))
        {
            return false;
        }

        for (var i = noun - 1; i >= 0 && i >= noun - 3 && !words[i].EndsPhrase; i--)
        {
            if (_stakeTradeVerbs.Contains(words[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A holder's noun at <paramref name="i"/>: "portfolio" (not "portfolio company"), "holding" (not "holding company"), "cash pile", "war chest".</summary>
    private static bool IsHolderNoun(IReadOnlyList<Word> words, int i)
    {
        var lower = words[i].Lower;
        var after = i + 1 < words.Count && !words[i].EndsPhrase ? words[i + 1].Lower : "";
        if (lower is "portfolio" or "holding" && after is "company" or "companies" or "firm" or "firms" or "startup" or "startups" or "group")
        {
            return false;
        }

        return (_holderWorthNouns.Contains(lower) && !words[i].IsCapitalised && !(lower is "pile" or "chest" && !(i >= 1 && words[i - 1].Lower is "cash" or "war")))
            || (lower == "holding" && !words[i].IsCapitalised);
    }

    /// <summary>
    /// A stake held and what it is worth: "its stake is now worth", "the stake is now valued at", "owns a 10% stake in Y valued at",
    /// "'s 8% shareholding in Y is valued at", "holds shares in Y worth", "the value of X's holding in Y has risen to". Not a stake being
    /// bought or sold ("agreed to buy a stake in Y valued at $X", "will sell its stake, worth $X").
    /// </summary>
    private static bool HeldStakeWorth(IReadOnlyList<Word> words, int cue)
    {
        if (cue < 1)
        {
            return false;
        }

        var lower = words[cue].Lower;
        var verb = lower is "at" or "to" ? cue - 1 : cue;
        if (!(lower == "worth" || (lower == "at" && words[verb].Lower is "valued" or "estimated" or "put" or "stands" or "stood")
            || (lower == "to" && _worthChangeVerbs.Contains(words[verb].Lower))))
        {
            return false;
        }

        // A copula before the worth: "is now worth", "was valued at", "has risen to".
        var k = verb - 1;
        var copula = false;
        while (k >= 0 && _copulaWords.Contains(words[k].Lower) && !words[k].EndsPhrase)
        {
            copula |= words[k].Lower is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "been";
            k--;
        }

        // "the stake that Aramco would have bought would have been worth": what a stake would be worth is no stake held.
        if (k >= 0 && words[k].Lower is "would" or "could" or "will" or "may" or "might" or "should")
        {
            return false;
        }

        // The stake noun: the subject before the copula (past a relative clause set off by commas), or the object just before the worth.
        for (var i = k; i >= 0 && i >= k - 14; i--)
        {
            if (words[i].After is ';' or ':' || (words[i].After == '.' && words[i].EndsPhrase))
            {
                return false;
            }

            if (words[i].Lower is "stake" or "stakes" or "shareholding" or "shareholdings" or "holding" or "shares")
            {
                if (words[i].Lower == "holding" && i + 1 < words.Count && words[i + 1].Lower is "company" or "companies" or "firm" or "group")
                {
                    continue;
                }

                // "has accumulated stakes worth about $1 billion in four major European oil companies": many stakes summed.
                return (words[i].Lower == "stakes" && lower == "worth" && i == verb - 1) || IsHeldStake(words, i, copula);
            }
        }

        return false;
    }

    /// <summary>"Naspers has turned its $32 million investment to $232 billion": what an investment has grown to is its worth held.</summary>
    private static bool InvestmentTurnedInto(IReadOnlyList<Word> words, int cue)
    {
        if (cue < 2 || words[cue].Lower is not ("to" or "into"))
        {
            return false;
        }

        // The investment noun a few words back ("its $32 million investment in Tencent to"), then the verb before it.
        var noun = -1;
        for (var i = cue - 1; i >= 0 && i >= cue - 5 && !words[i].EndsPhrase; i--)
        {
            if (words[i].Lower is "investment" or "stake" or "bet" or "holding")
            {
                noun = i;
                break;
            }
        }

        for (var i = noun - 1; noun > 0 && i >= 0 && i >= noun - 6; i--)
        {
            if (words[i].Lower is "turned" or "turning" or "turns" or "turn" or "grown" or "grew")
            {
                return true;
            }

            if (words[i].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the stake noun at <paramref name="noun"/> is held: a holding verb or a possessive before it ("owns a 10% stake", "Nvidia's
    /// stake", "its stake", "the stake" with a copula after), and no verb of trading it in its clause before it.
    /// </summary>
    private static bool IsHeldStake(IReadOnlyList<Word> words, int noun, bool copula)
    {
        var held = false;
        for (var i = noun - 1; i >= 0 && i >= noun - 6; i--)
        {
            var lower = words[i].Lower;
            if (_stakeTradeVerbs.Contains(lower))
            {
                return false;
            }

            if (lower is "owns" or "owned" or "own" or "holds" or "held" or "hold" or "retains" or "retained" or "keeps" or "kept" or "has" or "had")
            {
                held = true;
            }

            if (copula && (lower is "its" or "their" or "his" or "her" or "the" or "whose" || words[i].Possessive))
            {
                held = true;
            }

            // "saw the value of its 25% stake in the company rise to": a stake's value is what it is worth held.
            if (lower is "value" && i + 1 < noun && words[i + 1].Lower == "of")
            {
                held = true;
            }

            if (words[i].EndsPhrase)
            {
                break;
            }
        }

        return held;
    }

    /// <summary>
    /// "Amazon subscribed for ₹2,500 crore worth of new shares in Mistral AI", "subscribed to $X of shares": shares a named buyer takes
    /// up are its investment, also after a clause with a round of its own.
    /// </summary>
    private static bool SharesSubscribed(IReadOnlyList<Word> words, int cue, int last, int next)
    {
        if (cue < 2 || words[cue].Lower is not ("for" or "to") || words[cue - 1].Lower is not ("subscribed" or "subscribes" or "subscribe" or "subscribing")
            || !words[cue - 2].IsCapitalised || (next == last + 1 && words[last].EndsPhrase))
        {
            return false;
        }

        var k = next < words.Count && words[next].Lower == "worth" ? next + 1 : next;
        return Window(words, k, 4).Any(w => w is "shares" or "stock" or "equity");
    }

    /// <summary>
    /// "Nvidia's stake in Northvolt, which it bought for $1 billion in 2019, is now worth …": the price of a stake named in a relative
    /// clause right after it is an investment, as "bought its stake for $X" is; not in a takeover.
    /// </summary>
    private static bool StakeBoughtForInARelativeClause(List<Word> words, int cue)
    {
        if (cue < 4 || words[cue].Lower != "for" || words[cue - 1].Lower is not ("bought" or "acquired" or "purchased") || IsMajorityOrTakeover(words))
        {
            return false;
        }

        var which = words[cue - 2].Lower is "it" or "they" ? cue - 3 : words[cue - 2].IsCapitalised ? cue - 3 : -1;
        if (which < 1 || words[which].Lower is not ("which" or "that") || !words[which - 1].EndsPhrase || words[which - 1].After != ',')
        {
            return false;
        }

        for (var i = which - 1; i >= 0 && i >= which - 5; i--)
        {
            if (words[i].Lower is "stake" or "stakes" or "shareholding" or "shares")
            {
                return true;
            }
        }

        return false;
    }
}
