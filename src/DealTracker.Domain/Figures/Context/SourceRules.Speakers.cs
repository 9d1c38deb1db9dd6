namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Unnamed speakers known only by their role: one person of a kind, counted or not, who says, tells or is cited ("a venture capitalist
/// told The Korea Economic Daily", "…,” said a VC industry official", "Another executive said", "according to an existing investor",
/// "six VCs told Fortune", "but analysts say"). A role with a capitalised company before it speaks for the company ("a Naver official
/// said"), and "the investor said" points back to a party named before: neither is read here.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>What an unnamed speaker is: "official", "venture capitalist", "VC", "investor", "analyst", "person", "individual".</summary>
    private static readonly HashSet<string> _speakerRoles = new(StringComparer.Ordinal)
    {
        "official", "officials", "executive", "executives", "vc", "vcs", "capitalist", "capitalists", "investor", "investors", "analyst", "analysts",
        "banker", "bankers", "insider", "insiders", "person", "individual", "individuals", "founder", "founders", "economist", "economists",
        "adviser", "advisers", "advisor", "advisors", "expert", "experts",

        // Since the anonymous-roles sweep: trades that speak unnamed ("said a lawyer involved in the transaction", "one employee told Bloomberg").
        "lawyer", "lawyers", "attorney", "attorneys", "employee", "employees", "staffer", "staffers", "dealmaker", "dealmakers", "manager",
        "managers", "trader", "traders", "negotiator", "negotiators", "consultant", "consultants",

        // Since the thirtieth session.
        "panelists", "panellists", "observers",
    };

    /// <summary>Words that count an unnamed speaker: "a", "one", "another", "six".</summary>
    private static readonly HashSet<string> _speakerCounts = new(StringComparer.Ordinal)
    {
        "a", "an", "one", "another", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "multiple",
        "unnamed", "unidentified", "anonymous",
    };

    /// <summary>Words after a role that make it the subject of another verb, not the speaker: "said an investor had agreed".</summary>
    private static readonly HashSet<string> _speakerNotAfter = new(StringComparer.Ordinal)
    {
        "had", "has", "have", "would", "will", "was", "is", "were", "are", "could", "may", "might", "can", "should", "agreed", "bought", "plans",
        "planned", "invested", "paid", "acquired", "and", "or", "that", "to",
    };

    /// <summary>Lower-case words that end a role's description: "an internal letter by founder" counts no founder.</summary>
    private static readonly HashSet<string> _speakerNotDescribing = new(StringComparer.Ordinal)
    {
        "the", "its", "their", "his", "her", "of", "and", "or", "to", "by", "in", "for", "with", "from", "on", "at", "as", "than", "into", "about",
        "over", "after", "before",
    };

    /// <summary>Nouns after a role that make it a describing word: "VC research firm", "investor relations", "an investor conference".</summary>
    private static readonly HashSet<string> _speakerRoleModified = new(StringComparer.Ordinal)
    {
        "firm", "firms", "fund", "funds", "research", "relations", "conference", "day", "group", "groups", "base", "presentation", "call", "letter",
        "update", "deck", "meeting", "industry", "community", "market", "money", "capital", "backing", "support", "interest", "demand", "round",
    };

    /// <summary>Plural roles that speak bare, with no count: "but analysts say", "Economists said".</summary>
    private static readonly HashSet<string> _bareSpeakerRoles = new(StringComparer.Ordinal)
    {
        "analysts", "economists", "vcs", "bankers", "experts",

        // Since the anonymous-roles sweep.
        "lawyers", "dealmakers", "traders",

        // Since the thirtieth session: "…, investors said during the ChinaBio Partnering Forum", "…, said panelists during the forum".
        "investors", "panelists", "panellists", "observers",
    };

    /// <summary>Verbs an unnamed speaker speaks with: "said", "told", "commented", "suggesting", "put it".</summary>
    private static readonly HashSet<string> _speakerVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "tell", "stated", "added", "explained", "commented", "remarked", "suggested", "suggesting",
        "noted", "warned", "cautioned", "admitted", "conceded", "expressed",

        // Since the forty-fifth session: "with analysts saying many more bids are likely".
        "saying",
    };

    /// <summary>
    /// An unnamed speaker known by role, counted and speaking: "a venture capitalist told", "…,” said a VC industry official",
    /// "according to another person", "but analysts say", with the index of its role word. Null when the sentence has none.
    /// </summary>
    private static (SourceMention Speaker, int Role)? UnnamedSpeaker(string text, SentenceWords sentence)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!_speakerRoles.Contains(words[i].Lower)
                || (!words[i].EndsPhrase && i + 1 < words.Count && _speakerRoleModified.Contains(words[i + 1].Lower)))
            {
                continue;
            }

            if (SpeakerCountAt(words, i) is { } count && (SpeaksAfter(words, i) || SaidBefore(words, count, i) || SpeakerCitedBefore(words, count)))
            {
                return (Span(text, SourceKind.Anonymous, words[count].Start, words[i].End), i);
            }

            if (BareSpeaker(sentence, i))
            {
                return (Span(text, SourceKind.Anonymous, words[i].Start, words[i].End), i);
            }
        }

        return null;
    }

    /// <summary>
    /// The word counting the role at <paramref name="role"/>, past up to three lower-case describing words ("a VC industry official",
    /// "one software-focused investor", "a venture capitalist"); null when a capitalised name or nothing counts it.
    /// </summary>
    private static int? SpeakerCountAt(List<Word> words, int role)
    {
        for (var j = role - 1; j >= 0 && role - j <= 4; j--)
        {
            if (words[j].EndsPhrase)
            {
                return null;
            }

            if (_speakerCounts.Contains(words[j].Lower))
            {
                return j;
            }

            // "VC" is a kind of person, not a company: the one capitalised describing word allowed.
            var describing = words[j].Lower is "vc" or "venture" || (!words[j].IsCapitalised && words[j].Core.Length > 0 && char.IsLetter(words[j].Core[0]));
            if (!describing || _speakerNotDescribing.Contains(words[j].Lower))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"a venture capitalist told", "Another executive said", "As a sports executive put it": a saying verb within three words, same clause.</summary>
    private static bool SpeaksAfter(List<Word> words, int role)
    {
        for (var j = role + 1; j < words.Count && j <= role + 3; j++)
        {
            if (_speakerVerbs.Contains(words[j].Lower) || (words[j].Lower == "put" && j + 1 < words.Count && words[j + 1].Lower == "it"))
            {
                return true;
            }

            if (words[j - 1].EndsPhrase || _clauseBreakers.Contains(words[j].Lower) || words[j].IsCapitalised)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"…,” said a VC industry official, adding": the verb opens its clause and the role ends the speaker's words.</summary>
    private static bool SaidBefore(List<Word> words, int count, int role)
    {
        var verb = count - 1;
        if (verb < 1 || words[verb].Lower is not ("said" or "says" or "told") || !words[verb - 1].EndsPhrase)
        {
            return false;
        }

        // Since the anonymous-roles sweep: "said an adviser to one of the bidders".
        return words[role].EndsPhrase || role + 1 == words.Count || !_speakerNotAfter.Contains(words[role + 1].Lower)
            || (words[role + 1].Lower == "to" && words[role].Lower.StartsWith("advis", StringComparison.Ordinal));
    }

    /// <summary>"according to an existing investor", "citing another person": the counted role is what is cited.</summary>
    private static bool SpeakerCitedBefore(List<Word> words, int count) =>
        count >= 1 && (words[count - 1].Lower is "citing" or "quoting" || (count >= 2 && words[count - 1].Lower == "to" && words[count - 2].Lower == "according"));

    /// <summary>
    /// "but analysts say it has lagged", "Bankers said", "…, experts say.", "Experts told Protocol": a bare plural role opening its clause
    /// and saying right after. Investors are left out: "Investors said the valuation was too high" is the parties' own view, no source.
    /// </summary>
    private static bool BareSpeaker(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var opens = i == 0 || words[i - 1].EndsPhrase || words[i - 1].Lower is "but" or "and" or "while" or "though" or "although";
        if (!_bareSpeakerRoles.Contains(words[i].Lower))
        {
            return false;
        }

        // Since the thirtieth session, inverted after a quote or clause: "…, said panelists during the forum".
        if (i >= 2 && words[i - 1].Lower is "said" or "say" or "says" && words[i - 2].EndsPhrase && !words[i - 1].EndsPhrase)
        {
            return true;
        }

        // The thirtieth session's crowds speak only after the clause they tell ("…, investors said during the forum"); "Investors said the
        // valuation was too high" and "but investors say" open what they say.
        if (words[i].Lower is "investors" or "panelists" or "panellists" or "observers" && (i == 0 || !words[i - 1].EndsPhrase || words[i - 1].After != ','))
        {
            return false;
        }

        // Since the forty-fifth session: "…, with analysts saying many more bids are likely".
        if (i > 0 && words[i - 1].Lower == "with" && !words[i].EndsPhrase && i + 1 < words.Count && words[i + 1].Lower == "saying")
        {
            return true;
        }

        return opens && !words[i].EndsPhrase && i + 1 < words.Count
            && words[i + 1].Lower is "say" or "said" or "says" or "warn" or "warned" or "note" or "noted" or "told" or "tell";
    }
}
