namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// A second money verb in a coordinated clause (the clause-reading sweep, branch inv73): "SoftBank invested about $1 billion in these
/// three companies and committed another $10 billion to India", "… and pledged / earmarked / set aside / will put another $X into …".
/// The second verb has no subject of its own: walking back over its verb chain ends on the first clause's object ("in these three
/// companies"), which is no subject; the subject is the first clause's, before the first money verb.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Money verbs a coordinated clause's first verb may be, beyond <see cref="_ownMoneyVerbs"/>: "has put $X into Y and …".</summary>
    private static readonly HashSet<string> _firstClauseMoneyVerbs = new(StringComparer.Ordinal)
    {
        "put", "puts", "putting", "provided", "provides", "contributed", "contributes", "backed", "funded", "bet", "wagered", "sank", "ploughed",
        "bought", "acquired", "took", "invested", "poured", "pumped", "injected", "committed", "pledged", "earmarked", "spent", "deployed",
        "invests", "commits", "pledges", "will", "made",
    };

    /// <summary>
    /// The subject of the first clause when the verb chain from money verb <paramref name="v"/> back to <paramref name="s"/> crosses an "and"
    /// that joins it to an earlier money clause ("X invested $1 billion in A and committed"); null when it does not.
    /// </summary>
    private static int? CoordinatedSubject(SentenceWords sentence, int s, int v)
    {
        var words = sentence.Words;
        var and = -1;
        for (var i = s + 1; i < v; i++)
        {
            if (words[i].Lower == "and")
            {
                and = i;
                break;
            }
        }

        // The "and" right after the first clause's object ("in A and", "in A, and"): no subject between it and the second verb.
        if (and != s + 1 || words[s].EndsPhrase && words[s].After != ',')
        {
            return null;
        }

        // The first clause's money verb, at most 14 words back, in the same sentence part, with a money figure after it.
        for (var v0 = s - 1; v0 >= 0 && v0 >= s - 14; v0--)
        {
            if (words[v0].EndsPhrase && words[v0].After != ',')
            {
                return null;
            }

            var lower = words[v0].Lower;
            if (!_ownMoneyVerbs.Contains(lower) && !_firstClauseMoneyVerbs.Contains(lower) || lower == "will")
            {
                continue;
            }

            // Back over the first verb's chain to its subject: a name not after a preposition, or a pronoun.
            var s0 = v0 - 1;
            while (s0 >= 0 && _ownMoneyChain.Contains(words[s0].Lower) && !(words[s0].Lower is "it" or "he" or "she" or "and" or "that") && !words[s0].EndsPhrase)
            {
                s0--;
            }

            if (s0 < 0)
            {
                return null;
            }

            if (words[s0].Lower is "it" or "he" or "she")
            {
                return s0;
            }

            return sentence.NameAt[s0] is { Kind: not NameKind.Outlet } name && (name.First == 0 || !Lexicon.Prepositions.Contains(words[name.First - 1].Lower))
                && !_manyInvestorHeads.Contains(words[s0].Lower) ? s0 : null;
        }

        return null;
    }

    /// <summary>
    /// Whether the word at <paramref name="v"/> is a money verb of own money: one of <see cref="_ownMoneyVerbs"/>, or "put" / "set aside"
    /// in a clause coordinated with an earlier money clause ("… and will put another $X into …", "… and set aside another $X for …").
    /// </summary>
    private static bool IsOwnMoneyVerb(SentenceWords sentence, int v)
    {
        var words = sentence.Words;
        if (_ownMoneyVerbs.Contains(words[v].Lower))
        {
            return true;
        }

        if (!(words[v].Lower is "put" or "puts" || (words[v].Lower == "aside" && v > 0 && words[v - 1].Lower is "set" or "sets")))
        {
            return false;
        }

        // "has agreed to put £365m into Indonesia", "will put up to €3m into startups": "put … into" is money put in, with or without a
        // clause before it; not "put $1.75 billion into a … plant" (one project, which the sets label other).
        if (words[v].Lower is "put" or "puts" && Enumerable.Range(v + 1, Math.Min(8, words.Count - v - 1)).FirstOrDefault(i => words[i].Lower == "into" || words[i].EndsPhrase) is var into and > 0
            && words[into].Lower == "into" && into + 1 < words.Count && words[into + 1].Lower is not ("a" or "an"))
        {
            return true;
        }

        var s = v - 1;
        while (s >= 0 && (_ownMoneyChain.Contains(words[s].Lower) || words[s].Lower is "sets") && !(words[s].Lower is "it" or "he" or "she") && !words[s].EndsPhrase)
        {
            s--;
        }

        return s >= 0 && CoordinatedSubject(sentence, s, v) is not null;
    }
}
