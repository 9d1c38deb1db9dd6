namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the round false-positives sweep: three frames of one company's round that no cue read (MetricRules.NotOneRound.cs turns them
/// to a round): a round closed or raised by a company at a figure ("the two largest funding rounds of the quarter were closed by Spotify at
/// €478.44m and Oneweb at €454.79m"), a company out of stealth with a figure ("FlexAI emerged from stealth with a €28.5mn war chest"), and
/// the figure as what an investor leads ("The $10 million is being led by Target Global").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Whether the figure read as other is one round in one of the three frames.</summary>
    private static bool IsOneRoundUnread(List<Word> words, int first, int last)
    {
        var cue = NotOneRoundCueStart(words, first);
        return IsRoundClosedByAt(words, cue) || IsOutOfStealthWith(words, cue, last) || IsFigureLedBy(words, first, last);
    }

    /// <summary>"rounds … were closed by Spotify at €478.44m and Oneweb at €454.79m": a company then "at" the figure, after rounds done "by".</summary>
    private static bool IsRoundClosedByAt(List<Word> words, int cue)
    {
        // Not "values Mistral AI at 5.8 billion euros": a value verb before the name makes it a valuation.
        if (cue < 3 || words[cue - 1].Lower != "at" || !words[cue - 2].IsCapitalised
            || Enumerable.Range(Math.Max(0, cue - 5), Math.Min(3, cue - 2)).Any(k => words[k].Lower.StartsWith("valu", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var j = cue - 3; j >= 2 && cue - j <= 25; j--)
        {
            if (words[j].Lower == "by" && words[j - 1].Lower is "closed" or "raised" or "secured" or "landed" or "bagged"
                && Enumerable.Range(Math.Max(0, j - 10), Math.Min(10, j)).Any(k => words[k].Lower is "round" or "rounds"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"emerged from stealth with a €28.5mn war chest", "came out of stealth with $X": what a new company comes out with.</summary>
    private static bool IsOutOfStealthWith(List<Word> words, int cue, int last)
    {
        if (cue < 2 || words[cue - 1].Lower != "with" || words[cue - 2].Lower != "stealth")
        {
            return false;
        }

        var next = SkipConversion(words, last);
        return next >= words.Count || words[last].EndsPhrase || !_raisedTotalDebtWords.Contains(words[next].Lower);
    }

    /// <summary>"The $10 million is being led by Target Global", "the $45m was co-led by Accel": the figure as the round an investor leads.</summary>
    private static bool IsFigureLedBy(List<Word> words, int first, int last)
    {
        if (first < 1 || words[first - 1].Lower != "the" || words[last].EndsPhrase)
        {
            return false;
        }

        var i = SkipConversion(words, last);
        while (i < words.Count && i - last <= 4 && words[i].Lower is "is" or "was" or "being" or "been" or "has" or "had" or "will" or "be" or "are" or "were")
        {
            i++;
        }

        return i + 1 < words.Count && i > last + 1 && words[i].Lower is "led" or "co-led" && words[i + 1].Lower == "by";
    }
}
