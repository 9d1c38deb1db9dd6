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

        // "and": only right after another part ("$500 million upfront and $1.5 billion over time").
        if (words[lead].Lower is "and" or "plus" or "then" && !(lead - 1 >= 0 && _trancheWords.Contains(words[lead - 1].Lower)))
        {
            return false;
        }

        return trancheBefore || TrancheWordAfter(words, SkipConversion(words, last));
    }

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
}
