namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the sources sweep's second pass: third parties cited for a fact (the convention's "a named third party (an analyst, an
/// expert, a data tracker) cited for the fact is a named source"). A firm's analyst ("according to Wedbush analyst Dan Ives", "said
/// Morningstar analyst Brian Colello" — the firm), a firm's analysts ("Citi analysts wrote in a note", "…, Macquarie
/// analysts said" — the firm), and a bank, broker, research house or consultancy telling, estimating or valuing ("…, KPMG said.",
/// "Jefferies said in a note", "The investment bank Houlihan Lokey has valued the company at", "Research firm Gartner expects that").
/// A house that is a party elsewhere in the sentence ("Goldman Sachs will invest … , Goldman Sachs said") or that goes on to act
/// ("Jefferies expects to invest") is no source.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Banks, brokers, research houses and consultancies whose views and figures the news cites.</summary>
    private static readonly HashSet<string> _analystHouses = new(StringComparer.Ordinal)
    {
        "Goldman Sachs", "Morgan Stanley", "JPMorgan", "J.P. Morgan", "JP Morgan", "Bank of America", "BofA", "BofA Securities", "Citi",
        "Citigroup", "UBS", "Barclays", "Deutsche Bank", "Nomura", "Mizuho", "CLSA", "Macquarie", "Jefferies", "Bernstein", "Wedbush",
        "Morningstar", "Evercore", "Evercore ISI", "Redburn", "BTG Pactual", "HSBC", "BNP Paribas", "Credit Suisse", "Wells Fargo",
        "Piper Sandler", "Needham", "Oppenheimer", "Raymond James", "KeyBanc", "TD Cowen", "Cowen", "Baird", "Bernstein Research",
        "Houlihan Lokey", "Lazard", "Rothschild", "KPMG", "PwC", "Deloitte", "EY", "Ernst & Young", "McKinsey", "Bain", "Bain & Company",
        "Boston Consulting Group", "BCG", "Accenture", "Gartner", "IDC", "Forrester", "Counterpoint", "Canalys", "TrendForce", "Omdia",
        "Moody's", "Fitch", "Fitch Ratings", "Redseer", "RedSeer", "Kotak Institutional Equities", "Motilal Oswal", "ICICI Securities",
        "Jefferies Financial", "Daiwa", "SMBC Nikko", "Kearney", "Sanford C. Bernstein", "New Street Research", "MoffettNathanson",
        "Bank of America Securities", "Citi Research", "Goldman", "Morgan Stanley Research", "Emkay", "Ambit", "Elara Capital",
        // Since the reader-gaps sweep: the rating agencies under each of their names ("S&P Global's analysts", "Moody’s analysts").
        "S&P Global", "S&P", "S&P Global Ratings", "Moody’s", "Moody's Investors Service", "Moody’s Investors Service", "Moody's Ratings",
        "Moody’s Ratings", "Moody's Analytics", "Moody’s Analytics", "Fitch Solutions", "DBRS Morningstar",
        // Property, energy and market research houses cited for estimates ("JLL expects", "Wood Mackenzie estimates").
        "JLL", "CBRE", "Cushman & Wakefield", "Knight Frank", "Colliers", "Savills", "Wood Mackenzie", "BloombergNEF", "BNEF",
        "Rystad Energy", "Rystad", "Frost & Sullivan", "Technopak", "Technopak Advisors", "Baker McKenzie",
        // Publishers of venture reports cited for their findings ("Atomico highlighted that", "Startup Genome notes that").
        "Atomico", "Startup Genome", "Tracxn", "Inc42", "Magnitt", "MAGNiTT", "Wamda", "Partech", "Partech Africa", "Briter Bridges",
    };

    /// <summary>Last words that make a name an analyst house: "New Street Research", "Kotak Institutional Equities".</summary>
    private static readonly HashSet<string> _houseEndings = new(StringComparer.Ordinal)
    {
        "Research", "Securities", "Equities", "Consulting", "Economics", "Ratings",
    };

    /// <summary>Nouns before a house that say what it is: "investment bank Houlihan Lokey", "brokerage CLSA".</summary>
    private static readonly HashSet<string> _houseKinds = new(StringComparer.Ordinal)
    {
        "bank", "brokerage", "broker", "consultancy", "consultants",
    };

    /// <summary>Words before "firm" that make it a house: "research firm Gartner" (not "private equity firm Vista", a party).</summary>
    private static readonly HashSet<string> _houseFirmKinds = new(StringComparer.Ordinal)
    {
        "research", "consulting", "advisory", "analytics", "brokerage", "accounting", "audit",
    };

    /// <summary>
    /// Houses that study markets rather than arrange deals: their bare "said" cites them ("…, KPMG said."). A bank's bare "said" is
    /// often its deal's adviser or arranger speaking ("…, Morgan Stanley said on Monday" of the xAI debt it arranged, labelled no
    /// source), so a bank is cited by its analysts, a note, an estimate or a valuation.
    /// </summary>
    private static readonly HashSet<string> _researchHouses = new(StringComparer.Ordinal)
    {
        "KPMG", "PwC", "Deloitte", "EY", "Ernst & Young", "McKinsey", "Bain", "Bain & Company", "Boston Consulting Group", "BCG", "Accenture",
        "Gartner", "IDC", "Forrester", "Counterpoint", "Canalys", "TrendForce", "Omdia", "Moody's", "Fitch", "Fitch Ratings", "Redseer",
        "RedSeer", "Kearney", "Morningstar", "Bernstein", "New Street Research", "MoffettNathanson",
        // Since the reader-gaps sweep: a rating agency's bare "said" cites it, under each of its names.
        "Moody’s", "Moody's Investors Service", "Moody’s Investors Service", "Moody's Ratings", "Moody’s Ratings", "S&P Global Ratings",
    };

    /// <summary>Verbs a house tells a view with; "expects / forecasts" only before "that", a noun or the clause's end, never "to".</summary>
    private static readonly HashSet<string> _houseVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "estimates", "estimated", "expects", "forecasts", "forecast", "predicts", "projects", "projected", "believes",
        "wrote", "noted", "valued", "values", "calculates", "reckons", "thinks",
    };

    /// <summary>Words for analysts after a firm: "Wedbush analyst", "Citi analysts", "Nomura economists".</summary>
    private static readonly HashSet<string> _analystWords = new(StringComparer.Ordinal)
    {
        "analyst", "analysts", "economist", "economists", "strategist", "strategists",
    };

    /// <summary>Adds firms cited through their analysts or their own view.</summary>
    private static void CitedAnalystSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 1; i < words.Count; i++)
        {
            var run = FirmsAnalyst(sentence, i) ?? HouseView(sentence, i) ?? AnalystsAtFirm(words, i);
            if (run is { } r && !found.Any(f => f.Kind == SourceKind.Named && Overlaps(f, Span(text, SourceKind.Named, words[r.First].Start, words[r.Last].End))))
            {
                AddRun(text, words, r, found, seenNames);
            }
        }
    }

    /// <summary>"according to Wedbush analyst Dan Ives", "Citi analysts said": the firm.</summary>
    private static (int First, int Last)? FirmsAnalyst(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_analystWords.Contains(words[i].Lower) || words[i - 1].EndsPhrase || words[i - 1].Possessive || RunEndingAt(words, i - 1) is not { } firm
            || IsPersonRun(sentence, firm) || (sentence.NameAt[firm.Last] is null && !_analystHouses.Contains(words[firm.Last].Core))
            || (firm.First == 0 && firm.Last == 0 && !_analystHouses.Contains(words[0].Core) && Lexicon.OutletName(words[0].Core) is null))
        {
            return null;
        }

        var cited = firm.First >= 2 && Window(words, firm.First - 2, 2) == "according to" || firm.First >= 1 && words[firm.First - 1].Lower is "said" or "says";
        var person = words[i].Lower.EndsWith('s') || words[i].EndsPhrase ? null : CapitalRun(words, i + 1, joinAnd: false);
        var after = (person?.Last ?? i) + 1;
        var speaks = after < words.Count && !words[after - 1].EndsPhrase && _houseVerbs.Contains(words[after].Lower)
            || after + 1 < words.Count && words[after].Lower is "say" or "estimate" or "expect" or "believe" or "see" or "forecast" or "note" or "wrote";
        // The firm is the source (what an editor relies on, and maps to an outlet); its analyst's name stays in the wording.
        return cited || speaks ? (firm.First, firm.Last) : null;
    }

    /// <summary>"according to analysts at Wedbush", "said analysts at Jefferies": the firm after "analysts at", cited.</summary>
    private static (int First, int Last)? AnalystsAtFirm(List<Word> words, int i)
    {
        if (!_analystWords.Contains(words[i].Lower) || i + 2 >= words.Count || words[i + 1].Lower != "at" || i < 1)
        {
            return null;
        }

        var cited = (i >= 2 && Window(words, i - 2, 2) == "according to") || words[i - 1].Lower is "said" or "says";
        return cited && CapitalRun(words, i + 2, joinAnd: true) is { } run ? run : null;
    }

    /// <summary>A run of capitalised words ending at <paramref name="last"/>, at most six words.</summary>
    private static (int First, int Last)? RunEndingAt(List<Word> words, int last)
    {
        if (last < 0 || !words[last].IsCapitalised)
        {
            return null;
        }

        var first = last;
        while (first > 0 && last - first < 5 && (words[first - 1].IsCapitalised || (words[first - 1].Lower is "of" or "&" && first > 1 && words[first - 2].IsCapitalised))
            && !words[first - 1].EndsPhrase && !words[first - 1].Possessive)
        {
            first--;
        }

        return words[first].Lower == "of" ? (first + 1, last) : (first, last);
    }

    /// <summary>"…, KPMG said.", "Jefferies said in a note", "The investment bank Houlihan Lokey has valued", "said Morgan Stanley".</summary>
    private static (int First, int Last)? HouseView(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var verb = words[i].Lower is "has" or "have" && i + 1 < words.Count && _houseVerbs.Contains(words[i + 1].Lower) ? i + 1 : i;
        if (!_houseVerbs.Contains(words[verb].Lower) || RunEndingAt(words, i - 1) is not { } run || words[i - 1].EndsPhrase)
        {
            return null;
        }

        var name = string.Join(' ', words.Skip(run.First).Take(run.Last - run.First + 1).Select(w => w.Core));
        var kind = run.First > 0 ? words[run.First - 1].Lower : string.Empty;
        var described = _houseKinds.Contains(kind) || (kind == "firm" && run.First > 1 && _houseFirmKinds.Contains(words[run.First - 2].Lower));
        if (!_analystHouses.Contains(name) && !_houseEndings.Contains(words[run.Last].Core) && !described)
        {
            return null;
        }

        var next = verb + 1 < words.Count ? words[verb + 1].Lower : string.Empty;
        var note = next == "in" && Window(words, verb + 2, 3) is var w && (w.Contains("note", StringComparison.Ordinal) || w.Contains("report", StringComparison.Ordinal));
        var bareSaid = words[verb].Lower is "said" or "says";
        var day = next == "on" && verb + 2 < words.Count ? words[verb + 2].Lower : verb + 1 < words.Count ? words[verb + 1].Lower : string.Empty;
        var tells = (words[verb].EndsPhrase || verb + 1 == words.Count || Lexicon.Weekdays.Contains(day)
            || (!bareSaid && next is "that" or "on" or "the" or "a" or "an")) && (!bareSaid || _researchHouses.Contains(name) || described) || note;
        // "Accenture said on Tuesday it would invest": a house speaking of what it does itself is a party, not a source.
        var afterDay = next == "on" ? verb + 3 : verb + 1;
        var ofItself = afterDay < words.Count && words[afterDay].Lower is "it" or "its" or "they" or "we";
        var partyElsewhere = ofItself || sentence.Names.Any(n => n.Text == name && n.First != run.First);
        var opens = run.First == 0 || words[run.First - 1].EndsPhrase || described || words[run.First - 1].Lower is "that" or "the";
        return tells && opens && !partyElsewhere && next != "to" ? run : null;
    }
}
