namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Sources read from the reporting frame of a clause rather than from a list of outlet names: an inverted or passive frame
/// ("…, reports the Sunday Telegraph.", "as reported by The Big Deal", "was reported earlier Thursday by public broadcaster NHK"), a
/// "The …" title before its report verb ("The Australian reported", "The Globe and Mail reported", "The New York Post earlier in the day
/// published a report"), an outlet described in an appositive ("ET Now, an Indian financial news channel, has reported"), a web address
/// ("TechCrunch.com says", "a report in Sportico.com"), a name after a descriptor of what it is ("told aviation industry news service,
/// Flightglobal,", "cited by Singaporean media outlet CNA", "Global property consultancy Knight Frank reports"), research and data bodies
/// ("according to the German Startup Association", "according to the Global Startup Ecosystem Report (GSER) 2024", "according to
/// Bloomberg-compiled data", "based on data from The Big Deal and Briter Bridges"), and anonymous people in inverted or pronoun frames
/// ("say industry sources", "citing people it didn't identify", "sources cited", "…, they added."). A party reporting its own results
/// ("Alphabet reported that its cloud computing business …") is no source, nor a descriptor read as a name ("Indian TV" of "Indian TV
/// channel CNBC-TV18").
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Nouns saying a name is an outlet or a research body: "news channel", "media outlet", "property consultancy".</summary>
    private static readonly HashSet<string> _frameKinds = new(StringComparer.Ordinal)
    {
        "channel", "outlet", "service", "daily", "newspaper", "paper", "broadcaster", "agency", "portal", "site", "website", "magazine",
        "publication", "newswire", "tabloid", "weekly", "tracker", "consultancy", "consultant", "researcher", "provider", "pollster",
        "adviser", "advisor",
    };

    /// <summary>Words of time between a report verb and "by": "reported earlier Thursday by", "first published last week by".</summary>
    private static readonly HashSet<string> _whenWords = new(StringComparer.Ordinal)
    {
        "earlier", "first", "initially", "originally", "previously", "recently", "also", "later", "exclusively", "this", "last", "week",
        "month", "on", "today", "yesterday",
    };

    /// <summary>Last words of a research body's or a report's name: "the German Startup Association", "the Global Startup Ecosystem Report".</summary>
    private static readonly HashSet<string> _bodyEnds = new(StringComparer.Ordinal)
    {
        "Association", "Report", "Survey", "Study", "Index", "Monitor", "Institute", "Council", "Research", "Analytics", "Tracker",
    };

    /// <summary>People words that "citing" or an inverted "say" make anonymous: "citing people it didn't identify", "say industry sources".</summary>
    private static readonly HashSet<string> _framePeople = new(StringComparer.Ordinal)
    {
        "sources", "people", "persons", "insiders", "bankers", "executives", "officials",
    };

    /// <summary>Adds the sources read from reporting frames; true when it added anonymous people.</summary>
    private static bool ReportingFrameSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames, bool anonymous)
    {
        var words = sentence.Words;
        DropOwnResultsReporters(sentence, found);
        DropDescriptorNames(words, found);
        for (var i = 0; i < words.Count; i++)
        {
            var run = InvertedFrame(sentence, i) ?? PassiveFrame(sentence, i) ?? TitleFrame(words, i) ?? AppositiveFrame(words, i)
                ?? WebAddressFrame(words, i) ?? DescribedFrame(sentence, i) ?? BodyFrame(words, i);
            if (run is { } r)
            {
                AddRun(text, words, r, found, seenNames);
            }

            if (DataFromPair(words, i) is { } pair)
            {
                AddRun(text, words, pair.First, found, seenNames);
                AddRun(text, words, pair.Second, found, seenNames);
            }

            if (CompiledData(text, words, i) is { } compiled && !found.Any(f => Overlaps(f, compiled)))
            {
                found.Add(compiled);
            }
        }

        if (anonymous || found.Any(f => f.Kind == SourceKind.Anonymous) || AnonymousFrame(words) is not { } people)
        {
            return false;
        }

        found.Add(Span(text, SourceKind.Anonymous, words[people.First].Start, words[people.Last].End));
        return true;
    }

    /// <summary>
    /// Adds a run of words as a named source, replacing a found fragment of it ("Mail" or "Globe" of "The Globe and Mail"); a found source
    /// spanning the run's name ("Daily Planet" of "The Daily Planet", "Financial Times" read from "The FT") is kept instead.
    /// </summary>
    private static void AddRun(string text, List<Word> words, (int First, int Last) run, List<SourceMention> found, HashSet<int> seenNames)
    {
        var mention = Span(text, SourceKind.Named, words[run.First].Start, words[run.Last].End);
        var nameStart = words[run.First].Lower == "the" && run.First < run.Last ? words[run.First + 1].Start : mention.Start;
        if (found.Any(f => f.Kind == SourceKind.Named && f.Start <= nameStart && f.Start + f.Length >= mention.Start + mention.Length))
        {
            return;
        }

        found.RemoveAll(f => f.Kind == SourceKind.Named && Overlaps(f, mention));
        found.Add(mention);
        seenNames.Add(mention.Start);
    }

    private static bool Overlaps(SourceMention a, SourceMention b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    /// <summary>A run of capitalised words from <paramref name="j"/> ("Sunday Telegraph", "The Globe and Mail" with <paramref name="joinAnd"/>).</summary>
    private static (int First, int Last)? CapitalRun(List<Word> words, int j, bool joinAnd)
    {
        if (j >= words.Count || !words[j].IsCapitalised || words[j].InBrackets)
        {
            return null;
        }

        var last = j;
        while (!words[last].EndsPhrase && !words[last].Possessive && last + 1 < words.Count)
        {
            if (words[last + 1].IsCapitalised && !words[last + 1].InBrackets)
            {
                last++;
            }
            else if (joinAnd && last + 2 < words.Count && words[last + 1].Lower is "and" or "&" && words[last + 2].IsCapitalised)
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        return (j, last);
    }

    private static bool IsPersonRun(SentenceWords sentence, (int First, int Last) run) =>
        Enumerable.Range(run.First, run.Last - run.First + 1).Any(k => sentence.NameAt[k] is { Kind: NameKind.Person });

    private static bool EndsSentence(List<Word> words, int last) => last + 1 >= words.Count;

    /// <summary>"…, reports the Sunday Telegraph.": a report verb after a comma, then a name ending the sentence.</summary>
    private static (int First, int Last)? InvertedFrame(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i == 0 || words[i].Lower is not ("reports" or "reported") || words[i - 1].After != ',')
        {
            return null;
        }

        var j = i + 1 < words.Count && words[i + 1].Lower == "the" ? i + 2 : i + 1;
        return CapitalRun(words, j, joinAnd: false) is { } run && EndsSentence(words, run.Last) && !IsPersonRun(sentence, run) ? (i + 1, run.Last) : null;
    }

    /// <summary>"as reported by The Big Deal", "was reported earlier Thursday by public broadcaster NHK", "cited by Singaporean media outlet CNA".</summary>
    private static (int First, int Last)? PassiveFrame(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("reported" or "cited" or "revealed" or "published"))
        {
            return null;
        }

        var by = i + 1;
        while (by < words.Count && by - i <= 3 && words[by].Lower != "by" && !words[by - 1].EndsPhrase
               && (_whenWords.Contains(words[by].Lower) || (words[by].IsCapitalised && words[by].Lower.EndsWith("day", StringComparison.Ordinal))))
        {
            by++;
        }

        if (by >= words.Count || words[by].Lower != "by" || words[by - 1].EndsPhrase)
        {
            return null;
        }

        // "first reported by the Globe and Mail": after "the", a title may hold "and".
        var j = SkipDescriptors(words, by + 1);
        return CapitalRun(words, j, joinAnd: j > 0 && words[j - 1].Lower == "the") is { } run && !IsPersonRun(sentence, run) ? run : null;
    }

    /// <summary>Lower-case descriptors and a nationality before a name: "public broadcaster", "Singaporean media outlet", "the".</summary>
    private static int SkipDescriptors(List<Word> words, int j)
    {
        var start = j;
        while (j + 1 < words.Count && j - start < 5 && !words[j].EndsPhrase
               && ((!words[j].IsCapitalised && words[j].Lower is not ("and" or "or") && words[j].Core.All(c => char.IsLetter(c) || c == '-'))
                   || (IsNationality(words[j].Core) && !words[j + 1].IsCapitalised)))
        {
            j++;
        }

        return j;
    }

    private static bool IsNationality(string core) =>
        core.Length > 3 && char.IsUpper(core[0]) && core.Skip(1).All(char.IsLower)
        && (core.EndsWith("an", StringComparison.Ordinal) || core.EndsWith("ese", StringComparison.Ordinal) || core.EndsWith("ish", StringComparison.Ordinal) || core.EndsWith("ian", StringComparison.Ordinal));

    /// <summary>
    /// "The Australian reported", "The Globe and Mail reported", "The New York Post earlier in the day published a report that", and a
    /// clause-final "…, the Telegraph said.".
    /// </summary>
    private static (int First, int Last)? TitleFrame(List<Word> words, int i)
    {
        if (words[i].Core == "the" && i > 0 && words[i - 1].After == ',' && CapitalRun(words, i + 1, joinAnd: true) is { } end
            && end.Last + 1 < words.Count && words[end.Last + 1].Lower is "said" or "reported"
            && (EndsSentence(words, end.Last + 1) || (words[end.Last + 1].After == ',' && end.Last + 2 < words.Count && words[end.Last + 2].Lower == "citing"))
            && !_peopleNouns.Contains(words[end.First].Lower))
        {
            return end;
        }

        if (words[i].Core != "The" || (i > 0 && !words[i - 1].EndsPhrase && words[i - 1].Lower != "as") || CapitalRun(words, i, joinAnd: true) is not { } run || run.Last == i
            || words[run.Last].Possessive || words[run.Last].EndsPhrase)
        {
            return null;
        }

        var k = run.Last + 1;
        while (k < words.Count && k - run.Last <= 5 && words[k].Lower is "earlier" or "first" or "also" or "has" or "had" or "previously" or "in" or "the" or "day" or "on" or "late" or "this" or "week")
        {
            k++;
        }

        var reports = k < words.Count && (words[k].Lower is "reported" or "reports"
            || (words[k].Lower is "published" && k + 2 < words.Count && _reportNouns.Contains(words[k + 2].Lower)));
        return reports && !(words[k].Lower == "reported" && k + 1 < words.Count && ReportsOwnResults(words, k + 1)) ? run : null;
    }

    /// <summary>"ET Now, an Indian financial news channel, has reported": a name, an appositive ending in an outlet noun, a report verb.</summary>
    private static (int First, int Last)? AppositiveFrame(List<Word> words, int i)
    {
        if ((i > 0 && words[i - 1].IsCapitalised && !words[i - 1].EndsPhrase) || CapitalRun(words, i, joinAnd: false) is not { } run || words[run.Last].After != ','
            || run.Last + 2 >= words.Count || words[run.Last + 1].Lower is not ("a" or "an"))
        {
            return null;
        }

        var k = run.Last + 2;
        while (k < words.Count && k - run.Last <= 7 && !words[k].EndsPhrase)
        {
            k++;
        }

        if (k + 1 >= words.Count || words[k].After != ',' || !_frameKinds.Contains(words[k].Lower))
        {
            return null;
        }

        k++;
        while (k < words.Count && words[k].Lower is "has" or "had" or "also" or "earlier" or "first")
        {
            k++;
        }

        return k < words.Count && words[k].Lower is "reported" or "reports" or "said" or "says" or "stated" ? run : null;
    }

    /// <summary>"TechCrunch.com says", "a report in Sportico.com said": an outlet's web address in a citing frame.</summary>
    private static (int First, int Last)? WebAddressFrame(List<Word> words, int i)
    {
        if (!IsWebAddress(words[i].Core))
        {
            return null;
        }

        // "Amazon.com said" is a party speaking; "a report in Sportico.com", "TechCrunch.com says" an outlet.
        var cited = (i + 1 < words.Count && words[i + 1].Lower is "says" or "reports" or "reported" or "wrote" or "writes")
            || (i > 0 && words[i - 1].Lower is "per" or "via" or "citing" or "told")
            || (i > 1 && words[i - 1].Lower is "in" or "on" or "by" && _reportNouns.Contains(words[i - 2].Lower))
            || (i > 1 && words[i - 1].Lower == "to" && words[i - 2].Lower == "according");
        return cited ? (i, i) : null;
    }

    private static bool IsWebAddress(string core)
    {
        var dot = core.LastIndexOf('.');
        return dot > 1 && char.IsUpper(core[0]) && core[..dot].All(c => char.IsLetterOrDigit(c) || c == '-')
            && core[(dot + 1)..] is "com" or "net" or "org" or "io" or "co" or "cn" or "in" or "ai" or "news";
    }

    /// <summary>
    /// A name after a descriptor of what it is, in a citing frame: "told aviation industry news service, Flightglobal,", "conducted by
    /// industry tracker CEO Score", "Global property consultancy Knight Frank reports that", "Indian news portal Moneycontrol stated".
    /// </summary>
    private static (int First, int Last)? DescribedFrame(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_frameKinds.Contains(words[i].Lower) || words[i].IsCapitalised || i + 1 >= words.Count
            || CapitalRun(words, i + 1, joinAnd: false) is not { } run || (words[i].EndsPhrase && words[i].After != ',')
            || !words[run.First].Core.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '&') || (i > 0 && words[i - 1].Lower is "to" or "will"))
        {
            return null;
        }

        var lead = i - 1;
        while (lead >= 0 && i - lead <= 5 && !words[lead].EndsPhrase && (!words[lead].IsCapitalised || IsNationality(words[lead].Core) || lead == 0)
               && words[lead].Lower is not ("by" or "to" or "told" or "from" or "per" or "citing" or "via"))
        {
            lead--;
        }

        var cited = lead >= 0 && IsCitingLead(words, lead);
        var next = run.Last + 1;
        while (next < words.Count && words[next].Lower is "has" or "had" or "also" or "earlier" or "first" or "now")
        {
            next++;
        }

        var reports = next < words.Count && !words[run.Last].Possessive
            && words[next].Lower is "reported" or "reports" or "said" or "says" or "stated" or "estimates" or "estimated" or "found" or "finds" or "noted";
        return cited || reports ? run : null;
    }

    /// <summary>
    /// A word that cites what follows it: "told", "per", "citing", "via", "according to", "by" after a reporting or research word
    /// ("cited by", "conducted by", "a report by"), "from" after a data word ("data from"); not "raised by", "come from" (givers).
    /// </summary>
    private static bool IsCitingLead(List<Word> words, int lead)
    {
        var before = lead > 0 ? words[lead - 1].Lower : "";
        return words[lead].Lower switch
        {
            "told" or "per" or "citing" or "via" => true,
            "to" => before is "according" or "told" or "said" or "spoke" or "speaking",
            "by" => before is "cited" or "reported" or "conducted" or "compiled" or "published" or "revealed" or "tracked" or "estimated" or "named"
                || _reportNouns.Contains(before) || before is "research" or "study",
            "from" => _reportNouns.Contains(before) || before is "research" or "study",
            _ => false,
        };
    }

    /// <summary>"according to the German Startup Association", "according to the Global Startup Ecosystem Report (GSER)", "according to CEO Score, which tracks …".</summary>
    private static (int First, int Last)? BodyFrame(List<Word> words, int i)
    {
        if (words[i].Lower != "according" || i + 2 >= words.Count || words[i + 1].Lower != "to")
        {
            return null;
        }

        var j = words[i + 2].Lower == "the" ? i + 3 : i + 2;
        if (CapitalRun(words, j, joinAnd: true) is not { } run)
        {
            return null;
        }

        var tracks = words[run.Last].After == ',' && run.Last + 2 < words.Count && words[run.Last + 1].Lower == "which"
            && words[run.Last + 2].Lower is "tracks" or "compiles" or "monitors" or "ranks" or "publishes";
        return _bodyEnds.Contains(words[run.Last].Core) || tracks ? (i + 2, run.Last) : null;
    }

    /// <summary>"based on data from The Big Deal and Briter Bridges", "according to data by Top10VPN": one or two names data are taken from.</summary>
    private static ((int First, int Last) First, (int First, int Last) Second)? DataFromPair(List<Word> words, int i)
    {
        // Since the sweep: past what the first is ("data from research firm PitchBook and the National Venture Capital Association").
        if (words[i].Lower != "data" || i + 2 >= words.Count || words[i + 1].Lower is not ("from" or "by")
            || CapitalRun(words, SkipDescriptors(words, i + 2), joinAnd: false) is not { } first)
        {
            return null;
        }

        var and = first.Last + 1;
        var secondAt = and + 2 < words.Count && words[and + 1].Lower == "the" ? and + 2 : and + 1;
        var second = !words[first.Last].EndsPhrase && secondAt < words.Count && words[and].Lower == "and" ? CapitalRun(words, secondAt, joinAnd: false) : null;
        return (first, second ?? first);
    }

    /// <summary>"according to Bloomberg-compiled data": the compiler named in the word.</summary>
    private static SourceMention? CompiledData(string text, List<Word> words, int i) =>
        i + 1 < words.Count && words[i].IsCapitalised && words[i].Core.EndsWith("-compiled", StringComparison.Ordinal) && words[i + 1].Lower is "data" or "figures"
            ? Span(text, SourceKind.Named, words[i].Start, words[i + 1].End)
            : null;

    /// <summary>
    /// Anonymous people in an inverted, citing or pronoun frame: "say industry sources", "citing people it didn't identify", "sources
    /// cited.", "per sources.", "Sources indicate", "according to Bloomberg sources", and a clause-final "…, they added." / "one of them
    /// said" (the people of the sentence before).
    /// </summary>
    private static (int First, int Last)? AnonymousFrame(List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if ((InvertedPeople(words, i) ?? PronounPeople(words, i)) is { } people)
            {
                return people;
            }
        }

        return null;
    }

    private static (int First, int Last)? InvertedPeople(List<Word> words, int i)
    {
        var lead = words[i].Lower;
        // Since the sweep: "cited industry sources as saying", "quoting unnamed officials"; the span is the people, not the citing word.
        if (lead is "say" or "says" or "said" or "citing" or "cited" or "quoting" or "per" && i > 0 && words[i - 1].Lower != "without")
        {
            var j = i + 1;
            while (j < words.Count && j - i <= 4 && !_framePeople.Contains(words[j].Lower) && !words[j].IsCapitalised && !words[j].EndsPhrase
                   && words[j].Lower is not ("without" or "citing" or "its" or "his" or "her" or "their"))
            {
                j++;
            }

            var ends = j < words.Count && (lead is "citing" or "cited" or "quoting" || words[j].EndsPhrase || EndsSentence(words, j));
            return ends && _framePeople.Contains(words[j].Lower) && !words[j].IsCapitalised ? (i + 1, j) : null;
        }

        var next = i + 1 < words.Count ? words[i + 1].Lower : "";
        if (words[i].Lower == "sources"
            && ((next == "cited" && EndsSentence(words, i + 1)) || (i == 0 && next is "indicate" or "suggest" or "say" or "claim")
                || (i > 0 && words[i - 1].Lower == "with" && next == "pointing")
                || (i > 0 && !words[i - 1].Possessive && words[i - 1].IsCapitalised && Lexicon.OutletName(words[i - 1].Core) is not null)))
        {
            return (i, i);
        }

        return null;
    }

    /// <summary>"…, they added." / "…, they said, noting that …" / "…, one of them said.": the people of the sentence before.</summary>
    private static (int First, int Last)? PronounPeople(List<Word> words, int i)
    {
        if (i == 0 || !words[i - 1].EndsPhrase)
        {
            return null;
        }

        // "they said" is as often the parties of the sentence before ("SoftBank and Altaba …, they said"): only "they added".
        var verb = words[i].Lower == "they" && i + 1 < words.Count && words[i + 1].Lower == "added" ? i + 1
            : i + 3 < words.Count && words[i].Lower == "one" && words[i + 1].Lower == "of" && words[i + 2].Lower == "them" ? i + 3 : -1;
        return verb > 0 && verb < words.Count && words[verb].Lower is "said" or "added" or "say" or "stated" or "noted"
            && (words[verb].EndsPhrase || EndsSentence(words, verb)) ? (i, verb) : null;
    }

    /// <summary>
    /// "Alphabet reported that its cloud computing business …", "Reliance reported that … will invest $1.02 billion in its retail
    /// activities", and since the twenty-fourth session "SoftBank reported that it will also invest $28 billion": an organisation (not an
    /// outlet, nor an outlet's journalist such as "Axios' Dan Primack") reporting about itself.
    /// </summary>
    private static void DropOwnResultsReporters(SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        found.RemoveAll(f => f.Kind == SourceKind.Named && Lexicon.OutletName(f.Name) is null
            && words.FindIndex(w => w.End == f.Start + f.Length) is var last and >= 0 && last + 2 < words.Count
            && sentence.NameAt[last] is { Kind: NameKind.Organisation } && !f.Name.Contains('\'', StringComparison.Ordinal) && !f.Name.Contains('’', StringComparison.Ordinal)
            && words[last + 1].Lower is "reported" or "reports" && words[last + 2].Lower == "that"
            && (words.Skip(last + 3).Take(25).Any(w => w.Lower is "its" or "their")
                || (last + 3 < words.Count && words[last + 3].Lower is "it" or "they" && words[last + 3].Core != "IT")));
    }

    /// <summary>"Indian TV channel CNBC-TV18": a name followed by an outlet noun and the outlet is a descriptor, not a source.</summary>
    private static void DropDescriptorNames(List<Word> words, List<SourceMention> found)
    {
        var starts = found.Where(f => f.Kind == SourceKind.Named).Select(f => f.Start).ToHashSet();
        found.RemoveAll(f => f.Kind == SourceKind.Named
            && words.FindIndex(w => w.End == f.Start + f.Length) is var last and >= 0 && last + 2 < words.Count
            && !words[last].EndsPhrase && _frameKinds.Contains(words[last + 1].Lower) && !words[last + 1].IsCapitalised && starts.Contains(words[last + 2].Start));
    }
}
