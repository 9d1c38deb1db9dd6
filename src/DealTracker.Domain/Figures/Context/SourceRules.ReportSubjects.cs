namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-second session (docs/issue-reading/conventions.md, S1, S4–S6), read after the thirty-first session's idioms.
/// <para>Added:</para>
/// <list type="bullet">
/// <item>a report, study or research with no publisher telling something as a subject, named as written (S4): "The report
/// highlights", "new research can reveal", "one study found", "earlier reports suggested", "a source quoted in the report", "the report
/// quoted one of the three persons", "…, says the report." ("…, noted the report." stays no source, as the twenty-ninth session
/// decided);</item>
/// <item>an exchange cited (S2, a filing's body): "according to the exchange";</item>
/// <item>unnamed people counted or described before their role (S6): "according to six current and former employees of the fund";</item>
/// <item>an outlet beside "other media" ("Reuters and other media reported"), a one-word outlet written in camel case that was told
/// something ("told SpaceNews that"), a listed outlet after a place word ("the London-based Financial Times suggested") and "news agency
/// dpa".</item>
/// </list>
/// A place word before an outlet's name is dropped from the name (S5): "The London-based Financial Times" → "Financial Times"; a title
/// or a quarter read as a whole name is dropped ("…, the CEO said", "according to preliminary Q2 data released today by Thomson
/// Reuters").
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Nouns of reporting with no publisher: "report", "study", "research".</summary>
    private static readonly HashSet<string> _unpublishedReportNouns = new(StringComparer.Ordinal)
    {
        "report", "reports", "study", "studies", "research",
    };

    /// <summary>Words opening such a report: "the report", "new research", "one study", "earlier reports".</summary>
    private static readonly HashSet<string> _reportOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "one", "new", "earlier", "recent", "previous", "latest",
    };

    /// <summary>Verbs a report tells with: "highlights", "noted", "found", "can reveal", "suggested", "quoted".</summary>
    private static readonly HashSet<string> _reportTellingVerbs = new(StringComparer.Ordinal)
    {
        "highlights", "highlighted", "noted", "notes", "found", "finds", "shows", "showed", "shown", "reveals", "revealed", "reveal",
        "suggested", "suggests", "quoted", "quotes", "outlines", "outlined", "states", "stated", "estimates", "estimated", "indicates",
        "indicated", "added", "adds", "claimed", "claims", "cited", "cites", "predicts", "predicted", "points", "pointed",
    };

    /// <summary>Words between a report and its verb: "also", "can", "further".</summary>
    private static readonly HashSet<string> _reportVerbFillers = new(StringComparer.Ordinal) { "also", "can", "further", "has", "had", "have" };

    /// <summary>How unnamed people are described before their role: "current and former", "senior", "two".</summary>
    private static readonly HashSet<string> _peopleDescribers = new(StringComparer.Ordinal)
    {
        "current", "and", "former", "senior", "junior", "some", "several", "many", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "dozens", "of", "more", "than", "a", "dozen", "multiple", "longtime", "long-time",
    };

    /// <summary>Roles of unnamed people described: "employees", "staff", "workers", "executives", "officials".</summary>
    private static readonly HashSet<string> _describedRoles = new(StringComparer.Ordinal)
    {
        "employees", "staff", "staffers", "workers", "executives", "officials", "managers", "insiders", "investors", "bankers",
        "people", "engineers", "researchers",
    };

    /// <summary>Words the rules once took for a source's whole name: a speaker's title or a quarter.</summary>
    private static readonly HashSet<string> _titlesAndQuarters = new(StringComparer.Ordinal)
    {
        "CEO", "CFO", "CTO", "COO", "Chairman", "Chairwoman", "President", "Founder", "Q1", "Q2", "Q3", "Q4",
    };

    /// <summary>The thirty-second session's sources (see the class summary), read last.</summary>
    private static void ReportSubjectSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        for (var k = 0; k < found.Count; k++)
        {
            if (found[k].Kind == SourceKind.Named && WithoutPlaceWord(text, found[k]) is { } shorter)
            {
                found[k] = shorter;
            }
        }

        // "Troubled Indian mobile service provider Vodafone Idea Ltd said": a company providing a service speaks for itself (S2).
        found.RemoveAll(f => f.Kind == SourceKind.Named && IsServiceProvider(sentence, f));

        // "…, the CEO said", "according to preliminary Q2 data": a title or a quarter is never a source's name.
        found.RemoveAll(f => f.Kind == SourceKind.Named && _titlesAndQuarters.Contains(f.Name));

        // "Pitchbook expected …, said the report": a report told back after a listed outlet or provider is theirs, not another source.
        var named = found.Any(f => f.Kind == SourceKind.Named) || sentence.Names.Any(n => Lexicon.OutletName(n.Text) is not null);
        var anonymous = found.Any(f => f.Kind == SourceKind.Anonymous);
        for (var i = 0; i < words.Count; i++)
        {
            if (((named ? null : TellingReport(text, sentence, i) ?? DatedStoryCited(text, words, i)) ?? ExchangeCited(text, words, i)
                ?? OutletBesideOtherMedia(sentence, found, i) ?? CamelCaseOutletTold(sentence, i) ?? OutletAfterPlaceWord(sentence, i)
                ?? LowerCaseAgency(text, words, i) ?? OutletInAPiece(sentence, i) ?? ProviderAttributing(sentence, i)) is { } source)
            {
                AddUnlessCovered(found, source);
            }
            else if (!anonymous && DescribedPeopleCited(text, words, i) is { } people)
            {
                found.Add(people);
                anonymous = true;
            }
        }
    }

    /// <summary>
    /// "The report highlights", "new research can reveal", "one study found", "a source quoted in the report": a
    /// report with no publisher telling something, as written; not one with a publisher after it ("a study by EY"), an owner before it,
    /// or a listed outlet or provider named in the sentence ("Pitchbook expected …, said the report").
    /// </summary>
    private static SourceMention? TellingReport(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_reportOpeners.Contains(words[i].Lower) || i + 1 >= words.Count || (i > 0 && words[i - 1].Possessive))
        {
            return null;
        }

        var noun = i + 1;
        if (words[noun].Lower is "new" or "recent" && noun + 1 < words.Count && !words[noun].EndsPhrase)
        {
            noun++;
        }

        if (!_unpublishedReportNouns.Contains(words[noun].Lower) || words[noun].Possessive || sentence.NameAt[i] is not null
            || (words[i].Lower is "a" or "the" or "one" && words[noun].Lower is "reports" or "studies")
            || (words[i].Lower is "earlier" or "new" or "recent" or "previous" or "latest" && words[noun].Lower == "report"))
        {
            return null;
        }

        var span = Span(text, SourceKind.Named, words[i].Start, words[noun].End);

        // "…, says the report.": "said" or "says" right before, the report ending the sentence (S4). "…, noted the report." is left alone,
        // as the twenty-ninth session decided (in the corpus such a report is most often a party's own).
        if (i >= 1 && (_reportTellingVerbs.Contains(words[i - 1].Lower) || words[i - 1].Lower is "said" or "says"))
        {
            return words[i - 1].Lower is "said" or "says" && words[noun].After == '.' && noun + 1 == words.Count && words[i].Lower == "the"
                && words[noun].Lower == "report" ? span : null;
        }

        // "a source quoted in the report", "cited in the study".
        if (i >= 2 && words[i - 1].Lower == "in" && words[i - 2].Lower is "quoted" or "cited" && words[i].Lower == "the")
        {
            return span;
        }

        // "The report highlights", "new research can reveal", "earlier reports suggested", "the report quoted one of …".
        if (words[noun].EndsPhrase || noun + 1 >= words.Count)
        {
            return null;
        }

        var verb = noun + 1;
        while (verb < words.Count && verb - noun <= 2 && _reportVerbFillers.Contains(words[verb].Lower))
        {
            verb++;
        }

        // "the report cited by …", "a study shown to …": a participle right after the noun describes the report; only with an auxiliary
        // between ("the report has added") do these verbs tell something.
        var publisherAfter = words.Skip(noun + 1).Take(2).Any(w => w.Lower is "by" or "from" or "in" or "of" or "conducted" or "commissioned" or "published");
        return verb < words.Count && _reportTellingVerbs.Contains(words[verb].Lower) && !publisherAfter
            && (words[verb].Lower is not ("added" or "cited" or "claimed" or "shown" or "pointed") || verb > noun + 1) ? span : null;
    }

    /// <summary>"according to the exchange", "according to the bourse": the exchange a listing's facts come from (S2).</summary>
    private static SourceMention? ExchangeCited(string text, List<Word> words, int i) =>
        i >= 2 && i + 1 < words.Count && words[i - 2].Lower == "according" && words[i - 1].Lower == "to" && words[i].Lower == "the"
            && words[i + 1].Lower is "exchange" or "bourse" && (words[i + 1].EndsPhrase || i + 2 == words.Count)
            ? Span(text, SourceKind.Named, words[i].Start, words[i + 1].End)
            : null;

    /// <summary>"Reuters and other media reported": the listed outlet joined to "other media" already found.</summary>
    private static SourceMention? OutletBesideOtherMedia(SentenceWords sentence, List<SourceMention> found, int i)
    {
        var words = sentence.Words;
        if (sentence.NameAt[i] is not { } name || name.First != i || name.Last + 2 >= words.Count || words[name.Last + 1].Lower != "and"
            || words[name.Last + 2].Lower != "other" || Lexicon.OutletName(name.Text) is null)
        {
            return null;
        }

        var other = words[name.Last + 2].Start;
        return found.Any(f => f.Kind == SourceKind.Named && f.Start == other)
            ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start)
            : null;
    }

    /// <summary>"told SpaceNews that": one word written in camel case after "told" is an outlet's name, not a person's.</summary>
    private static SourceMention? CamelCaseOutletTold(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i < 1 || i + 1 >= words.Count || words[i - 1].Lower != "told" || words[i - 1].EndsPhrase || words[i + 1].Lower != "that"
            || sentence.NameAt[i] is not { } name || name.First != i || name.Last != i)
        {
            return null;
        }

        var core = words[i].Core;
        var camel = core.Length >= 4 && char.IsUpper(core[0]) && core.Skip(1).Any(char.IsUpper) && core.Skip(1).Any(char.IsLower) && core.All(char.IsLetter);
        return camel ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start) : null;
    }

    /// <summary>"the London-based Financial Times suggested": a listed outlet after a place word, before a verb of reporting.</summary>
    private static SourceMention? OutletAfterPlaceWord(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i < 1 || !words[i - 1].Lower.EndsWith("-based", StringComparison.Ordinal) || sentence.NameAt[i] is not { } name || name.First != i
            || Lexicon.OutletName(name.Text) is null || name.Last + 1 >= words.Count || words[name.Last].EndsPhrase)
        {
            return null;
        }

        return words[name.Last + 1].Lower is "suggested" or "reported" or "said" or "wrote" or "reports" or "says" or "revealed"
            ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start)
            : null;
    }

    /// <summary>"news agency dpa reported": Germany's agency, written in lower case.</summary>
    private static SourceMention? LowerCaseAgency(string text, List<Word> words, int i) =>
        words[i].Core == "dpa" && (i >= 1 && words[i - 1].Lower == "agency" || i + 1 < words.Count && words[i + 1].Lower is "reported" or "said" or "reports")
            ? Span(text, SourceKind.Named, words[i].Start, words[i].End)
            : null;

    /// <summary>"according to six current and former employees of the fund": unnamed people described before their role (S6).</summary>
    private static SourceMention? DescribedPeopleCited(string text, List<Word> words, int i)
    {
        var according = i >= 2 && words[i - 2].Lower == "according" && words[i - 1].Lower == "to";
        var interviews = i >= 3 && words[i - 1].Lower == "with" && words[i - 2].Lower is "interviews" or "conversations" && words[i - 3].Lower is "citing" or "on";
        if (!according && !interviews || words[i - 1].EndsPhrase)
        {
            return null;
        }

        var role = i;
        while (role < words.Count && role - i <= 5 && _peopleDescribers.Contains(words[role].Lower) && !words[role].EndsPhrase)
        {
            role++;
        }

        if (role == i || role >= words.Count || !_describedRoles.Contains(words[role].Lower) || words[role].Possessive)
        {
            return null;
        }

        // "employees of the fund", "former executives at the company": the description runs to the end of the phrase, with no name in it.
        var end = role;
        while (end + 1 < words.Count && !words[end].EndsPhrase && end - role < 6 && !words[end + 1].IsCapitalised)
        {
            end++;
        }

        if (interviews)
        {
            // "citing interviews with former employees, industry executives and investors": the list, as written.
            while (end + 1 < words.Count && end - role < 8 && words[end].After == ',' && !words[end + 1].IsCapitalised)
            {
                end++;
                while (end + 1 < words.Count && !words[end].EndsPhrase && !words[end + 1].IsCapitalised && end - role < 8)
                {
                    end++;
                }
            }
        }

        return end + 1 < words.Count && !words[end].EndsPhrase && words[end + 1].IsCapitalised ? null : Span(text, SourceKind.Anonymous, words[i].Start, words[end].End);
    }

    /// <summary>"The London-based Financial Times" → "Financial Times": a place word and the article before a listed outlet dropped (S5).</summary>
    private static SourceMention? WithoutPlaceWord(string text, SourceMention source)
    {
        var parts = source.Name.Split(' ', 3);
        var skip = parts.Length >= 3 && parts[0] is "The" or "the" && parts[1].EndsWith("-based", StringComparison.Ordinal) ? parts[0].Length + parts[1].Length + 2
            : parts.Length >= 2 && parts[0].EndsWith("-based", StringComparison.Ordinal) ? parts[0].Length + 1 : 0;
        if (skip == 0 || Lexicon.OutletName(source.Name[skip..]) is null)
        {
            return null;
        }

        return new SourceMention(source.Name[skip..], source.Kind, source.Start + skip, source.Length - skip);
    }

    /// <summary>Kinds of service a company provides: "mobile service provider", "payments provider".</summary>
    private static readonly HashSet<string> _servicesProvided = new(StringComparer.Ordinal)
    {
        "service", "services", "mobile", "telecom", "telecoms", "internet", "payment", "payments", "cloud", "network", "broadband", "wireless",
        "healthcare", "care", "insurance", "logistics", "software", "solutions", "energy", "power", "satellite", "launch",
    };

    /// <summary>"mobile service provider Vodafone Idea Ltd said": a named source described as a provider of a service, not of data.</summary>
    private static bool IsServiceProvider(SentenceWords sentence, SourceMention source)
    {
        var words = sentence.Words;
        var at = sentence.WordAtOrAfter(source.Start);
        return at >= 2 && at < words.Count && words[at - 1].Lower is "provider" or "operator" && _servicesProvided.Contains(words[at - 2].Lower)
            && Lexicon.OutletName(source.Name) is null;
    }

    /// <summary>"according to the Tuesday story": an outlet's story cited by its day or as the earlier one, as written (S4).</summary>
    private static SourceMention? DatedStoryCited(string text, List<Word> words, int i)
    {
        if (i < 2 || i + 2 >= words.Count || words[i - 2].Lower != "according" || words[i - 1].Lower != "to" || words[i].Lower != "the"
            || words[i + 1].Lower is not ("monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "earlier" or "original")
            || words[i + 2].Lower is not ("story" or "article" or "report") || words[i + 1].EndsPhrase)
        {
            return null;
        }

        return Span(text, SourceKind.Named, words[i].Start, words[i + 2].End);
    }

    /// <summary>"Reuters, in a piece confirming the negotiations …, notes that": a listed outlet, a bracketing "in a piece" phrase, its verb.</summary>
    private static SourceMention? OutletInAPiece(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (sentence.NameAt[i] is not { } name || name.First != i || words[name.Last].After != ',' || name.Last + 3 >= words.Count
            || words[name.Last + 1].Lower != "in" || words[name.Last + 2].Lower is not ("a" or "an" or "its")
            || words[name.Last + 3].Lower is not ("piece" or "report" or "story" or "article" or "note" or "post" or "column")
            || Lexicon.OutletName(name.Text) is null)
        {
            return null;
        }

        for (var k = name.Last + 3; k + 1 < words.Count && k - name.Last <= 20; k++)
        {
            if (words[k].After == ',')
            {
                return _appositiveOutletVerbs.Contains(words[k + 1].Lower) || words[k + 1].Lower is "notes" or "writes" or "reports"
                    ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start)
                    : null;
            }
        }

        return null;
    }

    /// <summary>"…, which Global SWF attributed to the return of mega-deals": a listed provider attributing a trend.</summary>
    private static SourceMention? ProviderAttributing(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        return i >= 1 && words[i - 1].Lower == "which" && sentence.NameAt[i] is { } name && name.First == i && name.Last + 1 < words.Count
            && words[name.Last + 1].Lower is "attributed" or "attributes" && Lexicon.OutletName(name.Text) is not null
            ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start)
            : null;
    }
}
