using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Shares or a stake bought are the buyer's investment (convention M1: "buying a stake, a share or new shares in a company"), read
/// after every metric rule for money the other rules left as other:
/// <list type="bullet">
/// <item>a purchase of shares, stock or a percentage right before the figure ("Sony is purchasing a total of 12,054,100 new shares of
/// Kadokawa Corporation for 50 billion yen", "its cash purchase of Lee Soo-man’s stocks amounted to 422.8 billion won", "Torrent Group
/// paying Rs 5,025 crore to acquire 66 per cent");</item>
/// <item>money paid for stakes ("will pay Portugal Telecom and Telefónica €400 million each for their respective 32.18 percent
/// stakes") or that shares cost ("these shares, which cost approximately 50 billion yen").</item>
/// </list>
/// A whole company bought ("acquire 100 percent of Wattpad shares", "all of the shares") is a takeover, other (M1), and so are shares
/// sold on a market, bought back or held; the price of one share ("at $23.28 per share", "at a price of $20.47") and the size of what a
/// stake is in ("a 15 per cent stake in the $6.5 billion Reko Diq mining project") are other.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words of buying: "purchase", "purchasing", "bought", "acquire".</summary>
    private static readonly HashSet<string> _shareBuyingWords = new(StringComparer.Ordinal)
    {
        "purchase", "purchases", "purchased", "purchasing", "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
        "subscribe", "subscribed", "subscribing", "subscription",
    };

    /// <summary>Nouns of a holding bought: "shares", "stocks", "stake", "percent", "(per) cent".</summary>
    private static readonly HashSet<string> _heldPartNouns = new(StringComparer.Ordinal)
    {
        "shares", "stocks", "stock", "stake", "stakes", "percent", "cent", "shareholding",
    };

    /// <summary>The metric after the shares-bought cues: an investment for shares or a stake bought that the other rules left as other.</summary>
    private static Metric? SharesBoughtReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        var words = sentence.Words;
        if (metric is not null)
        {
            return metric;
        }

        var from = first - 1;
        while (from > 0 && first - from < 12 && words[from - 1].After is not (';' or '—' or '–') && !(words[from - 1].EndsPhrase && words[from - 1].After == '.'))
        {
            from--;
        }

        // "at $23.28 per share", "at VND113,000 each", "at a price of $20.47", "in the $6.5 billion Reko Diq mining project": the price of one
        // share or the size of what the stake is in, not the money paid.
        var after = SkipConversion(words, last);
        if (IsSharePrice(sentence, last) || (after < words.Count && words[after].Lower is "each" or "apiece" or "per" or "a" && !words[last].EndsPhrase
                && !(words[after].Lower == "each" && after + 1 < words.Count && words[after + 1].Lower == "for"))
            || words[first - 1].Lower is "the" or "price" or "at" || (first >= 2 && words[first - 2].Lower == "price"))
        {
            return metric;
        }

        var to = Math.Min(words.Count, after + 8);
        var before = words.Skip(from).Take(first - from).ToList();
        var behind = words.Skip(after).Take(to - after).ToList();

        // "acquire 100 percent of Wattpad shares", "all of the shares", "the entire stake", "buy back", "on the open market": a takeover, a
        // buy-back or a market trade.
        var whole = before.Concat(behind).Any(w => w.Core is "100" or "100%" || w.Lower is "all" or "entire" or "whole" or "remaining" or "back" or "buyback" or "market" or "worth");
        if (whole)
        {
            return metric;
        }

        // "Sony is purchasing a total of 12,054,100 new shares of Kadokawa Corporation for", "its cash purchase of Lee Soo-man’s stocks
        // amounted to", "paying Rs 5,025 crore to acquire 66 per cent".
        var buying = before.FindLastIndex(w => _shareBuyingWords.Contains(w.Lower));
        if (buying >= 0 && before.Skip(buying).Any(IsHeldPart))
        {
            return Metric.Investment;
        }

        if (first >= 1 && words[first - 1].Lower is "paying" or "pay" or "paid" or "pays" && behind.Take(4).Select((w, k) => (w, k)).Any(p => p.w.Lower == "to" && p.k + 1 < behind.Count
            && _shareBuyingWords.Contains(behind[p.k + 1].Lower) && behind.Skip(p.k + 2).Take(3).Any(IsHeldPart)))
        {
            return Metric.Investment;
        }

        // "will pay Portugal Telecom and Telefónica €400 million each for their respective 32.18 percent stakes".
        var paid = before.Any(w => w.Lower is "pay" or "pays" or "paid" or "paying");
        var forStakes = behind.Select((w, k) => (w, k)).Any(p => p.w.Lower == "for" && behind.Skip(p.k + 1).Take(5).Any(w => w.Lower is "stake" or "stakes"));
        if (paid && forStakes)
        {
            return Metric.Investment;
        }

        // "these shares, which cost approximately 50 billion yen".
        return first >= 2 && words[first - 1].Lower is "cost" or "costs" && before.Any(w => w.Lower is "shares" or "stake" or "stocks") ? Metric.Investment : metric;
    }

    /// <summary>"shares", "stocks", "stake", "66 per cent", "9.9%".</summary>
    private static bool IsHeldPart(Word word) =>
        _heldPartNouns.Contains(word.Lower) || (word.Lower == "per" && word.After != '.') || (word.Core.EndsWith('%') && word.Core.Length > 1);
}
