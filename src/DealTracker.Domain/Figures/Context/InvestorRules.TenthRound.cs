namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor rules added after blind23 and blind24's first runs (the tenth round), read before the ninth round's. Each returns the
/// investor's name, or null when it does not apply: the buyer a stake is sold to, the party a stake deal is made with, one giver money is
/// raised from, the subject of a cleft ("it was X that … by investing"), a subject before a dashed or described appositive, the one in
/// talks to buy others' shares, the one receiving shares, and the owner of "its total commitment".
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Words of selling: "announced a sale of", "has sold", "is in talks to sell".</summary>
    private static readonly HashSet<string> _tenthSellWords = new(StringComparer.Ordinal)
    {
        "sale", "sell", "sells", "sold", "selling", "offload", "offloads", "offloaded", "offloading", "divest", "divests", "divested",
    };

    /// <summary>Money verbs a subject's appositive may stand before: "– will be purchasing", "— plans to contribute".</summary>
    private static readonly HashSet<string> _tenthMoneyVerbs = new(StringComparer.Ordinal)
    {
        "contribute", "contributes", "contributing", "invest", "invests", "investing", "purchase", "purchases", "purchasing", "buy", "buys",
        "buying", "acquire", "acquires", "acquiring", "commit", "commits", "committing", "inject", "injects", "injecting", "put", "puts",
        "putting", "pour", "pours", "pouring", "provide", "provides", "providing", "spend", "spends", "spending", "pay", "pays", "paying",
    };

    private static string? TenthRoundInvestor(SentenceWords sentence, int first, int last) =>
        TenthStakeSoldTo(sentence, first, last) ?? TenthDealForAStake(sentence, last) ?? TenthValuedStakeSoldTo(sentence, first, MetricRules.SkipConversion(sentence.Words, last))
        ?? TenthRaisedFrom(sentence, first, last) ?? TenthSubjectBeforeAppositive(sentence, first) ?? TenthCleftSubject(sentence, first)
        ?? TenthTalksToBuyTheirs(sentence, first) ?? TenthReceivingShares(sentence, first, last) ?? TenthOwnerOfItsTotal(sentence, first);

    /// <summary>
    /// "announced a sale of a $1.5 billion stake in Jio to Vista Equity Partners" (the figure before "to") and "has sold a 1.34 per cent
    /// to New-York headquartered private equity firm General Atlantic for Rs 6598.38 crore" (after): the buyer of a minority stake.
    /// </summary>
    internal static string? TenthStakeSoldTo(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;

        // The price after the buyer: "… to X for $Y".
        if (first >= 3 && words[first - 1].Lower == "for")
        {
            for (var to = first - 2; to >= Math.Max(1, first - 12); to--)
            {
                if (words[to].Lower == "to" && TenthSoldStakeBefore(words, to) && TenthBuyerAfterTo(sentence, to) is { } buyer && buyer.Last == first - 2)
                {
                    return buyer.Text;
                }
            }

            return null;
        }

        // The stake's worth before the buyer: "a sale of a $X stake in Jio to Y".
        var next = MetricRules.SkipConversion(words, last);
        if (next >= words.Count || words[next].Lower is not ("stake" or "share" or "holding") || !TenthSoldStakeBefore(words, next + 1))
        {
            return null;
        }

        for (var to = next + 1; to < words.Count && to - next <= 10; to++)
        {
            if (words[to].Lower == "to")
            {
                return TenthBuyerAfterTo(sentence, to)?.Text;
            }

            if (words[to].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a minority stake is sold in the words before <paramref name="to"/>: a selling word and a stake or percentage, no majority.</summary>
    private static bool TenthSoldStakeBefore(List<Word> words, int to)
    {
        bool sold = false, stake = false;
        for (var j = to - 1; j >= Math.Max(0, to - 14); j--)
        {
            var lower = words[j].Lower;
            if (lower is "majority" or "controlling" or "entire" or "remaining" or "all")
            {
                return false;
            }

            stake |= lower is "stake" or "stakes" or "percent" || lower.EndsWith('%') || (lower == "cent" && j > 0 && words[j - 1].Lower == "per");
            if (_tenthSellWords.Contains(lower))
            {
                sold = true;
                break;
            }
        }

        return sold && stake;
    }

    /// <summary>
    /// The organisation after "to": past "the", a place's possessive, a place or a name with "-based" / "headquartered" ("US-based",
    /// "New-York headquartered") and lower-case words saying what it is ("private equity firm").
    /// </summary>
    private static Name? TenthBuyerAfterTo(SentenceWords sentence, int to)
    {
        var words = sentence.Words;
        if (words[to].EndsPhrase)
        {
            return null;
        }

        for (var k = to + 1; k < words.Count && k - to <= 9; k++)
        {
            var lower = words[k].Lower;
            if (sentence.NameAt[k] is { } name && name.First == k)
            {
                var after = name.Last + 1 < words.Count ? words[name.Last + 1].Lower : "";
                if (after is "headquartered" or "based" or "-based" && !words[name.Last].EndsPhrase)
                {
                    k = name.Last + 1;
                    continue;
                }

                return name.Kind == NameKind.Organisation && !name.Possessive ? name : null;
            }

            // "New-York headquartered": a hyphenated place the name finder leaves out describes too.
            var describes = lower.EndsWith("-based", StringComparison.Ordinal) || lower.EndsWith("-headquartered", StringComparison.Ordinal)
                || (words[k].IsCapitalised && lower.Contains('-', StringComparison.Ordinal))
                || (Lexicon.PlaceLength(words, k) > 0) || (words[k].Core.Length > 0 && char.IsLower(words[k].Core[0]) && lower is not ("buy" or "invest" or "help" or "fund" or "raise" or "be"));
            if (!describes || words[k].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"closed a $5.7 billion deal with Facebook for a 9.99% stake in Jio": the party a minority-stake deal is made with.</summary>
    internal static string? TenthDealForAStake(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (words[last].EndsPhrase || next + 3 >= words.Count || words[next].Lower is not ("deal" or "agreement" or "transaction" or "pact") || words[next + 1].Lower != "with"
            || sentence.NameAt[next + 2] is not { Kind: NameKind.Organisation } party || party.First != next + 2 || party.Last + 2 >= words.Count
            || words[party.Last + 1].Lower != "for" || words[party.Last].EndsPhrase)
        {
            return null;
        }

        for (var j = party.Last + 2; j < words.Count && j <= party.Last + 5; j++)
        {
            var lower = words[j].Lower;
            if (lower is "majority" or "controlling" or "entire")
            {
                return null;
            }

            if (lower is "stake" or "percent" || lower.EndsWith('%') || (lower == "cent" && words[j - 1].Lower == "per"))
            {
                return party.Text;
            }
        }

        return null;
    }

    /// <summary>"is in talks to sell its about five per cent stake in Indus Towers, valued at over Rs 3,300 crore, to Bharti Airtel": the buyer.</summary>
    internal static string? TenthValuedStakeSoldTo(SentenceWords sentence, int first, int next)
    {
        var words = sentence.Words;
        var at = first - 1;
        var valued = at >= 2 && ((words[at].Lower == "at" && words[at - 1].Lower == "valued" && words[at - 2].After == ',')
            || (words[at].Lower == "worth" && words[at - 1].After == ','));
        if (!valued || next >= words.Count || words[next - 1].After != ',' || words[next].Lower != "to")
        {
            return null;
        }

        var comma = words[at].Lower == "at" ? at - 2 : at - 1;
        return TenthSoldStakeBefore(words, comma + 1) ? TenthBuyerAfterTo(sentence, next)?.Text : null;
    }

    /// <summary>"has already raised $350 Mn from General Atlantic at a pre-money valuation of $12 Bn": the one giver money is raised from.</summary>
    private static string? TenthRaisedFrom(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        return first >= 1 && words[first - 1].Lower is "raised" or "secured" or "received" or "got"
            ? TenthOneGiverFrom(sentence, MetricRules.SkipConversion(words, last)) : null;
    }

    /// <summary>"from General Atlantic", "from private equity firm Silver Lake": one organisation after "from", not a list and not investors in general.</summary>
    internal static string? TenthOneGiverFrom(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        if (from + 1 >= words.Count || words[from].Lower != "from" || words[from].EndsPhrase)
        {
            return null;
        }

        // "from the G42", "from its parent Tata Sons": past an article or a possessive pronoun.
        var k = words[from + 1].Lower is "the" or "its" or "their" && from + 2 < words.Count ? from + 2 : from + 1;

        // "from investors including Qiming", "from backers such as Tiger": givers in general, one named as an example.
        for (var j = k; j < words.Count && j - k < 5 && sentence.NameAt[j] is null; j++)
        {
            // … nor money from an act: "from selling shares to Sony", "from the sale of its unit".
            if (words[j].Lower is "investors" or "backers" or "including" or "like" or "such" or "among" or "funds" or "firms" or "others" or "to" or "of"
                or "in" or "for" or "by" or "with" or "selling" or "sale" or "sales")
            {
                return null;
            }
        }
        if (sentence.OrganisationAfterDescriptor(k) is not { Possessive: false } giver || giver.Text.Length < 2)
        {
            return null;
        }

        var after = giver.Last + 1 < words.Count ? words[giver.Last + 1].Lower : "";
        var listed = after is "and" or "&" or "," || (words[giver.Last].After == ',' && giver.Last + 1 < words.Count && sentence.NameAt[giver.Last + 1] is not null);
        return listed || after is "-led" or "led" or "affiliates" or "funds" ? null : giver.Text;
    }

    /// <summary>
    /// "Ayar – an affiliate of Saudi Arabia's Public Investment Fund (PIF) – will be purchasing $1 billion worth", "MGX — a $100 billion
    /// vehicle founded by Mubadala and G42 — plans to contribute about $7 billion", "Helix, a unit of Orion, will invest $X": the subject
    /// before an appositive set off by dashes (or by commas, when it starts with "a", "an" or "the"), not a name inside it.
    /// </summary>
    private static string? TenthSubjectBeforeAppositive(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var chain = first;
        var verb = false;
        while (chain - 1 >= 0 && first - chain < 6 && !words[chain - 1].EndsPhrase && words[chain - 1].Core.Length > 0 && char.IsLower(words[chain - 1].Core[0])
               && !TenthDashAfter(sentence, chain - 1))
        {
            chain--;
            verb |= _tenthMoneyVerbs.Contains(words[chain].Lower);
        }

        var closing = chain - 1;
        if (!verb || closing < 2)
        {
            return null;
        }

        var dashed = TenthDashAfter(sentence, closing);
        if (!dashed && words[closing].After != ',')
        {
            return null;
        }

        for (var open = closing - 1; open >= 0 && closing - open <= 30; open--)
        {
            var opens = dashed ? TenthDashAfter(sentence, open) : words[open].After == ',';
            if (!opens)
            {
                continue;
            }

            var described = words[open + 1].Lower is "a" or "an" or "the" || (dashed && words[open + 1].Possessive);
            return described && sentence.NameAt[open] is { Possessive: false, Kind: not NameKind.Outlet } name && name.Last == open ? name.Text : null;
        }

        return null;
    }

    /// <summary>Whether a dash stands between word <paramref name="k"/> and the next ("Ayar – an", "(PIF) – will").</summary>
    private static bool TenthDashAfter(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        if (words[k].After is '—' or '–')
        {
            return true;
        }

        if (k + 1 >= words.Count)
        {
            return false;
        }

        var gap = sentence.Text.AsSpan(words[k].End, words[k + 1].Start - words[k].End);
        return gap.Contains('—') || gap.Contains('–') || gap.Contains(" - ", StringComparison.Ordinal);
    }

    /// <summary>"it was the municipal government of Hefei that stepped in … by investing $1 billion": the one the cleft puts first.</summary>
    private static string? TenthCleftSubject(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var t = first - 1; t >= 3 && first - t <= 16; t--)
        {
            if (words[t].EndsPhrase && t < first - 1)
            {
                return null;
            }

            if (words[t].Lower is not ("that" or "who"))
            {
                continue;
            }

            for (var i = t - 1; i >= 1 && t - i <= 9; i--)
            {
                if (words[i].Lower is "was" or "is" or "were" && words[i - 1].Lower == "it")
                {
                    return sentence.Names.LastOrDefault(n => n.First > i && n.Last < t && n.Kind == NameKind.Organisation)?.Text ?? TenthGovernmentOfAPlace(sentence, i + 1, t);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>"the government of Abu Dhabi", "the state of Bavaria": the place whose government the words from <paramref name="from"/> to <paramref name="to"/> name.</summary>
    private static string? TenthGovernmentOfAPlace(SentenceWords sentence, int from, int to)
    {
        var words = sentence.Words;
        for (var j = from; j + 2 < to + 1 && j + 2 < words.Count; j++)
        {
            if (words[j].Lower is "government" or "ministry" or "state" or "treasury" && words[j + 1].Lower == "of" && Lexicon.PlaceLength(words, j + 2) is var length and > 0)
            {
                return Text(sentence, j + 2, length);
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

    /// <summary>"part of Google's broader AI strategy, bringing its total commitment to the AI startup beyond $3 billion": the owner "its" stands for.</summary>
    private static string? TenthOwnerOfItsTotal(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var p = first - 2; p >= 1 && first - p <= 10; p--)
        {
            // "its total commitment / investment / stake": the backer's own total ("its total funding" is the company's).
            if (words[p].Lower is not ("its" or "their") || words[p + 1].Lower is not ("total" or "overall" or "cumulative") || p + 2 >= first
                || words[p + 2].Lower is not ("commitment" or "commitments" or "investment" or "investments" or "stake" or "backing" or "holding"))
            {
                continue;
            }

            for (var j = p - 1; j >= Math.Max(0, p - 15); j--)
            {
                if (sentence.NameAt[j] is { Kind: NameKind.Organisation } owner && owner.Last == j)
                {
                    return owner.Text;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "with an option to increase this to $1 billion", "looking to ramp up that amount as high as $100 billion", "with the figure rising
    /// to as much as $40 billion": the figure before, made larger, so its metric and investor too.
    /// </summary>
    internal static bool TenthRaisesTheFigureBefore(List<Word> words, int first) => TenthRaisedFigureStart(words, first) >= 0;

    /// <summary>Where the words raising the figure before start, or -1.</summary>
    internal static int TenthRaisedFigureStart(List<Word> words, int first)
    {
        var to = first >= 1 && words[first - 1].Lower == "to" ? first - 1 : first;
        if (to >= 2 && words[to - 1].Lower is "this" or "it" or "that" && IsTenthRaiseVerb(words, to - 2))
        {
            return to - 2;
        }

        // "ramp up that amount", "raise the sum": a verb and the amount.
        if (to >= 3 && words[to - 1].Lower is "amount" or "figure" or "sum" && words[to - 2].Lower is "this" or "that" or "the" && IsTenthRaiseVerb(words, to - 3))
        {
            return words[to - 3].Lower == "up" && to >= 4 ? to - 4 : to - 3;
        }

        // "the figure rising to", "that amount could rise to": the amount rising.
        var verb = to == first - 1 ? to - 1 : -1;
        var noun = verb >= 1 && words[verb].Lower is "rising" or "rises" or "rose" or "increasing" or "increases" or "growing" or "grows" or "climbing" or "going"
            or "rise" or "increase" or "grow" ? verb - 1 : -1;
        while (noun >= 1 && words[noun].Lower is "could" or "may" or "might" or "will" or "would" or "up")
        {
            noun--;
        }

        return noun >= 1 && words[noun].Lower is "figure" or "amount" or "sum" && words[noun - 1].Lower is "the" or "that" or "this" ? noun - 1 : -1;
    }

    private static bool IsTenthRaiseVerb(List<Word> words, int i) =>
        words[i].Lower is "increase" or "increased" or "increasing" or "raise" or "boost" or "expand" or "lift" or "take" or "bring" or "double"
        || (words[i].Lower == "up" && i >= 1 && words[i - 1].Lower is "ramp" or "ramping" or "scale" or "scaling" or "step" or "top");
}
