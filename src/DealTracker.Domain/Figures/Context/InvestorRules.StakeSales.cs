namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Stakes and shares sold: the buyer of a minority stake or of shares sold for the figure, usually after "to" ("sold a 2.32 per cent stake in
/// Jio Platforms to Vista Equity Partners for Rs 11,367 crore", "a $1.5 billion stake sale in Jio to Vista", "agreed to sell $10 billion of
/// stock to Berkshire Hathaway", "offered a $20 billion stake in its retail unit to Amazon.com Inc."), and the party a stake deal is made
/// with ("closed a $5.7 billion deal with Facebook for a 9.99% stake"); never the seller; a stake of any size since the stakes-control realignment.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Words of selling: "announced a sale of", "has sold", "is in talks to sell".</summary>
    private static readonly HashSet<string> _tenthSellWords = new(StringComparer.Ordinal)
    {
        "sale", "sell", "sells", "sold", "selling", "offload", "offloads", "offloaded", "offloading", "divest", "divests", "divested",
    };

    /// <summary>
    /// The buyer of a minority stake sold for the figure ("sold a 2.32 per cent stake in Jio Platforms to Vista Equity Partners for Rs 11,367
    /// crore", "… for $X to Y"): the one who invests, never the seller the sentence opens with. Empty when no buyer is named ("Vodafone has
    /// sold its remaining 3% stake in Indus Towers for $330 million"); null when the figure is no such price, or when a buyer after "to" is
    /// written in a way this rule does not read.
    /// </summary>
    public static string? StakeSaleBuyer(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = MetricRules.MinorityStakeSaleVerb(words, first);
        if (verb < 0)
        {
            return StakeSoldWorthBuyer(sentence, first, last);
        }

        // A buyer after "to" that this rule cannot read ("to London-headquartered investment firm Arden Partners") is left to the others.
        var next = MetricRules.SkipConversion(words, last);
        var to = Enumerable.Range(verb + 1, first - verb - 1).Append(next).FirstOrDefault(i => i < words.Count && words[i].Lower == "to" && !words[i - 1].EndsPhrase, -1);
        return to < 0 ? "" : sentence.GiverAfterDescriptor(to + 1)?.Text;
    }

    /// <summary>
    /// "SoftBank offloaded over 2% stake in … One97 Communications worth about $300 Mn": a minority stake sold for its worth names no buyer,
    /// so no investor (""); null when the figure is no such worth, or when a buyer may follow after "to" (the other rules read it).
    /// </summary>
    private static string? StakeSoldWorthBuyer(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (MetricRules.MinorityStakeSoldWorthVerb(words, first) < 0)
        {
            return null;
        }

        var next = MetricRules.SkipConversion(words, last);
        for (var j = next; j < words.Count && j - next <= 12; j++)
        {
            if (words[j].Lower == "to")
            {
                return null;
            }

            if (words[j].EndsPhrase && !words[j].InBrackets)
            {
                break;
            }
        }

        return "";
    }

    /// <summary>
    /// "a $1.5 billion stake sale in Jio to Vista Equity Partners" and "raised $2.2 billion by selling part of his stake in … to Cascade
    /// Investment", "to sell equity stake worth $1 billion in Reliance Retail to Silver Lake": the buyer after "to" of a stake sold for the figure.
    /// </summary>
    internal static string? TwelfthStakeSaleBuyer(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (next + 1 >= words.Count || (words[last].EndsPhrase && next == last + 1))
        {
            return null;
        }

        // "$X stake sale …"; "$X by selling … stake …", "$X through a stake sale …".
        var saleNoun = words[next].Lower is "stake" && words[next + 1].Lower is "sale" or "sales";
        var bySelling = words[next].Lower is "by" or "through" or "via"
            && words.Skip(next + 1).Take(3).Any(w => w.Lower is "selling" or "sale" or "sales" or "offloading" or "divesting");

        // "to sell equity stake worth $1 billion in Reliance Retail to Silver Lake": the stake's worth, then its buyer.
        var stakeWorth = first >= 3 && words[first - 1].Lower == "worth" && words[first - 2].Lower is "stake" or "stakes" or "shares" or "holding"
            && words.Skip(Math.Max(0, first - 6)).Take(Math.Min(4, first - 2)).Any(w => w.Lower is "sell" or "sells" or "selling" or "sold" or "sale" or "offload" or "divest");
        if (!saleNoun && !bySelling && !stakeWorth)
        {
            return null;
        }

        var stake = saleNoun || stakeWorth;
        for (var to = next + 1; to < words.Count && to - next <= 14; to++)
        {
            stake |= words[to].Lower is "stake" or "stakes" or "shares" or "holding" || words[to].Lower.EndsWith('%');
            if (words[to].Lower == "to" && stake)
            {
                return (TenthBuyerAfterTo(sentence, to) ?? TwelfthBuyerAfterOwner(sentence, to))?.Text;
            }

            if (words[to].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"to Bill Gates' Cascade Investment LLC": the buyer named after its owner's possessive (the finder reads all of it as one name).</summary>
    private static Name? TwelfthBuyerAfterOwner(SentenceWords sentence, int to)
    {
        // The owner: capitalised words up to one written as a possessive ("Bill Gates'").
        var words = sentence.Words;
        var owner = to + 1;
        while (owner < words.Count && owner - to <= 3 && words[owner].IsCapitalised && !IsTwelfthPossessive(words[owner]) && !words[owner].EndsPhrase)
        {
            owner++;
        }

        if (owner >= words.Count || !IsTwelfthPossessive(words[owner]) || !words[owner].IsCapitalised || owner + 1 >= words.Count || !words[owner + 1].IsCapitalised)
        {
            return null;
        }

        // The buyer runs over the capitalised words after the owner: "Cascade Investment LLC".
        var last = owner + 1;
        while (last + 1 < words.Count && last - owner < 5 && !words[last].EndsPhrase && words[last + 1].IsCapitalised)
        {
            last++;
        }

        var (start, end) = (words[owner + 1].Start, words[last].End);
        return new Name(owner + 1, last, start, end, sentence.Text[(start - sentence.Start)..(end - sentence.Start)], false, NameKind.Organisation);
    }

    /// <summary>"SoftBank's", and "Gates'" (a plain apostrophe after a final s, which the word splitter peels off as punctuation).</summary>
    private static bool IsTwelfthPossessive(Word word) =>
        word.Possessive || (word.After is '\'' or '’' && word.Core.EndsWith('s'));

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

    /// <summary>Whether a minority stake is sold in the words before <paramref name="to"/>: a selling word and a stake or percentage (of any size).</summary>
    private static bool TenthSoldStakeBefore(List<Word> words, int to)
    {
        bool sold = false, stake = false;
        for (var j = to - 1; j >= Math.Max(0, to - 14); j--)
        {
            var lower = words[j].Lower;
            stake |= lower is "stake" or "stakes" or "percent" || lower.EndsWith('%') || (lower == "cent" && j > 0 && words[j - 1].Lower == "per");
            if (_tenthSellWords.Contains(lower))
            {
                // Since the stakes-control realignment "sell a 51% stake in Altera to Silver Lake" is Silver Lake's investment too.
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

                // Since the stake-sales sweep a person buys too ("offload his holding to Pai for $80-90 million").
                // "to Bill Gates' Cascade Investment": what the person owns buys.
                if (name.Kind == NameKind.Person && Enumerable.Range(name.First, name.Last - name.First + 1).Any(i => IsTwelfthPossessive(words[i])))
                {
                    return TwelfthBuyerAfterOwner(sentence, k - 1);
                }

                return name.Kind is NameKind.Organisation or NameKind.Person && !name.Possessive ? name : null;
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
            if (lower is "stake" or "percent" || lower.EndsWith('%') || (lower == "cent" && words[j - 1].Lower == "per"))
            {
                return IsStakeInTheParty(sentence, j, party) ? null : party.Text;
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

    /// <summary>
    /// "agreed to sell $10 billion of stock to Berkshire Hathaway Inc. …, comprised of $5 billion in Class A Common Stock": shares sold
    /// to a buyer are the buyer's investment, for the figure and for the parts of it after. "" when the buyer is only described.
    /// </summary>
    private static string? BuyerOfSharesSold(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (!Window(words, next, 5).Any(w => w is "shares" or "stock" or "stocks"))
        {
            return null;
        }

        for (var s = first - 1; s >= Math.Max(0, first - 30); s--)
        {
            if (words[s].Lower is not ("sell" or "sold" or "selling" or "sells"))
            {
                continue;
            }

            // The buyer after "to", between the sale's first figure and this one or after it.
            for (var j = s + 1; j < words.Count && j <= Math.Max(first, last + 15); j++)
            {
                if (words[j].Lower == "to" && j + 1 < words.Count && words[j + 1].Lower is not ("buy" or "be" or "increase"))
                {
                    return sentence.GiverAfterDescriptor(words[j + 1].Lower == "the" ? j + 2 : j + 1)?.Text ?? (j > first ? "" : null);
                }
            }

            return null;
        }

        return null;
    }

    private static string? StakeGoesTo(SentenceWords sentence, int noun)
    {
        var words = sentence.Words;
        var offered = false;
        for (var j = noun - 1; j >= Math.Max(0, noun - 5); j--)
        {
            offered |= words[j].Lower is "offered" or "offer" or "offers" or "offering" or "sell" or "sold" or "sells" or "selling";
        }

        for (var j = noun + 1; offered && j < words.Count && j <= noun + 6; j++)
        {
            if (words[j].Lower == "to")
            {
                return sentence.GiverAfterDescriptor(j + 1)?.Text;
            }

            if (words[j].EndsPhrase)
            {
                break;
            }
        }

        return null;
    }
}
