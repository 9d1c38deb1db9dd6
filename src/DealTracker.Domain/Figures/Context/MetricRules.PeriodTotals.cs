using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Money a market took in over a period, with no one company named as taking it in, is a total (convention M4: "startups raised $X in
/// 2024", "VC investment fell to $X"), read with the conventions' classes for figures the rules read as a round or an investment:
/// <list type="bullet">
/// <item>money raised or invested in a period, the clause naming no organisation before it ("a 44% drop from the $410 million raised in
/// 2024", "close to the USD 486 million raised in 2023", "In the first quarter of 2024, $466 million was raised");</item>
/// <item>a market's level of investment in a period ("H1’25 investment was c. $30.9bn", "investment so far this year is hovering between
/// $4 billion and $4.5 billion per quarter", "with investment levels stabilizing between $4 billion and $4.5 billion per quarter").</item>
/// </list>
/// A company's own raise stays its round ("Flutterwave topping the list with $250 million raised in February", "a $10 million round
/// raised in 2024"), and so does an organisation's investment ("Google's investment was $2 billion in 2023").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words of a period: "2024", "quarter", "H1", "this year".</summary>
    private static readonly HashSet<string> _periodWords = new(StringComparer.Ordinal)
    {
        "quarter", "quarters", "half", "year", "years", "month", "months", "q1", "q2", "q3", "q4", "h1", "h2", "ytd", "year-to-date", "fy",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Nouns of a market's money: "investment", "funding", "capital".</summary>
    private static readonly HashSet<string> _periodMoneyNouns = new(StringComparer.Ordinal)
    {
        "investment", "investments", "funding", "financing", "capital", "vc", "dealmaking",
    };

    /// <summary>Verbs and words of a level between the market's money and the figure: "was", "hovering between", "stood at".</summary>
    private static readonly HashSet<string> _levelWords = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "has", "have", "been", "had", "reached", "hit", "totalled", "totaled", "fell", "rose", "dropped", "climbed",
        "grew", "stood", "at", "to", "hovering", "hovered", "stabilizing", "stabilising", "stabilized", "stabilised", "between", "about",
        "around", "c", "roughly", "nearly", "some", "approximately", "over", "more", "than", "levels", "level", "so", "far", "this",
        "year", "in", "of", "an", "estimated",
    };

    /// <summary>Verbs (and "levels") that make the figure a level the market's money stood at.</summary>
    private static readonly HashSet<string> _levelVerbs = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "reached", "hit", "totalled", "totaled", "fell", "rose", "dropped", "climbed", "grew", "stood",
        "hovering", "hovered", "stabilizing", "stabilising", "stabilized", "stabilised", "levels", "level",
    };

    /// <summary>The metric after the period-total cues: other (null) for a market's money over a period, the rules' metric else.</summary>
    private static Metric? PeriodTotalReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        if (metric is not (Metric.RoundSize or Metric.Investment))
        {
            return metric;
        }

        var clause = ClauseStartBefore(sentence.Words, first);
        if (NamesAnOrganisation(sentence, clause, first))
        {
            return metric;
        }

        return IsRaisedInAPeriod(sentence.Words, clause, first, last) || IsMarketLevel(sentence.Words, clause, first, last) ? null : metric;
    }

    /// <summary>The first word of the clause the figure sits in: after the last comma, semicolon, colon or dash before it.</summary>
    private static int ClauseStartBefore(List<Word> words, int first)
    {
        var k = first - 1;
        // "c." (circa) ends no clause.
        while (k >= 0 && !(words[k].EndsPhrase && !words[k].InBrackets && words[k].Core is not ("c" or "ca")))
        {
            k--;
        }

        return k + 1;
    }

    /// <summary>An organisation named between <paramref name="from"/> and the figure (an outlet or data provider does not count).</summary>
    private static bool NamesAnOrganisation(SentenceWords sentence, int from, int first) =>
        sentence.Names.Any(n => n.Kind == NameKind.Organisation && n.Last < first && n.First >= from);

    /// <summary>
    /// "the $410 million raised in 2024", "$466 million was raised" after "In the first quarter of 2024,": money raised or invested, in a
    /// period named right after it or opening the sentence. Not "a $10 million round" (one raise), nor money raised by a company named
    /// anywhere before it.
    /// </summary>
    private static bool IsRaisedInAPeriod(List<Word> words, int clause, int first, int last)
    {
        var k = SkipConversion(words, last);
        if (words[last].EndsPhrase || (first >= 1 && words[first - 1].Lower is "a" or "an"))
        {
            return false;
        }

        while (k < words.Count && words[k].Lower is "was" or "were" or "had" or "has" or "have" or "been" or "being" && !words[k].EndsPhrase)
        {
            k++;
        }

        if (k >= words.Count || words[k].Lower is not ("raised" or "invested" or "deployed"))
        {
            return false;
        }

        // "raised in 2024", "raised during the first quarter", "invested so far this year".
        if (!words[k].EndsPhrase && IsPeriodAfter(words, k + 1))
        {
            return true;
        }

        // "…: In the first quarter of 2024, $466 million was raised.": a period phrase is the clause right before the figure's, which
        // the figure opens.
        if (!(words[k].EndsPhrase || k + 1 == words.Count) || clause != first || clause == 0)
        {
            return false;
        }

        var opener = ClauseStartBefore(words, clause - 1);
        return words[opener].Lower is "in" or "during" or "over" or "through" or "throughout" or "for"
            && Enumerable.Range(opener, clause - opener).Any(p => IsYearOrPeriod(words[p]));
    }

    /// <summary>"in 2024", "during the first quarter", "so far this year", "in Q1", "last year": a period within five words from <paramref name="k"/>.</summary>
    private static bool IsPeriodAfter(List<Word> words, int k)
    {
        if (k >= words.Count || words[k].Lower is not ("in" or "during" or "over" or "through" or "throughout" or "so" or "last" or "this" or "since"))
        {
            return false;
        }

        for (var p = k; p < words.Count && p < k + 6; p++)
        {
            if (IsYearOrPeriod(words[p]))
            {
                return true;
            }

            if (words[p].EndsPhrase || (p > k && words[p].IsCapitalised && !IsYearOrPeriod(words[p])))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsYearOrPeriod(Word word) =>
        _periodWords.Contains(word.Lower.TrimEnd('.', ','))
        || IsYear(word)
        // "H1’25", "Q1-2024".
        || (word.Core.Length >= 2 && word.Core[0] is 'H' or 'Q' && word.Core[1] is >= '1' and <= '4' && (word.Core.Length == 2 || !char.IsLetter(word.Core[2])));

    /// <summary>
    /// "H1’25 investment was c. $30.9bn", "investment so far this year is hovering between $4 billion", "with investment levels stabilizing
    /// between $4 billion and $4.5 billion per quarter": a market's money as the clause's subject, its level the figure, a period in the
    /// clause.
    /// </summary>
    private static bool IsMarketLevel(List<Word> words, int clause, int first, int last)
    {
        // Back over the level words, and over the first end of a range ("between $4 billion and $4.5 billion").
        var k = first - 1;
        while (k >= clause && first - k <= 12 && (_levelWords.Contains(words[k].Lower) || words[k].Lower is "and" or "billion" or "million" or "trillion" or "bn" or "mn" || IsMoneyWord(words[k])))
        {
            k--;
        }

        if (k < clause || !_periodMoneyNouns.Contains(words[k].Lower) || words[k].Possessive)
        {
            return false;
        }

        // A verb of a level between them: "was", "is hovering", "levels stabilizing"; not "a round of funding of $215 million" or "an
        // initial investment of Rs 5,655 crore" (one deal).
        if (!Enumerable.Range(k + 1, first - k - 1).Any(p => _levelVerbs.Contains(words[p].Lower)))
        {
            return false;
        }

        // A period in the clause, before or after the figure: "H1’25", "so far this year", "per quarter", "in 2024".
        var end = Math.Min(words.Count, SkipConversion(words, last) + 8);
        return Enumerable.Range(clause, end - clause).Any(p => (p < first || p > last) && IsYearOrPeriod(words[p]));
    }
}
