using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the givers-and-shapes sweep (issue70's misses by class): the metric frames the other rules left unread, read before them in
/// <see cref="ContextReader"/> and only where one of them matches whole. Each family has its own file: passive money
/// (MetricRules.PassiveMoney.cs), money given by a verb the cues do not know (MetricRules.GivenMoney.cs), cloud spending with a provider
/// (MetricRules.CloudSpend.cs), and valuation pairs, raises and tranches (MetricRules.PairsAndRaises.cs).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>
    /// The metric one of the sweep's frames gives the figure at words <paramref name="first"/>..<paramref name="last"/> (with the
    /// reading of the figure before it in the sentence, <paramref name="previous"/>, when there is one); null when no frame reads it.
    /// </summary>
    internal static Metric? GiversAndShapesReading(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        if (first < 0 || last >= sentence.Words.Count)
        {
            return null;
        }

        if (IsPassiveMoneyPutIn(sentence, first, last) || IsPassiveStakeBought(sentence, first) || IsGivenByAMoneyVerb(sentence, first, last, floor)
            || IsMorePutIntoAfterAnInvestment(sentence.Words, first, last, previous))
        {
            return Metric.Investment;
        }

        if (IsCloudSpendWithAProvider(sentence, first, last, floor) || (previous == Metric.ComputeCommitment && IsTotalOfTheFigureBefore(sentence.Words, first, last, floor)))
        {
            return Metric.ComputeCommitment;
        }

        if (previous == Metric.Valuation && IsSecondValuedThing(sentence.Words, first, floor))
        {
            return Metric.Valuation;
        }

        return IsOneRaiseShape(sentence, first, last) ? Metric.RoundSize : null;
    }

    /// <summary>The index of the first word before <paramref name="i"/> (inclusive) that is no hedge word; stops at <paramref name="floor"/>.</summary>
    private static int BackOverHedges(IReadOnlyList<Word> words, int i, int floor)
    {
        while (i >= Math.Max(floor, 0) && _hedgeWords.Contains(words[i].Lower) && !words[i].EndsPhrase)
        {
            i--;
        }

        return i;
    }
}
