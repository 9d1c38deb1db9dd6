using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twentieth session: money an investor has already put in, summed over many deals or a period, is a total (convention M4:
/// "invested a record $X over 40 transactions"; M5's "has raised $X to date"), not one deal's investment. Read after every metric rule
/// for a figure read as an investment right after a past money verb ("invested", "has invested", "deployed", "poured"):
/// <list type="bullet">
/// <item>a word of a sum: "a combined 108.8 billion won", "collectively pumped", "a record", "in total", "to date", "so far", "over the
/// years", "in two rounds", "including a $1 billion investment in 2019 and …", "its largest annual investment";</item>
/// <item>a period, with no one company the money went into: "Temasek deployed around $3 billion in India" last fiscal year, "In 2023, PIF
/// invested $31.5 billion to become the world's top spending sovereign wealth fund", "has already invested $40 billion this year".</item>
/// </list>
/// One deal in one company in a year stays an investment ("Microsoft invested $1 billion in OpenAI in 2019", "Amazon pumped $2.75bn into
/// the start-up last year"), and so does a plan ("will invest $10 billion in India over three years"). The older corpus labelled
/// eleven such sums investments; a reader who saw no rule output relabelled the class (docs/issue-reading/relabels/past-totals.tsv).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Past verbs of money put in: "invested", "deployed", "poured".</summary>
    private static readonly HashSet<string> _pastMoneyVerbs = new(StringComparer.Ordinal)
    {
        "invested", "deployed", "poured", "pumped", "injected", "ploughed", "plowed",
    };

    /// <summary>Words of a sum over deals or time: "combined", "collectively", "record", "cumulative".</summary>
    private static readonly HashSet<string> _sumWords = new(StringComparer.Ordinal)
    {
        "combined", "collectively", "cumulative", "cumulatively", "record", "annual", "annually",
    };

    /// <summary>The metric after the past-total cues: other (null) for a past sum over deals or a period, the rules' metric else.</summary>
    private static Metric? PastTotalReading(SentenceWords sentence, int first, int last, Metric? metric) =>
        metric == Metric.Investment && IsPastTotal(sentence, first, last) ? null : metric;

    /// <summary>
    /// Whether the figure is a past sum over deals or a period (also asked by ContextReader before it turns a figure right after an
    /// invest verb into an investment).
    /// </summary>
    internal static bool IsPastTotal(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first <= 0 || first >= words.Count || last >= words.Count)
        {
            return false;
        }

        var v = first - 1;
        while (v > 0 && first - v <= 4 && words[v].Lower is "a" or "an" or "about" or "around" or "roughly" or "approximately" or "nearly" or "almost"
            or "over" or "more" or "than" or "some" or "close" or "to" or "upwards" or "of" or "just" or "total" or "combined" or "record" or "estimated"
            or "already" or "collectively" or "cumulatively" && !words[v].EndsPhrase)
        {
            v--;
        }

        if (v < 1 || !_pastMoneyVerbs.Contains(words[v].Lower) || words[v].EndsPhrase)
        {
            return false;
        }

        var clauseEnd = ClauseEnd(words, SkipConversion(words, last), 14);
        var before = words.Skip(Math.Max(0, v - 3)).Take(first - Math.Max(0, v - 3)).Select(w => w.Lower).ToList();
        var after = words.Skip(last + 1).Take(Math.Max(0, clauseEnd - last - 1)).Select(w => w.Lower).ToList();
        if (before.Any(_sumWords.Contains) || IsSumAfter(after))
        {
            return true;
        }

        // "over $13 billion in OpenAI, including a $1 billion investment in 2019 and …": the sum and its parts, past one comma.
        var wider = words.Skip(last + 1).Take(12).Select(w => w.Lower).ToList();
        if (wider.Zip(wider.Skip(1)).Any(p => p.First == "including" && p.Second is "a" or "an") && wider.Contains("investment") && wider.Contains("and"))
        {
            return true;
        }

        // A period, the money put into a country or region: "Temasek deployed around $3 billion in India" last fiscal year, "As of March
        // 2024, Temasek had invested nearly USD 37 billion in the country".
        var period = after.Any(w => w is "year" or "fiscal" or "decade" or "quarter" or "half") || IsYearAfter(words, last, clauseEnd)
            || Enumerable.Range(0, v).Any(i => words[i].Lower is "year" or "fiscal" or "as" || (IsYear(words[i]) && !IsFoundingYear(words, i)));
        return period && IntoAPlace(sentence, last, clauseEnd);
    }

    /// <summary>"in total", "to date", "so far", "over the years", "in two rounds", "including a $1 billion investment in 2019".</summary>
    private static bool IsSumAfter(List<string> after)
    {
        for (var i = 0; i + 1 < after.Count; i++)
        {
            var (a, b) = (after[i], after[i + 1]);
            var third = i + 2 < after.Count ? after[i + 2] : "";
            if ((a, b) is ("in", "total") or ("to", "date") or ("so", "far") or ("including", "a") or ("including", "an"))
            {
                return true;
            }

            if ((a == "over" && b == "the" && third is "years" or "decade" or "past")
                || (a == "in" && b is "two" or "three" or "four" or "five" or "several" or "multiple" && third is "rounds" or "tranches" or "deals"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearAfter(List<Word> words, int last, int clauseEnd) =>
        Enumerable.Range(last + 1, Math.Max(0, clauseEnd - last - 1)).Any(k => IsYear(words[k])
            && k > 0 && words[k - 1].Lower is "in" or "during" or "since" or "of");

    /// <summary>"in India", "in the country", "into Brazil": the money went into a country or region named right after the figure.</summary>
    private static bool IntoAPlace(SentenceWords sentence, int last, int clauseEnd)
    {
        var words = sentence.Words;
        var k = SkipConversion(words, last);
        if (k + 1 >= clauseEnd || words[k].Lower is not ("in" or "into") || words[k].EndsPhrase)
        {
            return false;
        }

        // The place is the whole target ("in India during …"), not an adjective of one ("in Asian data-center operator …").
        var t = k + 1;
        var place = Lexicon.PlaceLength(words, t);
        var end = t + place;
        return (place > 0 && (words[end - 1].EndsPhrase || end >= words.Count
                || words[end].Lower is "in" or "during" or "over" or "since" or "last" or "this" or "as" or "through" or "between" or "from" or "and" or "for" or "until" or "by" or "so" or "alone"))
            || (words[t].Lower == "the" && t + 1 < words.Count && words[t + 1].Lower is "country" or "region" or "kingdom" or "continent" or "state");
    }

    /// <summary>
    /// Since the twenty-seventh session: a year that tells when the subject began ("Mubadala, founded in 2015, has invested", "the
    /// fund, set up in 2019,") dates no sum.
    /// </summary>
    private static bool IsFoundingYear(IReadOnlyList<Word> words, int year) =>
        year >= 2 && words[year - 1].Lower is "in" && words[year - 2].Lower is "founded" or "established" or "launched" or "created" or "formed"
            or "incorporated" or "started" or "up" or "born" or "listed";
}
