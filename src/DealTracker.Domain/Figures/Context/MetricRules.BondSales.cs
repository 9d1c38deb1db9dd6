using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// A bond sale the issuer itself makes is a round size (convention M5: "debt offering, bond sale"), whoever the issuer is — a company,
/// a state bank or a country — read after every metric rule for money the other rules left as other:
/// <list type="bullet">
/// <item>the issuer sold, issued or priced the figure of securities ("Nigeria sold $1.25 billion of 12-year securities", "BOI has issued
/// a €700 million Eurobond", "began the sale of a $2.3 billion Eurobond");</item>
/// <item>the figure is the sale of debt ("The €12bn sale of 15-year debt", "a sale of 12 billion euros of securities maturing in
/// 2037");</item>
/// <item>the issuer raised the figure in a bond issue ("Kenya raised $2.1 billion during a Eurobond issuance").</item>
/// </list>
/// An order book ("more than €135bn of orders"), bonds bought or held ("bought $5 billion of Treasuries"), a programme of many sales
/// ("the first of an expected €250bn of green bonds") and many issuers' total ("US companies have sold $1.7tn of investment-grade bonds in
/// 2025") stay other.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of securities an issuer sells: "bonds", "Eurobond", "securities", "sukuk".</summary>
    private static readonly HashSet<string> _bondNouns = new(StringComparer.Ordinal)
    {
        "bond", "bonds", "eurobond", "eurobonds", "securities", "sukuk", "sukuks", "debentures", "notes", "gilts", "debt",
    };

    /// <summary>Verbs of an issuer selling its securities: "sold", "issued", "priced".</summary>
    private static readonly HashSet<string> _bondSellingVerbs = new(StringComparer.Ordinal)
    {
        "sold", "sell", "sells", "selling", "issued", "issue", "issues", "issuing", "priced", "prices", "pricing", "marketed", "markets",
        "marketing", "placed", "launched", "launches", "auction", "auctions", "auctioned", "auctioning", "place", "places", "placing",
    };

    /// <summary>Nouns of one sale of securities: "sale", "issuance", "offering".</summary>
    private static readonly HashSet<string> _bondSaleNouns = new(StringComparer.Ordinal) { "sale", "issue", "issuance", "offering", "auction" };

    /// <summary>The metric after the bond-sale cues: a round size for an issuer's own bond sale the other rules read as other.</summary>
    private static Metric? BondSaleReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        var words = sentence.Words;
        if (metric is not null)
        {
            return metric;
        }

        var after = SkipConversion(words, last);
        var next = words.Skip(after).Take(12).Select(w => w.Lower).ToList();

        // "more than €135bn of orders", "the first of an expected €250bn of green bonds": an order book or a programme of many sales.
        if (next.Take(3).Any(w => w is "orders" or "order" or "bids" or "demand" or "subscriptions") || words.Take(first).TakeLast(4).Any(w => w.Lower is "expected" or "programme" or "program"))
        {
            return metric;
        }

        var v = first - 1;
        while (v > 0 && words[v].Lower is "a" or "an" or "about" or "around" or "roughly" or "nearly" or "some" or "approximately" or "another" or "further" or "additional" or "of" or "the" or "its" or "new"
            or "total" or "combined"
            && !words[v - 1].EndsPhrase)
        {
            v--;
        }

        // "US companies have sold $1.7tn of investment-grade bonds in 2025": many issuers' total (convention M4).
        if (words.Skip(Math.Max(0, v - 4)).Take(Math.Min(4, v)).Any(w => _manyReceiverNouns.Contains(w.Lower) || w.Lower is "issuers" or "borrowers" or "governments" or "countries" or "sovereigns"))
        {
            return metric;
        }

        // Since the twenty-eighth session: "placed $1.5 billion in debt", "sold $2 billion of debt": debt after a verb of selling it is a
        // sale of debt, not debt owed.
        var bondAfter = IsBondNounAfter(next) || (_bondSellingVerbs.Contains(words[v].Lower) && next.Count >= 2 && next[0] is "of" or "in" && next[1] == "debt");

        // "Nigeria sold $1.25 billion of 12-year securities", "BOI has issued a €700 million Eurobond", "began the sale of a $2.3 billion Eurobond".
        if (bondAfter && (_bondSellingVerbs.Contains(words[v].Lower) || _bondSaleNouns.Contains(words[v].Lower)))
        {
            return Metric.RoundSize;
        }

        // Since the twenty-ninth session: "issued $800 million of 3.85 percent, 10-year notes … and $700 million of 5.15 percent, 30-year
        // securities" (a second amount of the same sale); "Microsoft's $750 million of 2.5 percent, five-year notes sold on Feb. 3" (an
        // issuer's bonds, sold after).
        if (bondAfter && ((words[v].Lower == "and" && words.Take(v).TakeLast(20).Any(w => _bondSellingVerbs.Contains(w.Lower)))
            || (words[v].Possessive && words[v].IsCapitalised && v == first - 1 && next.Skip(2).Take(8).Any(w => w is "sold" or "issued" or "priced"))))
        {
            return Metric.RoundSize;
        }

        // "The €12bn sale of 15-year debt".
        if (next.Count >= 3 && _bondSaleNouns.Contains(next[0]) && next[1] == "of" && next.Skip(2).Take(3).Any(_bondNouns.Contains))
        {
            return Metric.RoundSize;
        }

        // Since the twenty-fifth session: one bond's own size, read from the bond's noun phrase (MetricRules.BondSizes.cs).
        if (IsOneBondsSize(sentence, first, last))
        {
            return Metric.RoundSize;
        }

        // Since the thirty-fifth session: a tranche of notes priced or sold after it, or resized ("There was $900 million of 3.5% 10-year
        // notes priced at 98.73", "the 10-year tranche was cut from $3.75 billion"; MetricRules.BondTranches.cs).
        if (IsBondTranche(words, first, last))
        {
            return Metric.RoundSize;
        }

        // Since the twenty-ninth session: "raised 5.755 billion riyals in sukuk", "issued corporate bonds worth 100 billion won", "the 500
        // billion won issue", "double its issuance volume to 1 trillion won", "the first tranche has a size of" (MetricRules.BondIssues.cs).
        if (IsBondIssueShape(words, first, last, v, next))
        {
            return Metric.RoundSize;
        }

        // "Kenya raised $2.1 billion during a Eurobond issuance", "raised $1 billion in a bond sale", "raised $1.5 billion from a sale of bonds".
        var tail = next.Skip(1).Take(5).ToList();
        // Since the twenty-ninth session: "raised €5.99 billion from the sale of its 20-year green bond": qualifiers after the sale's "of".
        var saleOf = tail.IndexOf("of");
        if (words[v].Lower is "raised" or "raise" or "raises" or "raising" && next.Count >= 2 && next[0] is "from" or "in" or "through" or "via"
            && saleOf >= 1 && _bondSaleNouns.Contains(tail[saleOf - 1]) && IsBondNounAfter(next.Skip(1 + saleOf).ToList()))
        {
            return Metric.RoundSize;
        }

        return words[v].Lower is "raised" or "raise" or "raises" or "raising"
            && next.Count >= 2 && next[0] is "during" or "in" or "through" or "via" or "from"
            && (tail.Zip(tail.Skip(1)).Any(p => _bondNouns.Contains(p.First) && _bondSaleNouns.Contains(p.Second))
                || tail.Zip(tail.Skip(1)).Zip(tail.Skip(2)).Any(p => _bondSaleNouns.Contains(p.First.First) && p.First.Second == "of" && _bondNouns.Contains(p.Second)))
            ? Metric.RoundSize : metric;
    }

    /// <summary>"of 12-year securities", "Eurobond", "of bonds", "in green bonds": a bond noun right after the figure, past "of" and two qualifiers.</summary>
    private static bool IsBondNounAfter(List<string> next)
    {
        var k = 0;
        if (k < next.Count && next[k] is "of" or "in" or "worth")
        {
            k++;
        }

        // Since the twenty-eighth session up to five qualifiers, "and" between two of them: "of its latest inflation-linked bond", "of a new
        // dollar-linked bond", "in sovereign and global bonds".
        for (var q = 0; q < 6 && k < next.Count; q++, k++)
        {
            if (next[k] == "and" && q > 0 && k + 1 < next.Count && next[k + 1] is not ("a" or "an" or "the" or "to" or "from"))
            {
                continue;
            }

            if (_bondNouns.Contains(next[k]))
            {
                // "debt" alone after "of" is any debt ("$20bn of debt" owed); only a sale of it is read (the rule's second shape). "notes"
                // right after the figure ("$500 million notes") is left to the note-sale reading of MetricRules.RoundConventions.cs.
                return next[k] != "debt" && (next[k] != "notes" || q > 0 || k > 0);
            }

            if (next[k] is "and" or "to" or "from" or "for" or "at" or "by" or "on")
            {
                return false;
            }
        }

        return false;
    }
}
