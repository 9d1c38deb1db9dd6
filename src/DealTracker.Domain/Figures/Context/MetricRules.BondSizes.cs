namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-fifth session: one bond's own size is its issuer's round size (convention M5: "debt offering, bond sale"), read from
/// the bond's noun phrase rather than from a verb of selling right before the figure (<c>MetricRules.BondSales.cs</c> reads those):
/// <list type="bullet">
/// <item>the figure sizes a bond it stands before: "issued two tranches: a $1 billion seven-year bond at 85 basis points", "a US$600m bond
/// from repeat issuer Bank of America", "sold a $1 billion 10-year note";</item>
/// <item>the figure comes after a bond and "of": "issued a green bond of USD 600 million", "a bond issue of €500m";</item>
/// <item>the figure is an issuance's, in a sentence about bonds: "a first issuance of SEK2.5bn ($300m) from Swedish energy provider
/// Fortum Varme", "a smaller green municipal bond issuance ($32.9m)";</item>
/// <item>an offering priced "with $525 million in bonds".</item>
/// </list>
/// Bonds an investor buys, holds or subscribes to ("a previously subscribed $3 million green bond", "bought $85.2 million of convertible
/// bonds"), a bond fund, orders and many issuers' totals are left to the other rules.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of one bond or note: "bond", "Eurobond", "note", "sukuk".</summary>
    private static readonly HashSet<string> _oneBondNouns = new(StringComparer.Ordinal)
    {
        "bond", "bonds", "eurobond", "eurobonds", "note", "notes", "sukuk", "sukuks", "debenture", "debentures", "gilt", "gilts",
    };

    /// <summary>Words after a bond noun that make it something else: "a $1 billion bond fund", "the bond market".</summary>
    private static readonly HashSet<string> _notOneBondAfter = new(StringComparer.Ordinal)
    {
        "fund", "funds", "etf", "market", "markets", "portfolio", "portfolios", "holdings", "investors", "buyers", "purchases", "purchase",
        "programme", "program", "index", "yields", "yield", "prices", "losses", "exposure",
    };

    /// <summary>Words of an investor taking bonds rather than an issuer selling them: "bought", "subscribed", "holds".</summary>
    private static readonly HashSet<string> _bondBuyingWords = new(StringComparer.Ordinal)
    {
        "bought", "buy", "buys", "buying", "purchased", "purchase", "subscribed", "subscribe", "subscribes", "holds", "held", "hold", "owns",
        "own", "invested", "invest", "invests", "acquired", "acquire", "acquires", "orders", "demand", "bids", "bid", "redeem", "redeemed",
        "repaid", "repay", "refinance", "matures", "maturing", "outstanding", "defaulted", "default", "granting", "granted", "grant",
    };

    /// <summary>Nouns of one issue of bonds: "issuance", "issue", "offering".</summary>
    private static readonly HashSet<string> _issueNouns = new(StringComparer.Ordinal) { "issuance", "issue", "offering", "sale", "placement", "tranche" };

    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> is one bond's own size (see the class summary).</summary>
    private static bool IsOneBondsSize(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 1 || last >= words.Count || !words.Any(w => _oneBondNouns.Contains(w.Lower))
            || words.Skip(Math.Max(0, first - 8)).Take(Math.Min(8, first)).Any(w => _bondBuyingWords.Contains(w.Lower))
            || words.Skip(last + 1).Take(4).Any(w => w.Lower is "orders" or "demand" or "bids"))
        {
            return false;
        }

        var before = first - 1;
        while (before > 0 && words[before].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "approximately" or "over" or "than" or "more"
            or "almost" or "up" or "to" && !words[before - 1].EndsPhrase)
        {
            before--;
        }

        var after = SkipConversion(words, last);
        // Since the twenty-ninth session: a term between the article and the figure, "a 10-year $40 billion note".
        var article = before >= 1 && (words[before].Lower.EndsWith("-year", StringComparison.Ordinal) || words[before].Lower.EndsWith("-month", StringComparison.Ordinal))
            && !words[before - 1].EndsPhrase ? before - 1 : before;
        return IsBondAfterArticle(words, article, last, after) || IsAfterBondOf(words, before) || IsIssuancesSize(words, before, first)
            || IsWithBondsOfAnOffering(words, before, after);
    }

    /// <summary>"a $1 billion seven-year bond at 85 basis points", "a US$600m bond from repeat issuer": an article, the figure, its bond.</summary>
    private static bool IsBondAfterArticle(List<Word> words, int before, int last, int after)
    {
        if (words[before].Lower is not ("a" or "an") || words[last].EndsPhrase)
        {
            return false;
        }

        for (var k = after; k < words.Count && k - after < 4; k++)
        {
            var lower = words[k].Lower;
            if (_oneBondNouns.Contains(lower))
            {
                return !(k + 1 < words.Count && !words[k].EndsPhrase && _notOneBondAfter.Contains(words[k + 1].Lower));
            }

            // Only a bond's qualifiers stand between: "seven-year", "green", "senior unsecured", "dollar", "inaugural".
            if (words[k].EndsPhrase || words[k].IsCapitalised && lower is not ("us" or "eurodollar") || lower is "of" or "in" or "for" or "to" or "from" or "and" or "or"
                or "at" or "by" or "with" or "on" or "worth" or "investment" or "stake" or "loan" or "loans" or "round" or "debt")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"issued a green bond of USD 600 million", "a bond issue of €500m": the figure right after a bond (or its issue) and "of".</summary>
    private static bool IsAfterBondOf(List<Word> words, int before) =>
        before >= 1 && words[before].Lower == "of" && !words[before - 1].EndsPhrase
        && (_oneBondNouns.Contains(words[before - 1].Lower)
            || (before >= 2 && _issueNouns.Contains(words[before - 1].Lower) && _oneBondNouns.Contains(words[before - 2].Lower)));

    /// <summary>
    /// "a first issuance of SEK2.5bn ($300m) from Swedish energy provider", "a smaller green municipal bond issuance ($32.9m)": an
    /// issuance's figure, after "issuance of" or bracketed right after a bond's issuance, in a sentence about bonds.
    /// </summary>
    private static bool IsIssuancesSize(List<Word> words, int before, int first) =>
        (before >= 1 && words[before].Lower == "of" && words[before - 1].Lower is "issuance" or "issue" && !words[before - 1].EndsPhrase)
        || (first >= 2 && words[first].InBrackets && !words[first - 1].InBrackets && words[first - 1].Lower is "issuance" or "issue" or "offering"
            && _oneBondNouns.Contains(words[first - 2].Lower));

    /// <summary>"priced its inaugural offering in May, with $525 million in bonds": money in bonds that an offering in the clause sizes.</summary>
    private static bool IsWithBondsOfAnOffering(List<Word> words, int before, int after) =>
        words[before].Lower == "with" && after + 1 < words.Count && words[after].Lower == "in" && _oneBondNouns.Contains(words[after + 1].Lower)
        && words.Take(before).TakeLast(10).Any(w => w.Lower is "offering" or "priced" or "issued" or "issuance");
}
