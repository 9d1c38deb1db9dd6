namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the anonymous-roles sweep: unnamed people in the shapes the older rules missed. A counted role described by what it does
/// ("a lawyer involved in the transaction said", "an adviser to one of the bidders said"), a bare plural role cited ("according to
/// bankers"), back-references ("these people say", "one of them said"), sources owned by an unnamed outlet or by a named one ("according
/// to the publication's sources", "according to a Bloomberg source"), an industry cited as a whole ("according to the investment banking
/// industry") and "Rumor had it". "It is understood", with no one there, stays no source.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Words opening a role's description: "involved in", "close to", "working on", "at one of the firms", "to one of the bidders".</summary>
    private static readonly HashSet<string> _roleDescriptionOpeners = new(StringComparer.Ordinal)
    {
        "involved", "working", "close", "familiar", "briefed", "at", "in", "on", "to", "with", "advising", "knowledgeable", "privy", "aware",
        "directly", "tracking", "handling", "representing", "participating", "within", "inside",
    };

    /// <summary>Outlets described by what they are, whose sources are unnamed people: "the publication's sources", "the daily's sources".</summary>
    private static readonly HashSet<string> _outletNouns = new(StringComparer.Ordinal)
    {
        "publication", "newspaper", "paper", "daily", "outlet", "magazine", "agency", "broadcaster", "website", "site", "portal", "channel",
        "journal", "tabloid", "weekly", "newsletter", "wire", "media",
    };

    /// <summary>Adds the sweep's anonymous people when no other rule found any; true when it added one.</summary>
    private static bool AnonymousRoleSources(string text, SentenceWords sentence, List<SourceMention> found, bool anonymous)
    {
        if (anonymous)
        {
            return false;
        }

        for (var i = 0; i < sentence.Words.Count; i++)
        {
            if ((DescribedSpeaker(text, sentence.Words, i) ?? TheRoleSaid(text, sentence.Words, i) ?? CitedBareRole(text, sentence.Words, i) ?? PeopleBackReference(text, sentence.Words, i)
                 ?? OwnedSources(text, sentence.Words, i) ?? IndustryCited(text, sentence.Words, i) ?? Rumour(text, sentence.Words, i)) is { } person)
            {
                found.Add(person);
                return true;
            }
        }

        return false;
    }

    /// <summary>"a lawyer involved in the transaction said", "two lawyers working on the deal told", "an adviser to one of the bidders said".</summary>
    private static SourceMention? DescribedSpeaker(string text, List<Word> words, int i)
    {
        if (!_speakerRoles.Contains(words[i].Lower) || words[i].EndsPhrase || i + 1 >= words.Count || !_roleDescriptionOpeners.Contains(words[i + 1].Lower)
            || (SpeakerCountAt(words, i) ?? BarePluralOpening(words, i)) is not { } count)
        {
            return null;
        }

        // "…, said attorneys close to the talks.": the verb before, the description running to the end.
        if (count >= 2 && words[count - 1].Lower is "said" or "says" && words[count - 2].EndsPhrase && !NamedInDescription(words, i))
        {
            var end = i + 1;
            while (end + 1 < words.Count && !words[end].EndsPhrase && end - i < 8)
            {
                end++;
            }

            return words[end].EndsPhrase || end + 1 == words.Count ? Span(text, SourceKind.Anonymous, words[count].Start, words[end].End) : null;
        }

        for (var j = i + 2; j < words.Count && j <= i + 8; j++)
        {
            if (_speakerVerbs.Contains(words[j].Lower))
            {
                return Span(text, SourceKind.Anonymous, words[count].Start, words[j - 1].End);
            }

            // A name in the description is a party ("an executive at Tesla said" speaks for Tesla); a verb of its own ends it.
            if (words[j - 1].EndsPhrase || words[j].IsCapitalised || (_speakerNotAfter.Contains(words[j].Lower) && words[j].Lower is not ("to" or "and")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "The bankers said", "…, the lawyer added": a role pointing back to unnamed people, opening its clause and speaking. Investors,
    /// founders, executives and officials are left out: "the investors said" points back to the parties.
    /// </summary>
    private static SourceMention? TheRoleSaid(string text, List<Word> words, int i)
    {
        var lower = words[i].Lower;
        var opens = i >= 1 && words[i - 1].Lower == "the" && (i == 1 || words[i - 2].EndsPhrase || words[i - 2].Lower is "but" or "and");

        // "according to the bankers", "citing the lawyers", "…, said the bankers.": the role cited, ending its phrase.
        var cited = i >= 2 && words[i - 1].Lower == "the" && (words[i].EndsPhrase || i + 1 == words.Count)
            && (words[i - 2].Lower is "citing" or "quoting" || (words[i - 2].Lower == "to" && i >= 3 && words[i - 3].Lower == "according")
                || (words[i - 2].Lower is "said" or "says" && i >= 3 && words[i - 3].EndsPhrase));
        var role = _speakerRoles.Contains(lower) && lower is not ("investor" or "investors" or "founder" or "founders" or "executive" or "executives"
            or "official" or "officials" or "person" or "individual" or "individuals");
        return role && (cited || (opens && !words[i].EndsPhrase && i + 1 < words.Count && _speakerVerbs.Contains(words[i + 1].Lower)))
            ? Span(text, SourceKind.Anonymous, words[i - 1].Start, words[i].End)
            : null;
    }

    /// <summary>"Attorneys close to the talks said", "said lawyers involved": a bare plural role (not a party's) opening its clause or after "said".</summary>
    private static int? BarePluralOpening(List<Word> words, int i)
    {
        var lower = words[i].Lower;
        var plural = lower.EndsWith('s') && lower is not ("investors" or "founders" or "officials" or "executives" or "individuals");
        var opens = i == 0 || words[i - 1].EndsPhrase || (words[i - 1].Lower is "said" or "says" && i >= 2 && words[i - 2].EndsPhrase);
        return plural && opens ? i : null;
    }

    /// <summary>"according to bankers", "citing lawyers close to the deal": a bare plural role cited (not investors, the parties' own view).</summary>
    private static SourceMention? CitedBareRole(string text, List<Word> words, int i)
    {
        var lower = words[i].Lower;
        var plural = _speakerRoles.Contains(lower) && lower.EndsWith('s') && lower is not ("investors" or "founders" or "officials" or "executives");
        var cited = i >= 1 && !words[i - 1].EndsPhrase
            && (words[i - 1].Lower is "citing" or "quoting" || (i >= 2 && words[i - 1].Lower == "to" && words[i - 2].Lower == "according"));
        var ends = words[i].EndsPhrase || i + 1 == words.Count || _roleDescriptionOpeners.Contains(words[i + 1].Lower) || words[i + 1].Lower == "who";
        return plural && cited && ends && !NamedInDescription(words, i) ? Span(text, SourceKind.Anonymous, words[i].Start, words[i].End) : null;
    }

    /// <summary>"analysts at Wedbush": a name in the words describing a role makes them the firm's people, cited by name elsewhere.</summary>
    private static bool NamedInDescription(List<Word> words, int i)
    {
        for (var j = i + 1; j < words.Count && j <= i + 5 && !words[j - 1].EndsPhrase; j++)
        {
            if (words[j].IsCapitalised)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"these people say", "according to these people", "one of them said", "said one of them", "citing two of them".</summary>
    private static SourceMention? PeopleBackReference(string text, List<Word> words, int i)
    {
        var last = words[i].Lower == "people" && i >= 1 && words[i - 1].Lower is "these" && !words[i - 1].EndsPhrase ? i
            : words[i].Lower == "them" && i >= 2 && words[i - 1].Lower == "of" && _speakerCounts.Contains(words[i - 2].Lower) && !words[i - 2].EndsPhrase ? i
            : -1;
        if (last < 0)
        {
            return null;
        }

        var first = words[i].Lower == "people" ? i - 1 : i - 2;
        var saysAfter = !words[last].EndsPhrase && last + 1 < words.Count && _speakerVerbs.Contains(words[last + 1].Lower);
        var before = first >= 1 ? words[first - 1].Lower : "";
        var citedBefore = before is "citing" or "quoting" || (before is "said" or "says" or "told" && words[first - 2 < 0 ? 0 : first - 2].EndsPhrase)
            || (before == "to" && first >= 2 && words[first - 2].Lower == "according");
        return saysAfter || citedBefore ? Span(text, SourceKind.Anonymous, words[first].Start, words[last].End) : null;
    }

    /// <summary>"according to the publication's sources", "news outlet's sources", "according to a Bloomberg source", "two Yonhap sources said".</summary>
    private static SourceMention? OwnedSources(string text, List<Word> words, int i)
    {
        if (words[i].Lower is not ("source" or "sources") || i < 2 || words[i - 1].EndsPhrase
            || (i + 1 < words.Count && !words[i].EndsPhrase && words[i + 1].Lower is "of" or "for" or "code" or "codes" or "material" or "materials"))
        {
            return null;
        }

        var owner = words[i - 1];
        var unnamedOutlet = owner.Possessive && _outletNouns.Contains(owner.Lower);
        var namedOwner = owner.IsCapitalised && _quantifiers.Contains(words[i - 2].Lower) && !words[i - 2].EndsPhrase && words[i - 2].Lower is not "the";
        return unnamedOutlet || namedOwner ? Span(text, SourceKind.Anonymous, words[i - 1].Start, words[i].End) : null;
    }

    /// <summary>"according to the investment banking industry", "according to industry insiders": an industry cited as a whole.</summary>
    private static SourceMention? IndustryCited(string text, List<Word> words, int i)
    {
        if (words[i].Lower != "industry" || !(words[i].EndsPhrase || i + 1 == words.Count))
        {
            return null;
        }

        for (var j = i - 1; j >= 1 && i - j <= 4; j--)
        {
            if (words[j].Lower == "to" && words[j - 1].Lower == "according")
            {
                return Span(text, SourceKind.Anonymous, words[j + 1].Start, words[i].End);
            }

            if (words[j].EndsPhrase || words[j].IsCapitalised)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Rumor had it that …", "rumour has it": talk among unnamed people.</summary>
    private static SourceMention? Rumour(string text, List<Word> words, int i) =>
        words[i].Lower is "rumor" or "rumour" or "rumors" or "rumours" && i + 2 < words.Count && words[i + 1].Lower is "has" or "had" or "have"
        && words[i + 2].Lower == "it" && !words[i].EndsPhrase && !words[i + 1].EndsPhrase
            ? Span(text, SourceKind.Anonymous, words[i].Start, words[i + 2].End)
            : null;

    /// <summary>
    /// "an official from Viva Republica said": a role from a named organisation speaks for it, a party, not an unnamed source (unlike "an
    /// official at Hyundai Motor told Yonhap", kept anonymous by the corpus, or "a senior executive from the industry told Moneycontrol").
    /// </summary>
    private static bool IsPartysOwnSpeaker(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].EndsPhrase || i + 2 >= words.Count || words[i + 1].Lower != "from")
        {
            return false;
        }

        var at = words[i + 2].Lower == "the" && i + 3 < words.Count ? i + 3 : i + 2;
        return sentence.NameAt[at] is { Kind: not NameKind.Person } name && name.First == at
            && !words.Take(i).Any(w => w.Lower is "unnamed" or "anonymous" or "unidentified");
    }
}
