using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Round size or one investor's investment, by who gives the money: a company taking $X in from ONE named giver takes that giver's
/// investment, from several or from investors at large it raises a round (<see cref="InvestorRules.RoundGiversOf"/>); an investor that
/// leads / co-leads / anchors "a $X round" or "a $X investment in Y" leads a round it does not fill alone ("writing a check for $X" is
/// the leader's own part).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs of leading a round: "led a $30 million first round investment", "co-led a $24 million investment", "is anchoring a $X round".</summary>
    private static readonly HashSet<string> _leadVerbs = new(StringComparer.Ordinal)
    {
        "led", "leads", "lead", "leading", "co-led", "co-leads", "co-lead", "co-leading", "anchored", "anchors", "anchor", "anchoring",
        "spearheaded", "spearheads", "spearheading",
    };

    /// <summary>Nouns after a led figure that make it a round or an investment in one company: "a $24 million investment in Shuidi".</summary>
    private static readonly HashSet<string> _ledMoneyNouns = new(StringComparer.Ordinal)
    {
        "round", "investment", "investments", "funding", "financing", "raise", "fundraise", "fundraising", "series", "seed", "tranche",
        "injection", "infusion",
    };

    /// <summary>The round givers' reading of the figure, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? RoundGiversReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (IsCheckWritten(words, first, floor) || InvestorRules.ListedGiverAt(sentence, first) is not null)
        {
            return (Metric.Investment, true);
        }

        if (LeadsTheRound(words, first, last, floor))
        {
            return (Metric.RoundSize, true);
        }

        return InvestorRules.RoundGiversOf(sentence, first, last) switch
        {
            { Count: RoundGiverCount.One } => (Metric.Investment, true),
            { Count: RoundGiverCount.Many } => (Metric.RoundSize, true),
            { Count: RoundGiverCount.Lenders or RoundGiverCount.Total or RoundGiverCount.FundBackers } => (null, true),
            _ => null,
        };
    }

    /// <summary>"is leading the current round and writing a check for $1.25 billion": the leader's own part of the round.</summary>
    private static bool IsCheckWritten(List<Word> words, int first, int floor)
    {
        var i = first - 1;
        return i - 3 >= Math.Max(0, floor) && words[i].Lower == "for" && words[i - 1].Lower is "check" or "cheque"
            && words[i - 2].Lower is "a" or "the" or "its" && words[i - 3].Lower is "writing" or "wrote" or "writes" or "write" or "written";
    }

    /// <summary>
    /// "Qiming Ventures has led a $30 million first round investment in Abcfintech", "BlueRun Ventures and Tencent co-led a $24 million
    /// investment in Shuidi", "leading a $10 billion syndicated investment into TWG Global": a round, which the leader does not fill alone.
    /// </summary>
    private static bool LeadsTheRound(List<Word> words, int first, int last, int floor)
    {
        var i = first - 1;
        while (i >= Math.Max(0, floor) && first - i <= 3 && words[i].Lower is "about" or "around" or "nearly" or "roughly" or "approximately" or "up" or "to" or "over"
                   or "us" or "rs" or "inr" or "usd")
        {
            i--;
        }

        if (i < 1 || i - 1 < floor || words[i].Lower is not ("a" or "an" or "the" or "its") || !_leadVerbs.Contains(words[i - 1].Lower) || words[i - 1].EndsPhrase)
        {
            return false;
        }

        var next = SkipConversion(words, last);
        if (next + 1 < words.Count && words[next].Lower is "in" or "into" && !words[last].EndsPhrase)
        {
            return true;
        }

        var end = ClauseEnd(words, next, 5);
        var window = Enumerable.Range(next, Math.Max(0, end - next)).Select(j => words[j].Lower).ToList();
        return !words[last].EndsPhrase && window.Any(_ledMoneyNouns.Contains)
            && !window.Any(w => w is "debt" or "loan" or "loans" or "credit" or "bond" or "bonds" or "acquisition" or "buyout" or "takeover" or "ipo");
    }

    /// <summary>"raised $50 million in funding from existing investor Caladium at $700-800 million": "at" right after the one giver named after "from".</summary>
    private static bool IsPriceAfterTheGiver(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        return first >= 3 && words[first - 1].Lower == "at" && sentence.NameAt[first - 2] is { } giver && giver.Last == first - 2 && !words[giver.Last].EndsPhrase
            && Enumerable.Range(Math.Max(0, giver.First - 4), Math.Min(4, giver.First)).Any(j => words[j].Lower == "from");
    }
}
