namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Anonymous sources, people not named: "people familiar with the matter", "a person briefed on the plans", "three sources
/// said", "an unnamed official at Hyundai Motor told Yonhap", "an anonymous Mitsui official", "prospective investors said", the
/// outlet they spoke to ("sources told CNBC-TV18"), and, when nothing else in the sentence is, "who declined to be named".
/// </summary>
internal static partial class SourceRules
{
    private static readonly HashSet<string> _peopleNouns = new(StringComparer.Ordinal)
    {
        "people", "person", "source", "sources", "insider", "insiders", "official", "officials", "executives", "executive", "investor",
        "investors", "banker", "bankers", "those", "someone",

        // Since the seventh round: "individuals who spoke to Reuters".
        "individuals",

        // Since the sweep's second pass: "according to folks with knowledge of the situation".
        "folks",

        // Since the twelfth round: "three persons with knowledge of the case claimed".
        "persons",

        // Since the twenty-second session (the miss class "anonymous phrase not recognised", 10 of 19 sets): the other plural nouns wires
        // use for people they do not name ("Industry observers note", "deal watchers say", "according to one participant").
        "observers", "watchers", "participant", "participants", "dealmakers", "analysts",

        // Since the twenty-third session: "industry experts say", "…, say experts.", "noted one financier" (read by ExpertsAt).
        "experts", "financier", "financiers",

        // Since the forty-fifth session: "Industry players say", "market players said" (read as observers are: with a source adjective).
        "players",

        // Since the forty-sixth session: "…, academics said on Wednesday." (read as experts are: speaking or cited).
        "academics",
    };

    private static readonly HashSet<string> _quantifiers = new(StringComparer.Ordinal)
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "several", "multiple", "some", "various", "numerous", "the", "unnamed",
        "anonymous", "informed", "other", "many", "those", "both", "first", "second", "third", "fourth", "same", "another",
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

        // Since the anonymous-roles sweep: "…, the people add."
        "add", "adds",

        // Since the data-sources sweep: "sources claim Flipboard has …", "insiders had informed the channel".
        "claim", "claims", "claimed", "informed",

        // Since the twenty-second session: "sources warned", "though sources confirm", "Industry observers note", "insiders see".
        "warned", "warn", "warns", "confirm", "confirms", "note", "notes", "see", "sees",

        // Since the forty-fifth session: "with analysts saying many more bids are likely", "sources saying".
        "saying",
    };

    private static readonly HashSet<string> _sourceAdjectives = new(StringComparer.Ordinal)
    {
        "industry", "banking", "government", "diplomatic", "official", "market", "company", "informed", "unnamed", "anonymous", "local", "senior",
        "unidentified", "financial", "security", "political", "military", "trade", "knowledgeable", "reliable", "credible", "well-placed",

        // Since the data-sources sweep: "citing insider sources".
        "insider",
    };

    private static readonly HashSet<string> _clauseBreakers = new(StringComparer.Ordinal) { "and", "but", "that", "which", "who", "to", "of" };

    /// <summary>"people familiar with the matter", "a person briefed on the plans", "three sources said", "the people said".</summary>
    private static SourceMention? AnonymousAt(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        var next = i + 1 < words.Count && !words[i].EndsPhrase ? words[i + 1].Lower : "";
        var previous = i > 0 && !words[i - 1].EndsPhrase ? words[i - 1].Lower : "";
        var isSource = lower is "source" or "sources" or "insider" or "insiders" or "observers" or "watchers" or "dealmakers" or "players";
        if (IsNoPersonOrNoneThere(words, i, next, previous))
        {
            return null;
        }

        if (lower is "experts" or "financier" or "financiers" or "academics")
        {
            return ExpertsAt(text, sentence, i, next, previous);
        }

        // Since the twenty-second session: "industry analysts say", "market participants expect" are unnamed people; "analysts at Morgan
        // Stanley" or a lone "analysts" speak for a firm or for nobody in particular.
        if (lower is "analysts" or "participants" or "observers" or "watchers" or "dealmakers" or "players" && !AccordingToBefore(words, i)
            && !(_sourceAdjectives.Contains(previous) || (lower is not ("analysts" or "participants") && previous is "deal" or "fintech" or "tech" or "sector" or "some" or "many")))
        {
            return null;
        }

        // "according to analysts at Bernstein", "Wedbush analysts said": a named firm's people, read as the firm where it is cited.
        if (lower is "analysts" or "participants" or "observers" or "watchers" or "dealmakers" or "players"
            && ((next is "at" or "from" or "of" or "with" && i + 2 < words.Count && words[i + 2].IsCapitalised) || next is "polled" or "surveyed"
                || (i > 0 && words[i - 1].IsCapitalised && sentence.NameAt[i - 1] is not null && !_sourceAdjectives.Contains(previous))))
        {
            return null;
        }

        // "According to Business Insider": a word of a name is no person.
        if (sentence.NameAt[i] is not null && words[i].IsCapitalised && i > 0 && words[i - 1].IsCapitalised && !words[i - 1].EndsPhrase)
        {
            return null;
        }

        isSource |= lower is "analysts" or "participants";

        // Since the eighteenth session: "an official company statement", "the official website": "official" describing a document.
        if (lower == "official" && next is "company" or "statement" or "statements" or "announcement" or "website" or "site" or "release"
            or "filing" or "document" or "documents" or "blog" or "account" or "channel" or "data" or "figures" or "records" or "record" or "report"
            or "notice" or "gazette" or "portal" or "press" or "communication" or "letter" or "confirmation" or "launch" or "sources")
        {
            return null;
        }

        var knowing = Knows(words, i, next);
        if (lower is "those" or "someone" && !(knowing && next is "familiar" or "briefed" or "knowledgeable" or "privy" or "close" or "with" or "in" or "who"))
        {
            return null;
        }

        var saying = Says(words, i, next, previous, isSource);

        // "shares from OpenAI employees and other insiders": holders listed, not people cited.
        if (previous == "other" && i >= 2 && words[i - 2].Lower is "and" or "or" && !saying && !knowing)
        {
            return null;
        }

        // Since the forty-third session: "an insider share sale", "insider trading" describe a deal, and "offering shares to insiders",
        // "bought from insiders" name holders, not people cited.
        if (lower is "insider" or "insiders" && !knowing && !AccordingToBefore(words, i)
            && ((!saying && next is "share" or "shares" or "stock" or "stocks" or "sale" or "sales" or "trading" or "selling" or "buying"
                    or "purchase" or "purchases" or "deal" or "deals" or "transaction" or "transactions" or "ownership")
                || (previous is "to" or "from" && i >= 2 && words[i - 2].Lower is "shares" or "stock" or "stakes" or "equity" or "options" or "units")))
        {
            return null;
        }

        var quotedOrCited = IsQuotedOrCitedPeople(words, i, previous, isSource);
        if (UnnamedOfficial(text, sentence, i) is { } official)
        {
            return official;
        }

        if ((!knowing && !saying && !quotedOrCited) || IsUncitedInvestorOrOfficial(words, i, next, knowing))
        {
            return null;
        }

        return AnonymousSpan(text, words, i, knowing);
    }

    /// <summary>
    /// Since the twenty-third session: experts and financiers who are not named, speaking ("industry experts say", "experts told TNW",
    /// "noted one financier", "…, say experts.") or cited ("according to experts"). Experts of a named firm ("Deloitte experts said") are
    /// that firm's people, and experts hired or quoted in no saying frame ("the company hired experts") are no source.
    /// </summary>
    private static SourceMention? ExpertsAt(string text, SentenceWords sentence, int i, string next, string previous)
    {
        var words = sentence.Words;
        if (i > 0 && sentence.NameAt[i - 1] is not null && words[i - 1].IsCapitalised && !words[i - 1].EndsPhrase)
        {
            return null;
        }

        // "The global financier says in its latest annual report": one financier named as a company is no person.
        if (words[i].Lower == "financier" && previous is not ("one" or "a" or "an" or "another"))
        {
            return null;
        }

        var spoken = _saying.Contains(next) || SaysSoon(words, i);
        var verb = i - 1;
        while (verb > 0 && i - verb < 3 && _quantifiers.Contains(words[verb].Lower) && !words[verb - 1].EndsPhrase)
        {
            verb--;
        }

        var inverted = verb >= 0 && verb < i && words[verb].Lower is "say" or "says" or "said" or "noted" or "notes" or "added" or "warned" or "told"
            && (verb == 0 || words[verb - 1].EndsPhrase);
        return spoken || inverted || AccordingToBefore(words, i) ? AnonymousSpan(text, words, i, knowing: false) : null;
    }

    /// <summary>Reads words that make the noun no person cited: "sources of funding", "open source", "without citing sources".</summary>
    private static bool IsNoPersonOrNoneThere(List<Word> words, int i, string next, string previous)
    {
        // Since the anonymous-roles sweep: "the source code".
        if (next is "of" or "for" or "code" or "codes" || previous is "open" or "data" or "revenue" or "funding" or "capital" or "income" or "power" or "energy")
        {
            return true;
        }

        // "the daily said, without citing sources": sources said not to be there.
        return previous is "citing" or "naming" or "quoting" && i >= 2 && words[i - 2].Lower is "without" or "not";
    }

    /// <summary>Reads people or sources quoted or cited: "the people said", "one of the people", "citing three people", "citing sources".</summary>
    private static bool IsQuotedOrCitedPeople(List<Word> words, int i, string previous, bool isSource)
    {
        var lower = words[i].Lower;

        // "the people said", "one of the people"; "citing three people".
        var quoted = ((lower is "people" or "person" || isSource) && previous == "the" && i >= 2 && words[i - 2].Lower is "of" or "said" or "to" or "citing")
            || (lower is "people" or "person" && _quantifiers.Contains(previous) && i >= 2 && words[i - 2].Lower == "citing");
        // Since the data-sources sweep: "AVCJ learned of the launch from sources in the LP community".
        var learnedFrom = previous == "from" && words.Skip(Math.Max(0, i - 12)).Take(Math.Min(i, 12)).Any(w => w.Lower is "learned" or "learnt" or "heard" or "understands" or "understood");
        var citedSource = isSource && (learnedFrom || _quantifiers.Contains(previous) || previous is "citing" or "said" or "to" or "quoting"
            || (previous == "on" && i >= 2 && words[i - 2].Lower is "relying" or "based")
            || (i >= 2 && _sourceAdjectives.Contains(previous) && (words[i - 2].Lower is "citing" or "to" or "said" or "of" || _quantifiers.Contains(words[i - 2].Lower)))
            || (i >= 3 && _sourceAdjectives.Contains(previous) && BeforeAdjectives(words, i) is var k && k >= 0 && k < i - 2
                && (words[k].Lower is "citing" or "quoting" or "to" or "said" or "of" || _quantifiers.Contains(words[k].Lower))));
        // Since the twenty-second session: "according to information technology (IT) industry sources", "according to one participant".
        return quoted || citedSource || (AccordingToBefore(words, i) && (isSource || _quantifiers.Contains(previous) || _sourceAdjectives.Contains(previous)));
    }

    /// <summary>
    /// The word before the source adjectives right before word <paramref name="i"/> ("citing a senior government source": "a"), at most
    /// three adjectives back (since the forty-fifth session; one before), or -1.
    /// </summary>
    private static int BeforeAdjectives(List<Word> words, int i)
    {
        var k = i - 1;
        while (k >= 0 && i - k <= 3 && _sourceAdjectives.Contains(words[k].Lower) && (k == i - 1 || !words[k].EndsPhrase))
        {
            k--;
        }

        return k >= 0 && !words[k].EndsPhrase ? k : -1;
    }

    /// <summary>"according to" within five words before word <paramref name="i"/>, with no phrase ended between (brackets aside).</summary>
    private static bool AccordingToBefore(List<Word> words, int i)
    {
        for (var k = i - 1; k >= 1 && k >= i - 5; k--)
        {
            if (words[k].Lower == "to" && words[k - 1].Lower == "according")
            {
                return true;
            }

            if (words[k].EndsPhrase && !words[k].InBrackets)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Reads investors, executives or officials who know nothing or are only close: "investors close to the billionaire are in talks".</summary>
    private static bool IsUncitedInvestorOrOfficial(List<Word> words, int i, string next, bool knowing)
    {
        var lower = words[i].Lower;
        if (lower is "investor" or "investors" or "executive" or "executives" or "official" or "officials" or "banker" or "bankers" && !knowing)
        {
            return true;
        }

        // Since the seventh round: "investors close to the billionaire are in talks" are people in the story, not a source, unless they speak
        // or are cited.
        return lower is "investor" or "investors" or "executive" or "executives" or "banker" or "bankers" && next == "close" && !SaysWithin(words, i, 10)
            && !words.Skip(Math.Max(0, i - 4)).Take(Math.Min(i, 4)).Any(w => w.Lower is "according" or "citing" or "quoting");
    }

    /// <summary>"people familiar with / with knowledge of / briefed on / close to / in the know", "a person who has seen the terms".</summary>
    private static bool Knows(List<Word> words, int i, string next)
    {
        var knowing = _knowing.Contains(next)
            && (next != "with" || (i + 2 < words.Count && words[i + 2].Lower is "knowledge" or "direct"

                // Since the thirty-third session: "people with information about the listing", "people with insight into the talks".
                or "information" or "insight" or "insights" or "details" or "access" or "visibility" or "understanding"))
            && (next != "who" || (i + 2 < words.Count && words[i + 2].Lower is "spoke" or "asked" or "declined" or "requested" or "were" or "was" or "are" or "is"))
            && (next != "close" || (i + 2 < words.Count && words[i + 2].Lower == "to"));

        // "people in the know"; "those familiar with the plans" (but not "those who are investing").
        knowing |= next == "in" && Window(words, i + 2, 2) == "the know";

        // "a person who has seen the terms", "people who have reviewed the documents".
        knowing |= next == "who" && Window(words, i + 2, 2) is "has seen" or "have seen" or "had seen" or "has reviewed" or "have reviewed"
            or "had reviewed" or "has read" or "have read";

        // Since the eighteenth session: "People who have knowledge of the matter said", "people who are familiar with the talks".
        knowing |= next == "who" && Window(words, i + 2, 2) is "have knowledge" or "has knowledge" or "had knowledge" or "are familiar"
            or "were familiar" or "is familiar" or "was familiar" or "are knowledgeable" or "were briefed" or "was briefed" or "are close"
            or "were close" or "is close" or "was close";
        return knowing;
    }

    /// <summary>"three sources said", "sources at the company said", "sources quoted by Reuters", "sources believe", "citing unnamed people".</summary>
    private static bool Says(List<Word> words, int i, string next, string previous, bool isSource)
    {
        var saying = (_saying.Contains(next) || SaysSoon(words, i)) && (isSource || _quantifiers.Contains(previous) || previous == "people");

        // "sources at the company said", "sources inside the bank told Reuters".
        saying |= isSource && next is "at" or "inside" or "within" && SaysWithin(words, i, 6);
        saying |= isSource && next is "quoted" or "cited" && i + 2 < words.Count && words[i + 2].Lower == "by";

        // Since the thirty-third session: "Market sources point out that".
        saying |= isSource && next is "point" or "points" or "pointed" && i + 2 < words.Count && words[i + 2].Lower == "out";

        // "sources believe", "insiders expect": sources (not investors or people at large) saying what they think.
        saying |= isSource && next is "believe" or "believed" or "believes" or "think" or "thought" or "expect" or "expected" or "suggest"
            or "described" or "characterised" or "characterized" or "put";
        // "citing unnamed people", "according to anonymous officials".
        saying |= previous is "unnamed" or "anonymous" or "unidentified" && i >= 2 && words[i - 2].Lower is "citing" or "to";
        return saying;
    }

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
        // Since the forty-sixth session, a country's or a union's officials too: "according to a senior US official", "a Chinese official said".
        var country = false;
        while (quantifier > 0 && i - quantifier <= 2 && !words[quantifier].EndsPhrase
               && ((!words[quantifier].IsCapitalised
                       && (_sourceAdjectives.Contains(words[quantifier].Lower) || words[quantifier].Lower is "administration" or "ministry" or "top" or "former"))
                   || (lower is "official" or "officials" && CountryWord(words[quantifier]))))
        {
            country |= words[quantifier].IsCapitalised;
            quantifier--;
        }

        var unnamedOfficial = lower is "official" or "officials" or "executive" or "executives" or "insider" or "banker" or "bankers"
            && quantifier >= 0 && words[quantifier].Lower is "a" or "an" or "one" or "two" or "three" or "several" or "some" or "unnamed"
                or "unidentified" or "anonymous"
            && (SaysWithin(words, i, 6) || (country && AccordingToBefore(words, quantifier + 1)));
        if (unnamedOfficial && !IsPartysOwnSpeaker(sentence, i))
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

    /// <summary>A country's or a union's word before "official": "US", "U.S.", "EU", "UK", "Chinese", "German", "Canadian".</summary>
    private static bool CountryWord(Word word) =>
        word.IsCapitalised && (word.Core is "US" or "U.S." or "EU" or "UK" or "U.K." or "UN" || Demonym(word.Core));

    /// <summary>The words of unnamed people: from a quantifier ("two of the") through what they know ("familiar with the matter").</summary>
    private static SourceMention AnonymousSpan(string text, List<Word> words, int i, bool knowing)
    {
        // Start: a quantifier or "two of the"; since the sweep, what kind of sources they are ("industry sources", "unnamed government officials").
        var start = i;
        while (start > 0 && i - start < 4 && !words[start - 1].EndsPhrase
               && (_quantifiers.Contains(words[start - 1].Lower) || words[start - 1].Lower is "of" || _sourceAdjectives.Contains(words[start - 1].Lower)))
        {
            start--;
        }

        // End: through "familiar with the matter", "briefed on the plans".
        var end = i;
        if (knowing)
        {
            // "people who have knowledge of the matter": through the relative clause's verb.
            end = i + 1 < words.Count && words[i + 1].Lower == "who" && i + 2 < words.Count && !words[i + 1].EndsPhrase ? i + 2 : i + 1;
            while (end + 1 < words.Count && end - i < 7 && !words[end].EndsPhrase && !_saying.Contains(words[end + 1].Lower)
                   && words[end + 1].Lower is not ("who" or "and" or "but" or "that" or "as" or "because" or "while" or "cited" or "citing"
                       or "according" or "reported" or "quoted" or "have" or "has" or "had" or "were" or "was" or "are" or "is"))
            {
                end++;
            }
        }

        return Span(text, SourceKind.Anonymous, words[start].Start, words[end].End);
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
            // "sources tell DealStreetAsia", "sources informed CNBC-TV18".
            var told = words[j].Lower is "told" or "tells" or "tell" or "informed" or "inform" or "informs" && !words[j].EndsPhrase;
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

    /// <summary>"An anonymous Mitsui official explained": an unnamed person of a named company, the words from "anonymous" to the noun.</summary>
    private static (int First, int Last)? UnnamedPersonOf(List<Word> words, int i)
    {
        if (words[i - 1].Lower is not ("anonymous" or "unnamed" or "unidentified"))
        {
            return null;
        }

        for (var j = i; j < words.Count && j <= i + 2 && words[j].IsCapitalised; j++)
        {
            // Since the twenty-first session, an unnamed investor who only puts money in ("US$100 million in financing from Morgan
            // Stanley Tactical Value and an unnamed West Coast investor") is a party to the deal, not a source: it must say something.
            if (j + 1 < words.Count && _peopleNouns.Contains(words[j + 1].Lower)
                && (words[j + 1].Lower is not ("investor" or "investors") || SaysWithin(words, j + 1, 8)
                    || Enumerable.Range(Math.Max(0, i - 4), Math.Min(3, Math.Max(0, i - 1))).Any(k => words[k].Lower == "according")))
            {
                return (i - 1, j + 1);
            }
        }

        return null;
    }

    /// <summary>"…, prospective investors said", "potential investors told": investors not named are anonymous sources.</summary>
    private static SourceMention? TenthUnnamedInvestors(string text, List<Word> words, int i) =>
        words[i].Lower is "investors" or "backers" && i >= 1 && i + 1 < words.Count
        && words[i - 1].Lower is "prospective" or "potential" or "would-be" or "several" or "some" or "two" or "three" or "four" or "other"
        && words[i + 1].Lower is "said" or "say" or "says" or "told" && !words[i].EndsPhrase
            ? Span(text, SourceKind.Anonymous, words[i - 1].Start, words[i].End)
            : null;

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
}
