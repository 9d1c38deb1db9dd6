using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-second session: money that is no one deal's, other (M1, M4, M10).
/// <list type="bullet">
/// <item>money a public fund or a plan hopes to draw in from others: "aims to mobilise up to US$100 billion", "the fund will also aim to
/// leverage a further $500 million from the private sector", "expected to unlock an additional A$6 billion in private capital",
/// "aiming to enable £7.5bn in investment into British firms";</item>
/// <item>an investor's book, not a company's valuation: "reported a 25 per cent rise in its portfolio value to a record US$282 billion",
/// "the size of its investment portfolio, but analysts estimate its value at more than $400 billion";</item>
/// <item>deals summed: "126 CVC deals in Q2, ringing in at a combined value of $1.7 billion", "added $2.5-billion in investment
/// commitments in the fiscal year";</item>
/// <item>a price sought for a business or an asset up for sale (M1): "is seeking at least $1.2bn for the asset", "Space Systems may go up
/// for sale, seeking $800 million". A stake sought stays an investment, and money sought from investors a round.</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs of drawing others' money in: "mobilise", "leverage", "unlock", "catalyse".</summary>
    private static readonly HashSet<string> _drawingInVerbs = new(StringComparer.Ordinal)
    {
        "mobilise", "mobilises", "mobilising", "mobilize", "mobilizes", "mobilizing", "leverage", "leverages", "leveraging", "unlock",
        "unlocks", "unlocking", "catalyse", "catalyses", "catalysing", "catalyze", "catalyzes", "catalyzing",
    };

    /// <summary>What a business up for sale is: "the asset", "the business", "the unit".</summary>
    private static readonly HashSet<string> _businessesForSale = new(StringComparer.Ordinal)
    {
        "asset", "assets", "business", "businesses", "unit", "division", "operations", "operation", "company", "subsidiary", "arm",
    };

    /// <summary>The metric after these cues: other for money that is no one deal's, the rules' metric else.</summary>
    private static Metric? MobilisedAndHeldReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        var words = sentence.Words;
        if (metric is null || first < 1 || words[first].InBrackets)
        {
            return metric;
        }

        return IsDrawnIn(words, first, last) || (metric == Metric.Valuation && (IsPortfolioValue(words, first) || IsCombinedValue(words, first)))
            || IsInInvestmentCommitments(words, last) || (metric != Metric.Investment && IsPriceSoughtForABusiness(words, first, last))
            ? null : metric;
    }

    /// <summary>"aims to mobilise up to US$100 billion", "unlock an additional A$6 billion in private capital", "enable £7.5bn in investment".</summary>
    private static bool IsDrawnIn(List<Word> words, int first, int last)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 4 && words[k].Lower is "up" or "to" or "as" or "much" or "a" or "an" or "further" or "additional" or "another"
            or "about" or "around" or "some" or "over" or "more" or "than" or "at" or "least" or "nearly")
        {
            k--;
        }

        if (k < 0 || words[k].EndsPhrase)
        {
            return false;
        }

        if (_drawingInVerbs.Contains(words[k].Lower))
        {
            return true;
        }

        // "enable £7.5bn in investment": only with the investment it enables named.
        var next = SkipConversion(words, last);
        return words[k].Lower is "enable" or "enabling" or "enables" && next + 1 < words.Count && words[next].Lower is "in" or "of"
            && words[next + 1].Lower is "investment" or "investments" or "capital" or "funding";
    }

    /// <summary>"its portfolio value to a record US$282 billion", "its investment portfolio, but analysts estimate its value at".</summary>
    private static bool IsPortfolioValue(List<Word> words, int first)
    {
        for (var j = first - 1; j >= 1 && first - j <= 14 && words[j].After != ';'; j--)
        {
            if (words[j].Lower == "value" && words[j - 1].Lower == "portfolio"
                || words[j].Lower == "portfolio" && words[j - 1].Lower is "investment" or "investments")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ringing in at a combined value of $1.7 billion": deals summed.</summary>
    private static bool IsCombinedValue(List<Word> words, int first) =>
        first >= 3 && words[first - 1].Lower == "of" && words[first - 2].Lower == "value" && words[first - 3].Lower is "combined" or "aggregate" or "cumulative";

    /// <summary>"added $2.5-billion in investment commitments", "almost $10-billion in investment commitments".</summary>
    private static bool IsInInvestmentCommitments(List<Word> words, int last) =>
        last + 3 < words.Count && !words[last].EndsPhrase && words[last + 1].Lower == "in" && words[last + 2].Lower == "investment"
        && words[last + 3].Lower == "commitments";

    /// <summary>"is seeking at least $1.2bn for the asset", "may go up for sale, seeking $800 million".</summary>
    private static bool IsPriceSoughtForABusiness(List<Word> words, int first, int last)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && words[k].Lower is "at" or "least" or "about" or "around" or "some" or "more" or "than" or "over" or "up" or "to")
        {
            k--;
        }

        if (k < 0 || words[k].Lower is not ("seeking" or "seeks" or "seek" or "sought"))
        {
            return false;
        }

        var next = SkipConversion(words, last);
        var forBusiness = next + 2 < words.Count && !words[last].EndsPhrase && words[next].Lower == "for" && words[next + 1].Lower is "the" or "its" or "their"
            && _businessesForSale.Contains(words[next + 2].Lower);
        var upForSale = Enumerable.Range(Math.Max(2, k - 8), Math.Max(0, k - Math.Max(2, k - 8)))
            .Any(j => words[j].Lower == "sale" && words[j - 1].Lower == "for" && words[j - 2].Lower == "up");
        return forBusiness || upForSale;
    }
}
