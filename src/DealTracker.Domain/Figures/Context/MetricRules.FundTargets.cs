namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-fourth session: a fund's target or size that no older rule read, in the shapes the private-equity press writes when
/// the figure does not head the word "fund" (convention M10: a fund's size is a round size).
/// <list type="bullet">
/// <item>A raising verb before the figure and the fund after "for": "is seeking 9 billion euros ($13 billion) for a new fund", "is chasing
/// roughly $13 billion for the latest global vehicle", "the 6 billion euros it's seeking for its latest fund".</item>
/// <item>A close or cap of the figure in a sentence about a fund: "a first close of as much as $4.5 billion … for what will be its
/// largest-ever investment fund", "a hard cap of €150 million".</item>
/// <item>The fund reaching or coming in at the figure: "a new fund that could reach $22 billion", "preceding funds came in at $450
/// million", "Fund VII had $830 million in LP commitments".</item>
/// <item>A pot or pool the figure heads after a fund: "closed its seventh fund — a €500m pot", "its Fund IV …, which will command a
/// $668 million capital pool".</item>
/// </list>
/// An asset owner's fund (sovereign, pension, state; <c>_assetOwnerFundWords</c>) is no fund raised, and money a giver commits "for" a
/// fund was read as an investment before this rule runs: only a figure every older rule left as other is read here, and not a yearly pace
/// ("the fund had reached Rp 2 trillion annually") or 150 billion dollars, euros or pounds or more (an asset owner's size, as
/// <c>FundSizeReading</c> has it).
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _fundTargetVerbs = new(StringComparer.Ordinal)
    {
        "seek", "seeks", "seeking", "sought", "chase", "chases", "chasing", "target", "targets", "targeting", "targeted", "raise", "raises",
        "raising", "amass", "amasses", "amassing", "gather", "gathers", "gathering", "gathered",
    };

    private static readonly HashSet<string> _fundTargetHeads = new(StringComparer.Ordinal)
    {
        "fund", "funds", "vehicle", "fundraise", "fund-raise", "fundraising", "fund-raising",
    };

    /// <summary>True when the figure at words <paramref name="first"/>..<paramref name="last"/> is a fund's target or size in one of the shapes above.</summary>
    private static bool IsFundTarget(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 1 || last >= words.Count)
        {
            return false;
        }

        var after = SkipConversion(words, last);

        // "the fund had reached Rp 2 trillion ($150 million) annually": a yearly pace, not a size.
        if (after < words.Count && (words[after].Lower is "annually" or "yearly" || (after + 1 < words.Count && words[after].Lower is "a" or "per" or "each" or "every" && words[after + 1].Lower is "year" or "annum")))
        {
            return false;
        }

        var before = first - 1;
        while (before > 0 && _hedgeWords.Contains(words[before].Lower) && !words[before].EndsPhrase)
        {
            before--;
        }

        if (before < 0 || words[before].EndsPhrase)
        {
            return PotAfterAFund(words, first, last, after);
        }

        var verb = words[before].Lower;
        if (_fundTargetVerbs.Contains(verb) && FundAfterFor(words, after))
        {
            return true;
        }

        // "the 6 billion euros it's seeking for its latest fund": the verb after the figure, its subject a pronoun.
        if (after + 2 < words.Count && words[after].Lower is "it's" or "it" or "they" or "they're" or "that" or "which")
        {
            var v = words[after].Lower is "it" or "they" or "that" or "which" && words[after + 1].Lower is "is" or "are" or "was" or "were" or "has" or "had" ? after + 2 : after + 1;
            if (v < words.Count && _fundTargetVerbs.Contains(words[v].Lower) && FundAfterFor(words, v + 1))
            {
                return true;
            }
        }

        // "a first close of $X", "a hard cap of €150 million", "final close at $X", with a fund in the sentence.
        if (verb is "of" or "at" && before >= 1 && words[before - 1].Lower is "close" or "cap" or "closing" && FundInSentence(words))
        {
            return true;
        }

        // "a new fund that could reach $22 billion", "preceding funds came in at $450 million", "Fund VII had $830 million in LP commitments".
        if ((verb is "reach" or "reached" or "reaches" or "hit" or "top" or "total" or "totaled" or "totalled" || (verb == "at" && before >= 2 && words[before - 1].Lower == "in" && words[before - 2].Lower is "came" or "come" or "comes"))
            && FundSubjectBefore(words, before))
        {
            return true;
        }

        if (verb is "had" or "has" && after + 1 < words.Count && words[after].Lower == "in" && CommitmentsAt(words, after + 1) && FundSubjectBefore(words, before))
        {
            return true;
        }

        return PotAfterAFund(words, first, last, after);
    }

    /// <summary>"for a new fund", "for the latest global vehicle", "for what will be its largest-ever investment fund": a fund within eight words after "for".</summary>
    private static bool FundAfterFor(IReadOnlyList<Word> words, int at)
    {
        if (at >= words.Count || words[at].Lower != "for")
        {
            return false;
        }

        for (var i = at + 1; i < words.Count && i <= at + 8; i++)
        {
            if (_assetOwnerFundWords.Contains(words[i].Lower))
            {
                return false;
            }

            if (_fundTargetHeads.Contains(words[i].Lower))
            {
                return true;
            }

            if (words[i].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A fund named in the sentence, not an asset owner's.</summary>
    private static bool FundInSentence(IReadOnlyList<Word> words)
    {
        var fund = false;
        foreach (var word in words)
        {
            if (_assetOwnerFundWords.Contains(word.Lower))
            {
                return false;
            }

            fund |= _fundTargetHeads.Contains(word.Lower);
        }

        return fund;
    }

    /// <summary>"a new fund that could", "preceding funds came", "Fund VII had": a fund within six words before the verb at <paramref name="verb"/>.</summary>
    private static bool FundSubjectBefore(IReadOnlyList<Word> words, int verb)
    {
        for (var i = verb - 1; i >= 0 && i >= verb - 6; i--)
        {
            if (_assetOwnerFundWords.Contains(words[i].Lower) || (words[i].EndsPhrase && i < verb - 1))
            {
                return false;
            }

            if (_fundTargetHeads.Contains(words[i].Lower))
            {
                // "the Public Investment Fund's public holdings reached": what the fund owns is the subject, not the fund.
                return !words[i].Possessive && !AssetOwnerBefore(words, i);
            }
        }

        return false;
    }

    /// <summary>An asset owner's word within three words before the fund at <paramref name="fund"/>: "Norway's sovereign wealth fund".</summary>
    private static bool AssetOwnerBefore(IReadOnlyList<Word> words, int fund)
    {
        for (var i = fund - 1; i >= 0 && i >= fund - 3 && !words[i].EndsPhrase; i--)
        {
            if (_assetOwnerFundWords.Contains(words[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"LP commitments", "capital commitments", "commitments".</summary>
    private static bool CommitmentsAt(IReadOnlyList<Word> words, int at) =>
        at < words.Count && (words[at].Lower is "commitments" || (at + 1 < words.Count && words[at].Lower is "lp" or "investor" or "capital" or "limited-partner" && words[at + 1].Lower == "commitments"));

    /// <summary>"its seventh fund — a €500m pot", "Fund IV …, which will command a $668 million capital pool": a pot or pool the figure heads, a fund before it.</summary>
    private static bool PotAfterAFund(IReadOnlyList<Word> words, int first, int last, int after)
    {
        var head = after < words.Count && !words[last].EndsPhrase && words[after].Lower is "capital" or "investment" ? after + 1 : after;
        if (head >= words.Count || words[head].Lower is not ("pot" or "pool") || (head > after && words[after].EndsPhrase))
        {
            return false;
        }

        for (var i = first - 1; i >= 0 && i >= first - 12; i--)
        {
            if (_assetOwnerFundWords.Contains(words[i].Lower))
            {
                return false;
            }

            if (_fundTargetHeads.Contains(words[i].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
