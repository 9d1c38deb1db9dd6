using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the stake-sales sweep: what a seller gets for a holding when no one buyer takes a minority of a company. Shares sold on the market
/// ("through a block trade", "in the IPO", "on the open market") are other (a whole holding sold with no share given, "plans to sell its entire stake in
/// … for around INR 100,000 million", stays an investment as the corpus labels it); "is seeking to raise as much as $3.74 billion by selling its stake in … JD.com" is the
/// price of a stake in another company, an investment whose buyer is not named (the corpus's label, blind51).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words that put a sale on the market: "block trade", "IPO", "initial public offering", "open market", "bookbuild".</summary>
    private static bool IsMarketCue(List<Word> words, int j)
    {
        var (word, after) = (words[j].Lower, j + 1 < words.Count ? words[j + 1].Lower : "");
        return (word is "block" or "bulk" && after is "trade" or "trades" or "deal" or "deals" or "sale") || word is "ipo" or "bookbuild" or "book-build"
            || (word == "public" && after is "offering" or "offerings" or "listing") || (word == "open" && after == "market");
    }

    /// <summary>The sellers'-proceeds reading of the figure, or null when the figure is no seller's proceeds.</summary>
    private static (Metric? Metric, bool Found)? SellersProceedsReading(List<Word> words, int first, int last)
    {
        var verb = ClauseSaleVerb(words, first, last);
        if (verb < 0)
        {
            return null;
        }

        var (from, to) = (ClauseStart(words, verb), ClauseEnd(words, last));
        // "selling $100 million of stock at its IPO price to Spring Creek Capital": a buyer named after "to" takes the shares.
        var range = Enumerable.Range(from, to - from);
        if (range.Any(j => IsMarketCue(words, j)) && !range.Any(j => words[j].Lower == "to" && j + 1 < words.Count && words[j + 1].IsCapitalised))
        {
            return (null, true);
        }

        return IsStakeProceedsRaised(words, first, last) ? (Metric.Investment, true) : null;
    }

    /// <summary>A selling word with a stake or shares in the figure's clause, before or right after it; -1 when none.</summary>
    private static int ClauseSaleVerb(List<Word> words, int first, int last)
    {
        for (var j = first - 1; j >= Math.Max(0, first - 16) && !(words[j].EndsPhrase && !words[j].InBrackets); j--)
        {
            if (_sellWords.Contains(words[j].Lower) || words[j].Lower is "selling" or "offloading")
            {
                return j;
            }
        }

        for (var j = last + 1; j < words.Count && j <= last + 4 && !words[j - 1].EndsPhrase; j++)
        {
            if (words[j].Lower is "selling" or "offloading" or "divesting")
            {
                return j;
            }
        }

        return -1;
    }

    private static int ClauseStart(List<Word> words, int verb)
    {
        var j = verb;
        while (j > 0 && !words[j - 1].EndsPhrase)
        {
            j--;
        }

        return j;
    }

    private static int ClauseEnd(List<Word> words, int last)
    {
        var j = last;
        while (j < words.Count - 1 && !(words[j].EndsPhrase && !words[j].InBrackets))
        {
            j++;
        }

        return j + 1;
    }

    /// <summary>"raise as much as $3.74 billion by selling its stake in Chinese e-commerce firm JD.com": a holding in another company sold.</summary>
    internal static bool IsStakeProceedsRaised(List<Word> words, int first, int last)
    {
        var r = first - 1;
        while (r > 0 && words[r].Lower is "as" or "much" or "up" or "to" or "about" or "around" or "nearly" or "roughly" or "some" or "over")
        {
            r--;
        }

        var next = SkipConversion(words, last);
        if (r < 0 || words[r].Lower is not ("raise" or "raises" or "raised" or "raising") || next + 4 >= words.Count || words[last].EndsPhrase
            || words[next].Lower != "by" || words[next + 1].Lower is not ("selling" or "offloading" or "divesting"))
        {
            return false;
        }

        var own = words[next + 2].Lower is "its" or "his" or "her" or "their" or "part" or "some" or "a";
        var stake = Enumerable.Range(next + 2, 4).Any(j => j < words.Count && words[j].Lower is "stake" or "holding" or "shareholding");
        var inAnother = Enumerable.Range(next + 3, 5).Any(j => j < words.Count && words[j].Lower == "in");
        var toBuyer = Enumerable.Range(next + 3, 12).Any(j => j < words.Count && words[j].Lower == "to");
        return own && stake && inAnother && !toBuyer;
    }
}
