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
/// <para>This file holds <see cref="Find"/>, the rounds' chain (<see cref="RoundSources"/>, which decides their order) and shared
/// helpers; the rules themselves are grouped by concept in the other SourceRules.*.cs files (citations, outlets, state media, data
/// providers, filings, anonymous people, unnamed speakers known by role).</para>
/// </summary>
internal static partial class SourceRules
{
    private static readonly HashSet<string> _reportNouns = new(StringComparer.Ordinal)
    {
        "report", "reports", "reporting", "story", "article", "scoop", "summary", "analysis", "data", "ranking", "rankings", "estimate",
        "estimates", "survey", "figures", "tally", "calculations", "review", "investigation", "interview", "newsletter", "piece", "post",

        // Since the seventh round: "cited a Gallup poll".
        "poll", "polls",

        // Since the thirtieth session: a provider's list of companies ("the PitchBook list does not yet include", "on CB Insights’ global
        // unicorn list" reads its own name before "list" below).
        "list", "leaderboard",
    };

    public static void Find(string text, SentenceWords sentence, List<SourceMention> sources)
    {
        // Since the foreign-sentences sweep: a foreign sentence is read by the foreign rules alone (SourceRules.Foreign.cs).
        if (ForeignCues.IsForeign(sentence))
        {
            FindForeign(sentence, sources);
            return;
        }

        var words = sentence.Words;
        var found = new List<SourceMention>();
        var anonymous = false;
        var seenNames = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            // "..., reports Reuters.", "according to ...", "citing ...", "reported by ...", "told ..."
            if (CitationAt(text, sentence, i) is { } cited)
            {
                AddCited(sentence, i, cited.Source, found, seenNames);
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

            // "a regulatory filing showed", "according to its prospectus", "other outlets such as TechCrunch"
            if (DocumentOrOutletsAt(text, sentence, i, found, seenNames))
            {
                continue;
            }

            // "people familiar with the matter", "three sources said", "the people said", "an unnamed source"
            if (_peopleNouns.Contains(words[i].Lower) && AnonymousAt(text, sentence, i) is { } person)
            {
                AddAnonymousPerson(text, sentence, i, person, found, seenNames);
                anonymous = true;
                i = sentence.WordAtOrAfter(person.Start + person.Length) - 1;
            }
        }

        // The rounds' rules (the RoundSources chain), oldest first.
        anonymous |= RoundSources(text, sentence, found, seenNames, anonymous);
        AddUnnamedWhenNoneAnonymous(text, sentence, found, seenNames, anonymous);

        // Since the people-and-documents sweep: "a cash injection from an investor, said X, …" reads no unnamed investor.
        DropPartyObjectsBeforeSaid(sentence, found);

        // Since the src-written realignment: "according to the report", "the newspaper said", "its website says".
        BackReferenceSources(text, sentence, found);

        // Since the cited-products sweep: data products and trackers, unlisted outlets' frames, disclosures, long names (SourceRules.CitedProducts.cs).
        CitedProductSources(text, sentence, found);

        // Since the general-frames sweep: studies by their authors, outlets as any verb's subject, unnamed speakers in more shapes (SourceRules.GeneralFrames.cs).
        GeneralFrameSources(text, sentence, found);

        // Since the fit-sources sweep: outlets and providers in more frames, outlets asking for comment dropped (SourceRules.FitFrames.cs).
        FitFrameSources(text, sentence, found);

        // Since the labelling conventions (S1-S3): a party's own words dropped; exchange notices, forms, court documents, data firms
        // cited back and outlets that have learned added (SourceRules.Conventions.cs).
        ConventionSources(text, sentence, found);

        // Since the eighteenth session: makers, sellers of capacity and companies telling their own raise dropped; short newspaper names,
        // disclosures and sources after a passive verb added (SourceRules.ClearFrames.cs).
        ClearFrameSources(text, sentence, found);

        // Since the twenty-second session: a listed outlet spoken to, carrying the news or as a reporting verb's subject (SourceRules.OutletFrames.cs).
        OutletFrameSources(sentence, found);
        ToldThroughReporter(sentence, found);

        // Since the twenty-sixth session (conventions S4, S6): unnamed reporting as written, people known by role alone, a firm's analysts.
        UnnamedReportingSources(text, sentence, found);

        // Since the thirtieth session: a named source's partner joined by "and" ("Pitchbook and NVCA also found", "conducted by Dealroom and
        // Dealflow.eu").
        AddPartnersJoinedByAnd(sentence, found);

        // Since the thirty-first session: reporting the news moved on, surveys, analysts' estimates and outlets passing documents on added;
        // people, speakers' employers, outlets asked for comment, bracketed short forms and quoted unknown names dropped
        // (SourceRules.ReportIdioms.cs).
        ReportIdiomSources(text, sentence, found);

        // Since the thirty-second session: reports with no publisher telling something, an exchange cited, unnamed people described
        // before their role, outlets beside "other media", told in camel case or after a place word (SourceRules.ReportSubjects.cs).
        ReportSubjectSources(text, sentence, found);

        // Since the thirty-third session: filings named with their recipient, statements to an exchange, bracketed credits, unlisted
        // outlets spoken to or reporting, the outlet's own tracker and unlisted providers by their data (SourceRules.DocumentsAndCredits.cs).
        DocumentAndCreditSources(text, sentence, found);

        // Since the thirty-fifth session: "according to X" inside brackets, and a person cited with the organisation they work at
        // (SourceRules.BracketedAndAffiliated.cs).
        BracketedAndAffiliatedSources(text, sentence, found);

        // Since the forty-seventh session: brokers moving their price targets added; companies telling their own plans or results and
        // months' short forms dropped (SourceRules.BrokersAndOwnStatements.cs).
        BrokerAndOwnStatementSources(sentence, found);

        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        // Since the thirty-fifth session: a conjunction opening the sentence is never a source's name ("As stated by a source to
        // Moneycontrol" read "As" as the one stating).
        found.RemoveAll(s => s.Kind == SourceKind.Named && s.Name is "As" or "While" or "Although" or "Though" or "But" or "And" or "So" or "If" or "When");

        // Since the forty-sixth session: a month or a day written before a listed outlet is the report's date, not its name ("According to
        // a January Mint report" cites Mint; "The Sunday Times" stays whole).
        for (var k = 0; k < found.Count; k++)
        {
            if (found[k].Kind == SourceKind.Named && found[k].Name.IndexOf(' ', StringComparison.Ordinal) is var space and > 0
                && _monthsAndDays.Contains(found[k].Name[..space]) && Lexicon.OutletName(found[k].Name) is null
                && Lexicon.OutletName(found[k].Name[(space + 1)..]) is not null)
            {
                found[k] = found[k] with { Name = found[k].Name[(space + 1)..], Start = found[k].Start + space + 1, Length = found[k].Length - space - 1 };
            }
        }

        // Two rules that read the same words give one source ("The Ken reported" was listed twice).
        sources.AddRange(found.Where((s, k) => !found.Take(k).Any(p => p.Kind == s.Kind && p.Start < s.Start + s.Length && s.Start < p.Start + p.Length))
            .Select(s => AsWritten(text, s)));
    }

    /// <summary>Month and day names that may stand before an outlet's name as its report's date: "a January Mint report".</summary>
    private static readonly HashSet<string> _monthsAndDays = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>
    /// Since the thirtieth session: the other name of "X and Y" when one of them is read as a named source and the other is an outlet, or
    /// an organisation whose pair cites ("according to …", "by …", "from …") or tells ("Pitchbook and NVCA also found"): "Pitchbook and
    /// NVCA", "a research project conducted by Dealroom and Dealflow.eu". A person, a place, a name in brackets or a name already read is
    /// not added; only "and" joins them (a comma may end the citation: "according to Bloomberg, Microsoft and OpenAI are …").
    /// </summary>
    private static void AddPartnersJoinedByAnd(SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        foreach (var source in found.Where(s => s.Kind == SourceKind.Named).ToList())
        {
            var at = sentence.WordAtOrAfter(source.Start);
            if (at >= words.Count || sentence.NameAt[at] is not { } name || name.Start != source.Start || name.End != source.Start + source.Length)
            {
                continue;
            }

            var partner = PartnerAfter(sentence, name) ?? PartnerBefore(sentence, name);
            if (partner is null || partner.Kind == NameKind.Person || words[partner.First].InBrackets || Lexicon.Places.Contains(words[partner.First].Core)
                || found.Any(f => f.Start < partner.End && partner.Start < f.Start + f.Length))
            {
                continue;
            }

            var pairStart = Math.Min(name.First, partner.First);
            var pairEnd = Math.Max(name.Last, partner.Last);
            var cited = pairStart >= 1 && words[pairStart - 1].Lower is "to" or "by" or "from" or "citing";
            var tells = pairEnd + 1 < words.Count && !words[pairEnd].EndsPhrase
                && words[pairEnd + 1].Lower is "found" or "reported" or "report" or "said" or "say" or "data" or "also" or "estimate" or "estimated";
            if (partner.Kind == NameKind.Outlet || KnownOutlet(partner.Text) is not null || cited || tells)
            {
                found.Add(new SourceMention(partner.Text, SourceKind.Named, partner.Start, partner.End - partner.Start));
            }
        }
    }

    /// <summary>The name right after "X and (the)".</summary>
    private static Name? PartnerAfter(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        var k = name.Last + 1;
        if (words[name.Last].EndsPhrase || k + 1 >= words.Count || words[k].Lower != "and")
        {
            return null;
        }

        k += words[k + 1].Lower == "the" ? 2 : 1;
        return k < words.Count && sentence.NameAt[k] is { } partner && partner.First == k && !partner.Possessive ? partner : null;
    }

    /// <summary>The name right before "and (the) X".</summary>
    private static Name? PartnerBefore(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        var k = name.First - 1;
        k -= k >= 0 && words[k].Lower == "the" ? 1 : 0;
        if (k < 1 || words[k].Lower != "and" || words[k - 1].EndsPhrase)
        {
            return null;
        }

        return sentence.NameAt[k - 1] is { } partner && partner.Last == k - 1 && !partner.Possessive ? partner : null;
    }

    /// <summary>
    /// A named source under the words as written ("Journal", "FT", "Pitchbook"), with the known outlet's canonical name beside it
    /// ("The Wall Street Journal", "Financial Times", "PitchBook"): the rules may have named it under the outlet it is listed as.
    /// </summary>
    private static SourceMention AsWritten(string text, SourceMention source)
    {
        if (source.Kind != SourceKind.Named || source.Length <= 0 || source.Start + source.Length > text.Length)
        {
            return source;
        }

        var written = text.Substring(source.Start, source.Length);
        return source with { Name = written, Outlet = KnownOutlet(written) ?? KnownOutlet(source.Name) };
    }

    /// <summary>The canonical name of a listed outlet, agency or data provider, with or without its "The"; null when not listed.</summary>
    internal static string? KnownOutlet(string name)
    {
        if (Lexicon.Outlets.TryGetValue(name, out var known))
        {
            return known;
        }

        return name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && Lexicon.Outlets.TryGetValue(name[4..], out known) ? known : null;
    }

    /// <summary>Adds a citation's source and any cited beside it: "According to The Decoder and The Wall Street Journal".</summary>
    private static void AddCited(SentenceWords sentence, int i, SourceMention? cited, List<SourceMention> found, HashSet<int> seenNames)
    {
        if (cited is { } source && seenNames.Add(source.Start))
        {
            found.Add(source);
        }

        // "According to The Decoder and The Wall Street Journal": two cited together, either named as an outlet.
        found.AddRange((Coordinated(sentence, i, cited) ?? []).Where(n => seenNames.Add(n.Start))
            .Select(n => new SourceMention(n.Text, SourceKind.Named, n.Start, n.End - n.Start)));
    }

    /// <summary>Reads a filing, prospectus or outlets list at word i ("a regulatory filing showed"); true when the loop moves on.</summary>
    private static bool DocumentOrOutletsAt(string text, SentenceWords sentence, int i, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;

        // "a regulatory filing showed", "disclosed in a filing", "according to filings"
        if (words[i].Lower is "filing" or "filings")
        {
            found.AddRange(FilingAt(text, words, i) is { } filing ? [filing] : []);
            return true;
        }

        // Since the fifteenth session: "According to its prospectus, …".
        if (words[i].Lower == "prospectus" && ProspectusAt(text, words, i) is { } prospectus)
        {
            found.Add(prospectus);
            return true;
        }

        // Since the seventh round: "other outlets such as TechCrunch and The Information"; since the sweep, "Some sources, such as 36Kr,".
        if (words[i].Lower is "outlets" or "publications" or "newspapers" or "media" or "sources" && OutletsListed(text, sentence, i) is { Count: > 0 } listed)
        {
            found.AddRange(listed.Where(n => seenNames.Add(n.Start)));
            return true;
        }

        return false;
    }

    /// <summary>Adds anonymous people and the outlet they spoke to: "sources told CNBC-TV18", "people who spoke to The Information".</summary>
    private static void AddAnonymousPerson(
        string text, SentenceWords sentence, int i, SourceMention person, List<SourceMention> found, HashSet<int> seenNames)
    {
        found.Add(person);

        // Since the seventh round: "sources told CNBC-TV18", "people who spoke to The Information": the outlet they spoke to.
        if (SpokenTo(text, sentence, i, person) is { } outlet && seenNames.Add(outlet.Start))
        {
            found.Add(outlet);
        }
    }

    /// <summary>With no anonymous people yet, reads "on condition of anonymity", then "a venture capitalist told The Korea Economic Daily".</summary>
    private static void AddUnnamedWhenNoneAnonymous(
        string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames, bool anonymous)
    {
        if (!anonymous && AnonymityClause(text, sentence) is { } clause)
        {
            found.Add(clause);
            anonymous = true;
        }

        // "a venture capitalist told The Korea Economic Daily", "…,” said a VC industry official": a speaker known by role, and whom they told.
        if (!anonymous && UnnamedSpeaker(text, sentence) is { } speaker)
        {
            found.Add(speaker.Speaker);
            if (SpokenTo(text, sentence, speaker.Role, speaker.Speaker) is { } outlet && seenNames.Add(outlet.Start))
            {
                found.Add(outlet);
            }
        }
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
        KnownOutletSources(text, sentence, found, seenNames);

        // Since the sixteenth session: sources read from a clause's reporting frame (SourceRules.ReportingFrames.cs).
        anonymous |= ReportingFrameSources(text, sentence, found, seenNames, anonymous);

        // Since the sweep: outlet titles holding a small word, read from their citing frame (SourceRules.TitleSlots.cs).
        TitleSlotSources(text, sentence, found, seenNames);
        CitingReporterSources(sentence, found, seenNames);
        OutletWriterSources(text, sentence, found);

        // Since the sweep's second pass: outlets' verbs in more shapes, cited analysts, and names after an unnamed report.
        OutletVerbFrameSources(text, sentence, found, seenNames);
        CitedAnalystSources(text, sentence, found, seenNames);

        // Since the sweep's third pass: outlets listed together, providers' findings, reports named by title or owner (SourceRules.Providers.cs).
        anonymous |= ProviderSources(text, sentence, found, seenNames, anonymous);
        DropNamesAfterUnnamedReports(sentence, found);

        // Since the anonymous-roles sweep: roles described, bare roles cited, back-references, owned sources (SourceRules.AnonymousRoles.cs).
        anonymous |= AnonymousRoleSources(text, sentence, found, anonymous);

        // Since the data-sources sweep: data, surveys, reports and documents (SourceRules.Data*.cs), unnamed people's verbs (SourceRules.UnnamedVerbs.cs).
        DataFrameSources(text, sentence, found, seenNames);
        anonymous |= UnnamedVerbSources(text, sentence, found, seenNames, anonymous);

        // Since the people-and-documents sweep: journalists, third parties' people, unnamed people by role, documents (SourceRules.PeopleDocuments.cs).
        anonymous |= PeopleDocumentSources(text, sentence, found, seenNames, anonymous);

        // Since the unlisted-sources sweep: organisations no list knows, read from the frame citing them (SourceRules.UnlistedSources.cs).
        UnlistedSources(text, sentence, found, seenNames);

        // Since the forty-fourth session: outlets written for, shown a copy or handed data (SourceRules.WrittenForAndHanded.cs).
        WrittenForAndHandedSources(sentence, found, seenNames);

        // Since the forty-fifth session: an outlet's journalist telling the story (SourceRules.OutletStaff.cs).
        OutletStaffSources(sentence, found, seenNames);
        return anonymous;
    }

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

    /// <summary>Adds the ninth round's named sources to <paramref name="found"/>.</summary>
    private static void NinthRoundSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (NinthRoundNamed(sentence, i) is { } name && seenNames.Add(name.Start))
            {
                found.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            }
        }
    }

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

    /// <summary>Adds the eleventh round's named sources to <paramref name="found"/>.</summary>
    private static void EleventhRoundSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            if ((EleventhEstimator(sentence, i) ?? EleventhContacted(sentence, i) ?? EleventhSeenBy(sentence, i) ?? EleventhDataFrom(sentence, i)) is { } name && seenNames.Add(name.Start))
            {
                found.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            }
        }
    }

    /// <summary>Adds the twelfth round's sources to <paramref name="found"/>.</summary>
    private static void TwelfthRoundSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 1; i < words.Count; i++)
        {
            if (TwelfthProviderTelling(sentence, i) is { } provider && seenNames.Add(provider.Start))
            {
                found.Add(new SourceMention(provider.Text, SourceKind.Named, provider.Start, provider.End - provider.Start));
            }
        }
    }

    /// <summary>Adds the thirteenth round's sources to <paramref name="found"/>.</summary>
    private static void ThirteenthRoundSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            if (ThirteenthStateMedium(sentence, i) is { } medium && seenNames.Add(medium.Start))
            {
                found.Add(new SourceMention(medium.Text, SourceKind.Named, medium.Start, medium.End - medium.Start));
            }
        }
    }

    private static string Window(List<Word> words, int from, int count) =>
        string.Join(' ', words.Skip(from).Take(count).Select(w => w.Lower));

    private static IEnumerable<string> LowerWindow(List<Word> words, int from, int count) => words.Skip(from).Take(count).Select(w => w.Lower);

    private static SourceMention Span(string text, SourceKind kind, int start, int end) => new(text[start..end], kind, start, end - start);
}
