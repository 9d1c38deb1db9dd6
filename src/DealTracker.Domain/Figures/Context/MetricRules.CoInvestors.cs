namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-third session: money "from other investors" or "from co-investors" is those investors' share of a round a named
/// investor leads or joins, their investment with no investor named (M2), not the round ("includes $30 billion from SoftBank's Vision
/// Fund plus $11 billion from other third-party co-investors", "an upsized $11 billion participation from third-party co-investors",
/// "Along with $11.0 billion from other co-investors", "$1 billion from other investors"). Money "from investors" with no "other" or
/// "co-" stays the round the company raised from them (M5: "raised $6.5 billion from investors").
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _coInvestorFillers = new(StringComparer.Ordinal)
    {
        "participation", "contribution", "contributions", "commitment", "commitments", "from", "by", "other", "third-party", "outside",
        "additional", "external", "financial", "institutional", "existing", "new", "of", "its", "the",
    };

    /// <summary>Whether the figure ending at word <paramref name="last"/> is named as the money of "other" investors or "co-investors".</summary>
    internal static bool IsCoInvestorsShare(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = SkipConversion(words, last);
        var from = false;
        var other = false;
        for (; i < Math.Min(words.Count, last + 9); i++)
        {
            var lower = words[i].Lower;
            if (lower is "co-investors" or "coinvestors" or "co-investor")
            {
                return from;
            }

            if (lower is "investors" or "backers" or "shareholders")
            {
                return from && other;
            }

            if (!_coInvestorFillers.Contains(lower) || (words[i].EndsPhrase && i > last + 1))
            {
                return false;
            }

            from |= lower is "from" or "by";
            other |= lower == "other";
        }

        return false;
    }

    /// <summary>Money verbs "other investors" put money in with: "add", "will put in", "could contribute".</summary>
    private static readonly HashSet<string> _coInvestorSubjectVerbs = new(StringComparer.Ordinal)
    {
        "add", "added", "adding", "put", "putting", "contribute", "contributed", "contributing", "invest", "invested", "investing", "provide",
        "provided", "providing", "commit", "committed", "committing", "pledge", "pledged", "chip", "chipped", "kick", "kicked",
    };

    /// <summary>Other words between "other investors" and the figure: "are expected to … about", "will … in", "another".</summary>
    private static readonly HashSet<string> _coInvestorSubjectFillers = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "may", "might", "are", "were", "expected", "set", "to", "also", "together", "jointly", "collectively",
        "in", "another", "a", "further", "an", "additional", "the", "remaining", "up", "about", "around", "roughly", "nearly", "some", "as",
        "much", "over", "more", "than",
    };

    /// <summary>
    /// Since the twenty-fourth session: "while other investors add $10 billion", "and other investors will put in $10 billion": other or
    /// co-investors as the subject of the money verb are no investor named (M2), not the named investor of the figure before.
    /// </summary>
    internal static bool IsCoInvestorsSubject(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = false;
        var i = first - 1;
        for (; i >= 0 && first - i <= 8 && !words[i].EndsPhrase
            && (_coInvestorSubjectVerbs.Contains(words[i].Lower) || _coInvestorSubjectFillers.Contains(words[i].Lower)); i--)
        {
            verb |= _coInvestorSubjectVerbs.Contains(words[i].Lower);
        }

        if (!verb || i < 1 || words[i].Lower is not ("investors" or "backers" or "co-investors" or "coinvestors" or "shareholders"))
        {
            return false;
        }

        return words[i].Lower is "co-investors" or "coinvestors" || words[i - 1].Lower is "other" or "remaining" or "outside" or "third-party" or "existing";
    }
}
