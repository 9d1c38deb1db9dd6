namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The spans and purposes of the round false-positives sweep (MetricRules.NotOneRound.cs): a company's money over a period in the perfect
/// tense ("have already raised more than $15.8 billion this year"), a non-restrictive "which has raised $X" (all it has raised), the
/// proceeds of a share offering ("through the offering of 10 percent of the chip designer") and a fund's target ("above its target of
/// $7.5 billion" for a fund); and a round named before the figure in its clause, which keeps the figure a round.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs of money coming in that a total in the perfect tense may follow: "has raised", "have attracted", "has drawn".</summary>
    private static readonly HashSet<string> _notOneRoundInVerbs = new(StringComparer.Ordinal)
    {
        "raised", "secured", "attracted", "drawn", "garnered", "amassed", "received", "bagged", "collected", "pulled", "brought", "mobilised",
        "mobilized", "netted", "obtained", "gathered",
    };

    /// <summary>The "has"/"have" of a perfect tense before the verb at <paramref name="verb"/>, over "already", "now", "so far", "collectively".</summary>
    private static int PerfectAuxiliary(List<Word> words, int verb)
    {
        var j = verb - 1;
        while (j >= 0 && verb - j <= 3 && words[j].Lower is "already" or "now" or "so" or "far" or "collectively" or "together" or "reportedly" or "since")
        {
            j--;
        }

        return j >= 0 && words[j].Lower is "has" or "have" ? j : -1;
    }

    /// <summary>The money verb right before the figure's hedges ("raised", "pulled in", "brought in"), or -1.</summary>
    private static int InVerbBefore(List<Word> words, int cue)
    {
        var j = cue - 1;
        if (j >= 1 && words[j].Lower == "in" && words[j - 1].Lower is "pulled" or "brought")
        {
            j--;
        }

        return j >= 0 && _notOneRoundInVerbs.Contains(words[j].Lower) && !words[j].EndsPhrase ? j : -1;
    }

    /// <summary>"has raised $X this year", "have already raised $X so far this year", "has attracted $X over the past 12 months".</summary>
    private static bool IsPerfectOverAPeriod(List<Word> words, int cue, List<string> after)
    {
        var verb = InVerbBefore(words, cue);
        if (verb < 0 || PerfectAuxiliary(words, verb) < 0)
        {
            return false;
        }

        for (var i = 0; i + 1 < after.Count; i++)
        {
            // "this year", "over the past 12 months", "in the last two years".
            var unit = after[i + 1].Any(char.IsDigit) || after[i + 1] is "two" or "three" or "four" or "six" or "few" or "several" ? i + 2 : i + 1;
            if (after[i] is "this" or "past" or "last" && unit < after.Count && after[unit] is "year" or "month" or "quarter" or "week" or "months" or "years" or "decade")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Atai, which has raised $225 million from investors, is now valued": all the company has raised, in an aside after its name.</summary>
    private static bool IsWhichHasRaised(List<Word> words, int cue)
    {
        var verb = InVerbBefore(words, cue);
        var has = verb < 0 ? -1 : PerfectAuxiliary(words, verb);
        return has >= 2 && words[has - 1].Lower is "which" or "that" or "who" && words[has - 2].EndsPhrase && words[has - 2].After == ',';
    }

    /// <summary>"hopes to raise $X through the offering of 10 percent of the chip designer", "$X in its initial public offering".</summary>
    private static bool IsOfferingAfter(List<Word> words, int next)
    {
        for (var i = next; i < words.Count && i - next < 8; i++)
        {
            var lower = words[i].Lower;
            if (_notOneRoundOfferingWords.Contains(lower))
            {
                return i > next;
            }

            // "raise $4.5 billion to $5.2 billion through the offering": the range's second figure is stepped over.
            var range = lower == "to" || lower.Any(char.IsDigit) || _raisedTotalFigureWords.Contains(lower);
            if (!(range || _notOneRoundOfferingLinks.Contains(lower)) || (words[i].EndsPhrase && i > next))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"raise $4.5 billion to $5.2 billion through the offering of …", "raised $X in its IPO": a raise verb before the figure (or its range), an offering after it.</summary>
    private static bool IsRaisedThroughOffering(List<Word> words, int first, int last)
    {
        if (first < 0 || last >= words.Count || !IsOfferingAfter(words, SkipConversion(words, last)))
        {
            return false;
        }

        for (var j = first - 1; j >= 0 && first - j <= 8 && !words[j].EndsPhrase; j--)
        {
            var lower = words[j].Lower;
            if (_raisedTotalVerbs.Contains(lower))
            {
                return true;
            }

            if (!(_notOneRoundFillers.Contains(lower) || lower.Any(char.IsDigit) || _raisedTotalFigureWords.Contains(lower) || lower is "between" or "and"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A round named in the figure's clause before it: "completed its Series A financing round in early 2016 and raised a total of $X", "the
    /// Series B, which raised"; not one the clause steps past ("Including this funding round, the company has raised").
    /// </summary>
    private static bool RoundBeforeTheFigure(List<Word> words, int first, int floor)
    {
        for (var j = first - 1; j >= Math.Max(0, floor) && first - j <= 14; j--)
        {
            if (words[j].EndsPhrase && j < first - 1)
            {
                return false;
            }

            if (words[j].Lower is "round" or "series" or "tranche" && !Enumerable.Range(Math.Max(0, j - 4), Math.Min(4, j)).Any(k => words[k].Lower is "including" or "after" or "following" or "since" or "with" or "rounds"))
            {
                return true;
            }
        }

        return false;
    }
}
