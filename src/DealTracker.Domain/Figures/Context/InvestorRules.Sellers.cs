namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Sellers are never investors: whoever sells, offloads, divests, exits, disposes of or pares a holding is paid the figure, so the
/// subject (or owner) of a selling verb in the figure's clause is never the investor of the sale's price. The buyer named after "to"
/// takes its place ("has agreed to sell the stake to infrastructure investor Equitix for … £160m"); with no buyer named, no investor
/// ("Bharti Airtel sold a 10.3 per cent stake in its tower unit Infratel to a consortium of investors for INR61.9 billion").
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs whose subject gives up a holding for the money.</summary>
    private static readonly HashSet<string> _sellingVerbs = new(StringComparer.Ordinal)
    {
        "sell", "sells", "sold", "selling", "offload", "offloads", "offloaded", "offloading", "divest", "divests", "divested", "divesting",
        "exit", "exits", "exited", "exiting", "dispose", "disposes", "disposed", "disposing", "pare", "pares", "pared", "paring",
        "offer", "offers", "offered", "offering",
    };

    /// <summary>Verbs that cut a holding only with "its stake / holding" after them ("cut its stake in", "trimmed its holding").</summary>
    private static readonly HashSet<string> _cuttingVerbs = new(StringComparer.Ordinal)
    {
        "cut", "cuts", "cutting", "trim", "trims", "trimmed", "trimming", "reduce", "reduces", "reduced", "reducing",
    };

    /// <summary>Words that start another act between the selling verb and the figure: the figure is then not the sale's price.</summary>
    private static readonly HashSet<string> _otherActs = new(StringComparer.Ordinal)
    {
        "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "invest", "invests", "invested", "investing",
        "while", "whereas", "after", "before", "which", "who", "raised", "raises", "raise", "raising", "paid", "pay", "pays", "valuing",
        "valued", "lead", "led", "leads", "backed", "backs", "back",
    };

    /// <summary>
    /// The investor of a sale's price with the seller taken out: <paramref name="investor"/> when it sells nothing in the figure's clause;
    /// otherwise the buyer after "to" in that clause, or null. With no investor chosen, the buyer of a stake sold "to" a named buyer.
    /// </summary>
    public static string? NotTheSeller(SentenceWords sentence, int first, string? investor)
    {
        var verb = SellingVerbBefore(sentence.Words, first);
        if (verb < 0)
        {
            // Since the stakes sweep: "KKR acquired a 10% stake in Seven & i for $1.2bn from Siemens": the seller after "from" gives way
            // to the buyer, the subject of the buying verb.
            // Since the stake-sales sweep: "… from the Asian Development Bank (ADB), which had invested $50m in ReNew": the seller's own
            // earlier investment stays its own.
            return investor is not null && !IsSellersOwnInvestment(sentence.Words, first) && BoughtFromVerb(sentence, first, investor) is var bought and >= 0
                ? BuyerOfBoughtStake(sentence, bought, investor)
                : investor;
        }

        if (investor is null)
        {
            return SoldStakeBefore(sentence.Words, verb, first) || SoldStakeAfter(sentence.Words, first) ? Buyer(sentence, verb, first) : null;
        }

        return SellsInClause(sentence, investor, verb) || SoldByInvestor(sentence, verb, first, investor) ? Buyer(sentence, verb, first) : investor;
    }

    /// <summary>The buyer of a holding sold: after "to", else the seller's counterpart (<see cref="SaleCounterpartWith"/>); null when none.</summary>
    private static string? Buyer(SentenceWords sentence, int verb, int first) =>
        (SoldTo(sentence, verb, first) ?? SaleCounterpartWith(sentence, verb))?.Text;

    /// <summary>The selling verb of the figure's clause, before the figure with no other act between; -1 when none.</summary>
    private static int SellingVerbBefore(List<Word> words, int first)
    {
        for (var j = first - 1; j >= Math.Max(0, first - 30); j--)
        {
            var lower = words[j].Lower;
            if (_otherActs.Contains(lower) || words[j].After == ';')
            {
                return -1;
            }

            if (_sellingVerbs.Contains(lower) && !IsOfferedSelling(words, j) || IsCuttingAStake(words, j))
            {
                // Since the stakes-control realignment a majority sold is a stake sold like any other.
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// "its purchase of a 3% stake in India-based Intas Pharmaceuticals for $250 million from Singapore's Temasek": the one a holding is
    /// bought from, named after "from" in a buying clause around the figure, sold it and is not its investor.
    /// </summary>
    private static string? BuyerOfBoughtStake(SentenceWords sentence, int verb, string seller) =>
        BuyerBefore(sentence, ReportedBuying(sentence.Words, verb)) is { } buyer && !SameInvestor(buyer, seller) ? buyer : null;

    /// <summary>The verb buying a stake from <paramref name="investor"/> ("bought a stake … from X"), or -1.</summary>
    private static int BoughtFromVerb(SentenceWords sentence, int first, string investor)
    {
        var words = sentence.Words;
        for (var j = Math.Max(1, first - 20); j < words.Count && j <= first + 12; j++)
        {
            if (words[j].Lower != "from" || !Enumerable.Range(j + 1, 3).Any(k => k < words.Count && sentence.NameAt[k] is { } name && name.First == k && SameInvestor(name.Text, investor)))
            {
                continue;
            }

            for (var b = j - 1; b >= Math.Max(0, j - 20) && words[b].After != ';'; b--)
            {
                if (MetricRules.IsStakeBuyWord(words, b))
                {
                    return Enumerable.Range(b + 1, j - b - 1).Any(k => words[k].Lower is "stake" or "stakes" or "shares" or "holding" or "interest") ? b : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>"offer" sells only with a stake or shares after it ("offered a 5% stake"), not "offered $X in funding".</summary>
    private static bool IsOfferedSelling(List<Word> words, int j) =>
        words[j].Lower.StartsWith("offer", StringComparison.Ordinal) && !Window(words, j + 1, 4).Any(w => w is "stake" or "stakes" or "shares" or "holding");

    /// <summary>"cut its stake", "trimmed its holding": a cutting verb with a holding after it.</summary>
    private static bool IsCuttingAStake(List<Word> words, int j) =>
        _cuttingVerbs.Contains(words[j].Lower) && Window(words, j + 1, 3).Any(w => w is "stake" or "holding" or "holdings" or "shareholding");

    /// <summary>Whether a stake, shares or a holding is what the verb at <paramref name="verb"/> sells, before the figure.</summary>
    private static bool SoldStakeBefore(List<Word> words, int verb, int first) =>
        Enumerable.Range(verb + 1, Math.Max(0, Math.Min(first - verb - 1, 8))).Any(j => words[j].Lower is "stake" or "stakes" or "shares" or "holding" or "interest"
            || IsPercentage(words, j));

    /// <summary>
    /// Whether <paramref name="investor"/> is the subject or owner of the selling verb: named before it in the same clause with no
    /// clause-starting word between ("KKR & Co. Inc. (NYSE:KKR), the largest shareholder of …, plans to sell its entire stake"), or as the
    /// owner of "its" right after the verb's object.
    /// </summary>
    private static bool SellsInClause(SentenceWords sentence, string investor, int verb)
    {
        var words = sentence.Words;
        for (var j = verb - 1; j >= Math.Max(0, verb - 30); j--)
        {
            if (sentence.NameAt[j] is { } name && name.First == j && SameInvestor(name.Text, investor))
            {
                return true;
            }

            if (words[j].After == ';' || _otherActs.Contains(words[j].Lower) || words[j].Lower is "that")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a name written in the sentence is the investor (or one of its "|" spellings).</summary>
    private static bool SameInvestor(string name, string investor) =>
        investor.Split('|').Any(i => i.Equals(name, StringComparison.Ordinal) || i.StartsWith(name + " ", StringComparison.Ordinal) || name.StartsWith(i + " ", StringComparison.Ordinal));

    /// <summary>The organisation the holding is sold to: after "to" between the verb and a few words past the figure; null when none is named.</summary>
    private static Name? SoldTo(SentenceWords sentence, int verb, int first)
    {
        var words = sentence.Words;
        for (var j = verb + 1; j < words.Count && j <= first + 12; j++)
        {
            if (words[j].Lower == "to" && j + 1 < words.Count && !words[j - 1].EndsPhrase && words[j - 1].Lower != "according" && words[j + 1].Lower is not ("buy" or "be" or "raise" or "fund" or "help" or "reduce" or "pay"))
            {
                var start = words[j + 1].Lower is "the" ? j + 2 : j + 1;
                return TenthBuyerAfterTo(sentence, j) ?? TwelfthBuyerAfterOwner(sentence, j) ?? sentence.GiverAfterDescriptor(start);
            }

            if (j > first && (words[j].EndsPhrase && !words[j].InBrackets || _otherActs.Contains(words[j].Lower) || words[j].Lower == "and"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"which had invested $50m", "who invested $2m": a relative clause right before the figure telling what one put in earlier.</summary>
    private static bool IsSellersOwnInvestment(List<Word> words, int first)
    {
        var verb = first - 1;
        if (verb < 1 || words[verb].Lower is not ("invested" or "put" or "pumped" or "injected"))
        {
            return false;
        }

        var j = verb - 1;
        while (j > 0 && words[j].Lower is "had" or "has" or "have" or "already" or "previously" or "earlier" or "first" or "originally")
        {
            j--;
        }

        return words[j].Lower is "which" or "who" or "that";
    }

    /// <summary>"being sold for ₹1177.4 crore by Quinag Acquisition FPI": the one a passive sale is made by is its seller.</summary>
    private static bool SoldByInvestor(SentenceWords sentence, int verb, int first, string investor)
    {
        var words = sentence.Words;
        if (verb < 1 || words[verb].Lower != "sold" || words[verb - 1].Lower is not ("being" or "been" or "was" or "were" or "is" or "are" or "be"))
        {
            return false;
        }

        for (var j = verb + 1; j < words.Count && j <= first + 6; j++)
        {
            if (words[j].Lower == "by")
            {
                return j + 1 < words.Count && sentence.NameAt[j + 1] is { } name && name.First == j + 1 && SameInvestor(name.Text, investor);
            }
        }

        return false;
    }
}
