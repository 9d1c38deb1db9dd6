namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Deals for a minority stake: the figure sizes a deal, agreement or offer to buy a minority stake ("is close to a C$7 billion agreement to
/// buy a minority stake in …", "signed a definitive agreement to purchase a minority stake in … MidOcean Energy in a deal valued at $500m"),
/// which is the buyer's investment; the buyer is the clause's subject. Since the stakes-control realignment a majority or the remaining
/// stake too; a whole company bought ("agreed to acquire BPEA in a $7.5 billion deal") stays a takeover.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Nouns of a deal whose size the figure is: "a $X deal", "an agreement valued at $X".</summary>
    private static readonly HashSet<string> _stakeDealNouns = new(StringComparer.Ordinal)
    {
        "deal", "agreement", "transaction", "offer", "bid", "pact",
    };

    /// <summary>
    /// The verb buying a minority stake in a deal the figure sizes, or -1: "a C$7 billion ($5 billion) agreement to buy a minority stake"
    /// (the deal noun after the figure, then "to buy"), "agreement to purchase a minority stake in X in a deal valued at $500m" (the
    /// stake bought before "in a deal valued at / worth" the figure).
    /// </summary>
    internal static int StakeDealBuyVerb(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;

        // "a $14.3 billion deal to acquire a 49% stake", "his $1.5 billion plus offer to buy a 25 per cent stake".
        var next = MetricRules.SkipConversion(words, last);
        for (var n = next; n < words.Count - 2 && n <= next + 2 && (n == next && next > last + 1 || !words[n - 1].EndsPhrase); n++)
        {
            if (_stakeDealNouns.Contains(words[n].Lower))
            {
                // Since the stakes sweep: "a $2 billion bid for a 25% stake" (InvestorRules.StakeBids.cs).
                if (words[n + 1].Lower == "for" && !words[n].EndsPhrase)
                {
                    return BidsForMinorityStake(words, n + 2) ? n : -1;
                }

                return words[n + 1].Lower == "to" && _ninthBuyVerbs.Contains(words[n + 2].Lower) && BuysMinorityStake(words, n + 3) ? n + 2 : -1;
            }
        }

        // "… to purchase a minority stake in … in a deal valued at $500m".
        var at = first - 1;
        while (at > 0 && words[at].Lower is "about" or "around" or "some" or "nearly" or "roughly" or "approximately" or "up" or "to" or "over")
        {
            at--;
        }

        var valued = at >= 3 && ((words[at].Lower == "at" && words[at - 1].Lower is "valued" or "worth") || words[at].Lower == "worth") ? (words[at].Lower == "at" ? at - 2 : at - 1) : -1;
        if (valued < 2 || !_stakeDealNouns.Contains(words[valued].Lower) || words[valued - 1].Lower is not ("a" or "an") || words[valued - 2].Lower != "in")
        {
            return -1;
        }

        for (var v = valued - 3; v >= Math.Max(0, valued - 20) && (!words[v].EndsPhrase || words[v].InBrackets); v--)
        {
            if (_ninthBuyVerbs.Contains(words[v].Lower))
            {
                return BuysMinorityStake(words, v + 1) ? v : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the words after a buying verb name a stake: "a minority stake", "a non-controlling stake", "a 49% stake", "24.5% of", and since
    /// the stakes-control realignment "a majority stake", "a controlling stake", "the remaining stake", "a 51% stake".
    /// </summary>
    private static bool BuysMinorityStake(List<Word> words, int from)
    {
        for (var j = from; j < words.Count && j < from + 6; j++)
        {
            var lower = words[j].Lower;
            // Since the stakes-control realignment a majority, controlling or remaining stake is bought like a minority one.
            if (lower is "minority" or "non-controlling" or "noncontrolling" or "majority" or "controlling" or "remaining")
            {
                return true;
            }

            if (MetricRules.ShareOf(words, j) is { } share)
            {
                return share > 0 && Enumerable.Range(j + 1, 3).Any(k => k < words.Count && words[k].Lower is "stake" or "of" or "shares" or "interest" or "holding");
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The buyer of a stake bought in a deal the figure sizes: the subject before the buying verb ("Aramco has signed a definitive
    /// agreement to purchase"), or before the figure ("Blackstone Inc. is close to a C$7 billion agreement"); null when none is named.
    /// </summary>
    internal static string? StakeDealBuyer(SentenceWords sentence, int first, int last)
    {
        var verb = StakeDealBuyVerb(sentence, first, last);
        if (verb < 0)
        {
            return null;
        }

        return (verb > last ? PossessiveDealOwner(sentence, first) : null) ?? SubjectBeforeLowerCaseRun(sentence, verb < first ? verb : first);
    }

    /// <summary>
    /// "Aramco has signed a definitive agreement to | purchase", "Blackstone Inc. is close to a | C$7 billion": the organisation right before a
    /// run of at most eight lower-case words (no preposition but "to", no phrase end) that ends before <paramref name="at"/>; null when none.
    /// </summary>
    private static string? SubjectBeforeLowerCaseRun(SentenceWords sentence, int at)
    {
        var words = sentence.Words;
        var s = at - 1;
        while (s > 0 && at - s <= 8 && !words[s].EndsPhrase && !words[s].IsCapitalised && (words[s].Lower == "to" || !Lexicon.Prepositions.Contains(words[s].Lower)))
        {
            s--;
        }

        if (s < 0 || s == at - 1 || (words[s].EndsPhrase && !words[s].InBrackets))
        {
            return null;
        }

        return sentence.NameAt[s] is { Kind: NameKind.Organisation, Possessive: false } subject && subject.Last == s
            && (subject.First == 0 || words[subject.First - 1].EndsPhrase || !Lexicon.Prepositions.Contains(words[subject.First - 1].Lower))
                ? subject.Text
                : null;
    }
}
