namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Outlets named as sources: "Reuters reported", "Bloomberg News has reported", "Reuters’ reporting", an outlet's own sources
/// or knowledge ("Reuters' sources", "Sky understands that", "Nikkei has learned"), "quoted by Reuters", "(via Reuters)", the outlet a
/// speaker told or was contacted by, a document an outlet has seen, outlets listed ("outlets such as TechCrunch"), and what is no
/// outlet's report (a company reporting its own results, a second journalist, a report noun that is no report).
/// </summary>
internal static partial class SourceRules
{
    private static readonly HashSet<string> _reportVerbs = new(StringComparer.Ordinal)
    {
        "reported", "reports", "revealed", "disclosed", "wrote", "writes", "noted", "said", "says", "detailed", "published", "cited",
        "broke", "highlighted", "added", "described", "echoed", "framed", "quoted", "learned", "learnt",

        // Since the seventh round: "Bloomberg confirmed late Friday that" (outlets only: an organisation needs "reported").
        "confirmed",
    };

    /// <summary>What an outlet is, written after its name: "the state-run Wam news agency reported".</summary>
    private static readonly HashSet<string> _outletKinds = new(StringComparer.Ordinal)
    {
        "news", "agency", "newspaper", "daily", "wire", "service", "broadcaster", "television", "magazine", "website", "newswire",
    };

    private static bool IsOutletish(Name name) => Lexicon.OutletName(name.Text) is not null;

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
        return CitedByReportVerb(words, name, next);
    }

    /// <summary>Reads the report verb at <paramref name="next"/> after a name: "CNBC, citing a person familiar", "..., Coindesk reports.".</summary>
    private static bool CitedByReportVerb(List<Word> words, Name name, int next)
    {
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

        return words[next].Lower is ("reported" or "revealed") && ReportedNotOwnResults(words, next);
    }

    /// <summary>Reads what follows "reported" / "revealed": "reported that / on / earlier", not "Alphabet reported revenue of".</summary>
    private static bool ReportedNotOwnResults(List<Word> words, int next)
    {
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

    /// <summary>"Bloomberg was (the) first to report the talks".</summary>
    private static bool FirstToReport(List<Word> words, Name name, int next) =>
        name.Kind == NameKind.Outlet && words.Skip(next).Take(5).Select(w => w.Lower).ToList() is var rest
        && rest.FirstOrDefault() is "was" or "were" && string.Join(' ', rest.Skip(1)) is var verb
        && (verb.StartsWith("first to report", StringComparison.Ordinal) || verb.StartsWith("the first to report", StringComparison.Ordinal));

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

    /// <summary>"outlets such as TechCrunch and The Information", "publications like X, Y and Z": each listed name, outlets or not.</summary>
    private static List<SourceMention>? OutletsListed(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var k = i + 1 < words.Count && words[i + 1].Lower is "like" or "including" ? i + 2
            : i + 2 < words.Count && words[i + 1].Lower == "such" && words[i + 2].Lower == "as" ? i + 3 : -1;
        if (k < 0 || (words[i].Lower == "sources" && words[i].After != ','))
        {
            // "sources including a senior official" are people; only "sources, such as 36Kr," lists outlets.
            return [];
        }

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

        return lower == "citing" && i >= 2 ? OutletBeforeCiting(sentence, i) : null;
    }

    /// <summary>"Bloomberg I mentioned Friday (June 12), citing unnamed sources": an outlet a few words before "citing" at <paramref name="i"/>, with no verb or other name between.</summary>
    private static Name? OutletBeforeCiting(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
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

        return null;
    }

    /// <summary>
    /// Words of a speaker's contact with an outlet: "an explanation to CNBC", "shared details with WIRED". Not "a statement shared with" or
    /// "contacted by" an outlet: the corpus labels those both ways, as the writing outlet's own contact (blind15, blind22) and as a source (blind25).
    /// </summary>
    private static readonly HashSet<string> _eleventhContactWords = new(StringComparer.Ordinal)
    {
        "explanation", "explained", "details", "information", "interview", "spoke", "speaking", "remarks", "told",
    };

    /// <summary>Bodies a person tells that are no outlets: "told Parliament", "told Congress".</summary>
    private static readonly HashSet<string> _eleventhToldBodies = new(StringComparer.Ordinal)
    {
        "Parliament", "Congress", "Senate", "Court", "Committee", "Council", "Assembly", "Cabinet", "Board", "Lawmakers", "Shareholders",
    };

    /// <summary>"offered a measured explanation to CNBC", "shared details with WIRED", "when contacted by Reuters", "told Latitude Media,".</summary>
    private static Name? EleventhContacted(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i + 1 >= words.Count || words[i].EndsPhrase || sentence.NameAt[i + 1] is not { Kind: not NameKind.Person } outlet || outlet.First != i + 1)
        {
            return null;
        }

        // "CEO Chase Lochmiller told Latitude Media, …": a person telling a name that ends the clause is telling an outlet.
        if (words[i].Lower is "told" or "tells" && i >= 1 && sentence.NameAt[i - 1] is { Kind: NameKind.Person }
            && (words[outlet.Last].EndsPhrase || outlet.Last + 1 == words.Count) && !_eleventhToldBodies.Contains(words[outlet.Last].Core))
        {
            return outlet;
        }

        // A known outlet after "to", "with" or "by" a few words after a contact word.
        return outlet.Kind == NameKind.Outlet && words[i].Lower is "to" or "with" or "by"
            && words.Skip(Math.Max(0, i - 4)).Take(Math.Min(4, i)).Any(w => _eleventhContactWords.Contains(w.Lower))
            && !words.Skip(Math.Max(0, i - 4)).Take(Math.Min(4, i)).Any(w => w.Lower is "statement" or "statements")
            ? outlet
            : null;
    }

    /// <summary>What a document an outlet has seen is called: "a term sheet seen by", "an offering document seen by".</summary>
    private static readonly HashSet<string> _eleventhDocuments = new(StringComparer.Ordinal)
    {
        "document", "documents", "sheet", "memo", "letter", "email", "emails", "presentation", "deck", "filing", "filings", "prospectus",
        "draft", "copy", "records", "contract", "proposal", "note", "materials", "agreement", "report",
    };

    /// <summary>"A term sheet seen by TechCabal", "an offering document seen by Bloomberg": the outlet that saw a document.</summary>
    private static Name? EleventhSeenBy(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        return words[i].Lower is "seen" or "reviewed" or "viewed" && i >= 1 && i + 2 < words.Count && words[i + 1].Lower == "by"
            && _eleventhDocuments.Contains(words[i - 1].Lower) && !words[i - 1].EndsPhrase
            && sentence.NameAt[i + 2] is { Kind: not NameKind.Person } outlet && outlet.First == i + 2
                ? outlet
                : null;
    }
}
