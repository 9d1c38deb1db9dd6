namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-second session (the miss class "a known outlet in an unknown frame", met in 14 of the 19 sets issue78–96): a listed
/// outlet that people speak to, that carries or reveals the news, or that a document is shared with is a named source (S1), read by the
/// words around it rather than by one phrasing:
/// <list type="bullet">
/// <item>spoken to: "told the London-based Financial Times in an interview", "says to Sifted", "informed Reuters", "confirmed … to
/// TechCrunch" (not a statement "shared with" an outlet, which the readers label both ways, nor "declined to comment to Reuters");</item>
/// <item>carrying the news: "via Reuters", "confirmed separately by TechCrunch", "an initial publication by The Information", "The new
/// scoop comes from the Wall Street Journal", "in a Bloomberg Television interview";</item>
/// <item>as the subject of a reporting verb the older frames do not list: "Sky News … claimed", "Sky News can reveal", "Bloomberg
/// reportedly covered", "A Yahoo Finance wire corroborates".</item>
/// </list>
/// <para>An outlet in a deal (bought, sold, paid, owned, licensed, invested in) stays a party, as the older counter-examples require.</para>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Verbs of speaking or telling whose "to" or "with" reaches the outlet: "says to Sifted", "spoke with Bloomberg".</summary>
    private static readonly HashSet<string> _tellingVerbs = new(StringComparer.Ordinal)
    {
        "told", "tell", "tells", "telling", "said", "says", "say", "saying", "spoke", "speaks", "speaking", "confirmed", "confirms", "explained",
        "explains", "described", "describes", "wrote", "writes", "informed", "informs", "interview", "remarks", "emailed", "admitted",
        "disclosed", "revealed",
    };

    /// <summary>Verbs whose subject, an outlet, carries the news: "Sky News … claimed", "Bloomberg reportedly covered".</summary>
    private static readonly HashSet<string> _carryingVerbs = new(StringComparer.Ordinal)
    {
        "claimed", "claims", "claim", "reveal", "revealed", "reveals", "covered", "covers", "corroborates", "corroborated", "referenced",
        "references", "quoted", "quotes", "describes", "described", "confirmed", "confirms", "broke", "scooped", "published", "publishes",
        "detailed", "details", "highlighted", "noted", "notes", "estimated", "estimates", "calculated", "found", "obtained", "spoke",

        // Since the thirty-third session: "Bloomberg clarified that", "Reuters interpreted the deal as", "Mercom identified".
        "clarified", "clarifies", "interpreted", "interprets", "stated", "states", "identified", "identifies", "pegged", "pegs", "suggested",
        "suggests", "indicated", "indicates",
    };

    /// <summary>Words that put an outlet in a deal, as a party: "bought", "licensing deal with The Financial Times", "owns".</summary>
    private static readonly HashSet<string> _outletDealWords = new(StringComparer.Ordinal)
    {
        "buy", "buys", "bought", "acquire", "acquired", "acquires", "acquisition", "sold", "sell", "sells", "sale", "deal", "deals", "stake",
        "owns", "owned", "owner", "invest", "invested", "investment", "licensing", "licence", "license", "paid", "pay", "pays", "agreement",
        "merger", "shares", "valued", "bid", "subscribers", "subscription", "employees", "staff", "staffers", "newsroom", "editor", "editors",
    };

    /// <summary>Adds each listed outlet the older rules did not read that stands in a telling or carrying frame.</summary>
    private static void OutletFrameSources(SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        foreach (var name in sentence.Names)
        {
            if (name.Kind != NameKind.Outlet || found.Any(s => s.Start < name.End && name.Start < s.Start + s.Length) || IsOutletInADeal(words, name))
            {
                continue;
            }

            if (IsToldOrCarriedBy(words, name) || CarriesAsSubject(words, name))
            {
                found.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            }
        }
    }

    /// <summary>
    /// Since the twenty-third session: whoever a speaker tells through one of its reporters is an outlet, listed or not: "… told
    /// Heatmap’s Katie Brigham.", "told Bloomberg's Emily Chang in an interview". The reporter ends the sentence or is followed by
    /// where or when ("in an interview", "last week"), so "told Microsoft's Satya Nadella that …" is no source.
    /// </summary>
    private static void ToldThroughReporter(SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        foreach (var name in sentence.Names)
        {
            if (name.Kind == NameKind.Person || !name.Possessive || name.First < 1 || name.Last + 1 >= words.Count
                || words[name.First - 1].Lower is not ("told" or "tells" or "telling")
                || sentence.NameAt[name.Last + 1] is not { } reporter || reporter.First != name.Last + 1
                || !(reporter.Kind == NameKind.Person || (reporter.Kind == NameKind.Organisation && reporter.Last == reporter.First + 1))
                || found.Any(s => s.Start < name.End && name.Start < s.Start + s.Length))
            {
                continue;
            }

            var after = reporter.Last + 1;
            if (after == words.Count || words[reporter.Last].EndsPhrase && words[reporter.Last].After is '.' or ','
                || words[after].Lower is "in" or "on" or "during" or "last" or "earlier" or "this" or "at")
            {
                var text = WithoutPossessive(name.Text);
                found.Add(new SourceMention(text, SourceKind.Named, name.Start, text.Length));
            }
        }
    }

    private static bool IsBroadcaster(Name name) =>
        name.Text is "CNBC" or "CNN" or "BBC" or "Fox Business" or "Fox News" or "Sky News" or "CNBC-TV18" or "ET Now" or "NDTV Profit" or "NPR"
        || name.Text.EndsWith(" Television", StringComparison.Ordinal) || name.Text.EndsWith(" TV", StringComparison.Ordinal)
        || name.Text.EndsWith(" Radio", StringComparison.Ordinal);

    /// <summary>"Temasek's" → "Temasek", "Investors'" → "Investors".</summary>
    internal static string WithoutPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2]
        : name.EndsWith('\'') || name.EndsWith('’') ? name[..^1] : name;

    /// <summary>
    /// A deal word within five words before the outlet or three after it (up to a reported clause's "that"): the outlet is a party
    /// ("a licensing deal with The Financial Times", "The Financial Times was sold to Nikkei"; not "says to Sifted that the deal …").
    /// </summary>
    private static bool IsOutletInADeal(IReadOnlyList<Word> words, Name name)
    {
        for (var i = Math.Max(0, name.First - 5); i < name.First; i++)
        {
            if (_outletDealWords.Contains(words[i].Lower))
            {
                return true;
            }
        }

        for (var i = name.Last + 1; i < words.Count && i <= name.Last + 3 && words[i].Lower != "that"; i++)
        {
            if (_outletDealWords.Contains(words[i].Lower))
            {
                return true;
            }

            if (words[i].EndsPhrase)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "told the London-based Financial Times", "says to Sifted", "a statement shared with Fortune", "via Reuters", "confirmed separately by
    /// TechCrunch", "an initial publication by The Information", "comes from the Wall Street Journal", "in a Bloomberg Television interview".
    /// </summary>
    private static bool IsToldOrCarriedBy(IReadOnlyList<Word> words, Name name)
    {
        // Back over "the" and one describing word ("the London-based").
        var k = name.First - 1;
        while (k >= 0 && name.First - k <= 2 && !words[k].EndsPhrase && (words[k].Lower == "the" || words[k].Lower.EndsWith("-based", StringComparison.Ordinal)))
        {
            k--;
        }

        // "in a Bloomberg Television interview", "in an interview with Bloomberg".
        if (name.Last + 1 < words.Count && !words[name.Last].EndsPhrase && words[name.Last + 1].Lower is "interview" or "report" or "article" or "podcast" or "op-ed" or "scoop"
            && k >= 1 && words[k].Lower is "a" or "an" && words[k - 1].Lower is "in" or "to")
        {
            return true;
        }

        if (k < 0 || words[k].EndsPhrase)
        {
            return false;
        }

        var linking = words[k].Lower;
        if (linking is "via" or "informed" or "told" or "tells" or "tell" or "telling")
        {
            return true;
        }

        // Since the twenty-third session: said or shown on air, "Jensen Huang said on CNBC that …", "during an appearance on Bloomberg
        // Television": "on" a broadcaster after a speaking word of the same clause (not "refusing to comment on the Bloomberg sale
        // reports", where the outlet is no broadcaster). The deal guard still reads first: "called the investment wave justified … on
        // CNBC" names no source, as "investment" stands within five words before the outlet.
        if (linking == "on" && IsBroadcaster(name))
        {
            for (var i = k - 1; i >= 0 && k - i <= 10 && !words[i].EndsPhrase; i--)
            {
                if (_tellingVerbs.Contains(words[i].Lower) || words[i].Lower is "called" or "calls" or "appearance" or "appeared" or "appearing" or "argued")
                {
                    return true;
                }
            }

            return false;
        }

        // "to", "with", "by", "from" after the verb or noun that makes the outlet the one spoken to or carrying the news, within eight words.
        if (linking is not ("to" or "with" or "by" or "from"))
        {
            return false;
        }

        for (var i = k - 1; i >= 0 && k - i <= 8; i--)
        {
            var lower = words[i].Lower;

            // "declined to comment to Reuters", "did not respond to Reuters' request": the outlet asked, no one told it anything.
            if (lower is "declined" or "decline" or "declines" or "respond" or "responded" or "request" or "requests" or "reply" or "replied" or "comment")
            {
                return false;
            }

            if (linking is "to" or "with" && _tellingVerbs.Contains(lower))
            {
                return true;
            }

            if (linking == "by" && lower is "confirmed" or "mentioned" or "reported" or "published" or "publication" or "visit" or "covered" or "revealed"
                or "broken" or "obtained" or "seen" or "reviewed" or "cited" or "quoted" or "interviewed")
            {
                return true;
            }

            if (linking == "from" && lower is "comes" or "came" or "scoop" or "report" or "reporting")
            {
                return true;
            }

            if (words[i].EndsPhrase && words[i].After != ',')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Sky News can reveal", "Sky News in the UK claimed", "Bloomberg reportedly covered", "A Yahoo Finance wire corroborates".</summary>
    private static bool CarriesAsSubject(IReadOnlyList<Word> words, Name name)
    {
        var i = name.Last + 1;
        var skipped = 0;
        while (i < words.Count && skipped < 4 && !words[i - 1].EndsPhrase
            && (words[i].Lower is "can" or "has" or "have" or "had" or "reportedly" or "also" or "first" or "separately" or "exclusively" or "wire"
                or "in" or "the" or "uk" or "us" or "earlier" or "previously" || words[i].IsCapitalised && words[i - 1].Lower is "the" or "in"))
        {
            i++;
            skipped++;
        }

        return i < words.Count && !words[i - 1].EndsPhrase && _carryingVerbs.Contains(words[i].Lower);
    }
}
