namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-fourth session: money a company "has raised" or "had raised" that the sentence itself shows is a total, not one
/// round (other, convention M5). Two shapes: the total broken down after it ("has raised more than $700 million in funding, including
/// $300 million from VW in 2016", "has raised $855m in equity funding, $200m of which came in January 2017"), and a past perfect raise
/// told as background, with no one saying or announcing it, over an open hedge or from many backers given as examples ("Previously, the
/// company had raised more than $800 million in venture funding", "TriNetX had raised $102m in funding from investors including Merck
/// … before agreeing to a purchase", "it had raised over $900 million from investors such as Tencent"). The news itself stays a round:
/// "told Reuters it had raised $1.2 billion from investors including BlackRock", "Flipkart had previously raised nearly $600 million
/// from its parent company Walmart" (one giver, a closed hedge), "Semafor has raised $19 million from investors including Jerry Yang".
/// </summary>
internal static partial class MetricRules
{
    /// <summary>
    /// Words that make a past perfect raise the news itself ("said it had raised", "told Reuters it had raised"): the reporting verbs of
    /// the reported clauses (MetricRules.ReportedClauses.cs) and a report's own words.
    /// </summary>
    private static bool IsRaiseReportingWord(string lower) =>
        _reportingVerbs.Contains(lower) || lower is "reported" or "reports" or "reporting" or "announcing" or "denied" or "showed" or "shows";

    /// <summary>Whether the perfect raise at <paramref name="verb"/> is all raised by then, as the sentence shows (see the type's summary).</summary>
    private static bool IsTotalRaisedShown(List<Word> words, int verb, int first, int last, List<string> between)
    {
        var perfect = verb >= 1 && (words[verb - 1].Lower is "has" or "have" or "had"
            || (verb >= 2 && words[verb - 1].Lower is "previously" or "already" or "earlier" && words[verb - 2].Lower is "has" or "have" or "had"));
        if (!perfect)
        {
            return false;
        }

        if (IsBrokenDownAfter(words, last))
        {
            return true;
        }

        var pastPerfect = words[verb - 1].Lower == "had" || (verb >= 2 && words[verb - 2].Lower == "had");
        if (!pastPerfect || Enumerable.Range(0, verb).Any(j => IsRaiseReportingWord(words[j].Lower)))
        {
            return false;
        }

        // The hedge is in the figure's own words when the extractor read it ("more than $800 million"), else between.
        var openHedge = words[first].Lower is "more" or "over" or "upwards"
            || between.Contains("over") || between.Contains("upwards") || (between.Contains("more") && between.Contains("than"));
        return openHedge || IsFromManyBackersAfter(words, last);
    }

    /// <summary>", including $300 million from VW", "$200m of which came in": a part of the figure given after it, within eight words.</summary>
    private static bool IsBrokenDownAfter(List<Word> words, int last)
    {
        for (var j = last + 1; j < words.Count - 1 && j - last <= 8; j++)
        {
            if (words[j].Lower == "including" && IsOneRaiseMoneyWord(words, j + 1))
            {
                return true;
            }

            if (words[j].Lower == "of" && words[j + 1].Lower == "which" && j >= 2 && j - 2 > last
                && (IsOneRaiseMoneyWord(words, j - 1) || IsOneRaiseMoneyWord(words, j - 2)))
            {
                return true;
            }

            if (words[j].After == '.' && words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"from investors including Merck", "from investors such as Tencent", "from the likes of Motorola", within ten words after the figure.</summary>
    private static bool IsFromManyBackersAfter(List<Word> words, int last)
    {
        for (var j = last + 1; j < words.Count - 2 && j - last <= 10; j++)
        {
            if (words[j].Lower != "from")
            {
                continue;
            }

            if (words[j + 1].Lower == "the" && words[j + 2].Lower == "likes")
            {
                return true;
            }

            for (var k = j + 1; k < words.Count - 1 && k - j <= 3; k++)
            {
                if (words[k].Lower is "investors" or "backers" or "shareholders" && !words[k].EndsPhrase
                    && words[k + 1].Lower is "including" or "like" or "such")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
