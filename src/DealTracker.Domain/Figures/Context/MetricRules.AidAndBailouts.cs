namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-eighth session: money given as assistance, aid, relief or a bailout is other (M6: grants, subsidies, state aid and loans
/// are neither an investment nor a round): "The Swiss National Bank is providing 200 billion francs in assistance", "a program slated to
/// provide a total of 1 trillion yen in assistance", "$10 million in matching funds from New Mexico", "MPS's 5.4 billion euro ($5.82
/// billion) bailout", "reached an agreement on a bailout of 9 billion euros". Before, a giver's verb ("providing", "allocated") made them
/// investments. A lifeline stays as the rules read it: startups' lifelines are often rounds.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>
    /// Nouns of aid given: "in assistance", "in emergency aid", "in matching funds". Not the public-money rule's whole list
    /// (<c>MetricRules.PublicMoney.cs</c>), which holds "credits" for tax credits: "$10 billion in Azure credits" is compute.
    /// </summary>
    private static readonly HashSet<string> _aidNouns = new(StringComparer.Ordinal)
    {
        "assistance", "aid", "relief", "bailout", "bailouts", "bail-out", "bail-outs",
    };

    /// <summary>Words that may describe the aid: "in financial assistance", "in state aid", "in emergency relief".</summary>
    private static readonly HashSet<string> _aidDescribers = new(StringComparer.Ordinal)
    {
        "financial", "state", "government", "public", "emergency", "federal", "direct", "economic", "additional", "further", "new",
    };

    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> is aid or a bailout.</summary>
    internal static bool IsAidOrBailout(IReadOnlyList<Word> words, int first, int last)
    {
        var next = SkipConversion(words, last);

        // "200 billion francs in assistance", "$10 million in matching funds", "$2 billion in state aid".
        if (next + 1 < words.Count && words[next].Lower == "in" && !words[last].EndsPhrase)
        {
            var k = next + 1;
            while (k < words.Count && k - next <= 3 && _aidDescribers.Contains(words[k].Lower) && !words[k].EndsPhrase)
            {
                k++;
            }

            if (k < words.Count && (_aidNouns.Contains(words[k].Lower)
                || (words[k].Lower == "matching" && k + 1 < words.Count && words[k + 1].Lower is "funds" or "grants")))
            {
                return true;
            }
        }

        // "MPS's 5.4 billion euro ($5.82 billion) bailout", "a $250 million bailout proposal".
        if (next < words.Count && !words[last].EndsPhrase && words[next].Lower is "bailout" or "bail-out" or "rescue")
        {
            return words[next].Lower != "rescue" || (next + 1 < words.Count && words[next + 1].Lower is "package" or "deal" or "plan");
        }

        // "an agreement on a bailout of 9 billion euros", "a rescue package worth $4 billion".
        var b = WordBeforeHedges(words, first);
        if (b < 1 || words[b].Lower is not ("of" or "worth" or "totalling" or "totaling") || words[b - 1].EndsPhrase)
        {
            return false;
        }

        var noun = words[b - 1].Lower;
        return noun is "bailout" or "bail-out" || (noun is "package" && b >= 2 && words[b - 2].Lower is "rescue" or "aid" or "bailout");
    }

    /// <summary>
    /// Since the thirty-eighth session: a fine, a penalty or a break-up fee is other, as money owed, not put in: "has been fined NT$10
    /// million (US$329,294) by the Ministry of Economic Affairs for not getting regulatory approval for its investment", "Coherent will pay
    /// Lumentum a breakup fee of $217.6 million", "a $5 million penalty".
    /// </summary>
    internal static bool IsFineOrFee(IReadOnlyList<Word> words, int first, int last)
    {
        var b = WordBeforeHedges(words, first);

        // "fined NT$10 million", "was fined a record $5 billion".
        if (b >= 0 && words[b].Lower is "fined" or "fines" && !words[b].EndsPhrase)
        {
            return true;
        }

        // "a fine of $X", "a breakup fee of $X", "a termination fee of $X", "penalties of $X".
        if (b >= 1 && words[b].Lower == "of" && !words[b - 1].EndsPhrase && IsFineNoun(words, b - 1))
        {
            return true;
        }

        // "a $5 million penalty", "a $217.6 million break-up fee".
        var next = SkipConversion(words, last);
        if (next >= words.Count || words[last].EndsPhrase)
        {
            return false;
        }

        var noun = next + 1 < words.Count && words[next].Lower is "breakup" or "break-up" or "termination" or "reverse" ? next + 1 : next;
        return IsFineNoun(words, noun);
    }

    /// <summary>"fine", "penalty", "fee" after "break-up" or "termination" at word <paramref name="k"/>.</summary>
    private static bool IsFineNoun(IReadOnlyList<Word> words, int k) =>
        words[k].Lower is "fine" or "fines" or "penalty" or "penalties"
        || (words[k].Lower is "fee" or "fees" && k > 0 && words[k - 1].Lower is "breakup" or "break-up" or "termination" or "reverse" or "break");
}
