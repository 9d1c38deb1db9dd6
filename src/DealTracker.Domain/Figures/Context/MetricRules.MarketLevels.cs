namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-first session: a market's money as its clause's subject, the figure the level it stood at, is a total (convention M4:
/// "VC investment fell to $X"), whatever round, investment or valuation word sits near the figure. Read past commas and a change's words
/// (the subjects right before the figure's verb are read in <c>MetricRules.MarketMoney.cs</c>):
/// "the investment dollars hovered around $21 million", "While dollars invested reached a peak in 2015, at $1.83 billion", "while funding
/// value decreased 12.6% YoY to $23.3 billion", "Venture capital funding in the New York metro region marked a solid third quarter with
/// financing valued at $697 million", "funding flowing into Canadian FinTech companies … has fallen …, from $1.2 billion to $300 million".
/// One company's money stays its own ("Acme's funding reached $50 million", "funding for Acme was $5 million").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs of a level a market's money stood at or moved to.</summary>
    private static readonly HashSet<string> _marketLevelVerbs = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "reached", "hit", "totalled", "totaled", "totals", "fell", "rose", "dropped", "declined", "decreased",
        "increased", "surged", "jumped", "slumped", "plunged", "soared", "shrank", "grew", "climbed", "hovered", "amounted", "amounts",
        "marked", "stood", "fallen", "risen", "slid", "tumbled", "plunging", "falling", "rising", "dropping", "climbing", "jumping",
        "surging", "totalling", "totaling", "reaching", "hitting", "standing", "accumulated",
    };

    /// <summary>Qualifiers that leave "funding" or "investment" one deal's: "the equity financing", "the combined investment", "Series A funding".</summary>
    private static readonly HashSet<string> _weakQualifiers = new(StringComparer.Ordinal)
    {
        "the", "a", "b", "c", "series", "equity", "combined", "aggregate", "private",
    };

    /// <summary>Words after a market's money that end its noun: "funding in Kenya", "funding flowing into", "investment so far this year".</summary>
    private static readonly HashSet<string> _afterMarketMoney = new(StringComparer.Ordinal)
    {
        "in", "for", "into", "to", "across", "from", "among", "flowing", "invested", "has", "have", "had", "so", "this", "last", "during",
        "also", "activity", "levels", "and",
    };

    /// <summary>Words that open the clause a market's money is the subject of.</summary>
    private static readonly HashSet<string> _marketClauseOpeners = new(StringComparer.Ordinal)
    {
        "while", "and", "but", "as", "that", "whereas", "although", "though", "where", "when",
    };

    /// <summary>Whether the figure at <paramref name="first"/> is the level a market's money, its clause's subject, stood at.</summary>
    private static bool IsMarketMoneyLevel(SentenceWords sentence, int first)
    {
        var words = sentence.Words;

        // "by the $634 million that Lazada pocketed", "one mega deal: the $188-million private equity investment": one deal's money.
        var before = VerbBeforeHedges(words, first, 0);
        if (before >= 0 && (words[before].Lower is "the" or "a" or "an" or "its" or "their" || words[before].Possessive))
        {
            return false;
        }

        var level = false;
        for (var h = first - 1; h >= 0 && first - h <= 22; h--)
        {
            if (words[h].After is ':' or ';')
            {
                return false;
            }

            level |= _marketLevelVerbs.Contains(words[h].Lower);

            // An organisation named between the subject and the figure, other than in a place phrase ("in the New York metro region").
            if (sentence.NameAt[h] is { Kind: NameKind.Organisation } name && name.Last == h
                && !(name.First >= 1 && words[name.First - 1].Lower is "the" or "in" or "into"))
            {
                return false;
            }

            if (level && IsMarketMoneySubject(words, h))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"VC funding", "the investment dollars", "dollars invested", "funding value", "the investment total", "funding flowing into", opening its clause.</summary>
    private static bool IsMarketMoneySubject(List<Word> words, int h)
    {
        var lower = words[h].Lower;
        var before = h >= 1 && !words[h - 1].EndsPhrase ? words[h - 1].Lower : "";
        var after = h + 1 < words.Count && !words[h].EndsPhrase ? words[h + 1].Lower : "";
        int start;
        if (lower is "funding" or "investment" or "financing" && ((_marketFundingQualifiers.Contains(before) && !_weakQualifiers.Contains(before)) || before == "capital"
            || after == "flowing") && (words[h].EndsPhrase || _afterMarketMoney.Contains(after) || _marketLevelVerbs.Contains(after)))
        {
            start = h;
        }
        else if ((lower == "investments" && before is "disclosed" or "total" && (h < 2 || words[h - 2].EndsPhrase || _marketClauseOpeners.Contains(words[h - 2].Lower)))
            || (lower == "dollars" && (before is "investment" or "vc" or "venture" or "funding" || after == "invested"))
            || (lower == "value" && before == "funding") || (lower == "total" && before == "investment"))
        {
            start = before.Length > 0 ? h - 1 : h;
        }
        else
        {
            return false;
        }

        // Back over the market's qualifiers ("venture capital", "the total VC") to where the clause opens.
        var s = start - 1;
        while (s >= 0 && !words[s].EndsPhrase && (_marketFundingQualifiers.Contains(words[s].Lower) || words[s].Lower == "capital") && !words[s].Possessive)
        {
            s--;
        }

        return s < 0 || words[s].EndsPhrase || _marketClauseOpeners.Contains(words[s].Lower);
    }
}
