using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the general-frames sweep (<c>GeneralFrameSourcesSweepTests</c>): sources read from the grammatical class of their frame rather
/// than from one wording, read last of all source rules. Each frame is written for any name, tense and order the class allows:
/// <list type="bullet">
/// <item>A study cited by its author's name, whatever follows it: "according to / per / citing / based on a (recent) X study / report /
/// survey / analysis / estimate / data / figures / research / note …" names X ("according to a PwC study of DRC's infrastructure").</item>
/// <item>Every author of a study listed with commas: "a report by Google, Temasek Holdings and Bain &amp; Co." names all three.</item>
/// <item>A body publishing what is cited, named by its noun when it has no capitalised name: "according to figures published recently
/// by the cyber-task-force in the prime minister's office" (a party's own "company" or "firm" is no such body).</item>
/// <item>A listed news outlet, wire or rating agency as the subject of any verb at the opening of its clause, past time words and
/// auxiliaries: "Reuters witnessed the signing", "The Financial Times has now placed the valuation at", "The Wall Street Journal first
/// disclosed", "Fitch Ratings gave the bonds an A+ rating, while Moody's Investors Service gave them an A1 rating"; any verb of
/// perceiving, finding, reckoning, telling or publishing. Not read: any other verb (a party's or a person's: "Bloomberg LP agreed",
/// "Bloomberg ensured"), a passive or copula ("was sold", "is"), the outlet doing its own business ("released its report"), an outlet as object or owned
/// thing ("News Corp, which owns The Wall Street Journal"), a company sharing the outlet's first word ("Bloomberg LP agreed"), a
/// dateline ("(Reuters) -").</item>
/// <item>Anonymous: "Officials (have) said" opening the sentence; an unnamed speaker after an inverted speaking verb of any kind
/// ("…,” grumbles an Israeli venture capitalist"); a speaker "of / at / with" an unnamed organisation however long its description
/// ("an executive of a firm that has a long association with cricket …, said"); an unnamed organisation described by its part in the
/// deal ("a brokerage running the deal said", "said a bank involved in the sale"); "according to some / many / industry estimates".</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    private const RegexOptions GeneralOptions = RegexOptions.CultureInvariant;

    // The document nouns a study is cited by.
    private const string StudyNouns = @"(?:study|studies|report|reports|survey|surveys|analysis|analyses|estimate|estimates|data|figures|research|poll|polls|forecast|forecasts|tally|calculation|calculations|review|count|ranking|rankings|projection|projections|statistics|numbers|assessment|audit|paper|note|white paper|whitepaper|briefing|presentation|memo|index)";

    // Words between an author's name and its document noun: "a Goldman Sachs research note", "a PwC global survey".
    private const string StudyDescribers = @"(?:market|research|industry|global|annual|internal|new|recent|latest|joint|quarterly|monthly|special|client|investor|sector|economic|equity|credit|policy|funding|investment|valuation|consumer|commissioned|published|confidential|preliminary|draft|proprietary|independent|country|regional|benchmark)";

    // What an unnamed speaker is, for the general frames (singular and plural).
    private const string GeneralRoles = @"(?:officials?|executives?|venture capitalists?|capitalists?|VCs?|investors?|analysts?|bankers?|insiders?|founders?|economists?|advis[eo]rs?|experts?|lawyers?|attorneys?|employees?|staffers?|dealmakers?|managers?|traders?|negotiators?|consultants?|partners?|directors?|observers?|commentators?|watchers?|market-watchers?|industry-watchers?|people|persons?|individuals?|source|sources)";

    // Verbs of speaking, any tense a news sentence writes them in.
    private const string SpeakingVerbs = @"(?:said|says|say|told|tells|added|adds|noted|notes|explained|explains|grumbled|grumbles|complained|complains|warned|warns|quipped|quips|argued|argues|observed|observes|insisted|insists|admitted|admits|conceded|concedes|recalled|recalls|remarked|remarks|joked|jokes|lamented|laments|sighed|sighs|cautioned|cautions|predicted|predicts|reckoned|reckons|claimed|claims|acknowledged|acknowledges|commented|comments|stated|states|stressed|stresses|mused|muses|boasted|boasts|confided|confides|pointed out|points out|suggested|suggests|estimated|estimates|confirmed|confirms|wrote|writes)";

    /// <summary>Nationalities and places' adjectives that may describe an unnamed speaker ("an Israeli venture capitalist").</summary>
    private static readonly HashSet<string> _speakerDemonyms = new(StringComparer.Ordinal)
    {
        "Israeli", "American", "British", "Chinese", "Indian", "Japanese", "Korean", "South", "German", "French", "European", "Asian", "African",
        "Saudi", "Emirati", "Gulf", "Qatari", "Kuwaiti", "Nigerian", "Kenyan", "Egyptian", "Indonesian", "Vietnamese", "Singaporean", "Malaysian",
        "Thai", "Filipino", "Australian", "Canadian", "Brazilian", "Mexican", "Russian", "Turkish", "Spanish", "Italian", "Swiss", "Dutch",
        "Swedish", "Norwegian", "Danish", "Finnish", "Polish", "Irish", "Scottish", "Pakistani", "Bangladeshi", "Latin", "Middle", "Eastern",
        "Western", "Silicon", "Valley", "Wall", "Street", "London-based", "New", "York-based", "U.S.", "US", "UK", "EU", "Western-educated",
    };

    /// <summary>
    /// Verbs an outlet reports with, by their class (perceiving, finding, reckoning, telling, publishing), in their past, participle and
    /// present forms: "Reuters witnessed", "The Financial Times has now placed", "Bloomberg calculated", "The Wall Street Journal first
    /// disclosed". A verb outside the class is a party's or a person's ("Bloomberg ensured", "Bloomberg LP agreed").
    /// </summary>
    private static readonly HashSet<string> _reportingVerbs = new(StringComparer.Ordinal)
    {
        "witnessed", "witnesses", "saw", "seen", "sees", "observed", "observes", "watched", "watches", "learned", "learnt",
        "learns", "heard", "hears", "discovered", "discovers", "found", "finds", "uncovered", "uncovers", "revealed", "reveals",
        "disclosed", "discloses", "reported", "reports", "broke", "broken", "breaks", "published", "publishes", "printed", "prints",
        "wrote", "written", "writes", "noted", "notes", "said", "says", "added", "adds", "claimed", "claims", "stated", "states",
        "detailed", "details", "described", "describes", "explained", "explains", "outlined", "outlines", "confirmed", "confirms",
        "verified", "verifies", "established", "establishes", "determined", "determines", "identified", "identifies", "calculated",
        "calculates", "estimated", "estimates", "computed", "computes", "reckoned", "reckons", "tallied", "tallies", "counted",
        "counts", "valued", "values", "put", "puts", "placed", "places", "pegged", "pegs", "ranked", "ranks", "dubbed", "dubs",
        "quoted", "quotes", "cited", "cites", "obtained", "obtains", "reviewed", "reviews", "examined", "examines", "analysed",
        "analyses", "analyzed", "analyzes", "investigated", "investigates", "tracked", "tracks", "compiled", "compiles", "surveied",
        "surveies", "polled", "polls", "interviewed", "interviews", "contacted", "contacts", "asked", "asks", "highlighted",
        "highlights", "pointed", "points", "mentioned", "mentions", "suggested", "suggests", "indicated", "indicates",
        "exposed", "exposes", "documented", "documents", "chronicled", "chronicles", "flagged", "flags",
        "predicted", "predicts", "forecast", "forecasts", "projected", "projects", "assessed", "assesss", "measured", "measures",
        "gauged", "gauges", "mapped", "maps", "charted", "charts", "scooped", "scoops", "relayed", "relays", "accessed", "accesses",
        "aggregated", "aggregates", "reconstructed", "reconstructs", "tabulated", "tabulates", "crunched", "crunches", "checked",
        "checks", "corroborated", "corroborates", "gleaned", "gleans", "reached", "reaches", "spotted", "spots", "noticed",
        "notices", "traced", "traces", "scrutinised", "scrutinises", "scrutinized", "scrutinizes", "covered", "covers",
    };

    /// <summary>Verbs only a rating agency reports with that a party uses too: "Fitch Ratings gave the bonds an A+ rating".</summary>
    private static readonly HashSet<string> _ratingVerbs = new(StringComparer.Ordinal)
    {
        "gave", "gives", "cut", "cuts", "raised", "raises", "named", "kept", "keeps", "held", "holds", "issued", "issues", "placed",
        "assigned", "assigns", "rated", "rates", "affirmed", "affirms", "downgraded", "downgrades", "upgraded", "upgrades", "lowered",
        "lowers", "revised", "revises", "withdrew", "withdraws", "maintained", "maintains", "expects", "expected", "sees", "saw",
    };

    /// <summary>Listed names that are also common words or trading venues and companies, never read as an outlet subject here.</summary>
    private static readonly HashSet<string> _notSubjectOutlets = new(StringComparer.OrdinalIgnoreCase)
    {
        "Information", "Journal", "Deadline", "Fortune", "Mint", "Insider", "Buyouts", "Unquote", "Guardian", "Verge", "Economist", "Wired",
        "Quartz", "Nasdaq", "Carta", "Hiive", "EquityZen", "Caplight", "Forge Global", "Business Wire", "PR Newswire", "Puck", "Exame",
        "Morningstar", "Dow Jones", "AP", "SPA", "WAM", "The Star", "The National", "The Age", "The Paper", "The Block", "The Hill",
        "The Times", "Bernstein", "Counterpoint", "Antara", "Platts", "Epoch AI", "Artificial Analysis", "Second Measure", "Sacra",
    };

    /// <summary>A rating agency by its name's shape: "Fitch Ratings", "Moody's Investors Service", "S&amp;P Global Ratings", "DBRS".</summary>
    [GeneratedRegex(@"^(?:Fitch|Moody[’']s|S&P|Standard & Poor[’']s|DBRS|KBRA|Kroll|Scope Ratings|Crisil|ICRA|CARE Ratings|CareEdge|India Ratings|A\.?M\.? Best|Japan Credit Rating|Rating and Investment|R&I|JCR|Capital Intelligence|Sovereign Ratings)\b", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RatingAgencyPattern();

    // A credit rating or its action's words: "an A+ rating", "to Baa2", "two notches", "on CreditWatch".
    [GeneratedRegex(@"\b(?:rating|ratings|rated|outlook|notch|notches|grade|CreditWatch|watch|Aaa|Aa\d|A\d|Baa\d|Ba\d|B\d|Caa\d|AAA|AA|A|BBB|BB|B|CCC)(?:[+-]|\b)", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RatingWordPattern();

    // "according to a PwC study of DRC's infrastructure", "per a recent Goldman Sachs research note": the author before its noun.
    [GeneratedRegex(@"\b(?:[Aa]ccording to|[Pp]er|[Aa]s per|[Cc]iting|[Bb]ased on|[Qq]uoting) (?:a|an|the|one|another|two|several|some) (?:(?:new|recent|latest|newest|fresh|separate|joint|previous|earlier|annual|quarterly|monthly|weekly|yearly|private|internal|independent|confidential|unpublished|upcoming|draft|detailed|preliminary|exclusive|\d{4}|Q\d|H\d) ){0,3}(?<n>" + NameNoAnd + @") (?:" + StudyDescribers + @" ){0,2}" + StudyNouns + @"\b(?!-)(?! (?:firm|firms|provider|providers|company|companies|house|houses|consultancy|outfit|boutique|shop)\b)(?! (?:by|from)\b)(?! (?:compiled|published|released|conducted|prepared|produced|issued) by\b)", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CitedStudyAuthorPattern();

    // "A PwC study interviewing over 1,200 senior executives found that": a study by its author's name opening its clause, then a finding verb.
    [GeneratedRegex(@"(?:^|[,;:] |\b(?:but|and|while|whereas) )(?:A|An|The|a|an|the) (?:(?:new|recent|latest|newest|fresh|separate|joint|previous|earlier|annual|quarterly|monthly|independent|\d{4}) ){0,3}(?<n>" + NameNoAnd + @") (?:" + StudyDescribers + @" ){0,2}" + StudyNouns + @"\b(?!-)(?! (?:firm|firms|provider|providers|company|companies|house|houses|consultancy|outfit|boutique|shop)\b)(?! (?:by|from|of the|for the)\b)[^.;:]{0,120}?\b(?:found|finds|shows|showed|shown|indicates|indicated|estimates|estimated|suggests|suggested|revealed|reveals|says|said|concluded|concludes|predicts|predicted|projects|projected|puts|put|notes|noted|calculates|calculated)\b", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StudySubjectAuthorPattern();

    // "…, points out Dealogic.", "…, notes Reuters.": a listed outlet or provider after an inverted reporting verb ending its clause.
    [GeneratedRegex(@", (?<v>points out|pointed out|notes|noted|writes|wrote|estimates|estimated|calculates|calculated|reckons|reckoned|observes|observed|adds|added|says|said|reports|reported|finds|found|claims|claimed|reveals|revealed|predicts|predicted|forecasts|forecast|counts|counted) (?:the )?(?<n>" + NameNoAnd + @")(?=[.;]\s|[.;]?$|,| (?:on|in|last|this|earlier|yesterday|today|citing|quoting)\b)", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InvertedOutletPattern();

    // "a report by Google, Temasek Holdings and Bain & Co.": each author of a study listed with commas.
    [GeneratedRegex(@"\b" + StudyNouns + @"(?: (?:published|released|compiled|issued|produced|prepared|conducted|commissioned|put out|carried out|co-authored|authored|written|co-written|jointly))?(?: (?:jointly|recently|last \w+|this \w+|earlier))? (?:by|from) (?:the )?(?<a>" + NameNoAnd + @")(?:, (?:the )?(?<b>" + NameNoAnd + @")){1,6},? and (?:the )?(?<c>" + NameNoAnd + @")(?=[.;)]|$|, | (?:on|in|last|this|earlier|published|released|issued|that|which|shows?|showed|found|finds|says|said|estimates?|predicts?|reveals?|revealed|suggests?)\b)", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListedAuthorsPattern();

    // "according to figures published recently by the cyber-task-force in the prime minister’s office": the body publishing, by its noun.
    [GeneratedRegex(@"\b(?:[Aa]ccording to|[Cc]iting|[Pp]er|[Aa]s per|[Bb]ased on|[Qq]uoting) (?:(?:the|some|new|recent|latest|official|fresh|provisional|preliminary|annual) ){0,2}(?:study|studies|report|reports|survey|analysis|data|figures|statistics|numbers|estimates|research|calculations|projections|forecasts?) (?:published|released|compiled|issued|produced|prepared|provided|gathered|collected|put out|made public|presented|unveiled|shared) (?:(?:recently|jointly|earlier|today|yesterday|last \w+|this \w+|on \w+) ){0,2}by the (?<n>[a-z][\w’'-]*(?: [\w’'&-]+){0,8}?)(?=[,;]|\.\s|\.?$| (?:on|last|this|earlier|in \d{4}|showed|shows|show|found|revealed|reveal|reveals|indicate|indicated|indicates|suggest|suggested|suggests)\b)", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BodyPublishingPattern();

    // "Reuters witnessed", "Following the arrival of Arctos, The Financial Times has now placed": a name where its clause opens (the
    // match starts there, \G), then its verb.
    [GeneratedRegex(@"\G(?<n>(?:The )?" + NameWord + @"(?: (?:& )?" + NameWord + @"){0,5}?)(?: and (?<n2>(?:The )?" + NameWord + @"(?: (?:& )?" + NameWord + @"){0,5}?))?(?: \([A-Z][\w&.’'-]*\))? (?<f>(?:(?:has|have|had|now|first|also|earlier|recently|previously|later|initially|originally|exclusively|separately|already|then|since|late|yesterday|today|independently|subsequently|this (?:week|month|year|morning)|last (?:week|month|year|night|[A-Z][a-z]+)|on [A-Z][a-z]+(?: \d{1,2})?|in [A-Z][a-z]+(?: \d{4})?|earlier this (?:week|month|year)) ){0,3})(?<v>[a-z][a-z’'-]+)(?<next> [\w’'-]+)?", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OutletSubjectPattern();

    // "Officials have said the deal will …": bare officials opening the sentence and speaking.
    [GeneratedRegex(@"^(?<a>Officials|Executives|Insiders|Dealmakers) (?:(?:have|had|also|privately|reportedly|previously|earlier|repeatedly|publicly) ){0,2}(?:said|say|says|told|believe|believed|expect|expected|estimate|estimated|warned|noted|stressed|insisted|claimed|indicated|suggested|acknowledged|conceded)\b", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpeningOfficialsPattern();

    // "…,” grumbles an Israeli venture capitalist", "…, says one Silicon Valley investor": an unnamed speaker after an inverted verb.
    [GeneratedRegex(@"(?:[,!?][”""’]?|[”""]) " + SpeakingVerbs + @" (?<s>(?:a|an|one|another|two|three|several|some) (?:[\w.’'-]+ ){0,3}?" + GeneralRoles + @")(?=[,.;:]|\s*$| (?:who|with|at|in|from|close|familiar|involved|speaking|briefed|yesterday|today|recently|earlier|last|this|on [A-Z])\b)", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InvertedSpeakerPattern();

    // "An Israeli venture capitalist grumbles that", "…,” a market-watcher said": an unnamed speaker opening a clause, then any verb of speaking.
    [GeneratedRegex(@"(?:^|[,!?][”""’]? )(?<s>(?:A|An|One|Another|Two|Three|Several|a|an|one|another|two|three|several) (?:[\w.’'-]+ ){0,3}?" + GeneralRoles + @") " + SpeakingVerbs + @"\b", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpeningSpeakerPattern();

    // "an executive of a firm that has a long association with cricket and advertises heavily in the game, said": a speaker of an unnamed body.
    [GeneratedRegex(@"(?:^|[,;] |\b(?:[Hh]owever|[Bb]ut|[Aa]nd|[Ww]hile|[Mm]eanwhile),? )(?<s>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal) (?:[a-z-]+ ){0,2}?" + GeneralRoles + @" (?:of|at|with|from|in|for) (?:a|an|one|another|two|several|some) [^,.;“”""()]{3,140}?),? " + SpeakingVerbs + @"\b", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpeakerOfUnnamedBodyPattern();

    // "a brokerage running the deal said on Monday", "…, said a bank involved in the sale": an unnamed organisation by its part in the deal.
    [GeneratedRegex(@"(?:(?:^|[,;] |\b(?:[Bb]ut|[Aa]nd|[Ww]hile),? )(?<s>(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[a-z-]+ ){0,2}?(?:brokerage|broker|bank|investment bank|lender|law firm|advisory firm|firm|underwriter|bookrunner|arranger|consultancy|company|dealer|fund|house) (?:running|handling|arranging|advising|managing|involved|close|familiar|working|leading|participating|organi[sz]ing|underwriting|representing|coordinating|briefed|privy|that (?:is|was|has been) (?:running|handling|arranging|advising|managing|involved|leading|working))[^,.;“”""()]{0,80}?),? (?:said|says|told|tells|added|noted|confirmed|stated)\b|, (?:said|says|according to|added|noted) (?<s>(?:a|an|one|another) (?:[a-z-]+ ){0,2}?(?:brokerage|broker|bank|investment bank|lender|law firm|advisory firm|firm|underwriter|bookrunner|arranger|consultancy|dealer|house) (?:running|handling|arranging|advising|managing|involved|close|familiar|working|leading|participating|underwriting|representing|coordinating)[^,.;“”""()]{0,80}))", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnnamedBodySpeakingPattern();

    // "According to some estimates, …": estimates no one is named for.
    [GeneratedRegex(@"\b[Aa]ccording to (?<s>(?:some|several|many|most|other|various|industry|unofficial|private|independent|market) (?:estimates|accounts|calculations|reckonings))\b", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnnamedEstimatesPattern();

    // "Takeda's credit rating was cut by Moody's Ratings Agency": a rating agency after a rating action in the passive.
    [GeneratedRegex(@"\b(?:rating|ratings|outlook|outlooks|notes|bonds|debt) (?:was|were|has been|have been|had been|is being|are being) (?:[a-z]+ly )?(?:cut|downgraded|upgraded|raised|lowered|affirmed|placed|revised|assigned|withdrawn|rated|reviewed|confirmed|put) (?:[^,.;]{0,60}? )?by (?<n>" + NameNoAnd + ")", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RatedByPattern();

    // "a joint study by Google and Temasek showed": the two authors of a joint study.
    [GeneratedRegex(@"\b(?:joint|combined) " + StudyNouns + @" (?:by|from) (?:the )?(?<a>" + NameNoAnd + @") and (?:the )?(?<c>" + NameNoAnd + @")\b", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JointAuthorsPattern();

    // "At the time, most analysts said": a counted or quantified plural of unnamed speakers.
    [GeneratedRegex(@"(?:^|[,;:] |\b(?:but|and|while|though|although|as|where|whereas) )(?<s>(?:[Mm]ost|[Mm]any|[Ss]ome|[Ss]everal|[Ff]ew|[Oo]ther|[Aa] few|[Aa] number of|[Aa] handful of|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive) (?:[a-z-]+ )?(?:analysts|officials|executives|bankers|insiders|economists|experts|lawyers|dealmakers|traders|advisers|advisors|investors|observers))(?: (?:have|had|also|privately|reportedly))? (?:said|say|says|told|believe|believed|expect|expected|estimate|estimated|warned|noted|argued|argue|think|thought|reckon|reckoned|predicted|predict|suggested|cautioned)\b", GeneralOptions, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuantifiedSpeakersPattern();

    /// <summary>The document nouns of <see cref="StudyNouns"/>, as words: a sentence without one has no study to cite.</summary>
    private static readonly HashSet<string> _studyWords = new(StringComparer.Ordinal)
    {
        "study", "studies", "report", "reports", "survey", "surveys", "analysis", "analyses", "estimate", "estimates", "data", "figures",
        "research", "poll", "polls", "forecast", "forecasts", "tally", "calculation", "calculations", "review", "count", "ranking", "rankings",
        "projection", "projections", "statistics", "numbers", "assessment", "audit", "paper", "note", "whitepaper", "briefing", "presentation",
        "memo", "index",
    };

    /// <summary>The citing words of the study frames.</summary>
    private static readonly HashSet<string> _citingWords = new(StringComparer.Ordinal) { "according", "per", "citing", "based", "quoting" };

    /// <summary>The finding verbs a study opening its clause goes on with.</summary>
    private static readonly HashSet<string> _findingWords = new(StringComparer.Ordinal)
    {
        "found", "finds", "shows", "showed", "shown", "indicates", "indicated", "estimates", "estimated", "suggests", "suggested", "revealed",
        "reveals", "says", "said", "concluded", "concludes", "predicts", "predicted", "projects", "projected", "puts", "put", "notes", "noted",
        "calculates", "calculated",
    };

    /// <summary>The role words of <see cref="GeneralRoles"/>, as words.</summary>
    private static readonly HashSet<string> _roleWords = new(StringComparer.Ordinal)
    {
        "official", "officials", "executive", "executives", "capitalist", "capitalists", "vc", "vcs", "investor", "investors", "analyst",
        "analysts", "banker", "bankers", "insider", "insiders", "founder", "founders", "economist", "economists", "adviser", "advisers", "advisor",
        "advisors", "expert", "experts", "lawyer", "lawyers", "attorney", "attorneys", "employee", "employees", "staffer", "staffers", "dealmaker",
        "dealmakers", "manager", "managers", "trader", "traders", "negotiator", "negotiators", "consultant", "consultants", "partner", "partners",
        "director", "directors", "observer", "observers", "commentator", "commentators", "watcher", "watchers", "market-watcher",
        "market-watchers", "industry-watcher", "industry-watchers", "people", "person", "persons", "individual", "individuals", "source", "sources",
    };

    /// <summary>The verbs of <see cref="SpeakingVerbs"/>, as words ("pointed" of "pointed out").</summary>
    private static readonly HashSet<string> _speakingWords = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "explained", "explains", "grumbled", "grumbles", "complained",
        "complains", "warned", "warns", "quipped", "quips", "argued", "argues", "observed", "observes", "insisted", "insists", "admitted", "admits",
        "conceded", "concedes", "recalled", "recalls", "remarked", "remarks", "joked", "jokes", "lamented", "laments", "sighed", "sighs",
        "cautioned", "cautions", "predicted", "predicts", "reckoned", "reckons", "claimed", "claims", "acknowledged", "acknowledges", "commented",
        "comments", "stated", "states", "stressed", "stresses", "mused", "muses", "boasted", "boasts", "confided", "confides", "pointed", "points",
        "suggested", "suggests", "estimated", "estimates", "confirmed", "confirms", "wrote", "writes", "believe", "believed", "expect", "expected",
        "estimate", "think", "thought", "reckon", "predict", "argue",
    };

    /// <summary>Words that count or quantify a plural of speakers: "most analysts said".</summary>
    private static readonly HashSet<string> _quantifierWords = new(StringComparer.Ordinal)
    {
        "most", "many", "some", "several", "few", "other", "number", "handful", "two", "three", "four", "five",
    };

    /// <summary>The unnamed organisations of <see cref="UnnamedBodySpeakingPattern"/>.</summary>
    private static readonly HashSet<string> _bodyNouns = new(StringComparer.Ordinal)
    {
        "brokerage", "broker", "bank", "lender", "firm", "underwriter", "bookrunner", "arranger", "consultancy", "company", "dealer", "fund", "house",
    };

    /// <summary>
    /// Words a listed outlet, a news title or a rating agency starts with (the word after "The" for "The …" titles, a title's last word):
    /// a sentence with none names no outlet for the outlet frames to read.
    /// </summary>
    private static readonly HashSet<string> _outletFirstWords = OutletFirstWords();

    private static HashSet<string> OutletFirstWords()
    {
        var first = new HashSet<string>(StringComparer.Ordinal)
        {
            "News", "Journal", "Times", "Post", "Herald", "Tribune", "Daily", "Gazette", "Chronicle", "Telegraph", "Economist", "Weekly", "Observer",
            "Newswire", "Radio", "Television", "Broadcasting", "Magazine", "Newspaper", "Ilbo", "Shimbun",
            "Fitch", "Moody", "Moody's", "Moody’s", "S&P", "Standard", "DBRS", "KBRA", "Kroll", "Scope", "Crisil", "ICRA", "CARE", "CareEdge",
            "India", "A.M.", "AM", "Japan", "R&I", "JCR", "Capital", "Sovereign", "Rating",
        };
        foreach (var key in Lexicon.Outlets.Keys)
        {
            var words = key.Split(' ');
            first.Add(words[0] == "The" && words.Length > 1 ? words[1] : words[0]);
        }

        return first;
    }

    /// <summary>The verbs of <see cref="InvertedOutletPattern"/>, as words.</summary>
    private static readonly HashSet<string> _invertedReportWords = new(StringComparer.Ordinal)
    {
        "points", "pointed", "notes", "noted", "writes", "wrote", "estimates", "estimated", "calculates", "calculated", "reckons", "reckoned",
        "observes", "observed", "adds", "added", "says", "said", "reports", "reported", "finds", "found", "claims", "claimed", "reveals",
        "revealed", "predicts", "predicted", "forecasts", "forecast", "counts", "counted",
    };

    /// <summary>What an outlet or agency is, written before its name: "credit agency Fitch Ratings", "business daily Nikkei".</summary>
    private static readonly HashSet<string> _outletKindNouns = new(StringComparer.Ordinal)
    {
        "agency", "agencies", "newspaper", "daily", "paper", "wire", "outlet", "publication", "magazine", "broadcaster", "service", "site",
        "website", "provider", "firm", "weekly", "channel",
    };

    /// <summary>Words after which a clause opens with its subject: "…, while Moody's downgraded".</summary>
    private static readonly HashSet<string> _clauseJoiners = new(StringComparer.Ordinal)
    {
        "and", "but", "while", "as", "when", "after", "though", "although", "where", "whereas", "because", "since", "yet",
    };

    /// <summary>Party nouns that a body publishing must not be: "figures published by the company" is the party's own.</summary>
    private static readonly HashSet<string> _partyBodyNouns = new(StringComparer.Ordinal)
    {
        "company", "firm", "group", "startup", "start-up", "business", "lender", "insurer", "fund", "investor", "buyer", "seller", "bank",
        "companies", "firms", "startups", "start-ups", "operator", "carrier", "platform", "app",
    };

    /// <summary>
    /// Adds the general frames' sources in the sentence to <paramref name="found"/>; run after every other rule. The patterns search
    /// the sentence alone (their "^" and "$" are the sentence's bounds).
    /// </summary>
    private static void GeneralFrameSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var from = sentence.Start;
        var length = sentence.End - sentence.Start;

        // Each frame's patterns run only when the sentence holds the words they need (the sentence's words, looked up once).
        var lower = sentence.Words.Select(w => w.Lower).ToHashSet(StringComparer.Ordinal);
        var study = lower.Overlaps(_studyWords);
        var citing = lower.Overlaps(_citingWords);
        var outlet = sentence.Words.Any(w => _outletFirstWords.Contains(w.Core));
        if (study)
        {
            AuthorSources(text, from, length, lower, citing, found);
        }

        if (outlet)
        {
            OutletSources(text, sentence, lower, found);
        }

        // A weekday or month alone is never a source ("data released by the central bank on Tuesday").
        found.RemoveAll(s => s.Kind == SourceKind.Named && (Lexicon.Weekdays.Contains(s.Name.ToLowerInvariant()) || Lexicon.Months.Contains(s.Name.ToLowerInvariant())));

        if (!found.Any(s => s.Kind == SourceKind.Anonymous) && (lower.Overlaps(_roleWords) || lower.Contains("estimates") || lower.Overlaps(_bodyNouns))
            && UnnamedGeneralSpeaker(text, from, length, lower) is { } speaker)
        {
            found.Add(new SourceMention(speaker.Value, SourceKind.Anonymous, speaker.Index, speaker.Length));
        }
    }

    /// <summary>Studies by their authors: cited, opening their clause, listed, joint, and bodies publishing.</summary>
    private static void AuthorSources(string text, int from, int length, HashSet<string> lower, bool citing, List<SourceMention> found)
    {
        foreach (Match m in In(citing ? CitedStudyAuthorPattern() : null, text, from, length))
        {
            // "a Disrupt Africa 2021 report": the author without the year after its name.
            var name = m.Groups["n"];
            var words = name.Value.Split(' ');
            var kept = words.TakeWhile(w => !char.IsDigit(w[0])).ToArray();
            var value = string.Join(' ', kept);
            if (kept.Length > 0 && IsAuthorName(value))
            {
                // "Goldman Sachs research" read of "a Goldman Sachs research note": the author without the study's words.
                var end = m.Index + m.Length;
                found.RemoveAll(s => s.Kind == SourceKind.Named && s.Start == name.Index && s.Start + s.Length > name.Index + value.Length
                    && s.Start + s.Length <= end);
                PlaceSpan(text, name.Index, name.Index + value.Length, found);
            }
        }

        foreach (Match m in In(lower.Overlaps(_findingWords) ? StudySubjectAuthorPattern() : null, text, from, length))
        {
            var name = m.Groups["n"];
            if (IsAuthorName(name.Value) && !char.IsDigit(name.Value[0]))
            {
                Place(text, name, found);
            }
        }

        var by = lower.Contains("by") || lower.Contains("from");
        foreach (Match m in In(by && lower.Contains("and") ? ListedAuthorsPattern() : null, text, from, length))
        {
            foreach (var author in new Capture[] { m.Groups["a"] }.Concat(m.Groups["b"].Captures).Concat([m.Groups["c"]]))
            {
                if (IsAuthorName(author.Value))
                {
                    PlaceCapture(text, author, found);
                }
            }
        }

        foreach (Match m in In(lower.Contains("joint") || lower.Contains("combined") ? JointAuthorsPattern() : null, text, from, length))
        {
            // "Google and Temasek" read as one name is two authors.
            var (first, last) = (m.Groups["a"].Index, m.Groups["c"].Index + m.Groups["c"].Length);
            found.RemoveAll(s => s.Kind == SourceKind.Named && s.Start == first && s.Start + s.Length == last);
            foreach (var author in new[] { m.Groups["a"], m.Groups["c"] }.Where(a => IsAuthorName(a.Value)))
            {
                PlaceCapture(text, author, found);
            }
        }

        foreach (Match m in In(citing && lower.Contains("by") ? BodyPublishingPattern() : null, text, from, length))
        {
            var body = m.Groups["n"];
            if (!_partyBodyNouns.Contains(body.Value) && !found.Any(s => s.Kind == SourceKind.Named && s.Start >= body.Index && s.Start < body.Index + body.Length))
            {
                found.Add(new SourceMention(body.Value, SourceKind.Named, body.Index, body.Length));
            }
        }

    }

    /// <summary>Listed outlets, wires and rating agencies: subjects of reporting verbs, after inverted verbs, agents of rating actions.</summary>
    private static void OutletSources(string text, SentenceWords sentence, HashSet<string> lower, List<SourceMention> found)
    {
        var from = sentence.Start;
        var length = sentence.End - sentence.Start;
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            // A listed outlet's or agency's first word opening its clause: the sentence's start, after ", ; : —" or a joining word, maybe
            // after what it is ("Global credit agency Fitch Ratings has affirmed", "the rating agency Moody's cut").
            var start = i > 0 && words[i - 1].Core == "The" ? i - 1 : i;
            if (!_outletFirstWords.Contains(words[i].Core) || words[start].Core is "The" && start == i)
            {
                continue;
            }

            var opening = start;
            if (start > 0 && _outletKindNouns.Contains(words[start - 1].Lower) && !words[start - 1].EndsPhrase)
            {
                opening = start - 1;
                while (opening > 0 && start - opening < 5 && !words[opening - 1].EndsPhrase && !_clauseJoiners.Contains(words[opening - 1].Lower)
                    && words[opening - 1].Lower is not ("by" or "to" or "from" or "with" or "of" or "for" or "that" or "said" or "told"))
                {
                    opening--;
                }
            }

            if (opening > 0 && words[opening - 1].After is not (',' or ';' or ':' or '—' or '–') && !_clauseJoiners.Contains(words[opening - 1].Lower))
            {
                continue;
            }

            var at = words[start].Start;
            if (OutletSubjectPattern().Match(text, at, sentence.End - at) is { Success: true } m)
            {
                foreach (var outlet in OutletSubjects(text, m))
                {
                    PlaceCapture(text, outlet, found);
                }
            }
        }

        // "…, points out Dealogic.": listed outlets and providers, and rating agencies.
        foreach (Match m in In(lower.Overlaps(_invertedReportWords) ? InvertedOutletPattern() : null, text, from, length))
        {
            var name = m.Groups["n"];
            if (!_notSubjectOutlets.Contains(name.Value) && (KnownOutlet(name.Value) is not null || RatingAgencyPattern().IsMatch(name.Value)))
            {
                PlaceCapture(text, name, found);
            }
        }

        foreach (Match m in In(lower.Contains("by") ? RatedByPattern() : null, text, from, length))
        {
            if (RatingAgencyPattern().IsMatch(m.Groups["n"].Value))
            {
                PlaceCapture(text, m.Groups["n"], found);
            }
        }

    }

    /// <summary>The first unnamed speaker of the general frames in the sentence, or null.</summary>
    private static Group? UnnamedGeneralSpeaker(string text, int from, int length, HashSet<string> lower)
    {
        var roles = lower.Overlaps(_roleWords);
        var speaking = lower.Overlaps(_speakingWords);
        var patterns = new[]
        {
            roles && speaking ? OpeningOfficialsPattern() : null,
            roles && speaking && lower.Overlaps(_quantifierWords) ? QuantifiedSpeakersPattern() : null,
            lower.Contains("according") ? UnnamedEstimatesPattern() : null,
            roles && speaking ? SpeakerOfUnnamedBodyPattern() : null,
            speaking && lower.Overlaps(_bodyNouns) ? UnnamedBodySpeakingPattern() : null,
        };
        foreach (var pattern in patterns.OfType<Regex>())
        {
            if (pattern.Match(text, from, length) is { Success: true } m)
            {
                return m.Groups["a"].Success ? m.Groups["a"] : m.Groups["s"];
            }
        }

        foreach (var pattern in roles && speaking ? [InvertedSpeakerPattern(), OpeningSpeakerPattern()] : Array.Empty<Regex>())
        {
            foreach (Match m in In(pattern, text, from, length))
            {
                // "an Israeli venture capitalist": capitalised describing words only when they say where the speaker is from ("a Naver
                // official" speaks for Naver).
                var describing = m.Groups["s"].Value.Split(' ').Skip(1).SkipLast(1);
                if (describing.All(w => !char.IsUpper(w[0]) || _speakerDemonyms.Contains(w)))
                {
                    return m.Groups["s"];
                }
            }
        }

        return null;
    }

    /// <summary>The listed outlets, wires or rating agencies opening their clause before a verb they report with; none for any other verb.</summary>
    private static IEnumerable<Capture> OutletSubjects(string text, Match m)
    {
        // "S&P Global Ratings and Moody's downgraded AT&T": two subjects, both outlets or agencies.
        var subjects = m.Groups["n2"].Success ? new[] { m.Groups["n"], m.Groups["n2"] } : [m.Groups["n"]];
        return subjects.All(n => IsSubjectOutlet(n.Value)) && OutletSubjectVerb(text, m, subjects.Any(n => RatingAgencyPattern().IsMatch(n.Value)))
            ? subjects : [];
    }

    /// <summary>A listed outlet, wire or rating agency, or a title shaped like a newspaper's, that may open a clause as a source.</summary>
    private static bool IsSubjectOutlet(string name) =>
        !_notSubjectOutlets.Contains(name) && (RatingAgencyPattern().IsMatch(name) || KnownOutlet(name) is not null || IsNewsTitle(name));

    /// <summary>Whether the subject's verb is one it reports with.</summary>
    private static bool OutletSubjectVerb(string text, Match m, bool rating)
    {
        var verb = m.Groups["v"].Value;

        // "Fitch Ratings gave the bonds an A+ rating", "Moody's cut its rating": a rating agency's own verbs; one a party uses too
        // ("Moody's raised $1 billion") only with a rating in its clause.
        if (rating && _ratingVerbs.Contains(verb))
        {
            var end = m.Groups["v"].Index + m.Groups["v"].Length;
            var clause = text[end..Math.Min(text.Length, end + 160)].Split(['.', ';'])[0];
            return verb is "expects" or "expected" or "sees" or "saw" or "affirmed" or "affirms" or "assigned" or "assigns" or "rated" or "rates"
                or "downgraded" or "downgrades" or "upgraded" or "upgrades" or "withdrew" or "withdraws" || RatingWordPattern().IsMatch(clause);
        }

        // "Techcabal has released its new report", "Axios updated its story": the outlet doing its own business.
        var next = m.Groups["next"].Success ? m.Groups["next"].Value.Trim() : "";
        if (!_reportingVerbs.Contains(verb) || next is "its" or "their" or "our" or "his" or "her")
        {
            return false;
        }

        // A present "-s" form before the clause's verb is a noun: "Bloomberg reports show", "Reuters calculations showed".
        return !(verb.EndsWith('s') && (next.EndsWith("ed", StringComparison.Ordinal) || _reportingVerbs.Contains(next)
            || next is "are" or "were" or "have" or "had" or "will" or "would" or "rose" or "fell" or "show"));
    }

    /// <summary>A title shaped like a news outlet by "The" and its last word: "The Sunday Telegraph", "The Korea Economic Daily".</summary>
    private static bool IsNewsTitle(string name)
    {
        // "The Sunday Telegraph" is a title; "Japan Post" is a company.
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return name.StartsWith("The ", StringComparison.Ordinal) && last is "News" or "Journal" or "Times" or "Post" or "Herald" or "Tribune" or "Daily"
            or "Gazette" or "Chronicle" or "Telegraph" or "Economist" or "Weekly" or "Observer" or "Newswire" or "Radio" or "Television"
            or "Broadcasting" or "Magazine" or "Newspaper" or "Ilbo" or "Shimbun";
    }

    /// <summary>An author's name a frame may read: not a place's or sector's adjective ("London-based"), a possessive or a month.</summary>
    private static bool IsAuthorName(string value) =>
        value.Length > 1 && !value.EndsWith("-based", StringComparison.Ordinal) && !char.IsDigit(value[0]) && !value.Split(' ').Any(w => Lexicon.Months.Contains(w.ToLowerInvariant())) && !_notProviders.Contains(value) && !value.Split(' ').All(_notProviders.Contains)
        && !value.EndsWith("’s", StringComparison.Ordinal) && !value.EndsWith("'s", StringComparison.Ordinal)
        && !Lexicon.Months.Contains(value.ToLowerInvariant()) && !Lexicon.Weekdays.Contains(value.ToLowerInvariant())
        && value is not ("A" or "An" or "The" or "This" or "That" or "One" or "Some");

    /// <summary>Adds a named source at a capture (a repeated group's member), replacing any named fragment of it read before.</summary>
    private static void PlaceCapture(string text, Capture name, List<SourceMention> found) =>
        PlaceSpan(text, name.Index, name.Index + name.Length, found);

    /// <summary>Adds a named source over <c>text[start..end]</c>, replacing any named fragment of it read before.</summary>
    private static void PlaceSpan(string text, int start, int end, List<SourceMention> found)
    {
        // "Bain & Co." keeps the abbreviation's point.
        if (end < text.Length && text[end] == '.' && text[start..end].Split(' ')[^1] is "Co" or "Inc" or "Corp" or "Ltd" or "Bhd" or "Cos" or "Pte" or "Plc")
        {
            end++;
        }
        if (found.Any(s => s.Kind == SourceKind.Named && s.Start <= start && end <= s.Start + s.Length))
        {
            return;
        }

        found.RemoveAll(s => s.Kind == SourceKind.Named && s.Start < end && start < s.Start + s.Length);
        found.Add(new SourceMention(text[start..end], SourceKind.Named, start, end - start));
    }
}
