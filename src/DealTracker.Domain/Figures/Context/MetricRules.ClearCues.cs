using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Cues written right beside the figure that no wider frame may overrule, read after every metric rule (issue 12's own words):
/// <list type="bullet">
/// <item>"a valuation of $X", "valued at $X", "valuing it at $X" is a valuation even inside a raise or a listing ("is seeking a
/// valuation of about $4.7 billion in the listing");</item>
/// <item>money raised "at $X" is the valuation the money was raised at ("last raised money at $15.2 billion");</item>
/// <item>"the $X it was valued at" is a valuation ("double the $400 million it was valued at in January 2019");</item>
/// <item>an estimate, a price target, a forecast, an offer or a dividend raised to or from $X is no round ("UBS raising estimates to
/// $265");</item>
/// <item>money a company raises "in seed investment" or "in investment" is its round, not an investment by itself ("Spyke Games managed
/// to raise a record $55 million in seed investment").</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words a figure's own hedge or article may put between a cue and the amount: "a valuation of about $X".</summary>
    private static readonly HashSet<string> _clearCueFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "about", "around", "roughly", "nearly", "almost", "approximately", "some", "over", "more", "than", "up", "to",
        "as", "much", "at", "least", "just", "under", "below", "above", "estimated", "reported", "record", "whopping", "mere", "another",
        "additional", "further", "total", "of",
    };

    /// <summary>Nouns whose raising moves a number, not money into a company: "raising estimates to $265", "raised its offer to $X".</summary>
    private static readonly HashSet<string> _raisedNonMoneyNouns = new(StringComparer.Ordinal)
    {
        "estimate", "estimates", "forecast", "forecasts", "guidance", "outlook", "projection", "projections", "offer", "bid", "dividend",
        "dividends", "rating", "ratings", "price", "prices", "wage", "wages", "salary", "salaries", "fee", "fees", "tariff", "tariffs",
    };

    /// <summary>The verbs of raising: "raise", "raised", "raising", "raises".</summary>
    private static readonly HashSet<string> _clearRaiseVerbs = new(StringComparer.Ordinal) { "raise", "raised", "raises", "raising", "hiked", "lifted", "lifting" };

    /// <summary>The metric a cue beside the figure gives over the rules' <paramref name="metric"/>; the rules' metric when no cue does.</summary>
    internal static Metric? ClearCueReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        var words = sentence.Words;
        if (first <= 0 || first >= words.Count || last >= words.Count)
        {
            return metric;
        }

        var cue = first - 1;
        while (cue > 0 && _clearCueFillers.Contains(words[cue].Lower) && !words[cue - 1].EndsPhrase)
        {
            cue--;
        }

        // "a valuation of about $4.7 billion in the listing": read as a round by the listing after it.
        if (metric == Metric.RoundSize && IsValuationCueAt(words, cue, first))
        {
            return Metric.Valuation;
        }

        // "last raised money at $15.2 billion", "raised funds at $5 billion".
        if (metric == Metric.RoundSize && first >= 3 && words[first - 1].Lower == "at" && !words[first - 2].EndsPhrase
            && words[first - 2].Lower is "money" or "funds" or "capital" or "cash" && _clearRaiseVerbs.Contains(words[first - 3].Lower))
        {
            return Metric.Valuation;
        }

        // "the $400 million it was valued at", "the $2 billion that the company was valued at".
        if (metric != Metric.Valuation && IsValuedAtAfter(words, last))
        {
            return Metric.Valuation;
        }

        // "UBS raising estimates to $265", "raised its price target from $250".
        if (metric == Metric.RoundSize && IsRaisedNonMoney(words, first))
        {
            return null;
        }

        // "raise a record $55 million in seed investment": the raiser's round.
        if (metric == Metric.Investment && _clearRaiseVerbs.Contains(words[cue].Lower) && words[cue].Lower is not ("hiked" or "lifted" or "lifting")
            && IsInInvestmentAfter(words, last))
        {
            return Metric.RoundSize;
        }

        return metric;
    }

    /// <summary>Whether the words ending at <paramref name="cue"/> before the figure say "valuation of", "valued at" or "valuing it at".</summary>
    private static bool IsValuationCueAt(List<Word> words, int cue, int first)
    {
        for (var i = Math.Max(0, cue - 1); i < first; i++)
        {
            if (i > 0 && words[i - 1].EndsPhrase && i > cue)
            {
                return false;
            }

            if (words[i].Lower is "valuation" or "valuations" && i + 1 < first && words[i + 1].Lower is "of" or "at" && !words[i].EndsPhrase)
            {
                return true;
            }

            if (words[i].Lower is "valued" && i + 1 < first && words[i + 1].Lower == "at" && !words[i].EndsPhrase)
            {
                return true;
            }
        }

        return cue >= 2 && words[cue].Lower == "at" && words[cue - 2].Lower is "valuing" or "values" && !words[cue - 1].EndsPhrase;
    }

    /// <summary>"the $400 million it was valued at": the figure followed by a relative clause saying something was valued at it.</summary>
    private static bool IsValuedAtAfter(List<Word> words, int last)
    {
        if (words[last].EndsPhrase)
        {
            return false;
        }

        var i = last + 1;
        if (i < words.Count && words[i].Lower is "that" or "which")
        {
            i++;
        }

        // The subject: "it", "the company", "Paytm", "the startup".
        var subjectEnd = Math.Min(words.Count, i + 3);
        while (i < subjectEnd && words[i].Lower is not ("was" or "is" or "had" or "has") && !words[i].EndsPhrase)
        {
            i++;
        }

        if (i >= words.Count || words[i].Lower is not ("was" or "is" or "had" or "has"))
        {
            return false;
        }

        i++;
        if (i < words.Count && words[i].Lower == "been")
        {
            i++;
        }

        return i + 1 < words.Count && words[i].Lower == "valued" && words[i + 1].Lower == "at"
            && (i + 2 == words.Count || words[i + 1].EndsPhrase || words[i + 2].Lower is "in" or "on" or "when" or "during" or "last" or "before" or "after" or "a" or "the" or "back" or "just" or "only");
    }

    /// <summary>Whether "to" or "from" before the figure ends a raise of a number that is no money into a company ("raising estimates to $265").</summary>
    private static bool IsRaisedNonMoney(List<Word> words, int first)
    {
        if (first < 3 || words[first - 1].Lower is not ("to" or "from"))
        {
            return false;
        }

        for (var i = first - 2; i >= Math.Max(1, first - 6); i--)
        {
            if (words[i].EndsPhrase && i < first - 2)
            {
                return false;
            }

            if (_raisedNonMoneyNouns.Contains(words[i].Lower))
            {
                // "price" must be a price ("its price target", "share price"), not "a purchase price" of a deal read as a round.
                for (var v = i - 1; v >= Math.Max(0, i - 4); v--)
                {
                    if (_clearRaiseVerbs.Contains(words[v].Lower))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>"… $55 million in seed investment", "… $10 million in new investment": the money raised is named an investment after it.</summary>
    private static bool IsInInvestmentAfter(List<Word> words, int last)
    {
        var i = last + 1;
        if (i >= words.Count || words[last].EndsPhrase || words[i].Lower != "in")
        {
            return false;
        }

        for (var j = i + 1; j < Math.Min(words.Count, i + 5); j++)
        {
            if (words[j].Lower is "investment" or "investments")
            {
                return j + 1 >= words.Count || words[j].EndsPhrase || words[j + 1].Lower is not ("from" or "by");
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }
}
