namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// "was previously raising funds at a $40 billion valuation", "at an $8.5 billion post-money valuation", "at a roughly $1 billion
/// valuation": a figure between "at a" (or "at an", one describing word allowed after it) and "valuation" is the valuation,
/// whatever verb, fund word or takeover is around it. Every such figure in the corpus (109 of 109, 2026-12-04) is labelled so.
/// </summary>
internal static partial class MetricRules
{
    internal static bool IsAtAValuation(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 2 || last >= words.Count || words[last].EndsPhrase)
        {
            return false;
        }

        var article = words[first - 1].Lower is "a" or "an" ? first - 1 : first - 2;
        if (article < 1 || words[article].Lower is not ("a" or "an") || words[article].EndsPhrase || words[article - 1].Lower != "at")
        {
            return false;
        }

        var next = SkipConversion(words, last);
        for (var i = next; i < words.Count && i <= next + 2; i++)
        {
            if (words[i].Lower is "valuation" or "valuations")
            {
                return true;
            }

            if (words[i].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }
}
