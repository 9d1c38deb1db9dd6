namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor-verbs sweep: the investor as the subject of any money verb (bet, wager, offer, deploy, earmark, chip in, write a cheque,
/// participate with ...), of a hedged or dropped deal ("is contemplating / weighing / in talks over a $X investment in Y", "scrapped a
/// planned $X investment"), a gerund's agent ("about Amazon committing $33 billion"), the owner of a deal noun ("Facebook's 9.9% stake
/// buy for Rs 43,574 crore", "its purchase of a 3% stake in Y for $250 million"), a person as agent or giver ("a $X investment by Mr.
/// Kalanick", "funded with $200 million from Mr. Kalanick"), and "to the tune of" ("Ford tied up with Rivian to the tune of $500 million",
/// "was made by Temasek to the tune of ₹185.7 crore", "Backed by PIF to the tune of $38 billion"). <see cref="MoneyVerbInvestment"/> also
/// makes the figure an investment (read with the investor frames): money offered to a company, a funding or investment in a named
/// company, a round one investor provides, an owner's announcement of money in a company or at a valuation, and "to the tune of".
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs that give the figure that follows them (skipping "out", "a", "up to" ...).</summary>
    private static readonly HashSet<string> _moneyVerbs = new(StringComparer.Ordinal)
    {
        "bet", "bets", "betting", "wager", "wagers", "wagered", "wagering", "staked", "offer", "offers", "offered", "offering", "deploy",
        "deploys", "deployed", "deploying", "earmark", "earmarks", "earmarked", "earmarking", "infuse", "infuses", "infused", "infusing",
        "sink", "sinks", "sank", "sunk", "funnel", "funnels", "funnelled", "funneled", "plough", "ploughs", "ploughed", "ploughing", "plow",
        "plows", "plowed", "plowing", "commit", "commits", "committed", "committing", "pledge", "pledges", "pledged", "pledging", "provide",
        "provides", "provided", "providing", "pump", "pumps", "pumped", "pumping", "inject", "injects", "injected", "injecting", "pour",
        "pours", "poured", "pouring", "invest", "invests", "invested", "investing", "spend", "spends", "spent", "spending", "shell", "shells",
        "shelled", "shelling", "fork", "forks", "forked", "forking", "chip", "chips", "chipped", "chipping", "contribute", "contributes",
        "contributed", "contributing", "put", "puts", "putting",
    };

    /// <summary>Verbs of a deal the noun after the figure names: "is contemplating a $1 billion investment", "scrapped a planned $X investment".</summary>
    private static readonly HashSet<string> _dealVerbs = new(StringComparer.Ordinal)
    {
        "contemplating", "contemplates", "considering", "considers", "weighing", "weighs", "mulling", "mulls", "eyeing", "eyes", "exploring",
        "scrapped", "scraps", "scrapping", "shelved", "shelves", "cancelled", "canceled", "cancels", "dropped", "drops", "abandoned",
        "announced", "announces", "announcing", "unveiled", "unveils", "disclosed", "discloses", "made", "makes", "making", "completed",
        "finalised", "finalized", "confirmed", "planning", "plans", "proposed", "signed", "sealed", "struck", "wrote", "writes", "writing",
        "write", "cut", "cuts", "cutting", "gave", "give", "gives", "giving", "handed", "hands",
    };

    /// <summary>Nouns after the figure naming the deal: "a $X investment", "a $X funding", "a $X cheque".</summary>
    private static readonly HashSet<string> _dealNouns = new(StringComparer.Ordinal)
    {
        "investment", "funding", "stake", "bet", "infusion", "injection", "commitment", "cheque", "check", "capital",
    };

    /// <summary>Words between a money or deal verb and the figure: "a planned", "up to", "its proposed", "another".</summary>
    private static readonly HashSet<string> _beforeMoneyFigure = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "its", "his", "her", "their", "planned", "proposed", "potential", "possible", "further", "fresh", "additional",
        "another", "initial", "extra", "up", "to", "as", "much", "about", "around", "nearly", "almost", "roughly", "approximately", "some",
        "over", "more", "than", "at", "least", "out", "in", "just", "under", "with", "total", "it", "them",
    };

    /// <summary>The investor the investor-verbs sweep reads for the figure, or null: a money verb's subject, a deal noun's owner, a person giver.</summary>
    private static string? MoneyVerbInvestor(SentenceWords sentence, int first, int last) =>
        first < 1 || last >= sentence.Words.Count ? null
            : MoneyVerbSubject(sentence, first, last);

    /// <summary>The deal nouns' owners and a person giver, read with the investor frames (before the rounds' rules).</summary>
    private static string? DealNounOwner(SentenceWords sentence, int first, int last) =>
        first < 1 || last >= sentence.Words.Count ? null
            : StakeBuyOwner(sentence, first) ?? PurchaseOwner(sentence, first) ?? PersonGiverAfter(sentence, last) ?? PersonWithRoleSubject(sentence, first, last);

    /// <summary>Role words written before a person: "OpenAI's CEO Sam Altman", "Oracle co-founder Larry Ellison".</summary>
    private static readonly HashSet<string> _personRoles = new(StringComparer.Ordinal)
    {
        "ceo", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chair", "president", "boss", "billionaire", "executive",
        "chief", "investor", "entrepreneur", "tycoon", "owner", "head",
    };

    /// <summary>"OpenAI's CEO Sam Altman had personally invested $1M": a person after a role word is the subject, not the role's owner.</summary>
    private static string? PersonWithRoleSubject(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var v = MoneyVerbAt(sentence, first, last);
        var s = v - 1;
        while (s > 0 && (_beforeGivingVerb.Contains(words[s].Lower) || IsAdverb(words[s])) && !words[s].EndsPhrase)
        {
            s--;
        }

        return v >= 1 && s >= 1 && sentence.NameAt[s] is { Kind: NameKind.Person, Possessive: false } person && person.Last == s && !words[s].EndsPhrase
            && person.First >= 1 && _personRoles.Contains(words[person.First - 1].Lower) ? person.Text : null;
    }

    /// <summary>The frames that also make the figure an investment: offered to a company, a deal in a company, a round provided, "to the tune of".</summary>
    private static string? MoneyVerbInvestment(SentenceWords sentence, int first, int last) =>
        first < 1 || last >= sentence.Words.Count ? null
            : OfferedToACompany(sentence, first, last) ?? DealInACompany(sentence, first, last) ?? RoundProvided(sentence, first, last)
              ?? ToTheTuneOf(sentence, first) ?? AnnouncedInACompany(sentence, first, last);

    /// <summary>The money or deal verb whose figure this is, or -1: "has chosen to bet $4.4 billion", "is weighing a $500 million investment".</summary>
    private static int MoneyVerbAt(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var v = first - 1;
        while (v > 0 && first - v <= 4 && _beforeMoneyFigure.Contains(words[v].Lower) && !words[v].EndsPhrase && !IsTalksPreposition(words, v))
        {
            v--;
        }

        var next = MetricRules.SkipConversion(words, last);
        var noun = next < words.Count && !words[last].EndsPhrase && _dealNouns.Contains(words[next].Lower);

        // "is considering an investment of $X": the deal noun before the figure.
        if (v >= 3 && words[v].Lower == "of" && _dealNouns.Contains(words[v - 1].Lower) && words[v - 2].Lower is "a" or "an" or "its" or "his" or "her" or "their")
        {
            (v, noun) = (v - 3, true);
        }

        if (v < 1 || words[v].EndsPhrase)
        {
            return -1;
        }
        if (words[v].Lower is "participate" or "participates" or "participated" or "participating")
        {
            return words[v + 1].Lower == "with" ? v : -1;
        }

        if (IsTalksPreposition(words, v))
        {
            return noun ? v - 1 : -1;
        }

        return _moneyVerbs.Contains(words[v].Lower) && words[v + 1].Lower != "with" || _dealVerbs.Contains(words[v].Lower) && noun ? v : -1;
    }

    /// <summary>"in talks over / for / on / about a $X investment": the preposition after the talks.</summary>
    private static bool IsTalksPreposition(List<Word> words, int v) =>
        v >= 2 && words[v].Lower is "over" or "for" or "on" or "about" && words[v - 1].Lower is "talks" or "discussions" or "negotiations";

    /// <summary>"is in (advanced) talks to", "has entered into advanced discussions to": the word the subject's auxiliaries stand before.</summary>
    private static int PastTalks(List<Word> words, int v)
    {
        var j = v;
        if (j >= 2 && words[j - 1].Lower == "to" && words[j - 2].Lower is "talks" or "discussions" or "negotiations")
        {
            j -= 2;
        }
        else if (!(words[j].Lower is "talks" or "discussions" or "negotiations"))
        {
            return v;
        }

        while (j >= 1 && words[j - 1].Lower is "advanced" or "early" or "exclusive" or "preliminary" or "final" or "late-stage" or "detailed")
        {
            j--;
        }

        return j >= 1 && words[j - 1].Lower == "in" ? j - 1 : j >= 2 && words[j - 1].Lower == "into" && words[j - 2].Lower is "entered" or "enters" or "entering" ? j - 2 : v;
    }

    /// <summary>The subject of the money or deal verb before the figure, or a gerund's agent right before it ("about Amazon committing").</summary>
    private static string? MoneyVerbSubject(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var v = MoneyVerbAt(sentence, first, last);
        if (v < 1)
        {
            return null;
        }

        var at = PastTalks(words, v);
        while (at >= 2 && words[at - 1].Lower == "to" && words[at - 2].Lower is "chosen" or "chose" or "opted" or "decided" or "elected")
        {
            at -= 2;
        }

        if (at >= 1 && sentence.NameAt[at - 1] is { Possessive: false, Kind: NameKind.Organisation or NameKind.Person } agent && agent.Last == at - 1
            && words[at].Lower.EndsWith("ing", StringComparison.Ordinal) && !words[at - 1].EndsPhrase && PastTitle(words, agent.First - 1) is var before
            && before >= 0 && words[before].Lower is "about" or "of")
        {
            return WithTitle(words, agent);
        }

        return at >= 1 ? SubjectOfVerb(sentence, at) ?? OwnedSubject(sentence, at) : null;
    }

    /// <summary>The word before a person's title ("about Mr. Kalanick"), or <paramref name="i"/> itself when it is no title.</summary>
    private static int PastTitle(List<Word> words, int i) =>
        i >= 0 && words[i].Lower is "mr." or "mr" or "ms." or "ms" or "mrs." or "mrs" or "dr." or "dr" or "sir" ? i - 1 : i;

    /// <summary>
    /// "Saudi Arabia's Public Investment Fund offered": a name owned by a place or a name that opens the clause, as the verb's subject.
    /// </summary>
    private static string? OwnedSubject(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var s = verb - 1;
        while (s > 0 && (_beforeGivingVerb.Contains(words[s].Lower) || IsAdverb(words[s])) && !words[s].EndsPhrase)
        {
            s--;
        }

        if (sentence.NameAt[s] is not { Possessive: false, Kind: NameKind.Organisation or NameKind.Person } name || name.Last != s || words[s].EndsPhrase)
        {
            return null;
        }

        // Only a name after a title or owned by a place's possessive that opens its clause (a name alone is read by SubjectOfVerb).
        var j = PastPlaceOwner(sentence, PastTitle(words, name.First - 1));
        j = j >= 0 && words[j].Lower == "the" && (j == 0 || words[j - 1].EndsPhrase) ? j - 1 : j;
        return j != name.First - 1 && (j < 0 || words[j].EndsPhrase) ? WithTitle(words, name) : null;
    }

    /// <summary>A person's name with the title written before it: "Mr. Kalanick".</summary>
    private static string WithTitle(List<Word> words, Name name) =>
        name.Kind == NameKind.Person && PastTitle(words, name.First - 1) != name.First - 1
            ? words[name.First - 1].Core + (words[name.First - 1].After == '.' ? ". " : " ") + name.Text : name.Text;

    /// <summary>Past a place's or owner's possessive before a name ("Saudi Arabia's", "Singapore's"): the word before it, else <paramref name="i"/>.</summary>
    private static int PastPlaceOwner(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i < 0 || !words[i].Possessive || !char.IsUpper(words[i].Core.FirstOrDefault()))
        {
            return i;
        }

        var j = i - 1;
        while (j >= 0 && !words[j].EndsPhrase && char.IsUpper(words[j].Core.FirstOrDefault()) && i - j < 4)
        {
            j--;
        }

        return j;
    }

    /// <summary>"Facebook's 9.9% stake buy for Rs 43,574 crore", "GIC's stake purchase for $X": the owner of the stake bought for the figure.</summary>
    private static string? StakeBuyOwner(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var i = first - 1;
        if (i < 3 || words[i].Lower != "for" || words[i - 1].Lower is not ("buy" or "purchase" or "acquisition") || words[i - 2].Lower != "stake")
        {
            return null;
        }

        i -= 3;
        while (i >= 0 && (words[i].Core.EndsWith('%') || words[i].Lower is "per" or "cent" or "percent" or "minority" or "planned" or "upcoming" or "proposed"))
        {
            i--;
        }

        return i >= 0 && OwnerEndingAt(sentence, i) is { } owner ? owner.Text : null;
    }

    /// <summary>
    /// "ADIA's purchase of a 3% stake in Intas for $250 million", "The other big transaction by ADIA was its purchase of a 3% stake in
    /// Intas for $250 million": the owner of the purchase priced by the figure ("its" standing for the name nearest before it).
    /// </summary>
    private static string? PurchaseOwner(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (words[first - 1].Lower != "for")
        {
            return null;
        }

        for (var i = first - 2; i >= 2 && first - i <= 12 && !words[i].EndsPhrase; i--)
        {
            if (words[i].Lower != "of" || words[i - 1].Lower is not ("purchase" or "acquisition"))
            {
                continue;
            }

            var owner = i - 2;
            if (OwnerEndingAt(sentence, owner) is { } name)
            {
                return name.Text;
            }

            return words[owner].Lower is "its" or "his" or "her" ? NearestNameBefore(sentence, owner) : null;
        }

        return null;
    }

    /// <summary>The organisation or person nearest before word <paramref name="i"/>, or null.</summary>
    private static string? NearestNameBefore(SentenceWords sentence, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (sentence.NameAt[j] is { Kind: NameKind.Organisation or NameKind.Person } name)
            {
                return name.Possessive ? null : name.Text;
            }
        }

        return null;
    }

    /// <summary>"a $X investment by Mr. Kalanick", "funded with $200 million from Mr. Kalanick himself": a person named as agent or giver.</summary>
    private static string? PersonGiverAfter(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (i < words.Count && !words[last].EndsPhrase && words[i].Lower is "investment" or "stake" or "funding" or "injection" or "infusion")
        {
            i++;
        }

        var at = i + 1 < words.Count && PastTitle(words, i + 1) == i ? i + 2 : i + 1;
        return at < words.Count && !words[i - 1].EndsPhrase && words[i].Lower is "by" or "from" && sentence.NameAt[at] is { Kind: NameKind.Person, Possessive: false } person
            && person.First == at && !IsListed(sentence, person) ? WithTitle(words, person) : null;
    }
}
