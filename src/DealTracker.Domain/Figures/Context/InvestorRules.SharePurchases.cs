namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Shares and stakes bought: the buyer before the verb of buying or paying whose price the figure is ("took a 9.9% stake in X for about $Y",
/// "spent $Y to buy 41 million shares", "will acquire Kadokawa shares worth some 50 billion yen", "Elon Musk disclosed buying …"), the owner
/// of a stock purchase ("Nvidia's $5 billion Intel stock purchase"), the one in talks to buy others' shares, the one receiving shares, and
/// the one a deal sees taking a stake; not a majority.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs of buying shares: "took a 9.9% stake", "will acquire 20% of shares".</summary>
    private static readonly HashSet<string> _ninthBuyVerbs = new(StringComparer.Ordinal)
    {
        "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "take",
        "takes", "took", "taking",
    };

    /// <summary>Verbs of paying for shares: "spent $X to buy", "will pay $X for a stake".</summary>
    private static readonly HashSet<string> _ninthPayVerbs = new(StringComparer.Ordinal)
    {
        "spent", "spend", "spends", "spending", "paid", "pay", "pays", "paying",
    };

    /// <summary>"Elon Musk disclosed buying …": the verb that reports a gerund stands where the buyer's verb would.</summary>
    private static int ReportedBuying(List<Word> words, int verb) =>
        verb >= 2 && words[verb].Lower.EndsWith("ing", StringComparison.Ordinal)
        && words[verb - 1].Lower is "disclosed" or "announced" or "reported" or "confirmed" or "completed" or "began" or "started" or "finished"
            ? verb - 1
            : verb;

    /// <summary>"Temasek …, Seatown … and Hopu … have bought": several buyers listed before the verb, which the older rules read.</summary>
    private static bool BuyersListed(List<Word> words, int verb) =>
        words.Skip(Math.Max(0, verb - 8)).Take(Math.Min(8, verb)).Any(w => w.Lower == "and");

    /// <summary>
    /// The verb buying shares whose amount the figure is: "acquire Kadokawa shares worth $X", "buy $X worth of shares", "purchase 32.7
    /// million shares … coming to $X"; -1 when none, or when the shares bought are a majority.
    /// </summary>
    internal static int EleventhShareBuyVerb(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "some" or "nearly" or "roughly" or "approximately" or "than" or "more" or "almost")
        {
            f--;
        }

        // "will buy $8 billion worth of shares": the verb right before the figure.
        var next = MetricRules.SkipConversion(words, last);
        if (f >= 0 && _ninthBuyVerbs.Contains(words[f].Lower) && next + 2 < words.Count && words[next].Lower == "worth" && words[next + 1].Lower == "of"
            && words.Skip(next + 2).Take(2).Any(w => w.Lower is "shares" or "stock"))
        {
            return f;
        }

        // "shares worth $X" or "shares …, coming to $X": the buying verb before the shares, within the sentence.
        var worth = f >= 1 && (words[f].Lower == "worth" || (words[f].Lower == "to" && words[f - 1].Lower is "coming" or "amounting" or "totalling" or "totaling"));
        var shares = false;
        for (var j = f - 1; worth && j >= Math.Max(0, f - 30); j--)
        {
            shares |= words[j].Lower is "shares" or "stock";
            if (shares && _ninthBuyVerbs.Contains(words[j].Lower))
            {
                return BuysAMinority(words, j, f) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>"Nvidia's $5 billion Intel stock purchase": the owner of a stock purchase the figure sizes.</summary>
    internal static string? EleventhStockPurchaseOwner(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        var purchase = Enumerable.Range(next, Math.Max(0, Math.Min(4, words.Count - next)))
            .FirstOrDefault(k => k > 0 && words[k].Lower is "purchase" or "purchases" && words[k - 1].Lower is "stock" or "share" or "shares" or "equity", -1);
        return purchase >= 0 && !words.Skip(next).Take(purchase - next).Any(w => w.EndsPhrase)
            && first >= 1 && sentence.NameAt[first - 1] is { Possessive: true } owner && owner.Last == first - 1
                ? owner.Text
                : null;
    }

    /// <summary>
    /// "took a 9.9% stake in X for about $Y", "will acquire 20% of shares in X for $Y", "spent $Y to buy 41 million shares", "will pay $Y
    /// for a 15 percent stake": the verb of buying or paying whose price the figure is, or -1.
    /// </summary>
    internal static int SharePurchaseVerb(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "some" or "nearly" or "roughly" or "approximately" or "than" or "more" or "almost")
        {
            f--;
        }

        if (f > 0 && words[f].Lower == "for" && !words[f - 1].EndsPhrase | words[f - 1].InBrackets)
        {
            var stake = false;
            for (var j = f - 1; j >= Math.Max(0, f - 16) && !(words[j].EndsPhrase && !words[j].InBrackets); j--)
            {
                stake |= words[j].Lower is "shares" or "stake" or "holding";
                if (stake && _ninthBuyVerbs.Contains(words[j].Lower))
                {
                    return BuysAMinority(words, j, f) ? j : -1;
                }
            }

            return -1;
        }

        return f >= 0 && _ninthPayVerbs.Contains(words[f].Lower) && PaysForShares(words, MetricRules.SkipConversion(words, last)) ? f : -1;
    }

    /// <summary>"… to buy an additional 41 million shares", "… this year to acquire a 15 percent stake", "… for a 15 percent stake".</summary>
    private static bool PaysForShares(List<Word> words, int next)
    {
        var i = next;
        while (i < words.Count && i - next < 3 && words[i].Lower is "this" or "last" or "year" or "month" or "week" && !words[i].EndsPhrase)
        {
            i++;
        }

        var buys = i + 1 < words.Count && ((words[i].Lower == "to" && _ninthBuyVerbs.Contains(words[i + 1].Lower)) || words[i].Lower == "for");
        return buys && words.Skip(i + 1).Take(7).TakeWhile(w => !w.EndsPhrase || w.InBrackets).Any(w => w.Lower is "shares" or "stake")
            && BuysAMinority(words, i, Math.Min(words.Count - 1, i + 8));
    }

    /// <summary>
    /// A buyer taking a majority ("a 51 percent stake", "a majority stake", "the remaining shares") acquires the company, and shares bought
    /// to sell on go to someone else: neither is an investment in shares.
    /// </summary>
    private static bool BuysAMinority(List<Word> words, int from, int to)
    {
        for (var j = from; j <= to && j < words.Count; j++)
        {
            if (words[j].Lower is "majority" or "remaining" or "all" or "controlling" or "outright" or "sell" or "sells" or "sold" or "selling")
            {
                return false;
            }

            var number = words[j].Core.Split('-')[0].TrimEnd('%');
            var percent = words[j].Core.EndsWith('%') || words[j].Core.EndsWith("-per", StringComparison.Ordinal)
                || (j + 1 < words.Count && words[j + 1].Lower is "percent" or "per");
            if (percent && double.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var share) && share >= 50)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Sumitomo Life spent", "Mizuho Financial Group's (8411.T) securities business will acquire": the subject, or its owner.</summary>
    private static string? BuyerBefore(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var s = verb - 1;
        while (s > 0 && (_ninthAuxiliaries.Contains(words[s].Lower) || words[s].InBrackets) && !words[s].EndsPhrase)
        {
            s--;
        }

        if (s >= 0 && sentence.NameAt[s] is { Possessive: false, Kind: not NameKind.Outlet } subject && subject.Last == s)
        {
            return subject.Text;
        }

        // "Qatar’s sovereign wealth fund has agreed to buy a 1% stake": a state's fund, described but not named.
        if (s >= 1 && !words[s].EndsPhrase && StatesFund(sentence, s) is { } fund)
        {
            return fund;
        }

        for (var j = s; j >= Math.Max(0, s - 4); j--)
        {
            if (sentence.NameAt[j] is { Possessive: true } owner && owner.Last == j)
            {
                return owner.Text;
            }

            if (words[j].EndsPhrase && !words[j].InBrackets || words[j].IsCapitalised && !words[j].InBrackets)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Walmart is in talks with Accel and Tiger Global to buy their shares for around $1.5 Bn": the one buying, not those selling.</summary>
    private static string? TenthTalksToBuyTheirs(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var b = first - 2; b >= 2 && first - b <= 8; b--)
        {
            if (words[b].Lower is not ("buy" or "acquire" or "purchase") || words[b - 1].Lower != "to" || words[b + 1].Lower is not ("their" or "its" or "his" or "her"))
            {
                continue;
            }

            for (var w = b - 2; w >= 4 && b - w <= 10; w--)
            {
                if (words[w].Lower == "with" && words[w - 1].Lower is "talks" or "discussions" or "negotiations" && words[w - 2].Lower == "in"
                    && words[w - 3].Lower is "is" or "are" or "was" or "were" && sentence.NameAt[w - 4] is { Possessive: false, Kind: NameKind.Organisation } buyer
                    && buyer.Last == w - 4)
                {
                    return buyer.Text;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>"The deal includes OpenAI receiving $350 million worth of shares in CoreWeave": the one receiving the shares.</summary>
    private static string? TenthReceivingShares(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = first - 1;
        if (verb < 1 || words[verb].Lower is not ("receiving" or "receives" or "received" or "receive" or "gets" or "got" or "getting"))
        {
            return null;
        }

        var next = MetricRules.SkipConversion(words, last);
        var shares = words.Skip(next).Take(4).Select(w => w.Lower).ToList();
        if (!(shares.Contains("shares") || shares.Contains("stock") || shares.Contains("equity")))
        {
            return null;
        }

        var s = words[verb - 1].Lower is "will" or "would" or "is" or "to" && verb >= 2 ? verb - 2 : verb - 1;
        return sentence.NameAt[s] is { Possessive: false, Kind: NameKind.Organisation } receiver && receiver.Last == s ? receiver.Text : null;
    }

    /// <summary>"The €1.5bn deal will see Stellantis – which owns ... – take a 20 per cent stake": the one the deal sees taking a stake.</summary>
    public static string? SeenTakingAStake(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        for (var j = from; j < words.Count && j <= from + 4; j++)
        {
            if (words[j].Lower is not ("see" or "sees" or "saw") || j + 1 >= words.Count || sentence.NameAt[j + 1] is not { Kind: NameKind.Organisation } taker)
            {
                continue;
            }

            for (var k = taker.Last + 1; k < words.Count && k <= taker.Last + 16; k++)
            {
                if (words[k].Lower is "take" or "buy" or "acquire" && k + 4 < words.Count && Enumerable.Range(k + 1, 4).Any(m => words[m].Lower is "stake" or "share" or "cent" or "percent"))
                {
                    return taker.Text;
                }
            }
        }

        return null;
    }
}
