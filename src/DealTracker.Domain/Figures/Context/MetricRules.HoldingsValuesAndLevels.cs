using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-fifth session's second round (from the misses of issue179–180, read after their unseen measure): classes of the
/// conventions read last among the conventions' classes.
/// <list type="bullet">
/// <item>Stakes or shares bought "at a value of" the figure are the buyer's investment (M1, M11), a loan "at a value of" it is other (M6):
/// "ADQ recently bought large stakes in five Egyptian companies at a value of $1.8 billion" (was a valuation).</item>
/// <item>Shares a holder has, worth the figure, are a stake's worth (M11): "The fund has 5.6 million Take-Two Interactive shares worth
/// roughly $996 million"; shares bought "totaling" the figure are the buyer's investment.</item>
/// <item>Money earmarked or set aside to buy a company or for a company's own expansion is no investment (M1, M3): "has earmarked $13
/// billion to acquire a major game publisher", "has earmarked $60 million for its expansion to Istanbul".</item>
/// <item>Many companies or teams valued at the figure are a total (M4): "Sixty-two major North American sports teams, valued at $179.7
/// billion"; money several raised "collectively" too: "three major studios … had collectively landed $925 million".</item>
/// <item>A market's funding that "remained steady at" the figure is a level (M4): "equity funding remained steady at $2.2 billion".</item>
/// <item>A lettered round's worth is its size (M5): "drawing in $47.5 million worth of series C funding".</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Plural nouns of many organisations valued together.</summary>
    private static readonly HashSet<string> _manyValuedNouns = new(StringComparer.Ordinal)
    {
        "firms", "companies", "teams", "startups", "start-ups", "businesses", "clubs", "franchises", "unicorns", "assets", "holdings",
    };

    /// <summary>The metric after the classes above, <paramref name="metric"/> when none applies.</summary>
    private static Metric? HoldingsValuesAndLevelsReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        var words = sentence.Words;
        if (first < 2 || last >= words.Count)
        {
            return metric;
        }

        if (metric is Metric.Valuation or null && AtAValueOf(words, first) is { Found: true } atValue)
        {
            return atValue.Metric;
        }

        if (metric is null && (HeldSharesWorth(words, first) || SharesBoughtTotaling(words, first)))
        {
            return Metric.Investment;
        }

        if (metric is Metric.Investment && IsEarmarkedForABuyOrGrowth(words, first, last))
        {
            return null;
        }

        if (metric is Metric.Valuation or Metric.RoundSize && (ManyValuedAt(words, first) || Window(words, Math.Max(0, first - 3), Math.Min(3, first)).Contains("collectively")))
        {
            return null;
        }

        if (metric is Metric.RoundSize && RemainedSteadyAt(words, first))
        {
            return null;
        }

        return metric is null && LetteredRoundWorth(words, last) ? Metric.RoundSize : metric;
    }

    /// <summary>"bought large stakes … at a value of $X": investment; "a loan … at a value of $X": other (null in the tuple's metric).</summary>
    private static (Metric? Metric, bool Found) AtAValueOf(List<Word> words, int first)
    {
        var k = WordBeforeHedges(words, first, keepArticles: true);

        if (k < 3 || words[k].Lower != "of" || words[k - 1].Lower != "value")
        {
            return (null, false);
        }

        var article = words[k - 2].Lower is "total" or "combined" or "aggregate" or "estimated" ? k - 3 : k - 2;
        if (article < 1 || words[article].Lower is not ("a" or "an") || words[article - 1].Lower is not ("at" or "with"))
        {
            return (null, false);
        }

        var clause = words.Skip(Math.Max(0, article - 16)).Take(Math.Min(16, article - 1)).Select(w => w.Lower).ToList();
        if (clause.Any(w => w is "loan" or "loans" or "facility" or "credit" or "debt"))
        {
            return (null, true);
        }

        var bought = clause.Any(w => w is "bought" or "buys" or "buy" or "acquired" or "purchased" or "purchase" or "acquire");
        return (Metric.Investment, bought && clause.Any(w => w is "stake" or "stakes" or "shares" or "rights" or "holding" or "holdings"));
    }

    /// <summary>"The fund has 5.6 million Take-Two Interactive shares worth roughly $996 million": a holder's shares worth the figure.</summary>
    private static bool HeldSharesWorth(List<Word> words, int first)
    {
        var worth = WordBeforeHedges(words, first);

        if (worth < 3 || words[worth].Lower != "worth" || words[worth - 1].Lower is not ("shares" or "stock"))
        {
            return false;
        }

        for (var k = worth - 2; k >= Math.Max(0, worth - 8); k--)
        {
            // "has 5.6 million … shares": the holding verb right before a count of shares.
            if (words[k].Lower is "has" or "holds" or "owns" or "had" or "held" or "owned")
            {
                return k + 1 < worth && char.IsDigit(words[k + 1].Core.FirstOrDefault());
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"has agreed to purchase 21 million … of shares of Glu Mobile Inc., totaling US$126 million": shares bought, then their total.</summary>
    private static bool SharesBoughtTotaling(List<Word> words, int first)
    {
        if (words[first - 1].Lower is not ("totaling" or "totalling" or "amounting" or "worth"))
        {
            return false;
        }

        var clause = words.Skip(Math.Max(0, first - 16)).Take(Math.Min(16, first - 1)).Select(w => w.Lower).ToList();
        return clause.Any(w => w is "purchase" or "buy" or "bought" or "purchased" or "acquire" or "acquired") && clause.Any(w => w is "shares" or "stake")
            && !clause.Any(w => w is "sell" or "sold" or "selling" or "sale");
    }

    /// <summary>"has earmarked $13 billion to acquire a major game publisher", "earmarked $60 million for its expansion".</summary>
    private static bool IsEarmarkedForABuyOrGrowth(List<Word> words, int first, int last)
    {
        var verb = WordBeforeHedges(words, first);

        if (words[verb].Lower is not ("earmarked" or "earmarks" or "earmark" or "allocated" or "allocates" or "set" or "aside"))
        {
            return false;
        }

        var after = SkipConversion(words, last);
        var tail = Window(words, after, 4).ToList();
        return tail.Count >= 2 && ((tail[0] == "to" && tail[1] is "acquire" or "buy" or "purchase")
            || (tail[0] == "for" && tail.Skip(1).Take(2).Any(w => w is "expansion" or "acquisitions" or "growth" or "operations" or "capex" or "marketing" or "hiring")));
    }

    /// <summary>"Sixty-two major North American sports teams, valued at $179.7 billion", "holds about 100 local firms valued at USD 251 bn".</summary>
    private static bool ManyValuedAt(List<Word> words, int first)
    {
        var at = WordBeforeHedges(words, first);

        // "companies valued at over $1billion", "valued at more than $50 million": a threshold each company passes, a valuation.
        if (at < 2 || words[at].Lower != "at" || words[at - 1].Lower != "valued" || Window(words, at + 1, 3).Any(w => w is "over" or "more" or "above" or "least" or "upwards" or "beyond" or "than"))
        {
            return false;
        }

        var noun = at - 2;
        if (!_manyValuedNouns.Contains(words[noun].Lower))
        {
            return false;
        }

        // A count before the noun: "100 local firms", "Sixty-two major … teams".
        for (var k = noun - 1; k >= Math.Max(0, noun - 5) && !words[k].EndsPhrase; k--)
        {
            if (char.IsDigit(words[k].Core.FirstOrDefault()) || _numberWords.Contains(words[k].Lower.Split('-')[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"equity funding remained steady at $2.2 billion": a market's funding level.</summary>
    private static bool RemainedSteadyAt(List<Word> words, int first)
    {
        var at = WordBeforeHedges(words, first);

        return at >= 3 && words[at].Lower == "at" && words[at - 1].Lower is "steady" or "stable" or "flat" or "unchanged"
            && words[at - 2].Lower is "remained" or "remain" or "remains" or "stayed" or "stays" or "held"
            && Window(words, Math.Max(0, at - 6), Math.Min(4, at - 2)).Any(w => w is "funding" or "investment" or "investments" or "financing" or "amounts");
    }

    /// <summary>"$47.5 million worth of series C funding": a lettered round right after "worth of".</summary>
    private static bool LetteredRoundWorth(List<Word> words, int last)
    {
        var after = SkipConversion(words, last);
        return after + 3 < words.Count && words[after].Lower == "worth" && words[after + 1].Lower == "of" && words[after + 2].Lower == "series"
            && words[after + 3].Core.Length is 1 or 2 && char.IsLetter(words[after + 3].Core[0]);
    }
}
