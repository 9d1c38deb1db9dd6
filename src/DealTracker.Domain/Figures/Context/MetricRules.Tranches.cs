namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Tranches: the parts of one investment or one round written after it ("will invest $2 billion, with $500 million upfront and $1.5
/// billion over time", "including $1 billion in cash and $1 billion in later tranches", "with an initial $1.25 billion") are parts of
/// that figure, so they take its metric (<see cref="ContextReader"/> gives them the figure before's reading).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words that open the list of parts after the whole: "with", "including", "of which", "comprising".</summary>
    private static readonly HashSet<string> _partsOpeners = new(StringComparer.Ordinal)
    {
        "with", "including", "includes", "include", "comprising", "which", "and", "plus", "then", "followed", "split", "into",
    };

    /// <summary>Words between the opener and the part's figure: "with an initial", "of which the first tranche of".</summary>
    private static readonly HashSet<string> _partsLeadWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "initial", "first", "second", "third", "final", "upfront", "up-front", "immediate", "remaining", "tranche", "of",
        "by", "another", "further",

        // Since the forty-seventh session: "followed by an additional $2 billion".
        "additional",
    };

    /// <summary>Words saying when or how a part is paid: "upfront", "over time", "in cash", "in later tranches", "next year".</summary>
    private static readonly HashSet<string> _trancheWords = new(StringComparer.Ordinal)
    {
        "upfront", "up-front", "initially", "immediately", "now", "later", "time", "cash", "stock", "shares", "tranche", "tranches",
        "installment", "installments", "instalment", "instalments", "closing", "close", "signing", "milestones", "initial", "first",
        "subsequent", "next", "remainder",
    };

    /// <summary>
    /// Whether the figure at words <paramref name="first"/>..<paramref name="last"/> is one part of the figure before it in the
    /// sentence (which ends before <paramref name="floor"/>): a parts opener right before it and a tranche word before or right after it.
    /// </summary>
    public static bool IsTrancheOfTheFigureBefore(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (floor <= 0 || first < floor)
        {
            return false;
        }

        var lead = first - 1;
        var trancheBefore = false;
        while (lead >= floor && _partsLeadWords.Contains(words[lead].Lower) && !words[lead].EndsPhrase)
        {
            trancheBefore |= _trancheWords.Contains(words[lead].Lower);
            lead--;
        }

        if (lead < floor || !_partsOpeners.Contains(words[lead].Lower) || words[lead].EndsPhrase)
        {
            return false;
        }

        // "and": only right after another part ("$500 million upfront and $1.5 billion over time"; since the forty-seventh session also
        // "$2 billion in 2023 and $1 billion earlier this year").
        if (words[lead].Lower is "and" or "plus" or "then" && !(lead - 1 >= 0 && (_trancheWords.Contains(words[lead - 1].Lower) || IsPartsTime(words, lead - 1))))
        {
            return false;
        }

        // Since the forty-seventh session: "followed by an additional $2 billion" is more of the same whatever follows it.
        var more = words[lead].Lower == "followed" && Enumerable.Range(lead + 1, first - lead - 1).Any(k => words[k].Lower is "another" or "further" or "additional");
        return trancheBefore || more || TrancheWordAfter(words, SkipConversion(words, last)) || TimeAfterAPart(words, lead, last);
    }

    /// <summary>
    /// Since the forty-seventh session: "including $2 billion in 2023 and $1 billion earlier this year": a part said by when it was paid, after
    /// "including" or "of which" (not "with", which also opens a condition), or after "and" joining another such part.
    /// </summary>
    private static bool TimeAfterAPart(IReadOnlyList<Word> words, int lead, int last)
    {
        if (words[lead].Lower is not ("including" or "and" or "which") || words[last].EndsPhrase)
        {
            return false;
        }

        // "and" only after a part that "including" or "of which" opened: "including $2 billion in 2023 and $1 billion earlier this year".
        if (words[lead].Lower == "and" && !Enumerable.Range(Math.Max(0, lead - 8), lead - Math.Max(0, lead - 8)).Any(k => words[k].Lower is "including" or "which"))
        {
            return false;
        }

        var next = SkipConversion(words, last);
        return next + 1 < words.Count
            && ((words[next].Lower is "in" && IsPartsTime(words, next + 1))
                || (words[next].Lower is "earlier" or "later" && words[next + 1].Lower is "this" or "that" or "last" or "in")
                || (words[next].Lower is "last" or "this" && words[next + 1].Lower is "year" or "month" or "quarter"));
    }

    /// <summary>A year or a month that dates a part, or the end of "earlier this year": "2023", "March".</summary>
    private static bool IsPartsTime(IReadOnlyList<Word> words, int i) =>
        i >= 0 && i < words.Count
        && ((words[i].Core.Length == 4 && int.TryParse(words[i].Core, out var year) && year is >= 1990 and <= 2100)
            || Lexicon.Months.Contains(words[i].Lower) || words[i].Lower is "year" or "earlier" or "this");

    /// <summary>"upfront", "up front", "over time", "in cash", "in the first tranche", "over the next five years" right after the figure.</summary>
    private static bool TrancheWordAfter(IReadOnlyList<Word> words, int next)
    {
        for (var i = next; i < words.Count && i < next + 4; i++)
        {
            var lower = words[i].Lower;
            if (_trancheWords.Contains(lower) || (lower == "front" && i > next && words[i - 1].Lower == "up")
                || (lower == "years" && i > next && words[i - 1].Lower != "last"))
            {
                return true;
            }

            if (words[i].EndsPhrase || lower is "from" or "for" or "to" or "into")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Since the forty-seventh session: "of that amount", "of the sum", "of this commitment" right after the figure: a part of the figure before.</summary>
    public static bool IsPartOfThatAmount(IReadOnlyList<Word> words, int last)
    {
        var next = SkipConversion(words, last);
        return !words[last].EndsPhrase && next + 2 < words.Count && words[next].Lower == "of" && words[next + 1].Lower is "that" or "this" or "the"
            && words[next + 2].Lower is "amount" or "sum" or "total" or "commitment" or "investment" or "money" or "pledge" or "figure";
    }
}
