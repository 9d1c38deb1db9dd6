using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-fifth session: a fund's capital, written as the capital, budget or scale it is set up with, is the fund's size (a
/// round size, conventions M5 and M10), read where no rule read the figure: "China has officially set up its third state-backed
/// investment fund …, with a registered capital of 344 billion yuan", "Indonesia launched its first sovereign wealth fund … with an
/// initial capital of $5 billion", "planning to organize its third fund, with a scale reaching 300 billion yuan", "the Startup Korea
/// Fund will be formed with a total of 640.1 billion won", "The renewable energy-focused EIF II fund has a total equity capital of around
/// EUR 480 million". A sentence without a fund in it (a company's registered capital, "The registered capital of Avatr will be
/// increased to 3.1 billion yuan") and money subscribed, contributed or injected into the capital ("The total amount subscribed by the
/// parties to the registered capital of the partnership fund", "with a total injection of RMB 50 billion") or authorised are left alone.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Whether the figure starting at word <paramref name="first"/> is the capital a fund in its sentence is set up with.</summary>
    private static bool IsFundsCapital(SentenceWords sentence, int first)
    {
        var own = sentence.Text[sentence.Start..sentence.End];
        var start = sentence.Words[first].Start;
        return FundInSentencePattern().IsMatch(own) && !NotTheFundsCapitalPattern().IsMatch(own)
            && FundCapitalBeforePattern().IsMatch(sentence.Text[Math.Max(sentence.Start, start - 60)..start]);
    }

    [GeneratedRegex(@"\bfund\b|\bFund\b(?! of Funds)")]
    private static partial Regex FundInSentencePattern();

    [GeneratedRegex(@"\b(?:subscribed|contribut\w*|injection|authori[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheFundsCapitalPattern();

    [GeneratedRegex(@"\b(?:(?:registered|initial|paid-up|starting|(?:total )?equity) capital|initial (?:budget|corpus|capitali[sz]ation)|(?:a |its )?(?:scale|corpus) (?:reaching|of)|(?:formed|created|launched|set up|established) with (?:a total of|a corpus of)|(?:a )?sub-fund with)\s+(?:of\s+)?(?:about |around |approximately |roughly |some |nearly |more than |over |up to )?[(\[]?$", RegexOptions.IgnoreCase)]
    private static partial Regex FundCapitalBeforePattern();
}
