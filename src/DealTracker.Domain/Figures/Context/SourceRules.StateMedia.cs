namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// State media named with what they are: "according to the official Saudi Press Agency", "announced by the state-run Saudi
/// Press Agency", "state-run news agency WAM said"; not a state-run company speaking for itself.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Words that say a news agency or broadcaster belongs to a state.</summary>
    private static readonly HashSet<string> _thirteenthStateWords = new(StringComparer.Ordinal)
    {
        "official", "state-run", "state-owned", "state-controlled", "state-backed", "semi-official", "government-run", "state",
    };

    /// <summary>Media nouns between a state word and the agency's name: "state news agency SPA", "state-run broadcaster CCTV".</summary>
    private static readonly HashSet<string> _thirteenthMediaNouns = new(StringComparer.Ordinal)
    {
        "news", "agency", "media", "broadcaster", "television", "tv", "newspaper", "daily", "wire", "outlet",
    };

    /// <summary>Verbs before "by" that make the state medium the teller: "announced by", "carried by", "published by".</summary>
    private static readonly HashSet<string> _thirteenthByVerbs = new(StringComparer.Ordinal)
    {
        "announced", "reported", "carried", "published", "released", "quoted", "cited", "broadcast", "aired",
    };

    /// <summary>Verbs after the state medium that make it the teller: "the official Saudi Press Agency (SPA) reported".</summary>
    private static readonly HashSet<string> _thirteenthTellVerbs = new(StringComparer.Ordinal)
    {
        "reported", "reports", "said", "says", "quoted", "announced", "carried", "added", "stated",
    };

    /// <summary>
    /// State media: a state word at <paramref name="i"/> ("official", "state-run"), maybe media nouns, then a medium's name ("… Press
    /// Agency", "News Agency", a listed outlet, or one the media nouns describe), cited by "according to", a telling verb and "by", or a
    /// telling verb after it. "the state-run company Aramco said" is a party, not a medium.
    /// </summary>
    private static Name? ThirteenthStateMedium(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_thirteenthStateWords.Contains(words[i].Lower) || words[i].EndsPhrase)
        {
            return null;
        }

        var j = i + 1;
        while (j < words.Count && j - i <= 3 && sentence.NameAt[j] is null && _thirteenthMediaNouns.Contains(words[j].Lower) && !words[j].EndsPhrase)
        {
            j++;
        }

        if (j >= words.Count || sentence.NameAt[j] is not { Possessive: false, Kind: not NameKind.Person } name || name.First != j)
        {
            return null;
        }

        var medium = j > i + 1 || name.Kind == NameKind.Outlet || IsOutletish(name)
            || name.Text.Contains("Agency", StringComparison.Ordinal) || name.Text.Contains("News", StringComparison.Ordinal);
        return medium && (CitedBefore(words, i) || ToldAfter(words, name)) ? name : null;
    }

    /// <summary>"according to the official …", "announced by the state-run …", "citing state media …".</summary>
    private static bool CitedBefore(List<Word> words, int i)
    {
        var k = i > 0 && words[i - 1].Lower == "the" ? i - 1 : i;
        return k >= 2 && ((words[k - 1].Lower == "to" && words[k - 2].Lower == "according") || (words[k - 1].Lower == "by" && _thirteenthByVerbs.Contains(words[k - 2].Lower)))
            || (k >= 1 && words[k - 1].Lower is "citing" or "per");
    }

    /// <summary>"… Saudi Press Agency (SPA) reported", "… WAM said on Monday": a telling verb right after the name (past its abbreviation).</summary>
    private static bool ToldAfter(List<Word> words, Name name)
    {
        var k = name.Last + 1;
        k += k < words.Count && words[k].InBrackets && !words[name.Last].EndsPhrase ? 1 : 0;
        return k < words.Count && _thirteenthTellVerbs.Contains(words[k].Lower);
    }
}
