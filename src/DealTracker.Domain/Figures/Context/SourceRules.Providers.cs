namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the sources sweep's third pass: the providers of a fact in more shapes. Several outlets cited together ("The Wall Street Journal
/// and the New York Times earlier reported", "CNBC, Engadget, and Yahoo Finance confirmed": each of them once one is read); a research
/// firm, consultancy, bank or tracker opening its clause with a finding verb ("PwC projects that", "Fintech Labs notes that", "Tech.eu
/// tracked 71 deals"); a provider after an inverted verb that is no capitalised name ("…, reports e27."); a report named by its title
/// ("according to the Partech Africa Tech Venture Capital 2024 Report") or by its owner ("Nasscom's generative AI report highlighted",
/// "a report from UK-based investment firm Finch Capital shows"); an outlet after what it is ("Norwegian daily Finansavisen this week
/// reported") or in quotes ("according to “THE BUSINESS TIMES,”"); and an outlet's own unnamed sources ("the news outlet's sources").
/// A party speaking of itself ("Microsoft notes that its …", a name the sentence names again) stays no source.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Verbs a provider tells a finding with when it opens the clause; all need "that" after them but the counting ones.</summary>
    private static readonly HashSet<string> _findingVerbs = new(StringComparer.Ordinal)
    {
        "projects", "projected", "estimates", "estimated", "notes", "noted", "expects", "highlighted", "highlights", "observed", "observes",
        "predicts", "predicted", "forecasts", "forecast", "found", "finds", "shows", "showed", "reckons", "calculated", "calculates",
    };

    /// <summary>Verbs of counting that need no "that": "Tech.eu tracked 71 funding deals", "Bloomberg now lists his net worth at".</summary>
    private static readonly HashSet<string> _countingVerbs = new(StringComparer.Ordinal) { "tracked", "tracks", "counted", "lists", "listed", "logged", "recorded" };

    /// <summary>Adverbs between a provider and its verb: "HSBC recently estimated", "Bloomberg now lists".</summary>
    private static readonly HashSet<string> _findingAdverbs = new(StringComparer.Ordinal)
    {
        "recently", "now", "also", "has", "have", "had", "earlier", "previously", "separately", "further", "this", "week", "last", "year",
    };

    /// <summary>Nouns of a report an owner is cited for: "Partech Africa's annual report", "Bank of America's forecast".</summary>
    private static readonly HashSet<string> _ownedReports = new(StringComparer.Ordinal)
    {
        "report", "study", "survey", "analysis", "forecast", "data", "findings", "index", "tracker", "review", "outlook", "estimates",
    };

    /// <summary>Verbs a report tells its finding with: "Partech Africa's annual report on … showed".</summary>
    private static readonly HashSet<string> _reportedFindings = new(StringComparer.Ordinal)
    {
        "showed", "shows", "found", "finds", "highlighted", "highlights", "revealed", "reveals", "indicates", "indicated", "estimates", "estimated",
        "reports", "noted", "notes", "predicts", "projects", "forecasts", "suggests", "suggested",
    };

    /// <summary>An owner written after a citing word: "according to Bank of America's forecast", "in Partech's report".</summary>
    private static bool IsCitedOwner(List<Word> words, (int First, int Last) owner)
    {
        var at = owner.First > 0 && words[owner.First - 1].Lower == "the" ? owner.First - 1 : owner.First;
        return at > 0 && words[at - 1].Lower is "to" or "in" or "per" or "from" or "by" or "citing";
    }

    /// <summary>"a joint report by PwC and CB Insights": the second owner after "and", ending the clause.</summary>
    private static void AddSecondOwner(string text, List<Word> words, (int First, int Last) run, List<SourceMention> found, HashSet<int> seenNames)
    {
        if (run.Last + 2 < words.Count && !words[run.Last].EndsPhrase && words[run.Last + 1].Lower == "and" && run.First > 1
            && words[run.First - 1].Lower is "by" or "from" && OfRun(words, run.Last + 2, joinAnd: false) is { } second
            && (words[second.Last].EndsPhrase || second.Last + 1 == words.Count))
        {
            AddRun(text, words, second, found, seenNames);
        }
    }

    /// <summary>Adds the providers of the fact read from lists, findings, titles, owners and descriptions; true when it added anonymous people.</summary>
    private static bool ProviderSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames, bool anonymous)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var run = FindingSubject(sentence, i) ?? InvertedToken(words, i) ?? TitledReport(words, i) ?? ReportOwner(sentence, i)
                ?? DescribedOutlet(words, i) ?? QuotedOutlet(words, i) ?? NewspaperAfterName(words, i) ?? ObservedBy(sentence, i) ?? CitedWholeName(words, i);
            // A run overlapping a source already read ("CRETech Research" of its titled report) leaves it as read.
            if (run is { } r && !IsPersonRun(sentence, r)
                && !found.Any(f => f.Kind == SourceKind.Named && Overlaps(f, Span(text, SourceKind.Named, words[r.First].Start, words[r.Last].End))))
            {
                AddRun(text, words, r, found, seenNames);
                AddSecondOwner(text, words, r, found, seenNames);
            }
        }

        OutletsTogether(text, sentence, found, seenNames);
        DropTimeNames(found);
        WholeCitedNames(text, words, found);
        SplitJoinedOutlets(text, found);
        if (anonymous || found.Any(f => f.Kind == SourceKind.Anonymous) || (OutletNounsSources(words) ?? OutletsSources(words, found)) is not { } sources)
        {
            return false;
        }

        found.Add(Span(text, SourceKind.Anonymous, words[sources].Start, words[sources].End));
        return true;
    }

    /// <summary>"PwC projects that", "HSBC recently estimated that", "Fintech Labs notes that", "Nikkei pointed out that", "Tech.eu tracked 71 deals".</summary>
    private static (int First, int Last)? FindingSubject(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        var pointed = lower is "points" or "pointed" && i + 2 < words.Count && words[i + 1].Lower == "out" && words[i + 2].Lower == "that";
        var finding = _findingVerbs.Contains(lower) && i + 1 < words.Count && words[i + 1].Lower == "that";
        var counting = _countingVerbs.Contains(lower) && i + 1 < words.Count && !words[i].EndsPhrase;
        finding |= ExpectsToReach(words, i) || ContrastedEstimate(words, i) || DescribedSaying(words, i);
        if (!(pointed || finding || counting) || i == 0)
        {
            return null;
        }

        var last = i - 1;
        while (last > 0 && i - last <= 3 && _findingAdverbs.Contains(words[last].Lower))
        {
            last--;
        }

        if (words[last].EndsPhrase || (DescribedSaying(words, i) ? RunEndingAt(words, i - 1) : SubjectRun(words, last)) is not { } run || run.Last != last)
        {
            return null;
        }

        // "Microsoft notes that its …", a name the sentence names again or a person: a party speaking of itself.
        var afterThat = pointed ? i + 3 : i + 2;
        var own = afterThat < words.Count && words[afterThat].Lower is "it" or "its" or "they" or "their" or "we" or "our" or "she" or "he" or "her" or "his"
            || SpeaksOfItsOwn(words, afterThat);
        var name = string.Join(' ', words.Skip(run.First).Take(run.Last - run.First + 1).Select(w => w.Core));
        var named = Enumerable.Range(0, words.Count).Any(k => (k < run.First - 2 || k > run.Last) && words[k].Core == words[run.Last].Core);
        // Since the eighteenth session: a company that "logged the $5 million seed investment" or "recorded $2 billion" logs its own money;
        // only a tracker counts money ("Crunchbase tracked $5 billion"), the other counting verbs count deals ("PitchBook logged 40 deals").
        var countsFigures = !counting || words.Skip(i + 1).Take(lower is "tracked" or "tracks" ? 4 : 2).Any(w => w.Core.Length > 0
            && (char.IsDigit(w.Core[0]) || (lower is "tracked" or "tracks" && w.Core[0] is '$' or '€' or '£')))
            || Lexicon.OutletName(name) is not null;
        return own || named || !countsFigures || Lexicon.Weekdays.Contains(words[run.Last].Lower) || !IsProviderName(words, run, name, counting) ? null : run;
    }

    /// <summary>
    /// Whether a name opening a finding clause is one that studies or reports rather than a party: a listed outlet or provider, an
    /// analyst house or a name ending like one ("… Research"), one described as a provider ("research firm X"), or a tracker counting
    /// deals. "SoftBank projects that the Vision Fund …", "Tesla forecasts deliveries …", "Anthropic found that …" are parties speaking.
    /// </summary>
    private static bool IsProviderName(List<Word> words, (int First, int Last) run, string name, bool counting)
    {
        var bare = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
        return counting || Lexicon.OutletName(name) is not null || Lexicon.OutletName(bare) is not null || _analystHouses.Contains(bare)
            || _houseEndings.Contains(words[run.Last].Core) || _providerEndings.Contains(words[run.Last].Core)
            || (run.First > 0 && _descriptors.Contains(words[run.First - 1].Lower));
    }

    /// <summary>Last words of a provider's name the lists need not hold: "Fintech Labs", "Crypto Insights", "Market Intelligence".</summary>
    private static readonly HashSet<string> _providerEndings = new(StringComparer.Ordinal)
    {
        "Labs", "Insights", "Intelligence", "Analytics", "Data", "Advisors", "Advisory", "Partners", "Institute", "Associates",
        "Center", "Centre", "Association", "Council", "Federation", "Commission", "Ministry", "Bureau", "Authority",
    };

    /// <summary>"Nvidia highlighted that demand for its chips", "Microsoft notes that the investment …, the company said": a party's own matter.</summary>
    private static bool SpeaksOfItsOwn(List<Word> words, int from)
    {
        var window = words.Skip(from).Take(14).Select(w => w.Lower).ToList();
        return window.Any(w => w is "its" or "our" or "we") || Enumerable.Range(0, Math.Max(0, window.Count - 1))
            .Any(k => window[k] == "the" && window[k + 1] is "company" or "deal" or "investment" or "firm's" or "company's");
    }

    /// <summary>"JLL expects data centre investment to reach $170 billion": a market's noun, then "to" and a verb of a level (not "expects to invest").</summary>
    private static bool ExpectsToReach(List<Word> words, int i)
    {
        if (words[i].Lower is not ("expects" or "forecasts" or "projects" or "predicts" or "estimates") || i + 2 >= words.Count || words[i + 1].Lower is "to" or "that" or "its" or "their")
        {
            return false;
        }

        for (var k = i + 2; k + 1 < words.Count && k - i <= 7 && !words[k - 1].EndsPhrase; k++)
        {
            if (words[k].Lower == "to")
            {
                return words[k + 1].Lower is "reach" or "hit" or "top" or "exceed" or "surpass" or "grow" or "rise" or "fall" or "climb" or "double" or "total" or "drop";
            }
        }

        return false;
    }

    /// <summary>"Research firm Data Bridge Market Research said that": a provider named after what it is, saying "that".</summary>
    private static bool DescribedSaying(List<Word> words, int i)
    {
        if (words[i].Lower is not ("said" or "says") || i + 1 >= words.Count || words[i + 1].Lower != "that" || RunEndingAt(words, i - 1) is not { } run || run.First < 2)
        {
            return false;
        }

        return words[run.First - 1].Lower is "firm" or "tracker" or "provider" or "consultancy" or "researcher" or "platform" or "database"
            && words[run.First - 2].Lower is "research" or "data" or "deals" or "market" or "analytics" or "intelligence" or "consulting" or "advisory";
    }

    /// <summary>"…, while Jefferies estimates $200 billion": a second house's figure set against the first.</summary>
    private static bool ContrastedEstimate(List<Word> words, int i) =>
        words[i].Lower is "estimates" or "estimated" or "expects" or "forecasts" or "projects" or "sees" && i >= 2 && i + 1 < words.Count
        && words[i + 1].Core.Length > 0 && words[i + 1].Core[0] is '$' or '€' or '£' or '¥' or '₹'
        && Enumerable.Range(Math.Max(0, i - 5), i - Math.Max(0, i - 5)).Any(k => words[k].Lower is "while" or "whereas");

    /// <summary>A name opening its clause and ending at <paramref name="last"/>: "PwC", "The Information", "Tech.eu", "Baker and Mckenzie".</summary>
    private static (int First, int Last)? SubjectRun(List<Word> words, int last)
    {
        if (!IsNameWord(words[last]) || words[last].Possessive)
        {
            return null;
        }

        var first = last;
        while (first > 0 && last - first < 5 && !words[first - 1].EndsPhrase && !words[first - 1].Possessive
            && (IsNameWord(words[first - 1]) || (words[first - 1].Lower is "and" or "&" or "of" && first > 1 && IsNameWord(words[first - 2]))))
        {
            first--;
        }

        var opens = first == 0 || words[first - 1].EndsPhrase || words[first - 1].Lower is "that" or "while" or "and" or "but" or "as" or "whereas";
        first = first > 0 && words[first - 1].Lower == "the" && (first == 1 || words[first - 2].EndsPhrase) ? first - 1 : first;
        opens |= first == 0 || words[first - 1].EndsPhrase;
        return opens && words[first].Lower is not ("it" or "this" or "that") && (first == last || words[first].Lower is not ("and" or "of")) ? (first, last) : null;
    }

    /// <summary>A word that may stand in a name: capitalised, or lower-case with a digit or a dot inside ("e27", "Tech.eu").</summary>
    private static bool IsNameWord(Word word) =>
        word.IsCapitalised || (word.Core.Length > 1 && char.IsLetter(word.Core[0]) && word.Core.Any(char.IsDigit) && !word.InBrackets);

    /// <summary>"…, reports e27.", "…, notes Tech.eu.": an inverted verb after a comma, then one name-like word ending the sentence.</summary>
    private static (int First, int Last)? InvertedToken(List<Word> words, int i)
    {
        if (words[i].Lower is not ("reports" or "notes" or "writes" or "says" or "reported" or "noted" or "wrote") || i == 0 || words[i - 1].After != ','
            || i + 1 >= words.Count || words[i].EndsPhrase)
        {
            return null;
        }

        var at = words[i + 1].Lower == "the" && i + 2 < words.Count ? i + 2 : i + 1;
        var last = at;
        while (last + 1 < words.Count && !words[last].EndsPhrase && (IsNameWord(words[last + 1])
            || (words[last + 1].Lower is "&" or "and" && last + 2 < words.Count && IsNameWord(words[last + 2]))))
        {
            last++;
        }

        return IsNameWord(words[at]) && last + 1 == words.Count && last - at < 4 ? (at, last) : null;
    }

    /// <summary>"according to the Partech Africa Tech Venture Capital 2024 Report", "The Global Startup Ecosystem Report found that": a titled report.</summary>
    private static (int First, int Last)? TitledReport(List<Word> words, int i)
    {
        if (words[i].Core is not ("Report" or "Index" or "Survey" or "Study" or "Outlook" or "Monitor" or "Breakdown" or "Barometer") || i == 0 || words[i].Possessive)
        {
            return null;
        }

        var first = i;
        while (first > 0 && i - first < 9 && !words[first - 1].EndsPhrase && !words[first - 1].Possessive
            && (words[first - 1].IsCapitalised || (words[first - 1].Core.All(char.IsDigit) && words[first - 1].Core.Length == 4) || words[first - 1].Lower is "of" or "&" or "and"))
        {
            first--;
        }

        while (first < i && words[first].Lower is "of" or "&" or "and" or "the")
        {
            first++;
        }

        if (first == i || (words[first].Core == "The" && first == i - 1) || (first > 0 && words[first - 1].Possessive))
        {
            return null;
        }

        var before = first > 0 ? words[first - 1].Lower : string.Empty;
        var verbAfter = i + 1 < words.Count && (_reportedFindings.Contains(words[i + 1].Lower) || words[i + 1].Lower is "said" or "says" or "revealed" or "found");
        if (before == "the" && first >= 2 && words[first - 2].After == ',' && !verbAfter)
        {
            // "A new report by Disrupt Africa, the African Tech Startups Funding Report 2022,": the title of a report already cited.
            return null;
        }

        // "CRETech Research August Monthly Funding Report indicates": the house inside the title is its owner, read already.
        if (Enumerable.Range(first, i - first).Any(k => _houseEndings.Contains(words[k].Core) || words[k].Core is "Analytics" or "Institute" or "Intelligence"))
        {
            return null;
        }

        var cited = before is "the" or "to" or "in" or "per" or "from" || first == 0
            || (i + 1 < words.Count && words[i + 1].Lower is "found" or "shows" or "showed" or "finds" or "said" or "says" or "revealed" or "highlighted" or "noted");
        return cited ? (words[first].Core == "The" ? first + 1 : first, i) : null;
    }

    /// <summary>"Partech Africa's annual report on …", "Nasscom's generative AI report highlighted", "a study from Technopak Advisors", "a report from UK-based investment firm Finch Capital shows".</summary>
    private static (int First, int Last)? ReportOwner(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Possessive && SubjectRunOrCited(words, i) is { } owner)
        {
            for (var k = i + 1; k < words.Count && k - i <= 5; k++)
            {
                if (_ownedReports.Contains(words[k].Lower) && !(k + 1 < words.Count && words[k + 1].Lower is "center" or "centre" or "centers" or "centres" or "arm" or "unit" or "team"))
                {
                    return IsCitedOwner(words, owner) || words.Skip(k + 1).Take(8).Any(w => _reportedFindings.Contains(w.Lower)) ? owner : null;
                }

                if (words[k - 1].EndsPhrase)
                {
                    return null;
                }
            }

            return null;
        }

        if (words[i].Lower is not ("report" or "study" or "survey" or "analysis" or "research" or "data") || words[i].EndsPhrase || i + 2 >= words.Count
            || words[i + 1].Lower is not ("from" or "by"))
        {
            return null;
        }

        // Past what the owner is: "UK-based investment firm", "research firm".
        for (var k = i + 2; k < words.Count && k - i <= 7; k++)
        {
            var described = k > i + 2 && _descriptors.Contains(words[k - 1].Lower);
            var direct = k == i + 2 && !words[k].Core.Contains('-', StringComparison.Ordinal) && !Lexicon.Places.Contains(words[k].Core);
            if ((described || direct) && OfRun(words, k, joinAnd: false) is { } run
                && (described || words[run.Last].EndsPhrase || run.Last + 1 == words.Count || !char.IsLower(words[run.Last + 1].Core.FirstOrDefault('x'))
                    || _reportedFindings.Contains(words[run.Last + 1].Lower) || words[run.Last + 1].Lower is "and" or "that" or "which" or "on" or "in"))
            {
                return run;
            }

            if (words[k].EndsPhrase || (words[k].IsCapitalised && k > i + 2 && !words[k].Core.Contains('-', StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A run of capitalised words from <paramref name="j"/>, joined by "of", "&amp;" or "and": "Bank of America", "Cushman &amp; Wakefield".</summary>
    private static (int First, int Last)? OfRun(List<Word> words, int j, bool joinAnd = true)
    {
        if (j >= words.Count || !IsNameWord(words[j]) || words[j].InBrackets)
        {
            return null;
        }

        var last = j;
        while (!words[last].EndsPhrase && !words[last].Possessive && last + 1 < words.Count)
        {
            if (IsNameWord(words[last + 1]) && !words[last + 1].InBrackets)
            {
                last++;
            }
            else if (last + 2 < words.Count && (words[last + 1].Lower is "of" or "&" || (joinAnd && words[last + 1].Lower == "and")) && IsNameWord(words[last + 2])
                && !words[last + 1].EndsPhrase)
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

    /// <summary>The owner run ending at a possessive word <paramref name="i"/>, opening its clause or cited ("according to Bank of America's").</summary>
    private static (int First, int Last)? SubjectRunOrCited(List<Word> words, int i)
    {
        if (!IsNameWord(words[i]))
        {
            return null;
        }

        var first = i;
        while (first > 0 && i - first < 5 && !words[first - 1].EndsPhrase && !words[first - 1].Possessive
            && (IsNameWord(words[first - 1]) || (words[first - 1].Lower is "of" or "&" && first > 1 && IsNameWord(words[first - 2]))))
        {
            first--;
        }

        var before = first > 0 ? words[first - 1].Lower : string.Empty;
        var opens = first == 0 || words[first - 1].EndsPhrase || before is "to" or "in" or "per" or "from" or "by" or "that"
            || (before == "the" && (first == 1 || words[first - 2].EndsPhrase || words[first - 2].Lower is "to" or "in"));
        return opens ? (first, i) : null;
    }

    /// <summary>"Norwegian daily Finansavisen this week reported", "according to Swedish business daily Dagens Industri": an outlet after what it is.</summary>
    private static (int First, int Last)? DescribedOutlet(List<Word> words, int i)
    {
        if (words[i].Lower is not ("daily" or "newspaper" or "paper" or "weekly" or "tabloid" or "magazine" or "broadcaster" or "outlet")
            || words[i].EndsPhrase || words[i].IsCapitalised || CapitalRun(words, i + 1, joinAnd: false) is not { } run)
        {
            return null;
        }

        var next = run.Last + 1;
        while (next < words.Count && next - run.Last <= 3 && !words[next - 1].EndsPhrase && _whenWords.Contains(words[next].Lower))
        {
            next++;
        }

        var verb = next < words.Count && !words[next - 1].EndsPhrase && words[next].Lower is "reported" or "reports" or "said" or "says" or "wrote" or "writes" or "revealed";
        var cited = Enumerable.Range(Math.Max(0, i - 4), Math.Min(3, Math.Max(0, i - 1))).Any(k => Window(words, k, 2) == "according to");
        return verb || (cited && (words[run.Last].EndsPhrase || run.Last + 1 == words.Count)) ? run : null;
    }

    /// <summary>"told the Telegraph newspaper on Monday", "the Hindu newspaper reported": "the", a name, then what it is.</summary>
    private static (int First, int Last)? NewspaperAfterName(List<Word> words, int i)
    {
        if (words[i].Lower is not ("newspaper" or "daily" or "paper" or "weekly" or "tabloid" or "magazine") || i < 2 || words[i - 1].EndsPhrase
            || RunEndingAt(words, i - 1) is not { } run || run.First == 0 || words[run.First - 1].Lower != "the" || Lexicon.Places.Contains(words[run.First].Core))
        {
            return null;
        }

        var before = run.First >= 2 ? words[run.First - 2].Lower : string.Empty;
        var cited = before is "told" or "to" or "by" or "citing" or "in" || (run.First - 1 == 0 || words[run.First - 2].EndsPhrase)
            && i + 1 < words.Count && words[i + 1].Lower is "reported" or "said" or "wrote" or "reports" or "says";
        return cited ? (run.First, run.Last) : null;
    }

    /// <summary>"startup funding observed by Carta", "(as reported by TechCrunch)": a provider after a verb of watching, or an outlet in brackets.</summary>
    private static (int First, int Last)? ObservedBy(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower != "by" || i == 0 || i + 1 >= words.Count || words[i - 1].EndsPhrase)
        {
            return null;
        }

        if (words[i].InBrackets && words[i - 1].Lower is "reported" or "cited" or "quoted" && OutletAfterVia(sentence, i + 1) is { } outlet)
        {
            return (outlet.First, outlet.Last);
        }

        return words[i - 1].Lower is "observed" or "tracked" or "counted" or "recorded" or "monitored" or "analysed" or "analyzed" or "collected" or "gathered"
            && OfRun(words, i + 1) is { } run && !words[run.Last].Possessive ? run : null; // not "analysed by Telefonica's board"
    }

    /// <summary>"according to the Ministry of SMEs and Startups.", "according to Baker and Mckenzie.": a whole name ending the clause after "according to".</summary>
    private static (int First, int Last)? CitedWholeName(List<Word> words, int i)
    {
        if (words[i].Lower != "to" || i == 0 || words[i - 1].Lower != "according" || i + 1 >= words.Count)
        {
            return null;
        }

        var at = words[i + 1].Lower == "the" ? i + 2 : i + 1;
        if (OfRun(words, at) is not { } run || run.First == run.Last || !(words[run.Last].EndsPhrase || run.Last + 1 == words.Count) || words[run.Last].After is '”' or '"')
        {
            return null;
        }

        // "according to Crunchbase and Dealroom": two names each known alone stay two.
        var joined = Enumerable.Range(run.First, run.Last - run.First + 1).FirstOrDefault(k => words[k].Lower == "and", -1);
        var ofName = joined > 0 && Enumerable.Range(run.First, joined - run.First).Any(k => words[k].Lower == "of");
        var two = joined > 0 && (!ofName || Lexicon.OutletName(string.Join(' ', words.Skip(run.First).Take(joined - run.First).Select(w => w.Core))) is not null
            || Lexicon.OutletName(string.Join(' ', words.Skip(joined + 1).Take(run.Last - joined).Select(w => w.Core))) is not null
            || run.Last - joined > 1);
        return two ? null : run;
    }

    /// <summary>"according to “THE BUSINESS TIMES,”": a quoted title after "according to".</summary>
    private static (int First, int Last)? QuotedOutlet(List<Word> words, int i)
    {
        if (words[i].Lower != "to" || i == 0 || words[i - 1].Lower != "according" || i + 1 >= words.Count || words[i + 1].Before is not ('“' or '"'))
        {
            return null;
        }

        return CapitalRun(words, i + 1, joinAnd: true) is { } run && words[run.Last].After is '”' or '"' or ',' ? run : null;
    }

    /// <summary>
    /// "The Wall Street Journal and the New York Times earlier reported", "CNBC, Engadget, and Yahoo Finance confirmed": names listed with a
    /// found outlet are cited with it. A name joined by a comma must be an outlet; one joined by "and" anything but a person.
    /// </summary>
    private static void OutletsTogether(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        foreach (var source in found.Where(f => f.Kind == SourceKind.Named).ToList())
        {
            // "Vice, BuzzFeed and Business Insider, the Wall Street Journal reported": a comma alone before the found outlet lists no outlet.
            var at = sentence.WordAtOrAfter(source.Start);
            var joined = false;
            while (at >= 1 && at < words.Count && PreviousListed(sentence, at) is { } previous)
            {
                var byAnd = Enumerable.Range(previous.Last + 1, at - previous.Last - 1).Any(k => words[k].Lower is "and" or "&");
                if (!joined && !byAnd)
                {
                    break;
                }

                joined = true;
                AddRun(text, words, previous, found, seenNames);
                at = previous.First;
            }
        }
    }

    /// <summary>The listed name before word <paramref name="at"/>: "X and [the] …", "X, …", "X, and …".</summary>
    private static (int First, int Last)? PreviousListed(SentenceWords sentence, int at)
    {
        var words = sentence.Words;
        var k = at - 1;
        k = k >= 0 && words[k].Lower == "the" && !words[k].EndsPhrase ? k - 1 : k;
        var joinedByAnd = k >= 1 && words[k].Lower is "and" or "&";
        var end = joinedByAnd ? k - 1 : k;
        if (end < 0 || (!joinedByAnd && words[end].After != ',') || (joinedByAnd && words[end].EndsPhrase && words[end].After != ','))
        {
            return null;
        }

        if (RunEndingAt(words, end) is not { } run || IsPersonRun(sentence, run))
        {
            return null;
        }

        var first = run.First > 0 && words[run.First - 1].Lower == "the" ? run.First - 1 : run.First;
        var name = string.Join(' ', words.Skip(run.First).Take(run.Last - run.First + 1).Select(w => w.Core));
        var outlet = Lexicon.OutletName(name) is not null || sentence.NameAt[run.Last] is { Kind: NameKind.Outlet };
        return outlet || (joinedByAnd && words[end].After != ',' && (first == 0 || words[first - 1].EndsPhrase || words[first - 1].Lower is "by" or "to"))
            ? (first, run.Last) : null;
    }

    /// <summary>"the news outlet's sources", "the daily's sources said": the word "sources" owned by an outlet noun, or null.</summary>
    private static int? OutletNounsSources(List<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Lower is "sources" or "source" && words[i - 1].Possessive && _outletNouns.Contains(words[i - 1].Lower))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// A cited name cut short, made whole: "Ministry of SMEs" of "the Ministry of SMEs and Startups" (an "of" name going on with "and"),
    /// "Africa" of "deals tracker Africa: The Big Deal" (a title after a colon), "Center Dynamics" of "according to Data Center Dynamics".
    /// </summary>
    private static void WholeCitedNames(string text, List<Word> words, List<SourceMention> found)
    {
        for (var n = 0; n < found.Count; n++)
        {
            if (found[n] is not { Kind: SourceKind.Named } source)
            {
                continue;
            }

            var first = words.FindIndex(w => w.Start == source.Start);
            var last = words.FindLastIndex(w => w.End == source.Start + source.Length);
            if (first < 0 || last < first)
            {
                continue;
            }

            var end = last;
            if (last + 2 < words.Count && !words[last].EndsPhrase && words[last + 1].Lower == "and" && source.Name.Contains(" of ", StringComparison.Ordinal)
                && CapitalRun(words, last + 2, joinAnd: false) is { } rest && (words[rest.Last].EndsPhrase || rest.Last + 1 == words.Count))
            {
                end = rest.Last;
            }
            else if (words[last].After == ':' && last + 1 < words.Count && words[last + 1].Core == "The" && CapitalRun(words, last + 1, joinAnd: true) is { } title
                && (words[title.Last].EndsPhrase || title.Last + 1 == words.Count))
            {
                end = title.Last;
            }

            // "Data Bridge" of "research firm Data Bridge Market Research": capitalised words going on to the clause's end.
            end = end == last && !words[last].EndsPhrase && !words[last].Possessive && last + 1 < words.Count && words[last + 1].IsCapitalised && !words[last + 1].InBrackets
                && CapitalRun(words, last + 1, joinAnd: false) is { } more && (words[more.Last].EndsPhrase || more.Last + 1 == words.Count) && more.Last - last <= 3
                && !Lexicon.CorporateSuffixes.Contains(words[more.Last].Core)
                ? more.Last : end;
            var start = first >= 2 && words[first - 1].IsCapitalised && !words[first - 1].EndsPhrase && words[first - 1].Core != "The" && !words[first - 1].Possessive
                && !words[first - 1].Core.Contains('-', StringComparison.Ordinal) && !Lexicon.Places.Contains(words[first - 1].Core)
                && (words[first - 2].Lower is "to" or "by" or "from" || _descriptors.Contains(words[first - 2].Lower)) ? first - 1 : first;
            if (start != first || end != last)
            {
                found[n] = Span(text, SourceKind.Named, words[start].Start, words[end].End);
            }
        }
    }

    /// <summary>"The Information and Caixin" read as one name: two outlets, each known alone, split in two.</summary>
    private static void SplitJoinedOutlets(string text, List<SourceMention> found)
    {
        for (var n = found.Count - 1; n >= 0; n--)
        {
            var name = found[n].Name;
            var and = name.IndexOf(" and ", StringComparison.Ordinal);
            if (found[n].Kind != SourceKind.Named || and < 0 || Lexicon.OutletName(name[..and]) is null || Lexicon.OutletName(name[(and + 5)..]) is null)
            {
                continue;
            }

            var start = found[n].Start;
            found[n] = Span(text, SourceKind.Named, start, start + and);
            var second = name[(and + 5)..].StartsWith("the ", StringComparison.Ordinal) ? and + 9 : and + 5;
            found.Add(Span(text, SourceKind.Named, start + second, start + name.Length));
        }
    }

    /// <summary>"confirmed by TechCrunch sources", "according to Sky News sources": "sources" right after a found outlet, or null.</summary>
    private static int? OutletsSources(List<Word> words, List<SourceMention> found)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Lower == "sources" && !words[i - 1].EndsPhrase && found.Any(f => f.Kind == SourceKind.Named && f.Start + f.Length == words[i - 1].End))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>"told the Guardian newspaper Thursday": a weekday or a month is never a source.</summary>
    private static void DropTimeNames(List<SourceMention> found) =>
        found.RemoveAll(f => f.Kind == SourceKind.Named && (Lexicon.Weekdays.Contains(f.Name.ToLowerInvariant()) || Lexicon.Months.Contains(f.Name.ToLowerInvariant())));
}
