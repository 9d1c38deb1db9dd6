using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Valuations: what a company is worth ("valued Interswitch at $1B", "was valued at $95 billion in that round", "an equity value
/// of $X", "The startup, now worth $10 billion"), and what is not one: a listed company's market value, a deal's value, a holding's
/// worth, the price a raise is at.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>
    /// A valuation that is a listed company's market value: the sentence speaks of market capitalization before the figure.
    /// </summary>
    private static bool IsMarketValue(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;

        // "more than twice the $12.4bn valuation achieved in its most recent fundraising round": a round's valuation, compared with it.
        var next = SkipConversion(words, last);
        if (next < words.Count && words[next].Lower == "valuation"
            && words.Skip(next + 1).Any(w => w.Lower is "round" or "fundraising" or "fund-raising" or "funding" or "financing"))
        {
            return false;
        }

        for (var i = 1; i < first; i++)
        {
            if (words[i - 1].Lower is "market" or "stock-market" && words[i].Lower is "capitalization" or "capitalisation" or "capitalizations" or "cap" or "value")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The startup, now worth $10 billion", "the round priced the startup at $10 billion": a company's price is its valuation; a
    /// share's price or a market's worth is not.
    /// </summary>
    private static bool PricesACompany(IReadOnlyList<Word> words, int i)
    {
        // "Microsoft's stake in the startup is now worth $X": a holding's worth.
        if (words.Any(w => w.Lower is "share" or "shares" or "stock" or "market" or "each" or "apiece" or "per" or "fortune" or "net")
            || words.Take(i).Any(w => w.Lower is "stake" or "stakes" or "holding" or "holdings"))
        {
            return false;
        }

        var j = i - 1;
        while (j >= 0 && words[j].Lower is "is" or "was" or "be" or "been" or "now" or "already" or "were" or "are" or "reportedly")
        {
            j--;
        }

        var subject = j >= 0 ? words[j].Lower : "";
        var objectNoun = i + 2 < words.Count && words[i + 1].Lower is "the" or "it" or "its" ? words[i + 2].Lower : "";
        // A listed company is worth its market value; a startup is worth what its last round priced it at, and so is a company in a
        // sentence about its round ("Including the new money, Anthropic is worth $183 billion").
        var aboutARound = j >= 0 && words[j].IsCapitalised && words.Any(w => w.Lower is "round" or "funding" or "raise" or "raised" or "raising" or "money");
        return words[i].Lower == "worth" ? IsStartupNoun(subject) || aboutARound
            : IsStartupNoun(subject) || Lexicon.CompanyNouns.Contains(subject) || IsStartupNoun(objectNoun) || Lexicon.CompanyNouns.Contains(objectNoun)
              || (i + 1 < words.Count && words[i + 1].Lower == "it")
              || (words[i].Lower == "priced" && i + 1 < words.Count && words[i + 1].IsCapitalised); // "priced Swiggy at $X"
    }

    private static bool IsStartupNoun(string lower) => lower is "startup" or "start-up" or "business" or "unicorn" or "venture";

    /// <summary>"a cloud deal worth $X", "the agreement is valued at $X": the value of a deal, not of a company.</summary>
    private static bool IsDealValued(SentenceWords sentence, int cueAt)
    {
        var words = sentence.Words;
        var lower = words[cueAt].Lower;
        // "bringing the total value of the contract to $22.4 billion": the value of a deal named after "value of".
        if (lower == "value" && cueAt + 1 < words.Count && words[cueAt + 1].Lower == "of"
            && Window(words, cueAt + 2, 5).Any(w => _dealNouns.Contains(w) && w is not ("commitment" or "order")))
        {
            return true;
        }

        if (lower is not ("valued" or "worth"))
        {
            return false;
        }

        for (var i = cueAt - 1; i >= Math.Max(0, cueAt - 8); i--)
        {
            if (_dealNouns.Contains(words[i].Lower) || words[i].Lower is "acquisition" or "takeover" or "merger" or "purchase" or "transaction")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Berkshire's Japanese holdings were valued at $23.5 billion": what a stake is worth, not what a company is.</summary>
    private static bool IsHoldingValued(SentenceWords sentence, int cueAt)
    {
        var words = sentence.Words;
        if (words[cueAt].Lower != "valued")
        {
            return false;
        }

        for (var i = cueAt - 1; i >= Math.Max(0, cueAt - 3); i--)
        {
            if (words[i].Lower is "holdings" or "holding" or "stake" or "stakes" or "portfolio" or "assets" or "shares" or "position" or "positions"
                or "fund" or "funds")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in a deal that valued Interswitch at $1B": a company valued at the figure, whatever stake was sold before.</summary>
    private static (Metric? Metric, bool Found)? ValuedAt(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        if (first < 3 || first - 1 < floor || words[first - 1].Lower != "at")
        {
            return null;
        }

        for (var j = first - 2; j >= Math.Max(floor, first - 5); j--)
        {
            if (words[j].Lower is "valued" or "values" or "valuing" && j + 1 <= first - 2 && (j == 0 || words[j - 1].Lower is not ("market" or "was" or "were")))
            {
                var between = words.Skip(j + 1).Take(first - 2 - j).ToList();
                var company = between.Any(w => w.IsCapitalised || w.Lower is "it" or "company" or "startup" or "firm");
                return company && !between.Any(w => w.Lower is "stake" or "stakes" or "holding" or "holdings" or "shares" or "portfolio" or "fund" or "assets")
                    ? (Metric.Valuation, true) : null;
            }

            if (words[j].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"The startup is now in talks to raise at $21B": the price a raise is at, not its size.</summary>
    private static (Metric? Metric, bool Found)? TenthRaiseAt(List<Word> words, int first, int floor) =>
        first >= 2 && first - 2 >= floor && words[first - 1].Lower == "at" && words[first - 2].Lower is "raise" or "raising" or "raised" or "raises"
            ? (Metric.Valuation, true)
            : null;

    /// <summary>
    /// "an equity value of 4.91 trillion rupees", "at an enterprise value of $75 billion", "a pre-money equity value of $X": what a stake deal
    /// values the company at; a takeover's enterprise value ("acquired 100% … for an enterprise value of $X") is its price, left to the older rules.
    /// </summary>
    private static (Metric? Metric, bool Found)? TwelfthEquityOrEnterpriseValue(List<Word> words, int first) =>
        first >= 3 && words[first - 1].Lower is "of" or "at" && words[first - 2].Lower == "value" && words[first - 3].Lower is "equity" or "enterprise"
        && !IsMajorityOrTakeover(words)
            ? (Metric.Valuation, true)
            : null;

    /// <summary>
    /// "was valued at $95 billion in that round", "is being valued at $2.5 billion in a new funding round", "was last valued at $400 million
    /// after closing $100 million in series B funding": what the company is worth, though a round is named after the figure in its clause.
    /// </summary>
    private static (Metric? Metric, bool Found)? ThirteenthValuedInRound(List<Word> words, int first, int next)
    {
        if (first < 2 || words[first - 1].Lower != "at" || words[first - 2].Lower != "valued" || words[first - 1].EndsPhrase
            || next >= words.Count || words[next - 1].EndsPhrase)
        {
            return null;
        }

        for (var k = next; k < words.Count && k <= next + 8; k++)
        {
            if (_roundNouns.Contains(words[k].Lower))
            {
                return (Metric.Valuation, true);
            }

            if (words[k].EndsPhrase)
            {
                break;
            }
        }

        return null;
    }
}
