using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Money that is none of the deal's metrics (other): debt, loans and credit facilities, buybacks, a company's own costs and
/// losses, what a takeover is worth, and money raised for funds ("a $1 billion syndicated senior secured credit facility", "iNovia
/// raises $600-million for two new funds"). A sale or a facility named right after the figure is read in MetricRules.Beside.cs.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns that make the money debt: "a five-year loan", "a credit facility", "a private credit deal".</summary>
    private static readonly HashSet<string> _eleventhDebtNouns = new(StringComparer.Ordinal)
    {
        "loan", "loans", "credit",
    };

    /// <summary>A company's own costs: "aggregate losses declined from Rs X", "employee benefit expenses contributed Rs X".</summary>
    private static readonly HashSet<string> _costNouns = new(StringComparer.Ordinal)
    {
        "losses", "loss", "cost", "expenses", "expense", "expenditure", "expenditures", "salaries", "salary", "payroll", "costs",
    };

    /// <summary>Words that make a figure money raised or invested, which a cost noun before them does not outweigh.</summary>
    private static readonly HashSet<string> _fundingWords = new(StringComparer.Ordinal)
    {
        "raise", "raised", "raising", "raises", "invest", "invested", "investing", "investment", "funding", "round", "valuation", "valued",
        "secured", "financing",
    };

    /// <summary>Givers that fund a fund, not a company: "from sovereign wealth funds, pension funds and institutional investors".</summary>
    private static readonly HashSet<string> _tenthFundGivers = new(StringComparer.Ordinal)
    {
        "pension", "pensions", "sovereign", "endowments", "endowment", "lps", "limited", "insurers", "institutional",
    };

    private static bool IsDebtAfter(IReadOnlyList<Word> words, int last) =>
        last + 2 < words.Count && words[last + 1].Lower is "in" or "of" && !words[last].EndsPhrase
        && Window(words, last + 2, 2).Any(w => w is "debt" or "loans" or "bonds" or "notes" or "credit" or "borrowings")
        && !Window(words, last + 2, 4).Any(w => w == "equity")
        // Since the reader-gaps sweep: "in convertible notes" is equity-like, as in the raised-totals and totals-to-date rules.
        && !(Window(words, last + 2, 2).Any(w => w is "convertible" or "convertibles") && !Window(words, last + 2, 4).Any(w => w == "senior"));

    /// <summary>"raised $222m in an initial public offering", "in a US IPO", "through its listing": a listing's proceeds (an equity offering or a share sale may be private).</summary>
    private static bool IsListingAfter(IReadOnlyList<Word> words, int last)
    {
        var next = SkipConversion(words, last);
        if (next + 1 >= words.Count || words[next].Lower is not ("in" or "through" or "via" or "from") || (next == last + 1 && words[last].EndsPhrase))
        {
            return false;
        }

        var window = Window(words, next + 1, 5).ToList();
        var end = window.FindIndex(w => w is "offering" or "ipo" or "listing" or "flotation");
        // "in an offering on the Shanghai Stock Exchange": an offering on an exchange is a listing.
        var onExchange = end >= 0 && Window(words, next + 1 + end, 8).Any(w => w is "exchange" or "nasdaq" or "nyse" or "bourse");
        return end >= 0 && (window[end] is not "offering" || (end > 0 && window[end - 1] == "public") || onExchange)
            && !window.Take(end).Any(w => w is "round" or "funding" or "series" or "private" or "pre-ipo");
    }

    private static bool ForAFund(IReadOnlyList<Word> words, int last) =>
        last + 1 < words.Count && words[last + 1].Lower == "for" && Window(words, last + 2, 4).Any(w => w is "fund" or "funds");

    /// <summary>"raise as much as $41 billion to buy back shares and reduce debt": money raised from assets, not a round.</summary>
    private static bool ForBuybackAfter(IReadOnlyList<Word> words, int last) =>
        last + 3 < words.Count && words[last + 1].Lower == "to" && words[last + 2].Lower is "buy" or "repay" or "reduce" or "pay"
        && words[last + 3].Lower is "back" or "debt" or "down" or "off";

    /// <summary>
    /// "Aggregate losses among these unicorns declined from Rs X", "employee benefit expenses contributed Rs X, including Rs Y in
    /// salaries": a cost of the company's own before the figure, with no raising or investing word between, is other.
    /// </summary>
    private static bool IsOwnCost(List<Word> words, int at, int floor)
    {
        for (var j = at - 1; j >= Math.Max(0, at - 20); j--)
        {
            if (_fundingWords.Contains(words[j].Lower))
            {
                return false;
            }

            if (_costNouns.Contains(words[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"industry insiders suggest the acquisition value is around $400 million": what a takeover is worth, other.</summary>
    private static (Metric? Metric, bool Found)? TenthTakeoverValue(List<Word> words, int first, int floor)
    {
        var i = first - 1;
        while (i >= Math.Max(floor, 0) && first - i <= 3 && words[i].Lower is "is" or "was" or "of" or "at" or "be" or "stood" or "estimated" or "put")
        {
            i--;
        }

        return i >= 1 && i < first - 1 && words[i].Lower is "value" or "price" && words[i - 1].Lower is "acquisition" or "takeover" or "buyout" or "purchase" or "merger"
            ? (null, true)
            : null;
    }

    /// <summary>
    /// "iNovia raises $600-million for two new funds" and "secured USD 50 billion in capital from sovereign wealth funds, pension funds": money
    /// raised for several funds, or from the kinds of giver that fund funds, is a fund's size, other ("raised $X for its Fund 15", one
    /// fund, stays a round as the older sets label it).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthFundRaise(List<Word> words, int first, int next, int floor)
    {
        if (first < 1 || first - 1 < floor || !_tenthRaiseVerbs.Contains(words[first - 1].Lower) || next >= words.Count || words[first - 1].EndsPhrase)
        {
            return null;
        }

        var window = Window(words, next, 6).ToList();
        var forAFund = window.Count >= 2 && window[0] == "for" && window.Skip(1).TakeWhile(w => w is "the" or "its" or "a" or "an" or "two" or "three" or "four" or "new"
            or "first" or "second" or "third" or "fourth" or "fifth" or "latest" or "next" or "flagship" or "venture" or "growth").Count() is var skip
            && skip + 1 < window.Count && window[skip + 1] is "funds" or "vehicles";
        // Two or more kinds of fund giver listed: "from sovereign wealth funds, pension funds, and institutional investors".
        var fromFundGivers = false;
        for (var i = next; i < words.Count && i - next < 4; i++)
        {
            if (words[i].Lower == "from")
            {
                fromFundGivers = i + 1 < words.Count && _tenthFundGivers.Contains(words[i + 1].Lower)
                    && words.Skip(i + 1).Take(10).Count(w => _tenthFundGivers.Contains(w.Lower)) >= 2;
                break;
            }
        }

        return forAFund || fromFundGivers ? (null, true) : null;
    }

    /// <summary>A buyback a few words before the figure: "buy back $40 billion worth of its own shares", "a share repurchase of $1 billion".</summary>
    private static bool EleventhBuyback(List<Word> words, int first, int floor) =>
        WordsBefore(first, floor, 5)
            .Any(k => (words[k].Lower == "back" && k >= 1 && words[k - 1].Lower is "buy" or "buys" or "bought" or "buying")
                || words[k].Lower is "buyback" or "buy-back" or "buybacks" or "repurchase" or "repurchases" or "repurchased" or "repurchasing");

    /// <summary>Debt taken on: "a $1 billion syndicated senior secured credit facility", "raise $3 billion through a five-year loan".</summary>
    private static (Metric? Metric, bool Found)? EleventhDebtTakenOn(List<Word> words, int last, int next)
    {
        if (words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        // The figure's own nouns ("$34 million GPU-backed loan"), or the instrument it is raised through ("through a five-year loan").
        var j = next < words.Count && words[next].Lower is "through" or "via" ? next + 1 : next;
        for (var k = j; k < words.Count && k - j < 7; k++)
        {
            var lower = words[k].Lower;
            // "a €1.3 million convertible loan from BII" turns into shares: an investment.
            if (lower is "equity" or "shares" or "stake" or "convertible" || (k > j && _stopAfterNoun.Contains(lower)))
            {
                return null;
            }

            if (_eleventhDebtNouns.Contains(lower) || lower.EndsWith("-loan", StringComparison.Ordinal))
            {
                return (null, true);
            }

            if (words[k].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }
}
