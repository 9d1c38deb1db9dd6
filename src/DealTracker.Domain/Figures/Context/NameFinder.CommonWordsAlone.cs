namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the common-words-alone mend: a capitalised word that is capitalised only because it opens the sentence (or a clause after a
/// colon, semicolon or dash) names nothing when it stands alone there. Three classes:
/// <list type="bullet">
/// <item>people named by what they are, in the plural: "Officials said", "Executives declined to comment", "Spokespeople did not
/// respond" (a plural people noun: one of <see cref="_peoplePlurals"/>, or a word ending in -people, -persons, -men, -women, -ials,
/// -ives, as "Salespeople", "Businessmen", "Representatives");</item>
/// <item>common words that open sentences: adverbs and conjunctions ("So", "Too", "Perhaps"), adjectives before their noun ("Advanced
/// talks", "Additional funding", "New investors"), the nouns of figures and documents ("Figures from PitchBook show") and the labels of
/// pasted copy ("Headline:", "Body:", "Line:"), in <see cref="_commonOpeners"/>;</item>
/// <item>anywhere, a pronoun or a negated verb with its contraction ("We’re", "They've", "It’ll", "Don't") and a run of letters standing
/// alone ("Á É Í Ó Ú", "A B C"; one letter alone, as "X", stays a name).</item>
/// </list>
/// A real company's one-word name opening the sentence ("Nvidia invested", "Anthropic raised") is none of these and stays a name, and
/// the words stay names inside longer runs ("Advanced Micro Devices", "Figure AI", "Line Corp").
/// </summary>
internal static partial class NameFinder
{
    /// <summary>Plural nouns of people, capitalised only to open a sentence.</summary>
    private static readonly HashSet<string> _peoplePlurals = new(StringComparer.Ordinal)
    {
        "Officials", "Executives", "Lawmakers", "Legislators", "Bankers", "Lawyers", "Attorneys", "Employees", "Workers", "Staff",
        "Staffers", "Critics", "Supporters", "Opponents", "Shareholders", "Stakeholders", "Stockholders", "Bondholders", "Holders",
        "Economists", "Experts", "Observers", "Commentators", "Traders", "Buyers", "Sellers", "Bidders", "Customers", "Clients", "Users",
        "Consumers", "Residents", "Citizens", "Voters", "Officers", "Managers", "Directors", "Leaders", "Members", "Advisers", "Advisors",
        "Consultants", "Researchers", "Scientists", "Engineers", "Developers", "Founders", "Cofounders", "Co-founders", "Lenders",
        "Borrowers", "Creditors", "Backers", "Donors", "Sponsors", "Funders", "Owners", "Negotiators", "Diplomats", "Ministers",
        "Politicians", "Authorities", "Journalists", "Reporters", "Editors", "Participants", "Attendees", "Organisers", "Organizers",
        "Partners", "Rivals", "Competitors", "Peers", "Colleagues", "Friends", "Sources", "Aides", "Spokespersons",
    };

    /// <summary>Common words that open sentences: adverbs, conjunctions, adjectives before their noun, nouns of figures and labels.</summary>
    private static readonly HashSet<string> _commonOpeners = new(StringComparer.Ordinal)
    {
        // Adverbs and conjunctions.
        "So", "Too", "Well", "Yes", "Plus", "Only", "Again", "Perhaps", "Maybe", "Soon", "Today", "Almost", "Nearly", "About", "Around",
        "Roughly", "Approximately", "Together", "Elsewhere", "Otherwise", "Nevertheless", "Nonetheless", "Ultimately", "Eventually",
        "Finally", "Lastly", "Specifically", "Particularly", "Especially", "Importantly", "Interestingly", "Clearly", "Apparently",
        "Allegedly", "Reportedly", "Currently", "Already", "Often", "Usually", "Typically", "Historically", "Traditionally", "Altogether",
        "Therefore", "Accordingly", "Consequently", "Regardless", "Nor", "Unless", "Whereas", "Though", "Besides", "Rather", "Instead",

        // Adjectives and determiners before their noun.
        "Advanced", "Additional", "New", "Newer", "Similar", "Separate", "Total", "Combined", "Final", "Full", "Preliminary", "Ongoing",
        "Rising", "Falling", "Higher", "Lower", "Strong", "Weak", "Bigger", "Smaller", "Small", "Larger", "Top", "Senior", "Junior",
        "Former", "Future", "Potential", "Possible", "Proposed", "Planned", "Expected", "Estimated", "Reported", "Official", "Unnamed",
        "Anonymous", "Various", "Numerous", "Certain", "Specific", "Average", "Annual", "Quarterly", "Monthly", "Daily", "Weekly",
        "Direct", "Indirect", "Further", "Previous", "Past", "First", "Second", "Third", "Fourth", "Fifth", "Same", "Whole", "Entire",
        "Own", "Only", "Sole", "Real", "True", "Similar", "Corporate", "Institutional", "Retail", "Domestic", "Foreign", "International",
        "Local", "Regional", "National", "Federal", "Sovereign", "Listed", "Unlisted", "Late-stage", "Early-stage", "Growth-stage",

        // Nouns of figures, documents and talk, in the plural.
        "Figures", "Numbers", "Statistics", "Estimates", "Results", "Records", "Projections", "Forecasts", "Calculations", "Prices",
        "Costs", "Valuations", "Plans", "Efforts", "Proceeds", "Assets", "Stocks", "Markets", "Bonds", "Loans", "Rates", "Payments",
        "Losses", "Returns", "Gains", "Bids", "Offers", "Rounds", "Commitments", "Transactions", "Acquisitions", "Mergers",
        "Purchases", "Contracts", "Agreements", "Announcements", "Statements", "Comments", "Rumours", "Rumors", "Questions", "Concerns",
        "Funds", "Startups", "Start-ups",

        // Labels of pasted copy ("Headline: …", "Body: …").
        "Headline", "Headlines", "Body", "Line", "Title", "Subtitle", "Subject", "Summary", "Caption", "Byline", "Dateline", "Lede", "Note",
        "Notes", "Update", "Correction", "Text", "Excerpt", "Transcript", "Abstract", "Background", "Context", "Overview", "Highlights",
    };

    /// <summary>Pronouns and the verbs a contraction is written on: "We’re", "They've", "It’ll", "I'm", "There's".</summary>
    private static readonly HashSet<string> _contractedStems = new(StringComparer.Ordinal)
    {
        "I", "We", "You", "They", "He", "She", "It", "That", "There", "Here", "What", "Who", "Where", "Let", "This",
    };

    /// <summary>Whether the run of name words from <paramref name="first"/> to <paramref name="last"/> is a common word alone (see the class).</summary>
    private static bool IsCommonWordAlone(IReadOnlyList<Word> words, int first, int last)
    {
        // "Á É Í Ó Ú", "A B C": letters standing alone name nothing.
        if (last > first && Enumerable.Range(first, last - first + 1).All(k => words[k].Core.Length == 1 && char.IsLetter(words[k].Core[0])))
        {
            return true;
        }

        if (first != last)
        {
            return false;
        }

        var core = words[first].Core;
        if (IsContraction(core))
        {
            return true;
        }

        return OpensClause(words, first) && !words[first].InBrackets && (_commonOpeners.Contains(core) || IsPeoplePlural(core));
    }

    /// <summary>"We’re", "They've", "It’ll", "I'm", "Don't", "Isn’t": a pronoun or a negated verb with its contraction.</summary>
    private static bool IsContraction(string core)
    {
        var mark = core.IndexOfAny(['\'', '’']);
        if (mark <= 0 || mark == core.Length - 1)
        {
            return false;
        }

        var stem = core[..mark];
        var ending = core[(mark + 1)..].ToLowerInvariant();
        return (_contractedStems.Contains(stem) && ending is "re" or "ve" or "ll" or "m" or "d" or "s")
            || (ending == "t" && stem.EndsWith('n') && stem.All(char.IsLetter) && stem.Length <= 6);
    }

    /// <summary>"Officials", "Spokespeople", "Businessmen", "Representatives": a plural noun of people.</summary>
    private static bool IsPeoplePlural(string core) =>
        _peoplePlurals.Contains(core)
        || (core.Length > 6 && char.IsUpper(core[0]) && core.Skip(1).All(char.IsLower)
            && (core.EndsWith("people", StringComparison.Ordinal) || core.EndsWith("persons", StringComparison.Ordinal)
                || core.EndsWith("men", StringComparison.Ordinal) || core.EndsWith("women", StringComparison.Ordinal)
                || core.EndsWith("ials", StringComparison.Ordinal) || core.EndsWith("ives", StringComparison.Ordinal)));
}
