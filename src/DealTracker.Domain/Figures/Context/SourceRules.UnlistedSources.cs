namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the unlisted-sources sweep (<c>UnlistedSourcesSweepTests</c>): organisations a sentence cites that no outlet or provider list
/// knows, read from the frame that cites them. Read last of the rounds' rules; a found fragment of a longer name ("Labs Ltd" of "Fintech
/// Labs Ltd", "Juzi" of "IT Juzi") is replaced by the whole name.
/// <list type="bullet">
/// <item>Told: a person, spokesperson or unnamed source telling an organisation ("…, Ahmet Yilmaz told Anadolu Agency", "a source close
/// to the matter told e27 on Monday", "Kacır told daily Milliyet"); a company telling another ("OpenAI told Microsoft") is none.</item>
/// <item>Houses: a brokerage, bank or research house speaking after a comma ("…, said Nirmal Bang Institutional Equities."), through its
/// analysts ("analysts at UBS said", "KBW analysts wrote"), or predicting ("Morgan Stanley in July predicted", "X expects that").</item>
/// <item>Reports by: "a report compiled / published / released / issued by X", "which was compiled by the research unit of X", "a study
/// conducted by X", "data collected by X" — the name past its descriptors ("the Chinese tech news portal 36Kr" → 36Kr).</item>
/// <item>Described: "according to Africa the Big Deal, an African venture investment analytics firm", "According to a corporate
/// database, Tianyancha," — an appositive saying the name is a data, research or news organisation.</item>
/// <item>Two outlets: "as first reported by 36kr and confirmed by LatePost", "as reported by local media including A and B".</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Words that make the subject of "told" a person (people tell outlets; companies tell companies).</summary>
    private static readonly HashSet<string> _tellerWords = new(StringComparer.Ordinal)
    {
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "executive", "executives", "officer", "founder",
        "co-founder", "cofounder", "chief", "ceo", "cfo", "coo", "cto", "president", "chairman", "chairwoman", "chair", "director", "head",
        "manager", "official", "officials", "source", "sources", "people", "person", "partner", "minister", "analyst", "analysts", "insider",
        "insiders", "employee", "lawyer", "banker", "bankers", "secretary", "governor", "adviser", "advisor", "economist", "he", "she",
        "they", "investor", "investors", "owner", "boss",
    };

    /// <summary>Media descriptors between "told" and the name: "told daily Milliyet", "told news agency X".</summary>
    private static readonly HashSet<string> _toldDescriptors = new(StringComparer.Ordinal)
    {
        "daily", "newspaper", "news", "agency", "broadcaster", "channel", "magazine", "weekly", "outlet", "website", "portal", "paper",
        "business", "financial", "tabloid", "state", "media", "site", "publication", "wire", "service", "local", "broadcaster", "tv",
    };

    /// <summary>Words of organisations' names, never of a person's: "Saudi Aramco", "Tata Group".</summary>
    private static readonly HashSet<string> _organisationWords = new(StringComparer.Ordinal)
    {
        "Group", "Capital", "Inc", "Corp", "Bank", "Holdings", "Partners", "Ventures", "Technologies", "Labs", "Motors", "Energy", "Industries",
        "Fund", "Investments", "Investment", "Management", "Platforms", "Systems", "Networks", "Company", "Co", "Ltd", "Aramco", "Microsoft",
        "Google", "Amazon", "Apple", "Meta", "Nvidia", "Authority", "Ministry", "Commission", "Council", "Government", "Global", "International",
    };

    /// <summary>Told bodies that are no outlet: "told Congress".</summary>
    private static readonly HashSet<string> _toldBodies = new(StringComparer.Ordinal)
    {
        "Congress", "Parliament", "Senate", "Lords", "Commons",

        // Since the twenty-ninth session, for any name after "told" (SourceRules.Citations.cs): more assemblies, courts and boards.
        "House", "Assembly", "Diet", "Bundestag", "Court", "Board", "Commission", "Lok Sabha", "Rajya Sabha",
    };

    /// <summary>Words that may follow the name told: the clause goes on with what was said, or when or how.</summary>
    private static readonly HashSet<string> _afterTold = new(StringComparer.Ordinal)
    {
        "that", "on", "in", "last", "this", "earlier", "late", "yesterday", "today", "during", "recently", "the", "it", "its", "a", "an",
        "their", "they", "he", "she", "we",
    };

    /// <summary>Houses no older list holds, cited under these names: lower-case brands and Chinese research houses.</summary>
    private static readonly HashSet<string> _moreHouses = new(StringComparer.Ordinal)
    {
        "iResearch", "eMarketer", "iiMedia", "iiMedia Research", "Analysys", "KBW", "Keefe, Bruyette & Woods", "Motilal Oswal",
        "Prabhudas Lilladher", "JM Financial", "Nirmal Bang", "Sanford C. Bernstein", "Sanford C Bernstein", "BofA Global Research",
    };

    /// <summary>Last words that make a run a house: "Mirae Asset Securities", "JM Financial", "Daiwa Capital Markets".</summary>
    private static readonly HashSet<string> _moreHouseEndings = new(StringComparer.Ordinal)
    {
        "Research", "Securities", "Equities", "Financial", "Markets", "Analytics", "Intelligence", "Consulting", "Consultants", "Economics",
        "Ratings", "Advisors", "Advisers",
    };

    /// <summary>Participles a report is made with, before "by": "a report compiled by", "a study conducted by".</summary>
    private static readonly HashSet<string> _madeBy = new(StringComparer.Ordinal)
    {
        "compiled", "published", "released", "issued", "conducted", "prepared", "produced", "collected", "gathered", "commissioned", "authored",
        "out",
    };

    /// <summary>Participles a report is cited with, before "by", no report noun needed: "as first reported by A and confirmed by B".</summary>
    private static readonly HashSet<string> _toldBy = new(StringComparer.Ordinal)
    {
        "reported", "confirmed", "revealed",
    };

    /// <summary>What was made: "a report / study / survey / figures / data … compiled by".</summary>
    private static readonly HashSet<string> _madeNouns = new(StringComparer.Ordinal)
    {
        "report", "reports", "study", "studies", "survey", "figures", "data", "research", "analysis", "ranking", "index", "list", "paper",
        "estimates", "statistics", "numbers", "review", "tally", "whitepaper", "note", "forecast", "forecasts", "findings",
    };

    /// <summary>Words between a participle and "by": "published on Monday by", "released jointly by".</summary>
    private static readonly HashSet<string> _madeWhenWords = new(StringComparer.Ordinal)
    {
        "on", "last", "this", "week", "month", "year", "earlier", "jointly", "separately", "recently", "today", "yesterday", "later",
        "individually", "first", "initially", "also", "then",
    };

    /// <summary>Words that end the words after "by": the name is before them.</summary>
    private static readonly HashSet<string> _afterByStops = new(StringComparer.Ordinal)
    {
        "on", "in", "from", "which", "that", "showed", "shows", "show", "said", "says", "found", "finds", "for", "last", "this", "earlier",
        "and", "revealed", "reveals", "indicated", "indicates", "highlighted", "suggests", "suggested", "noted", "notes", "with", "as",
        "at", "to", "is", "was", "has", "had", "were", "are",
    };

    /// <summary>Words of an appositive that make the name before it a data, research or news organisation.</summary>
    private static readonly HashSet<string> _providerWords = new(StringComparer.Ordinal)
    {
        "data", "analytics", "research", "intelligence", "information", "database", "tracker", "publication", "news", "media", "outlet",
        "portal", "newspaper", "provider", "consultancy", "researcher", "daily", "magazine", "newswire", "agency", "platform",
    };

    /// <summary>Verbs of a view or finding a house, provider or outlet tells.</summary>
    private static readonly HashSet<string> _viewVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "estimates", "estimated", "expects", "expected", "forecasts", "forecast", "predicts", "predicted", "projects",
        "projected", "believes", "wrote", "writes", "noted", "notes", "reported", "reports", "found", "finds", "stated", "states",
        "calculates", "calculated", "reckons", "thinks", "observed", "showed", "shows",
    };

    /// <summary>Adds the organisations cited in the frames above, then drops a platform read as the author of a post ("WeChat").</summary>
    private static void UnlistedSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 1; i < words.Count; i++)
        {
            foreach (var run in ToldOrganisation(sentence, i).Concat(HouseSpeaking(sentence, i)).Concat(MadeBy(sentence, i)).Concat(DescribedProvider(sentence, i)))
            {
                AddUnlisted(text, words, run, found, seenNames);
            }
        }

        if (HousePredicting(sentence, 0) is { } opening)
        {
            AddUnlisted(text, words, opening, found, seenNames);
        }

        // "In the latest research report on March 1, Morgan Stanley stated that": a house opening a clause after a comma.
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k - 1].After == ',' && HousePredicting(sentence, k) is { } house && IsHouse(words, house))
            {
                AddUnlisted(text, words, house, found, seenNames);
            }
        }

        // "according to a WeChat post by Fortera": the platform is where the party posted, not who.
        found.RemoveAll(f => f.Kind == SourceKind.Named && f.Name is "WeChat" or "Weibo" or "LinkedIn" or "Twitter" or "Facebook" or "Instagram"
            && sentence.WordAtOrAfter(f.Start + f.Length) is var k && k < words.Count && words[k].Lower is "post" or "posts" or "account" or "page" or "blog");
    }

    /// <summary>Adds a run unless it is a weekday or month, or a found source covers it.</summary>
    private static void AddUnlisted(string text, List<Word> words, (int First, int Last) run, List<SourceMention> found, HashSet<int> seenNames)
    {
        var first = words[run.First].Lower == "the" && run.First < run.Last ? run.First + 1 : run.First;
        if (Lexicon.Weekdays.Contains(words[first].Lower) || Lexicon.Months.Contains(words[first].Lower))
        {
            return;
        }

        // A source already read from the same words or before them is kept ("Bloomberg" of "told Bloomberg TV"); one starting inside
        // the run is a cut-off head's tail ("Labs Ltd" of "Fintech Labs Ltd") and gives way.
        var start = words[first].Start;
        // A title holding a small word ("Tech in Asia") is read whole over its first word, listed or not.
        var title = Enumerable.Range(first, run.Last - first + 1).Any(k => words[k].Core is "in" or "the" or "of");
        if (found.Any(f => f.Kind == SourceKind.Named && (f.Start < start || (f.Start == start && !title && (Lexicon.OutletName(f.Name) is not null
                || _analystHouses.Contains(f.Name)))) && f.Start + f.Length > start))
        {
            return;
        }

        AddRun(text, words, (first, run.Last), found, seenNames);
    }

    /// <summary>A word that can be part of a name: capitalised ("Kyodo", "xAI") or a brand written with digits ("36kr", "e27", "Inc42").</summary>
    private static bool NameLike(Word word) =>
        !word.InBrackets && !word.Core.EndsWith("-based", StringComparison.Ordinal) && (word.IsCapitalised || (word.Core.Any(char.IsDigit) && word.Core.Any(char.IsLetter) && word.Core.All(char.IsLetterOrDigit)));

    /// <summary>
    /// A name from word <paramref name="j"/>: name-like words, joined by "of" / "&amp;" / "in" / a small "the" before more ("Africa the Big
    /// Deal", "Tech in Asia"), by "and" only after an "of" ("China Academy of Information and Communications Technology").
    /// </summary>
    private static (int First, int Last)? NameFrom(List<Word> words, int j)
    {
        if (j < words.Count && words[j].Lower == "the" && j + 1 < words.Count && NameLike(words[j + 1]))
        {
            j++;
        }

        if (j >= words.Count || !NameLike(words[j]))
        {
            return null;
        }

        var last = j;
        var sawOf = false;
        while (!words[last].EndsPhrase && !words[last].Possessive && last + 1 < words.Count && last - j < 8)
        {
            var next = words[last + 1];
            if (NameLike(next))
            {
                last++;
            }
            else if (last + 2 < words.Count && NameLike(words[last + 2]) && !next.EndsPhrase
                && (next.Lower is "of" or "&" || (next.Core is "the" or "in" && words[last + 2].IsCapitalised && !IsDate(words[last + 2])) || (next.Lower == "and" && sawOf)))
            {
                sawOf |= next.Lower == "of";
                last += 2;
            }
            else
            {
                break;
            }
        }

        return (j, last);
    }

    /// <summary>A name ending at word <paramref name="last"/>, joined the same ways, read backwards (at most nine words).</summary>
    private static (int First, int Last)? NameEndingAt(List<Word> words, int last)
    {
        if (last < 0 || !NameLike(words[last]))
        {
            return null;
        }

        var first = last;
        while (first > 0 && last - first < 8 && !words[first - 1].EndsPhrase && !words[first - 1].Possessive)
        {
            var before = words[first - 1];
            if (NameLike(before))
            {
                first--;
            }
            else if (first > 1 && NameLike(words[first - 2]) && !words[first - 2].EndsPhrase
                && (before.Lower is "of" or "&" or "and" || (before.Core is "the" or "in" && words[first].IsCapitalised && !IsDate(words[first]))))
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        // "and" joins only inside an "of" name ("China Academy of Information and Communications Technology").
        for (var k = first; k < last; k++)
        {
            if (words[k].Lower == "and" && !Enumerable.Range(first, k - first).Any(m => words[m].Lower == "of"))
            {
                first = k + 1;
            }
        }

        return (first, last);
    }

    /// <summary>A month or day name: it dates a report rather than names its author ("according to the report on Monday").</summary>
    private static bool IsDate(Word word) => Lexicon.Months.Contains(word.Lower) || Lexicon.Weekdays.Contains(word.Lower);

    /// <summary>A lower-case brand standing alone as a name ("itjuzi"), not a common noun ("the company").</summary>
    private static bool LowerBrand(Word word) =>
        word.Core.Length > 2 && word.Core.All(char.IsAsciiLetterLower) && !word.InBrackets
        && word.Core is not ("company" or "firm" or "group" or "government" or "ministry" or "bank" or "authority" or "commission" or "researchers"
            or "analysts" or "investors" or "people" or "media" or "itself" or "others" or "companies" or "firms" or "the" or "startup" or "startups"
            or "website" or "platform" or "database" or "tracker" or "outlet" or "portal" or "newspaper" or "agency" or "unit" or "arm" or "team"
            or "industry" or "market" or "sources" or "source" or "data" or "report" or "its" or "their" or "his" or "her");

    private static bool Recurs(SentenceWords sentence, (int First, int Last) run)
    {
        var words = sentence.Words;
        var core = words[run.First].Core;
        return words.Where((w, k) => (k < run.First || k > run.Last) && w.Core == core).Any();
    }

    /// <summary>
    /// Since the twenty-ninth session, for "told" in <c>SourceRules.Citations.cs</c>: whether the name finder's organisation opens at word
    /// <paramref name="from"/> (past "the") and ends its clause: the phrase ends after it, the sentence does, or "that", a time word or
    /// "in" follows ("told the Inquirer in an interview"). Not one of <see cref="_toldBodies"/>, a place, or a family ("told the
    /// Glazers"). <see cref="ToldOrganisation"/> reads a capitalised run instead and needs a teller or a media word; this needs neither,
    /// as the name finder has already found an organisation there ("Mauricio told the Inquirer", "Baker tells SmartCompany Plus").
    /// </summary>
    private static bool IsToldNameEndingTheClause(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        var article = from < words.Count && words[from].Lower == "the";
        var i = article ? from + 1 : from;
        if (i >= words.Count || sentence.NameAt[i] is not { Kind: NameKind.Organisation or NameKind.Outlet, Possessive: false } name || name.First != i
            || _toldBodies.Contains(name.Text) || _toldBodies.Contains(words[name.Last].Core) || Lexicon.Places.Contains(name.Text)
            || (article && name.First == name.Last && words[i].Core.EndsWith('s')))
        {
            return false;
        }

        return words[name.Last].EndsPhrase || name.Last + 1 == words.Count
            || words[name.Last + 1].Lower is "that" or "in" or "on" or "last" or "earlier" or "this" or "recently" or "yesterday" or "today";
    }

    /// <summary>"…, Ahmet Yilmaz told Anadolu Agency", "a source close to the matter told e27 on Monday", "Kacır told daily Milliyet".</summary>
    private static IEnumerable<(int First, int Last)> ToldOrganisation(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("told" or "tells") || words[i].EndsPhrase || i + 1 >= words.Count)
        {
            yield break;
        }

        // The teller: a role or unnamed source up to eight words back in its clause, or a person's name right before.
        var person = false;
        for (var k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            if (_tellerWords.Contains(words[k].Lower) || sentence.NameAt[k] is { Kind: NameKind.Person })
            {
                person = true;
                break;
            }

            if (words[k].EndsPhrase && words[k].After != ',')
            {
                break;
            }
        }

        // A name of two or three plain capitalised words opening the clause before "told" is a person's ("Kenji Tanaka told").
        if (!person && NameEndingAt(words, i - 1) is { } teller && teller.Last - teller.First is 1 or 2
            && (teller.First == 0 || words[teller.First - 1].After == ',' || words[teller.First - 1].Lower is "and" or "but")
            && Enumerable.Range(teller.First, teller.Last - teller.First + 1).All(k => words[k].Core.All(char.IsLetter) && !char.IsUpper(words[k].Core[^1])
                && !_organisationWords.Contains(words[k].Core))
            && sentence.NameAt[teller.First] is not { Kind: NameKind.Outlet })
        {
            person = true;
        }

        var j = i + 1;
        var described = false;
        while (j < words.Count && (words[j].Core == "the" || (_toldDescriptors.Contains(words[j].Core) && words[j].Core != "the")) && !words[j].EndsPhrase)
        {
            described |= words[j].Core != "the";
            j++;
        }

        if (NameFrom(words, j) is not { } run || sentence.NameAt[run.First] is { Kind: NameKind.Person } || _toldBodies.Contains(words[run.First].Core)
            || Recurs(sentence, run))
        {
            yield break;
        }

        // A name ending in a media word is an outlet whoever tells it; a single word only when a person tells it.
        var media = words[run.Last].Core is "Agency" or "News" or "Press" or "Times" or "Post" or "Herald" or "Journal" or "Daily" or "Media"
            or "Tribune" or "Gazette" or "Telegraph" or "Chronicle" or "Review" or "Observer" or "Express" or "Standard" or "Insider";
        var ends = words[run.Last].EndsPhrase || run.Last + 1 == words.Count || _afterTold.Contains(words[run.Last + 1].Lower);
        if (ends && (media || person || described) && words[i - 1].Lower is not ("company" or "firm"))
        {
            yield return run;
        }
    }

    /// <summary>Whether a run names a brokerage, bank or research house.</summary>
    private static bool IsHouse(List<Word> words, (int First, int Last) run)
    {
        var name = string.Join(' ', words.Skip(run.First).Take(run.Last - run.First + 1).Select(w => w.Core));
        var acronym = run.First == run.Last && words[run.First].Core.Length is >= 2 and <= 5 && words[run.First].Core.All(char.IsAsciiLetterUpper);
        return _analystHouses.Contains(name) || _moreHouses.Contains(name) || _moreHouseEndings.Contains(words[run.Last].Core) || acronym
            || _analystHouses.Contains(words[run.First].Core) || _moreHouses.Contains(words[run.First].Core);
    }

    /// <summary>"…, said Jefferies.", "…, said X in a note to clients", "analysts at UBS said", "KBW analysts wrote", "…, X predicted."</summary>
    private static IEnumerable<(int First, int Last)> HouseSpeaking(SentenceWords sentence, int i)
    {
        var words = sentence.Words;

        // "…, said Nirmal Bang Institutional Equities." / "…, said X in a note to clients" / "…, said X, a research firm."
        if (words[i].Lower is "said" or "says" or "wrote" or "writes" or "noted" or "notes" or "predicted" or "estimated" && words[i - 1].After == ','
            && !words[i].EndsPhrase && NameFrom(words, i + 1) is { } run && !IsPersonRun(sentence, run) && !Recurs(sentence, run))
        {
            var after = run.Last + 1;
            var ends = words[run.Last].EndsPhrase || after == words.Count;
            var note = after + 2 < words.Count && words[after].Lower == "in" && Window(words, after + 1, 3) is var w
                && (w.Contains("note", StringComparison.Ordinal) || w.Contains("report", StringComparison.Ordinal));
            var day = after + 1 < words.Count && words[after].Lower == "on" && Lexicon.Weekdays.Contains(words[after + 1].Lower);
            // "said Pierre Ferragu of New Street Research, a firm of IT analysts": the house after "of".
            var of = Enumerable.Range(run.First, run.Last - run.First + 1).FirstOrDefault(k => words[k].Lower == "of");
            if (of > run.First && IsHouse(words, (of + 1, run.Last)))
            {
                yield return (of + 1, run.Last);
            }
            else if (of == 0 && ((IsHouse(words, run) && (ends || day || note)) || note))
            {
                yield return run;
            }
        }

        // "…, Bernstein predicted.", "…, X estimated.": a house's view verb ending the clause after a comma.
        if (words[i].Lower is "predicted" or "estimated" or "forecast" or "wrote" && (words[i].EndsPhrase || i + 1 == words.Count)
            && NameEndingAt(words, i - 1) is { } before && before.First > 0 && words[before.First - 1].After == ',' && IsHouse(words, before)
            && !Recurs(sentence, before))
        {
            yield return before;
        }

        // "analysts at UBS said", "Analysts at X estimate that".
        if (_analystWords.Contains(words[i].Lower) && i + 2 < words.Count && words[i + 1].Lower == "at" && NameFrom(words, i + 2) is { } at
            && at.Last + 1 < words.Count && words[at.Last + 1].Lower is "said" or "say" or "says" or "wrote" or "write" or "estimate" or "estimated"
                or "expect" or "expected" or "predict" or "predicted" or "note" or "noted" or "forecast" or "believe" or "see" or "think")
        {
            yield return at;
        }

        // "KBW analysts wrote", "the Jefferies analysts wrote in their report", "KBW analyst Michael Brown writes that".
        if (_analystWords.Contains(words[i].Lower) && !words[i - 1].EndsPhrase && NameEndingAt(words, i - 1) is { } firm && !IsPersonRun(sentence, firm)
            && (IsHouse(words, firm) || (sentence.NameAt[firm.Last] is { Kind: not NameKind.Person } && firm.First > 0)))
        {
            var verb = i + 1;
            if (!words[i].Lower.EndsWith('s') && CapitalRun(words, i + 1, joinAnd: false) is { } analyst)
            {
                verb = analyst.Last + 1;
            }

            if (verb < words.Count && _viewVerbs.Contains(words[verb].Lower) || verb < words.Count && words[verb].Lower is "write" or "estimate"
                or "expect" or "predict" or "believe" or "see" or "note" or "say")
            {
                yield return firm;
            }
        }
    }

    /// <summary>"Morgan Stanley in July predicted …", "X predicted last year that", "X expects that", "Morgan Stanley stated that".</summary>
    private static (int First, int Last)? HousePredicting(SentenceWords sentence, int at)
    {
        var words = sentence.Words;
        if (NameFrom(words, at) is not { } run || IsPersonRun(sentence, run) || Recurs(sentence, run) || words[run.Last].EndsPhrase)
        {
            return null;
        }

        // Past a time phrase: "in July", "last year", "earlier this year", "on Monday", "recently".
        var v = run.Last + 1;
        while (v < words.Count && (words[v].Lower is "in" or "on" or "last" or "earlier" or "this" or "recently" or "previously" or "has" or "have"
                   or "had" or "also" or "year" or "week" or "month" || Lexicon.Months.Contains(words[v].Lower) || Lexicon.Weekdays.Contains(words[v].Lower))
               && v - run.Last <= 4)
        {
            v++;
        }

        if (v >= words.Count || v + 1 >= words.Count)
        {
            return null;
        }

        var verb = words[v].Lower;
        var next = words[v + 1].Lower;
        var finding = verb is "predicted" or "predicts"
            || (verb is "forecast" or "forecasts" or "projected" or "projects" or "stated" or "estimates" or "estimated" && next == "that");
        var expects = verb is "expects" or "expected" && next == "that";
        // The view goes on with what is predicted, never with the predictor's own plans ("expects to invest", "predicted its own …").
        var ownMatter = next is "to" or "its" or "their" or "it" or "we" || (next == "that" && v + 2 < words.Count && words[v + 2].Lower is "its" or "it" or "their" or "we");
        var house = IsHouse(words, run);
        var organisation = sentence.NameAt[run.First] is { Kind: NameKind.Organisation or NameKind.Outlet } && verb is "predicted" or "predicts";
        return !ownMatter && (((finding || expects) && house) || organisation) ? run : null;
    }

    /// <summary>
    /// "a report compiled by the Chinese tech news portal 36Kr", "which was compiled by the research unit of 36Kr Holdings", "a study
    /// conducted by X", "as first reported by 36kr and confirmed by LatePost", "reports published on Monday by local media A and B".
    /// </summary>
    private static IEnumerable<(int First, int Last)> MadeBy(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower != "by" || i + 1 >= words.Count)
        {
            yield break;
        }

        // The participle, past when-words ("published on Monday by"), and what it made.
        var p = i - 1;
        while (p > 0 && (_madeWhenWords.Contains(words[p].Lower) || Lexicon.Weekdays.Contains(words[p].Lower)) && i - p <= 4)
        {
            p--;
        }

        var participle = words[p].Lower;
        // "a report by the research unit of X": a report noun right before "by" makes it as a participle does.
        var byNoun = p == i - 1 && participle is "report" or "study" or "survey" or "analysis";
        var made = byNoun || (_madeBy.Contains(participle) && (participle != "out" || (p > 0 && words[p - 1].Lower == "carried")));
        // "confirmed / revealed by" only after "reported by" ("the deal was confirmed by Microsoft" is a party).
        var told = participle == "reported" || (_toldBy.Contains(participle) && Enumerable.Range(0, p).Any(k => words[k].Lower == "reported"));
        if (!made && !told)
        {
            yield break;
        }

        var q = participle == "out" ? p - 1 : p;
        var noun = false;
        for (var k = q - 1; k >= 0 && k >= q - 9; k--)
        {
            if (_madeNouns.Contains(words[k].Lower) && (k == q - 1 || words[k].EndsPhrase || Window(words, k + 1, q - k - 1).Contains("which", StringComparison.Ordinal)
                || words[k + 1].Lower is "which" or "that"))
            {
                noun = true;
                break;
            }
        }

        if (made && !noun && !byNoun)
        {
            yield break;
        }

        // The words after "by" up to a stop: descriptors, then the name ("the Chinese tech news portal 36Kr", "the research unit of X").
        var from = i + 1;
        var end = from;
        while (end < words.Count && end - from < 12 && !(_afterByStops.Contains(words[end].Lower) && end > from
                   && !(words[end].Lower == "and" && (InOfName(words, from, end) || !Enumerable.Range(from, end - from).Any(k => NameLike(words[k]))))
                   && !(words[end].Core == "in" && end == from + 1 && NameLike(words[from]) && end + 1 < words.Count && words[end + 1].IsCapitalised
                        && !IsDate(words[end + 1]))))
        {
            // "media including A and B", "local media such as A": the names follow. (A one-word name may go on with "in" and a capitalised
            // word: "Tech in Asia".)
            if (words[end].Lower is "including" or "such" && end + 1 < words.Count)
            {
                from = words[end].Lower == "such" && words[end + 1].Lower == "as" ? end + 2 : end + 1;
                end = from;
                continue;
            }

            if (words[end].EndsPhrase)
            {
                // "by the market intelligence platform, Briter Bridges, which": past a comma after descriptors alone.
                if (words[end].After == ',' && Enumerable.Range(from, end - from + 1).All(k => !NameLike(words[k])) && end + 1 < words.Count
                    && words[end].Lower is "platform" or "firm" or "company" or "provider" or "tracker" or "database" or "publication" or "outlet"
                        or "portal" or "service" or "consultancy" or "agency" or "researcher" or "newspaper" or "daily" or "magazine")
                {
                    from = end + 1;
                    end = from;
                    continue;
                }

                break;
            }

            end++;
        }

        var last = Math.Min(end, words.Count - 1);
        if (last > from && (_afterByStops.Contains(words[last].Lower) && !words[last - 1].EndsPhrase || !NameLike(words[last]))
            && !(LowerBrand(words[last]) && words[last - 1].Lower == "of"))
        {
            last--;
        }

        var run = NameEndingAt(words, last) is { } r && r.First >= from ? r : ((int First, int Last)?)null;
        if (run is null && LowerBrand(words[last]) && (last == from || words[last - 1].Lower == "of")
            && (words[last].EndsPhrase || last + 1 == words.Count || _afterByStops.Contains(words[last + 1].Lower)))
        {
            // A lower-case brand alone after "by" or "the research unit of": "a report issued by itjuzi".
            run = (last, last);
        }

        if (run is not { } name)
        {
            yield break;
        }

        // "subsequently confirmed by CoreWeave in a press release": a party confirming, not a second outlet.
        var release = name.Last + 3 < words.Count && words[name.Last + 1].Lower == "in" && Window(words, name.Last + 2, 3) is var said
            && (said.Contains("release", StringComparison.Ordinal) || said.Contains("statement", StringComparison.Ordinal) || said.Contains("filing", StringComparison.Ordinal));
        if (participle != "reported" && (release || Recurs(sentence, name)))
        {
            yield break;
        }

        // "a report by Bain and Company": one firm, whose name holds "and".
        if (name.Last + 2 < words.Count && words[name.Last + 1].Lower == "and" && words[name.Last + 2].Core is "Company" or "Co" or "Partners" or "Associates" or "Sons")
        {
            yield return (name.First, name.Last + 2);
            yield break;
        }

        yield return name;

        // "by A and B", "by A and (later) confirmed (individually) by B": the second outlet too.
        var n = name.Last + 1;
        if (n + 1 < words.Count && words[n].Lower == "and" && !words[name.Last].EndsPhrase)
        {
            if (NameFrom(words, n + 1) is { } second)
            {
                yield return second;
            }
        }
    }

    /// <summary>Whether an "of" comes between <paramref name="from"/> and <paramref name="end"/> among name-like words.</summary>
    private static bool InOfName(List<Word> words, int from, int end) =>
        Enumerable.Range(from, end - from).Any(k => words[k].Lower == "of" && k > from && NameLike(words[k - 1]))
        && end + 1 < words.Count && NameLike(words[end + 1]);

    /// <summary>
    /// "according to Africa the Big Deal, an African venture investment analytics firm", "X, a data provider, said", "…, said X, a
    /// corporate database.", "According to a corporate database, Tianyancha, …": a name an appositive says is a data, research or news body.
    /// </summary>
    private static IEnumerable<(int First, int Last)> DescribedProvider(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("a" or "an") || i < 1)
        {
            yield break;
        }

        // The appositive: from "a/an" to its comma or the sentence's end; it must say what the name is (data, research, news, …), and
        // a party's description ("an AI research company", "a startup") needs a stronger word than "research" or "platform".
        var end = i;
        while (end + 1 < words.Count && !words[end].EndsPhrase && end - i < 10)
        {
            end++;
        }

        var apposition = Enumerable.Range(i + 1, end - i).Select(k => words[k].Lower).ToList();
        var weak = new[] { "research", "platform", "agency", "consultancy", "researcher" };
        var partyLike = apposition.Any(w => w is "ai" or "startup" or "lab" or "maker" or "developer" or "messaging" or "bank");

        // "Tariq Al Nofal, a journalist at Sky News,": a person described by where they work is no provider.
        if (apposition.Any(w => w is "at" or "journalist" or "reporter" or "editor" or "correspondent" or "columnist" or "writer" or "analyst"))
        {
            yield break;
        }

        if (!apposition.Any(w => _providerWords.Contains(w) && !(partyLike && weak.Contains(w))))
        {
            yield break;
        }

        // "According to a corporate database, Tianyancha, …": the appositive first, the name after its comma.
        if (i >= 2 && Window(words, i - 2, 2) == "according to")
        {
            // The description ends in what the name is ("a corporate database,"), never in another name ("a report by The Information,").
            if (words[end].Lower is not ("firm" or "company" or "database" or "platform" or "provider" or "tracker" or "publication" or "outlet"
                or "portal" or "newspaper" or "service" or "consultancy" or "house" or "agency" or "site" or "website" or "daily" or "researcher"))
            {
                yield break;
            }

            var brandAfter = end + 1 < words.Count && LowerBrand(words[end + 1]) && words[end + 1].After == ',' ? (end + 1, end + 1) : ((int, int)?)null;
            if (words[end].After == ',' && (NameFrom(words, end + 1) ?? brandAfter) is { } after && words[after.Last].EndsPhrase && !IsPersonRun(sentence, after))
            {
                yield return after;
            }

            yield break;
        }

        // The name before the comma, opened by "according to", "said", "data from", or opening its clause before a view verb.
        var brand = LowerBrand(words[i - 1]) ? (i - 1, i - 1) : ((int First, int Last)?)null;
        if (words[i - 1].After != ',' || (NameEndingAt(words, i - 1) ?? brand) is not { } run || IsPersonRun(sentence, run) || Recurs(sentence, run))
        {
            yield break;
        }

        var opener = run.First == 0 ? string.Empty : words[run.First - 1].Lower;
        var cited = (run.First >= 2 && Window(words, run.First - 2, 2) is "according to" or "data from" or "figures from")
            || opener is "said" or "says" or "citing" or "per";
        var verb = end + 1 < words.Count ? end + 1 : -1;
        var ownMatter = verb >= 0 && verb + 1 < words.Count && words[verb + 1].Lower is "it" or "its" or "they" or "their" or "we";
        var speaks = (run.First == 0 || words[run.First - 1].After == ',') && verb >= 0 && _viewVerbs.Contains(words[verb].Lower) && !ownMatter;
        if (cited || speaks)
        {
            yield return run;
        }
    }
}
