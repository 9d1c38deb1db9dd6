using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

internal static partial class MetricRules
{
    /// <summary>Nouns of a loan a figure may head: "a $1.412 billion, 364-day facility", "a Rs9.7 billion project financing".</summary>
    private static readonly HashSet<string> _loanHeads = new(StringComparer.Ordinal)
    {
        "loan", "loans", "facility", "facilities", "revolver", "overdraft",
    };

    /// <summary>Words after a figure that end the search for its loan: a link word ("$X in loans") or another kind of money ("$X equity funding").</summary>
    private static readonly HashSet<string> _notLoanDescribers = new(StringComparer.Ordinal)
    {
        "of", "in", "for", "from", "to", "and", "with", "by", "as", "via", "through", "into", "on", "at", "toward", "towards", "round", "stake",
        "investment", "equity", "funding",
    };

    /// <summary>Nouns of a change whose amount follows "of": "an increase of", "a drop of".</summary>
    private static readonly HashSet<string> _changeNouns = new(StringComparer.Ordinal)
    {
        "increase", "rise", "jump", "drop", "decline", "decrease", "fall", "gain", "hike", "cut", "reduction",
    };

    /// <summary>
    /// Since the twenty-ninth session, four conventions read from the figure's own phrase, after the other rules:
    /// <list type="bullet">
    /// <item>a loan the figure heads is other (M6), whatever cue named it a round: "The financing comprises a $1.412 billion, 364-day
    /// facility", "has secured a Rs9.7 billion project financing", "The committed facility was initially launched at US$1.5bn"; a
    /// convertible loan stays as read (it turns into shares);</item>
    /// <item>an IPO's fresh issue is its round size (M5): "includes a fresh issue of Rs 150 crore";</item>
    /// <item>the amount of a change is no deal's money: "an increase of 30 billion won from the original plan", "a drop of $2 billion"
    /// (a company's "capital increase of" stays as read);</item>
    /// <item>many deals' value is a total, not a valuation (M4): "Global M&amp;A values rose 11.6% … to $1.7 trillion".</item>
    /// </list>
    /// </summary>
    private static Metric? OwnPhraseReading(List<Word> words, int first, int last, Metric? metric)
    {
        if (metric is null && IsFreshIssue(words, first))
        {
            return Metric.RoundSize;
        }

        // Since the thirtieth session: one investor's cheque sizes are its investments (M2): "will begin writing cheques …, ranging in size
        // between €300,000 and €5 million", "will also cut checks ranging from $500,000 to $2 million from this second fund".
        if (metric is null && IsChequeRange(words, first))
        {
            return Metric.Investment;
        }

        // Since the thirtieth session: a size many deals are over is a threshold, no deal's money (M4): "75 percent of funding rounds over
        // $250 million", "The number of rounds larger than 100 billion dollars", "funds of more than €1bn".
        if (metric is Metric.RoundSize or Metric.Investment && IsThresholdOfMany(words, first))
        {
            return null;
        }

        if (metric is not null && IsChangeAmount(words, first))
        {
            return null;
        }

        // "Global M&A values rose 11.6% … to $1.7 trillion", "Deal values rose 87.2% … to $678.1 billion": many deals' total value (M4), not
        // a company's valuation.
        if (metric == Metric.Valuation && IsDealValuesTotal(words))
        {
            return null;
        }

        // A convertible loan turns into shares, so it stays as read.
        return metric is Metric.RoundSize or Metric.Investment && !words.Any(w => w.Lower is "convertible" or "convertibles")
            && (HeadsALoan(words, last) || IsFacilityLaunchedAt(words, first))
            ? null : metric;
    }

    /// <summary>
    /// "cheques …, ranging in size between €300,000 and €5 million", "cut checks ranging from $500,000 to $2 million", "an average investment
    /// ranging from $1.5 million to $3 million": the low end of a range of cheques, tickets or investments ("ranging from/between" right
    /// before the figure, the noun up to eight words before it, in the same sentence part); not a market's "average cheque size" alone.
    /// </summary>
    private static bool IsChequeRange(List<Word> words, int first)
    {
        // The range's "from" or "between" is the figure's own first word when the extractor read "from $1.5 million to $3 million" whole.
        var k = words[first].Lower is "from" or "between" ? first : first - 1;
        if (k < 2 || words[k].Lower is not ("from" or "between"))
        {
            return false;
        }

        k--;
        k -= words[k].Lower == "size" && k >= 2 && words[k - 1].Lower == "in" ? 2 : 0;
        if (words[k].Lower is not ("ranging" or "range" or "ranges"))
        {
            return false;
        }

        for (var n = k - 1; n >= 0 && k - n <= 8; n--)
        {
            if (words[n].Lower is "cheques" or "checks" or "tickets" or "investment" or "investments" or "cheque" or "check" or "ticket")
            {
                return !(n >= 1 && words[n - 1].Lower == "blank");
            }

            if (words[n].After is ';' || words[n].Lower is "valuations" or "valuation" or "rounds" or "round" or "deals")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Plural nouns of deals or funds a threshold may follow: "rounds over $250 million", "funds of more than €1bn".</summary>
    private static readonly HashSet<string> _thresholdNouns = new(StringComparer.Ordinal)
    {
        "rounds", "deals", "raises", "financings", "transactions", "megarounds", "mega-rounds", "funds", "investments", "tickets", "cheques",
        "checks",
    };

    /// <summary>
    /// "rounds over $250 million", "rounds larger than 100 billion dollars", "funding rounds of more than €50m", "deals above $50 million":
    /// a plural of deals or funds, then "over", "above", "(of) more than", "larger/bigger/greater than", "exceeding", "in excess of" or
    /// "upwards of" right before the figure.
    /// </summary>
    private static bool IsThresholdOfMany(List<Word> words, int first)
    {
        // The extractor keeps the threshold's words as the figure's hedge ("over $250 million", "more than €50m"): the noun is then right
        // before the figure.
        if (words[first].Lower is "over" or "above" or "exceeding" or "upwards"
            || (words[first].Lower is "more" or "larger" or "bigger" or "greater" or "higher" && first + 1 < words.Count && words[first + 1].Lower == "than"))
        {
            var n = first - 1;
            n -= n >= 1 && words[n].Lower == "of" ? 1 : 0;
            return n >= 0 && !words[n].EndsPhrase && _thresholdNouns.Contains(words[n].Lower);
        }

        var k = first - 1;
        if (k < 1 || words[k].EndsPhrase)
        {
            return false;
        }

        if (words[k].Lower is "than" && k >= 2 && words[k - 1].Lower is "more" or "larger" or "bigger" or "greater" or "higher")
        {
            k -= 2;
        }
        else if (words[k].Lower is "of" && k >= 2 && words[k - 1].Lower is "excess" or "upwards" && words[k - 2].Lower is "in" or "upwards")
        {
            k -= words[k - 1].Lower == "excess" ? 3 : 2;
        }
        else if (words[k].Lower is "over" or "above" or "exceeding" or "topping")
        {
            k--;
        }
        else
        {
            return false;
        }

        k -= k >= 1 && words[k].Lower == "of" ? 1 : 0;
        return k >= 0 && !words[k].EndsPhrase && _thresholdNouns.Contains(words[k].Lower);
    }

    /// <summary>"includes a fresh issue of Rs 150 crore": an IPO's new shares.</summary>
    private static bool IsFreshIssue(List<Word> words, int first) =>
        first >= 3 && words[first - 1].Lower == "of" && words[first - 2].Lower == "issue" && words[first - 3].Lower == "fresh";

    /// <summary>"an increase of 30 billion won", "a drop of $2 billion": a change's amount; not a company's "capital increase of".</summary>
    private static bool IsChangeAmount(List<Word> words, int first) =>
        first >= 2 && words[first - 1].Lower == "of" && _changeNouns.Contains(words[first - 2].Lower)
        && !(first >= 3 && words[first - 3].Lower == "capital");

    /// <summary>
    /// "M&amp;A values", "deal values", "transaction value": the value of many deals, in a sentence with no valuation of a company (no
    /// "valued", "valuation", enterprise or equity value).
    /// </summary>
    private static bool IsDealValuesTotal(List<Word> words) =>
        !words.Any(w => w.Lower is "valuation" or "valuations" or "valued" or "valuing" or "pre-money" or "post-money" or "enterprise" or "equity")
        && Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(v => words[v].Lower is "values" or "value" && !words[v - 1].EndsPhrase
            && words[v - 1].Lower is "m&a" or "deal" or "deals" or "transaction" or "transactions" or "merger" or "mergers" or "buyout" or "exit" or "exits"
            && (v + 1 >= words.Count || !(words[v + 1].IsCapitalised || words[v + 1].Lower is "the" or "it" or "its" or "them")));

    /// <summary>
    /// "a $1.412 billion, 364-day facility", "a US$973mn 364-day loan", "a Rs9.7 billion project financing": a loan within three
    /// describing words after the figure, none a link word, a possessive, a number or a phrase end.
    /// </summary>
    private static bool HeadsALoan(List<Word> words, int last)
    {
        var k = SkipConversion(words, last);
        for (var d = k; d < words.Count && d - k <= 3; d++)
        {
            var lower = words[d].Lower;
            if (_loanHeads.Contains(lower) || (lower is "financing" or "finance" && d > 0 && words[d - 1].Lower == "project"))
            {
                return true;
            }

            if (words[d].Possessive || (words[d].Core.Any(char.IsDigit) && !lower.Contains('-', StringComparison.Ordinal)) || _notLoanDescribers.Contains(lower)
                || (words[d].EndsPhrase && !(d == last + 1 && words[last].EndsPhrase)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"The committed facility was initially launched at US$1.5bn": a facility opening the sentence, sized at the figure.</summary>
    private static bool IsFacilityLaunchedAt(List<Word> words, int first) =>
        first >= 2 && words[first - 1].Lower == "at" && words[first - 2].Lower is "launched" or "signed" or "sized" or "set"
        && words.Take(Math.Min(first, 4)).Any(w => w.Lower is "facility" or "loan");
}
