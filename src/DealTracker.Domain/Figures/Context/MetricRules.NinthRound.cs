using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric rules added after blind21 and blind22's first runs (the ninth round), read before the eighth round's: money said to come
/// from one named giver (or expected to come from one), the price paid for shares or a minority stake, and investment a company raises or seeks from no one named.
/// </summary>
internal static partial class MetricRules
{
    private static (Metric? Metric, bool Found)? NinthRoundReading(SentenceWords sentence, int first, int last) =>
        InvestorRules.CapitalFromAGiver(sentence, last) is not null || InvestorRules.ExpectedToComeFrom(sentence, last) is not null || InvestorRules.SharePurchaseVerb(sentence, first, last) >= 0
            ? (Metric.Investment, true)
            : IsInvestmentRaisedFromNoOne(sentence.Words, first, last) ? (Metric.RoundSize, true) : null;

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
}
