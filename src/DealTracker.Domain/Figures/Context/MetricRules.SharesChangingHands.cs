using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The broad default for shares changing hands, beside the stake default (MetricRules.StakeValues.cs): in a clause where shares, equity,
/// preference shares, units, a holding or an interest are bought, acquired, subscribed, allotted or issued to a buyer, a figure its own
/// words give as what the block cost ("for $X", "for a total of $X", "aggregating to $X", "for a total consideration of $X", "with a total
/// value of $X", "through a $X debt conversion") is the buyer's investment. The clause is read back over a price per share ("625 million
/// shares at 9.09 riyals a share … for a total of 5.68 billion riyals"). A takeover of a whole company, a buyback and a sale on a market are
/// left alone; since the stakes-control realignment a majority, every share ("all the outstanding shares") and a holder's own block sold
/// to no one named are the buyer's investment too.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>How far back the clause of a share block's total is read, over the prices per share before it.</summary>
    private const int SharesSpanBefore = 40;

    /// <summary>Words that hand shares to a buyer or take them up: "allotted", "issued", "subscribed", "acquisition", "obtain".</summary>
    private static readonly HashSet<string> _shareIssueWords = new(StringComparer.Ordinal)
    {
        "allot", "allots", "allotted", "allotting", "allotment", "issue", "issues", "issued", "issuing", "issuance", "subscribe", "subscribes",
        "subscribed", "subscribing", "subscription", "acquisition", "obtain", "obtains", "obtained", "obtaining",
    };

    /// <summary>Words in front of "of $X" that make the figure the block's whole price: "a total consideration of", "an aggregate of".</summary>
    private static readonly HashSet<string> _totalOfWords = new(StringComparer.Ordinal) { "total", "consideration", "aggregate", "sum" };

    /// <summary>Verbs of a total right before the figure: "aggregating to", "totalling", "amounting to".</summary>
    private static readonly HashSet<string> _totallingWords = new(StringComparer.Ordinal)
    {
        "aggregating", "aggregate", "aggregated", "totalling", "totaling", "totalled", "totaled", "amounting", "amounted",
    };

    /// <summary>Nouns of a holding besides a stake's: "equity", "units" after a number, "a participating interest".</summary>
    private static readonly HashSet<string> _interestOpeners = new(StringComparer.Ordinal)
    {
        "participating", "equity", "ownership", "minority", "partnership", "membership",
    };

    /// <summary>Whether the figure's metric comes from this default: no other rule, nor the stake default, read it as an investment.</summary>
    internal static bool IsReadBySharesDefault(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var metric = ClassifyWords(sentence, first, last, floor, previous);
        return !IsStakePrice(sentence, first, last, floor, metric) && IsSharesPrice(sentence, first, last, metric);
    }

    /// <summary>
    /// "16,031 Series F preference shares were allotted to Vitruvian Partners on 29 March for Rs 571 crore": whether the figure, which
    /// read as <paramref name="metric"/>, is what a block of shares changing hands cost its buyer.
    /// </summary>
    private static bool IsSharesPrice(SentenceWords sentence, int first, int last, Metric? metric) =>
        SharesDealWord(sentence.Words, first, last) is >= 0
        && (metric is null || (metric == Metric.Valuation && ShareTotalCue(sentence.Words, first, last) == ShareCue.TotalValue));

    private enum ShareCue
    {
        None,

        // "for $X": the block's price when the clause's figure before is no price per share.
        For,

        // "for a total of $X", "aggregating to $X", "a total consideration of $X", "through a $X debt conversion".
        Total,

        // "with a total value of $X": read as a valuation by the cue rules.
        TotalValue,
    }

    /// <summary>
    /// The word that hands the shares over in the figure's clause ("buy", "allotted", "acquisition"), or -1 when the figure is not given
    /// as their price, the clause names no holding near that word, or it is a takeover, a buyback, a market sale or an issue to no one.
    /// </summary>
    internal static int SharesDealWord(List<Word> words, int first, int last)
    {
        var cue = ShareTotalCue(words, first, last);
        var next = SkipConversion(words, last);
        // "at Rs 2,258 each … for a total consideration aggregating to Rs 225.42 crore": a total's own words outweigh a price apiece before it.
        var apiece = cue == ShareCue.For ? IsPriceOfOne(words, first, next) : Enumerable.Range(next, 3).Any(j => j < words.Count && words[j].Lower is "each" or "apiece");
        if (cue == ShareCue.None || IsPerShare(words, next) || apiece
            || (!IsConversionOfDebt(words, next) && (NamesOtherMoneyAfter(words, next) || IsRunningTotal(words, first - 1))))
        {
            return -1;
        }

        var (from, to) = SharesClause(words, first, next, cue);
        var deal = -1;
        for (var i = from; i < to; i++)
        {
            if (i >= first && i < next)
            {
                continue;
            }

            if (IsWholeCompany(words, i, to, first, next) && !IsHoldingLevel(words, i))
            {
                return -1;
            }

            var hands = _shareIssueWords.Contains(words[i].Lower) || _stakeBuyWords.Contains(words[i].Lower) || _stakeSellWords.Contains(words[i].Lower);
            deal = hands && (HoldingNear(words, i, from, to) || PaysConsideration(words, i, first, next)) && (deal < 0 || Math.Abs(i - first) < Math.Abs(deal - first)) ? i : deal;
        }

        return deal >= 0 && !IsSharesSoldByAmount(words, first, next) && !SoldOnAMarket(words, from, to) && !IsBoughtByACrowd(words, from, to) && !IsInterestInAFund(words, from, to)
            && !IsTakeoverEarlier(words, from, 0) && (!IsHandedOver(words, deal) || HandedToSomeone(words, deal, to) || IsAllottedToSubject(words, deal)) ? deal : -1;
    }

    /// <summary>
    /// "Retail investors subscribed to shares … in the IPO", "Foreign portfolio investors (FPIs) bought shares worth a net Rs 228.46 crore",
    /// "allotted to the public": a market of many buyers, no one investor (not in the stake default, whose "shareholders" and "investors" are
    /// often a stake's sellers: "partial stakes from current Nubank shareholders").
    /// </summary>
    private static bool IsBoughtByACrowd(List<Word> words, int from, int to) =>
        Enumerable.Range(from, to - from).Any(i => words[i].Lower is "ipo" or "ipos" or "fpis" or "fiis" or "diis" or "fpi" or "fii" or "dii"
            || (char.IsLower(words[i].Core[0]) && words[i].Lower is "investors" or "shareholders" or "placees" or "public" or "net"));

    /// <summary>
    /// "purchase of 2% participating interest of another limited partner in the fund for a total consideration of S$7.7m": an interest in a
    /// fund is money into a fund, other by the written convention, not a company's shares.
    /// </summary>
    private static bool IsInterestInAFund(List<Word> words, int from, int to) =>
        Enumerable.Range(from, to - from).Any(i => (words[i].Lower == "fund" && i > 1 && words[i - 1].Lower is "the" or "a" or "its" or "this" && words[i - 2].Lower is "in" or "of" or "into")
            || (words[i].Lower == "partner" && i > 0 && words[i - 1].Lower == "limited"));

    /// <summary>
    /// "Atyant Capital India Fund I will probably be allotted 28,24,928 shares": a passive handing word whose object, the holding, follows
    /// it, so its subject is the one the shares go to (not "10 million shares were issued", the shares themselves).
    /// </summary>
    internal static bool IsAllottedToSubject(List<Word> words, int at)
    {
        var before = at - 1;
        while (before > 0 && (words[before].Lower is "also" or "already" or "probably" or "now" or "then" or "first" or "reportedly"
                              || (words[before].Lower.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(words[before].Core[0]))))
        {
            before--;
        }

        return before >= 1 && words[before].Lower is "be" or "been" or "was" or "were" or "is" or "are" or "being" && !words[at].EndsPhrase
            && Enumerable.Range(at + 1, 4).Any(j => j < words.Count && IsStakeNoun(words, j));
    }

    /// <summary>
    /// "JWPL's participating interest … will also increase from 90% to 92% through purchase of 2%": a share over half that a holding goes
    /// from or to is its level, not the block changing hands.
    /// </summary>
    private static bool IsHoldingLevel(List<Word> words, int i)
    {
        var before = i - 1;
        while (before > 0 && words[before].Lower is "about" or "around" or "approximately" or "nearly" or "roughly" or "some" or "almost")
        {
            before--;
        }

        return ShareOf(words, i) is > 50 && before >= 0 && words[before].Lower is "to" or "from";
    }

    /// <summary>Whether the deal word gives shares away ("allotted", "issued", "sold"), so the buyer is the one they go to.</summary>
    internal static bool IsHandedOver(List<Word> words, int at) =>
        at >= 0 && (_stakeSellWords.Contains(words[at].Lower) || words[at].Lower.StartsWith("allot", StringComparison.Ordinal)
            || words[at].Lower.StartsWith("issu", StringComparison.Ordinal));

    /// <summary>"allotted to Vitruvian Partners", "issued new shares to Public Investment Fund": "to" and a capitalised name after the word.</summary>
    private static bool HandedToSomeone(List<Word> words, int at, int to)
    {
        for (var i = at + 1; i + 1 < words.Count && i < Math.Max(to, at + 10); i++)
        {
            if (words[i].Lower == "to" && (words[i + 1].IsCapitalised || (i + 2 < words.Count && words[i + 1].Lower is "a" or "the" && words[i + 2].IsCapitalised)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the words right before the figure say it is: the block's price ("for"), its total ("for a total of", "aggregating to").</summary>
    private static ShareCue ShareTotalCue(List<Word> words, int first, int last)
    {
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "nearly" or "roughly" or "some" or "approximately" or "almost" or "over" or "just" or "than" or "more" or "an" or "a")
        {
            f--;
        }

        if (f < 1 || words[f - 1].EndsPhrase && words[f].Lower is not ("for" or "aggregating" or "totalling" or "totaling"))
        {
            return f == 0 && words[0].Lower == "for" ? ShareCue.For : ShareCue.None;
        }

        var (word, before) = (words[f].Lower, words[f - 1].Lower);
        return word switch
        {
            "for" => ShareCue.For,
            "of" when _totalOfWords.Contains(before) => ShareCue.Total,

            // "for an aggregate subscription price of US$15,000,000", "a total purchase price of": not "a price of HK$0.45 per share".
            "of" when before is "price" or "amount" && Enumerable.Range(Math.Max(0, f - 3), Math.Min(2, f - 1)).Any(j => words[j].Lower is "aggregate" or "total")
                => ShareCue.Total,
            "of" when before == "value" && f >= 2 && words[f - 2].Lower is "total" or "aggregate" => ShareCue.TotalValue,
            "to" when _totallingWords.Contains(before) => ShareCue.Total,
            _ when _totallingWords.Contains(word) => ShareCue.Total,
            "through" or "via" or "in" when IsConversionOfDebt(words, SkipConversion(words, last)) => ShareCue.Total,
            _ => ShareCue.None,
        };
    }

    /// <summary>"a 2.8 billion Saudi riyals ($755 million) debt conversion": debt turned into the shares, paid for in kind.</summary>
    private static bool IsConversionOfDebt(List<Word> words, int next) =>
        next < words.Count && (words[next].Lower == "conversion" || (words[next].Lower == "debt" && next + 1 < words.Count && words[next + 1].Lower == "conversion"));

    /// <summary>
    /// The words of the figure's clause: back to the sentence's start, a semicolon or a new clause (", while", ", and"), over the figures
    /// before when the figure is a total, and on to the clause's end.
    /// </summary>
    private static (int From, int To) SharesClause(List<Word> words, int first, int next, ShareCue cue)
    {
        var from = first;
        while (from > 0 && first - from < SharesSpanBefore && !IsClauseBreak(words, from - 1, from))
        {
            from--;
        }

        var to = next;
        while (to < words.Count && to - next < StakeSpanAfter && !(to > next && IsClauseBreak(words, to - 1, to)))
        {
            to++;
        }

        return (cue == ShareCue.For ? Math.Max(from, first - StakeSpanBefore) : from, to);
    }

    /// <summary>
    /// "Ashoka Buildcon had already paid in earlier years aggregate consideration of Rs 35.69 crore": a payer's consideration, the price of the
    /// holding the sentences before name, when nothing bought is named after the figure ("for Corus").
    /// </summary>
    private static bool PaysConsideration(List<Word> words, int at, int first, int next) =>
        words[at].Lower is "paid" or "pays" or "pay" or "paying" && at < first && first - at <= 8 && first >= 2 && words[first - 1].Lower == "of"
        && words[first - 2].Lower == "consideration" && !(next + 1 < words.Count && words[next].Lower == "for" && words[next + 1].IsCapitalised);

    /// <summary>
    /// "allotted … 16,031 Series F preference shares", "acquisition of 33,750 equity shares", "purchase of 2% participating interest": a
    /// holding's noun within six words of the deal word.
    /// </summary>
    private static bool HoldingNear(List<Word> words, int at, int from, int to)
    {
        for (var j = Math.Max(from, at - 6); j < to && j <= at + 6; j++)
        {
            // "2,307,692 A Shares", "133,333,334 Black Cat Shares": a class of shares may be written with a capital.
            if (j != at && (IsStakeNoun(words, j) || IsMinorityShareOf(words, j) || IsHoldingNoun(words, j) || (words[j].Core == "Shares" && j > 0)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"participating interest", "equity interest", "1.2 million units", "equity in": a holding's noun besides a stake's.</summary>
    private static bool IsHoldingNoun(List<Word> words, int j)
    {
        var word = words[j].Lower;
        return (word is "interest" or "interests" && j > 0 && _interestOpeners.Contains(words[j - 1].Lower))
            || (word == "units" && j > 0 && (char.IsDigit(words[j - 1].Core[^1]) || words[j - 1].Lower is "million" or "billion" or "lakh" or "crore"))
            || (word == "equity" && char.IsLower(words[j].Core[0]) && j + 1 < words.Count && words[j + 1].Lower is "in" or "of");
    }

    /// <summary>
    /// "bought a 50 percent stake in the city of Melbourne's Southgate Complex": whether the name from word <paramref name="nameFirst"/> is
    /// what the holding bought by the deal word at <paramref name="deal"/> is in, the target, not its buyer.
    /// </summary>
    internal static bool IsHoldingTarget(List<Word> words, int deal, int nameFirst)
    {
        var holding = false;
        for (var k = deal + 1; k < nameFirst; k++)
        {
            if (words[k].EndsPhrase && !words[k].InBrackets)
            {
                return false;
            }

            holding |= IsStakeNoun(words, k) || IsHoldingNoun(words, k) || IsMinorityShareOf(words, k);
            if (holding && words[k].Lower is "in" or "of")
            {
                return true;
            }
        }

        return false;
    }
}
