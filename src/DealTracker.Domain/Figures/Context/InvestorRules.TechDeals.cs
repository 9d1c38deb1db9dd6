namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Frames of the AI, cloud and tech deals (issue74/76), each read for its whole class:
/// <list type="bullet">
/// <item>"Amazon has bolstered its investment in AI startup Anthropic with an additional $4 billion": the subject that bolsters,
/// boosts, increases, expands, ups, tops up, doubles or deepens its investment, stake or backing (in Z) before the figure puts the
/// figure in.</item>
/// <item>"including Microsoft, which has invested over $13 billion in the ChatGPT maker": a name, a comma, then "which / who (has,
/// had, already) invested $X" puts the figure in (not a name joined by "and", nor a "respectively" list).</item>
/// <item>"the $1 billion 'cash-for-computing investment' that Microsoft made in OpenAI": the name that made the investment the
/// figure sizes ("the $300 million investment which Google has made").</item>
/// <item>"reports emerged on Microsoft nearing putting US$10 billion into OpenAI": the name nearing, near or close to putting,
/// investing, pumping or pouring the figure.</item>
/// <item>"with $607 million of the sum coming from Toyota": money (of the sum, the total, the round) that came, comes or is coming
/// from a named organisation is that organisation's investment; not from unnamed givers ("$80 million came from four Japanese
/// investors", other), nor in a sentence about revenue or sales ("of which $148 million came from subscriptions").</item>
/// </list>
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs that grow a holding: "bolstered", "boosting", "tops (up)", "doubled", "deepens".</summary>
    private static readonly HashSet<string> _techGrowVerbs = new(StringComparer.Ordinal)
    {
        "bolster", "bolsters", "bolstered", "bolstering", "boost", "boosts", "boosted", "boosting", "increase", "increases", "increased",
        "increasing", "expand", "expands", "expanded", "expanding", "up", "ups", "upped", "upping", "top", "tops", "topped", "topping",
        "double", "doubles", "doubled", "doubling", "deepen", "deepens", "deepened", "deepening", "lift", "lifts", "lifted", "lifting",
    };

    /// <summary>What is grown: "its investment", "its stake", "its financial backing".</summary>
    private static readonly HashSet<string> _techHeldNouns = new(StringComparer.Ordinal)
    {
        "investment", "investments", "stake", "stakes", "backing", "holding", "holdings",
    };

    /// <summary>Words between a relative "which" and "invested": "which has already invested".</summary>
    private static readonly HashSet<string> _techRelativeChain = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "already", "also", "reportedly", "previously", "since", "so", "far", "now", "collectively",
    };

    /// <summary>Money verbs in "-ing" after "nearing / close to": "nearing putting $10 billion into".</summary>
    private static readonly HashSet<string> _techPuttingVerbs = new(StringComparer.Ordinal)
    {
        "putting", "investing", "pumping", "pouring", "injecting", "ploughing", "plowing", "committing",
    };

    /// <summary>The investor one of the tech-deal frames names, or null when none applies.</summary>
    internal static string? TechDealInvestor(SentenceWords sentence, int first, int last) =>
        GrownHoldingSubject(sentence, first) ?? RelativeInvestor(sentence, first) ?? InvestmentMadeBy(sentence, last) ?? NearingPutter(sentence, first)
        ?? CameFromGiver(sentence, last);

    /// <summary>"Amazon has bolstered its investment in Anthropic with an additional $4 billion": the subject, or null.</summary>
    internal static string? GrownHoldingSubject(SentenceWords sentence, int first)
    {
        var v = GrowVerbBefore(sentence.Words, first);
        if (v < 1)
        {
            return null;
        }

        var words = sentence.Words;
        var s = v - 1;
        while (s > 0 && !words[s].EndsPhrase && words[s].Lower is "has" or "have" or "had" or "is" or "was" or "are" or "were" or "will" or "would" or "also" or "now" or "further" or "again")
        {
            s--;
        }

        return words[s].EndsPhrase || sentence.NameAt[s] is not { Possessive: false } name || name.Last != s || name.Kind == NameKind.Outlet
            || (name.First > 0 && words[name.First - 1].Lower is "and" or "or" or "of" or "in" or "to")
            ? null
            : name.Text;
    }

    /// <summary>The grow verb of "bolstered its investment in Z with $X" in the figure's clause before it, or -1.</summary>
    internal static int GrowVerbBefore(IReadOnlyList<Word> words, int first)
    {
        for (var v = first - 2; v >= 0 && v >= first - 14; v--)
        {
            // "increase their stakes as Rapidus moves toward securing 130 billion yen": another clause opens before the figure.
            if (words[v].EndsPhrase || words[v].Lower is "as" or "while" or "when" or "after" or "before" or "because" or "since" or "and" or "but"
                or "which" or "who" or "that" or "whereas" or "although" or "though" or "if")
            {
                return -1;
            }

            var owner = v + 1 < first && words[v + 1].Lower == "up" ? v + 2 : v + 1;
            if (_techGrowVerbs.Contains(words[v].Lower) && owner + 1 < first && words[owner].Lower is "its" or "their" or "his" or "her"
                && (_techHeldNouns.Contains(words[owner + 1].Lower) || (owner + 2 < first && _techHeldNouns.Contains(words[owner + 2].Lower))))
            {
                return v;
            }
        }

        return -1;
    }

    /// <summary>"Microsoft, which has invested over $13 billion": the name before ", which"; null when the frame is not there.</summary>
    internal static string? RelativeInvestor(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 3 || words[first - 1].Lower != "invested" || words[first - 1].EndsPhrase)
        {
            return null;
        }

        var w = first - 2;
        while (w > 0 && first - w <= 4 && _techRelativeChain.Contains(words[w].Lower) && !words[w].EndsPhrase)
        {
            w--;
        }

        if (w < 1 || words[w].Lower is not ("which" or "who") || words[w - 1].After != ',' || sentence.NameAt[w - 1] is not { Possessive: false } name
            || name.Last != w - 1 || name.Kind == NameKind.Outlet || words.Any(x => x.Lower == "respectively")
            || (name.First > 0 && words[name.First - 1].Lower is "and" or "or"))
        {
            return null;
        }

        return name.Text;
    }

    /// <summary>"the $1 billion 'cash-for-computing investment' that Microsoft made in OpenAI": the maker, or null.</summary>
    internal static string? InvestmentMadeBy(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        for (var j = last + 1; j < words.Count && j <= last + 4; j++)
        {
            if (words[j].Lower is "investment" or "investments")
            {
                var n = j + 2;
                if (n >= words.Count || words[j + 1].Lower is not ("that" or "which") || sentence.NameAt[n] is not { Possessive: false } name
                    || name.First != n || name.Kind == NameKind.Outlet)
                {
                    return null;
                }

                var m = name.Last + 1;
                m = m < words.Count && words[m].Lower is "has" or "had" or "have" ? m + 1 : m;
                return m < words.Count && words[m].Lower is "made" or "makes" or "make" ? name.Text : null;
            }

            if (words[j - 1].EndsPhrase && words[j - 1].After is not ('”' or '"' or '’'))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Microsoft nearing putting US$10 billion into OpenAI", "Google close to investing $2 billion": the name, or null.</summary>
    internal static string? NearingPutter(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 3 || !_techPuttingVerbs.Contains(words[first - 1].Lower))
        {
            return null;
        }

        var n = words[first - 2].Lower is "nearing" or "near" or "approaching" ? first - 3
            : words[first - 2].Lower == "to" && words[first - 3].Lower is "close" or "closer" ? first - 4 : -1;
        return n >= 0 && !words[n].EndsPhrase && sentence.NameAt[n] is { Possessive: false } name && name.Last == n && name.Kind != NameKind.Outlet
            ? name.Text
            : null;
    }

    /// <summary>"$607 million of the sum coming from Toyota": the named organisation the money came from, or null.</summary>
    internal static string? CameFromGiver(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var j = last + 1;
        if (j + 2 < words.Count && words[j].Lower == "of" && words[j + 1].Lower is "the" or "it" or "this" or "that")
        {
            j = words[j + 1].Lower == "the" ? j + 3 : j + 2;
        }

        if (j + 2 >= words.Count || words[j].Lower is not ("coming" or "came" or "comes" or "come") || words[j + 1].Lower != "from"
            || Enumerable.Range(last, j - last).Any(k => words[k].EndsPhrase)
            || sentence.NameAt[j + 2] is not { Possessive: false, Kind: NameKind.Organisation } name || name.First != j + 2
            || words.Any(w => w.Lower is "revenue" or "revenues" or "sales" or "income" or "earnings" or "profit" or "profits"))
        {
            return null;
        }

        return name.Text;
    }
}
