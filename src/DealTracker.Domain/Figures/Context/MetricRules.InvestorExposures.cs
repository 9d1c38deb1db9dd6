namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// One investor's money into one company told as a running total (the clause-reading sweep, branch inv73): "Symbiotics invested $5.5
/// million in the latest round, taking its total exposure to Dugar Finance to $8.5 million, including a previously subscribed $3 million
/// green bond". The total ("its total exposure / investment / commitment … to $X") and the part it includes that the investor subscribed,
/// invested or bought earlier are the investor's investment, the investor being the subject of the clause the participle ("taking",
/// "bringing", "raising") hangs on. A company's total raised ("bringing the total raised to …") is not this: "its" must own the total.
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _exposureNouns = new(StringComparer.Ordinal)
    {
        "exposure", "investment", "investments", "commitment", "commitments", "holding", "holdings", "stake", "outlay",
    };

    private static readonly HashSet<string> _exposureVerbs = new(StringComparer.Ordinal)
    {
        "invested", "invests", "invest", "put", "puts", "poured", "pumped", "injected", "committed", "subscribed", "provided", "ploughed",
        "bought", "acquired", "purchased", "contributed",
    };

    private static readonly HashSet<string> _runningTotalParticiples = new(StringComparer.Ordinal)
    {
        "taking", "bringing", "raising", "lifting", "increasing", "pushing", "boosting", "upping", "making",
    };

    /// <summary>
    /// The word index of the investor (the clause's subject) when the figure at <paramref name="first"/> is an investor's running total
    /// into one company or a part of it subscribed earlier; -1 when it is none.
    /// </summary>
    internal static int ExposureSubject(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 2)
        {
            return -1;
        }

        // "its total exposure to Dugar Finance to $8.5 million": the total's noun within ten words before the figure's "to".
        var total = -1;
        if (words[first - 1].Lower == "to")
        {
            total = TotalOpening(words, first - 2, 10);
        }
        else if (words[first - 1].Lower is "subscribed" or "invested" or "committed" or "bought" or "purchased" or "acquired" or "held")
        {
            // "…, including a previously subscribed $3 million green bond": a part of a running total named just before.
            var including = -1;
            for (var i = first - 2; i >= 0 && i >= first - 5; i--)
            {
                if (words[i].Lower == "including")
                {
                    including = i;
                    break;
                }
            }

            total = including > 0 ? TotalOpening(words, including - 1, 18) : -1;
        }

        if (total < 2 || !_runningTotalParticiples.Contains(words[total - 1].Lower) || words[total - 2].After != ',')
        {
            return -1;
        }

        // The subject of the clause the participle hangs on: the first name of the sentence part before it that no preposition governs.
        var start = total - 2;
        while (start > 0 && !(words[start - 1].EndsPhrase && words[start - 1].After is not ','))
        {
            start--;
        }

        // The clause puts money in ("invested", "put … into"), not raises it: "N26 … had raised another $170m …, taking its total
        // investment to date to $680m" is the company's total raised.
        if (!Enumerable.Range(start, total - 1 - start).Any(i => _exposureVerbs.Contains(words[i].Lower)))
        {
            return -1;
        }

        for (var i = start; i < total - 1; i++)
        {
            if (sentence.NameAt[i] is { Kind: not NameKind.Outlet } name && name.First == i && (i == 0 || !Lexicon.Prepositions.Contains(words[i - 1].Lower)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"its total exposure", "its overall investment": the index of "its" at most <paramref name="reach"/> words back from <paramref name="from"/>, or -1.</summary>
    private static int TotalOpening(IReadOnlyList<Word> words, int from, int reach)
    {
        for (var i = from; i >= 1 && i >= from - reach; i--)
        {
            if (_exposureNouns.Contains(words[i].Lower) && words[i - 1].Lower is "total" or "overall" or "cumulative" or "aggregate")
            {
                var owner = i - 2;
                return owner >= 0 && words[owner].Lower is "its" or "their" ? owner : -1;
            }
        }

        return -1;
    }

    /// <summary>The investor's name of a running total <see cref="ExposureSubject"/> reads, or null.</summary>
    internal static string? ExposureInvestor(SentenceWords sentence, int first) =>
        ExposureSubject(sentence, first) is var s and >= 0 ? sentence.NameAt[s]!.Text : null;
}
