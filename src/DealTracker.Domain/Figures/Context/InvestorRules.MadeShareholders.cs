namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-eighth session: the buyer a purchase makes a shareholder is its investor: "The 4 billion yen ($44.4 million) share
/// purchase will make Shandong Ruyi the largest shareholder in Renown", "a $50 million investment that would make Acme the second-largest
/// investor". Read only when no other frame names who put the money in.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>What the holder becomes: "shareholder", "owner", "investor", "stakeholder".</summary>
    private static readonly HashSet<string> _holderNouns = new(StringComparer.Ordinal)
    {
        "shareholder", "shareholders", "owner", "owners", "investor", "investors", "stakeholder", "stakeholders", "holder", "backer",
    };

    /// <summary>The name after "make(s)/making/made" that the purchase after the figure makes a holder, or null.</summary>
    private static string? MadeAHolder(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        for (var k = MetricRules.SkipConversion(words, last); k < words.Count && k - last <= 8 && !words[k].EndsPhrase; k++)
        {
            if (words[k].Lower is not ("make" or "makes" or "making" or "made") || k + 1 >= words.Count || sentence.NameAt[k + 1] is not { } name
                || name.First != k + 1 || name.Kind == NameKind.Person || name.Possessive)
            {
                continue;
            }

            var the = name.Last + 1;
            for (var h = the; h < words.Count && h - the <= 4; h++)
            {
                if (_holderNouns.Contains(words[h].Lower))
                {
                    return words[the].Lower is "the" or "a" or "its" ? name.Text : null;
                }

                if (words[h].EndsPhrase)
                {
                    break;
                }
            }
        }

        return null;
    }
}
