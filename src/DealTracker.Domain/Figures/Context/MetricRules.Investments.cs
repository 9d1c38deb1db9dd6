using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Investments: one backer's money, from shares or a minority stake bought or sold to a buyer ("sold a 2.33% stake to … PIF for
/// $1.5 billion", "purchased Intel shares worth $5 billion"), one backer's part of a round, a commitment grown, money raised from or
/// wired by one named giver; a stake of any size since the stakes-control realignment; not a buyback.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>
    /// "Sequoia's contribution to the round was $50 million", "Sequoia's share of the $100 million round was $50 million": the owner of a
    /// share or contribution that the figure sets ("was / is / came to / totalled"), within the clause before it. Null when none.
    /// </summary>
    internal static Name? ShareOwner(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 3 || words[first - 1].Lower is not ("was" or "is" or "were" or "totalled" or "totaled" or "totals" or "to")
            || (words[first - 1].Lower == "to" && words[first - 2].Lower is not ("came" or "comes" or "amounts" or "amounted")))
        {
            return null;
        }

        for (var j = first - 2; j >= 1 && first - j <= 10 && !words[j].EndsPhrase; j--)
        {
            if (words[j].Lower is "share" or "contribution" or "part" or "portion" && sentence.NameAt[j - 1] is { Possessive: true, Kind: NameKind.Organisation } owner
                && owner.Last == j - 1)
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>
    /// "sold a 2.33% share of Jio to Saudi Arabia's Public Investment Fund for $1.5 billion", "a stake sale of 0.93 per cent to TPG
    /// for Rs 4,546.80 crore": the organisation a minority stake goes to, before the figure. Null when none is named.
    /// </summary>
    internal static string? StakeBuyer(SentenceWords sentence, int figure, int floor)
    {
        var words = sentence.Words;
        for (var to = figure - 1; to >= Math.Max(floor, figure - 12); to--)
        {
            if (words[to].Lower != "to" || words[to].EndsPhrase)
            {
                continue;
            }

            var marked = false;
            for (var j = to - 1; j >= Math.Max(floor, to - 10) && !words[j].EndsPhrase; j--)
            {
                // Since the stakes-control realignment a majority or controlling stake sold to a buyer is the buyer's investment too.
                marked |= words[j].Lower is "stake" or "stakes" or "share" or "sale" or "%" || (words[j].Lower == "cent" && j > 0 && words[j - 1].Lower == "per")
                    || words[j].Lower.EndsWith('%') || words[j].Lower == "percent";
            }

            var at = to + 1 < words.Count && words[to + 1].Lower == "the" ? to + 2 : to + 1;
            if (Lexicon.PlaceLength(words, at) is var place and > 0 && words[at + place - 1].Possessive)
            {
                at += place;
            }

            return marked && at < figure ? sentence.OrganisationAfterDescriptor(at)?.Text : null;
        }

        return null;
    }

    private static bool StakeIsNoInvestment(IReadOnlyList<Word> words, int stake, int figure)
    {
        for (var j = stake - 1; j >= Math.Max(0, stake - 6); j--)
        {
            // Since the stakes-control realignment "a majority stake", "the remaining 18.4% stake in Avangrid for $2.48bn" are the buyer's
            // investment (a stake of any size bought); only a stake's value "at" the figure is none.
            if (words[j].Lower is "value" or "values" or "valued" or "valuing" && AtBefore(words, figure))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"at $X", "at about $X", "at roughly $X": the figure is what something is put "at".</summary>
    private static bool AtBefore(IReadOnlyList<Word> words, int figure)
    {
        var f = figure - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "approximately" or "almost" or "over" or "up" or "to")
        {
            f--;
        }

        return f >= 0 && words[f].Lower == "at";
    }

    private static bool InInvestmentsAfter(IReadOnlyList<Word> words, int last) =>
        last + 2 < words.Count && words[last + 1].Lower == "in" && !words[last].EndsPhrase
        && Window(words, last + 2, 3).Any(w => w is "investments" or "investment");

    /// <summary>
    /// "The size of Google's investment was not disclosed, although … Google likely paid more than $60 million": "paid" right before a
    /// figure that ends its clause, in a sentence that speaks of an investment or stake before it ("pay the company $60 million for
    /// help" is not).
    /// </summary>
    private static bool PaidForTheInvestment(IReadOnlyList<Word> words, int cueAt, int first, int last) =>
        cueAt == first - 1 && (words[last].EndsPhrase || last + 1 == words.Count) && words[cueAt].Lower is "paid" or "pay" or "pays" or "paying"
        && words.Take(cueAt).Any(w => w.Lower is "investment" or "stake" or "stakes");

    /// <summary>
    /// Shares bought or sold for the figure: "purchased Intel shares worth $5 billion", "acquiring $350 million worth of CoreWeave
    /// stock" (the buyer's investment); "agreed to sell $10 billion of stock to Berkshire", "selling JPY 30 billion preferred shares
    /// … to Mizuho" (the buyer's investment, the buyer named after "to"). Not a majority, not a buyback.
    /// </summary>
    private static (Metric? Metric, bool Found)? SharesTraded(SentenceWords sentence, int first, int last, int next)
    {
        var words = sentence.Words;
        var sharesAfter = next < words.Count && !words[last].EndsPhrase
            && (words[next].Lower is "of" || (words[next].Lower == "worth" && next + 1 < words.Count && words[next + 1].Lower == "of")
                ? Window(words, words[next].Lower == "worth" ? next + 2 : next + 1, 4).Any(w => w is "shares" or "stock" or "stocks")
                : Window(words, next, 2).Any(w => w is "shares" or "stock"));
        var buyBefore = first >= 1 && words[first - 1].Lower is "acquiring" or "buying" or "purchasing" or "bought" or "purchased" or "acquired"
            or "buy" or "purchase" or "acquire" or "buys" or "purchases" or "acquires";
        if (buyBefore && sharesAfter && !Window(words, next, 8).Any(w => w is "back"))
        {
            return (Metric.Investment, true);
        }

        // "purchased Intel shares worth $5 billion".
        if (first >= 3 && words[first - 1].Lower == "worth")
        {
            for (var j = first - 2; j >= Math.Max(0, first - 5) && !words[j].EndsPhrase; j--)
            {
                if (words[j].Lower is "shares" or "stock" && j >= 1 && words.Skip(Math.Max(0, j - 4)).Take(Math.Min(j, 4))
                        .Any(w => w.Lower is "purchased" or "bought" or "acquired" or "buying" or "acquiring" or "purchasing" or "buy" or "purchase"))
                {
                    return (Metric.Investment, true);
                }
            }
        }

        var sellBefore = words.Skip(Math.Max(0, first - 2)).Take(Math.Min(first, 2))
            .Any(w => w.Lower is "sell" or "sold" or "selling" or "sells" or "issue" or "issued" or "issuing");
        return sellBefore && sharesAfter && StakeBuyer(sentence, first, 0) is null && SoldTo(words, last) ? (Metric.Investment, true) : null;
    }

    /// <summary>"to Berkshire Hathaway Inc.", "to the pension" later in the clause (within 15 words, no buyback).</summary>
    internal static bool SoldTo(IReadOnlyList<Word> words, int last)
    {
        for (var j = last + 1; j < words.Count && j <= last + 15; j++)
        {
            if (words[j].Lower == "to" && j + 1 < words.Count && words[j + 1].Lower is not ("buy" or "be" or "fund" or "repay" or "pay" or "increase"))
            {
                return true;
            }

            // An appositive may stand between: "preferred shares of Orient Corporation, a consumer credit provider, to Mizuho".
            if (words[j].EndsPhrase && !words[j].InBrackets && words[j].After is not (')' or ']' or ','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"with Desjardins' commitment set to increase to C$50 million": an investor's commitment (or stake) growing to the figure.</summary>
    private static (Metric? Metric, bool Found)? CommitmentIncreasedTo(List<Word> words, int first, int floor)
    {
        if (first < 3 || first - 2 < floor || words[first - 1].Lower != "to"
            || words[first - 2].Lower is not ("increase" or "increased" or "increasing" or "rise" or "rose" or "grow" or "grew" or "climb" or "climbed"))
        {
            return null;
        }

        return words.Skip(Math.Max(floor, first - 7)).Take(first - 2 - Math.Max(floor, first - 7)).Any(w => w.Lower is "commitment" or "commitments" or "stake" or "holding")
            ? (Metric.Investment, true) : null;
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

    /// <summary>"a $1.5 billion stake sale in Jio to Vista", "raised $2.2 billion by selling part of his stake … to Cascade": the buyer's investment.</summary>
    private static (Metric? Metric, bool Found)? TwelfthStakeSale(SentenceWords sentence, int first, int last) =>
        InvestorRules.TwelfthStakeSaleBuyer(sentence, first, last) is not null ? (Metric.Investment, true) : null;

    /// <summary>
    /// "is close to a C$7 billion agreement to buy a minority stake", "agreement to purchase a minority stake in … in a deal valued at $500m": a
    /// deal for a minority stake bought is the buyer's investment (<see cref="InvestorRules.StakeDealBuyVerb"/>).
    /// </summary>
    private static (Metric? Metric, bool Found)? StakeBoughtInADeal(SentenceWords sentence, int first, int last) =>
        InvestorRules.StakeDealBuyVerb(sentence, first, last) >= 0 ? (Metric.Investment, true) : null;

    /// <summary>Verbs and nouns of selling a holding: "sold", "to sell", "the sale of", "offloaded".</summary>
    private static readonly HashSet<string> _sellWords = new(StringComparer.Ordinal)
    {
        "sell", "sells", "sold", "selling", "sale", "offload", "offloads", "offloaded", "divest", "divests", "divested", "divesting", "transfer", "transferred",
    };

    /// <summary>
    /// "Sunil Mittal sold a 0.84% stake in Bharti Airtel for $976 million", "in talks with Silver Lake to sell a 1.7-1.8 per cent stake in the
    /// entity for around Rs 7,500 crore": the price of a minority stake sold (up to half), whoever buys it, is what the buyer invests. The sale
    /// verb, the percentage and the stake come before "for" and the figure, in one clause.
    /// </summary>
    private static (Metric? Metric, bool Found)? MinorityStakeSoldFor(List<Word> words, int first) =>
        MinorityStakeSaleVerb(words, first) >= 0 || MinorityStakeSoldWorthVerb(words, first) >= 0 ? (Metric.Investment, true) : null;

    /// <summary>
    /// "SoftBank offloaded over 2% stake in Paytm's parent entity One97 Communications worth about $300 Mn", "Telia would sell a stake worth
    /// around $500 million in MegaFon": the worth of a minority stake sold (a percentage up to half, or "a stake") is what its buyer
    /// invests. The sale verb of such a stake before "worth" and the figure, or -1; not "its stake", a majority or the remaining stake.
    /// </summary>
    internal static int MinorityStakeSoldWorthVerb(List<Word> words, int first)
    {
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "nearly" or "roughly" or "some" or "approximately" or "almost" or "over" or "~" or "upto"
                   or "up" or "to")
        {
            f--;
        }

        // "… stake in the airline's parent InterGlobe Aviation Ltd (INGL.NS), worth upto 75 billion rupees": a comma before "worth" sets it aside.
        if (f < 3 || words[f].Lower != "worth" || (words[f - 1].EndsPhrase && words[f - 1].After != ',' && !words[f - 1].InBrackets))
        {
            return -1;
        }

        var stake = -1;
        for (var i = f - 1; i >= 0 && f - i <= 16 && (!words[i].EndsPhrase || words[i].InBrackets || i == f - 1); i--)
        {
            if (words[i].Lower is "stake" or "stakes")
            {
                stake = i;
            }
            else if (stake > i && _sellWords.Contains(words[i].Lower))
            {
                return SaleOfAMinority(words, i + 1, stake) && !SoldOnTheMarket(words, first) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>"will sell 2.4 per cent stake in company worth $200 million through block deal": shares sold on the market go to no one buyer.</summary>
    private static bool SoldOnTheMarket(List<Word> words, int first)
    {
        for (var j = first + 1; j + 1 < words.Count && j <= first + 8 && !words[j - 1].EndsPhrase; j++)
        {
            if (words[j].Lower is "block" or "bulk" && words[j + 1].Lower is "deal" or "deals" || words[j].Lower is "market" or "bookbuild" or "book-build")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a stake", "over 2% stake", "a 7.8 percent stake": the words between a sale verb and its stake say it is a minority.</summary>
    private static bool SaleOfAMinority(List<Word> words, int from, int stake)
    {
        var between = words.Skip(from).Take(stake - from).Select(w => w.Lower).ToList();
        // Since the stakes-control realignment a stake of any size sold is its buyer's investment: "a majority stake", "its entire stake",
        // "a 53 per cent stake" as well as "a stake" and "a 7.8 percent stake".
        return ShareAt(words, from, stake - from) is { } share ? share > 0
            : between.FirstOrDefault(w => w != "off") is "a" or "an" or "its" or "their" or "his" or "her" or "the" or "entire" or "all" or "remaining" or "majority" or "controlling";
    }

    /// <summary>The sale verb of a minority stake sold for the figure at <paramref name="first"/> (<see cref="MinorityStakeSoldFor"/>), or -1.</summary>
    internal static int MinorityStakeSaleVerb(List<Word> words, int first)
    {
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "nearly" or "roughly" or "some" or "approximately" or "almost" or "just" or "over")
        {
            f--;
        }

        // "… in Hindustan Oil Exploration Company (HOECL) for Rs 37.19 crore": a bracket before "for" stays in the clause.
        if (f < 3 || words[f].Lower != "for" || (words[f - 1].EndsPhrase && !words[f - 1].InBrackets))
        {
            return -1;
        }

        var stake = -1;
        for (var i = f - 1; i >= 0 && f - i <= 16 && !(words[i].EndsPhrase && words[i].After != ',' && !words[i].InBrackets); i--)
        {
            if (words[i].Lower is "stake" or "holding" or "interest")
            {
                stake = i;
            }
            else if (_sellWords.Contains(words[i].Lower))
            {
                return stake > i && ShareAt(words, i + 1, stake - i) is { } share and > 0 ? i : -1;
            }
        }

        return -1;
    }
}
