namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-fifth session: the tranches of one bond sale as a deal desk writes them, each a round size (convention M5, "bond
/// sale"), when the bond-sale shapes before did not read them:
/// <list type="bullet">
/// <item>the figure of notes or bonds, then the verb of their sale after them: "The $1.25 billion of bonds due 2021 priced at 2.15
/// percentage points over …", "There was $900 million of 3.5% 10-year notes priced at 98.73", "Finally, $500 million of 4.625% 30-year
/// bonds sold at 98.338";</item>
/// <item>a tranche or an offering resized from or to the figure: "The five-year notes were upsized from $1.5 billion, while the 10-year
/// tranche was cut from $3.75 billion";</item>
/// <item>(second round) the figure heading its notes, the sale verb after them: "The C$800m 10-year notes carry a 3.75% coupon and were
/// priced at 99.775", "The £509m bond raised by the Glazers".</item>
/// </list>
/// Bonds that trade, are held, owed, repaid, bought or ordered are no sale ("$985 million of the notes outstanding", "traded yesterday at
/// 96.5 cents", "to repay the outstanding $1.25 billion of senior notes").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words of bonds that are no sale: traded, held, owed, repaid, bought, ordered.</summary>
    private static readonly HashSet<string> _notTrancheSaleWords = new(StringComparer.Ordinal)
    {
        "outstanding", "traded", "trade", "trading", "repay", "repaid", "repaying", "refinance", "refinancing", "redeem", "redeemed",
        "holders", "holds", "held", "bought", "buy", "buys", "purchased", "orders", "bids", "default", "defaulted", "matured", "maturing",
    };

    private static readonly HashSet<string> _resizeVerbs = new(StringComparer.Ordinal)
    {
        "upsized", "increased", "raised", "boosted", "cut", "reduced", "downsized", "trimmed", "lowered", "expanded",
    };

    /// <summary>"10-year notes", "senior unsecured bonds", "bond": the bond noun after at most three qualifiers from <paramref name="at"/>, or -1.</summary>
    private static int BondNounHeaded(IReadOnlyList<Word> words, int at)
    {
        for (var k = at; k < words.Count && k <= at + 3; k++)
        {
            if (words[k].Lower is "notes" or "bonds" or "bond" or "debentures" or "note")
            {
                return k;
            }

            if (words[k].EndsPhrase || !(words[k].Lower.Contains("-year", StringComparison.Ordinal) || words[k].Lower.EndsWith('%')
                || words[k].Lower is "senior" or "unsecured" or "secured" or "green" or "convertible" or "fixed-rate" or "floating-rate" or "subordinated"
                    or "sterling" or "dollar" or "euro" or "sukuk" or "hybrid" or "perpetual" or "benchmark"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when the figure at words <paramref name="first"/>..<paramref name="last"/> is one tranche of a bond sale (see the class summary).</summary>
    private static bool IsBondTranche(IReadOnlyList<Word> words, int first, int last)
    {
        if (words.Any(w => _notTrancheSaleWords.Contains(w.Lower)))
        {
            return false;
        }

        var after = SkipConversion(words, last);

        // "$900 million of 3.5% 10-year notes priced at", "The $1.75 billion of five-year notes priced to yield".
        if (after + 1 < words.Count && words[after].Lower == "of" && !words[last].EndsPhrase)
        {
            for (var k = after + 1; k < words.Count && k <= after + 5; k++)
            {
                if (words[k].Lower is "bonds" or "notes" or "debentures" or "securities")
                {
                    // The sale verb within the next four words: "notes priced", "bonds due 2021 priced", "notes were sold".
                    for (var v = k + 1; v < words.Count && v <= k + 4; v++)
                    {
                        if (words[v].Lower is "priced" or "sold" or "issued" or "placed")
                        {
                            return true;
                        }

                        if (words[v - 1].EndsPhrase)
                        {
                            break;
                        }
                    }

                    return false;
                }

                if (words[k - 1].EndsPhrase || words[k].Lower is "and" or "to" or "from" or "for" or "in")
                {
                    return false;
                }
            }

            return false;
        }

        // Second round: "The C$800m 10-year notes carry a 3.75% coupon and were priced at 99.775", "The £509m bond raised by the Glazers":
        // the figure heading its notes, the sale verb within the next eight words.
        if (after + 1 < words.Count && !words[last].EndsPhrase && BondNounHeaded(words, after) is var noun and > 0)
        {
            for (var v = noun + 1; v < words.Count && v <= noun + 8; v++)
            {
                if (words[v].Lower is "priced" or "sold" or "issued" or "placed" || (words[v].Lower == "raised" && v + 1 < words.Count && words[v + 1].Lower == "by"))
                {
                    return true;
                }

                if (words[v - 1].EndsPhrase)
                {
                    break;
                }
            }
        }

        // "The five-year notes were upsized from $1.5 billion", "the 10-year tranche was cut from $3.75 billion".
        if (first >= 3 && words[first - 1].Lower is "from" or "to" && _resizeVerbs.Contains(words[first - 2].Lower)
            && words[first - 3].Lower is "was" or "were" or "been")
        {
            var subject = first - 4;
            return subject >= 0 && words[subject].Lower is "notes" or "bonds" or "tranche" or "tranches" or "offering" or "sukuk" or "deal" or "issue";
        }

        return false;
    }
}
