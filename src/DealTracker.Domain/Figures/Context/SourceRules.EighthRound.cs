namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The source rules added after blind19 and blind20's first runs (the eighth round), read after the older ones: an outlet's own
/// sources ("Reuters' sources", "Bloomberg's sources said"), "X reported quoting sources", "Nikkei has learned", "(via Reuters)",
/// "documents obtained by The New York Times", "spokesman Jane Doe told NNA" and "an anonymous Mitsui official".
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Adds the eighth round's sources to <paramref name="found"/>; true when it added an anonymous one.</summary>
    private static bool EighthRoundSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames, bool anonymous)
    {
        var words = sentence.Words;
        var added = false;
        for (var i = 1; i < words.Count; i++)
        {
            if (EighthRoundNamed(sentence, i) is { } name && seenNames.Add(name.Start))
            {
                found.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            }

            // "Reuters' sources now claim": the outlet's sources are unnamed people too, whatever verb follows.
            if (!anonymous && !added && IsOutletsOwnSources(sentence, i) is not null)
            {
                found.Add(Span(text, SourceKind.Anonymous, words[i].Start, words[i].End));
                added = true;
            }

            if (!anonymous && !added && UnnamedPersonOf(words, i) is { } person)
            {
                found.Add(Span(text, SourceKind.Anonymous, words[person.First].Start, words[person.Last].End));
                added = true;
            }
        }

        return added;
    }

    /// <summary>The outlet cited at word <paramref name="i"/>, or null.</summary>
    private static Name? EighthRoundNamed(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;

        // "Reuters' sources now claim", "Bloomberg's sources said": the outlet's own sources.
        if (IsOutletsOwnSources(sentence, i) is { } owner)
        {
            return owner;
        }

        // "Moneycontrol.com reported quoting sources", "the paper said citing officials".
        if (lower is "quoting" or "citing" && i >= 2 && words[i - 1].Lower is "reported" or "reports" or "said" or "says"
            && sentence.NameAt[i - 2] is { Kind: not NameKind.Person } reporter)
        {
            return reporter;
        }

        // "The Bridge reports that …": a sentence opening with "The" and a capitalised word reporting (the name finder leaves "The" out).
        if (i == 2 && lower is "reports" or "reported" && words[0].Core == "The" && words[1].IsCapitalised && !words[1].Possessive
            && i + 1 < words.Count && words[i + 1].Lower == "that")
        {
            return new Name(0, 1, words[0].Start, words[1].End, words[0].Core + " " + words[1].Core, false, NameKind.Outlet);
        }

        // "…, Nikkei has learned.": what an outlet found out.
        if (lower is "learned" or "learnt" && i >= 2 && words[i - 1].Lower is "has" or "have" && sentence.NameAt[i - 2] is { Kind: not NameKind.Person } learner)
        {
            return learner;
        }

        if (lower == "via" && words[i].InBrackets && i + 1 < words.Count && OutletAfterVia(sentence, i + 1) is { } via)
        {
            return via;
        }

        // "documents obtained by The New York Times", "emails seen by the FT".
        if ((lower == "via" && words[i].Before == '(') || (lower == "by" && words[i - 1].Lower is "obtained" or "seen" or "reviewed" or "viewed"))
        {
            return i + 1 < words.Count && (sentence.NameAt[i + 1] ?? (i + 2 < words.Count && words[i + 1].Lower == "the" ? sentence.NameAt[i + 2] : null)) is { } outlet
                && (IsOutletish(outlet) || lower == "via") ? outlet : null;
        }

        // "Itochu spokesman Hikaru Inadome told NNA.": a spokesperson, named or not, telling a name that ends the sentence.
        return lower == "told" && i + 1 < words.Count && sentence.NameAt[i + 1] is { Kind: not NameKind.Person } told && told.Last == words.Count - 1
            && LowerWindow(words, Math.Max(0, i - 5), Math.Min(i, 5)).Any(w => w is "spokesman" or "spokeswoman" or "spokesperson")
            ? told : null;
    }

    /// <summary>"Reuters' sources", "Bloomberg's sources": the outlet written before "sources" as their owner.</summary>
    private static Name? IsOutletsOwnSources(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var possessive = words[i - 1].Possessive || words[i - 1].After is '\'' or '’' || words[i - 1].Core.EndsWith('’');
        return words[i].Lower is "sources" or "source" && possessive && sentence.NameAt[i - 1] is { } owner && IsOutletish(owner) ? owner : null;
    }

    /// <summary>"(via Reuters)": names in brackets are not found as names, so the capitalised words after "via", when an outlet.</summary>
    private static Name? OutletAfterVia(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        var last = from;
        while (last + 1 < words.Count && words[last + 1].IsCapitalised && !words[last].EndsPhrase && words[last].After != ')')
        {
            last++;
        }

        var text = string.Join(' ', words.Skip(from).Take(last - from + 1).Select(w => w.Core));
        return words[from].IsCapitalised && Lexicon.OutletName(text) is not null
            ? new Name(from, last, words[from].Start, words[last].End, text, false, NameKind.Outlet) : null;
    }

    /// <summary>"An anonymous Mitsui official explained": an unnamed person of a named company, the words from "anonymous" to the noun.</summary>
    private static (int First, int Last)? UnnamedPersonOf(List<Word> words, int i)
    {
        if (words[i - 1].Lower is not ("anonymous" or "unnamed" or "unidentified"))
        {
            return null;
        }

        for (var j = i; j < words.Count && j <= i + 2 && words[j].IsCapitalised; j++)
        {
            if (j + 1 < words.Count && _peopleNouns.Contains(words[j + 1].Lower))
            {
                return (i - 1, j + 1);
            }
        }

        return null;
    }

    private static IEnumerable<string> LowerWindow(List<Word> words, int from, int count) => words.Skip(from).Take(count).Select(w => w.Lower);
}
