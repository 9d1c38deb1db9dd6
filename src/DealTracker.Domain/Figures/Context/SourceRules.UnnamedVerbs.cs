namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the data-sources sweep: unnamed people in less common verbs, and the outlet that cites them. "citing one of the investors",
/// and an outlet opening its clause with a verb of its sources when unnamed people are read in the sentence: "CNBC stated that
/// insiders had informed the channel", "Re/code cites “multiple sources” who say", "AVCJ learned of the launch from sources in the LP
/// community". (The people themselves, "sources claim", "insiders had informed", "learned from sources", are read by AnonymousAt.)
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Adds people cited as "one of the investors" and the outlet citing unnamed people; true when it added anonymous people.</summary>
    private static bool UnnamedVerbSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames, bool anonymous)
    {
        var words = sentence.Words;
        var added = false;
        for (var i = 0; i + 3 < words.Count && !anonymous && !added; i++)
        {
            if (OneOfThePeopleCited(words, i) is { } people)
            {
                found.Add(Span(text, SourceKind.Anonymous, words[people.First].Start, words[people.Last].End));
                added = true;
            }
        }

        if (!anonymous && !added && !found.Any(f => f.Kind == SourceKind.Anonymous))
        {
            return added;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (OutletOfUnnamedPeople(sentence, i) is { } outlet && found.Any(f => f.Kind == SourceKind.Anonymous && f.Start > words[i].Start) && !found.Any(f => Overlaps(f, Span(text, SourceKind.Named, words[outlet.First].Start, words[outlet.Last].End))))
            {
                AddRun(text, words, outlet, found, seenNames);
            }
        }

        return added;
    }

    /// <summary>"citing one of the investors", "according to two of the bankers": people of a deal cited, not named.</summary>
    private static (int First, int Last)? OneOfThePeopleCited(List<Word> words, int i)
    {
        if (words[i].Lower is not ("citing" or "quoting") && !(words[i].Lower == "to" && i > 0 && words[i - 1].Lower == "according"))
        {
            return null;
        }

        var j = i + 1;
        if (j + 3 >= words.Count || words[j].Lower is not ("one" or "two" or "three" or "some" or "several" or "both" or "many") || words[j + 1].Lower != "of"
            || words[j + 2].Lower != "the")
        {
            return null;
        }

        return words[j + 3].Lower is "investors" or "bankers" or "executives" or "shareholders" or "backers" or "participants" or "parties" or "founders"
            or "advisers" or "advisors" or "lenders" or "buyers" or "bidders" ? (j, j + 3) : null;
    }

    /// <summary>
    /// "CNBC stated that", "Re/code cites", "AVCJ learned", "Axios has learned": an outlet opening its clause with a verb of its sources
    /// (only when unnamed people are read after the verb).
    /// </summary>
    private static (int First, int Last)? OutletOfUnnamedPeople(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var verb = words[i].Lower;
        var k = i - 1;
        k -= k > 0 && words[k].Lower is "has" or "have" or "had" ? 1 : 0;
        // Since the twenty-seventh session a capitalised word is no verb: "The United States and Saudi Arabia are in talks" named "United".
        if (verb is not ("stated" or "states" or "cites" or "cited" or "learned" or "learnt" or "understands" or "heard") || words[k].EndsPhrase || words[i].IsCapitalised)
        {
            return null;
        }

        var run = sentence.NameAt[k] is { Kind: not NameKind.Person } name && name.Last == k ? (name.First, name.Last) : BackRun(words, k);
        return run is not { } r || !OpensClause(words, r.First) || IsPersonRun(sentence, r) ? null : r;
    }
}
