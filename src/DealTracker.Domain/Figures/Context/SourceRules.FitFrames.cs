namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the fit-sources sweep (issues 74-77): outlets and providers in frames the earlier rounds missed.
/// <list type="bullet">
/// <item>"(per Financial Times reporting)": "per" and a name, then a report noun;</item>
/// <item>"during an appearance on Bloomberg Television", "in an interview on CNBC": an outlet after appearing or speaking "on";</item>
/// <item>"seen by CNN and BBC News", "reports Axios and Financial Times": every outlet of a list after a cited outlet;</item>
/// <item>"DigiTimes adds that", "Breakit has unearthed documents": an outlet adding, or finding documents, as a clause's subject;</item>
/// <item>"according to M&amp;A advisory firm Recof Corp.", "according to Beijing-based deal data provider ITJuzi": a firm named after
/// its description;</item>
/// <item>"according to one anonymous investor": anonymous people described so;</item>
/// <item>"A report in The Sunday Times said", "a headline in Globes": an outlet a report is "in" (and the back-reference "the report"
/// to it is no second source);</item>
/// <item>"disclosed in a US Securities and Exchange Commission filing": a filing named by its regulator;</item>
/// <item>not a source: "Reuters asked Google for a comment" (an outlet asking).</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Nouns a firm is described by before its name: "research firm Recof Data", "deal data provider ITJuzi".</summary>
    private static readonly HashSet<string> _fitFirmNouns = new(StringComparer.Ordinal)
    {
        "firm", "provider", "company", "consultancy", "tracker", "platform", "researcher", "consultant", "house", "group",
    };

    /// <summary>Verbs of an outlet's own reporting to its readers: "DigiTimes adds that", "Breakit has unearthed documents".</summary>
    private static readonly HashSet<string> _fitFindVerbs = new(StringComparer.Ordinal)
    {
        "unearthed", "obtained", "seen", "reviewed", "viewed", "uncovered",
    };

    /// <summary>What an outlet finds: "documents", "a copy", "emails".</summary>
    private static readonly HashSet<string> _fitFoundThings = new(StringComparer.Ordinal)
    {
        "documents", "document", "copy", "emails", "email", "memo", "letter", "letters", "papers", "records", "filings", "files",
    };

    /// <summary>Nouns of a piece an outlet carries: "a report in", "a headline in", "an article in".</summary>
    private static readonly HashSet<string> _fitPieceNouns = new(StringComparer.Ordinal)
    {
        "report", "headline", "article", "story", "piece", "column", "editorial", "interview", "op-ed", "feature",
    };

    /// <summary>Adds the fit-sources frames' sources to <paramref name="found"/> and drops the sources they unmake.</summary>
    private static void FitFrameSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        var added = new List<SourceMention>();
        for (var i = 0; i < words.Count; i++)
        {
            if ((FitPerReporting(text, sentence, i) ?? FitAppearanceOn(text, sentence, i) ?? FitOutletSubject(text, sentence, i) ?? FitPieceIn(text, sentence, i)) is { } name)
            {
                added.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            }

            if (FitDescribedFirm(text, sentence, i) is { } firm)
            {
                added.Add(firm);
            }

            if (FitAnonymousDescribed(text, words, i) is { } person)
            {
                added.Add(person);
            }

            if (FitRegulatorFiling(text, words, i) is { } filing)
            {
                added.Add(filing);
            }
        }

        foreach (var source in added.Where(a => !found.Any(f => f.Kind == a.Kind && f.Start < a.Start + a.Length && a.Start < f.Start + f.Length)))
        {
            found.Add(source);
        }

        FitListedOutlets(text, sentence, found);
        FitDropAskingOutlets(sentence, found);
        FitDropReportBackReference(text, sentence, found);
    }

    private static bool FitIsOutlet(Name name) => !name.Possessive && (name.Kind == NameKind.Outlet || Lexicon.OutletName(name.Text) is not null);

    /// <summary>
    /// The run of capitalised words from word <paramref name="j"/> (at most six, none ending a phrase but the last), as a name: "The
    /// Sunday Times", "Recof Data", "Financial Times" in brackets, which the name finder reads short or not at all. Null when word
    /// <paramref name="j"/> is not capitalised.
    /// </summary>
    private static Name? FitCapitalRun(string text, SentenceWords sentence, int j)
    {
        var words = sentence.Words;
        if (j >= words.Count || !words[j].IsCapitalised)
        {
            return null;
        }

        var last = j;
        while (last + 1 < words.Count && last - j < 5 && !words[last].EndsPhrase && words[last + 1].IsCapitalised)
        {
            last++;
        }

        // "according to the firm Tuesday": a weekday alone is a date ("The Sunday Times" is a name).
        if (last == j && words[j].Core is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday")
        {
            return null;
        }

        var end = words[last].End + (words[last].End < text.Length && text[words[last].End] == '.' && Words.IsAbbreviation(words[last].Core) ? 1 : 0);
        if (sentence.NameAt[j] is { } name && name.First == j && name.Last >= last)
        {
            return name;
        }

        var kind = Lexicon.OutletName(text[words[j].Start..end]) is not null ? NameKind.Outlet : NameKind.Organisation;
        return new Name(j, last, words[j].Start, end, text[words[j].Start..end], false, kind);
    }

    /// <summary>"(per Financial Times reporting)", "per Bloomberg data": "per", a name that is no person, then a report noun.</summary>
    private static Name? FitPerReporting(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower != "per" || words[i].EndsPhrase || FitCapitalRun(text, sentence, i + 1) is not { Kind: not NameKind.Person } name)
        {
            return null;
        }

        var k = name.Last + 1;
        return k < words.Count && !words[name.Last].EndsPhrase && _reportNouns.Contains(words[k].Lower) ? name : null;
    }

    /// <summary>"during an appearance on Bloomberg Television", "speaking on CNBC", "in an interview on Fox Business": an outlet after "on".</summary>
    private static Name? FitAppearanceOn(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("appearance" or "appeared" or "appearing" or "appears" or "interview" or "speaking" or "spoke" or "speaks")
            || words[i].EndsPhrase || i + 1 >= words.Count || words[i + 1].Lower != "on" || words[i + 1].EndsPhrase)
        {
            return null;
        }

        return FitCapitalRun(text, sentence, i + 2) is { } name && FitIsOutlet(name) ? name : null;
    }

    /// <summary>
    /// An outlet as a clause's subject telling its readers: "DigiTimes adds that", "Breakit has unearthed documents", "The Ken had obtained
    /// a copy". The outlet must be listed or shaped like one: "Microsoft adds that" is a party speaking.
    /// </summary>
    private static Name? FitOutletSubject(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if ((i > 0 && !words[i - 1].EndsPhrase && words[i - 1].Core != "the") || FitCapitalRun(text, sentence, i) is not { } name || !FitIsOutlet(name))
        {
            return null;
        }

        var k = name.Last + 1;
        if (k + 1 < words.Count && words[k].Lower is "adds" or "added" && words[k + 1].Lower == "that")
        {
            return name;
        }

        k += k < words.Count && words[k].Lower is "has" or "have" or "had" ? 1 : 0;
        if (k >= words.Count || !_fitFindVerbs.Contains(words[k].Lower))
        {
            return null;
        }

        var m = k + 1;
        m += m < words.Count && words[m].Lower is "a" or "the" or "internal" or "confidential" ? 1 : 0;
        m += m < words.Count && words[m].Lower is "internal" or "confidential" or "leaked" ? 1 : 0;
        return m < words.Count && _fitFoundThings.Contains(words[m].Lower) ? name : null;
    }

    /// <summary>"A report in The Sunday Times", "a headline in Globes", "an article in the Financial Times": a piece "in" an outlet.</summary>
    private static Name? FitPieceIn(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_fitPieceNouns.Contains(words[i].Lower) || words[i].EndsPhrase || i + 1 >= words.Count || words[i + 1].Lower != "in")
        {
            return null;
        }

        var j = i + 2;
        j += j < words.Count && words[j].Core == "the" ? 1 : 0;
        return FitCapitalRun(text, sentence, j) is { } name && FitIsOutlet(name) ? name : null;
    }

    /// <summary>
    /// "according to M&amp;A advisory firm Recof Corp.", "according to Beijing-based deal data provider ITJuzi": "according to", up to five
    /// describing words, a firm noun, then the firm's name (from the word after the noun to the name's end).
    /// </summary>
    private static SourceMention? FitDescribedFirm(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i < 1 || words[i].Lower != "to" || words[i - 1].Lower != "according" || words[i].EndsPhrase)
        {
            return null;
        }

        for (var j = i + 1; j < words.Count && j <= i + 6; j++)
        {
            if (words[j].EndsPhrase)
            {
                return null;
            }

            // "according to the firm Tuesday" is the speaker's firm, undescribed: a describing word must come before the noun.
            var described = Enumerable.Range(i + 1, j - i - 1).Any(k => words[k].Lower is not ("the" or "a" or "an"));
            if (described && _fitFirmNouns.Contains(words[j].Lower) && !words[j].IsCapitalised && FitCapitalRun(text, sentence, j + 1) is { } run
                && (sentence.NameAt[j + 1] is not { Kind: NameKind.Person } person || person.Last < run.Last))
            {
                return Span(text, SourceKind.Named, run.Start, run.End);
            }
        }

        return null;
    }

    /// <summary>"according to one anonymous investor", "said an unnamed banker": a determiner, "anonymous" or "unnamed", and a person noun.</summary>
    private static SourceMention? FitAnonymousDescribed(string text, List<Word> words, int i)
    {
        if (i + 2 >= words.Count || words[i].Lower is not ("one" or "a" or "an" or "two" or "three" or "several" or "some")
            || words[i + 1].Lower is not ("anonymous" or "unnamed") || !_peopleNouns.Contains(words[i + 2].Lower))
        {
            return null;
        }

        var cited = (i >= 2 && words[i - 1].Lower == "to" && words[i - 2].Lower == "according")
            || (i >= 1 && words[i - 1].Lower is "said" or "says" && !words[i - 1].EndsPhrase)
            || (i + 3 < words.Count && words[i + 3].Lower is "said" or "says" or "told");
        return cited ? Span(text, SourceKind.Anonymous, words[i].Start, words[i + 2].End) : null;
    }

    /// <summary>
    /// "disclosed in a US Securities and Exchange Commission filing", "according to an SEC filing": a filing named by capitalised words
    /// (its regulator, "and" or "of" between them) after a disclosing verb or "according to". The source is the regulator's words and "filing".
    /// </summary>
    private static SourceMention? FitRegulatorFiling(string text, List<Word> words, int i)
    {
        if (i < 1 || words[i].Lower is not ("a" or "an" or "the") || i + 2 >= words.Count)
        {
            return null;
        }

        var cue = words[i - 1].Lower == "in" && i >= 2 && words[i - 2].Lower is "disclosed" or "revealed" or "detailed" or "shown" or "stated" or "outlined" or "reported";
        cue |= words[i - 1].Lower == "to" && i >= 2 && words[i - 2].Lower == "according";
        if (!cue || !words[i + 1].IsCapitalised)
        {
            return null;
        }

        for (var j = i + 1; j < words.Count && j <= i + 8; j++)
        {
            if (words[j].Lower is "filing" or "filings")
            {
                return j > i + 1 ? Span(text, SourceKind.Named, words[i + 1].Start, words[j].End) : null;
            }

            if (words[j].EndsPhrase || !(words[j].IsCapitalised || words[j].Lower is "and" or "of" or "&"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"seen by CNN and BBC News", "reports Axios and Financial Times", "CNBC, Sky News and Reuters reported": every outlet listed with a cited outlet.</summary>
    private static void FitListedOutlets(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < found.Count; n++)
        {
            var source = found[n];
            var last = words.FindLastIndex(w => w.Start >= source.Start && w.End <= source.Start + source.Length);
            if (source.Kind != SourceKind.Named || last < 0 || Lexicon.OutletName(source.Name) is null)
            {
                continue;
            }

            while (last + 2 < words.Count && (words[last + 1].Lower == "and" || (words[last].After == ',' && words[last + 1].IsCapitalised)))
            {
                var j = words[last + 1].Lower == "and" ? last + 2 : last + 1;
                if (FitCapitalRun(text, sentence, j) is not { } next || !FitIsOutlet(next))
                {
                    break;
                }

                if (!found.Any(f => f.Kind == SourceKind.Named && f.Start < next.End && next.Start < f.Start + f.Length))
                {
                    found.Add(Span(text, SourceKind.Named, next.Start, next.End));
                }

                last = next.Last;
            }
        }
    }

    /// <summary>"Reuters asked Google for a comment", "Bloomberg contacted the company for comment": an outlet asking is no source.</summary>
    private static void FitDropAskingOutlets(SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        found.RemoveAll(source =>
        {
            var last = words.FindLastIndex(w => w.Start >= source.Start && w.End <= source.Start + source.Length);
            if (source.Kind != SourceKind.Named || last < 0 || Lexicon.OutletName(source.Name) is null)
            {
                return false;
            }

            var k = last + 1;
            k += k < words.Count && words[k].Lower is "has" or "had" or "have" ? 1 : 0;
            if (k >= words.Count || words[k].Lower is not ("asked" or "contacted" or "approached" or "emailed" or "reached" or "asks" or "contacts"))
            {
                return false;
            }

            var end = Math.Min(words.Count, k + 8);
            for (var m = k + 1; m < end; m++)
            {
                if (words[m].Lower is "comment" or "comments" or "response" or "reaction")
                {
                    return true;
                }
            }

            return false;
        });
    }

    /// <summary>"A report in The Sunday Times said …, the report said": the back-reference is the outlet's report, no second source.</summary>
    private static void FitDropReportBackReference(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        var pieceIn = Enumerable.Range(0, words.Count).Any(i => FitPieceIn(text, sentence, i) is { } name
            && found.Any(f => f.Kind == SourceKind.Named && f.Start == name.Start));
        if (pieceIn)
        {
            found.RemoveAll(f => f.Kind == SourceKind.Named && f.Name.ToLowerInvariant() is "report" or "the report" or "article" or "the article" or "story" or "the story");
        }
    }
}
