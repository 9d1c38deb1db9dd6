using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-fifth session: the value of a deal to supply or make chips for a customer is a compute commitment (convention M7:
/// "money committed to buy chips … from another company"), in the shapes the chip press writes, when every older rule left it other:
/// <list type="bullet">
/// <item>a deal, contract, order or pact worth the figure: "a contract worth around 22.76 trillion Korean Won or $16.54 billion for
/// semiconductor contract manufacturing", "AMD announced a deal with Meta that could be worth as much as $100 billion";</item>
/// <item>the figure heading a deal: "signed a $16.5 billion contract with Tesla to provide semiconductors", "a 22.8 trillion-won
/// (approximately $16.5 billion) deal to supply artificial intelligence (AI) chips";</item>
/// <item>chips supplied worth the figure: "has pledged to supply HBM products worth more than 1 trillion won to Nvidia".</item>
/// </list>
/// Only in a sentence about chips: a chip word ("chips", "semiconductors", "HBM", "foundry", "processors") or a chipmaker as a party.
/// A takeover, a stake or an investment, a funding or financing deal, a licence and a grant stay with the rules that read them.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words of chips and of making them.</summary>
    private static readonly HashSet<string> _chipWords = new(StringComparer.Ordinal)
    {
        "chip", "chips", "semiconductor", "semiconductors", "hbm", "foundry", "processors", "accelerators", "gpus", "gpu", "wafers",
        "microchips", "chipsets",
    };

    /// <summary>Chipmakers a chip supply deal is struck with (one word, lower case); Arm is read by its capital (<see cref="IsChipmaker"/>).</summary>
    private static readonly HashSet<string> _chipmakers = new(StringComparer.Ordinal)
    {
        "amd", "nvidia", "broadcom", "tsmc", "micron", "cerebras", "groq", "hynix", "qualcomm", "marvell", "globalfoundries",
    };

    /// <summary>A chipmaker's name: one of <see cref="_chipmakers"/> in any case, or Arm written as a name ("Arm", "ARM"), not a company's "arm".</summary>
    private static bool IsChipmaker(Word word) => _chipmakers.Contains(word.Lower) || word.Core is "Arm" or "ARM";

    /// <summary>Words of a deal that is no chip supply: a takeover, a stake, money put in or raised, a licence, public money.</summary>
    private static readonly HashSet<string> _notChipSupplyWords = new(StringComparer.Ordinal)
    {
        "acquisition", "acquire", "acquires", "acquired", "acquiring", "takeover", "buyout", "merger", "stake", "stakes", "invest", "invests",
        "invested", "investing", "investment", "investments", "funding", "financing", "round", "raise", "raised", "raises", "raising", "valuation",
        "license", "licence", "licensing", "grant", "grants", "subsidy", "subsidies", "loan", "loans", "revenue", "revenues", "sales", "settlement",
        "fine", "lawsuit", "damages",
    };

    private static readonly HashSet<string> _chipDealNouns = new(StringComparer.Ordinal)
    {
        "deal", "deals", "contract", "contracts", "agreement", "agreements", "order", "orders", "pact", "partnership",
    };

    private static readonly HashSet<string> _chipSupplyVerbs = new(StringComparer.Ordinal)
    {
        "supply", "supplies", "supplying", "provide", "provides", "providing", "deliver", "delivers", "delivering", "manufacture",
        "manufacturing", "make", "produce", "producing", "buy", "buying", "purchase", "purchasing", "sell", "selling",
    };

    /// <summary>True when the figure at words <paramref name="first"/>..<paramref name="last"/> is a chip supply deal's value (see the class summary).</summary>
    private static bool IsChipSupplyDeal(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 1 || last >= words.Count || words.Any(w => _notChipSupplyWords.Contains(w.Lower))
            || !words.Any(w => _chipWords.Contains(w.Lower) || IsChipmaker(w)))
        {
            return false;
        }

        var before = WordBeforeHedges(words, first);

        // "a contract worth around $X", "a deal with Meta that could be worth as much as $X", "an order valued at $X".
        var valued = words[before].Lower == "worth" || (words[before].Lower == "at" && before >= 1 && words[before - 1].Lower == "valued");
        if (valued && !words[before].EndsPhrase)
        {
            var span = words.Skip(Math.Max(0, before - 12)).Take(Math.Min(12, before)).Select(w => w.Lower).ToList();
            return span.Any(_chipDealNouns.Contains) || (span.Any(_chipSupplyVerbs.Contains) && span.Any(w => _chipWords.Contains(w) || w == "products"));
        }

        // "a $16.5 billion contract with Tesla to provide semiconductors", "a $X deal to supply AI chips".
        var after = SkipConversion(words, last);
        if (after + 1 < words.Count && _chipDealNouns.Contains(words[after].Lower) && !words[last].EndsPhrase && words[first - 1].Lower is "a" or "an" or "its" or "the")
        {
            // "to buy … semiconductor chips", "to supply AI chips"; "a deal to sell AutoChips Inc" (a company sold) is no chip supply.
            var tail = words.Skip(after + 1).Take(10).Select(w => w.Lower).ToList();
            var supplied = Enumerable.Range(0, tail.Count).Any(k => _chipSupplyVerbs.Contains(tail[k]) && tail.Skip(k + 1).Take(8).Any(_chipWords.Contains));
            return supplied || (tail[0] == "with" && (tail.Any(_chipWords.Contains) || words.Take(first).Any(IsChipmaker)));
        }

        return false;
    }
}
