namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-sixth session (docs/issue-reading/conventions.md, S2 and S4–S7), read after every other source rule:
/// <list type="bullet">
/// <item>reporting that names no outlet is a named source, as written (S4): "according to (media) reports", "according to reports
/// from Sweden", "based on reports", "a report said", "the financial daily newspaper reported", "French media reported", "Various
/// reports suggest". Its own report ("according to its annual report"), "reportedly" and "reports surfaced" stay no source;</item>
/// <item>people who are not named are anonymous however the text describes them (S6): "Analysts thought", "industry insiders
/// caution", "Industry sources also suggest", "according to company followers", "…, they said." and "that person said";</item>
/// <item>analysts of a named firm are the firm (S6): "Analysts at Jefferies said" → Jefferies;</item>
/// <item>an unnamed medium told something is named as written (S7 with S4): "sources told the publication";</item>
/// <item>a party's own results report is no source (S2); a filing keeps the body it went to (S5: "a filing with the Taipei Stock
/// Exchange"), which the document rules read (<c>FiledWithRecipient</c>, SourceRules.DocumentsAndCredits.cs).</item>
/// </list>
/// An outlet named beside the words ("according to reports from the Financial Times", "a Reuters report said") is read by the older
/// rules and keeps the slot; a firm's or a person's own people ("OpenAI executives said") speak for them and are no one unnamed (S3).
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Nouns of reporting or of a medium that names no outlet: "reports", "media", "a newspaper".</summary>
    private static readonly HashSet<string> _unnamedReportingNouns = new(StringComparer.Ordinal)
    {
        "reports", "report", "media", "newspaper", "newspapers", "daily", "dailies", "paper", "press", "publication", "publications",
        "outlet", "outlets", "magazine", "broadcaster", "tabloid", "weekly", "reporting",
    };

    /// <summary>Words that may describe such reporting before its noun: "published reports", "the financial daily newspaper".</summary>
    private static readonly HashSet<string> _unnamedReportingModifiers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "some", "several", "various", "multiple", "many", "other", "earlier", "recent", "previous", "prior", "published",
        "news", "media", "local", "state", "state-run", "state-owned", "official", "domestic", "foreign", "international", "financial",
        "business", "economic", "national", "regional", "online", "trade", "industry", "press", "unconfirmed", "unverified", "mainstream",
        "daily", "tech", "further", "additional", "subsequent", "latest", "initial", "separate", "two", "three", "market", "public",
        "weekly", "leading", "major", "widespread", "numerous", "new", "one", "newspaper",
    };

    /// <summary>Nationalities and regions that describe media without naming an outlet: "French media", "Chinese reports".</summary>
    private static readonly HashSet<string> _mediaNationalities = new(StringComparer.Ordinal)
    {
        "American", "US", "U.S.", "British", "UK", "U.K.", "Chinese", "Japanese", "Korean", "Indian", "French", "German", "Italian",
        "Spanish", "Swedish", "Danish", "Norwegian", "Finnish", "Dutch", "Belgian", "Swiss", "Austrian", "Russian", "Turkish", "Israeli",
        "Saudi", "Emirati", "Qatari", "Egyptian", "Nigerian", "Kenyan", "African", "Brazilian", "Mexican", "Canadian", "Australian",
        "Singaporean", "Indonesian", "Malaysian", "Thai", "Vietnamese", "Filipino", "Pakistani", "Taiwanese", "Irish", "Polish",
        "Portuguese", "Greek", "Czech", "Hungarian", "Argentine", "Chilean", "Colombian", "Iranian", "European", "Asian", "Arab", "Gulf",
        "Kuwaiti", "Ukrainian", "Romanian", "Bangladeshi", "Western", "Mainland", "Hong", "Kong", "South", "North", "East", "West", "Southeast",
        "Central", "Local", "State", "Russian-language",
        "Chinese-language", "Arabic", "Hebrew", "Nordic", "Scandinavian", "Latin", "Belarusian", "Kazakh", "Lebanese", "Moroccan", "Ghanaian",
    };

    /// <summary>Nouns that make "press" or "media" part of a party's own document or event: "a press release", "a media statement".</summary>
    private static readonly HashSet<string> _ownDocumentNouns = new(StringComparer.Ordinal)
    {
        "release", "releases", "statement", "statements", "announcement", "announcements", "conference", "briefing", "briefings", "note",
        "notice", "kit", "office", "event", "call", "team", "officer", "secretary", "advisory", "invitation", "reports",
    };

    /// <summary>Counting words the name leaves out: "various media reports" is "media reports".</summary>
    private static readonly HashSet<string> _reportingQuantifiers = new(StringComparer.Ordinal)
    {
        "some", "several", "various", "multiple", "many", "numerous",
    };

    /// <summary>Nouns after "media" that it describes: "media calculations", "media sources" (one source).</summary>
    private static readonly HashSet<string> _mediaProducts = new(StringComparer.Ordinal)
    {
        "calculations", "estimates", "accounts", "coverage", "sources", "outlets",
    };

    /// <summary>Verbs telling what unnamed reporting said: "reports said", "media reported", "the newspaper wrote".</summary>
    private static readonly HashSet<string> _unnamedReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "reported", "reports", "report", "suggested", "suggests", "suggest", "showed", "shows", "show", "claimed",
        "claims", "claim", "added", "noted", "notes", "indicated", "indicates", "indicate", "stated", "states", "wrote", "writes",
        "revealed", "reveals", "cited", "cites", "quoted", "quotes", "speculated", "estimated", "put", "valued", "pegged", "state",
        "suggesting", "indicating", "saying", "showing", "claiming", "stating", "revealing",

        // Since the forty-seventh session: "Media reports last week pointed to Alibaba and Baidu having started using …".
        "pointed", "points",
    };

    /// <summary>Words between the noun and its verb that keep the frame: "reports have said", "the newspaper also reported".</summary>
    private static readonly HashSet<string> _reportingAdverbs = new(StringComparer.Ordinal)
    {
        "also", "earlier", "previously", "have", "had", "has", "later", "then", "first", "separately", "further", "recently",

        // Since the forty-seventh session: "Media reports last week pointed to".
        "last", "week", "yesterday",
    };

    /// <summary>Unnamed people by role (S6): "analysts", "industry insiders", "bankers", "company followers".</summary>
    private static readonly HashSet<string> _unnamedRoles = new(StringComparer.Ordinal)
    {
        "analysts", "insiders", "bankers", "observers", "watchers", "followers", "experts", "traders", "strategists", "economists",
        "dealmakers", "capitalists", "commentators", "analyst", "insider",
    };

    /// <summary>"industry sources", "market sources": a field's unnamed sources.</summary>
    private static readonly HashSet<string> _fieldWords = new(StringComparer.Ordinal)
    {
        "industry", "market", "banking", "trade", "sector", "financial", "diplomatic", "government", "official", "local", "media",
    };

    /// <summary>Verbs of what unnamed people say, think or reckon: "analysts thought", "insiders caution".</summary>
    private static readonly HashSet<string> _roleVerbs = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "thought", "think", "thinks", "believe", "believed", "believes", "caution", "cautioned", "cautions", "warn",
        "warned", "warns", "predicted", "predict", "predicts", "estimate", "estimated", "estimates", "suggest", "suggested", "suggests",
        "noted", "note", "notes", "argue", "argued", "argues", "reckon", "reckoned", "reckons", "told", "added", "expect", "expected",
        "expects", "forecast", "forecasts", "claim", "claimed", "contend", "contended", "speculated", "speculate", "indicated", "indicate",
        "reported", "wrote", "insist", "insisted", "anticipate", "anticipated", "anticipates", "expecting", "predicting", "forecasting",
        "estimating", "anticipating", "raising", "forecasted", "polled", "surveyed", "called", "count", "counted", "tracked",

        // Since the thirty-first session: "Analysts attribute this gap largely to political and regulatory risks".
        "attribute", "attributed",
    };

    /// <summary>What a firm's analysts tell: "analysts at Jefferies said", "economists at Barclays expect".</summary>
    private static readonly HashSet<string> _firmAnalystVerbs = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "estimate", "estimated", "estimates", "expect", "expected", "expects", "wrote", "write", "writes", "noted",
        "note", "notes", "believe", "believes", "predicted", "predict", "forecast", "forecasts", "calculated", "calculate", "told", "think",
        "thinks", "argued", "argue", "reckon", "reckons", "warned", "warn", "suggested", "suggest",
    };

    /// <summary>The twenty-sixth session's sources (see the class summary), read last.</summary>
    private static void UnnamedReportingSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;

        // A party's own results ("according to its annual report", "the latest financial report") are no source (S2); a filing keeps
        // the body it went to ("a filing with the Taipei Stock Exchange", S5) by the document rules (FiledWithRecipient).
        found.RemoveAll(f => f.Kind == SourceKind.Named && IsOwnResultsReport(f.Name));

        var anonymous = found.Any(f => f.Kind == SourceKind.Anonymous);

        // Unnamed reporting in a sentence that cites an outlet is that outlet's ("…, the newspaper said", "a report by X"): not read.
        var outletCited = found.Any(f => f.Kind == SourceKind.Named);
        for (var i = 0; i < words.Count; i++)
        {
            if (!outletCited
                && (CitedUnnamedReporting(text, sentence, i) ?? TellingUnnamedReporting(text, sentence, i) ?? ToldUnnamedMedium(text, sentence, i)) is { } reporting)
            {
                AddUnlessCovered(found, reporting);
            }

            // Since the forty-seventh session: described media telling something are their own reporters beside a cited outlet ("after
            // local media reported that …, and after Bloomberg and Reuters reported that …").
            else if (outletCited && words[i].Lower == "media" && i > 0 && !words[i - 1].EndsPhrase && words[i - 1].Lower is not ("the" or "a" or "social")
                && (_unnamedReportingModifiers.Contains(words[i - 1].Lower) || _mediaNationalities.Contains(words[i - 1].Core))
                && TellingUnnamedReporting(text, sentence, i) is { } described && described.Name.EndsWith("media", StringComparison.OrdinalIgnoreCase))
            {
                AddUnlessCovered(found, described);
            }

            if (AnalystsAtFirm(text, sentence, i) is { } firm)
            {
                AddUnlessCovered(found, firm);
            }
            else if (!anonymous && (UnnamedRole(text, sentence, i) ?? TheySaid(text, sentence, i, found)) is { } people)
            {
                found.Add(people);
                anonymous = true;
            }
        }
    }

    /// <summary>A company's own results report: "annual report", "its latest earnings report", "the latest financial report".</summary>
    private static bool IsOwnResultsReport(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[^1].Equals("report", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Results words, and no capital but an article's ("The Deloitte annual report" is Deloitte's, named).
        return parts[..^1].Any(p => p.ToLowerInvariant() is "annual" or "earnings" or "financial" or "quarterly" or "interim" or "results")
            && !parts.Any(p => char.IsUpper(p[0]) && p.ToLowerInvariant() is not ("the" or "its" or "their"));
    }

    /// <summary>
    /// "sources told the publication", "told local press", "revealed to the media", "in an interview with a local newspaper": an unnamed
    /// medium a party or a source tells something (S7, S4), named as written.
    /// </summary>
    private static SourceMention? ToldUnnamedMedium(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var told = words[i].Lower == "told"
            || (i >= 1 && words[i].Lower == "to" && words[i - 1].Lower is "revealed" or "confirmed" or "disclosed" or "said" or "spoke" or "talked")
            || (i >= 1 && words[i].Lower == "with" && words[i - 1].Lower is "interview" or "interviews");
        if (!told || words[i].EndsPhrase)
        {
            return null;
        }

        var first = i + 1;
        var noun = first;
        while (noun < words.Count && noun - first < 3 && !words[noun].EndsPhrase && !_unnamedReportingNouns.Contains(words[noun].Lower)
            && (words[noun].Lower is "this" or "that" or "a" or "an" or "the" || IsReportingModifier(words[noun])))
        {
            noun++;
        }

        return noun < words.Count && noun > first - 1 && words[noun].Lower is "publication" or "paper" or "newspaper" or "media" or "press" or "daily"
                or "outlet" or "magazine" or "broadcaster" or "tabloid" or "weekly" && !words[noun].Possessive
                && (noun > first || words[noun].Lower is "media" or "press")
                && (noun + 1 >= words.Count || words[noun].EndsPhrase || !_ownDocumentNouns.Contains(words[noun + 1].Lower))
            ? Span(text, SourceKind.Named, words[first].Start, words[noun].End)
            : null;
    }

    /// <summary>
    /// "according to (media) reports", "based on reports", "per local media", "as reported by a newspaper", "citing reports": a cue, words
    /// describing the reporting from word <paramref name="i"/> on, and its noun, with "from Sweden" kept; null when an outlet follows
    /// ("reports from the Financial Times").
    /// </summary>
    private static SourceMention? CitedUnnamedReporting(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!CitingCueBefore(words, i) && !ReportedByBefore(words, i))
        {
            return null;
        }

        var first = i;
        var noun = first;
        while (noun < words.Count && noun - first < 4 && !_unnamedReportingNouns.Contains(words[noun].Lower) && IsReportingModifier(words[noun])
            && !words[noun].EndsPhrase)
        {
            noun++;
        }

        if (noun >= words.Count || !_unnamedReportingNouns.Contains(words[noun].Lower) || words[noun].Possessive
            || (words[noun].IsCapitalised && noun > first) || (words[noun].Lower is "report" or "paper" or "daily" && noun == first))
        {
            return null;
        }

        // "according to media reports": the last of two reporting nouns; "according to a press release" is a party's own (S2).
        while (noun + 1 < words.Count && !words[noun].EndsPhrase && !words[noun + 1].Possessive
            && (_unnamedReportingNouns.Contains(words[noun + 1].Lower)
                || (words[noun].Lower == "media" && _mediaProducts.Contains(words[noun + 1].Lower))))
        {
            noun++;
        }

        if (!words[noun].EndsPhrase && noun + 1 < words.Count && _ownDocumentNouns.Contains(words[noun + 1].Lower))
        {
            return null;
        }

        var end = FromPlace(sentence, noun, out var outletFollows);
        while (first < noun && _reportingQuantifiers.Contains(words[first].Lower))
        {
            first++;
        }

        return outletFollows ? null : Span(text, SourceKind.Named, words[first].Start, words[end].End);
    }

    /// <summary>Whether word i follows "reported / carried / published / quoted by" (the citing cues are <see cref="CitingCueBefore"/>).</summary>
    private static bool ReportedByBefore(List<Word> words, int i) =>
        i >= 2 && words[i - 1].Lower == "by" && !words[i - 1].EndsPhrase && !words[i - 2].EndsPhrase
        && words[i - 2].Lower is "reported" or "carried" or "published" or "quoted";

    /// <summary>A word that may describe unnamed reporting: "published", "media", "French", but not "its" (a party's own report).</summary>
    private static bool IsReportingModifier(Word word, bool first = false) =>
        !word.Possessive && (word.IsCapitalised
            ? _mediaNationalities.Contains(word.Core) || (first && _unnamedReportingModifiers.Contains(word.Lower))
            : _unnamedReportingModifiers.Contains(word.Lower));

    /// <summary>
    /// The last word of "reports from Sweden" / "media in China" (the noun itself when no place follows); <paramref name="outletFollows"/>
    /// when an outlet or company follows instead ("reports from the Financial Times", "a report by Bloomberg").
    /// </summary>
    private static int FromPlace(SentenceWords sentence, int noun, out bool outletFollows)
    {
        var words = sentence.Words;
        outletFollows = false;
        if (words[noun].EndsPhrase || noun + 1 >= words.Count || words[noun + 1].Lower is not ("from" or "in" or "by" or "of" or "out") || words[noun + 1].EndsPhrase)
        {
            return noun;
        }

        var k = noun + 2;
        k += k < words.Count && words[k].Lower is "the" && !words[k].EndsPhrase ? 1 : 0;
        if (k >= words.Count || !words[k].IsCapitalised || Lexicon.Months.Contains(words[k].Lower) || Lexicon.Weekdays.Contains(words[k].Lower))
        {
            return noun;
        }

        if (sentence.NameAt[k] is { } name && (name.Kind == NameKind.Outlet || words[noun + 1].Lower is "by" or "of" || Lexicon.OutletName(name.Text) is not null))
        {
            outletFollows = true;
            return noun;
        }

        if (words[noun + 1].Lower is "by" or "of" or "out")
        {
            return noun;
        }

        var last = sentence.NameAt[k] is { } place ? place.Last : k;
        return last < words.Count ? last : noun;
    }

    /// <summary>
    /// "a report said", "the newspaper reported", "French media reported", "Various reports suggest", "reports have said": unnamed
    /// reporting as a telling verb's subject, opening the sentence or a clause, no capital but a nationality in it.
    /// </summary>
    private static SourceMention? TellingUnnamedReporting(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_unnamedReportingNouns.Contains(words[i].Lower) || words[i].Possessive || words[i].EndsPhrase || i + 1 >= words.Count
            || _unnamedReportingNouns.Contains(words[i + 1].Lower) || _ownDocumentNouns.Contains(words[i + 1].Lower))
        {
            return null;
        }

        var verb = i + 1;
        while (verb < words.Count && verb - i <= 2 && _reportingAdverbs.Contains(words[verb].Lower) && !words[verb].EndsPhrase)
        {
            verb++;
        }

        if (verb >= words.Count || !_unnamedReportingVerbs.Contains(words[verb].Lower) || (words[i].IsCapitalised && i > 0 && !words[i - 1].EndsPhrase))
        {
            return null;
        }

        var first = i;
        while (first > 0 && i - first < 4 && !words[first - 1].EndsPhrase && IsReportingModifier(words[first - 1], first - 1 == 0))
        {
            first--;
        }

        // The subject opens the sentence or a clause: "…, the report said", "Last year, reports said", "and media reported".
        var opens = first == 0 || words[first - 1].EndsPhrase || words[first].Before == '(' || words[first - 1].Lower is "that" or "and" or "but" or "as"
            or "while" or "when" or "after" or "since" or "with" or "follows" or "following" or "amid" or "confirming" or "matching";
        if (!opens || (words[i].Lower is "report" or "paper" or "daily" or "publication" or "outlet" or "magazine" or "broadcaster" or "press" && first == i)
            || words[i].Lower == "reports" && first == i && i > 0 && words[i - 1].Lower is "that")
        {
            return null;
        }

        while (first < i && _reportingQuantifiers.Contains(words[first].Lower))
        {
            first++;
        }

        return words[i].InBrackets && words[first].Before != '(' ? null : Span(text, SourceKind.Named, words[first].Start, words[i].End);
    }

    /// <summary>
    /// "Analysts thought", "industry insiders caution", "Industry sources also suggest", "most analysts said", "according to company
    /// followers", "according to venture capitalists": people known by role alone, not a firm's own ("OpenAI executives said") and not
    /// a firm's analysts ("Citi analysts", "analysts at Jefferies"), which the older rules and <see cref="AnalystsAtFirm"/> read.
    /// </summary>
    private static SourceMention? UnnamedRole(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var role = words[i].Lower;
        var fieldSources = role is "sources" or "executives" or "officials" && i > 0 && _fieldWords.Contains(words[i - 1].Lower) && !words[i - 1].EndsPhrase;
        if ((!_unnamedRoles.Contains(role) && !fieldSources) || words[i].Possessive || words[i].After is '\'' or '’' || words[i].InBrackets)
        {
            return null;
        }

        var first = i;
        while (first > 0 && i - first < 3 && !words[first - 1].EndsPhrase && (!words[first - 1].IsCapitalised || first - 1 == 0 || words[first - 1].Core == "Street")
            && !words[first - 1].Possessive
            && (words[first - 1].Lower is "industry" or "market" or "banking" or "some" or "most" or "many" or "several" or "other" or "independent"
                or "sell-side" or "equity" or "company" or "venture" or "two" or "three" or "senior" or "trade" or "sector" or "financial" or "tech"
                or "stock" or "credit" or "investment" or "the" or "these" or "those" or "local" or "foreign" or "western" or "wall" or "political"
                or "fund" or "deal" or "media" or "street" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "dozen" or "of"
                || words[first - 1].Core.All(char.IsAsciiDigit)))
        {
            first--;
        }

        // Someone's own people or a firm's analysts: "OpenAI executives", "Citi analysts", "an analyst".
        var ownPeople = first > 0 && (words[first - 1].IsCapitalised || words[first - 1].Possessive) && !words[first - 1].EndsPhrase
            && !(first - 1 == 0 && words[0].Lower is "the" or "most" or "some" or "many") && words[first].Core != "Wall";
        if (ownPeople || (role is "analyst" or "insider" && (first == i || words[first].Lower is "the")))
        {
            return null;
        }

        // "analysts at Jefferies", "economists with Barclays": a firm's people, read as the firm.
        if (!words[i].EndsPhrase && i + 1 < words.Count && words[i + 1].Lower is "at" or "from" or "with" or "of" or "for")
        {
            return null;
        }

        var cited = first >= 2 && words[first - 1].Lower is "to" && words[first - 2].Lower is "according" && !words[first - 2].EndsPhrase;
        var end = i;
        if (cited)
        {
            // "according to venture capitalists, deal makers and founders".
            while (end + 1 < words.Count && end - i < 6 && !(words[end].EndsPhrase && words[end].After != ','))
            {
                end++;
            }

            return Span(text, SourceKind.Anonymous, words[first].Start, words[words[end].EndsPhrase ? end : i].End);
        }

        var verb = i + 1;
        while (verb < words.Count && verb - i <= 2 && !words[verb - 1].EndsPhrase && words[verb].Lower is "also" or "have" or "had" or "long" or "widely"
            or "generally" or "privately" or "now" or "are" or "were" or "having")
        {
            verb++;
        }

        // "Analysts, on average, estimate", "Analysts on average had expected": past "on average".
        if (i + 4 < words.Count && words[i + 1].Lower == "on" && words[i + 2].Lower == "average" && (words[i].After == ',') == (words[i + 2].After == ','))
        {
            verb = i + 3;
            verb += words[verb].Lower is "had" or "have" ? 1 : 0;
        }

        var opens = first == 0 || words[first - 1].EndsPhrase || words[first - 1].Lower is "that" or "and" or "but" or "while" or "as" or "though" or "although"
            or "said" or "say" or "says" or "with" or "of";
        return verb < words.Count && (!words[i].EndsPhrase || verb > i + 1) && _roleVerbs.Contains(words[verb].Lower) && opens
            ? Span(text, SourceKind.Anonymous, words[first].Start, words[i].End)
            : null;
    }

    /// <summary>"…, they said." / "that person said": a back-reference to unnamed people, in a sentence that names no one and cites nothing.</summary>
    private static SourceMention? TheySaid(string text, SentenceWords sentence, int i, List<SourceMention> found)
    {
        var words = sentence.Words;
        var pair = i + 1 < words.Count && words[i].Lower is "that" or "this" or "the" && words[i + 1].Lower is "person" && !words[i].EndsPhrase;
        var last = pair ? i + 1 : i;
        if (!(pair || words[i].Lower is "they") || last + 1 >= words.Count || words[last].EndsPhrase
            || words[last + 1].Lower is not ("said" or "say" or "says" or "added"))
        {
            return null;
        }

        // After a clause ("…, they said.") or opening a sentence ("They said." / "They said that …").
        var placed = i == 0
            ? words[last + 1].EndsPhrase || (words[last + 1].After == '\0' && last + 2 < words.Count && words[last + 2].Lower == "that")
            : words[i - 1].EndsPhrase;
        if (!placed)
        {
            return null;
        }

        // Never when a source or a person is named, nor when "they" may be parties the sentence names ("QIA and Blue Owl Capital have
        // signed …, they said", "Both companies will …, they said").
        var parties = words.Take(i).Any(w => w.Lower is "both" or "companies" or "firms" or "partners" or "pair" or "groups" or "banks")
            || sentence.Names.Count(n => n.Last < i && n.Kind != NameKind.Person) >= 2;
        return found.Count > 0 || parties || sentence.Names.Any(n => n.Kind == NameKind.Person)
            ? null
            : Span(text, SourceKind.Anonymous, words[i].Start, words[last].End);
    }

    /// <summary>"Analysts at Jefferies said", "economists at Goldman Sachs expect": a firm's unnamed analysts are the firm (S6).</summary>
    private static SourceMention? AnalystsAtFirm(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("analysts" or "strategists" or "economists") || words[i].EndsPhrase || i + 2 >= words.Count
            || words[i + 1].Lower is not ("at" or "from" or "with") || words[i + 1].EndsPhrase)
        {
            return null;
        }

        // Not "Jane Doe, one of the analysts at X, said": someone named speaks.
        if (i > 0 && words[..i].Any(w => w.EndsPhrase && w.After == ',') && sentence.Names.Any(n => n.Kind == NameKind.Person && n.Last < i))
        {
            return null;
        }

        var k = i + 2;
        k += words[k].Lower is "the" && k + 1 < words.Count ? 1 : 0;
        if (sentence.NameAt[k] is not { Kind: not NameKind.Person } firm || firm.First != k)
        {
            return null;
        }

        // The firm's analysts tell something: a telling verb follows the name (maybe after "led by …" or a comma'd aside).
        var verb = firm.Last + 1;
        while (verb < words.Count && verb - firm.Last <= 6 && !_firmAnalystVerbs.Contains(words[verb].Lower))
        {
            verb++;
        }

        var cited = i >= 2 && words[i - 1].Lower == "to" && words[i - 2].Lower == "according";
        return cited || (verb < words.Count && _firmAnalystVerbs.Contains(words[verb].Lower)) ? Span(text, SourceKind.Named, firm.Start, firm.End) : null;
    }
}
