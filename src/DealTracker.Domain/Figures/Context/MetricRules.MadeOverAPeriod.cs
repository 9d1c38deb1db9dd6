namespace DealTracker.Domain.Figures.Context;

internal static partial class MetricRules
{
    /// <summary>Verbs of money a business or a product makes: "Keytruda made $18.4 billion in the first nine months".</summary>
    private static readonly HashSet<string> _makingVerbs = new(StringComparer.Ordinal)
    {
        "made", "makes", "generated", "generates", "earned", "earns", "grossed", "grosses",
    };

    /// <summary>Words of a period after "in", "during", "over" or "for": "in the first nine months", "in 2023", "during the quarter".</summary>
    private static readonly HashSet<string> _salesPeriodWords = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "last", "past", "previous", "latest", "fiscal", "financial", "quarter", "quarters", "year", "years",
        "months", "half", "period", "q1", "q2", "q3", "q4", "h1", "h2", "nine", "six", "three", "twelve", "12",
    };

    /// <summary>Kinds of money after the figure that are no sales: "in operating income", "in profit", "in funding".</summary>
    private static readonly HashSet<string> _notSalesWords = new(StringComparer.Ordinal)
    {
        "profit", "profits", "income", "earnings", "ebitda", "loss", "losses", "funding", "investment", "investments", "capital", "dividends",
        "fees", "savings", "cash", "returns", "gains", "salary", "pay", "bonus", "compensation",
    };

    /// <summary>
    /// Since the thirtieth session: money a company or a product made, generated or earned over a period is its sales (M8): "Merck’s
    /// blockbuster cancer drug Keytruda made $18.4 billion in the first nine months of the year". Not a person's pay ("its chief executive
    /// makes $100m a year"), nor profit, income or funding named after the figure.
    /// </summary>
    /// <summary>
    /// Since the thirty-first session: money a market, a unit or a site contributed to a company's sales is revenue (M8): "The Greek market
    /// contributed €2.85 billion to Deutsche Telekom's €74.9 billion top line", "the three sites contributed around INR770m ($11m) to McLeod
    /// Russel’s turnover".
    /// </summary>
    private static bool IsContributedToSales(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb >= 0 && first - verb <= 3 && words[verb].Lower is "about" or "around" or "nearly" or "almost" or "roughly" or "some" or "more"
            or "than" or "over" or "an" or "estimated" or "approximately" or "just" or "under")
        {
            verb--;
        }

        if (verb < 0 || words[verb].Lower is not ("contributed" or "contributes" or "contribute" or "contributing" or "added" or "adds") || words[verb].EndsPhrase)
        {
            return false;
        }

        var to = SkipConversion(words, last);
        if (to >= words.Count || words[to].Lower != "to" || (words[last].EndsPhrase && to == last + 1))
        {
            return false;
        }

        for (var k = to + 1; k < words.Count && k - to <= 8; k++)
        {
            if (words[k].Lower is "turnover" or "revenue" or "revenues" or "sales" || (words[k].Lower is "line" && words[k - 1].Lower == "top")
                || words[k].Lower is "topline")
            {
                return true;
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsMadeOverAPeriod(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb >= 0 && first - verb <= 4 && words[verb].Lower is "about" or "around" or "nearly" or "almost" or "roughly" or "some" or "more"
            or "than" or "over" or "an" or "estimated" or "approximately" or "just" or "under" or "a" or "record")
        {
            verb--;
        }

        if (verb < 1 || !_makingVerbs.Contains(words[verb].Lower) || words[verb].EndsPhrase || sentence.NameAt[verb - 1] is { Kind: NameKind.Person }
            || words.Any(w => _notSalesWords.Contains(w.Lower)))
        {
            return false;
        }

        var i = SkipConversion(words, last);
        if (words[last].EndsPhrase || i + 1 >= words.Count || words[i].Lower is not ("in" or "during" or "over" or "for" or "last" or "this" or "from"))
        {
            return false;
        }

        if (words[i].Lower is "last" or "this")
        {
            return words[i + 1].Lower is "year" or "quarter";
        }

        // Since the forty-seventh session: made from selling something ("Unacademy made Rs 7.92 crore from sale of educational material").
        if (words[i].Lower == "from")
        {
            var sold = words[i + 1].Lower is "the" or "its" && i + 2 < words.Count ? i + 2 : i + 1;
            return words[sold].Lower is "sale" or "sales" or "selling" or "advertising" or "ads" or "subscriptions" or "subscription" or "licensing";
        }

        // Since the forty-seventh session, past a possessive period too: "Google made $61.9 billion in this year's second quarter".
        var k = words[i + 1].Lower is "the" or "its" ? i + 2 : i + 1;
        if (k + 1 < words.Count && words[k].Lower is "this" or "last" && ((words[k + 1].Lower == "year" && words[k + 1].Possessive) || words[k + 1].Lower == "fiscal"))
        {
            k += 2;
        }

        return k < words.Count && (_salesPeriodWords.Contains(words[k].Lower) || (words[k].Core.Length == 4 && int.TryParse(words[k].Core, out var year) && year is >= 1990 and <= 2100));
    }
}
