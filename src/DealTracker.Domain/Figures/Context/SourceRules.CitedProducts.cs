using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the cited-products sweep (<c>CitedProductsSweepTests</c>, issue70's source misses): sources cited by a product, a document or a
/// frame the older rules did not know, read last (after the back-references) from the sentence's text, each rule a pattern over the
/// words as written. A source read here replaces any named fragment of it read before ("Houlihan Lokey" of "Houlihan Lokey’s 2024 IPL
/// Valuation Study", "the Latin American Association" of the whole association's name).
/// <list type="bullet">
/// <item>Data and trackers: "according (to) the recent X data" names X (as "Crunchbase data" is Crunchbase); "Our own in-house X
/// tracker … puts the figure at"; a titled product before a finding verb ("The latest PitchBook-NVCA Venture Monitor tracked"); an
/// owner's titled product, named whole ("Houlihan Lokey’s 2024 IPL Valuation Study", "TeleGeography’s GlobalComms Database").</item>
/// <item>Outlets no list knows, with words between them and their verb: "…, e27 reported today.", "BusinessDay on Feb. 21 reported",
/// "…, Peoples Gazette understands."; state media written by what they are ("according to the Saudi state news agency"); a reporter
/// "of" an outlet ("in a report by Saheli Roy Choudhury of CNBC" → CNBC).</item>
/// <item>Disclosures and filings: "in a disclosure to the Hong Kong Stock Exchange", "an SEC disclosure", "the company's initial public
/// offering filing" (a noun owner kept), "a regulatory filing by NOS" (the filing with its filer).</item>
/// <item>Houses: long names past "&amp;" and "of" ("Spherical Insights &amp;Consulting", "Latin American Association of Private Equity
/// &amp; Venture Capital"); "A and B published a combined study … that postulates"; a note ("Barclays said in a 13 January research
/// note"); analysts "led by" someone ("Morgan Stanley analysts led by Keith Weiss wrote" → Morgan Stanley).</item>
/// <item>Mis-reads dropped: an opening adverb read as a name ("First reported on by …"), a buyer a company sells itself to.</item>
/// <item>Anonymous: "according to one of the persons".</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    // A name's word: capitalised or digit-led ("36Kr"), a small-letter brand with a digit, a dot or a capital inside ("e27", "tech.eu",
    // "iResearch"), or "e&".
    private const string NameWord = @"(?:[A-Z0-9](?:[\w’'&.-]*[\w&])?|[a-z]+\d[\w-]*|[a-z]+\.[a-z]+|[a-z]+[A-Z][\w-]*|[a-z]+&)";

    // A name: its words, joined by spaces, an ampersand after a space or small joining words ("Department for Promotion of Industry and
    // Internal Trade", "Spherical Insights &Consulting"), maybe with a bracketed acronym after it ("(DPIIT)"). A hyphen or a glued "&"
    // is inside a word ("PitchBook-NVCA", "S&P"), never a joiner: a joiner a word may also hold gives each "-A" of "Q1-A-A-…" two
    // readings, and the search tried them all (2^n steps: a 90-character run took minutes).
    private const string NameWords = "(?:" + NameWord + @"(?:(?: (?:of|for|and|de|du) | & ?| )" + NameWord + ")*)";
    private const string Name = "(?:" + NameWords + @"(?: \([A-Z][\w&.-]*\))?)";

    // A name without "and" between its words: "Google and Accel" are two.
    private const string NameNoAnd = "(?:" + NameWord + @"(?:(?: (?:of|for|de) | & ?| )" + NameWord + ")*)";

    // A person's name: two to four capitalised words.
    private const string Person = @"(?:[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3})";

    /// <summary>Names the data rules must not read: places' and sectors' adjectives, pronoun-like words.</summary>
    private static readonly HashSet<string> _notProviders = new(StringComparer.OrdinalIgnoreCase)
    {
        "AI", "U.S.", "US", "UK", "EU", "European", "Asian", "African", "American", "Chinese", "Indian", "Japanese", "Korean", "Global", "British", "French", "German", "Saudi",
        "Emirati", "Nigerian", "Kenyan", "Egyptian", "Indonesian", "Vietnamese", "Singaporean", "Australian", "Canadian", "Brazilian", "Russian",
        "Turkish", "Israeli", "Spanish", "Italian", "Swiss", "Dutch", "Swedish", "Local", "Foreign", "Regional",
        "Government", "Official", "Company", "Our", "Its", "Their", "The", "This", "That", "These", "Industry", "Market", "Public", "Private",
        "Internal", "New", "Latest", "Recent", "Federal", "State", "National", "Customs", "Census", "Trade", "Central Bank",
    };

    /// <summary>Words of an outlet's title, never of a reporter's name: "a report by The Economic Times of India".</summary>
    private static readonly HashSet<string> _outletTitleWords = new(StringComparer.Ordinal)
    {
        "Times", "News", "Post", "Journal", "Herald", "Daily", "Gazette", "Tribune", "Express", "Review", "Media", "Group", "Agency", "Standard",
    };

    /// <summary>Opening adverbs a name rule may read as a name before "reported": "First reported on by The New York Times".</summary>
    private static readonly HashSet<string> _openingAdverbs = new(StringComparer.Ordinal)
    {
        "First", "Initially", "Earlier", "Previously", "Originally", "Later", "Also", "Separately", "Meanwhile", "As",
    };

    /// <summary>Organisation words a name may go on from with "of / for …": "Association of Private Equity &amp; Venture Capital".</summary>
    private static readonly HashSet<string> _bodyWords = new(StringComparer.Ordinal)
    {
        "Association", "Institute", "Council", "Federation", "Society", "Department", "Ministry", "Chamber", "Bureau", "Office",
        "Commission", "Agency", "Foundation", "Alliance", "Board", "Forum", "Union", "Network", "Centre", "Center", "Organisation",
        "Organization", "Confederation", "Authority",
    };

    // "according (to) the recent DPIIT data", "According to the latest Tracxn figures": the provider.
    [GeneratedRegex(@"\b[Aa]ccording(?: to)? (?:the )?(?:(?:recent|latest|new|newest|most recent|official|provisional|preliminary|own|annual|quarterly|monthly) ){0,2}(?<n>" + Name + @") (?:data|figures|statistics|numbers|estimates|tracker|database|tally)\b")]
    private static partial Regex CitedDataPattern();

    // "Our own in-house Enterprise tracker for 2021 puts the figure at", "The Tracxn database counted": the provider of a tracker opening its clause.
    [GeneratedRegex(@"(?:^|[.;:] +|, )(?:(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir) )?(?:(?:own|in-house|latest|new|recent|annual|proprietary|internal) ){0,3}(?<n>" + Name + @") (?:tracker|database|data|tally|count)(?: for (?:\d{4}|the \w+))? (?:puts|put|shows|showed|tracked|tracks|counted|counts|recorded|records|estimates|estimated|reveals|revealed|indicates|indicated|finds|found|suggests|places|pegs)\b")]
    private static partial Regex TrackerSubjectPattern();

    // "The latest PitchBook-NVCA Venture Monitor tracked $382 million": a titled product opening its clause before a finding verb.
    [GeneratedRegex(@"(?:^|[.;:] +|, )(?:[Tt]he )?(?:(?:latest|new|recent|annual|quarterly|most recent|\d{4}) ){0,2}(?!(?:As|First|Initially|Earlier|Previously|Originally|Later|Also)\b)(?<n>" + NameWord + @"(?: " + NameWord + @")* (?:Monitor|Report|Index|Survey|Study|Tracker|Database|Barometer|Census|Pulse))(?: \([A-Z][\w&.-]*\))? (?:tracked|tracks|shows|showed|found|finds|puts|put|estimates|estimated|recorded|records|counted|reveals|revealed|indicates|indicated|says|said|reported|reports|notes|noted|highlights|highlighted|projects|predicts|forecasts)\b")]
    private static partial Regex TitledProductPattern();

    // "Houlihan Lokey’s 2024 IPL Valuation Study", "TeleGeography’s GlobalComms Database": an owner's titled product, named whole.
    [GeneratedRegex(@"(?<n>" + NameNoAnd + @"[’']s (?:(?:\d{4}|Q\d|H\d|[A-Z][\w&-]*) ){0,5}(?:Monitor|Report|Index|Survey|Study|Tracker|Database|Barometer|Outlook|Review|Census|Pulse))\b")]
    private static partial Regex OwnedTitlePattern();

    // "…, e27 reported today.", "…, Peoples Gazette understands.": a name and its telling verb ending the sentence after a comma.
    [GeneratedRegex(@", (?:the )?(?<n>" + Name + @") (?:reported|reports|has reported|had reported|has learnt|has learned|learnt|learned|has gathered|can reveal|can confirm)(?: (?:today|yesterday|earlier|late|this|last|on|in)\b[^,.;]*)?\.\s*$")]
    private static partial Regex ClauseFinalOutletPattern();

    // "BusinessDay on Feb. 21 reported", "Nairametrics last week reported that": a name opening the sentence, a time, then "reported".
    [GeneratedRegex(@"^(?:The )?(?<n>" + Name + @") (?:on [A-Z][a-z]+\.?(?: \d{1,2})?|last \w+|this \w+|earlier this \w+|yesterday|today|late \w+|earlier) (?:reported|revealed|wrote)\b(?! (?:revenue|earnings|profits?|results|a loss|a profit|net|sales|quarterly|its|their|record|first|second|third|fourth|operating|income)\b)(?! (?:about |around |nearly |over |more than )?[$€£¥₹\d])(?! that (?:its|their)\b)")]
    private static partial Regex TimedOutletPattern();

    // "according to the Saudi state news agency", "According to the official Vietnamese news agency": state media by what they are.
    [GeneratedRegex(@"\b(?:[Aa]ccording to|[Cc]iting|[Pp]er|told|quoted by|reported by|cited by) the (?<n>(?:[A-Z][\w-]* )?(?:official|state|state-run|state-owned|semi-official|government-run|government) (?:[A-Z][\w-]* )?(?:news agency|press agency|broadcaster|television|TV|news service|newspaper|daily|media))\b")]
    private static partial Regex StateMediaPattern();

    // "in a report by Saheli Roy Choudhury of CNBC": the outlet, not the reporter.
    [GeneratedRegex(@"\b(?:a|an|the) (?:report|article|story|piece|column|interview) (?:by|from) (?!The\b)(?<p>" + Person + @") of (?<o>(?:The )?" + Name + ")")]
    private static partial Regex ReporterOfOutletPattern();

    // "revealed in a disclosure to the Hong Kong Stock Exchange", "According to an SEC disclosure": a disclosure cited.
    [GeneratedRegex(@"\b(?:[Aa]ccording to|[Pp]er|[Cc]iting|[Bb]ased on|via|through|(?:revealed|disclosed|detailed|stated|shown|outlined|described|noted|included|contained|confirmed|made public) in) (?:a|an|the|its|their) (?<n>(?:(?:[A-Z][\w&.-]*|regulatory|stock exchange|exchange|securities|mandatory|recent|new|latest|separate|public) ){0,3}disclosures?(?: (?:to|with|from) (?:the )?" + Name + ")?)")]
    private static partial Regex CitedDisclosurePattern();

    // "A regulatory disclosure showed that": a disclosure opening its clause before a showing verb.
    [GeneratedRegex(@"(?:^|[.;] +|, )(?:A|An|The|a|an|the) (?<n>(?:(?:[A-Z][\w&.-]*|regulatory|stock exchange|exchange|securities|recent|new|latest) ){0,3}disclosures?(?: (?:to|with) (?:the )?" + Name + @")?) (?:showed|shows|revealed|reveals|said|says|indicated|indicates)\b")]
    private static partial Regex DisclosureSubjectPattern();

    // "detailed in the company's initial public offering filing": a filing with a noun owner, kept with it.
    [GeneratedRegex(@"\b(?:[Aa]ccording to|[Pp]er|[Cc]iting|[Bb]ased on|(?:[Aa]s )?(?:detailed|disclosed|revealed|outlined|described|shown|stated|listed|included|contained|set out|laid out|noted) in) the (?<n>(?:company|firm|group|startup|start-up|bank|lender|fund|insurer|operator|carrier|government|buyer|seller)['’]s (?:[\w-]+ ){0,4}(?:filing|filings|prospectus|disclosure))\b")]
    private static partial Regex OwnedFilingPattern();

    // "a regulatory filing by NOS", "a stock exchange filing by Vodacom": the filing with its filer.
    [GeneratedRegex(@"\b(?:a|an|the|A|An|The) (?<n>(?:(?:regulatory|stock exchange|exchange|securities|annual|quarterly|recent|new|latest|separate|public|[A-Z][\w-]*) ){0,3}(?:filing|filings|disclosure) by (?:the )?" + Name + @")(?= (?:to|with) )")]
    private static partial Regex FilingByFilerPattern();

    // "Google and Accel published a combined study … that postulates": the study's authors.
    [GeneratedRegex(@"(?:^|[.;] +|, )(?<a>" + NameNoAnd + @")(?: and (?<b>" + NameNoAnd + @"))? (?:published|released|issued|put out|produced|unveiled) (?:a|an|their|its|the) (?:[\w-]+ ){0,2}(?:study|report|survey|paper|analysis|whitepaper|white paper|research)\b[^.;]{0,100}?\b(?:that|which) (?:postulates|postulated|finds|found|shows|showed|says|said|estimates|estimated|predicts|predicted|projects|projected|suggests|suggested|concludes|concluded|argues|argued|reveals|revealed|forecasts|notes)\b")]
    private static partial Regex PublishedStudyPattern();

    // "Barclays said in a 13 January research note", "Morgan Stanley analysts led by Keith Weiss wrote in a Thursday note": the house.
    [GeneratedRegex(@"(?:^|[.;] +|, )(?:The )?(?<n>" + NameNoAnd + @")(?: analysts?(?: led by " + Person + @",?)?)? (?:said|wrote|says|writes|noted|estimated|estimate|estimates|predicted|argued|warned|added) in (?:a|an|its|their) (?:[\w-]+ ){0,4}(?:note|memo|research note|client note)\b")]
    private static partial Regex HouseNotePattern();

    // "Morgan Stanley analysts led by Jane Smith said …": the house whose analysts speak.
    [GeneratedRegex(@"(?:^|[.;] +|, )(?:The )?(?<n>" + NameNoAnd + @") analysts led by " + Person + @",? (?:said|wrote|say|write|estimate|estimated|noted|predicted|expect|expected|added)\b")]
    private static partial Regex LedAnalystsPattern();

    // "according to a report by Research and Markets.", "according to the Spherical Insights &Consulting,": a whole name ending the citation.
    [GeneratedRegex(@"\b[Aa]ccording to (?:the |a (?:new |recent |latest )?(?:report|study|survey|analysis|research) (?:by|from) (?:the )?)(?<n>" + NameWords + @")(?=[,.;]|$| \()")]
    private static partial Regex CitedWholeNamePattern();

    // "In a research note on Friday, brokerage BTIG said": a house after its note, past what it is.
    [GeneratedRegex(@"\b[Ii]n an? (?:[\w-]+ ){0,2}note(?: to (?:clients|investors))?(?: on \w+)?, (?:(?:the )?(?:[a-z][\w-]* ){1,3})?(?<n>" + NameNoAnd + @") (?:said|wrote|says|noted|estimated|argued|warned|predicted)\b")]
    private static partial Regex NoteFirstPattern();

    // "Brian Wieser, an analyst with Pivotal Research, wrote in an investor note": the house of an analyst set off by commas.
    [GeneratedRegex(@"\b" + Person + @", an? (?:[\w-]+ )?analyst (?:with|at) (?<n>" + NameNoAnd + @"), (?:wrote|said|noted|told|estimated)\b")]
    private static partial Regex AnalystWithPattern();

    // "The data was released by the African Private Capital Association (AVCA)": a provider of data.
    [GeneratedRegex(@"\b(?:data|figures|statistics|numbers)(?: was| were)? (?:released|published|compiled|collected|provided) by (?:the )?(?<n>" + Name + ")")]
    private static partial Regex DataReleasedByPattern();

    // "The MoneyTree study was conducted by PricewaterhouseCoopers and the National Venture Capital Association": each author.
    [GeneratedRegex(@"\b(?:study|survey|report|research|analysis) (?:was |were )?(?:conducted|compiled|published|released|produced|carried out|prepared) by (?:the )?(?<a>" + NameNoAnd + @")(?: and (?:the )?(?<b>" + NameNoAnd + "))?")]
    private static partial Regex StudyConductedByPattern();

    // "according to one of the persons": unnamed people.
    [GeneratedRegex(@"\b(?<a>(?:one|two|three|four|five|several|some|another|each|both|either|neither|none|all) of (?:the|those|these) persons(?: (?:cited|quoted|mentioned) above)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsPattern();

    // "…to sell itself to private equity firm Thoma Bravo": the buyer's name ends this text (no source).
    [GeneratedRegex(@"\b(?:sell|sells|selling|sold)(?: \w+){0,4} to (?:(?:a|an|the)\s)?(?:[a-z][\w-]*\s){0,4}$")]
    private static partial Regex SoldToPattern();

    // After a name: "&Consulting", " & Venture Capital".
    [GeneratedRegex(@"^ ?& ?" + NameWord + @"(?: " + NameWord + ")*")]
    private static partial Regex AmpersandTailPattern();

    // After a body's name: " of Private Equity & Venture Capital".
    [GeneratedRegex(@"^ (?:of|for) (?:the )?" + Name)]
    private static partial Regex BodyTailPattern();

    /// <summary>
    /// Adds the cited-products sweep's sources in the sentence to <paramref name="found"/> and drops its mis-reads; run after every
    /// other rule. The patterns search the sentence alone (its "^" and "$" are the sentence's bounds), not the whole text.
    /// </summary>
    private static void CitedProductSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var from = sentence.Start;
        var length = sentence.End - sentence.Start;
        DropMisreads(text, found);
        ExtendLongNames(text, sentence.End, found);

        foreach (Match m in In(CitedDataPattern(), text, from, length))
        {
            PlaceProvider(text, m.Groups["n"], found);
        }

        foreach (Match m in In(TrackerSubjectPattern(), text, from, length))
        {
            PlaceProvider(text, m.Groups["n"], found);
        }

        // Rules whose name may hold a fragment read before (the owner of a titled product, "IPO filing" of the company's, a filer):
        // the whole replaces it.
        foreach (var pattern in new[] { OwnedTitlePattern(), StateMediaPattern(), OwnedFilingPattern(), FilingByFilerPattern() })
        {
            foreach (Match m in In(pattern, text, from, length))
            {
                Place(text, m.Groups["n"], found);

                // "According to the Kenyan state broadcaster, African fintechs raised …": the clause's subject after it is no source.
                var after = m.Groups["n"].Index + m.Groups["n"].Length + 2;
                if (after <= text.Length && text[(after - 2)..after] == ", ")
                {
                    found.RemoveAll(s => s.Kind == SourceKind.Named && s.Start == after);
                }
            }
        }

        // A whole name cited replaces the fragments read of it ("Research" and "Markets" of "Research and Markets"), unless they are
        // listed outlets cited together ("according to Crunchbase and PitchBook.").
        foreach (Match m in In(CitedWholeNamePattern(), text, from, length))
        {
            var name = m.Groups["n"];
            if (!found.Any(s => s.Kind == SourceKind.Named && s.Start >= name.Index && s.Start + s.Length <= name.Index + name.Length
                && s.Length < name.Length && KnownOutlet(s.Name) is not null))
            {
                Place(text, name, found);
            }
        }

        // Rules for what nothing read before: a source already read over their words stays as read.
        foreach (var pattern in new[] { TitledProductPattern(), ClauseFinalOutletPattern(), TimedOutletPattern(), HouseNotePattern(), LedAnalystsPattern(),
            NoteFirstPattern(), AnalystWithPattern() })
        {
            foreach (Match m in In(pattern, text, from, length))
            {
                AddUnread(text, m.Groups["n"], found);
            }
        }

        foreach (var pattern in new[] { CitedDisclosurePattern(), DisclosureSubjectPattern() })
        {
            foreach (Match m in In(pattern, text, from, length))
            {
                // A bare "a disclosure" says nothing of which: it needs a describing word or the body it went to ("a disclosure (pdf) to the ADX" is none).
                if (m.Groups["n"].Value.Contains(' ', StringComparison.Ordinal))
                {
                    AddUnread(text, m.Groups["n"], found);
                }
            }
        }

        foreach (Match m in In(ReporterOfOutletPattern(), text, from, length))
        {
            var person = m.Groups["p"];
            // "a report by Latin American Association of Private Equity" is a body's name, not a reporter of an outlet.
            if (person.Value.Split(' ').Any(w => _outletTitleWords.Contains(w) || _bodyWords.Contains(w) || _organisationWords.Contains(w)))
            {
                continue;
            }

            found.RemoveAll(s => s.Kind == SourceKind.Named && s.Start < m.Groups["o"].Index && person.Index < s.Start + s.Length);
            Place(text, m.Groups["o"], found);
        }

        // A place's adjective before what the author is ("compiled by the Chinese tech news portal 36Kr") is no author.
        foreach (Match m in In(StudyConductedByPattern(), text, from, length))
        {
            PlaceProvider(text, m.Groups["a"], found);
            if (m.Groups["b"].Success)
            {
                PlaceProvider(text, m.Groups["b"], found);
            }
        }

        foreach (Match m in In(DataReleasedByPattern(), text, from, length))
        {
            PlaceProvider(text, m.Groups["n"], found);
        }

        foreach (Match m in In(PublishedStudyPattern(), text, from, length))
        {
            Place(text, m.Groups["a"], found);
            if (m.Groups["b"].Success)
            {
                Place(text, m.Groups["b"], found);
            }
        }

        if (!found.Any(s => s.Kind == SourceKind.Anonymous) && PersonsPattern().Match(text, from, length) is { Success: true } persons)
        {
            var people = persons.Groups["a"];
            found.Add(new SourceMention(people.Value, SourceKind.Anonymous, people.Index, people.Length));
        }
    }

    /// <summary>
    /// A provider read from its data or tracker, unless the words are a place's or sector's adjective ("European data"), a possessive
    /// ("Entrackr’s data" is read by the older rules) or a compiler's participle ("Bloomberg-compiled data").
    /// </summary>
    private static void PlaceProvider(string text, Group name, List<SourceMention> found)
    {
        var value = name.Value;
        if (!_notProviders.Contains(value) && !value.Split(' ').All(_notProviders.Contains) && !value.EndsWith("’s", StringComparison.Ordinal)
            && !value.EndsWith("'s", StringComparison.Ordinal) && !value.EndsWith("-compiled", StringComparison.Ordinal))
        {
            AddUnread(text, name, found);
        }
    }

    /// <summary>Adds a named source unless one was read over its words already.</summary>
    private static void AddUnread(string text, Group name, List<SourceMention> found)
    {
        var start = name.Index;
        var end = name.Index + name.Length;
        if (!found.Any(s => s.Kind == SourceKind.Named && s.Start < end && start < s.Start + s.Length)
            && !name.Value.Contains("’s ", StringComparison.Ordinal) && !name.Value.Contains("'s ", StringComparison.Ordinal))
        {
            found.Add(new SourceMention(text[start..end], SourceKind.Named, start, end - start));
        }
    }

    /// <summary>Adds a named source, replacing any named source read over part of its words (none when one holds it whole).</summary>
    private static void Place(string text, Group name, List<SourceMention> found)
    {
        var start = name.Index;
        var end = name.Index + name.Length;

        // Read already whole, maybe with its article ("the German Startup Association"): left as read.
        if (found.Any(s => s.Kind == SourceKind.Named && s.Start <= start && end <= s.Start + s.Length))
        {
            return;
        }

        found.RemoveAll(s => s.Kind == SourceKind.Named && s.Start < end && start < s.Start + s.Length);
        found.Add(new SourceMention(text[start..end], SourceKind.Named, start, end - start));
    }

    /// <summary>Drops an opening adverb read as a name ("First reported on by …") and a buyer a company sells itself to.</summary>
    private static void DropMisreads(string text, List<SourceMention> found)
    {
        found.RemoveAll(s => s.Kind == SourceKind.Named && _openingAdverbs.Contains(s.Name)
            && s.Start + s.Length < text.Length && text.AsSpan(s.Start + s.Length).StartsWith(" reported", StringComparison.Ordinal));
        found.RemoveAll(s => s.Kind == SourceKind.Named && Lexicon.Outlets.ContainsKey(s.Name) is false
            && SoldToPattern().IsMatch(text[Math.Max(0, s.Start - 80)..s.Start]));
    }

    /// <summary>A name read short of its "&amp; …" or a body's "of …": "Spherical Insights &amp;Consulting", "Association of …".</summary>
    private static void ExtendLongNames(string text, int sentenceEnd, List<SourceMention> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var s = found[k];
            if (s.Kind != SourceKind.Named || s.Start + s.Length > sentenceEnd)
            {
                continue;
            }

            var end = s.Start + s.Length;
            var lastWord = text[s.Start..end].Split(' ')[^1];
            var tail = AmpersandTailPattern().Match(text, end, sentenceEnd - end);
            if (!tail.Success && _bodyWords.Contains(lastWord))
            {
                tail = BodyTailPattern().Match(text, end, sentenceEnd - end);
            }

            if (tail.Success)
            {
                var start = text[s.Start..end].StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s.Start + 4 : s.Start;
                var newEnd = end + tail.Length;
                found[k] = new SourceMention(text[start..newEnd], SourceKind.Named, start, newEnd - start);
            }
        }
    }

    /// <summary>The pattern's matches in <c>text[from..(from + length)]</c>, with indexes in the whole text; none for no pattern.</summary>
    private static IEnumerable<Match> In(Regex? pattern, string text, int from, int length)
    {
        // Since the general-frames sweep: a pattern left out (null) because its sentence lacks the words it needs has no matches.
        for (var m = pattern?.Match(text, from, length); m is { Success: true }; m = m.NextMatch())
        {
            yield return m;
        }
    }
}
