namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-eighth session: a takeover's price paid part in cash and part in the buyer's stock is the price of a takeover (M1), so
/// each part is other, as the whole is: "will be funded with $7 billion in cash and $6.4 billion in Aon stock", "purchased Livongo Health
/// for $1B in cash and almost $17B in stock", "The deal consists of approximately $1.065 billion in IonQ stock and $10 million in cash",
/// "the last bid … included £41.7billion in cash and £8.3billion worth of Unilever shares". Before, "$X in IonQ stock" read as money put
/// into IonQ. A stake or a percentage anywhere in the sentence keeps the rules' reading ("$523 million in cash for 65% of Acotec" is a
/// stake bought, M1), and so does preferred stock, which a company sells to raise money (M5).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words of a deal whose price is paid: "deal", "transaction", "purchased", "bid", "in exchange for".</summary>
    private static readonly HashSet<string> _pricedDealWords = new(StringComparer.Ordinal)
    {
        "deal", "deals", "transaction", "acquisition", "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
        "purchase", "purchased", "purchases", "merger", "takeover", "bid", "offer", "consideration", "exchange", "agreement", "sold", "sale",
        "divested", "paid", "pay", "pays", "paying",
    };

    /// <summary>Words that may stand between "in" or "of" and the stock paid with: "in IonQ common stock", "of newly issued shares".</summary>
    private static readonly HashSet<string> _paidStockFillers = new(StringComparer.Ordinal)
    {
        "common", "ordinary", "new", "newly", "issued", "its", "their", "the", "class", "a", "b",
    };

    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> is the cash or the stock part of a deal's price.</summary>
    internal static bool IsCashOrStockPartOfAPrice(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (sentence.FirstStake != int.MaxValue || !words.Any(w => _pricedDealWords.Contains(w.Lower)))
        {
            return false;
        }

        var next = SkipConversion(words, last);
        next += next < words.Count && words[next].Lower == "worth" ? 1 : 0;
        if (next + 1 >= words.Count || words[next].Lower is not ("in" or "of"))
        {
            return false;
        }

        // "$10 million in cash", when the sentence pays in stock too.
        if (words[next + 1].Lower == "cash")
        {
            return Enumerable.Range(0, words.Count).Any(i => (i < first || i > next + 1) && IsStockPaid(words, i));
        }

        // "$6.4 billion in Aon stock", "almost $17B in stock", "£8.3billion worth of Unilever shares", when the sentence pays in cash too.
        var k = next + 1;
        while (k < words.Count && k - next <= 5 && words[k].Lower is not ("stock" or "shares") && !words[k].EndsPhrase
               && (words[k].IsCapitalised || _paidStockFillers.Contains(words[k].Lower)))
        {
            k++;
        }

        return k < words.Count && words[k].Lower is "stock" or "shares" && words[k - 1].Lower != "preferred"
            && Enumerable.Range(0, words.Count).Any(i => (i < first || i > k) && IsCashPaid(words, i));
    }

    /// <summary>
    /// Whether word <paramref name="i"/> is stock paid: "in stock", "and shares", "of Dario common stock", not shares bought ("these shares
    /// are acquired") or stock units cashed out.
    /// </summary>
    private static bool IsStockPaid(IReadOnlyList<Word> words, int i)
    {
        if (words[i].Lower is not ("stock" or "shares"))
        {
            return false;
        }

        var k = i - 1;
        while (k >= 0 && i - k <= 5 && (words[k].IsCapitalised || _paidStockFillers.Contains(words[k].Lower)) && !words[k].EndsPhrase)
        {
            k--;
        }

        return k >= 0 && words[k].Lower is "in" or "of" or "and" or "or" or "plus";
    }

    /// <summary>Whether word <paramref name="i"/> is cash paid: "in cash", "cash and", "and cash", not "cash out".</summary>
    private static bool IsCashPaid(IReadOnlyList<Word> words, int i) =>
        words[i].Lower == "cash"
        && ((i > 0 && words[i - 1].Lower is "in" or "and" or "or" or "plus") || (i + 1 < words.Count && words[i + 1].Lower is "and" or "or" or "plus"));
}
