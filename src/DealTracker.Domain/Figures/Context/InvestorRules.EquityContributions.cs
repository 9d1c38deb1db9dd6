using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-second session: the investor of the equity shapes <see cref="MetricRules.EquityContributionReading"/> reads as an
/// investment: the subscriber named before "for" ("subscribed by the French State for €526.4 million, Bharti Space for €31.4 million"),
/// else the subject opening the clause of the verb that puts the money in ("The Indian government has converted", "Investment manager
/// Baillie Gifford added $35m to a funding round for", "The British government will invest 90.1 million Euros through an RCI and a rights
/// issue (RI) of 73.2 million Euros"), a place's government written whole ("the Victorian government").
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs that put money into equity in those shapes.</summary>
    private static readonly HashSet<string> _equityContributionVerbs = new(StringComparer.Ordinal)
    {
        "converted", "convert", "converts", "converting", "added", "invest", "invests", "invested", "investing", "subscribe", "subscribes",
        "subscribed", "subscribing", "inject", "injects", "injected", "injecting", "bought", "buys", "buy", "acquired", "acquires",
    };

    /// <summary>The investor of an equity contribution, or null when the figure is none or its giver is not named.</summary>
    internal static string? EquityContributionInvestor(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 1 || last >= words.Count || MetricRules.EquityContributionReading(sentence, first, last) != Metric.Investment)
        {
            return null;
        }

        if (MetricRules.SubscriberForFigure(sentence, first) is var subscriber and >= 0 && sentence.NameAt[subscriber] is { } name)
        {
            return name.Text;
        }

        for (var j = first - 1; j >= 0 && first - j <= 16 && words[j].After != ';'; j--)
        {
            if (_equityContributionVerbs.Contains(words[j].Lower))
            {
                return ClauseSubjectOrGovernment(sentence, j);
            }
        }

        return null;
    }

    /// <summary>The subject opening the clause of the verb at <paramref name="verb"/>, a place's government written whole.</summary>
    private static string? ClauseSubjectOrGovernment(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        if (verb < 1)
        {
            return null;
        }

        for (var j = verb - 1; j >= 1 && verb - j <= 4; j--)
        {
            if (words[j].Lower is "government" or "state" && words[j - 1].IsCapitalised && GovernmentName(sentence, j) is { } government)
            {
                return government;
            }
        }

        var s = verb - 1;
        while (s > 0 && words[s].Lower is "has" or "have" or "had" or "will" or "would" or "is" or "are" or "was" or "were" or "also" or "already"
            or "been" or "to" or "then" or "later" && !words[s].EndsPhrase)
        {
            s--;
        }

        // "Hungary's FHB Bank has bought", "Investment manager Baillie Gifford added": the name right before the verb.
        return sentence.NameAt[s] is { Possessive: false, Kind: not NameKind.Outlet } subject && subject.Last == s && !words[s].EndsPhrase
            ? subject.Text
            : ClauseOpeningSubject(sentence, verb);
    }
}
