using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-fourth session: a figure the words next to it name as one lettered round, in any of the ways news writes the
/// letter, is that round's size (the issue's "a round of $X" → roundSize), when no other rule read it: "a $500 m series-E led by
/// Accel", "$2bn of C-series funding", "its $10 million pre-Series A round", "the Series A of $20 million", "Acme's Series B was $45
/// million", "pocketed $400 million from a new funding round". Market words ("average", "median", "rounds" in the plural) leave the
/// figure to the other rules, which read such sums as other.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Whether the figure at characters <paramref name="start"/>..<paramref name="end"/> of the text is named as one round.</summary>
    internal static bool IsNamedRoundsSize(string text, SentenceWords sentence, int start, int end)
    {
        // A figure lies inside its sentence; the bounds are clamped all the same, so that no text can make a range run backwards.
        var before = text[Math.Min(start, Math.Max(sentence.Start, start - 60))..start];
        var after = text[end..Math.Max(end, Math.Min(sentence.End, end + 60))];
        var own = text[sentence.Start..sentence.End];
        if (RoundMarketWordsPattern().IsMatch(own))
        {
            return false;
        }

        return RoundNamedBeforePattern().IsMatch(before) || RoundNamedAfterPattern().IsMatch(after);
    }

    /// <summary>A round's letter in any spelling: "Series E", "series-E", "C-series", "pre-Series A", "Series A2", "seed", "pre-seed".</summary>
    private const string RoundLetter = @"(?:(?:pre-)?[Ss]eries[- ][A-Ha-h]\d?(?:[- ]?(?:extension|prime|plus|\+))?|[A-Ha-h]-[Ss]eries|(?:pre-)?[Ss]eed)";

    /// <summary>"the Series A of ", "Series B round of ", "Acme's Series B was ", "a Series C totalling " right before the figure.</summary>
    [GeneratedRegex(@"\b" + RoundLetter + @"(?: (?:funding|financing|investment|equity))?(?: round)? (?:of|was|is|totall?ing|totall?ed|came to|comes to|reached|worth|valued at|amounting to|at)(?: (?:about|around|roughly|nearly|almost|some|over|more than|up to|an estimated|a reported))? ?$")]
    private static partial Regex RoundNamedBeforePattern();

    /// <summary>" series-E led by", " of C-series funding", " pre-Series A round", " in Series B funding", " from a new funding round" right after the figure.</summary>
    [GeneratedRegex(@"^(?:\s*\([^)]{1,40}\))?\s*(?:(?:of|in) (?:new |fresh |its |a |an |the )?" + RoundLetter + @"\b|" + RoundLetter + @"\b(?! (?:rounds|deals|investments))|from (?:a |an |its |the )?(?:new |fresh |latest |recent )?(?:funding|financing|investment|" + RoundLetter + @") round\b)")]
    private static partial Regex RoundNamedAfterPattern();

    /// <summary>Words of a market's rounds: "the average Series A", "median seed", "Series B rounds".</summary>
    [GeneratedRegex(@"\b(?:average|median|typical|mean)\b|\b(?:[Ss]eries [A-H]|seed|pre-seed) (?:rounds|deals|investments|funding rounds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoundMarketWordsPattern();
}
