namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor rules added after blind25 and blind26's first runs (the eleventh round), read before the tenth round's: the buyer of shares
/// bought for an amount written as their worth ("will acquire Kadokawa shares worth some 50 billion yen", "will buy $8 billion worth of
/// shares", "would purchase 32.7 million shares …, coming to nearly C$57.3 million") or as a stock purchase ("Nvidia's $5 billion Intel
/// stock purchase"); the giver of "an investment of $X from …" past a place and a description ("from China’s Hillhouse Capital Group",
/// "from Korean private equity firm IMM", "from Indian firm Bharti Global").
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>The eleventh round's investor of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static string? EleventhRoundInvestor(SentenceWords sentence, int first, int last) =>
        (EleventhShareBuyVerb(sentence, first, last) is var verb and >= 0 && !BuyersListed(sentence.Words, verb) ? BuyerBefore(sentence, ReportedBuying(sentence.Words, verb)) : null)
        ?? EleventhStockPurchaseOwner(sentence, first, last) ?? EleventhInvestmentFrom(sentence, first, last);

    /// <summary>"Elon Musk disclosed buying …": the verb that reports a gerund stands where the buyer's verb would.</summary>
    private static int ReportedBuying(List<Word> words, int verb) =>
        verb >= 2 && words[verb].Lower.EndsWith("ing", StringComparison.Ordinal)
        && words[verb - 1].Lower is "disclosed" or "announced" or "reported" or "confirmed" or "completed" or "began" or "started" or "finished"
            ? verb - 1
            : verb;

    /// <summary>"Temasek …, Seatown … and Hopu … have bought": several buyers listed before the verb, which the older rules read.</summary>
    private static bool BuyersListed(List<Word> words, int verb) =>
        words.Skip(Math.Max(0, verb - 8)).Take(Math.Min(8, verb)).Any(w => w.Lower == "and");

    /// <summary>
    /// The verb buying shares whose amount the figure is: "acquire Kadokawa shares worth $X", "buy $X worth of shares", "purchase 32.7
    /// million shares … coming to $X"; -1 when none, or when the shares bought are a majority.
    /// </summary>
    internal static int EleventhShareBuyVerb(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "some" or "nearly" or "roughly" or "approximately" or "than" or "more" or "almost")
        {
            f--;
        }

        // "will buy $8 billion worth of shares": the verb right before the figure.
        var next = MetricRules.SkipConversion(words, last);
        if (f >= 0 && _ninthBuyVerbs.Contains(words[f].Lower) && next + 2 < words.Count && words[next].Lower == "worth" && words[next + 1].Lower == "of"
            && words.Skip(next + 2).Take(2).Any(w => w.Lower is "shares" or "stock"))
        {
            return f;
        }

        // "shares worth $X" or "shares …, coming to $X": the buying verb before the shares, within the sentence.
        var worth = f >= 1 && (words[f].Lower == "worth" || (words[f].Lower == "to" && words[f - 1].Lower is "coming" or "amounting" or "totalling" or "totaling"));
        var shares = false;
        for (var j = f - 1; worth && j >= Math.Max(0, f - 30); j--)
        {
            shares |= words[j].Lower is "shares" or "stock";
            if (shares && _ninthBuyVerbs.Contains(words[j].Lower))
            {
                return BuysAMinority(words, j, f) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>"Nvidia's $5 billion Intel stock purchase": the owner of a stock purchase the figure sizes.</summary>
    internal static string? EleventhStockPurchaseOwner(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        var purchase = Enumerable.Range(next, Math.Max(0, Math.Min(4, words.Count - next)))
            .FirstOrDefault(k => k > 0 && words[k].Lower is "purchase" or "purchases" && words[k - 1].Lower is "stock" or "share" or "shares" or "equity", -1);
        return purchase >= 0 && !words.Skip(next).Take(purchase - next).Any(w => w.EndsPhrase)
            && first >= 1 && sentence.NameAt[first - 1] is { Possessive: true } owner && owner.Last == first - 1
                ? owner.Text
                : null;
    }

    /// <summary>
    /// "an equity investment of $18 million from the U.S. International Development Finance Corporation", "investments worth 57 billion won
    /// from China’s Hillhouse Capital Group", "50 billion won in investments from Korean private equity firm IMM": the giver after "from".
    /// </summary>
    private static string? EleventhInvestmentFrom(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "some" or "nearly" or "roughly" or "approximately" or "up" or "to")
        {
            f--;
        }

        var next = MetricRules.SkipConversion(words, last);
        var named = f >= 1 && words[f].Lower is "of" or "worth" && words[f - 1].Lower is "investment" or "investments" or "injection" or "infusion";
        var from = named ? next
            : next + 2 < words.Count && words[next].Lower == "in" && words[next + 1].Lower is "investment" or "investments" ? next + 2 : -1;
        return from >= 0 && from + 1 < words.Count && words[from].Lower == "from" && !words[last].EndsPhrase ? GiverAfterFrom(sentence, from + 1) : null;
    }

    /// <summary>The organisation a giver phrase names, past "the", a place ("China’s", "Korean", "U.S.") and a lower-case description.</summary>
    private static string? GiverAfterFrom(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        k = words[k].Lower == "the" && k + 1 < words.Count ? k + 1 : k;
        if (sentence.NameAt[k] is { Kind: NameKind.Organisation, Possessive: false } whole && whole.First == k)
        {
            return whole.Text;
        }

        k += Lexicon.PlaceLength(words, k);
        return k < words.Count && sentence.OrganisationAfterDescriptor(k) is { Possessive: false } giver
            && !words.Skip(k).Take(giver.First - k).Any(w => w.Lower is "investors" or "investor" or "backers" or "including" or "led" or "such" or "shareholders")
                ? giver.Text
                : null;
    }
}
