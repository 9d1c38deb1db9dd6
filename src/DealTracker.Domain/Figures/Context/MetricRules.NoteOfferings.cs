namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-seventh session: an issuer's offering of notes as its own announcements and the wires copying them write it, a round
/// size (convention M5: "convertible, debt offering, bond sale"), for money the bond-sale rules (<c>MetricRules.BondSales.cs</c>) left as
/// other:
/// <list type="bullet">
/// <item>the principal amount: "a private offering of $400 million aggregate principal amount of convertible senior notes due 2031", "a
/// private placement of senior unsecured convertible notes in an aggregate principal value of USD 1 billion";</item>
/// <item>the series of an offering named before them: "intends to offer the convertible notes in two series: $1 billion in notes due 2030
/// and $1 billion in notes due 2032";</item>
/// <item>the buyers' option on more of the same securities: "an option to buy up to an additional $60 million of notes".</item>
/// </list>
/// Notes repaid, redeemed, repurchased, tendered or outstanding are debt owed, and stay other.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words of a principal amount around the figure: "aggregate principal amount of", "in an aggregate principal value of".</summary>
    private static readonly HashSet<string> _principalWords = new(StringComparer.Ordinal) { "in", "an", "aggregate", "principal", "amount", "value" };

    /// <summary>Words that make notes debt owed rather than sold: "to repay its notes", "the outstanding notes", "holders may require repurchase".</summary>
    private static readonly HashSet<string> _debtOwedWords = new(StringComparer.Ordinal)
    {
        "repay", "repaid", "repaying", "repayment", "redeem", "redeemed", "redeeming", "redemption", "repurchase", "repurchased", "repurchases",
        "refinance", "refinancing", "outstanding", "holders", "tender",
    };

    /// <summary>Words before the figure that offer securities: "offer", "offering", "placement", "priced", "upsized".</summary>
    private static readonly HashSet<string> _offeringWords = new(StringComparer.Ordinal)
    {
        "offer", "offers", "offered", "offering", "offerings", "placement", "upsized", "upsizes", "upsize",
    };

    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> sizes its issuer's offering of notes (see the class summary).</summary>
    private static bool IsNoteOffering(List<Word> words, int first, int last)
    {
        if (words.Any(w => _debtOwedWords.Contains(w.Lower)))
        {
            return false;
        }

        // "orders for as many as US$126bil of Oracle bonds", "a record $4.8 billion of Eurobonds last year", "US companies have sold $1.7tn of
        // investment-grade bonds in 2025", "which have collectively sold about $19.3 billion of high-grade bonds": an order book, a year's sales
        // or many issuers' total (convention M4); notes "due in 2029" name no period.
        var after = words.Skip(SkipConversion(words, last)).Take(16).ToList();
        var next = after.Select(w => w.Lower).ToList();
        if (words.Take(first).TakeLast(6).Any(w => w.Lower is "orders" or "order" or "bids" or "demand" or "expected" or "programme" or "program" or "record"
            or "collectively" or "together" or "combined")
            || words.Take(first).Any(w => _manyReceiverNouns.Contains(w.Lower) || w.Lower is "issuers" or "borrowers" or "governments" or "countries")
            || next.Take(10).Any(w => w is "year" or "years")
            || NamesAPeriodYear(after))
        {
            return false;
        }

        // "$400 million aggregate principal amount of convertible senior notes"; "offer the convertible notes in two series: $1 billion in notes
        // due 2030", where a word before the figure offers them.
        var principal = next.TakeWhile(_principalWords.Contains).Count();
        principal = next.Take(principal).Contains("principal") ? principal : 0;
        var offered = words.Take(first).Any(w => _offeringWords.Contains(w.Lower) || _bondSellingVerbs.Contains(w.Lower));
        if ((principal > 0 || offered) && IsBondNounAfter(next.Skip(principal).ToList()))
        {
            return true;
        }

        // "convertible notes in an aggregate principal value of USD 1 billion": the principal amount named before the figure, notes before it.
        var v = first - 1;
        while (v > 0 && (_principalWords.Contains(words[v].Lower) || words[v].Lower is "of" or "a" or "total") && !words[v - 1].EndsPhrase)
        {
            v--;
        }

        if (words.Skip(v).Take(first - v).Any(w => w.Lower == "principal") && words.Take(v + 1).TakeLast(8).Any(w => _bondNouns.Contains(w.Lower) && w.Lower != "debt"))
        {
            return true;
        }

        // "an option to buy up to an additional $60 million of notes": the buyers' option on more of the offering.
        return first >= 2 && words[first - 1].Lower == "additional" && words.Take(first).TakeLast(9).Any(w => w.Lower is "option" or "options")
            && (IsBondNounAfter(next) || (next.Count >= 2 && next[0] is "of" or "in" && next.Skip(1).Take(4).Any(w => w is "shares" or "stock")));
    }

    /// <summary>"in 2025", "during 2024" in the ten words after the figure: a period, unless it is when notes fall due ("due in 2029").</summary>
    private static bool NamesAPeriodYear(List<Word> after)
    {
        for (var k = 1; k < Math.Min(11, after.Count); k++)
        {
            if (IsYear(after[k]) && after[k - 1].Lower is "in" or "during" or "since" or "through"
                && (k < 2 || after[k - 2].Lower is not ("due" or "maturing" or "mature" or "matures")))
            {
                return true;
            }
        }

        return false;
    }
}
