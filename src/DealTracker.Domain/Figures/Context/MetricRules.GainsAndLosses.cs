namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the forty-seventh session: what a holding gained or lost, and what a change moved by, are no money put in, raised or valued
/// (M8: profit, income, losses: other): "a massive $4.2 billion valuation gain on its investment in OpenAI", "Gains from the company’s
/// investment in OpenAI totaled 2.2 trillion yen", "unrealized gains of $1.4 billion in Didi Global", "The value of the fund had risen
/// $4.8 billion", and a payment named as one ("TD will make a $200 million cash payment to First Horizon").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of a gain or a loss: "gain", "gains", "writedown", "impairment".</summary>
    private static readonly HashSet<string> _gainNouns = new(StringComparer.Ordinal)
    {
        "gain", "gains", "loss", "losses", "writedown", "writedowns", "write-down", "write-downs", "markdown", "markdowns", "mark-down",
        "impairment", "impairments", "write-off", "write-offs", "writeoff",
    };

    /// <summary>Words between the figure and its gain noun: "$4.2 billion valuation gain", "$X unrealised investment gains".</summary>
    private static readonly HashSet<string> _gainDescribers = new(StringComparer.Ordinal)
    {
        "valuation", "investment", "paper", "unrealized", "unrealised", "realized", "realised", "net", "one-time", "one-off", "pre-tax", "pretax",
        "accounting", "non-cash", "noncash", "mark-to-market", "fair-value", "value", "revaluation",
    };

    /// <summary>Words that link a gain noun to its figure: "gains of", "Gains … totaled", "profit was listed as".</summary>
    private static readonly HashSet<string> _gainLinks = new(StringComparer.Ordinal)
    {
        "of", "totaled", "totalled", "totaling", "totalling", "was", "were", "amounted", "came", "reached", "listed", "as", "to", "at", "is", "are",
    };

    /// <summary>Verbs of a change right before the figure ("had risen $4.8 billion"): the change's size, not what changed.</summary>
    private static readonly HashSet<string> _changedByVerbs = new(StringComparer.Ordinal)
    {
        "risen", "rose", "rises", "fell", "fallen", "falls", "jumped", "jumps", "climbed", "climbs", "grew", "grown",
        "increased", "decreased", "declined", "surged", "soared", "slid", "slumped", "tumbled", "plunged", "shed", "sheds",
    };

    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> is a gain, a loss, a change's size or a payment.</summary>
    internal static bool IsGainLossOrChange(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first < 0 || last >= words.Count)
        {
            return false;
        }

        // "$4.2 billion valuation gain", "a $19 billion gain on its Vision Fund", "a $200 million cash payment to First Horizon".
        var next = SkipConversion(words, last);
        if (!words[last].EndsPhrase && next < words.Count)
        {
            var k = next;
            while (k < words.Count && k - next < 2 && _gainDescribers.Contains(words[k].Lower) && !words[k].EndsPhrase)
            {
                k++;
            }

            if (k < words.Count && (_gainNouns.Contains(words[k].Lower)
                    || (words[k].Lower is "payment" && k == next + 1 && words[next].Lower == "cash" && !words.Any(w => w.Lower is "stake" or "shares" or "equity"))))
            {
                return true;
            }
        }

        // Back over hedges and links: "unrealized gains of $1.4 billion", "Gains from the company’s investment in OpenAI totaled".
        var b = first - 1;
        var linked = false;
        var subjectVerb = false;
        while (b >= Math.Max(floor, 0) && first - b <= 4 && !words[b].EndsPhrase
               && (_gainLinks.Contains(words[b].Lower) || words[b].Lower is "about" or "around" or "nearly" or "approximately" or "roughly" or "some"
                   or "an" or "a" or "estimated" or "almost" or "just" or "over" or "more" or "than"))
        {
            linked |= _gainLinks.Contains(words[b].Lower);
            subjectVerb |= words[b].Lower is "totaled" or "totalled" or "was" or "were" or "amounted" or "came" or "reached";
            b--;
        }

        if (b < Math.Max(floor, 0) || words[b].EndsPhrase)
        {
            return false;
        }

        // "had risen $4.8 billion": the change's size (as "by $4.8 billion").
        if (b == first - 1 && _changedByVerbs.Contains(words[b].Lower) && !(next < words.Count && words[next].Lower is "on" or "into" or "for"))
        {
            return true;
        }

        if (!linked)
        {
            return false;
        }

        // Not what a markdown took a value to: "it suffered markdowns to $US25.6 billion" (a valuation).
        if ((_gainNouns.Contains(words[b].Lower) && words[b + 1].Lower != "to") || (words[b].Lower is "profit" && words[b + 1].Lower != "of"))
        {
            return true;
        }

        // The gain noun heads the clause's subject a few words back: "Gains from the company’s investment in OpenAI totaled".
        if (!subjectVerb)
        {
            return false;
        }

        for (var k = b; k >= Math.Max(floor, 0) && b - k <= 8 && !words[k].EndsPhrase; k--)
        {
            if (_gainNouns.Contains(words[k].Lower) && (k + 1 < b && words[k + 1].Lower is "from" or "on" or "in"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns of a takeover that a "valued at" names: "a buyout offer valued at", "two mergers valued at", "54 Chinese takeovers in Germany, valued at".</summary>
    private static readonly HashSet<string> _takeoverNouns = new(StringComparer.Ordinal)
    {
        "offer", "offers", "bid", "bids", "buyout", "buyouts", "takeover", "takeovers", "merger", "mergers", "acquisition", "acquisitions",
    };

    /// <summary>
    /// Since the forty-seventh session: a takeover's price read as a valuation is other (M1): "a buyout offer valued at around $9.3 billion",
    /// "two mergers valued at a combined $21 billion", and a whole company priced per share ("With 19.45 million shares outstanding, the deal
    /// values Blackmores at $1.85 billion", "will acquire ArQule for $20 per share … for an approximate total equity value of $2.7 billion").
    /// Not a listing's valuation, a stake's or a round's.
    /// </summary>
    internal static bool IsTakeoverValue(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var b = first - 1;
        while (b >= 0 && first - b <= 3 && words[b].Lower is "about" or "around" or "nearly" or "approximately" or "roughly" or "some" or "an" or "a"
                   or "just" or "under" or "over" or "more" or "than" or "combined" or "almost" or "estimated")
        {
            b--;
        }

        if (b < 1 || words[b].Lower is not ("at" or "of"))
        {
            return false;
        }

        if (words.Any(w => w.Lower is "stake" or "stakes" or "round" or "funding" or "invest" or "invests" or "invested" or "investment" or "ipo" or "listing"
                or "priced" or "debut" or "offering" or "float" or "raise" or "raised" or "raising" or "pre-money" or "post-money" or "percent"
                || w.Core.EndsWith('%')))
        {
            return false;
        }

        // "valued at": a takeover noun heads what is valued, within a few words.
        if (words[b].Lower == "at" && words[b - 1].Lower == "valued")
        {
            for (var k = b - 2; k >= 0 && b - k <= 6; k--)
            {
                if (_takeoverNouns.Contains(words[k].Lower))
                {
                    return true;
                }

                if (words[k].EndsPhrase && k < b - 2)
                {
                    break;
                }
            }
        }

        // A whole company priced per share by a deal or a buyer.
        var perShare = Enumerable.Range(0, words.Count - 1).Any(k => (words[k].Lower is "per" or "a" && words[k + 1].Lower is "share")
            || (words[k].Lower is "shares" && words[k + 1].Lower == "outstanding")
            || (words[k].Lower == "each" && words.Skip(k + 1).Take(3).Any(w => w.Lower is "share" or "shares")));
        var bought = words.Any(w => w.Lower is "deal" or "acquire" or "acquires" or "acquired" or "acquiring" or "takeover" or "buyout" or "merger"
            or "buy" or "buys");
        var valuing = (words[b].Lower == "at" && Enumerable.Range(Math.Max(0, b - 6), b - Math.Max(0, b - 6)).Any(k => words[k].Lower is "values" or "valuing" or "valued"))
            || (words[b].Lower == "of" && words[b - 1].Lower == "value" && b >= 2 && words[b - 2].Lower is "equity" or "enterprise" or "transaction" or "deal");
        return perShare && bought && valuing;
    }

    /// <summary>
    /// Since the forty-seventh session: money read as revenue that is no company's sales (M8): gross bookings ("Gross bookings grew 114%
    /// year-over-year to $21.9 billion", "expects gross bookings of $25 billion") and a market's trading turnover ("The combined turnover at
    /// these two indexes was 2.38 trillion yuan").
    /// </summary>
    internal static bool IsNoSales(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var k = first - 1; k >= 0 && first - k <= 10; k--)
        {
            if (words[k].Lower is "bookings" && k > 0 && words[k - 1].Lower == "gross")
            {
                return true;
            }

            if (words[k].Lower == "turnover" && words.Any(w => w.Lower is "index" or "indexes" or "indices" or "bourse" or "exchange" or "trading"))
            {
                return true;
            }

            if (words[k].EndsPhrase && k < first - 1)
            {
                return false;
            }
        }

        return false;
    }
}
