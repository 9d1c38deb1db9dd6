namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the named-investor-totals realignment (the reading): one organisation's own money put in, whatever it goes into, is
/// its investment: "Alphabet pledged to invest some $10bn in India", "Mitsubishi Corp. will invest more than 4 trillion yen over the
/// three years", "NVIDIA Corp. invested $1 billion across 50 startup funding rounds", "MMG said it would invest $800m to more than
/// double its output", "PIF invested $31.5 billion to become the world's top spending sovereign wealth fund". The earlier rules read
/// money into a country, a sector, many companies, a period or a build-out as other (the ninth session's convention); this reading
/// runs after them and turns such other money to an investment when a money verb ("invest", "pledge", "commit", "spend", "inject",
/// "pour", "plough", "deploy", "allocate", "earmark", "pump", "channel") stands right before the figure (only hedges between), its
/// subject is one organisation (a name, a pronoun, "the company") and not many investors, and the money is not a purchase of chips or
/// compute, a stake bought for control, a takeover, debt, holdings or a buy-back. Totals many investors put in ("investors poured",
/// "VC firms invested", "Alphabet, Amazon, Meta, Microsoft and CoreWeave are on track to spend", "a combined") stay other.
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _ownMoneyVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "pledge", "pledges", "pledged", "pledging", "commit", "commits", "committed", "committing",
        "spend", "spends", "spent", "spending", "inject", "injects", "injected", "injecting", "pour", "pours", "poured", "pouring", "plough",
        "ploughs", "ploughed", "ploughing", "plow", "plows", "plowed", "plowing", "deploy", "deploys", "deployed", "deploying", "allocate",
        "allocates", "allocated", "allocating", "earmark", "earmarks", "earmarked", "earmarking", "pump", "pumps", "pumped", "pumping",
        "channel", "channels", "channelled", "channeled",
    };

    /// <summary>Hedges and determiners written between the money verb and the figure: "invest up to an additional $5 billion".</summary>
    private static readonly HashSet<string> _ownMoneyHedges = new(StringComparer.Ordinal)
    {
        "up", "to", "about", "around", "some", "roughly", "nearly", "almost", "approximately", "approx", "over", "more", "than", "at", "least",
        "as", "much", "a", "an", "further", "additional", "another", "total", "of", "minimum", "maximum", "mere", "just", "close", "between",
        "worth", "estimated", "fresh", "extra", "new", "cumulative", "whopping", "remarkable", "significant", "upwards",
        "circa", "well", "north", "combined", "record", "planned", "massive", "huge", "hefty",
    };

    /// <summary>Words of the verb chain between a subject and its money verb: "is set to invest", "has already committed", "plans to spend".</summary>
    private static readonly HashSet<string> _ownMoneyChain = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "can", "could", "may", "might", "must", "has", "have", "had", "is", "was", "be", "to", "also", "already",
        "reportedly", "plans", "planned", "planning", "plan", "expects", "expected", "aims", "aimed", "set", "agreed", "agrees", "intends",
        "intended", "wants", "looking", "preparing", "going", "likely", "promising", "promised", "vowed", "vows", "decided", "hopes", "seeks",
        "continue", "continues", "further", "now", "recently", "previously", "still", "jointly", "together", "officially", "ready", "then",
        "announced", "said", "says", "disclosed", "floated", "outlined", "pledged", "committed", "pledging", "committing", "proposes",
        "proposed", "eyes", "eyeing", "considering", "mulling", "talks", "in", "last", "this", "year", "week", "month", "on", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "it", "that", "he", "she", "would", "seeking", "chose",
        "tentatively", "initially", "eventually", "ultimately", "gradually", "separately", "additionally", "yesterday", "today", "earlier",
        "later", "first", "since", "so", "far", "been", "being", "about", "are", "were", "do", "does", "did",

        // Since the nineteenth session: headline tenses of the intentions ("Toyota pledges to invest $3 bn in Kenya").
        "pledges", "pledge", "commits", "commit", "promises", "promise", "vow", "decides", "decide", "intend", "want", "hope", "seek",
        "aim", "agree",

        // Since the twenty-first session: the other ways a plan is made public ("Qatar has unveiled plans to invest $4 billion").
        "unveiled", "unveils", "unveiling", "revealed", "reveals", "revealing", "outlines", "outlining", "announces", "announcing",
        "confirmed", "confirms", "detailed", "details", "laid", "lays", "out",
    };

    /// <summary>Heads of a subject that is many investors, not one: "VC firms invested", "investors poured", "they have deployed".</summary>
    private static readonly HashSet<string> _manyInvestorHeads = new(StringComparer.Ordinal)
    {
        "investors", "capitalists", "vcs", "firms", "funds", "companies", "startups", "start-ups", "businesses", "groups", "banks", "they",
        "we", "giants", "makers", "chipmakers", "manufacturers", "automakers", "carmakers", "players", "individuals", "entrepreneurs",
        "institutions", "countries", "governments", "offices", "swfs", "pensions", "corporates", "corporations", "hyperscalers", "backers",
        "lenders", "insurers", "affiliates", "sector", "industry", "others", "members", "partners", "conglomerates", "chaebols", "both", "all",
        "each", "collectively", "combined", "respectively",
    };

    /// <summary>Words after the figure that say the money buys chips or compute, control of a company, debt, shares or holdings.</summary>
    private static readonly HashSet<string> _notOwnInvestmentAfter = new(StringComparer.Ordinal)
    {
        "procure", "procuring", "acquire", "acquiring", "acquisition",
        "acquisitions", "buy", "buying", "purchase", "purchasing", "takeover", "buyout", "majority", "controlling", "control", "debt", "loan",
        "loans", "bonds", "buyback", "buybacks", "repurchase", "holdings", "stocks", "shares", "dividend", "dividends", "salaries", "wages",
        "marketing", "advertising", "lobbying", "fines", "licences", "licenses", "leases", "sponsorship", "sponsorships", "subsidies",
        "subsidy", "grant", "grants", "aid", "donation", "donations", "incentives", "financing", "credit",
    };

    /// <summary>
    /// Whether the figure at words <paramref name="first"/>..<paramref name="last"/>, which no earlier rule read as an investment, is one
    /// organisation's own money put in by a money verb right before it.
    /// </summary>
    internal static bool IsNamedInvestorsOwnMoney(SentenceWords sentence, int first, int last, int floor) =>
        OwnMoneySubject(sentence, first, last, floor) >= 0;

    /// <summary>
    /// The investor of own money <see cref="IsNamedInvestorsOwnMoney"/> reads: the subject's name as written ("Samsung Electronics Co.",
    /// "Saudi Arabia", "Ineos chief executive Jim Ratcliffe"), or null when the subject is a pronoun or a description, or when the
    /// figure is no such money.
    /// </summary>
    internal static string? OwnMoneyInvestor(SentenceWords sentence, int first, int last, int floor)
    {
        var s = OwnMoneySubject(sentence, first, last, floor);
        var words = sentence.Words;
        if (s < 0)
        {
            return null;
        }

        // "Samsung Electronics Co. announced Thursday that it will invest": the pronoun stands for the name that reports it.
        if (words[s].Lower is "it" or "he" or "she")
        {
            // The reporting verb just before the pronoun ("announced Thursday that it", "said it"), and the name right before that verb.
            var r = Enumerable.Range(Math.Max(0, s - 4), s - Math.Max(0, s - 4)).LastOrDefault(i => words[i].Lower is "said" or "says" or "announced"
                or "added" or "confirmed" or "stated" or "disclosed" or "revealed" or "noted" or "announces", -1);
            var reporter = r > 0 ? sentence.NameAt[r - 1] ?? (r > 1 && words[r - 1].Lower is "has" or "had" or "also" ? sentence.NameAt[r - 2] : null) : null;
            return reporter is { Kind: not NameKind.Outlet } ? reporter.Text : null;
        }

        if (words[s].Lower == "they")
        {
            return ReportingPairBefore(sentence, s)?.Text;
        }

        if (sentence.NameAt[s] is { Kind: not NameKind.Outlet } name)
        {
            // "Hyundai Motor Group and Hyundai Motor Chung Mong-Koo Foundation will together invest": the first of two givers.
            if (name.First > 1 && words[name.First - 1].Lower is "and" && sentence.NameAt[name.First - 2] is { Kind: not NameKind.Outlet } firstGiver)
            {
                return firstGiver.Text;
            }

            return name.Text;
        }

        if (!words[s].IsCapitalised)
        {
            return null;
        }

        // A place standing for its government: "Saudi Arabia", "South Korea", "Abu Dhabi", "France", "Tokyo's".
        var from = s;
        while (from > 0 && words[from - 1].IsCapitalised && !words[from - 1].EndsPhrase && !words[from - 1].Possessive && from > s - 3)
        {
            from--;
        }

        return string.Join(' ', Enumerable.Range(from, s - from + 1).Select(i => words[i].Core));
    }

    /// <summary>
    /// Where a money verb before the figure would stand: the first word back from <paramref name="first"/> that is not a hedge or a
    /// currency word ("pledged to invest some $10bn", "plan to invest a total of 21.4 trillion won"), at most seven words back and not
    /// before <paramref name="floor"/>; the caller checks that it is one.
    /// </summary>
    private static int OwnMoneyVerbBefore(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        var v = first - 1;
        while (v >= Math.Max(0, floor) && first - v <= 7 && !IsOwnMoneyVerb(sentence, v)
            && (_ownMoneyHedges.Contains(words[v].Lower) || _currencyWords.Contains(words[v].Lower)) && !words[v].EndsPhrase
            && !(words[v].Lower == "to" && (v == 0 || words[v - 1].Lower is not ("up" or "close"))))
        {
            v--;
        }

        return v;
    }

    /// <summary>The word index of the subject of own money put in by a money verb right before the figure, or -1 when it is none.</summary>
    private static int OwnMoneySubject(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first <= 0 || last >= words.Count)
        {
            return -1;
        }

        // The money verb, with only hedges between it and the figure: "pledged to invest some $10bn", "committing Dh119 billion".
        var v = OwnMoneyVerbBefore(sentence, first, floor);

        if (v < Math.Max(0, floor) || !IsOwnMoneyVerb(sentence, v) || words[v].EndsPhrase)
        {
            return -1;
        }

        // "a combined $2 billion", "a total of" after a pair of givers is pooled money.
        var pooled = false;
        for (var i = v + 1; i < first; i++)
        {
            pooled |= words[i].Lower is "combined" or "collective" or "aggregate";
        }

        // "was allocated Rs 551.75 crore": money given to the subject, not put in by it.
        if (v > 0 && words[v].Lower.EndsWith("ed", StringComparison.Ordinal) && words[v - 1].Lower is "was" or "were" or "been" or "be" or "being" or "is" or "are")
        {
            return -1;
        }

        // The subject: back over the verb chain to the nearest word that is not part of it.
        var s = v - 1;
        while (s >= 0 && _ownMoneyChain.Contains(words[s].Lower) && !(words[s].Lower is "it" or "he" or "she") && !words[s].EndsPhrase)
        {
            s--;
        }

        if (s < 0)
        {
            return -1;
        }

        // "X invested $1 billion in A and committed another $10 billion to India": the first clause's subject (MetricRules.CoordinatedMoneyVerbs.cs).
        s = CoordinatedSubject(sentence, s, v) ?? s;

        // "CDPQ (Caisse de dépôt et placement du Québec), committed": the name before its bracketed long form.
        while (s > 0 && words[s].InBrackets)
        {
            s--;
        }

        // "Mubadala Investment Co., which manages $250 billion in assets, has invested", "AP4, Stockholm, committed": the subject
        // before an appositive, a relative clause or a place closed by a comma.
        if (words[s].After == ',' && v - s <= 4)
        {
            var open = s - 1;
            while (open >= 0 && open >= s - 25 && words[open].After != ',')
            {
                open--;
            }

            if (open >= 0 && words[open].After == ',' && (Lexicon.Places.Contains(words[s].Core)
                || words[open + 1].Lower is "which" or "who" or "one" or "the" or "a" or "an" or "its" or "with" or "whose" or "backed"
                    or "founded" or "formed" or "based" or "headquartered" or "already" or "whom"
                || PossessiveAppositive(words, open + 1, s)))
            {
                s = open;
            }
            else if (floor > 0 && s >= floor)
            {
                // "it has pumped $3.5 billion into Uber, poured $45 billion into …": the object of the verb before, not a subject.
                return -1;
            }
        }

        // "the parent company of Facebook and Instagram investing": a name after a preposition (or the second of two after one) is no
        // subject; nor is a date ("teaming up with Chevron this past August to invest").
        if (sentence.NameAt[s] is { } objectName)
        {
            var start = objectName.First;
            if (start > 1 && words[start - 1].Lower == "and" && sentence.NameAt[start - 2] is { } firstOfTwo)
            {
                start = firstOfTwo.First;
            }

            if (start > 0 && Lexicon.Prepositions.Contains(words[start - 1].Lower))
            {
                return -1;
            }
        }

        if (Lexicon.Months.Contains(words[s].Lower) || Lexicon.Weekdays.Contains(words[s].Lower))
        {
            return -1;
        }

        var head = words[s].Lower;
        if (words[s].After == ',' && Enumerable.Range(Math.Max(0, s - 8), Math.Min(8, s)).Any(i => words[i].Lower is "including" or "like" or "such"))
        {
            return -1;
        }

        // Since the nineteenth session: "SoftBank and Southeast Asian ride-hailing app Grab said they were investing $2 billion in
        // Indonesia": two named givers who report their own plan are a named group (convention M2).
        if (head == "they" && ReportingPairBefore(sentence, s) is not null)
        {
            return s;
        }

        // Since the givers-and-shapes sweep: a firm whose name ends in a plural ("Emerging Market Partners", "Vista Equity Partners") is one.
        var namedFirm = words[s].IsCapitalised && sentence.NameAt[s] is { Kind: NameKind.Organisation } firm && firm.First < s;
        if ((_manyInvestorHeads.Contains(head) && !namedFirm) || (pooled && SubjectJoinsGivers(sentence, s)) || ListsManyGivers(sentence, s))
        {
            return -1;
        }

        // One organisation: a name (or a place standing for its government), a pronoun, or a described one ("the company", "the
        // Japanese conglomerate").
        var named = sentence.NameAt[s] is { Kind: not NameKind.Outlet } || words[s].IsCapitalised || head is "it" or "he" or "she";
        if (!named && !DescribedSubject(words, s))
        {
            return -1;
        }

        // "Snap's agreement with Amazon has it spending $50 million this year", "on the hook to spend": money owed under a contract.
        for (var i = Math.Max(0, v - 10); i < v; i++)
        {
            if (words[i].Lower is "agreement" or "contract" or "hook" or "obliged" or "obligated" or "required")
            {
                return -1;
            }
        }

        // "xAI could spend around USD 13 billion in 2025": spending with nothing it goes into is running costs, not money put in.
        if (words[v].Lower.StartsWith("spen", StringComparison.Ordinal) && !SpentOnSomething(words, SkipConversion(words, last)))
        {
            return -1;
        }

        // What the money buys: chips or compute, a company or control of one, debt, shares or holdings.
        var after = SkipConversion(words, last);
        if (after < words.Count && words[after].Lower is "fund" or "funds" or "vehicle" or "venture" or "pool" or "platform" or "project" or "plan" or "deal")
        {
            return -1;
        }

        for (var i = after; i < words.Count && i < after + 8; i++)
        {
            // "$X on Nvidia chips", "$X of computing power": chips or compute bought, right after the figure.
            // ("$2 billion in cloud computing", "in quantum computing" are sectors; "$5 billion in Nvidia chips" is chips bought).
            if ((i < after + 3 && ((words[after].Lower is "on" or "of" or "for" or "worth" or "in" && words[i].Lower is "chips" or "gpus" or "processors" or "accelerators")
                    || (words[after].Lower is "on" or "of" or "for" or "worth" && words[i].Lower is "computing" or "compute")
                    || (words[i].Lower is "computing" or "compute" && i + 1 < words.Count && words[i + 1].Lower is "equipment" or "power" or "capacity" or "hardware")))
                || _notOwnInvestmentAfter.Contains(words[i].Lower) || MajorityShareAt(words, i, 1)
                || (words[i].Lower == "as" && i + 1 < words.Count && words[i + 1].Lower == "of"))
            {
                return -1;
            }

            if (words[i].EndsPhrase && i > after + 1)
            {
                break;
            }
        }

        return s;
    }

    /// <summary>
    /// Since the twenty-seventh session: an appositive that opens with an owner's name and goes on in small letters describes the
    /// subject before it: "Toyota, Japan's biggest carmaker, will invest", "SK Group, South Korea's second-largest conglomerate after
    /// Samsung, is investing", "Toyota, Acme's biggest shareholder, will invest". The owner is at most three capitalised words before
    /// its "'s".
    /// </summary>
    private static bool PossessiveAppositive(IReadOnlyList<Word> words, int from, int to)
    {
        var owner = from;
        while (owner < to && owner < from + 3 && words[owner].IsCapitalised && !words[owner].Possessive && !words[owner].EndsPhrase)
        {
            owner++;
        }

        return owner < to && words[owner].IsCapitalised && words[owner].Possessive && !words[owner + 1].IsCapitalised;
    }

    /// <summary>
    /// "SoftBank and Southeast Asian ride-hailing app Grab said they": the first of two organisations joined by "and" that report right
    /// before the pronoun at <paramref name="they"/>, or null.
    /// </summary>
    private static Name? ReportingPairBefore(SentenceWords sentence, int they)
    {
        var words = sentence.Words;
        var r = they - 1;
        if (r < 1 || words[r].Lower is not ("said" or "say" or "says" or "announced" or "confirmed" or "stated" or "disclosed" or "revealed") || words[r - 1].EndsPhrase)
        {
            return null;
        }

        if (sentence.NameAt[r - 1] is not { Kind: NameKind.Organisation } second)
        {
            return null;
        }

        // Back over the second giver's description ("Southeast Asian ride-hailing app") to "and", then the first giver.
        for (var and = second.First - 1; and >= 1 && second.First - and <= 5; and--)
        {
            if (words[and].EndsPhrase || words[and - 1].EndsPhrase)
            {
                return null;
            }

            if (words[and].Lower == "and")
            {
                return sentence.NameAt[and - 1] is { Kind: NameKind.Organisation } first && (first.First == 0 || !Lexicon.Prepositions.Contains(words[first.First - 1].Lower))
                    ? first : null;
            }
        }

        return null;
    }

    /// <summary>Whether spending names what it goes into after the figure: "on its self-driving car programme", "in India", "to build".</summary>
    private static bool SpentOnSomething(IReadOnlyList<Word> words, int after)
    {
        for (var i = after; i < words.Count && i < after + 6; i++)
        {
            var lower = words[i].Lower;
            if (lower is "on" or "into" or "to" or "toward" or "towards" or "for" or "across" or "through" or "building" or "developing")
            {
                return true;
            }

            if (lower == "in" && i + 1 < words.Count && !char.IsDigit(words[i + 1].Core.FirstOrDefault()) && !Lexicon.Months.Contains(words[i + 1].Lower)
                && words[i + 1].Lower is not ("the" or "a" or "its" or "fiscal" or "fy" or "each" or "this" or "that"))
            {
                return true;
            }

            if (words[i].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the company", "the firm", "the Japanese conglomerate", "the private equity fund": one organisation described.</summary>
    private static bool DescribedSubject(IReadOnlyList<Word> words, int s)
    {
        for (var i = s; i >= 0 && i >= s - 4; i--)
        {
            if (words[i].Lower is "the" or "this" or "its" or "that")
            {
                return !words[s].Lower.EndsWith('s') || words[s].Lower is "business" or "ventures" or "partners" or "holdings";
            }

            if (words[i].EndsPhrase && i < s)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"SK On and Shinhan Securities … pledging a combined": the subject is two or more givers joined.</summary>
    private static bool SubjectJoinsGivers(SentenceWords sentence, int s)
    {
        var words = sentence.Words;
        for (var i = s; i >= 0 && i >= s - 12; i--)
        {
            if (words[i].Lower is "and" or "&")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Alphabet, Amazon.com, Meta, Microsoft and CoreWeave are on track to spend": three or more names in the subject's clause.</summary>
    private static bool ListsManyGivers(SentenceWords sentence, int s)
    {
        var count = 0;
        var clause = ReportedClauseStart(sentence.Words, s, 20);
        foreach (var name in sentence.Names)
        {
            if (name.Last <= s && name.Last >= s - 20 && name.First >= clause && name.Kind == NameKind.Organisation)
            {
                count++;
            }
        }

        var words = sentence.Words;
        var commas = 0;
        for (var i = Math.Max(Math.Max(0, s - 20), clause); i <= s; i++)
        {
            commas += words[i].After == ',' ? 1 : 0;
        }

        return count >= 3 && commas >= 2;
    }
}
