namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Shares and stakes bought: the buyer before the verb of buying or paying whose price the figure is ("took a 9.9% stake in X for about $Y",
/// "spent $Y to buy 41 million shares", "will acquire Kadokawa shares worth some 50 billion yen", "Elon Musk disclosed buying …"), the owner
/// of a stock purchase ("Nvidia's $5 billion Intel stock purchase"), the one in talks to buy others' shares, the one receiving shares, and
/// the one a deal sees taking a stake, of any size since the stakes-control realignment.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs of buying shares: "took a 9.9% stake", "will acquire 20% of shares".</summary>
    private static readonly HashSet<string> _ninthBuyVerbs = new(StringComparer.Ordinal)
    {
        "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "take",
        "takes", "took", "taking", "taken",
    };

    /// <summary>
    /// "will pay Portugal Telecom SGPS SA and Telefónica SA €400 million each": whether <paramref name="investor"/> is named between a verb of
    /// paying and the figure, the one paid (the seller), not the one paying.
    /// </summary>
    internal static bool IsPaidBeforeTheFigure(SentenceWords sentence, int first, string investor)
    {
        var words = sentence.Words;
        for (var k = first - 1; k >= 0 && first - k <= 14; k--)
        {
            if (words[k].Lower is "pay" or "pays" or "paid" or "paying")
            {
                return sentence.Names.Any(n => n.Text == investor && n.First > k && n.Last < first);
            }

            if (words[k].After is ';' or '—' or '–' || (words[k].EndsPhrase && words[k].After == '.'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Elon Musk disclosed buying …": the verb that reports a gerund stands where the buyer's verb would.</summary>
    private static int ReportedBuying(List<Word> words, int verb) =>
        verb >= 2 && words[verb].Lower.EndsWith("ing", StringComparison.Ordinal)
        && words[verb - 1].Lower is "disclosed" or "announced" or "reported" or "confirmed" or "completed" or "began" or "started" or "finished"
            ? verb - 1
            : verb;

    /// <summary>The word before the figure at <paramref name="first"/>, past the hedge words written before it ("about", "more than", "almost").</summary>
    private static int BeforeHedgeWords(List<Word> words, int first)
    {
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "some" or "nearly" or "roughly" or "approximately" or "than" or "more" or "almost")
        {
            f--;
        }

        return f;
    }

    /// <summary>"Temasek …, Seatown … and Hopu … have bought": several buyers listed before the verb, which the older rules read.</summary>
    private static bool BuyersListed(List<Word> words, int verb) =>
        words.Skip(Math.Max(0, verb - 8)).Take(Math.Min(8, verb)).Any(w => w.Lower == "and");

    /// <summary>
    /// The verb buying shares whose amount the figure is: "acquire Kadokawa shares worth $X", "buy $X worth of shares", "purchase 32.7
    /// million shares … coming to $X"; -1 when none.
    /// </summary>
    internal static int EleventhShareBuyVerb(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var f = BeforeHedgeWords(words, first);

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
        var f = BeforeHedgeWords(words, first);

        var appositive = f > 0 ? NamedAppositiveBefore(sentence, f) : -1;
        if (f > 0 && words[f].Lower == "for" && (!words[f - 1].EndsPhrase || words[f - 1].InBrackets || appositive >= 0))
        {
            var stake = false;
            for (var j = f - 1; j >= Math.Max(0, f - 16) && !(words[j].EndsPhrase && !words[j].InBrackets && j != f - 1 && j != appositive); j--)
            {
                stake |= words[j].Lower is "shares" or "stake" or "holding";
                if (stake && _ninthBuyVerbs.Contains(words[j].Lower))
                {
                    return BuysAMinority(words, j, f) ? j : -1;
                }
            }

            return -1;
        }

        // "will pay an additional $120 million to Renova for stock": past the word that continues a payment.
        var pay = f >= 1 && words[f].Lower is "additional" or "another" or "further" && !words[f - 1].EndsPhrase ? (words[f - 1].Lower is "an" or "a" ? f - 2 : f - 1) : f;
        return pay >= 0 && Lexicon.PayVerbs.Contains(words[pay].Lower) && PaysForShares(words, SkipPaymentAside(sentence, MetricRules.SkipConversion(words, last))) ? pay : -1;
    }

    /// <summary>
    /// "pay US$5 million <b>in cash</b> for a 1.6 per cent stake", "spent 1.1 billion euros <b>in China</b> for a 26.5% stake", "pay $120
    /// million <b>to Renova</b> for stock": the word after an aside on how, where or to whom the price is paid (a place, cash or stock, the
    /// seller), or <paramref name="next"/> when there is none.
    /// </summary>
    private static int SkipPaymentAside(SentenceWords sentence, int next)
    {
        var words = sentence.Words;
        if (next + 2 >= words.Count || words[next - 1].EndsPhrase || words[next].EndsPhrase)
        {
            return next;
        }

        // "in cash", "in stock", "in cash and stock", "upfront".
        if (words[next].Lower == "upfront")
        {
            return next + 1;
        }

        if (words[next].Lower == "in" && words[next + 1].Lower is "cash" or "stock")
        {
            var end = next + 2;
            return end + 2 < words.Count && !words[end - 1].EndsPhrase && words[end].Lower == "and" && words[end + 1].Lower is "cash" or "stock" ? end + 2 : end;
        }

        // "in China", "to Renova": a place or a named party, ending right before the "for" of the shares.
        if (words[next].Lower is "in" or "to" && (sentence.NameAt[next + 1] is { } named && named.First == next + 1 ? named.Last + 1
                : Lexicon.PlaceLength(words, next + 1) is var place and > 0 ? next + 1 + place : -1) is var after and > 0
            && after < words.Count && !words[after - 1].EndsPhrase && words[after].Lower == "for")
        {
            return after;
        }

        return next;
    }

    /// <summary>
    /// "a 3.8% stake in the mobile money business of Africa's largest telecom, MTN, for $200 million": a name set off by commas right before
    /// "for" names what was described, so the stake and its buyer before it still go with the price. The word before the opening comma, or -1.
    /// </summary>
    private static int NamedAppositiveBefore(SentenceWords sentence, int f)
    {
        var words = sentence.Words;
        return words[f - 1].After == ',' && sentence.NameAt[f - 1] is { } name && name.Last == f - 1 && name.First >= 2
            && words[name.First - 1].After == ',' && !words.Skip(name.First).Take(name.Last - name.First).Any(w => w.EndsPhrase)
                ? name.First - 1
                : -1;
    }

    /// <summary>
    /// "… to buy an additional 41 million shares", "… this year to acquire a 15 percent stake", "… for a 15 percent stake", "… in November 2007
    /// when it bought the shares".
    /// </summary>
    private static bool PaysForShares(List<Word> words, int next)
    {
        var i = next;
        while (i < words.Count && i - next < 3 && words[i].Lower is "this" or "last" or "year" or "month" or "week" && !words[i].EndsPhrase)
        {
            i++;
        }

        // "paid $608 million in November 2007 when it bought the shares": past the date of the payment.
        if (i + 2 < words.Count && words[i].Lower == "in" && !words[i].EndsPhrase && (IsYear(words[i + 1]) || (IsMonth(words[i + 1]) && IsYear(words[i + 2]))))
        {
            i += IsYear(words[i + 1]) ? 2 : 3;
        }

        // "… when it bought the shares", "… as it acquired a 5% stake".
        if (i + 2 < words.Count && words[i].Lower is "when" or "as" && words[i + 1].Lower is "it" or "they" && _ninthBuyVerbs.Contains(words[i + 2].Lower)
            && !words[i - 1].EndsPhrase)
        {
            i += 1;
            return NamesAShare(words, i + 2, 7) && BuysAMinority(words, i, Math.Min(words.Count - 1, i + 8));
        }

        var buys = i + 1 < words.Count && ((words[i].Lower == "to" && _ninthBuyVerbs.Contains(words[i + 1].Lower)) || words[i].Lower == "for");
        return buys && NamesAShare(words, i + 1, 7) && BuysAMinority(words, i, Math.Min(words.Count - 1, i + 8));
    }

    private static bool IsYear(Word word) => word.Core.Length == 4 && word.Core.All(char.IsDigit) && word.Core[0] is '1' or '2';

    private static bool IsMonth(Word word) => Lexicon.Months.Contains(word.Lower);

    /// <summary>
    /// Whether the clause from <paramref name="from"/> (at most <paramref name="count"/> words) names shares bought: "a 15 percent stake",
    /// "41 million shares", "stock in X", "26.5 percent of Guoxuan", "a major minority investment in X".
    /// </summary>
    private static bool NamesAShare(List<Word> words, int from, int count)
    {
        for (var j = from; j < words.Count && j < from + count; j++)
        {
            var lower = words[j].Lower;
            // Since the stakes sweep: "paid £365 million for a 14.3 per cent share", "a 10% holding": a share after its percentage.
            if (lower is "shares" or "stake" or "stock" || (lower is "investment" or "interest" && j > 0 && words[j - 1].Lower == "minority")
                || (lower is "share" or "holding" or "shareholding" or "interest" && j >= 2 && (words[j - 1].Lower is "percent" or "%" || words[j - 1].Core.EndsWith('%')
                    || (words[j - 1].Lower == "cent" && words[j - 2].Lower == "per")))
                || (lower == "of" && j >= 2 && (words[j - 1].Lower is "percent" or "%" || words[j - 1].Core.EndsWith('%') || (words[j - 1].Lower == "cent" && words[j - 2].Lower == "per"))))
            {
                return true;
            }

            if (words[j].EndsPhrase && !words[j].InBrackets)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Shares bought to sell on go to someone else, and shares bought back ("pay $2 billion in cash to buy back shares") return to their
    /// issuer: neither is an investment in shares. (A majority, "a 51 percent stake", "the remaining shares", was none before the
    /// stakes-control realignment; a stake of any size is the buyer's investment now.)
    /// </summary>
    private static bool BuysAMinority(List<Word> words, int from, int to)
    {
        for (var j = from; j <= to && j < words.Count; j++)
        {
            // Since the stakes-control realignment a majority, the remaining or all the shares bought are the buyer's investment too.
            if (words[j].Lower is "sell" or "sells" or "sold" or "selling" or "back")
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

        // "Vedanta group bought": a name with a lower-case "group" after it.
        if (s >= 1 && words[s].Lower is "group" && !words[s - 1].EndsPhrase && sentence.NameAt[s - 1] is { Possessive: false, Kind: NameKind.Organisation } named
            && named.Last == s - 1)
        {
            return named.Text;
        }

        if (s >= 2 && words[s].Lower == "it" && ReporterOfIt(sentence, s) is { } reporter)
        {
            return reporter;
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

    /// <summary>
    /// "Singapura Finance announced that it will pay", "Brookfield said it would buy": the organisation that reports what "it" does, named
    /// right before the reporting verb; null when none.
    /// </summary>
    private static string? ReporterOfIt(SentenceWords sentence, int it)
    {
        var words = sentence.Words;
        var verb = it - 1;
        while (verb > 1 && (words[verb].Lower is "that" or "on" or "today" or "yesterday" || Lexicon.Weekdays.Contains(words[verb].Lower)) && !words[verb].EndsPhrase)
        {
            verb--;
        }

        if (words[verb].EndsPhrase || words[verb].Lower is not ("said" or "says" or "announced" or "announces" or "disclosed" or "confirmed" or "stated"))
        {
            return null;
        }

        var s = verb - 1;
        while (s > 0 && words[s].Lower is "has" or "had" or "also" or "earlier" && !words[s - 1].EndsPhrase)
        {
            s--;
        }

        return sentence.NameAt[s] is { Possessive: false, Kind: NameKind.Organisation } reporter && reporter.Last == s && !words[s].EndsPhrase ? reporter.Text : null;
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
