namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-fifth session (convention M11, written after a blind relabel of the corpus's 95 sentences with a stake and a worth,
/// docs/issue-reading/relabels/stakes-worth.tsv): what one stake is worth or valued at is an investment (the "a $X stake"),
/// whether the stake is bought, sold, offered or only held, and whether a deal or the market prices it: "a 9.9% stake worth 2.1 billion
/// euros", "The 10 percent stake in TAQA could be worth about $4.2 billion based on its current share price", "Mubadala's 7.6 percent
/// stake is worth more than $780 million", "holds a 27% stake in OpenAI valued at approximately $135 billion", "saw the value of its 25%
/// stake rise to $3.8 billion". Read by the stake noun the worth goes back to, over a copula, a modal or the stake's own words ("in
/// OpenAI", "that it bought").
/// <para>A person's own stake is their wealth, other ("Siemiatkowski's 7% stake is worth about $1 billion"); many stakes summed ("has
/// accumulated stakes worth about $1 billion in four … companies") are a total, and a holding company is no holding.</para>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Modals and copulas between a stake and its worth: "could be worth", "would have been valued at", "is now worth".</summary>
    private static readonly HashSet<string> _stakeWorthLinks = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "be", "been", "being", "now", "currently", "already", "reportedly", "estimated", "has", "have", "had", "would", "could",
        "will", "may", "might", "should", "then", "still", "roughly", "about", "likely", "probably",
    };

    /// <summary>
    /// Words of a stake being sold: "the planned sale of its 50.75-percent stake", "the disposal of its 13.9% stake". Not
    /// <c>_stakeSellWords</c> (MetricRules.StakeValues.cs): its "offered" and "transfer" would make the buyer in "Acme offered to buy a 10%
    /// stake worth $5 million" a seller.
    /// </summary>
    private static readonly HashSet<string> _stakeSellingWords = new(StringComparer.Ordinal)
    {
        "sale", "sell", "sells", "selling", "sold", "disposal", "dispose", "disposing", "divest", "divestment", "divesting", "offload",
        "offloaded", "offloading",
    };

    /// <summary>
    /// Whether the figure at word <paramref name="first"/> is what one stake is worth (see the class summary): (true, false) for a company's
    /// or an investor's stake, (true, true) for a person's own, null when the figure is no stake's worth.
    /// </summary>
    private static (bool Worth, bool Person)? StakesWorth(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var cue = CueBeforeHedges(words, first, 0);
        if (cue < 1)
        {
            return null;
        }

        var lower = words[cue].Lower;
        var verb = lower is "at" or "to" ? cue - 1 : cue;

        // Since the forty-seventh session: a stake valued by a verb ("…, valuing the stake at $135 billion").
        if (lower == "at" && cue >= 3 && words[cue - 1].Lower is "stake" or "holding" or "shareholding" && words[cue - 2].Lower is "the" or "its" or "their" or "that"
            && words[cue - 3].Lower is "valuing" or "values" or "valued" or "value")
        {
            return (true, IsPersonsStake(sentence, cue - 1));
        }

        if (!(lower == "worth" || (lower == "at" && words[verb].Lower is "valued" or "estimated") || (lower == "of" && words[cue - 1].Lower == "value"
            && cue >= 2 && words[cue - 2].Lower is "a" or "an" or "estimated" or "total" or "market")
            || (lower == "to" && words[verb].Lower is "rise" or "rose" or "risen" or "climb" or "climbed" or "grown" or "grew" or "jumped" or "swelled")))
        {
            return null;
        }

        // Back over the links to the stake noun: the worth's subject ("the stake could be worth") or the object it follows ("a stake worth").
        var k = verb - 1;
        while (k >= 0 && _stakeWorthLinks.Contains(words[k].Lower) && !words[k].EndsPhrase)
        {
            k--;
        }

        // Past a relative clause set off by commas: "'s stake in Y, which it bought for $1 billion in 2019, is now worth".
        if (k >= 2 && words[k].After == ',')
        {
            for (var r = k - 1; r >= 1 && r >= k - 12; r--)
            {
                if (words[r].Lower is "which" or "that" && words[r - 1].After == ',')
                {
                    k = r - 1;
                    break;
                }
            }
        }

        for (var i = k; i >= 0 && i >= k - 8; i--)
        {
            if (words[i].After is ';' or ':' || (words[i].After == '.' && words[i].EndsPhrase) || (i < k && words[i].Lower is "which" or "who" or "while" or "but"))
            {
                return null;
            }

            var noun = words[i].Lower;
            if (noun is "stakes" or "shareholdings")
            {
                return null;
            }

            // Since the forty-seventh session, an investment held is one stake too: "Microsoft now holds an investment in OpenAI Group PBC
            // valued at around $135 billion".
            if (noun == "investment" && i >= 2 && words[i - 1].Lower is "an" or "its" or "their" && words[i - 2].Lower is "holds" or "held" or "holding" or "hold")
            {
                return (true, IsPersonsStake(sentence, i));
            }

            if (noun is "stake" or "shareholding" || (noun == "holding" && !words[i].IsCapitalised
                && !(i + 1 < words.Count && words[i + 1].Lower is "company" or "companies" or "firm" or "group")))
            {
                return (true, IsPersonsStake(sentence, i));
            }

            // Since the forty-sixth session, a counted block of shares is one stake too (M11: "a holding or a block of shares in one
            // company"): "has increased its stake … to approximately 30 million shares, worth around $2.5 billion", "said it owned about
            // 9.4 million shares valued at roughly $900 million". ("Third Point's 23.5 million Dow shares had a market value of $1.34
            // billion" still reads other: the holdings rule reads "a market value of" a holding first.)
            if (noun == "shares" && CountedShares(words, i)
                && Enumerable.Range(i + 1, Math.Max(0, cue - i - 1)).All(j => _stakeWorthLinks.Contains(words[j].Lower) || words[j].Lower is "a" or "an" or "market" or "value" or "total" or "valued"))
            {
                return (true, IsPersonsStake(sentence, i));
            }

            // Only the stake's own words stand between: "its 27% stake in OpenAI Group PBC", "the stake that Aramco would have bought".
            if (words[i].Lower is "and" or "or" or "with" or "for" or "after" or "before" or "as" or "deal" or "deals" or "shares" or "company" or "valuation")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "its stake … to approximately 30 million shares", "Third Point's 23.5 million Dow shares", "owned about 9.4 million shares": a count
    /// right before the shares (or before one name), held: a holder's possessive before the count, or a stake or a holding verb shortly
    /// before. Not shares counted in a sale's threshold or in applications ("at least 500,000 shares valued at", "requesting for 143.1
    /// million shares worth").
    /// </summary>
    private static bool CountedShares(List<Word> words, int shares)
    {
        var count = shares - 1;
        count -= count >= 1 && words[count].IsCapitalised && !words[count - 1].EndsPhrase ? 1 : 0;
        if (count < 0 || words[count].EndsPhrase || !(words[count].Lower is "million" or "billion" or "thousand"
            || (words[count].Core.Length > 0 && char.IsDigit(words[count].Core[0]) && words[count].Core.All(c => char.IsDigit(c) || c is ',' or '.'))))
        {
            return false;
        }

        var start = count;
        while (start > 0 && !words[start - 1].EndsPhrase && (words[start - 1].Lower is "million" or "billion" or "about" or "approximately"
            or "around" or "roughly" or "some" or "nearly" or "almost" or "over" || char.IsDigit(words[start - 1].Core.FirstOrDefault())))
        {
            start--;
        }

        if (start > 0 && words[start - 1].Possessive)
        {
            return true;
        }

        for (var k = start - 1; k >= 0 && k >= start - 8 && !words[k].EndsPhrase; k--)
        {
            if (words[k].Lower is "stake" or "holding" or "owns" or "owned" or "holds" or "held" or "own")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the stake noun at <paramref name="noun"/> is a person's own: "Siemiatkowski's 7% stake", "co-founder Victor Jacobsson’s 8.4% stake".</summary>
    private static bool IsPersonsStake(SentenceWords sentence, int noun)
    {
        for (var i = noun - 1; i >= 0 && i >= noun - 4; i--)
        {
            if (sentence.Words[i].Possessive)
            {
                return sentence.NameAt[i] is { Kind: NameKind.Person }
                    || (i > 0 && sentence.Words[i - 1].Lower is "founder" or "co-founder" or "cofounder" or "ceo" or "chairman" or "billionaire" or "chief");
            }

            if (sentence.Words[i].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Verbs of a holder marking its holding's value: "marked down its valuation for Wealthsimple", "wrote up its valuation of".</summary>
    private static readonly HashSet<string> _markingVerbs = new(StringComparer.Ordinal)
    {
        "marked", "marks", "wrote", "writes", "written", "cut", "cuts", "lowered", "lowers", "reduced", "reduces", "raised", "raises",
        "increased", "increases", "lifted", "lifts", "slashed", "trimmed", "revised",
    };

    /// <summary>
    /// Since the thirty-first session: what a holder marks its holding in one company at is that stake's worth (M11): "IGM … had marked
    /// down its valuation for Wealthsimple to $925-million as of March 31, from $1.153-billion at the end of 2021" (every figure of the
    /// mark), and "the $2.1 billion value of Power Corp’s Wealthsimple stake". A change's size ("reduced the value of its interest … by 20
    /// percent ($228 million)") is not the stake's worth.
    /// </summary>
    internal static bool IsHeldStakeMark(SentenceWords sentence, int first, int last) => HeldStakeMarker(sentence, first, last) is not null;

    /// <summary>The holder of a held stake's mark (see <see cref="IsHeldStakeMark"/>), "" when the text names none; null when the figure is no such mark.</summary>
    internal static string? HeldStakeMarker(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;

        // "the $2.1 billion value of Power Corp’s Wealthsimple stake".
        var next = SkipConversion(words, last);
        if (first >= 1 && words[first - 1].Lower == "the" && next + 2 < words.Count && words[next].Lower == "value" && words[next + 1].Lower == "of"
            && !words[last].EndsPhrase)
        {
            for (var k = next + 2; k < words.Count && k - next <= 6; k++)
            {
                if (words[k].Lower is "stake" or "holding" or "holdings" or "interest" or "shareholding")
                {
                    var owner = Enumerable.Range(next + 2, k - next - 2).FirstOrDefault(j => words[j].Possessive, -1);
                    return owner < 0 ? null : sentence.NameAt[owner] is { Kind: NameKind.Organisation } holder && holder.Last == owner ? holder.Text : "";
                }

                if (words[k].EndsPhrase)
                {
                    break;
                }
            }
        }

        // "marked down its valuation for Wealthsimple (by 47 per cent) to $492-million …, (down) from $925-million … and $1.153-billion":
        // the figure follows the mark within its sentence, after "to" or "from" or "and", and is not the mark's percentage change.
        var cue = CueBeforeHedges(words, first, 0);
        if (cue < 0 || words[cue].Lower is not ("to" or "from" or "and"))
        {
            return null;
        }

        for (var v = cue - 1; v >= 3 && cue - v <= 30; v--)
        {
            if (words[v].Lower is "valuation" or "value" && words[v - 1].Lower is "its" or "their" && v + 2 < words.Count && words[v + 1].Lower is "for" or "of"
                && (_markingVerbs.Contains(words[v - 2].Lower) || (words[v - 2].Lower is "down" or "up" && _markingVerbs.Contains(words[v - 3].Lower))))
            {
                return words.Skip(v + 1).Take(first - v - 1).Any(w => w.After == ';') ? null : MarkingHolder(sentence, _markingVerbs.Contains(words[v - 2].Lower) ? v - 2 : v - 3);
            }
        }

        return null;
    }

    /// <summary>"IGM … that it had marked down": the name before the marking verb, or the sentence's subject for "it"; "" when none.</summary>
    private static string MarkingHolder(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var k = verb - 1;
        while (k >= 0 && words[k].Lower is "had" or "has" or "have" or "also" or "recently" or "further" or "again")
        {
            k--;
        }

        return k < 0 ? "" : words[k].Lower is "it" or "they" ? InvestorRules.SubjectOf(sentence) ?? ""
            : sentence.NameAt[k] is { Kind: NameKind.Organisation } holder && holder.Last == k ? holder.Text : "";
    }

    /// <summary>
    /// Whether <paramref name="investor"/>, read for the stake's worth at word <paramref name="first"/>, is the stake's seller: named before
    /// a word of selling it, with no buyer named after ("KDB … to arrange the planned sale of its 50.75-percent stake in Daewoo Engineering
    /// that has been valued at 1.65 trillion won"). A seller is never the investor (V2, M11); "in talks to sell its … stake …, valued at
    /// over Rs 3,300 crore, to Bharti Airtel" keeps its buyer.
    /// </summary>
    internal static bool IsStakesSeller(SentenceWords sentence, int first, string investor)
    {
        var words = sentence.Words;
        if (first < 1 || first >= words.Count || StakesWorth(sentence, first) is not { Worth: true })
        {
            return false;
        }

        var selling = words.FindIndex(w => _stakeSellingWords.Contains(w.Lower));
        if (selling < 0 || selling > first)
        {
            return false;
        }

        // "… to Bharti Airtel": a buyer named after the selling word.
        for (var i = selling + 1; i + 1 < words.Count; i++)
        {
            if (words[i].Lower == "to" && words[i + 1].IsCapitalised && sentence.NameAt[i + 1] is not null)
            {
                return false;
            }
        }

        var named = sentence.Text.IndexOf(investor, sentence.Start, StringComparison.Ordinal);
        return named >= 0 && named < words[selling].Start;
    }
}
