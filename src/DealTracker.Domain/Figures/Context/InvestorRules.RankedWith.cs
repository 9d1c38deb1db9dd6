namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Ranked investors (the clause-reading sweep, branch inv73): "followed by American private equity fund Tiger Global LLC with $3.63
/// billion in investments and South African media group Naspers with $2.9 billion in investments": each figure's investor is the name
/// right before its "with", not the sentence's first organisation.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>The name right before "with $X in investments" / "with $X invested" / "with investments of $X", or null when the frame is not there.</summary>
    internal static string? RankedWithInvestor(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var after = MetricRules.SkipConversion(words, last);
        int with;
        if (first >= 2 && words[first - 1].Lower == "with" && after + 1 < words.Count && words[after].Lower == "in"
            && words[after + 1].Lower is "investments" or "investment" or "deals" or "commitments")
        {
            with = first - 1;
        }
        else if (first >= 4 && words[first - 1].Lower == "of" && words[first - 2].Lower is "investments" && words[first - 3].Lower == "with")
        {
            with = first - 3;
        }
        else if (first >= 2 && words[first - 1].Lower == "with" && after < words.Count && words[after].Lower is "invested" or "deployed" or "committed")
        {
            with = first - 1;
        }
        else
        {
            return null;
        }

        return with > 0 && !words[with - 1].EndsPhrase && sentence.NameAt[with - 1] is { Kind: not NameKind.Outlet } name ? name.Text : null;
    }
}
