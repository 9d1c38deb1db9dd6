namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Names a citing phrase points to: "according to (a report by) X", "citing X", "per X", "reported by X", "data compiled by
/// X", "told X", "confirmed to X", two names cited together ("according to X and Y"), and a name cited by its verb or report noun
/// ("a X report", "the latest report from X").
/// </summary>
internal static partial class SourceRules
{
    /// <summary>
    /// A citation starting at word <paramref name="i"/>: an outlet after its verb ("reports Reuters."), or a name after "according
    /// to", "citing", "per", "reported by", "told", "confirmed to". Null when word <paramref name="i"/> starts none; otherwise the
    /// source found (if any) and the word to go on from.
    /// </summary>
    private static (SourceMention? Source, int Resume)? CitationAt(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        if (InvertedCitation(sentence, i) is { } inverted)
        {
            return inverted;
        }

        // "writes UNN with reference to the Financial Times": citing by another phrase.
        var withReference = lower == "reference" && i > 0 && words[i - 1].Lower is "with" or "in" && i + 1 < words.Count && words[i + 1].Lower == "to";
        if (!((lower == "according" && i + 1 < words.Count && words[i + 1].Lower == "to") || withReference || lower is "citing" or "cited" or "per" or "quoting"
              || (lower is "by" && i > 0 && ReportedBy(words, i))
              || lower is "told" or "tells" or "telling"
              || (lower == "in" && i > 0 && words[i - 1].Lower is "wrote" or "writes" or "written" or "published" or "reported" or "reports")
              || (lower == "to" && i > 0 && (words[i - 1].Lower is "confirmed" or "said" or "spoke" or "speaking" or "talking" or "told" || ConfirmedBefore(words, i)))))
        {
            return null;
        }

        // "citing to Reuters": a stray "to" after "citing".
        var from = lower == "according" || withReference ? i + 2 : lower == "citing" && i + 1 < words.Count && words[i + 1].Lower == "to" ? i + 2 : i + 1;
        var requireOutlet = lower is "told" or "tells" or "telling" or "per" or "cited" or "to" or "in";

        // Since the seventh round: "a spokesperson told ET": a speaker tells an outlet, whatever its name.
        requireOutlet &= !(lower is "told" or "tells" && i > 0 && words[i - 1].Lower is "spokesperson" or "spokesman" or "spokeswoman" or "representative"
            or "spokespeople");

        // Since the twenty-ninth session: "Mauricio told the Inquirer.", "Baker tells SmartCompany Plus.": the name finder's organisation
        // ending its clause after "told" is the outlet told (S3, S7), listed or not (SourceRules.UnlistedSources.cs, beside ToldOrganisation).
        requireOutlet &= !(lower is "told" or "tells" && IsToldNameEndingTheClause(sentence, from));

        // "according to KrAsia, which cited information from deals database Tianyancha": a source another source cites.
        if (lower is "cited" or "citing" && from + 2 < words.Count && words[from].Lower is "information" or "data" or "figures" or "numbers" or "research"
            && words[from + 1].Lower is "from" or "by")
        {
            return (NamedAfter(text, sentence, from + 2, requireOutlet: false, anyOrganisation: true), i);
        }

        var byReporter = lower == "by" && (words[i - 1].Lower is "reported" or "revealed" or "published" or "broken" or "estimated" or "compiled"
                or "calculated" or "tracked"
            || (i > 1 && words[i - 2].Lower is "reported" or "revealed" or "published" or "broken")
            || words[VerbBeforeBy(words, i)].Lower is "published" or "released" or "conducted");
        return (NamedAfter(text, sentence, from, requireOutlet, byReporter), i);
    }

    /// <summary>A source named after its verb at word <paramref name="i"/> ("reports Reuters.", "reports Trend citing", "said platform Tracxn"), or null.</summary>
    private static (SourceMention? Source, int Resume)? InvertedCitation(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        // "..., reports the Information.": past an article.
        var at = i + 2 < words.Count && words[i + 1].Lower == "the" ? i + 2 : i + 1;
        // Since the fifteenth session: "…, notes TechCrunch, is now at 1.15%", "…, adds Reuters.".
        if (lower is "reports" or "reported" or "said" or "says" or "writes" or "wrote" or "notes" or "noted" or "observes" or "adds" or "added"
            && at < words.Count && !words[i].EndsPhrase
            && sentence.NameAt[at] is { Kind: NameKind.Outlet } inverted && inverted.First == at
            && (words[inverted.Last].EndsPhrase || inverted.Last + 1 == words.Count || words[inverted.Last + 1].Lower == "citing"
                || OutletKindEndsPhrase(words, inverted.Last + 1)))
        {
            return (new SourceMention(inverted.Text, SourceKind.Named, inverted.Start, inverted.End - inverted.Start), inverted.Last);
        }

        // "..., reports Trend citing Reuters": any organisation after "reports" that goes on to cite is a reporter.
        if (lower is "reports" or "reported" && i + 2 < words.Count && !words[i].EndsPhrase && sentence.NameAt[i + 1] is { Kind: NameKind.Organisation } reporter
            && reporter.First == i + 1 && !words[reporter.Last].EndsPhrase && reporter.Last + 1 < words.Count && words[reporter.Last + 1].Lower == "citing")
        {
            return (new SourceMention(reporter.Text, SourceKind.Named, reporter.Start, reporter.End - reporter.Start), reporter.Last);
        }

        // "..., said market intelligence platform Tracxn on Friday.": a provider after its verb, named after what it is.
        if (lower is "reports" or "reported" or "said" or "says" && i + 2 < words.Count && !words[i].EndsPhrase && InvertedProvider(sentence, i + 1) is { } provider)
        {
            return (new SourceMention(provider.Text, SourceKind.Named, provider.Start, provider.End - provider.Start), provider.Last);
        }

        return null;
    }

    /// <summary>
    /// Since the thirty-eighth session: "…, said the Nikkei business daily, which first reported the news", "said the Nikkei newspaper.": what
    /// the outlet is, one to three words from <paramref name="k"/> ending in an outlet's kind, then the phrase's end.
    /// </summary>
    private static bool OutletKindEndsPhrase(List<Word> words, int k)
    {
        for (var j = k; j < words.Count && j - k < 3; j++)
        {
            var lower = words[j].Lower;
            var kind = _outletKinds.Contains(lower) || lower is "paper" or "weekly" or "journal";
            if (words[j].IsCapitalised || !(kind || lower is "business" or "financial" or "economic" or "english-language"))
            {
                return false;
            }

            if (kind && (words[j].EndsPhrase || j + 1 == words.Count))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"confirmed the investment to Reuters": a confirming verb a few words back in the same phrase.</summary>
    private static bool ConfirmedBefore(List<Word> words, int to)
    {
        for (var j = to - 1; j >= Math.Max(0, to - 5) && !words[j].EndsPhrase; j--)
        {
            if (words[j].Lower is "confirmed" or "confirms" or "confirm" or "disclosed" or "revealed")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"compiled by", "reported by", "reported initially by", "first revealed by".</summary>
    private static bool ReportedBy(List<Word> words, int by)
    {
        var verb = words[by - 1].Lower is "initially" or "first" or "originally" or "earlier" or "exclusively" && by > 1 ? by - 2 : by - 1;

        // Since the twenty-first session: "A survey published in June by the Israel Advanced Technology Industries showed", "a study
        // released last week by": a document published by its author, a time between them.
        var published = VerbBeforeBy(words, by);
        if (published < by - 1 && words[published].Lower is "published" or "released" or "conducted" && published > 0
            && words[published - 1].Lower is "survey" or "study" or "report" or "analysis" or "poll" or "paper" or "research" or "review"
                or "index" or "ranking" or "data" or "figures" or "statistics")
        {
            return true;
        }

        // "is estimated at $2.1 billion by SWFI": a reckoning verb a few words back in the same clause.
        for (var j = by - 1; j >= Math.Max(0, by - 6) && !words[j].EndsPhrase; j--)
        {
            if (words[j].Lower is "estimated" or "calculated" or "compiled" or "tallied")
            {
                return true;
            }
        }

        // "according to a memo seen by The Information", "documents reviewed by Reuters": a document an outlet has seen.
        if (words[verb].Lower is "seen" or "reviewed" or "viewed" or "obtained" or "read" && verb > 0 && _documents.Contains(words[verb - 1].Lower))
        {
            return true;
        }

        // Since the thirty-fifth session: "As spotted by Axios", "as flagged by Bloomberg".
        return words[verb].Lower is "compiled" or "reported" or "revealed" or "published" or "detailed" or "cited" or "disclosed" or "broken"
            or "confirmed" or "estimated" or "calculated" or "tracked" or "spotted" or "flagged" or "noticed" or "unearthed";
    }

    /// <summary>The word before "by" past a time ("published in June by", "released last week by", "conducted earlier this year by").</summary>
    private static int VerbBeforeBy(List<Word> words, int by)
    {
        var k = by - 1;
        while (k > 0 && by - k <= 4 && !words[k - 1].EndsPhrase && (IsTimeWord(words[k]) || words[k].Lower is "in" or "on" or "last" or "this" or "earlier"
            or "late" or "early" or "week" or "month" or "year" or "quarter" or "the"))
        {
            k--;
        }

        return k;
    }

    private static bool IsTimeWord(Word word) =>
        Lexicon.Months.Contains(word.Lower) || Lexicon.Weekdays.Contains(word.Lower) || (word.Core.Length == 4 && word.Core.All(char.IsDigit));

    private static readonly HashSet<string> _documents = new(StringComparer.Ordinal)
    {
        "memo", "memos", "document", "documents", "letter", "letters", "email", "emails", "filing", "filings", "records", "presentation",
        "deck", "copy", "draft", "materials", "papers", "messages", "minutes", "sheet", "contract", "agreement", "prospectus",
    };

    /// <summary>After "according to" / "citing" / "compiled by" / "told": a report by an outlet, an outlet, or (for "according to") a filing.</summary>
    private static SourceMention? NamedAfter(string text, SentenceWords sentence, int from, bool requireOutlet, bool anyOrganisation = false)
    {
        var words = sentence.Words;
        var i = from;
        if (i < words.Count && words[i].Lower is "a" or "an" or "the" or "its")
        {
            i++;
        }

        // "research firm PitchBook", "New York researcher CB Insights": a provider named after what it is.
        var described = SkipDescriptor(sentence, i);
        described += described > i && described + 1 < words.Count && words[described].Lower == "the" ? 1 : 0;
        if (described > i && sentence.NameAt[described] is { Kind: not NameKind.Person } provider && provider.First == described)
        {
            return new SourceMention(provider.Text, SourceKind.Named, provider.Start, provider.End - provider.Start);
        }

        // Since the forty-sixth session: "according to investment bank Nomura", "according to broker Jefferies": a bank's estimate cited,
        // as its analysts' are (S6).
        var bank = i;
        while (bank < words.Count && bank - i < 3 && !words[bank].EndsPhrase && words[bank].Lower is "investment" or "bank" or "broker"
            or "brokerage" or "banking" or "house" or "japanese" or "swiss" or "german" or "french" or "british" or "us")
        {
            bank++;
        }

        if (bank > i && from >= 2 && words[from - 1].Lower == "to" && words[from - 2].Lower == "according" && words[bank - 1].Lower is "bank" or "broker" or "brokerage"
            && bank < words.Count && sentence.NameAt[bank] is { Kind: NameKind.Organisation } cited && cited.First == bank)
        {
            return new SourceMention(cited.Text, SourceKind.Named, cited.Start, cited.End - cited.Start);
        }

        // "a Semafor report", "the Wall Street Journal"
        if (i < words.Count && sentence.NameAt[i] is { } name && name.First == i)
        {
            return NameCited(words, name, requireOutlet, anyOrganisation);
        }

        // "a report by / in / from X", "data compiled by VC research firm Pitchbook"
        if (i < words.Count && _reportNouns.Contains(words[i].Lower) && !requireOutlet)
        {
            for (var j = i + 1; j < words.Count && j <= i + 7; j++)
            {
                if (sentence.NameAt[j] is { } outlet && outlet.First == j && outlet.Kind != NameKind.Person)
                {
                    return new SourceMention(outlet.Text, SourceKind.Named, outlet.Start, outlet.End - outlet.Start);
                }

                if (words[j].EndsPhrase)
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The <paramref name="name"/> right after a citing phrase as a source: an outlet, a name before a report noun, or an organisation the words come from.</summary>
    private static SourceMention? NameCited(List<Word> words, Name name, bool requireOutlet, bool anyOrganisation)
    {
        // "according to Snap's S-1 filing": the filing is the source (read as a filing), not its owner.
        if (name.Possessive && words.Skip(name.Last + 1).Take(3).Any(w => w.Lower is "filing" or "filings"))
        {
            return null;
        }

        var nounAfter = name.Last + 1 < words.Count && _reportNouns.Contains(words[name.Last + 1].Lower);
        if (name.Kind == NameKind.Outlet || nounAfter || (!requireOutlet && name.Kind == NameKind.Organisation && name.Possessive))
        {
            return new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start);
        }

        // "according to UBS.", "according to S&P, ...": an organisation the clause ends on is what the words come from.
        var endsClause = words[name.Last].EndsPhrase || name.Last + 1 == words.Count;
        return !requireOutlet && name.Kind == NameKind.Organisation && (IsOutletish(name) || anyOrganisation || endsClause || DescribedAsProvider(words, name))
            ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start) : null;
    }

    /// <summary>"according to X and Y" / "citing X and Y": both, when one of them is an outlet (or was read as a source).</summary>
    private static Name[]? Coordinated(SentenceWords sentence, int i, SourceMention? firstFound)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("according" or "citing" or "reference"))
        {
            return null;
        }

        var j = words[i].Lower == "citing" ? i + 1 : i + 2;
        j = j < words.Count && words[j].Lower == "the" ? j + 1 : j;
        if (j >= words.Count || sentence.NameAt[j] is not { } first || first.First != j || first.Last + 2 >= words.Count
            || words[first.Last].EndsPhrase || words[first.Last + 1].Lower != "and")
        {
            return null;
        }

        var k = words[first.Last + 2].Lower == "the" ? first.Last + 3 : first.Last + 2;
        if (k >= words.Count || sentence.NameAt[k] is not { } second || second.First != k || second.Kind == NameKind.Person || first.Kind == NameKind.Person)
        {
            return null;
        }

        return first.Kind == NameKind.Outlet || second.Kind == NameKind.Outlet || firstFound is not null ? [first, second] : null;
    }

    /// <summary>A name cited by its verb or noun ("Reuters reported", "a CNBC report"), or a report by someone ("the latest report from Bloomberg").</summary>
    private static (SourceMention? Source, bool Handled)? NameOrReportAt(SentenceWords sentence, int i, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        if (sentence.NameAt[i] is { } name && name.Last == i && !seenNames.Contains(name.Start) && !words[name.First].InBrackets)
        {
            return IsCitedByName(sentence, name) && seenNames.Add(name.Start)
                ? (new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start), true)
                : (null, true);
        }

        return _reportNouns.Contains(words[i].Lower) && ReportBy(sentence, i) is { } reporter && seenNames.Add(reporter.Start) ? (reporter, true) : null;
    }

    /// <summary>"report from / by / in X" (an outlet; after "by" or "from" any organisation that is not a person).</summary>
    private static SourceMention? ReportBy(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].EndsPhrase || i + 2 >= words.Count || words[i + 1].Lower is not ("from" or "by" or "in" or "with" or "to"))
        {
            return null;
        }

        var at = i + 2 < words.Count && words[i + 2].Lower is "the" ? i + 3 : i + 2;

        // "Data from research firm Preqin": past what the provider is.
        at = words[i + 1].Lower is "from" or "by" && at < words.Count && sentence.NameAt[at] is null ? SkipDescriptor(sentence, at) : at;
        if (at < words.Count && sentence.NameAt[at] is { } name && name.First == at
            && (name.Kind == NameKind.Outlet || (name.Kind == NameKind.Organisation && words[i + 1].Lower is "from" or "by")))
        {
            return new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start);
        }

        return null;
    }
}
