using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Figures the words tie together measure the same thing, so a figure no rule read takes the metric (and investor) of the figure it is
/// tied to, in the same sentence:
/// <list type="bullet">
/// <item>the start of a change read backwards from its end: "grew from $73.8 million in 2019 to $81.8 million in revenue";</item>
/// <item>the start of a change written after its end: "rose to $510 million from $290.3 million";</item>
/// <item>a figure compared with the one before: "between $15 billion and $20 billion, compared to the previous $5 billion",
/// "$4.2 billion, versus $3.1 billion a year earlier";</item>
/// <item>the next item of a list of figures: "revenues of $7.47 billion, $3.64 billion and $1.59 billion".</item>
/// </list>
/// This runs after every other rule, and only fills figures left without a metric; the one exception is a figure a comparison word ties
/// to the figure before ("up from", "down from", "compared with", "versus", "as against", "from the current"), which measures the same
/// thing as that figure whatever its own words would make it ("raised a total of $5.2 billion last year, up from $1.43 billion in 2020",
/// "its valuation may double to $5 billion as against $2 billion").
/// </summary>
internal static class LinkedFigures
{
    /// <summary>How many words may stand between the start of a change ("from $X") and its end ("to $Y").</summary>
    private const int ChangeSpan = 14;

    /// <summary>Words that may stand between "compared to" and the figure: "compared with the previous $5 billion".</summary>
    private static readonly HashSet<string> _comparedFillers = new(StringComparer.Ordinal)
    {
        "the", "a", "its", "their", "previous", "prior", "earlier", "last", "year's", "years", "year", "quarter's", "period's", "just", "only",
        "roughly", "about", "around", "some", "nearly", "almost", "an", "estimated", "reported",
    };

    public static void ShareTheirMetric(IReadOnlyList<ExtractedFigure> figures, List<FigureReading> readings, List<SentenceWords> sentences)
    {
        for (var f = 0; f < readings.Count; f++)
        {
            if (readings[f].Converts is not null
                || sentences.FirstOrDefault(s => s.Start <= figures[f].Start && figures[f].End <= s.End) is not { } sentence)
            {
                continue;
            }

            // A figure a comparison ties to the figure before takes its reading, other (null) included.
            if (ComparedWith(sentence, readings, f) is { } compared)
            {
                Share(readings, f, readings[compared].Metric, readings[compared].Investor);
                continue;
            }

            var tied = readings[f].Metric is null ? TiedTo(sentence, readings, f) : null;
            if (tied is null || readings[tied.Value] is not { Metric: { } metric } source)
            {
                continue;
            }

            Share(readings, f, metric, source.Investor);
        }
    }

    /// <summary>Gives figure <paramref name="f"/> and its conversions the metric (and, for an investment, the investor) of the figure it is tied to.</summary>
    private static void Share(List<FigureReading> readings, int f, Metric? metric, string? investor)
    {
        readings[f] = readings[f] with { Metric = metric, Investor = metric == Metric.Investment ? investor : null };
        for (var g = f + 1; g < readings.Count && readings[g].Converts == f; g++)
        {
            readings[g] = readings[g] with { Metric = metric, Investor = readings[f].Investor };
        }
    }

    /// <summary>
    /// The figure before that a comparison word ties figure <paramref name="f"/> to ("$5.2 billion last year, up from $1.43 billion",
    /// "to $5 billion as against $2 billion", "from the current $5 billion"), or null; a bare "from" ("rose to $510 million from …") or a
    /// list does not override a reading.
    /// </summary>
    private static int? ComparedWith(SentenceWords sentence, List<FigureReading> readings, int f)
    {
        var words = sentence.Words;
        var first = sentence.WordAtOrAfter(readings[f].Figure.Start);
        if (first <= 1 || first >= words.Count || Previous(sentence, readings, f) is not { } before || readings[before].Metric == readings[f].Metric)
        {
            return null;
        }

        var afterBefore = sentence.WordAtOrAfter(LastEnd(readings, before));
        var i = first - 1;
        while (i > afterBefore && _comparedFillers.Contains(words[i].Lower) && words[i].Lower is not ("last" or "year" or "years"))
        {
            i--;
        }

        var strong = words[i].Lower switch
        {
            "from" => words[i - 1].Lower is "up" or "down" || (i + 1 < first && words[i + 1].Lower is "the" or "its" && i + 2 < first
                && words[i + 2].Lower is "current" or "previous" or "prior" or "earlier"),
            "with" or "to" => words[i - 1].Lower is "compared" or "comparing",
            "versus" or "vs" or "vs." => true,
            "against" => words[i - 1].Lower == "as",
            _ => false,
        };

        // The comparison must follow the figure before within its clause: nothing but its period between ("$4.2 billion in 2023, up from").
        return strong && i - afterBefore <= 8 && !words.Skip(afterBefore).Take(Math.Max(0, i - 1 - afterBefore)).Any(w => w.EndsPhrase && w.After != ',')
            ? before : null;
    }

    /// <summary>The figure <paramref name="f"/> is tied to by a change or a comparison, or null.</summary>
    private static int? TiedTo(SentenceWords sentence, List<FigureReading> readings, int f)
    {
        var words = sentence.Words;
        var first = sentence.WordAtOrAfter(readings[f].Figure.Start);
        if (first <= 0 || first >= words.Count)
        {
            return null;
        }

        var before = Previous(sentence, readings, f);
        var afterBefore = before is { } b ? sentence.WordAtOrAfter(readings[b].Figure.End) : -1;

        // "rose to €6 billion ($6.5 billion) from £3.4 billion": the comparison starts after the conversion of the figure before.
        while (afterBefore >= 1 && afterBefore < first && words[afterBefore].InBrackets && !words[afterBefore - 1].EndsPhrase)
        {
            afterBefore++;
        }

        // "rose to $510 million from $290.3 million", "$4.2 billion, compared with $3.1 billion", "versus $3.1 billion".
        if (before is not null && first - afterBefore is >= 1 and <= 6 && Compares(words, afterBefore, first))
        {
            return before;
        }

        // "revenues of $7.47 billion, $3.64 billion and $1.59 billion": the next item of a list of figures, nothing but a comma, "and" or
        // "or" between (a conversion of the one before aside).
        if (before is { } listed && ListSeparator(sentence.Text, LastEnd(readings, listed), readings[f].Figure.Start) is { } separator
            && (separator == "," || IsCommaListItem(sentence, readings, listed) || sentence.Words.Any(w => w.Lower == "respectively")))
        {
            return listed;
        }

        // Since the twenty-fourth session: "will invest $100 million this year and $150 million next year", "invest 100 billion yen in the
        // company and approximately 150 billion yen in fiscal 2026": the second figure of a gapped pair, its verb left out.
        if (before is { } gapped && readings[gapped].Metric is Metric.Investment or Metric.RoundSize or Metric.ComputeCommitment
            && IsGappedPair(words, afterBefore, first, sentence.WordAtOrAfter(readings[f].Figure.End)))
        {
            return gapped;
        }

        // "grew from $73.8 million in 2019 to $81.8 million in revenue": the end of the change this figure starts.
        if (words[first - 1].Lower == "from")
        {
            for (var g = f + 1; g < readings.Count; g++)
            {
                if (readings[g].Converts is not null)
                {
                    continue;
                }

                var at = sentence.WordAtOrAfter(readings[g].Figure.Start);
                if (readings[g].Figure.End > sentence.End || at - first > ChangeSpan)
                {
                    break;
                }

                return at - 1 > first && words[at - 1].Lower == "to" ? g : null;
            }
        }

        return null;
    }

    /// <summary>Whether the words from <paramref name="from"/> to the figure at <paramref name="first"/> compare it with the figure before.</summary>
    private static bool Compares(List<Word> words, int from, int first)
    {
        var i = from;
        if (words[i].Lower is "up" or "down" && i + 1 < first)
        {
            i++;
        }

        // Since the earnings-revenue sweep: "declined to Rs 45.6 crore in FY23 from Rs 248.6 crore": the period of the change's end.
        if (words[i].Lower is "in" or "for" && i + 2 < first && words[i + 1].Core.Any(char.IsDigit) && !words[i + 1].EndsPhrase)
        {
            i += 2;
        }

        if (words[i].Lower is "from" or "versus" or "vs" or "vs." or "against")
        {
            i++;
        }
        else if (words[i].Lower is "compared" or "comparing" && i + 1 < first && words[i + 1].Lower is "to" or "with")
        {
            i += 2;
        }
        else
        {
            return false;
        }

        while (i < first && _comparedFillers.Contains(words[i].Lower))
        {
            i++;
        }

        return i == first;
    }

    /// <summary>Where the figure <paramref name="g"/> ends, with the conversions written after it.</summary>
    private static int LastEnd(List<FigureReading> readings, int g)
    {
        var end = readings[g].Figure.End;
        for (var c = g + 1; c < readings.Count && readings[c].Converts == g; c++)
        {
            end = Math.Max(end, readings[c].Figure.End);
        }

        return end;
    }

    /// <summary>
    /// The separator of a list of figures between <paramref name="from"/> and <paramref name="to"/>: a comma, "and" or "or" (or ", and"),
    /// a closing bracket of a conversion aside; null when other words stand between.
    /// </summary>
    private static string? ListSeparator(string text, int from, int to)
    {
        if (from < 0 || to <= from || to - from > 8)
        {
            return null;
        }

        var between = text[from..to].Trim().TrimStart(')').Trim();

        // A blanked conversion (ReadingText.cs) left its comma right after the figure it converts: "$2 billion,        $900 million".
        var k = from;
        while (between.Length == 0 && k > 0 && char.IsWhiteSpace(text[k - 1]))
        {
            k--;
        }

        between = between.Length == 0 && k > 0 && k < from && text[k - 1] == ',' ? "," : between;
        return between is "," or "and" or "or" or ", and" or ", or" ? between : null;
    }

    /// <summary>
    /// Whether the figure <paramref name="g"/> follows the one before it after a bare comma, so an "and" after it closes a list ("$7.47
    /// billion, $3.64 billion and $1.59 billion"), not a new clause ("$4.1 billion, and $2.9 billion went to fines").
    /// </summary>
    private static bool IsCommaListItem(SentenceWords sentence, List<FigureReading> readings, int g) =>
        Previous(sentence, readings, g) is { } before && ListSeparator(sentence.Text, LastEnd(readings, before), readings[g].Figure.Start) == ",";

    /// <summary>The reading before <paramref name="f"/> in the same sentence that is not a conversion, or null.</summary>
    /// <summary>Words that may end one figure of a gapped pair or follow the other: a place, a time, what the money goes into.</summary>
    private static readonly HashSet<string> _gappedTails = new(StringComparer.Ordinal)
    {
        "in", "into", "to", "for", "the", "a", "an", "its", "their", "this", "next", "last", "year", "years", "month", "months", "quarter",
        "fiscal", "company", "startup", "firm", "venture", "project", "by", "over", "during", "within", "first", "second", "third", "phase",
        "stage", "tranche", "later", "early", "late", "mid", "end", "of", "following", "subsequent", "coming",
    };

    /// <summary>Words between "and" and the second figure: "and another $150 million", "and approximately 150 billion yen".</summary>
    private static readonly HashSet<string> _gappedFillers = new(StringComparer.Ordinal)
    {
        "another", "a", "an", "further", "additional", "approximately", "about", "around", "roughly", "nearly", "some", "up", "to", "as",
        "much", "more", "than", "over", "almost", "then",
    };

    /// <summary>
    /// Whether only a tail of the first figure ("this year", "in the company"), "and" with fillers, then the second figure and a tail of
    /// its own ("next year", "in fiscal 2026") stand from <paramref name="from"/> (after the first figure) to the end of the second figure's
    /// phrase, <paramref name="first"/>..<paramref name="end"/> being the second figure's words.
    /// </summary>
    private static bool IsGappedPair(List<Word> words, int from, int first, int end)
    {
        var k = first - 1;
        while (k > from && _gappedFillers.Contains(words[k].Lower))
        {
            k--;
        }

        if (k < from || k < 1 || words[k].Lower is not ("and" or "plus") || words[k].EndsPhrase || first - from > 12)
        {
            return false;
        }

        for (var i = from; i < k; i++)
        {
            if (!IsGappedTailWord(words[i]) || (words[i].EndsPhrase && i != k - 1))
            {
                return false;
            }
        }

        for (var i = end; i < words.Count && i < end + 6; i++)
        {
            if (!IsGappedTailWord(words[i]))
            {
                return false;
            }

            if (words[i].EndsPhrase)
            {
                return true;
            }
        }

        return end >= words.Count || end + 6 > words.Count;
    }

    private static bool IsGappedTailWord(Word word) =>
        _gappedTails.Contains(word.Lower) || Lexicon.Months.Contains(word.Lower) || (word.Core.Length > 0 && char.IsDigit(word.Core[0]))
        || (word.IsCapitalised && !word.InBrackets);

    private static int? Previous(SentenceWords sentence, List<FigureReading> readings, int f)
    {
        for (var g = f - 1; g >= 0 && readings[g].Figure.Start >= sentence.Start; g--)
        {
            if (readings[g].Converts is null)
            {
                return g;
            }
        }

        return null;
    }
}
