using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The broad default for stake sentences: in a clause that reports a minority stake or a block of shares bought, sold, taken or offered,
/// a money figure no other rule read (or read as a valuation only from "valued at", "worth" or "value of") is the stake's price, an
/// investment. Since the stakes-control realignment a majority, a controlling or the remaining stake is such a stake too; a takeover of a
/// whole company, a whole company's valuation, a price per share and a holding sold on the market are left alone.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>How far a stake clause is read before and after the figure.</summary>
    private const int StakeSpanBefore = 30;

    private const int StakeSpanAfter = 14;

    /// <summary>Nouns of a holding, written in lower case: "stake", "shares", "shareholding" (not "SBI Holdings").</summary>
    private static readonly HashSet<string> _stakeNouns = new(StringComparer.Ordinal)
    {
        "stake", "stakes", "holding", "holdings", "shareholding", "shareholdings", "shares",
    };

    /// <summary>Verbs and nouns of buying a holding: "buy", "acquire", "take", "pay", "picked up".</summary>
    private static readonly HashSet<string> _stakeBuyWords = new(StringComparer.Ordinal)
    {
        "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing", "acquire", "acquires", "acquired", "acquiring",
        "take", "takes", "took", "taking", "taken", "pay", "pays", "paid", "paying", "spend", "spends", "spent", "picked", "pick", "picks",
    };

    /// <summary>Verbs and nouns of selling a holding: "sell", "offload", "divestment", "disposed".</summary>
    private static readonly HashSet<string> _stakeSellWords = new(StringComparer.Ordinal)
    {
        "sell", "sells", "sold", "selling", "sale", "offload", "offloads", "offloaded", "offloading", "divest", "divests", "divested", "divesting",
        "divestment", "transfer", "transfers", "dispose", "disposed", "disposes", "offer", "offers", "offered", "offering",
    };

    /// <summary>Verbs that give the figure to a target of its own: "pumped $3.5 billion into Uber", "poured $45 billion into".</summary>
    private static readonly HashSet<string> _givingVerbs = new(StringComparer.Ordinal)
    {
        "pumped", "pump", "pumps", "pumping", "poured", "pour", "pours", "pouring", "invested", "invest", "invests", "investing", "put", "puts",
        "putting", "injected", "inject", "injects", "injecting", "plowed", "ploughed", "funneled", "funnelled", "committed", "commit", "commits",
        "committing", "pledged", "pledge", "pledges", "contributed", "contribute", "contributes", "provided", "provide", "provides", "lent", "loaned",
    };

    /// <summary>Nouns of a deal that may carry a stake: "in a deal likely worth …".</summary>
    private static readonly HashSet<string> _stakeDealNouns = new(StringComparer.Ordinal) { "deal", "deals", "transaction", "transactions", "agreement", "placement" };

    /// <summary>Words that make the clause a takeover, a whole company's price or a company buying its own shares.</summary>
    private static readonly HashSet<string> _wholeCompanyWords = new(StringComparer.Ordinal)
    {
        "takeover", "buyout", "merger", "valuing", "valuation", "values", "buyback", "repurchase", "capitalisation", "privatised", "privatized",
        "privatise", "privatize", "privatising", "privatizing",
        "capitalization", "revalued", "revaluation",
    };

    /// <summary>
    /// "Japan's SMFG is in final talks to acquire 10% of SBI Holdings in a deal likely worth over 60 billion yen", "plans to sell a 15 percent
    /// stake in Safaricom valued at Sh240.5 billion": whether the figure at <paramref name="first"/>..<paramref name="last"/>, which read as
    /// <paramref name="metric"/>, is the price of a minority stake or block of shares changing hands in its clause.
    /// </summary>
    private static bool IsStakePrice(SentenceWords sentence, int first, int last, int floor, Metric? metric) =>
        (metric is null || (metric == Metric.Valuation && IsValuedOnlyByWorth(sentence.Words, first)))
        && StakeDealWord(sentence.Words, first, last, floor) >= 0;

    /// <summary>Whether the figure's metric comes from this default: no other rule read it as an investment.</summary>
    internal static bool IsReadByStakeDefault(SentenceWords sentence, int first, int last, int floor, Metric? previous) =>
        IsStakePrice(sentence, first, last, floor, ClassifyWords(sentence, first, last, floor, previous));

    /// <summary>
    /// The word that buys or sells a minority holding in the clause of the figure at <paramref name="first"/>..<paramref name="last"/>
    /// ("acquire 10% of SBI Holdings", "sell no more than 443 million shares worth HKD1.37 billion"), or -1 when the clause has none or
    /// is a takeover, a price apiece, a change or other money.
    /// </summary>
    internal static int StakeDealWord(List<Word> words, int first, int last, int floor)
    {
        var next = SkipConversion(words, last);
        if (IsPerShare(words, next) || IsPriceOfOne(words, first, next) || NamesOtherMoneyAfter(words, next) || NamesOtherMoneyBefore(words, first))
        {
            return -1;
        }

        var (from, to) = StakeClause(words, first, next, floor);
        // Since the stakes-control realignment: "it has pumped $3.5 billion into Uber, poured $45 billion into …, acquired a 60% stake in
        // Lucid": a list item after a comma past the figure buys its own stake, not with this figure (whose giver is never the target).
        var own = next;
        var given = PastHedges(words, first - 1);
        while (given >= 0 && own < to && _givingVerbs.Contains(words[given].Lower) && !(own > next && words[own - 1].After == ','))
        {
            own++;
        }

        own = given >= 0 && _givingVerbs.Contains(words[given].Lower) ? own : to;

        var stake = false;
        var verb = -1;
        var noun = -1;
        for (var i = from; i < to; i++)
        {
            if (i >= first && i < next)
            {
                continue;
            }

            if (IsWholeCompany(words, i, to, first, next))
            {
                return -1;
            }

            if (i >= own)
            {
                continue;
            }

            // "take a $50 million stake in Tesla, and … pay the company $60 million": a stake right after a figure is that figure's.
            stake |= (IsStakeNoun(words, i) && !(i == floor && floor > 0)) || IsMinorityShareOf(words, i) || IsFractionBought(words, i);
            var word = words[i].Lower;
            var isVerb = _stakeBuyWords.Contains(word) || _stakeSellWords.Contains(word);
            verb = isVerb && (verb < 0 || Math.Abs(i - first) < Math.Abs(verb - first)) ? i : verb;
            noun = _stakeDealNouns.Contains(word) && noun < 0 ? i : noun;
        }

        var dealWord = verb >= 0 ? verb : noun;
        // Since the stakes-control realignment a holder's own stake sold with no buyer named ("offloaded its stake in T-Mobile for $9.17
        // billion") is the unnamed buyer's investment, no longer none.
        return stake && !IsSharesSoldByAmount(words, first, next) && !SoldOnAMarket(words, from, to) && !IsTakeoverEarlier(words, from, floor) ? dealWord : -1;
    }

    /// <summary>"an affiliate acquired Dominion Energy Inc.'s … assets, including a 25% stake …": a takeover earlier in a long clause.</summary>
    private static bool IsTakeoverEarlier(List<Word> words, int from, int floor)
    {
        var start = from;
        while (start > Math.Max(floor, 0) && !IsClauseBreak(words, start - 1, start))
        {
            start--;
        }

        return Enumerable.Range(start, from - start).Any(i => IsWholeCompany(words, i, from, -1, -1));
    }

    /// <summary>Whether the deal word at <paramref name="at"/> sells ("sell", "offloaded") rather than buys.</summary>
    internal static bool IsStakeSellWord(List<Word> words, int at) => at >= 0 && _stakeSellWords.Contains(words[at].Lower);

    /// <summary>Whether the deal word at <paramref name="at"/> buys ("acquire", "paying").</summary>
    internal static bool IsStakeBuyWord(List<Word> words, int at) => at >= 0 && _stakeBuyWords.Contains(words[at].Lower);

    /// <summary>
    /// A word that makes the clause a takeover or a whole company's price: "valuing", "takeover", "buy back", "buy out Shinko", "acquire
    /// Tubacex". Since the stakes-control realignment a stake of any size is no whole company: "a majority stake", "a 51% stake", "the
    /// remaining shares", "all of the outstanding shares" and "buying out all remaining shares" are the buyer's investment.
    /// </summary>
    private static bool IsWholeCompany(List<Word> words, int i, int to, int first, int next)
    {
        var word = words[i].Lower;
        return _wholeCompanyWords.Contains(word)
            // "The deal could value the fund's 70 percent stake at about $70 billion": a value put on a holding, no price paid.
            || (word == "value" && i > 0 && words[i - 1].Lower is "could" or "would" or "will" or "may" or "might" or "to" or "should")
            || (_stakeBuyWords.Contains(word) && i + 1 < to && words[i + 1].Lower == "back")
            || (_stakeBuyWords.Contains(word) && i + 1 < to && words[i + 1].Lower == "out" && !BuysOutAStake(words, i + 2, to))
            || IsBoughtWhole(words, i, to, first, next);
    }

    /// <summary>"buying out all remaining shares", "buy out the 50% it does not own", "buy out its partner's stake": a stake bought out.</summary>
    private static bool BuysOutAStake(List<Word> words, int from, int to) =>
        Enumerable.Range(from, 5).Any(j => j < to && (IsStakeNoun(words, j) || ShareOf(words, j) is not null || words[j].Lower is "remaining" or "interest" or "stake"));

    /// <summary>"valued at $X", "worth $X", "a value of $X": a valuation cue that may as well price the stake before it.</summary>
    private static bool IsValuedOnlyByWorth(List<Word> words, int first)
    {
        var f = PastHedges(words, first - 1);
        if (f < 1)
        {
            return false;
        }

        // "a 15 percent stake in Safaricom valued at": the stake is valued, not "the firm was valued at".
        if (words[f].Lower == "at" && words[f - 1].Lower == "valued")
        {
            return f >= 2 && words[f - 2].Lower is not ("was" or "is" or "were" or "be" or "been" or "being" or "which")
                && Enumerable.Range(Math.Max(0, f - 7), Math.Min(5, f - 1)).Any(j => IsStakeNoun(words, j) || ShareOf(words, j) is not null || words[j].Lower == "investment");
        }

        if (words[f].Lower == "of" && words[f - 1].Lower == "value")
        {
            return f >= 2 && words[f - 2].Lower is not ("enterprise" or "market" or "equity" or "total");
        }

        return words[f].Lower == "worth" && !Enumerable.Range(Math.Max(0, f - 5), Math.Min(5, f)).Any(j => words[j].Lower is "making" or "makes" or "make" or "made");
    }

    /// <summary>The word before the hedges ("about", "more than", "up to") in front of a figure, from <paramref name="f"/> back.</summary>
    private static int PastHedges(List<Word> words, int f)
    {
        while (f > 0 && words[f].Lower is "about" or "around" or "nearly" or "roughly" or "some" or "approximately" or "almost" or "over" or "more" or "than"
                   or "likely" or "just" or "up" or "to" or "an" or "estimated" or "~" or "at" && !(words[f].Lower == "at" && words[f - 1].Lower == "valued")
                   && !(words[f].Lower == "to" && IsChangeWord(words[f - 1].Lower)))
        {
            f--;
        }

        return f;
    }

    private static bool IsChangeWord(string word) =>
        word is "increased" or "increase" or "rose" or "risen" or "grew" or "grown" or "climbed" or "jumped" or "fell" or "dropped" or "cut" or "reduced" or "raised"
            or "boosted" or "lifted" or "lowered";

    /// <summary>"$X at … a share", "prices varying from $76.50", "at HK$1.5 each", "$2.14 a pop": the price of one share.</summary>
    private static bool IsPriceOfOne(List<Word> words, int first, int next)
    {
        var before = Enumerable.Range(Math.Max(0, first - 6), Math.Min(6, first)).Any(j => words[j].Lower is "price" or "prices" or "priced" or "each");
        var after = Enumerable.Range(next, 3).Any(j => j < words.Count && words[j].Lower is "each" or "apiece" or "pop");
        var change = first >= 2 && words[first - 1].Lower is "to" or "by" && IsChangeWord(words[first - 2].Lower);
        return before || after || change;
    }

    /// <summary>"$X of dividend income", "$X in revenue", "$X will come from the sale of": a figure its own words name as other money.</summary>
    private static bool NamesOtherMoneyAfter(List<Word> words, int next)
    {
        for (var j = next; j < words.Count && j <= next + 4; j++)
        {
            var word = words[j].Lower;
            // "a $40 billion transfer from the kingdom": money named as a transfer, a loan or a grant is no stake's price.
            if (_revenueNouns.Contains(word) || _otherNouns.Contains(word) || _valuationNouns.Contains(word) || word is "dividend" or "dividends" or "proceeds"
                || (j == next && word is "transfer" or "transfers" or "loan" or "loans" or "grant" or "grants" or "injection" or "subsidy")
                || (word == "from" && j + 2 < words.Count && words[j + 1].Lower == "the" && words[j + 2].Lower == "sale"))
            {
                return true;
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"a loan of almost SAR500m", "debt of $X": other money named right before the figure.</summary>
    private static bool NamesOtherMoneyBefore(List<Word> words, int first)
    {
        var f = PastHedges(words, first - 1);
        // "at an enterprise value of Rs 322.50 crore", "an aggregate equity value of approximately $3.68 billion": a value put on the whole
        // company, never the stake's price (kept so when a majority stake became an investment in the stakes-control realignment).
        return (f >= 1 && words[f].Lower == "of" && (_otherNouns.Contains(words[f - 1].Lower) || _valuationNouns.Contains(words[f - 1].Lower)
                || (words[f - 1].Lower == "value" && f >= 2 && words[f - 2].Lower is "enterprise" or "equity" or "market" or "total" or "deal" or "transaction")))
            || IsRunningTotal(words, first - 1) || (f >= 0 && words[f].Lower == "by" && !(f >= 1 && words[f - 1].Lower == "followed"));
    }

    /// <summary>"taking the total equity stake sale … to Rs 78,000 crore": a running total brought to the figure, not one stake's price.</summary>
    private static bool IsRunningTotal(List<Word> words, int to)
    {
        while (to > 0 && words[to].Lower is "over" or "about" or "around" or "nearly" or "almost" or "roughly" or "some")
        {
            to--;
        }

        if (to < 1 || words[to].Lower != "to")
        {
            return false;
        }

        for (var k = to - 1; k >= 0 && to - k <= 14; k--)
        {
            if (words[k].Lower is "taking" or "takes" or "took" or "bringing" or "brings" or "brought" or "pushing" or "lifting")
            {
                return Enumerable.Range(k + 1, to - k - 1).Any(j => words[j].Lower is "total" or "aggregate" or "cumulative");
            }
        }

        return false;
    }

    /// <summary>
    /// The words of the figure's clause: back to the sentence's start, the figure before, a semicolon or a new clause ("…, while", "…, and"),
    /// and on to its end.
    /// </summary>
    private static (int From, int To) StakeClause(List<Word> words, int first, int next, int floor)
    {
        var from = first;
        while (from > Math.Max(floor, 0) && first - from < StakeSpanBefore && !IsClauseBreak(words, from - 1, from))
        {
            from--;
        }

        var to = next;
        while (to < words.Count && to - next < StakeSpanAfter && !(to > next && IsClauseBreak(words, to - 1, to)))
        {
            to++;
        }

        return (from, to);
    }

    private static bool IsClauseBreak(List<Word> words, int before, int at) =>
        words[before].After is ';' or ':' or '—' or '–'
        || (words[before].After == ',' && words[at].Lower is "while" or "whereas" or "but" or "although" or "and");

    /// <summary>"stake", "shares", "a 40% interest": a holding's noun in lower case (not "per share", "SBI Holdings", "holding company").</summary>
    private static bool IsStakeNoun(List<Word> words, int i) =>
        i >= 0 && i < words.Count && char.IsLower(words[i].Core[0])
        && ((_stakeNouns.Contains(words[i].Lower) && !(i + 1 < words.Count && words[i + 1].Lower is "company" or "firm" or "group"))
            || (words[i].Lower == "interest" && i > 0 && ShareOf(words, i - 1) is not null)
            // Since the stakes-control realignment: "spent £234 million to boost its share in the venture": a holding raised.
            || (words[i].Lower == "share" && i >= 2 && words[i - 1].Lower is "its" or "their" or "his" or "her"
                && words[i - 2].Lower is "boost" or "boosts" or "boosted" or "boosting" or "raise" or "raises" or "raised" or "raising" or "increase"
                    or "increases" or "increased" or "increasing" or "lift" or "lifts" or "lifted" or "lifting"));

    /// <summary>
    /// Since the stakes-control realignment: "agreed to buy around a quarter of a domestic miner": a fraction of a company bought, a stake.
    /// </summary>
    private static bool IsFractionBought(List<Word> words, int i) =>
        i + 1 < words.Count && words[i].Lower is "quarter" or "third" or "half" or "two-thirds" or "one-third" or "one-quarter" or "fifth"
        && words[i + 1].Lower == "of" && Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Any(j => _stakeBuyWords.Contains(words[j].Lower));

    /// <summary>
    /// Since the stakes-control realignment: "Nippon Life has built up a 23% stake since 2019, spending a total of $1.68bn": what one buyer
    /// spent in all on a stake it built up or bought is its investment, not a total of several.
    /// </summary>
    internal static bool IsStakeBuiltUpSpend(List<Word> words, int first)
    {
        var f = PastHedges(words, first - 1);
        if (f < 3 || words[f].Lower != "of" || words[f - 1].Lower is not ("total" or "sum") || words[f - 2].Lower != "a"
            || words[f - 3].Lower is not ("spending" or "spent" or "spend" or "spends" or "paying" or "paid" or "investing" or "invested"))
        {
            return false;
        }

        for (var j = f - 4; j >= Math.Max(0, f - 20); j--)
        {
            if (IsStakeNoun(words, j) && Enumerable.Range(Math.Max(0, j - 5), Math.Min(5, j)).Any(k => words[k].Lower is "built" or "building" or "build"
                || words[k].Lower is "amassed" or "accumulated" || _stakeBuyWords.Contains(words[k].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "10% of SBI Holdings", "its 10 per cent for": a share of half or less followed by what it is of or its price; since the stakes-control
    /// realignment a larger share right after a buying verb too ("acquired 97.5 percent of", "buy 95 percent of the mine"), not a share of
    /// money ("93 percent of $5.63 billion", "83% of Cerebras' total revenue").
    /// </summary>
    private static bool IsMinorityShareOf(List<Word> words, int i)
    {
        var share = ShareOf(words, i);
        var bought = i >= 1 && (_stakeBuyWords.Contains(words[i - 1].Lower)
            || (i >= 2 && words[i - 1].Lower is "about" or "around" or "nearly" or "roughly" or "almost" or "approximately" && _stakeBuyWords.Contains(words[i - 2].Lower)));
        if (share is not (> 0 and <= 50) && !(share is > 50 and <= 100 && bought) || (i > 0 && words[i - 1].Lower is "by" or "to" or "from"))
        {
            return false;
        }

        var after = words[i].Core.EndsWith('%') ? i + 1 : i + 2;
        return after < words.Count && !words[after - 1].EndsPhrase && words[after].Lower is "of" or "for";
    }

    /// <summary>"to acquire Tubacex", "buy a portfolio of 16 office buildings": a buying verb whose object is not a stake, shares or the figure.</summary>
    private static bool IsBoughtWhole(List<Word> words, int i, int to, int first, int next)
    {
        if (words[i].Lower is not ("acquire" or "acquires" or "acquired" or "acquiring" or "buy" or "buys" or "bought" or "buying" or "purchase" or "purchased"
            or "purchasing") || words[i].EndsPhrase || (i > 0 && words[i - 1].Lower is "the" or "a" or "its"))
        {
            return false;
        }

        // "a minority stake in Altera, which Intel acquired for $17 billion": the company "which" stands for was bought whole (not "the
        // China Mobile stake, which Vodafone acquired").
        var which = Enumerable.Range(Math.Max(1, i - 4), Math.Max(0, Math.Min(4, i - 1))).LastOrDefault(j => words[j].Lower == "which", -1);
        if (which > 0)
        {
            return words[which - 1].IsCapitalised;
        }

        // "Of the stake, 4.49% was purchased through …": a passive verb's object, the thing bought, stands before it.
        var passive = i > 0 && words[i - 1].Lower is "was" or "were" or "been" or "be" or "is" or "are" or "being";
        for (var j = passive ? Math.Max(0, i - 6) : i + 1; j < (passive ? i : to) && j <= i + 5; j++)
        {
            if (IsStakeNoun(words, j) || ShareOf(words, j) is not null || words[j].Lower is "part" or "partial" or "minority" or "stakes" or "shares" or "quarter" or "third" or "half" or "two-thirds" or "one-third" || (j >= first && j < next))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Nvidia sold $1 billion of shares in the startup": shares a holder sold by their amount, with no buyer, are no one's investment.</summary>
    private static bool IsSharesSoldByAmount(List<Word> words, int first, int next)
    {
        var f = PastHedges(words, first - 1);
        return f >= 0 && _stakeSellWords.Contains(words[f].Lower) && next + 1 < words.Count && words[next].Lower == "of" && IsStakeNoun(words, next + 1)
            && !Enumerable.Range(next + 2, 6).Any(j => j < words.Count && words[j].Lower == "to");
    }

    /// <summary>"through block deal", "during the public offerings", "on the open market", "stakes in four local companies": no one buyer.</summary>
    private static bool SoldOnAMarket(List<Word> words, int from, int to)
    {
        for (var i = from; i + 1 < to; i++)
        {
            var (word, after) = (words[i].Lower, words[i + 1].Lower);
            if ((word is "block" or "bulk" && after is "deal" or "deals") || (word == "public" && after is "offering" or "offerings") || (word == "open" && after == "market")
                || (word == "stakes" && after == "in" && i + 2 < to && words[i + 2].Lower is "two" or "three" or "four" or "five" or "six" or "several" or "various"))
            {
                return true;
            }
        }

        return false;
    }
}
