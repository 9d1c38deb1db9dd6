namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The source rules added after blind23 and blind24's first runs (the tenth round), read after the ninth round's: "Sky understands that",
/// "X learned from informed sources", an outlet citing sources after a stray word ("Bloomberg I mentioned Friday, citing unnamed sources"),
/// "quoted by Reuters", filings a move was "revealed through", "according to registrations", "prospective investors said".
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Adds the tenth round's sources to <paramref name="found"/>; true when it added an anonymous one.</summary>
    private static bool TenthRoundSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames, bool anonymous)
    {
        var words = sentence.Words;
        var added = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (TenthNamed(sentence, i) is { } name && seenNames.Add(name.Start))
            {
                found.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            }

            if (TenthDocument(text, words, i) is { } document && !found.Any(f => f.Start <= document.Start && document.Start < f.Start + f.Length))
            {
                found.Add(document);
            }

            if (!anonymous && !added && TenthUnnamedInvestors(text, words, i) is { } people)
            {
                found.Add(people);
                added = true;
            }
        }

        return added;
    }

    /// <summary>
    /// "Sky understands that …" (an outlet's own knowledge), "Al-Eqtisadiya learned from informed sources" (a name learning from sources),
    /// "quoted by Reuters", "Bloomberg I mentioned Friday (June 12), citing unnamed sources" (an outlet a few words before "citing").
    /// </summary>
    private static Name? TenthNamed(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        // "Sky understands that …"; an outlet may leave "that" out ("The Times understands the fund is …").
        if (lower is "understands" or "understood" && i >= 1 && i + 1 < words.Count && !words[i - 1].EndsPhrase
            && (words[i + 1].Lower == "that" || sentence.NameAt[i - 1] is { Kind: NameKind.Outlet })
            && sentence.NameAt[i - 1] is { Possessive: false, Kind: not NameKind.Person } understands && understands.Last == i - 1
            && understands.Text is not ("Nobody" or "Everybody" or "Everyone" or "Someone" or "Anyone" or "No" or "One")
            && (understands.First == 0 || words[understands.First - 1].EndsPhrase || (understands.First == 1 && words[0].Lower == "the")))
        {
            return understands;
        }

        var subject = i >= 2 && words[i - 1].Lower is "has" or "had" ? i - 2 : i - 1;
        if (lower is "learned" or "learnt" or "heard" && subject >= 0 && i + 2 < words.Count && words[i + 1].Lower == "from" && !words[subject].EndsPhrase
            && words.Skip(i + 2).Take(3).Any(w => w.Lower is "sources" or "source" or "people" or "officials" or "insiders")
            && sentence.NameAt[subject] is { Possessive: false, Kind: not NameKind.Person } learner && learner.Last == subject)
        {
            return learner;
        }

        if (lower is "quoted" or "cited" && i + 2 < words.Count && words[i + 1].Lower == "by" && !words[i].EndsPhrase
            && sentence.NameAt[i + 2] is { Kind: NameKind.Outlet } quoting && quoting.First == i + 2)
        {
            return quoting;
        }

        // "The Competition Commission of India (CCI) has approved …, the competition watchdog said": the regulator named earlier.
        if (lower is "watchdog" or "regulator" && i >= 1 && i + 1 < words.Count && words[i + 1].Lower is "said" or "says" or "announced" or "stated"
            && words.Take(i).Any(w => w.Lower == "the") && !words[i].EndsPhrase)
        {
            return sentence.Names.FirstOrDefault(n => n.Last < i && n.Kind == NameKind.Organisation
                && n.Text.Split(' ').Any(w => w is "Commission" or "Authority" or "Regulator" or "Board" or "Bureau" or "Agency" or "Office" or "Council"));
        }

        if (lower == "citing" && i >= 2)
        {
            for (var j = i - 1; j >= Math.Max(0, i - 8); j--)
            {
                if (sentence.NameAt[j] is { Kind: NameKind.Outlet } outlet && outlet.Last == j)
                {
                    return outlet;
                }

                if (words[j].Lower is "reported" or "said" or "reports" or "says" or "told" || sentence.NameAt[j] is not null)
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>"revealed through recent legal filings" (the filings named by their kind), "according to registrations".</summary>
    private static SourceMention? TenthDocument(string text, List<Word> words, int i)
    {
        if (words[i].Lower is "revealed" or "disclosed" or "shown" or "detailed" or "made" && i + 2 < words.Count && words[i + 1].Lower is "through" or "in" or "by" or "via")
        {
            var k = i + 2;
            while (k < words.Count && k - i <= 4 && words[k].Lower is "recent" or "new" or "latest" or "the" or "a")
            {
                k++;
            }

            var start = k;
            while (k < words.Count && k - start < 2 && words[k].Lower is "legal" or "court" or "regulatory" or "securities" or "company" or "corporate")
            {
                k++;
            }

            return k < words.Count && words[k].Lower is "filings" or "filing" ? Span(text, SourceKind.Named, words[start].Start, words[k].End) : null;
        }

        // "according to registrations", "according to company registrations".
        var to = i >= 1 && words[i - 1].Lower is "company" or "corporate" or "business" or "trade" ? i - 2 : i - 1;
        return words[i].Lower == "registrations" && to >= 1 && words[to].Lower == "to" && words[to - 1].Lower == "according"
            ? Span(text, SourceKind.Named, words[to + 1].Start, words[i].End)
            : null;
    }

    /// <summary>"…, prospective investors said", "potential investors told": investors not named are anonymous sources.</summary>
    private static SourceMention? TenthUnnamedInvestors(string text, List<Word> words, int i) =>
        words[i].Lower is "investors" or "backers" && i >= 1 && i + 1 < words.Count
        && words[i - 1].Lower is "prospective" or "potential" or "would-be" or "several" or "some" or "two" or "three" or "four" or "other"
        && words[i + 1].Lower is "said" or "say" or "says" or "told" && !words[i].EndsPhrase
            ? Span(text, SourceKind.Anonymous, words[i - 1].Start, words[i].End)
            : null;
}
