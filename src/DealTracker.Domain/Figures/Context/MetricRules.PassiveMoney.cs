namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the givers-and-shapes sweep: money that "might be invested into the projects by the French group", "will be invested in X by Y",
/// "could be invested by Y": a figure that is the subject of a passive money verb is an investment (its giver, when the clause names
/// one after "by", is read by InvestorRules.PassiveGivers.cs). Spending ("will be spent on") is left to the other rules: costs and
/// compute are spent too.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Auxiliaries between a figure and its passive participle: "might be", "is expected to be", "has been".</summary>
    private static readonly HashSet<string> _passiveAuxiliaries = new(StringComparer.Ordinal)
    {
        "might", "may", "will", "would", "could", "can", "should", "shall", "must", "is", "are", "was", "were", "be", "been", "being", "has",
        "have", "had", "to", "expected", "likely", "set", "also", "already", "reportedly", "now", "still", "further", "then", "eventually",
    };

    /// <summary>Passive participles of putting money in.</summary>
    internal static readonly HashSet<string> PassiveMoneyParticiples = new(StringComparer.Ordinal)
    {
        "invested", "injected", "poured", "pumped", "ploughed", "plowed", "deployed", "infused", "channelled", "channeled",
    };

    /// <summary>"Approximately $700 million might be invested into the projects": the figure, then auxiliaries with "be", then a money participle.</summary>
    internal static bool IsPassiveMoneyPutIn(SentenceWords sentence, int first, int last) =>
        PassiveParticipleAfter(sentence.Words, last) is var participle and >= 0 && (HasOneAgent(sentence, participle) || IntoOneNamedCompany(sentence, participle));

    /// <summary>
    /// Since the forty-sixth session: money put into one company named after the participle, giver unnamed: "A further $4.5 million (£2.8m)
    /// was also pumped into co-working space company General Assembly". Not many receivers ("was invested in Nordic startups").
    /// </summary>
    private static bool IntoOneNamedCompany(SentenceWords sentence, int participle)
    {
        var words = sentence.Words;
        if (participle + 2 >= words.Count || words[participle].EndsPhrase || words[participle + 1].Lower is not ("into" or "in"))
        {
            return false;
        }

        for (var k = participle + 2; k < words.Count && k <= participle + 6; k++)
        {
            if (sentence.NameAt[k] is { Kind: NameKind.Organisation } name && name.First == k)
            {
                var after = name.Last + 1 < words.Count && !words[name.Last].EndsPhrase ? words[name.Last + 1].Lower : "";
                return !(after is "and" or "or" || (IsPluralHead(after) && after is not ("is" or "has" or "was")));
            }

            if (words[k].IsCapitalised || words[k].EndsPhrase || IsPluralHead(words[k].Lower) || (words[k].Lower is "the" && k > participle + 2)
                || IsCount(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Plural heads of an agent that is many givers: "by US funds", "by investors".</summary>
    private static bool IsPluralHead(string lower) => lower.EndsWith('s') && lower is not ("business" or "ventures" or "partners" or "holdings" or "capital");

    /// <summary>
    /// Whether the participle's clause names one giver after "by": an organisation ("by TotalEnergies") or one described ("by the French
    /// group"); "$1.68 billion was invested in Nordic startups by US funds", "$1.3 billion has been invested in database-related startups"
    /// (no agent) are market totals, left to the other rules.
    /// </summary>
    private static bool HasOneAgent(SentenceWords sentence, int participle)
    {
        var words = sentence.Words;
        for (var k = participle + 1; k + 1 < words.Count && k < participle + 10 && !words[k - 1].EndsPhrase; k++)
        {
            if (words[k].Lower != "by")
            {
                continue;
            }

            if (sentence.GiverAfterDescriptor(k + 1) is not null)
            {
                return true;
            }

            var head = k + 1;
            while (head + 1 < words.Count && !words[head].EndsPhrase && head < k + 5
                && words[head + 1].Lower is not ("in" or "into" or "over" or "overall" or "for" or "to" or "on" or "and" or "according" or "as" or "at"))
            {
                head++;
            }

            return words[k + 1].Lower is "the" or "its" or "a" && head > k + 1 && !IsPluralHead(words[head].Lower);
        }

        return false;
    }

    /// <summary>The index of the passive money participle after the figure ending at <paramref name="last"/>; -1 when none.</summary>
    internal static int PassiveParticipleAfter(IReadOnlyList<Word> words, int last)
    {
        var i = SkipConversion(words, last);
        if (last < words.Count && words[last].EndsPhrase)
        {
            return -1;
        }

        var be = false;
        for (var k = i; k < words.Count && k < i + 6; k++)
        {
            if (PassiveMoneyParticiples.Contains(words[k].Lower))
            {
                return be ? k : -1;
            }

            if (!_passiveAuxiliaries.Contains(words[k].Lower) || words[k].EndsPhrase)
            {
                return -1;
            }

            be |= words[k].Lower is "be" or "been" or "being" or "is" or "are" or "was" or "were";
        }

        return -1;
    }

    /// <summary>
    /// "A 37.4% interest in Adani Gas Ltd. was purchased by Total for $600 million": a stake, an interest or shares bought, written in
    /// the passive with its buyer before "for" the figure (a whole company "acquired by Google for $X", with no stake word, stays other).
    /// </summary>
    private static bool IsPassiveStakeBought(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 4 || words[first - 1].Lower != "for" || sentence.NameAt[first - 2] is not { Possessive: false } buyer || buyer.Last != first - 2
            || buyer.First < 3 || words[buyer.First - 1].Lower != "by")
        {
            return false;
        }

        var verb = words[buyer.First - 2].Lower == "up" ? buyer.First - 3 : buyer.First - 2;
        return verb >= 1 && words[verb].Lower is "purchased" or "bought" or "acquired" or "snapped" or "picked"
            && words[verb - 1].Lower is "was" or "were" or "been" or "being" or "be"
            && (sentence.FirstStake < verb || Enumerable.Range(0, verb).Any(k => words[k].Lower is "interest" or "shares" or "holding" or "stake"));
    }
}
