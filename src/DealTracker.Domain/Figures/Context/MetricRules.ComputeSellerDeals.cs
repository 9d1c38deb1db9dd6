using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-second session (the miss class "compute bought, written as a sale, an order, a contract or a partnership", met in 11
/// of the 19 sets issue78–96): a deal whose seller rents out compute or sells chips for it is compute bought (convention M7, "a $Z cloud
/// contract"), even where no compute word is written:
/// <list type="bullet">
/// <item>the deal's other party after "with" or "from" is such a seller: "a $300 billion contract with Oracle", "orders totaling $21
/// billion with Broadcom";</item>
/// <item>the seller owns the deal: "CoreWeave's … expanded $6.5 billion pact with OpenAI";</item>
/// <item>the deal is to supply chips or compute: "a 22.8 trillion-won (approximately $16.4 billion) contract to supply artificial
/// intelligence semiconductors".</item>
/// </list>
/// <para>A takeover in the sentence ("acquire", "merger") keeps it out, as in the older compute rules.</para>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Companies that sell compute capacity, cloud or the chips and servers it runs on; written as one word each.</summary>
    private static readonly HashSet<string> _computeSellers = new(StringComparer.Ordinal)
    {
        "oracle", "coreweave", "nebius", "nscale", "crusoe", "lambda", "iren", "akamai", "broadcom", "dell", "aws", "azure", "cerebras",
        "fluidstack", "vultr", "supermicro",
    };

    /// <summary>Nouns of a deal that can carry its value right after the figure.</summary>
    private static readonly HashSet<string> _computeSellerDealNouns = new(StringComparer.Ordinal)
    {
        "contract", "contracts", "deal", "deals", "agreement", "agreements", "pact", "pacts", "partnership", "order", "orders", "arrangement",
        "collaboration",
    };

    /// <summary>What a supply deal supplies when it is compute: "to supply artificial intelligence semiconductors", "to provide GPUs".</summary>
    private static readonly HashSet<string> _suppliedComputeGoods = new(StringComparer.Ordinal)
    {
        "semiconductors", "chips", "gpus", "tpus", "accelerators", "servers", "compute", "computing", "cloud", "capacity",
    };

    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> is the value of a deal with a compute seller.</summary>
    private static bool IsComputeSellerDeal(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 0 || last >= words.Count || words[last].EndsPhrase || IsMajorityOrTakeover(words))
        {
            return false;
        }

        // The deal noun after the figure, over at most three modifiers: "$300 billion contract", "$6.5 billion pact", "$X multi-year deal".
        var noun = SkipConversion(words, last);
        var modifiers = 0;
        while (noun < words.Count && modifiers < 3 && !_computeSellerDealNouns.Contains(words[noun].Lower) && !words[noun].EndsPhrase
            && !Lexicon.Prepositions.Contains(words[noun].Lower) && words[noun].Lower is not ("and" or "or" or "investment" or "stake" or "round" or "funding"))
        {
            noun++;
            modifiers++;
        }

        // "placed orders totaling $21 billion with Broadcom": the noun before "totaling" and the seller after the figure.
        var seller = -1;
        if (noun < words.Count && _computeSellerDealNouns.Contains(words[noun].Lower))
        {
            seller = noun + 1;
        }
        else if (first >= 2 && words[first - 1].Lower is "totaling" or "totalling" or "worth" or "valued" && words[first - 2].Lower is "orders" or "order" or "contracts" or "contract")
        {
            seller = SkipConversion(words, last);
            noun = -1;
        }

        if (seller < 0 || seller + 1 >= words.Count)
        {
            return false;
        }

        // "… with Oracle", "… from Nebius".
        if (words[seller].Lower is "with" or "from" && !words[seller - 1].EndsPhrase && IsComputeSellerAt(words, seller + 1))
        {
            return true;
        }

        // "a … contract to supply artificial intelligence semiconductors".
        if (noun >= 0 && words[seller].Lower == "to" && words[seller + 1].Lower is "supply" or "provide" or "deliver" or "sell")
        {
            return Window(words, seller + 2, 5).Any(_suppliedComputeGoods.Contains);
        }

        // "CoreWeave's … $6.5 billion pact with OpenAI": the seller owns the deal.
        return noun >= 0 && words[seller].Lower == "with" && SellerOwnsTheDeal(words, first);
    }

    /// <summary>Whether a compute seller is written at <paramref name="at"/> (after "the" or "Amazon Web Services" / "Google Cloud").</summary>
    private static bool IsComputeSellerAt(IReadOnlyList<Word> words, int at)
    {
        if (at < words.Count && words[at].Lower == "the")
        {
            at++;
        }

        return at < words.Count && words[at].IsCapitalised
            && (_computeSellers.Contains(words[at].Lower)
                || (at + 1 < words.Count && words[at].Lower == "google" && words[at + 1].Lower == "cloud")
                || (at + 2 < words.Count && words[at].Lower == "amazon" && words[at + 1].Lower == "web" && words[at + 2].Lower == "services")
                || (at + 1 < words.Count && words[at].Lower == "microsoft" && words[at + 1].Lower == "azure"));
    }

    /// <summary>"CoreWeave's landmark $14.2 billion deal with Meta and its expanded $6.5 billion pact": a seller's possessive owns the deal.</summary>
    private static bool SellerOwnsTheDeal(IReadOnlyList<Word> words, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 16; k--)
        {
            if (words[k].Possessive && _computeSellers.Contains(words[k].Lower))
            {
                return true;
            }

            if (words[k].EndsPhrase && words[k].After != ',')
            {
                return false;
            }
        }

        return false;
    }
}
