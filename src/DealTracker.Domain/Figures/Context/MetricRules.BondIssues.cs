namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-ninth session: more ways a sentence sizes an issuer's own bond issue (convention M5, "debt offering, bond sale"),
/// read by <c>MetricRules.BondSales.cs</c> for money the other rules left as other:
/// <list type="bullet">
/// <item>raised in bonds: "Saudi Arabia has raised 5.755 billion riyals ($1.53 billion) in sukuk", "raised $2 billion via bonds";</item>
/// <item>bonds issued worth the figure: "has issued corporate bonds worth 100 billion won", "ahead of issuing corporate bonds worth between
/// 800 billion won and 1 trillion won";</item>
/// <item>the issue the figure sizes: "the 500 billion won ($390 million) issue", "SK Hynix Inc.'s 1.39 trillion won issue";</item>
/// <item>an issue changed to or from the figure: "double its issuance volume to 1 trillion won", "increase the bond issue from the current
/// 800 billion won to 1.6 trillion won";</item>
/// <item>one tranche's size: "the first tranche has a size of 1.40 billion riyals", "The first tranche, of SAR12bn, matures in 2022".</item>
/// </list>
/// Each needs a bond in the sentence (or, for an issue changed, an issuance). A loan's or a credit facility's tranches are other (M6),
/// as is a tranche's "total size".
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words that may stand between a tranche and its size: "tranche of the sukuk issue is", "tranche has a size of".</summary>
    private static readonly HashSet<string> _trancheLinks = new(StringComparer.Ordinal)
    {
        "of", "the", "sukuk", "bond", "bonds", "notes", "issue", "issuance", "is", "was", "has", "had", "a", "size", "sized", "amounting",
        "amounted", "to", "worth", "at", "its", "will", "be", "totalling", "totaling",
    };

    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> sizes its issuer's bond issue (see the class summary).</summary>
    private static bool IsBondIssueShape(List<Word> words, int first, int last, int verb, List<string> next)
    {
        var bonds = words.Any(w => _oneBondNouns.Contains(w.Lower));
        if (!bonds && !words.Any(w => w.Lower is "issuance"))
        {
            return false;
        }

        var raise = words[verb].Lower is "raised" or "raise" or "raises" or "raising";
        // "raised 5.755 billion riyals ($1.53 billion) in sukuk", "raise $2 billion via bonds".
        // Not convertible notes (equity-like, read by the round rules) nor a sum to date ("has raised $X through notes to date").
        if (raise && bonds && next.Count >= 2 && next[0] is "in" or "via" or "through" && IsBondNounAfter(["in", .. next.Skip(1)])
            && !next.Contains("convertible") && !IsWholeAfter(next))
        {
            return true;
        }

        var before = first - 1;
        while (before > 0 && words[before].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "approximately" or "over" or "than"
            or "more" or "almost" or "up" or "between" or "current" or "planned" && !words[before - 1].EndsPhrase)
        {
            before--;
        }

        return bonds && (IsBondsWorth(words, before) || IsIssueAfter(words, before, next) || IsTranchesSize(words, before))
            || IsIssueChanged(words, before);
    }

    /// <summary>"has issued corporate bonds worth 100 billion won": bonds an issuer issues or sells, then "worth", then the figure.</summary>
    private static bool IsBondsWorth(List<Word> words, int before)
    {
        if (before < 2 || words[before].Lower != "worth" || !_oneBondNouns.Contains(words[before - 1].Lower) || words[before - 1].EndsPhrase)
        {
            return false;
        }

        var window = words.Skip(Math.Max(0, before - 6)).Take(Math.Min(5, before - 1)).Select(w => w.Lower).ToList();
        // "has authorised the issue this year of bonds worth up to 1.95 billion soles": a year's allowance of many issues, not one.
        return window.Any(w => _bondSellingVerbs.Contains(w) || _bondSaleNouns.Contains(w)) && !window.Any(_bondBuyingWords.Contains)
            && !window.Any(w => w is "authorised" or "authorized" or "approved" or "allowed" or "year" or "annual");
    }

    /// <summary>"the 500 billion won ($390 million) issue", "SK Hynix Inc.'s 1.39 trillion won issue": the figure before an issue it sizes.</summary>
    private static bool IsIssueAfter(List<Word> words, int before, List<string> next) =>
        next.Count >= 1 && (next[0] is "issue" or "issuance" || (next.Count >= 2 && _oneBondNouns.Contains(next[0]) && next[1] is "issue" or "issuance" or "sale" or "offering"))
        && (words[before].Lower is "the" or "a" or "its" or "their" || (words[before].Possessive && words[before].IsCapitalised));

    /// <summary>
    /// "double its issuance volume to 1 trillion won", "increase the bond issue from the current 800 billion won to 1.6 trillion won": the
    /// figure after "to" or "from", an issue or issuance named before it in the clause (a figure between is stepped over).
    /// </summary>
    private static bool IsIssueChanged(List<Word> words, int before)
    {
        // "pushed IPO issuance on the SGX to US$5.6 billion (through a total of seven IPOs)": a market's issuance, not one issuer's.
        if (before < 2 || words[before].Lower is not ("to" or "from")
            || words.Any(w => w.Lower is "total" or "ipo" or "ipos" or "listings" or "market" or "markets"))
        {
            return false;
        }

        for (var k = before - 1; k >= 0 && before - k <= 9; k--)
        {
            if (words[k].Lower is "issue" or "issuance" && (k + 1 >= words.Count || words[k + 1].Lower is not ("of" or "price" or "prices") || words.Skip(k + 2).Take(3).Any(w => _oneBondNouns.Contains(w.Lower))))
            {
                return true;
            }

            if (words[k].EndsPhrase || words[k].Lower is "and" or "but" or "while" or "which" or "that" or "shares" or "stock" or "equity" or "loan" or "loans")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the first tranche has a size of 1.40 billion riyals", "The first tranche, of SAR12bn,": one tranche of a bond, not a loan's.</summary>
    private static bool IsTranchesSize(List<Word> words, int before)
    {
        if (!IsNotALoan(words))
        {
            return false;
        }

        for (var k = before; k >= 0 && before - k <= 7; k--)
        {
            if (words[k].Lower == "tranche")
            {
                return k != before || words[k].EndsPhrase;
            }

            if (!_trancheLinks.Contains(words[k].Lower) || (k < before && words[k].EndsPhrase && words[k].Lower is not ("of" or "issue")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>No loan, credit facility or total in the sentence, whose tranches are no bond's.</summary>
    private static bool IsNotALoan(List<Word> words) =>
        !words.Any(w => w.Lower is "loan" or "loans" or "facility" or "facilities" or "credit" or "total" or "lenders" or "borrowing");
}
