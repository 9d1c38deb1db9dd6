using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Round sizes: what a company raises in a round ("bagged $X", "Mistral's seed round … was 105 million euros", "raised US$70
/// million in investment led by TPG", "securing up to $6 billion in investment" from no one named), and investors at large filling a
/// round.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs that raise money: "raised $X", "secured $X", "could raise $X".</summary>
    private static readonly HashSet<string> _tenthRaiseVerbs = new(StringComparer.Ordinal)
    {
        "raise", "raises", "raised", "raising", "secure", "secures", "secured", "securing", "close", "closes", "closed", "closing",
        "collected", "collect", "collects", "gathered", "amassed",
    };

    /// <summary>"Investors poured $100 million into the startup's latest funding round": investors at large filling a round.</summary>
    private static bool InvestorsIntoARound(IReadOnlyList<Word> words, int cueAt, int last)
    {
        var after = SkipConversion(words, last);
        return cueAt > 0 && words[cueAt - 1].Lower is "investors" or "backers" && after < words.Count && words[after].Lower == "into"
            && Window(words, after + 1, 5).Any(w => w is "round" or "series" or "fundraise" or "fundraising");
    }

    /// <summary>"a funding round that could infuse": the subject of the money verb is a round.</summary>
    private static bool RoundIsSubject(IReadOnlyList<Word> words, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && verb - i <= 4 && !words[i].EndsPhrase && words[i].Lower is "that" or "which" or "could" or "would" or "will" or "may"
                   or "might" or "can" or "to" or "is" or "set" or "expected")
        {
            i--;
        }

        return i >= 0 && i < verb - 1 && words[i].Lower is "round" or "rounds" or "fundraising" or "raise" or "financing";
    }

    /// <summary>"Mistral's seed round, which refers to …, was 105 million euros": the subject of "was" (a clause aside) is a round.</summary>
    private static (Metric? Metric, bool Found)? RoundWasBefore(List<Word> words, int first, int floor)
    {
        if (first < 3 || first - 1 < floor || words[first - 1].Lower is not ("was" or "is" or "totalled" or "totaled" or "totals"))
        {
            return null;
        }

        var subject = first - 2;
        if (words[subject].After == ',')
        {
            // Skip back over the clause set off by commas to the word before it.
            subject--;
            while (subject > floor && words[subject].After != ',' && first - subject < 16)
            {
                subject--;
            }
        }

        // Not one backer's part of it: "Sequoia's share of the $100 million round / contribution to the round was $50 million".
        var part = Enumerable.Range(Math.Max(0, subject - 7), Math.Max(0, Math.Min(7, subject)))
            .Any(j => words[j].Lower is "share" or "contribution" or "portion" or "part" or "slice" or "piece" && words[j + 1].Lower is "of" or "to");
        return subject >= floor && subject >= 0 && !part && words[subject].Lower is "round" or "raise" or "fundraise" or "fundraising" ? (Metric.RoundSize, true) : null;
    }

    /// <summary>
    /// "bagged $X", "pocketed $X more for its Series D", "picked up $X in a …-led round": the company's round; "put up $X to co-lead"
    /// (the backer's part); "one of 10 investors that provided $X" (the round all of them provided).
    /// </summary>
    private static (Metric? Metric, bool Found)? RoundVerbBefore(List<Word> words, int at, int floor, int next)
    {
        // "snagged $53 million from Baird Capital": a backer named after the figure makes it the backer's investment (older rules).
        var fromBacker = next < words.Count && words[next].Lower == "from";
        var before = at - 1 >= Math.Max(0, floor) && at >= 1 ? words[at - 1].Lower : "";
        var twoBefore = at - 2 >= Math.Max(0, floor) && at >= 2 ? words[at - 2].Lower : "";
        // "bagged a whopping $4.7 billion" (the sentence's words drop "whopping"; SentenceWords.WithoutIntensifiers).
        // Not "picked up a $3.5bn stake": a stake bought is the buyer's.
        if (before is "a" && at >= 2 && at - 2 >= Math.Max(0, floor) && !(next < words.Count && words[next].Lower is "stake" or "stakes" or "holding"))
        {
            (before, twoBefore) = (words[at - 2].Lower, at >= 3 ? words[at - 3].Lower : "");
        }

        if ((before is "bagged" or "bags" or "pocketed" or "pockets" or "snagged" or "snags" or "scooped"
            || (before == "up" && twoBefore is "picked" or "picks" or "scooped")) && !fromBacker)
        {
            return (Metric.RoundSize, true);
        }

        // "Microsoft has given $11.8 billion of the $13 billion it pledged": money a backer has handed over.
        if (before is "given" && twoBefore is "has" or "had" or "have" && (next >= words.Count || words[next].Lower is "of" or "to"))
        {
            return (Metric.Investment, true);
        }

        if (before == "up" && twoBefore is "put" or "puts" or "putting")
        {
            return (Metric.Investment, true);
        }

        if (before is "provided" or "invested" or "put" or "contributed" && at >= 5
            && Window(words, Math.Max(0, at - 7), 6).Any(w => w == "investors")
            && Window(words, Math.Max(0, at - 8), 5).Contains("one") && Window(words, Math.Max(0, at - 8), 6).Contains("of"))
        {
            return (Metric.RoundSize, true);
        }

        return null;
    }

    /// <summary>
    /// "aimed at raising a significant $3 billion investment", "securing up to $6 billion in investment", "will seek $30 billion of
    /// private equity capital from investors": a company raising money with no single giver named raises a round.
    /// </summary>
    private static bool IsInvestmentRaisedFromNoOne(List<Word> words, int first, int last)
    {
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "a" or "an" or "significant" or "up" or "to" or "about" or "around" or "new" or "fresh")
        {
            verb--;
        }

        if (verb < 0 || words[verb].Lower is not ("raising" or "raise" or "raises" or "securing" or "secure" or "seek" or "seeks" or "seeking"))
        {
            return false;
        }

        var i = SkipConversion(words, last);
        var noun = false;
        while (i < words.Count && i - last < 6 && words[i].Lower is "in" or "of" or "investment" or "private" or "equity" or "capital")
        {
            noun |= words[i].Lower is "investment" or "capital";
            if (words[i++].EndsPhrase)
            {
                return noun;
            }
        }

        return noun && (i >= words.Count || words[i].Lower is not ("from" or "by" or "led") || (i + 1 < words.Count && words[i + 1].Lower is "investors" or "backers"));
    }

    /// <summary>
    /// "raised US$70 million in investment led by TPG" (a round, whoever leads it), "announced a fund infusion of $1.2 billion" (a round),
    /// "will bring in 113 million pounds of fresh capital" (a round, not revenue).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthRoundBroughtIn(List<Word> words, int first, int next, int floor)
    {
        var before = first - 1 >= floor && first >= 1 ? words[first - 1].Lower : "";
        if (_tenthRaiseVerbs.Contains(before) && next + 2 < words.Count && words[next].Lower == "in"
            && words[next + 1].Lower is "investment" or "investments" or "funding" or "financing" or "capital" && words[next + 2].Lower is "led" or "co-led")
        {
            return (Metric.RoundSize, true);
        }

        // "that will inject a combined Rs 60,596 crore": what several backers put in together is the round.
        var verb = first >= 4 && words[first - 3].Lower == "in" ? first - 4 : first - 3;
        if (before == "combined" && verb >= 0 && words[first - 2].Lower == "a" && words[verb].Lower is "inject" or "injects" or "injected" or "injecting" or "infuse"
            or "infused" or "pump" or "pumped")
        {
            return (Metric.RoundSize, true);
        }

        // "a fund infusion of $X"; "a capital infusion of $X led by General Catalyst" (led: a round, whoever leads it).
        if (before == "of" && first >= 3 && first - 3 >= floor && words[first - 2].Lower is "infusion" or "injection"
            && (words[first - 3].Lower is "fund" or "funding" || Window(words, next, 8).Contains("led")))
        {
            return (Metric.RoundSize, true);
        }

        var brought = before == "in" && first >= 2 && first - 2 >= floor && words[first - 2].Lower is "bring" or "brings" or "brought" or "bringing" or "pull" or "pulls" or "pulled";
        var capital = next + 1 < words.Count && words[next].Lower is "of" or "in"
            && Window(words, next + 1, 2).Any(w => w is "capital" or "funding" or "financing" or "equity");
        return brought && capital ? (Metric.RoundSize, true) : null;
    }
}
