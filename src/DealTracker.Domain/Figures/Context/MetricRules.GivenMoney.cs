using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the givers-and-shapes sweep: money one giver gives by a verb or frame the cues did not read as putting money in (the giver is
/// read by InvestorRules.GivenMoney.cs):
/// - a giving verb with the company between it and the figure: "Apple awarded Finisar $390 million", "handed the startup $X" (not a
///   contract, grant, loan, subsidy, prize or damages named after the figure);
/// - an investor's cheque per company: "usually providing up to $3.5m per portfolio company";
/// - money put into something: "it will put up to €3m into startups";
/// - a spokesperson's organisation investing: "an Intel Capital spokesman said his organization has invested $291 million in 31 new
///   companies";
/// - more of an investment put in after it: "…, with another $155 million put into 53 follow-on deals".
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs that give the company named after them the money after it: "awarded Finisar $390 million".</summary>
    private static readonly HashSet<string> _givingToCompanyVerbs = new(StringComparer.Ordinal)
    {
        "awarded", "awards", "award", "awarding", "gave", "gives", "give", "giving", "handed", "hands", "hand", "handing",
    };

    /// <summary>Nouns after a given figure that make it no investment: "awarded X a $10 billion contract", "gave X $5 million in grants".</summary>
    private static readonly HashSet<string> _notInvestmentAfterGiving = new(StringComparer.Ordinal)
    {
        "contract", "contracts", "grant", "grants", "loan", "loans", "subsidy", "subsidies", "prize", "damages", "fine", "fines", "bonus",
        "salary", "compensation", "award", "deal", "order", "orders", "debt", "credit", "credits", "refund", "tax",
    };

    /// <summary>Words for an investor's companies after "per": "per portfolio company", "per startup", "per deal".</summary>
    private static readonly HashSet<string> _perCompanyWords = new(StringComparer.Ordinal)
    {
        "company", "companies", "startup", "start-up", "startups", "business", "investment", "deal", "venture", "founder", "team",
    };

    /// <summary>Verbs of putting money in.</summary>
    internal static readonly HashSet<string> PutInVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "put", "puts", "putting", "pour", "pours", "poured", "pouring", "inject", "injects",
        "injected", "injecting", "deploy", "deploys", "deployed", "deploying", "pump", "pumps", "pumped", "pumping",
    };

    /// <summary>"his organization", "her firm", "their company": a speaker's organisation standing for the one named before it.</summary>
    internal static bool IsSpeakersOrganisation(IReadOnlyList<Word> words, int i) =>
        i >= 1 && words[i].Lower is "organization" or "organisation" or "firm" or "company" or "group" or "fund" or "team"
        && words[i - 1].Lower is "his" or "her" or "their";

    private static bool IsGivenByAMoneyVerb(SentenceWords sentence, int first, int last, int floor) =>
        (GivingVerbBefore(sentence, first, floor) >= 0 || AwardingVerbBefore(sentence, first, last, floor) >= 0) && !NamesNoInvestmentAfter(sentence.Words, last)
        || IsPerCompanyCheque(sentence.Words, first, last, floor)
        || IsPutInto(sentence.Words, first, last, floor)
        || SpeakersOrganisationPutsIn(sentence.Words, first, floor) >= 0;

    /// <summary>The giving verb before "Finisar $390 million" (a name between), or -1.</summary>
    internal static int GivingVerbBefore(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        var end = BackOverHedges(words, first - 1, floor);
        if (end < 1 || sentence.NameAt[end] is not { Kind: NameKind.Organisation, Possessive: false } company || company.Last != end || words[end].EndsPhrase
            || company.First < 1)
        {
            return -1;
        }

        var verb = company.First - 1;
        return verb >= Math.Max(floor, 1) && _givingToCompanyVerbs.Contains(words[verb].Lower) ? verb : -1;
    }

    /// <summary>Words that may follow a given figure: the sentence's end, or a preposition or time word ("from its new fund", "last year").</summary>
    private static readonly HashSet<string> _afterGivenMoney = new(StringComparer.Ordinal)
    {
        "from", "in", "to", "for", "through", "via", "last", "this", "over", "as", "and", "on", "under", "with", "out", "of", "earlier", "back",
    };

    /// <summary>
    /// "is awarding $250 million from its Advanced Manufacturing Fund to Corning Inc.", "announced to award $45 million … to … Corning": an
    /// award verb right before the figure and "to" a company after it in the clause; the index of the verb, or -1.
    /// </summary>
    internal static int AwardingVerbBefore(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var verb = BackOverHedges(words, first - 1, floor);
        if (verb < Math.Max(floor, 1) || words[verb].Lower is not ("award" or "awards" or "awarded" or "awarding") || words[last].EndsPhrase)
        {
            return -1;
        }

        var i = SkipConversion(words, last);
        for (var k = i; k + 1 < words.Count && k < i + 10 && !(k > i && words[k - 1].EndsPhrase); k++)
        {
            if (words[k].Lower == "to" && sentence.GiverAfterDescriptor(k + 1) is not null)
            {
                return verb;
            }
        }

        return -1;
    }

    private static bool NamesNoInvestmentAfter(IReadOnlyList<Word> words, int last)
    {
        var i = SkipConversion(words, last);
        if (i < words.Count && !words[last].EndsPhrase && !_afterGivenMoney.Contains(words[i].Lower))
        {
            // "gives Mistral an 11.7 billion-euro valuation": a noun after the figure says what it is.
            return true;
        }

        for (var k = i; k < words.Count && k < i + 3; k++)
        {
            if (_notInvestmentAfterGiving.Contains(words[k].Lower) || (k > i && words[k - 1].EndsPhrase))
            {
                return _notInvestmentAfterGiving.Contains(words[k].Lower);
            }
        }

        return false;
    }

    /// <summary>"usually providing up to $3.5m per portfolio company", "invests $2 million per startup".</summary>
    internal static bool IsPerCompanyCheque(IReadOnlyList<Word> words, int first, int last, int floor)
    {
        var verb = BackOverHedges(words, first - 1, floor);
        var i = SkipConversion(words, last);
        return verb >= Math.Max(floor, 0) && words[verb].Lower is "providing" or "provides" or "provide" or "provided" or "investing" or "invests" or "invest"
            or "writing" or "writes" or "deploying" or "committing"
            && i + 1 < words.Count && !words[last].EndsPhrase && words[i].Lower is "per" or "each"
            && (_perCompanyWords.Contains(words[i + 1].Lower) || (i + 2 < words.Count && _perCompanyWords.Contains(words[i + 2].Lower)));
    }

    /// <summary>"it will put up to €3m into startups", "puts $5 million in each": "put" right before the figure and "into / in" right after.</summary>
    internal static bool IsPutInto(IReadOnlyList<Word> words, int first, int last, int floor)
    {
        var verb = BackOverHedges(words, first - 1, floor);
        var i = SkipConversion(words, last);
        return verb >= Math.Max(floor, 0) && words[verb].Lower is "put" or "puts" or "putting" && !words[last].EndsPhrase && i < words.Count
            && words[i].Lower is "into" or "in" && PutByAStandIn(words, verb);
    }

    /// <summary>Whether the "put" at <paramref name="verb"/> has "it" or "which" as its subject ("when it will put"): a named subject is left to the other rules.</summary>
    internal static bool PutByAStandIn(IReadOnlyList<Word> words, int verb)
    {
        var subject = verb - 1;
        while (subject >= 0 && words[subject].Lower is "will" or "would" or "could" or "may" or "might" or "can" or "also" or "then" or "has" or "had" or "usually" or "typically")
        {
            subject--;
        }

        return subject >= 0 && words[subject].Lower is "it" or "which";
    }

    /// <summary>"his organization has invested $291 million": the index of the speaker's organisation noun, or -1.</summary>
    internal static int SpeakersOrganisationPutsIn(IReadOnlyList<Word> words, int first, int floor)
    {
        var verb = BackOverHedges(words, first - 1, floor);
        if (verb < Math.Max(floor, 2) || !PutInVerbs.Contains(words[verb].Lower))
        {
            return -1;
        }

        var subject = verb - 1;
        while (subject >= 2 && words[subject].Lower is "has" or "have" or "had" or "will" or "would" or "also" or "already" or "so" or "far")
        {
            subject--;
        }

        return IsSpeakersOrganisation(words, subject) ? subject : -1;
    }

    /// <summary>"…, with another $155 million put into 53 follow-on deals": more money put in after an investment.</summary>
    internal static bool IsMorePutIntoAfterAnInvestment(IReadOnlyList<Word> words, int first, int last, Metric? previous)
    {
        if (previous != Metric.Investment || first < 1 || words[last].EndsPhrase)
        {
            return false;
        }

        var more = words[first - 1].Lower is "another" or "further" or "additional"
            || (first >= 2 && words[first - 1].Lower is "more" && words[first - 2].Lower is "another" or "further");
        var i = SkipConversion(words, last);
        return more && i + 1 < words.Count && words[i].Lower is "put" or "invested" or "poured" or "injected" or "deployed" or "pumped" or "ploughed"
            && words[i + 1].Lower is "into" or "in";
    }
}
