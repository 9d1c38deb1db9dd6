using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric rules added after blind27 and blind28's first runs (the twelfth round), read before the tenth round's: money many startups
/// raised (a market total), equity and enterprise values, a stake sale to a buyer, money raised by selling a stake to a buyer, and a
/// figure that carries on the one before ("a figure expected to jump to $X").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Plural nouns for many companies raising at once: "African start-ups raised", "these firms raised".</summary>
    private static readonly HashSet<string> _twelfthCrowds = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "companies", "firms", "unicorns", "scaleups", "scale-ups",
    };

    /// <summary>Words between a raise verb and its figure: "raised a record $X", "raised a total of $X", "raising more than $X".</summary>
    private static readonly HashSet<string> _twelfthFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "total", "of", "record", "nearly", "roughly", "about", "around", "more", "than", "over", "some", "almost", "just", "under",
        "approximately", "combined", "collective", "estimated", "whopping", "close", "to", "least", "at",
    };

    /// <summary>Words between a crowd and its raise verb: "start-ups have raised", "Startups globally raised", "AI startups—collectively raising".</summary>
    private static readonly HashSet<string> _twelfthCrowdAdverbs = new(StringComparer.Ordinal)
    {
        "have", "had", "has", "also", "collectively", "together", "globally", "already", "alone", "jointly", "reportedly",
    };

    /// <summary>The twelfth round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? TwelfthRoundReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        return TwelfthCrowdRaised(words, first, next, floor)
            ?? TwelfthEquityOrEnterpriseValue(words, first)
            ?? TwelfthStakeSale(sentence, first, last);
    }

    /// <summary>"a $1.5 billion stake sale in Jio to Vista", "raised $2.2 billion by selling part of his stake … to Cascade": the buyer's investment.</summary>
    private static (Metric? Metric, bool Found)? TwelfthStakeSale(SentenceWords sentence, int first, int last) =>
        InvestorRules.TwelfthStakeSaleBuyer(sentence, first, last) is not null ? (Metric.Investment, true) : null;

    /// <summary>
    /// Market totals: "Silicon Valley's hottest start-ups have raised $150bn", "these firms raised nearly $2.27 billion", "a total $466
    /// million raised by tech startups"; not a count of startups over a threshold ("49 startups raised $100 million or more").
    /// </summary>
    private static (Metric? Metric, bool Found)? TwelfthCrowdRaised(List<Word> words, int first, int next, int floor)
    {
        if (FloorAt(words, next) || (next + 1 < words.Count && words[next].Lower is "each" or "apiece"))
        {
            return null;
        }

        // "$466 million raised by tech startups": the crowd after the figure.
        if (next + 1 < words.Count && words[next].Lower == "raised" && words[next + 1].Lower == "by")
        {
            for (var k = next + 2; k < words.Count && k - next <= 4; k++)
            {
                if (_twelfthCrowds.Contains(words[k].Lower))
                {
                    return (null, true);
                }

                if (words[k].EndsPhrase || words[k].IsCapitalised)
                {
                    break;
                }
            }
        }

        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 5 && _twelfthFillers.Contains(words[verb].Lower))
        {
            verb--;
        }

        return verb >= 1 && verb >= floor && words[verb].Lower is "raised" or "raise" or "raising" or "raises" or "banked" or "amassed"
            && IsTwelfthCrowdSubject(words, verb)
            ? (null, true)
            : null;
    }

    /// <summary>"hottest start-ups have", "these firms", "Startups globally", "US venture-backed companies": a crowd right before the verb.</summary>
    private static bool IsTwelfthCrowdSubject(List<Word> words, int verb)
    {
        var i = verb - 1;
        var collective = false;
        while (i >= 0 && verb - i <= 3 && (_twelfthCrowdAdverbs.Contains(words[i].Lower) || words[i].Core.Length == 0))
        {
            collective |= words[i].Lower is "collectively" or "together" or "jointly";
            i--;
        }

        // "AI startups—collectively raising": a dash may stand between the crowd and an adverb saying it is all of them.
        if (i < 0 || !_twelfthCrowds.Contains(words[i].Lower) || (words[i].EndsPhrase && !(collective && words[i].After is '—' or '–')))
        {
            return false;
        }

        if (i == 0 || words[i - 1].EndsPhrase)
        {
            return true;
        }

        var qualifier = words[i - 1];
        var lower = qualifier.Lower;
        if (char.IsDigit(qualifier.Core[0]) || lower is "the" or "its" or "their" or "other" or "existing" or "new" or "and" or "two" or "three"
            or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "few" or "several" or "both" or "which" or "portfolio")
        {
            return false;
        }

        return collective || Lexicon.Places.Contains(qualifier.Core) || lower is "these" or "those" or "such" or "venture" or "vc" or "tech"
            || lower.EndsWith("-backed", StringComparison.Ordinal) || lower.EndsWith("-based", StringComparison.Ordinal) || (lower.Length > 5 && lower.EndsWith("est", StringComparison.Ordinal));
    }

    /// <summary>
    /// "an equity value of 4.91 trillion rupees", "at an enterprise value of $75 billion", "a pre-money equity value of $X": what a stake deal
    /// values the company at; a takeover's enterprise value ("acquired 100% … for an enterprise value of $X") is its price, left to the older rules.
    /// </summary>
    private static (Metric? Metric, bool Found)? TwelfthEquityOrEnterpriseValue(List<Word> words, int first) =>
        first >= 3 && words[first - 1].Lower is "of" or "at" && words[first - 2].Lower == "value" && words[first - 3].Lower is "equity" or "enterprise"
        && !IsMajorityOrTakeover(words)
            ? (Metric.Valuation, true)
            : null;
}
