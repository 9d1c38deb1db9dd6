namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The sources a sentence cites.
/// <para><b>Named</b> (an outlet, agency, data provider or filing):</para>
/// <list type="bullet">
/// <item>"according to (a report by) X", "according to a X report", "citing (a report in) X", "data compiled by X";</item>
/// <item>"X reported (that / on / earlier)", "X has reported", "(first) reported by X", "revealed by X";</item>
/// <item>"a X report", "X's report", "told X" and "X said / noted / wrote" when X is an outlet;</item>
/// <item>"a (regulatory) filing showed", "disclosed in a filing", "according to filings".</item>
/// </list>
/// <para><b>Anonymous</b> (people not named): "people familiar with the matter", "a person briefed on the plans",
/// "three sources said", "an unnamed source", "the people said", "according to two of the people", and, when nothing else
/// in the sentence is, "who declined to be named" / "on condition of anonymity".</para>
/// <para>A dateline ("SAN FRANCISCO (Reuters) -") is the outlet itself and matches none of these.</para>
/// </summary>
internal static partial class SourceRules
{
    private static readonly HashSet<string> _reportNouns = new(StringComparer.Ordinal)
    {
        "report", "reports", "reporting", "story", "article", "scoop", "summary", "analysis", "data", "ranking", "rankings", "estimate",
        "estimates", "survey", "figures", "tally", "calculations", "review", "investigation", "interview", "newsletter", "piece", "post",

        // Since the seventh round: "cited a Gallup poll".
        "poll", "polls",
    };

    private static readonly HashSet<string> _descriptors = new(StringComparer.Ordinal)
    {
        "research", "researcher", "researchers", "firm", "company", "provider", "data", "analytics", "consultancy", "consultant",
        "consulting", "tracker", "platform", "agency", "intelligence", "market", "industry", "analyst", "analysts", "newsletter",
        "publication", "outlet", "site", "website", "broadcaster", "newspaper", "daily", "magazine", "blog", "vc", "financial", "tracker",
        "pollster", "newswire", "wire", "news", "service", "database", "deals",
    };

    /// <summary>"compiled by", "reported by", "reported initially by", "first revealed by".</summary>
    private static bool ReportedBy(List<Word> words, int by)
    {
        var verb = words[by - 1].Lower is "initially" or "first" or "originally" or "earlier" or "exclusively" && by > 1 ? by - 2 : by - 1;

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

        return words[verb].Lower is "compiled" or "reported" or "revealed" or "published" or "detailed" or "cited" or "disclosed" or "broken"
            or "confirmed" or "estimated" or "calculated" or "tracked";
    }

    private static readonly HashSet<string> _documents = new(StringComparer.Ordinal)
    {
        "memo", "memos", "document", "documents", "letter", "letters", "email", "emails", "filing", "filings", "records", "presentation",
        "deck", "copy", "draft", "materials", "papers", "messages", "minutes", "sheet", "contract", "agreement", "prospectus",
    };

    /// <summary>What an outlet is, written after its name: "the state-run Wam news agency reported".</summary>
    private static readonly HashSet<string> _outletKinds = new(StringComparer.Ordinal)
    {
        "news", "agency", "newspaper", "daily", "wire", "service", "broadcaster", "television", "magazine", "website", "newswire",
    };

    private static readonly HashSet<string> _peopleNouns = new(StringComparer.Ordinal)
    {
        "people", "person", "source", "sources", "insider", "insiders", "official", "officials", "executives", "executive", "investor",
        "investors", "banker", "bankers", "those", "someone",

        // Since the seventh round: "individuals who spoke to Reuters".
        "individuals",

        // Since the twelfth round: "three persons with knowledge of the case claimed".
        "persons",
    };

    private static readonly HashSet<string> _knowing = new(StringComparer.Ordinal)
    {
        "familiar", "knowledgeable", "briefed", "close", "aware", "involved", "privy", "informed", "with", "who", "directly", "speaking",
    };

    private static readonly HashSet<string> _saying = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "told", "tell", "tells", "added", "confirmed", "suggested", "indicated", "cautioned", "noted", "estimated", "mentioned",

        // Since the seventh round: "Sources revealed the listing could happen".
        "revealed", "disclosed",
    };

    private static readonly HashSet<string> _quantifiers = new(StringComparer.Ordinal)
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "several", "multiple", "some", "various", "numerous", "the", "unnamed",
        "anonymous", "informed", "other", "many", "those", "both", "first", "second", "third", "fourth", "same", "another",
    };

    private static readonly HashSet<string> _reportVerbs = new(StringComparer.Ordinal)
    {
        "reported", "reports", "revealed", "disclosed", "wrote", "writes", "noted", "said", "says", "detailed", "published", "cited",
        "broke", "highlighted", "added", "described", "echoed", "framed", "quoted", "learned", "learnt",

        // Since the seventh round: "Bloomberg confirmed late Friday that" (outlets only: an organisation needs "reported").
        "confirmed",
    };

    public static void Find(string text, SentenceWords sentence, List<SourceMention> sources)
    {
        var words = sentence.Words;
        var found = new List<SourceMention>();
        var anonymous = false;
        var seenNames = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            // "..., reports Reuters.", "according to ...", "citing ...", "reported by ...", "told ..."
            if (CitationAt(text, sentence, i) is { } cited)
            {
                if (cited.Source is { } source && seenNames.Add(source.Start))
                {
                    found.Add(source);
                }

                // "According to The Decoder and The Wall Street Journal": two cited together, either named as an outlet.
                found.AddRange((Coordinated(sentence, i, cited.Source) ?? []).Where(n => seenNames.Add(n.Start))
                    .Select(n => new SourceMention(n.Text, SourceKind.Named, n.Start, n.End - n.Start)));

                i = cited.Resume;
                continue;
            }

            // "X reported", "X said" (outlets), "a X report", "X's report"; "the latest report from Bloomberg"
            if (NameOrReportAt(sentence, i, seenNames) is { } byName)
            {
                if (byName.Source is { } source)
                {
                    found.Add(source);
                }

                continue;
            }

            // "a regulatory filing showed", "disclosed in a filing", "according to filings"
            if (words[i].Lower is "filing" or "filings")
            {
                found.AddRange(FilingAt(text, words, i) is { } filing ? [filing] : []);
                continue;
            }

            // Since the seventh round: "other outlets such as TechCrunch and The Information".
            if (words[i].Lower is "outlets" or "publications" or "newspapers" or "media" && OutletsListed(text, sentence, i) is { Count: > 0 } listed)
            {
                found.AddRange(listed.Where(n => seenNames.Add(n.Start)));
                continue;
            }

            // "people familiar with the matter", "three sources said", "the people said", "an unnamed source"
            if (_peopleNouns.Contains(words[i].Lower) && AnonymousAt(text, sentence, i) is { } person)
            {
                found.Add(person);
                anonymous = true;

                // Since the seventh round: "sources told CNBC-TV18", "people who spoke to The Information": the outlet they spoke to.
                if (SpokenTo(text, sentence, i, person) is { } outlet && seenNames.Add(outlet.Start))
                {
                    found.Add(outlet);
                }

                i = sentence.WordAtOrAfter(person.Start + person.Length) - 1;
            }
        }

        // The rounds' rules (one partial file each), oldest first.
        anonymous |= RoundSources(text, sentence, found, seenNames, anonymous);
        if (!anonymous && AnonymityClause(text, sentence) is { } clause)
        {
            found.Add(clause);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        sources.AddRange(found);
    }

    /// <summary>
    /// Adds the rounds' sources to <paramref name="found"/>, in the order they were written to run: the eighth round's, the ninth's (a
    /// report by a described organisation, data cited from one), the tenth's ("Sky understands", "learned from sources", "quoted by",
    /// filings, investors said), the eleventh's (estimates, outlets a speaker told or was contacted by, documents seen by), the twelfth's
    /// (outlets and providers noting, sharing or forecasting) and the thirteenth's (state media named with what they are). True when
    /// one of them found anonymous people.
    /// </summary>
    private static bool RoundSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames, bool anonymous)
    {
        anonymous |= EighthRoundSources(text, sentence, found, seenNames, anonymous);
        NinthRoundSources(sentence, found, seenNames);
        anonymous |= TenthRoundSources(text, sentence, found, seenNames, anonymous);
        EleventhRoundSources(sentence, found, seenNames);
        TwelfthRoundSources(sentence, found, seenNames);
        ThirteenthRoundSources(sentence, found, seenNames);
        return anonymous;
    }

    /// <summary>
    /// A citation starting at word <paramref name="i"/>: an outlet after its verb ("reports Reuters."), or a name after "according
    /// to", "citing", "per", "reported by", "told", "confirmed to". Null when word <paramref name="i"/> starts none; otherwise the
    /// source found (if any) and the word to go on from.
    /// </summary>
    private static (SourceMention? Source, int Resume)? CitationAt(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        // "..., reports the Information.": past an article.
        var at = i + 2 < words.Count && words[i + 1].Lower == "the" ? i + 2 : i + 1;
        if (lower is "reports" or "reported" or "said" or "says" or "writes" or "wrote" && at < words.Count && !words[i].EndsPhrase
            && sentence.NameAt[at] is { Kind: NameKind.Outlet } inverted && inverted.First == at
            && (words[inverted.Last].EndsPhrase || inverted.Last + 1 == words.Count || words[inverted.Last + 1].Lower == "citing"))
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

        // "writes UNN with reference to the Financial Times": citing by another phrase.
        var withReference = lower == "reference" && i > 0 && words[i - 1].Lower is "with" or "in" && i + 1 < words.Count && words[i + 1].Lower == "to";
        if (!((lower == "according" && i + 1 < words.Count && words[i + 1].Lower == "to") || withReference || lower is "citing" or "cited" or "per"
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

        // "according to KrAsia, which cited information from deals database Tianyancha": a source another source cites.
        if (lower is "cited" or "citing" && from + 2 < words.Count && words[from].Lower is "information" or "data" or "figures" or "numbers" or "research"
            && words[from + 1].Lower is "from" or "by")
        {
            return (NamedAfter(text, sentence, from + 2, requireOutlet: false, anyOrganisation: true), i);
        }

        var byReporter = lower == "by" && (words[i - 1].Lower is "reported" or "revealed" or "published" or "broken" or "estimated" or "compiled"
                or "calculated" or "tracked"
            || (i > 1 && words[i - 2].Lower is "reported" or "revealed" or "published" or "broken"));
        return (NamedAfter(text, sentence, from, requireOutlet, byReporter), i);
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

    /// <summary>"a regulatory filing", "disclosed in a filing"; not "filing for bankruptcy" or "the filing deadline".</summary>
    private static SourceMention? FilingAt(string text, List<Word> words, int i)
    {
        if (i + 1 < words.Count && words[i + 1].Lower is "for" or "date" or "deadline")
        {
            return null;
        }

        var phraseStart = i;
        while (phraseStart > 0 && i - phraseStart < 4 && !words[phraseStart - 1].EndsPhrase
               && words[phraseStart - 1].Lower is "a" or "an" or "the" or "its" or "their" or "regulatory" or "securities" or "sec"
                   or "stock" or "exchange" or "annual" or "quarterly" or "court" or "company" or "corporate" or "recent" or "new" or "latest"
                   or "amended" or "financial" or "ipo" or "s-1" or "f-1" or "public" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday"
                   or "saturday" or "sunday" or "form" or "d" or "10-k" or "10-q" or "8-k" or "6-k" or "20-f" or "13f" or "13d")
        {
            phraseStart--;
        }

        // "filings at Companies House show": filings kept somewhere, showing.
        var shown = phraseStart == i && !words[i].EndsPhrase && i + 1 < words.Count && words[i + 1].Lower is "at" or "with" or "from" or "show"
            or "shows" or "showed";
        var cited = phraseStart < i || shown || (i > 0 && words[i - 1].Lower is "in" or "to");
        return cited ? Span(text, SourceKind.Named, words[FilingNameStart(words, phraseStart, i)].Start, words[i].End) : null;
    }

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

        // "a Semafor report", "the Wall Street Journal"
        if (i < words.Count && sentence.NameAt[i] is { } name && name.First == i)
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

    /// <summary>
    /// Words that say what kind of provider a source is: "research firm PitchBook", "Indian research firm Tracxn",
    /// "New York researcher CB Insights", "data provider Dealogic". A name after them is a named source.
    /// </summary>
    private static int SkipDescriptor(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var j = i;
        while (j < words.Count && j - i < 5 && !words[j].EndsPhrase && sentence.NameAt[j] is null)
        {
            if (j + 1 < words.Count && Lexicon.NotOrganisations.Contains(words[j].Core + " " + words[j + 1].Core))
            {
                j += 2;
            }
            else if (_descriptors.Contains(words[j].Lower) || Lexicon.Places.Contains(words[j].Core))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        if (j > i && j < words.Count && words[j - 1].Lower is not ("the" or "a") && words.Skip(i).Take(j - i).Any(w => _descriptors.Contains(w.Lower)))
        {
            return j;
        }

        // "mergers and acquisitions advisory firm Recof", "investment research firm Bernstein": lower-case words ending in what it is.
        var k = i;
        while (k < words.Count && k - i < 6 && !words[k].EndsPhrase && sentence.NameAt[k] is null && words[k].Core.Length > 0 && char.IsLower(words[k].Core[0]))
        {
            k++;
        }

        return k > i && k < words.Count && sentence.NameAt[k] is not null && _descriptors.Contains(words[k - 1].Lower) ? k : i;
    }

    private static bool IsOutletish(Name name) => Lexicon.OutletName(name.Text) is not null;

    /// <summary>"according to Briter Bridges, a data research company": an appositive saying the name is a provider or an outlet.</summary>
    private static bool DescribedAsProvider(List<Word> words, Name name)
    {
        var i = name.Last + 1;
        if (words[name.Last].After != ',' || i + 1 >= words.Count || words[i].Lower is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var j = i + 1; j < words.Count && j <= i + 4; j++)
        {
            if (words[j].Lower is "research" or "data" or "analytics" or "consultancy" or "tracker" or "provider" or "newspaper" or "magazine" or "information"
                or "publication" or "broadcaster" or "website" or "outlet" or "pollster" or "agency" or "database")
            {
                return true;
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"TechCrunch's Jon Russell reports that", "Local corporate tracker CEOScore said".</summary>
    private static bool IsCitedThroughOthers(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;

        // "TechCrunch's Jon Russell reports that": the outlet's journalist reporting.
        if (name.Kind == NameKind.Outlet && name.Possessive && name.Last + 1 < words.Count && sentence.NameAt[name.Last + 1] is { } writer
            && writer.Last + 1 < words.Count && _reportVerbs.Contains(words[writer.Last + 1].Lower))
        {
            return true;
        }

        // "Semafor's Liz Hoffman and Reed Albergotti reported": two of the outlet's journalists reporting.
        if (name.Kind == NameKind.Outlet && name.Possessive && WritersReport(sentence, name.Last + 1))
        {
            return true;
        }

        // "Local corporate tracker CEOScore said": a provider named after what it is, saying what it found.
        return name.First > 0 && words[name.First - 1].Lower is "tracker" or "researcher" or "pollster" or "provider" or "consultancy"
            && name.Last + 1 < words.Count && words[name.Last + 1].Lower is "said" or "says" or "estimated" or "estimates" or "found" or "showed";
    }


    /// <summary>
    /// The organisation unnamed people spoke to, inside their words or within four words after them: "sources told CNBC-TV18", "a source
    /// close to Google has since told ITPro", "two people who spoke to The Information". Any organisation but a person: people tell outlets.
    /// </summary>
    private static SourceMention? SpokenTo(string text, SentenceWords sentence, int i, SourceMention person)
    {
        var words = sentence.Words;
        var last = Math.Min(words.Count - 2, sentence.WordAtOrAfter(person.Start + person.Length) + 3);
        for (var j = i + 1; j <= last; j++)
        {
            var told = words[j].Lower is "told" or "tells" && !words[j].EndsPhrase;
            var spokeTo = words[j].Lower == "to" && words[j - 1].Lower is "spoke" or "speaking" or "talking" or "talked" or "spoken";
            if (told || spokeTo)
            {
                var at = words[j + 1].Lower == "the" && j + 2 < words.Count ? j + 2 : j + 1;
                return sentence.NameAt[at] is { Kind: not NameKind.Person } name && name.First == at
                    ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start) : null;
            }

            if (words[j].EndsPhrase && words[j].After != ',' && j >= sentence.WordAtOrAfter(person.Start + person.Length))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"outlets such as TechCrunch and The Information", "publications like X, Y and Z": each listed name, outlets or not.</summary>
    private static List<SourceMention>? OutletsListed(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var k = i + 1 < words.Count && words[i + 1].Lower is "like" or "including" ? i + 2
            : i + 2 < words.Count && words[i + 1].Lower == "such" && words[i + 2].Lower == "as" ? i + 3 : -1;
        var listed = new List<SourceMention>();
        while (k > 0 && k < words.Count)
        {
            k = words[k].Lower == "the" && k + 1 < words.Count ? k + 1 : k;
            if (sentence.NameAt[k] is not { Kind: not NameKind.Person } name || name.First != k)
            {
                break;
            }

            listed.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            var after = name.Last + 1;
            k = after < words.Count && words[after].Lower is "and" or "or" ? after + 1
                : words[name.Last].After == ',' && after < words.Count ? (words[after].Lower is "and" or "or" ? after + 1 : after) : -1;
        }

        return listed;
    }

    /// <summary>"reported in July that its unit generated $X in operating income": "its" / "their", then a results word, in the same sentence.</summary>
    private static bool ReportsOwnResults(List<Word> words, int from)
    {
        var own = false;
        for (var j = from; j < words.Count && j < from + 25; j++)
        {
            own |= words[j].Lower is "its" or "their";
            if (own && words[j].Lower is "revenue" or "revenues" or "income" or "profit" or "profits" or "earnings" or "sales" or "loss" or "losses")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Liz Hoffman and Reed Albergotti reported": two persons joined by "and", then a report verb.</summary>
    private static bool WritersReport(SentenceWords sentence, int at)
    {
        var words = sentence.Words;
        if (at >= words.Count || sentence.NameAt[at] is not { Kind: not NameKind.Outlet } first || first.First != at || first.Last + 2 >= words.Count
            || words[first.Last].EndsPhrase || words[first.Last + 1].Lower != "and")
        {
            return false;
        }

        return sentence.NameAt[first.Last + 2] is { Kind: not NameKind.Outlet } second && second.First == first.Last + 2 && second.Last + 1 < words.Count
            && _reportVerbs.Contains(words[second.Last + 1].Lower);
    }

    /// <summary>"Bloomberg's Katie Roof and Dina Bass reported": the second journalist is no source of its own.</summary>
    private static bool IsOutletsSecondWriter(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        return name.First >= 2 && words[name.First - 1].Lower == "and" && sentence.NameAt[name.First - 2] is { } first && first.First > 0
            && sentence.NameAt[first.First - 1] is { Kind: NameKind.Outlet, Possessive: true } outlet && WritersReport(sentence, outlet.Last + 1);
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

    /// <summary>A provider named after what it is, ending its clause or followed by a day: "market intelligence platform Tracxn on Friday".</summary>
    private static Name? InvertedProvider(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        var at = SkipDescriptor(sentence, from);
        if (at == from || sentence.NameAt[at] is not { Kind: not NameKind.Person } provider || provider.First != at)
        {
            return null;
        }

        return words[provider.Last].EndsPhrase || provider.Last + 1 == words.Count || words[provider.Last + 1].Lower is "on" or "citing" ? provider : null;
    }

    /// <summary>The verb right after an appositive that starts at <paramref name="from"/> and closes with a comma: "…, a data firm, estimates".</summary>
    private static bool VerbAfterAppositive(List<Word> words, int from)
    {
        for (var j = from; j < words.Count && j <= from + 6; j++)
        {
            if (words[j].After == ',')
            {
                return j + 1 < words.Count && words[j + 1].Lower is "expects" or "expected" or "estimates" or "estimated" or "said" or "says"
                    or "forecasts" or "forecast" or "reported" or "reports" or "found" or "showed" or "shows";
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the Nikkei business daily", "the MalayMail news site": what an outlet is, written after its name.</summary>
    private static int OutletKindAfter(List<Word> words, Name name)
    {
        var next = name.Last + 1;
        var j = next;
        while (j < words.Count && j - next < 3 && words[j].Lower is "business" or "financial" or "economic" or "online" or "news" or "local")
        {
            j++;
        }

        if (j < words.Count && (words[j].Lower is "daily" or "newspaper" or "site" or "website" or "magazine" or "broadcaster" or "newswire" or "tabloid" or "weekly"
            || (j > next && words[j - 1].Lower == "news" && words[j].Lower is "agency" or "service" or "wire")))
        {
            return j + 1;
        }

        return next;
    }

    /// <summary>"Reuters reported", "Bloomberg News has reported", "CNBC said", "a CNBC report", "Reuters’ reporting".</summary>
    private static bool IsCitedByName(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        if (IsOutletsSecondWriter(sentence, name))
        {
            return false;
        }

        if (name.Kind == NameKind.Person || IsCitedThroughOthers(sentence, name))
        {
            return name.Kind != NameKind.Person;
        }

        // "FnGuide, a financial information firm, expects": a provider described in an appositive, then its verb; "Handelsblatt, the
        // German business daily, reported": an outlet so described.
        if (name.Kind != NameKind.Person && (DescribedAsProvider(words, name) || (name.Kind == NameKind.Outlet && words[name.Last].After == ','))
            && VerbAfterAppositive(words, name.Last + 1))
        {
            return true;
        }

        var next = name.Last + 1;
        var kindEnd = name.Kind == NameKind.Person || words[name.Last].EndsPhrase ? next : OutletKindAfter(words, name);
        if (kindEnd > next && kindEnd < words.Count && words[kindEnd].Lower is "reported" or "reports" or "said" or "says" or "quoted" or "wrote")
        {
            return true;
        }

        if (!IsNoReport(words, name, next) && next < words.Count && _reportNouns.Contains(words[next].Lower) && (name.Kind == NameKind.Outlet || name.First > 0 && words[name.First - 1].Lower is "a" or "an" || name.Possessive))
        {
            return !words[name.Last].EndsPhrase || name.Possessive;
        }

        if (words[name.Last].EndsPhrase && !(name.Kind == NameKind.Outlet && words[name.Last].After == ','))
        {
            return false;
        }

        next = SkipToReportVerb(words, name, next);

        if (FirstToReport(words, name, next) || AnalystsOf(words, name, next))
        {
            return true;
        }

        if (next >= words.Count || !_reportVerbs.Contains(words[next].Lower))
        {
            // "CNBC, citing a person familiar"
            return name.Kind == NameKind.Outlet && words[name.Last].After == ',' && next < words.Count && words[next].Lower == "citing";
        }

        if (name.Kind == NameKind.Outlet)
        {
            return true;
        }

        // "..., Coindesk reports.": a report verb ending the clause (people write, so "writes" is not enough).
        if (words[next].Lower is "reports")
        {
            return words[next].EndsPhrase || next + 1 >= words.Count;
        }

        if (words[next].Lower is not ("reported" or "revealed"))
        {
            return false;
        }

        // Any name "reported that / on / earlier / ," — not "Alphabet reported revenue of", nor (since the seventh round) "Alphabet reported in
        // July that its cloud division generated $X in operating income": a company reporting its own results.
        var after = next + 1;
        if (ReportsOwnResults(words, after))
        {
            return false;
        }

        return words[next].EndsPhrase || after >= words.Count
            || words[after].Lower is "that" or "on" or "in" or "last" or "earlier" or "this" or "late" or "first" or "citing" or "monday"
                or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "yesterday" or "today";
    }

    /// <summary>"PitchBook analysts estimate", "Bloomberg Intelligence analysts said": an outlet's or provider's analysts, saying.</summary>
    private static bool AnalystsOf(List<Word> words, Name name, int next) =>
        name.Kind == NameKind.Outlet && next + 1 < words.Count && words[next].Lower is "analysts" or "researchers" or "economists"
        && words[next + 1].Lower is "estimate" or "estimated" or "estimates" or "said" or "say" or "says" or "expect" or "expects" or "wrote" or "calculate"
            or "calculated";

    /// <summary>"Bloomberg was (the) first to report the talks".</summary>
    private static bool FirstToReport(List<Word> words, Name name, int next) =>
        name.Kind == NameKind.Outlet && words.Skip(next).Take(5).Select(w => w.Lower).ToList() is var rest
        && rest.FirstOrDefault() is "was" or "were" && string.Join(' ', rest.Skip(1)) is var verb
        && (verb.StartsWith("first to report", StringComparison.Ordinal) || verb.StartsWith("the first to report", StringComparison.Ordinal));

    /// <summary>
    /// Past adverbs, auxiliaries and a bracketed short name to where a report verb would stand: "Bloomberg News has reported", "The
    /// Financial Times earlier reported", "Financial Times (FT) first revealed", "The Information, which first reported".
    /// </summary>
    private static int SkipToReportVerb(List<Word> words, Name name, int next)
    {
        var outlet = name.Kind == NameKind.Outlet;
        while (next < words.Count && (words[next].InBrackets || (outlet && _outletKinds.Contains(words[next].Lower))
                   || (outlet && words[next].Core.Length is > 0 and <= 3 && words[next].Core.All(char.IsDigit))
                   || (outlet && words[next].Lower is "which" or "that")
                   || words[next].Lower is "has" or "had" or "have" or "earlier" or "previously"
                   or "first" or "also" or "originally" or "initially" or "later" or "separately" or "exclusively" or "recently" or "last"))
        {
            next++;
        }

        return next;
    }

    /// <summary>"Blackstone's data center portfolio", "following the SEC's review" (a regulator's process): a report noun that is no report.</summary>
    private static bool IsNoReport(List<Word> words, Name name, int next) =>
        (next + 1 < words.Count && words[next].Lower == "data" && words[next + 1].Lower is "center" or "centers" or "centre" or "centres")
        || (next < words.Count && words[next].Lower is "review" or "investigation" && name.Kind != NameKind.Outlet);

    /// <summary>"people familiar with the matter", "a person briefed on the plans", "three sources said", "the people said".</summary>
    private static SourceMention? AnonymousAt(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        var next = i + 1 < words.Count && !words[i].EndsPhrase ? words[i + 1].Lower : "";
        var previous = i > 0 && !words[i - 1].EndsPhrase ? words[i - 1].Lower : "";
        var isSource = lower is "source" or "sources" or "insider" or "insiders";
        if (next is "of" or "for" || previous is "open" or "data" or "revenue" or "funding" or "capital" or "income" or "power" or "energy")
        {
            return null;
        }

        // "the daily said, without citing sources": sources said not to be there.
        if (previous is "citing" or "naming" or "quoting" && i >= 2 && words[i - 2].Lower is "without" or "not")
        {
            return null;
        }

        var knowing = Knows(words, i, next);
        if (lower is "those" or "someone" && !(knowing && next is "familiar" or "briefed" or "knowledgeable" or "privy" or "close" or "with" or "in" or "who"))
        {
            return null;
        }

        var saying = Says(words, i, next, previous, isSource);
        // "the people said", "one of the people"; "citing three people".
        var quoted = ((lower is "people" or "person" || isSource) && previous == "the" && i >= 2 && words[i - 2].Lower is "of" or "said" or "to" or "citing")
            || (lower is "people" or "person" && _quantifiers.Contains(previous) && i >= 2 && words[i - 2].Lower == "citing");
        var citedSource = isSource && (_quantifiers.Contains(previous) || previous is "citing" or "said" or "to" or "quoting"
            || (i >= 2 && _sourceAdjectives.Contains(previous) && (words[i - 2].Lower is "citing" or "to" or "said" or "of" || _quantifiers.Contains(words[i - 2].Lower))));

        if (UnnamedOfficial(text, sentence, i) is { } official)
        {
            return official;
        }

        if (!knowing && !saying && !quoted && !citedSource)
        {
            return null;
        }

        if (lower is "investor" or "investors" or "executive" or "executives" or "official" or "officials" or "banker" or "bankers" && !knowing)
        {
            return null;
        }

        // Since the seventh round: "investors close to the billionaire are in talks" are people in the story, not a source, unless they speak
        // or are cited.
        if (lower is "investor" or "investors" or "executive" or "executives" or "banker" or "bankers" && next == "close" && !SaysWithin(words, i, 10)
            && !words.Skip(Math.Max(0, i - 4)).Take(Math.Min(i, 4)).Any(w => w.Lower is "according" or "citing" or "quoting"))
        {
            return null;
        }

        return AnonymousSpan(text, words, i, knowing);
    }

    /// <summary>"people familiar with / with knowledge of / briefed on / close to / in the know", "a person who has seen the terms".</summary>
    private static bool Knows(List<Word> words, int i, string next)
    {
        var knowing = _knowing.Contains(next)
            && (next != "with" || (i + 2 < words.Count && words[i + 2].Lower is "knowledge" or "direct"))
            && (next != "who" || (i + 2 < words.Count && words[i + 2].Lower is "spoke" or "asked" or "declined" or "requested" or "were" or "was" or "are" or "is"))
            && (next != "close" || (i + 2 < words.Count && words[i + 2].Lower == "to"));

        // "people in the know"; "those familiar with the plans" (but not "those who are investing").
        knowing |= next == "in" && Window(words, i + 2, 2) == "the know";

        // "a person who has seen the terms", "people who have reviewed the documents".
        knowing |= next == "who" && Window(words, i + 2, 2) is "has seen" or "have seen" or "had seen" or "has reviewed" or "have reviewed"
            or "had reviewed" or "has read" or "have read";
        return knowing;
    }

    /// <summary>"three sources said", "sources at the company said", "sources quoted by Reuters", "sources believe", "citing unnamed people".</summary>
    private static bool Says(List<Word> words, int i, string next, string previous, bool isSource)
    {
        var saying = (_saying.Contains(next) || SaysSoon(words, i)) && (isSource || _quantifiers.Contains(previous) || previous == "people");

        // "sources at the company said", "sources inside the bank told Reuters".
        saying |= isSource && next is "at" or "inside" or "within" && SaysWithin(words, i, 6);
        saying |= isSource && next is "quoted" or "cited" && i + 2 < words.Count && words[i + 2].Lower == "by";

        // "sources believe", "insiders expect": sources (not investors or people at large) saying what they think.
        saying |= isSource && next is "believe" or "believed" or "believes" or "think" or "thought" or "expect" or "expected" or "suggest";
        // "citing unnamed people", "according to anonymous officials".
        saying |= previous is "unnamed" or "anonymous" or "unidentified" && i >= 2 && words[i - 2].Lower is "citing" or "to";
        return saying;
    }

    /// <summary>
    /// "an official at Hyundai Motor told Yonhap", "a senior administration official said": an unnamed official, speaking; "an unnamed Naver
    /// official told Maeil Economic Daily": an official of a named company said to be unnamed (not "a Naver official told", which speaks
    /// for the company).
    /// </summary>
    private static SourceMention? UnnamedOfficial(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;

        // "a senior administration official said": describing words between the quantifier and the noun.
        var quantifier = i - 1;
        while (quantifier > 0 && i - quantifier <= 2 && !words[quantifier].EndsPhrase && !words[quantifier].IsCapitalised
               && (_sourceAdjectives.Contains(words[quantifier].Lower) || words[quantifier].Lower is "administration" or "ministry" or "top" or "former"))
        {
            quantifier--;
        }

        var unnamedOfficial = lower is "official" or "officials" or "executive" or "executives" or "insider" or "banker" or "bankers"
            && quantifier >= 0 && words[quantifier].Lower is "a" or "an" or "one" or "two" or "three" or "several" or "some" or "unnamed"
                or "unidentified" or "anonymous"
            && SaysWithin(words, i, 6);
        if (unnamedOfficial)
        {
            return Span(text, SourceKind.Anonymous, words[quantifier].Start, words[i].End);
        }

        // An official of a named company said to be unnamed.
        if (lower is "official" or "officials" or "executive" or "executives" or "insider" or "banker" && i > 1 && sentence.NameAt[i - 1] is { Kind: not NameKind.Person } company
            && company.Last == i - 1 && company.First > 0 && words[company.First - 1].Lower is "unnamed" or "anonymous" or "unidentified"
            && !words[company.First - 1].EndsPhrase && SaysWithin(words, i, 6))
        {
            var start = company.First - 1;
            while (start > 0 && company.First - start < 3 && words[start - 1].Lower is "a" or "an" or "one" or "senior")
            {
                start--;
            }

            return Span(text, SourceKind.Anonymous, words[start].Start, words[i].End);
        }

        return null;
    }

    /// <summary>The words of unnamed people: from a quantifier ("two of the") through what they know ("familiar with the matter").</summary>
    private static SourceMention AnonymousSpan(string text, List<Word> words, int i, bool knowing)
    {
        // Start: a quantifier or "two of the".
        var start = i;
        while (start > 0 && i - start < 3 && !words[start - 1].EndsPhrase && (_quantifiers.Contains(words[start - 1].Lower) || words[start - 1].Lower is "of"))
        {
            start--;
        }

        // End: through "familiar with the matter", "briefed on the plans".
        var end = i;
        if (knowing)
        {
            end = i + 1;
            while (end + 1 < words.Count && end - i < 7 && !words[end].EndsPhrase && !_saying.Contains(words[end + 1].Lower)
                   && words[end + 1].Lower is not ("who" or "and" or "but" or "that" or "as" or "because" or "while" or "cited" or "citing"
                       or "according" or "reported" or "quoted" or "have" or "has" or "had" or "were" or "was" or "are" or "is"))
            {
                end++;
            }
        }

        return Span(text, SourceKind.Anonymous, words[start].Start, words[end].End);
    }

    private static readonly HashSet<string> _sourceAdjectives = new(StringComparer.Ordinal)
    {
        "industry", "banking", "government", "diplomatic", "official", "market", "company", "informed", "unnamed", "anonymous", "local", "senior",
        "unidentified", "financial", "security", "political", "military", "trade", "knowledgeable", "reliable", "credible", "well-placed",
    };

    /// <summary>A saying verb ("told", "said") within <paramref name="count"/> words after word <paramref name="i"/>, before the sentence ends.</summary>
    private static bool SaysWithin(List<Word> words, int i, int count)
    {
        for (var j = i + 1; j < words.Count && j <= i + count; j++)
        {
            if (words[j].Lower is "told" or "said" or "says" or "tells")
            {
                return true;
            }

            if (words[j].EndsPhrase && words[j].After != ',')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the two people cited above said": a saying verb within three words, in the same clause.</summary>
    private static bool SaysSoon(List<Word> words, int i)
    {
        for (var j = i + 1; j < words.Count && j <= i + 3; j++)
        {
            if (_saying.Contains(words[j].Lower))
            {
                return true;
            }

            if (words[j].EndsPhrase || _clauseBreakers.Contains(words[j].Lower))
            {
                return false;
            }
        }

        return false;
    }

    private static string Window(List<Word> words, int from, int count) =>
        string.Join(' ', words.Skip(from).Take(count).Select(w => w.Lower));

    private static readonly HashSet<string> _clauseBreakers = new(StringComparer.Ordinal) { "and", "but", "that", "which", "who", "to", "of" };

    /// <summary>"who declined to be named", "asked not to be identified", "on condition of anonymity".</summary>
    private static SourceMention? AnonymityClause(string text, SentenceWords sentence)
    {
        var words = sentence.Words;
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var a = words[i].Lower;
            var b = words[i + 1].Lower;
            var c = words[i + 2].Lower;
            if (a == "condition" && b == "of" && c == "anonymity")
            {
                return Span(text, SourceKind.Anonymous, words[Math.Max(0, i - 1)].Start, words[i + 2].End);
            }

            if (a is "anonymity" && i > 0 && words[i - 1].Lower is "requested" or "requesting" or "granted")
            {
                return Span(text, SourceKind.Anonymous, words[i - 1].Start, words[i].End);
            }

            if (a is "declined" or "asked" or "asking" or "requested" or "declining" && i + 3 < words.Count
                && (b == "to" && c == "be" || b == "not" && c == "to" && words[i + 3].Lower == "be"))
            {
                var last = b == "to" ? i + 3 : i + 4;
                if (last < words.Count && words[last].Lower is "named" or "identified")
                {
                    return Span(text, SourceKind.Anonymous, words[i].Start, words[last].End);
                }
            }
        }

        return null;
    }

    private static SourceMention Span(string text, SourceKind kind, int start, int end) => new(text[start..end], kind, start, end - start);
}
