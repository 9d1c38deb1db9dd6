namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Totals and growing commitments: the owner "its total commitment" stands for, the one raising its own investment ("with Amazon notably
/// increasing its investment to $8 billion"), the owner of a total named after the figure ("which will ultimately raise Toyota's total
/// investment"), and a figure that only makes the one before larger ("with an option to increase this to $1 billion"), which keeps that
/// figure's investor.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>"part of Google's broader AI strategy, bringing its total commitment to the AI startup beyond $3 billion": the owner "its" stands for.</summary>
    private static string? TenthOwnerOfItsTotal(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var p = first - 2; p >= 1 && first - p <= 10; p--)
        {
            // "its total commitment / investment / stake": the backer's own total ("its total funding" is the company's).
            if (words[p].Lower is not ("its" or "their") || words[p + 1].Lower is not ("total" or "overall" or "cumulative") || p + 2 >= first
                || words[p + 2].Lower is not ("commitment" or "commitments" or "investment" or "investments" or "stake" or "backing" or "holding"))
            {
                continue;
            }

            for (var j = p - 1; j >= Math.Max(0, p - 15); j--)
            {
                if (sentence.NameAt[j] is { Kind: NameKind.Organisation } owner && owner.Last == j)
                {
                    return owner.Text;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "with an option to increase this to $1 billion", "looking to ramp up that amount as high as $100 billion", "with the figure rising
    /// to as much as $40 billion": the figure before, made larger, so its metric and investor too.
    /// </summary>
    internal static bool TenthRaisesTheFigureBefore(List<Word> words, int first) => TenthRaisedFigureStart(words, first) >= 0;

    /// <summary>Where the words raising the figure before start, or -1.</summary>
    internal static int TenthRaisedFigureStart(List<Word> words, int first)
    {
        var to = first >= 1 && words[first - 1].Lower == "to" ? first - 1 : first;
        if (to >= 2 && words[to - 1].Lower is "this" or "it" or "that" && IsTenthRaiseVerb(words, to - 2))
        {
            return to - 2;
        }

        // "ramp up that amount", "raise the sum": a verb and the amount.
        if (to >= 3 && words[to - 1].Lower is "amount" or "figure" or "sum" && words[to - 2].Lower is "this" or "that" or "the" && IsTenthRaiseVerb(words, to - 3))
        {
            return words[to - 3].Lower == "up" && to >= 4 ? to - 4 : to - 3;
        }

        // "the figure rising to", "that amount could rise to": the amount rising.
        var verb = to == first - 1 ? to - 1 : -1;
        var noun = verb >= 1 && words[verb].Lower is "rising" or "rises" or "rose" or "increasing" or "increases" or "growing" or "grows" or "climbing" or "going"
            or "rise" or "increase" or "grow" ? verb - 1 : -1;
        while (noun >= 1 && words[noun].Lower is "could" or "may" or "might" or "will" or "would" or "up")
        {
            noun--;
        }

        return noun >= 1 && words[noun].Lower is "figure" or "amount" or "sum" && words[noun - 1].Lower is "the" or "that" or "this" ? noun - 1 : -1;
    }

    private static bool IsTenthRaiseVerb(List<Word> words, int i) =>
        words[i].Lower is "increase" or "increased" or "increasing" or "raise" or "boost" or "expand" or "lift" or "take" or "bring" or "double"
        || (words[i].Lower == "up" && i >= 1 && words[i - 1].Lower is "ramp" or "ramping" or "scale" or "scaling" or "step" or "top");

    /// <summary>"with Amazon notably increasing its investment to $8 billion": the name before the verb that raises its own stake.</summary>
    private static string? RaisingItsInvestment(SentenceWords sentence, int first)
    {
        var words = sentence.Words;

        // "with Desjardins' commitment set to increase to C$50 million": the owner of the commitment that grows.
        if (first >= 4 && words[first - 1].Lower == "to" && words[first - 2].Lower is "increase" or "rise" or "grow" or "climb")
        {
            for (var j = first - 3; j >= Math.Max(1, first - 6); j--)
            {
                if (words[j].Lower is "commitment" or "stake" or "investment" or "holding" && sentence.NameAt[j - 1] is { Possessive: true } owner && owner.Last == j - 1)
                {
                    return owner.Text;
                }
            }
        }

        if (first < 5 || words[first - 1].Lower != "to" || words[first - 2].Lower is not ("investment" or "stake" or "holding" or "commitment")
            || words[first - 3].Lower is not ("its" or "their"))
        {
            return null;
        }

        var verb = first - 4;
        if (words[verb].Lower is not ("increasing" or "raising" or "boosting" or "lifting" or "increased" or "raised" or "boosted" or "lifted" or "upped" or "doubling" or "doubled"))
        {
            return null;
        }

        var subject = verb - 1;
        subject = words[subject].Lower.EndsWith("ly", StringComparison.Ordinal) && subject > 0 ? subject - 1 : subject;
        return sentence.NameAt[subject] is { Kind: not NameKind.Outlet, Possessive: false } name && name.Last == subject ? name.Text : null;
    }

    /// <summary>"a $500 million commitment, which will ultimately raise Toyota’s total investment": the owner named after the figure.</summary>
    private static string? OwnerOfTotalAfter(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        for (var j = last + 1; j < words.Count && j <= last + 10; j++)
        {
            if (sentence.NameAt[j] is { Possessive: true, Kind: NameKind.Organisation } owner && owner.Last == j && j + 1 < words.Count
                && words[j + 1].Lower is "total" or "investment" or "stake" or "overall")
            {
                return owner.Text;
            }
        }

        return null;
    }
}
