namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The second investor-frames sweep: WHO puts the money in, in frames the first sweep's rules missed. Read before every round's rules
/// (through <see cref="FramedInvestor"/> and, for the frames that also make the figure an investment, <see cref="FramedInvestment"/>):
/// <list type="bullet">
/// <item>a money noun followed by "from" one giver: "a $4bn funding deal from Amazon into the start-up" (several givers listed stay a round);</item>
/// <item>the money an investment "from" a giver "is": "The initial new investment from Amazon is $5 billion";</item>
/// <item>a participle or "after" opener whose subject comes after its comma: "Having invested Rs 5,655 crore in Jio Platforms earlier this
/// month, Silver Lake has now infused …", "On Monday, after committing $1 billion to X, Y said …";</item>
/// <item>an owner's possessive with words between it and its money noun: "Vision Blue's previously announced US$40 million equity
/// funding for X", "Analysts said ADQ's $4bn wager on X";</item>
/// <item>a unit or arm as the subject: "The core unit of Mitsubishi UFJ Financial Group (MUFG) is looking at buying a stake … for around
/// $1.75 billion", "A subsidiary of X agreed to invest", "CVC Capital Partners' investment arm has put";</item>
/// <item>a leader putting in its part of a round: "ASML led Mistral AI's latest investment round by putting in €1.3 billion of a €1.7 billion
/// raise" (the leader, not the company whose round it is).</item>
/// </list>
/// Each returns the investor, or null when it does not apply.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Money nouns a single giver's money is written with before "from": "a $4bn funding deal from", "an equity investment from".</summary>
    private static readonly HashSet<string> _givenMoneyNouns = new(StringComparer.Ordinal)
    {
        "funding", "equity", "deal", "investment", "commitment", "injection", "infusion", "capital", "cash", "strategic",
    };

    /// <summary>Verbs a participle or "after" opener puts money in with: "Having invested", "after committing", "Having already put".</summary>
    private static readonly HashSet<string> _openerMoneyVerbs = new(StringComparer.Ordinal)
    {
        "invested", "investing", "put", "putting", "pumped", "pumping", "poured", "pouring", "committed", "committing", "injected", "injecting",
        "ploughed", "ploughing", "plowed", "plowing", "infused", "infusing", "sunk", "sinking", "backed", "backing", "contributed", "contributing",
        "pledged", "pledging", "provided", "providing", "bought", "buying", "acquired", "acquiring", "paid", "paying", "spent", "spending",
    };

    /// <summary>Words a participle opener starts with, after the sentence's start or a comma: "Having invested", "after investing".</summary>
    private static readonly HashSet<string> _participleOpeners = new(StringComparer.Ordinal) { "having", "after", "following", "since", "upon" };

    /// <summary>What a unit that invests for its owner is called: "The core unit of MUFG", "X's investment arm".</summary>
    private static readonly HashSet<string> _ownedUnitNouns = new(StringComparer.Ordinal) { "unit", "subsidiary", "arm", "affiliate", "division" };

    /// <summary>The second sweep's frames that also make the figure an investment: one giver after "from", a possessive owner across words.</summary>
    private static string? SecondSweepInvestment(SentenceWords sentence, int first, int last) =>
        MoneyNounFromOneGiver(sentence, last) ?? InvestmentFromAGiverIs(sentence, first) ?? PossessiveOwnerAcrossWords(sentence, first, last)
        ?? FundingByAGiver(sentence, last);

    /// <summary>
    /// Since the thirty-fourth session: "$34 million in growth stage funding by Rainmatter Capital in D2C startup Kushal": money one named
    /// giver provides (M2), "by" and the giver right after the money noun, at most four words of stage or kind between "in" and the noun;
    /// "led by" names a round's leader and stays with the round rules, and debt, loans and grants are no investment (M6).
    /// </summary>
    private static string? FundingByAGiver(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (i >= words.Count || words[last].EndsPhrase || words[i].Lower != "in" || words[i].EndsPhrase)
        {
            return null;
        }

        var k = i + 1;
        while (k < words.Count && k - i <= 4 && !words[k].EndsPhrase && words[k].Lower is not ("funding" or "financing" or "investment"))
        {
            if (words[k].Lower is "debt" or "loan" or "loans" or "grant" or "grants" or "venture-debt")
            {
                return null;
            }

            k++;
        }

        if (k + 2 >= words.Count || words[k].Lower is not ("funding" or "financing" or "investment") || words[k].EndsPhrase || words[k + 1].Lower != "by")
        {
            return null;
        }

        return sentence.NameAt[k + 2] is { Kind: NameKind.Organisation, Possessive: false } giver && giver.First == k + 2 ? giver.Text : null;
    }

    /// <summary>The second sweep's frames that name who invests a figure already read as an investment: openers, units, leaders (after the first sweep's frames; a place appositive before them, <see cref="SubjectBeforeAPlace"/>).</summary>
    private static string? SecondSweepInvestor(SentenceWords sentence, int first, int last) =>
        SubjectAfterParticipleOpener(sentence, first, last) ?? UnitOfTheSubject(sentence, first) ?? LeaderPuttingInItsPart(sentence, first);

    /// <summary>
    /// "a $4bn funding deal from Amazon into the start-up", "a $500 million strategic investment from Nvidia": money nouns right after the
    /// figure, then "from" one giver (not "from A and B", which is a round).
    /// </summary>
    private static string? MoneyNounFromOneGiver(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (last < 0 || words[last].EndsPhrase && i == last + 1)
        {
            return null;
        }

        var nouns = 0;
        while (i < words.Count && nouns < 3 && _givenMoneyNouns.Contains(words[i].Lower) && !words[i].EndsPhrase)
        {
            i++;
            nouns++;
        }

        // "funding deal", "equity investment", "investment": at least one noun, the last a money noun (not "strategic" alone).
        if (nouns == 0 || words[i - 1].Lower is "strategic" or "equity" || i + 1 >= words.Count || words[i].Lower != "from")
        {
            return null;
        }

        var at = PastPlacePossessive(sentence, words[i + 1].Lower == "the" ? i + 2 : i + 1);
        return sentence.GiverAfterDescriptor(at) is { } giver && !IsListed(sentence, giver) && !AndAnotherAfter(sentence.Words, giver.Last) ? giver.Text : null;
    }

    /// <summary>"from Saudi Arabia's Public Investment Fund and Singapore's Pwarp Investment": "and" and another capitalised word after the giver.</summary>
    private static bool AndAnotherAfter(List<Word> words, int last)
    {
        var next = last + 1;
        while (next < words.Count && words[next].InBrackets)
        {
            next++;
        }

        return next + 1 < words.Count && !words[next - 1].EndsPhrase && words[next].Lower is "and" or "&" && words[next + 1].IsCapitalised;
    }

    /// <summary>"from Saudi Arabia's Public Investment Fund": the word where the name starts, past a place's possessive before it.</summary>
    private static int PastPlacePossessive(SentenceWords sentence, int at)
    {
        var words = sentence.Words;
        for (var j = at; j < words.Count && j <= at + 2 && sentence.NameAt[j] is null && words[j].IsCapitalised && !words[j].EndsPhrase; j++)
        {
            if (words[j].Possessive || words[j].After is '\'' or '’')
            {
                return j + 1;
            }
        }

        return at;
    }

    /// <summary>
    /// "The initial new investment from Amazon is $5 billion", "The first investment from KKR will be €1.3 billion": the giver of the
    /// investment the figure says the size of.
    /// </summary>
    private static string? InvestmentFromAGiverIs(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb >= 0 && words[verb].Lower is "about" or "around" or "roughly" or "some" or "nearly" or "almost" or "up" or "to" or "as" or "much")
        {
            verb--;
        }

        if (verb < 3 || words[verb].Lower is not ("is" or "was" or "be" or "totals" or "totaled" or "totalled" or "amounts"))
        {
            return null;
        }

        var end = words[verb].Lower == "be" && words[verb - 1].Lower is "will" or "would" or "could" ? verb - 2 : verb - 1;
        while (end >= 0 && words[end].InBrackets)
        {
            end--;
        }

        if (end < 2 || words[end].EndsPhrase || sentence.NameAt[end] is not { Kind: NameKind.Organisation, Possessive: false } giver || giver.Last != end)
        {
            return null;
        }

        var from = giver.First - 1;
        return from >= 1 && words[from].Lower == "from" && words[from - 1].Lower is "investment" or "funding" or "injection" or "infusion" or "commitment" or "contribution"
            ? giver.Text : null;
    }

    /// <summary>
    /// "Vision Blue's previously announced US$40 million equity funding for X", "Analysts said ADQ's $4bn wager on X", "Amazon's long-awaited
    /// $5 billion investment": an owner's possessive, a few lower-case words between it and the figure, then the figure's money noun.
    /// Funding is the owner's only as equity funding or funding for a named company ("Anthropic's $2 billion funding round" is a round).
    /// </summary>
    private static string? PossessiveOwnerAcrossWords(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (first < 2 || next >= words.Count || words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        var equity = words[next].Lower is "equity" or "cash" && next + 1 < words.Count;
        var noun = equity ? next + 1 : next;
        var lower = words[noun].Lower;
        var funding = lower is "funding" or "financing";
        if (!(funding || lower is "investment" or "bet" or "wager" or "commitment" or "injection" or "infusion")
            || noun + 1 < words.Count && words[noun + 1].Lower is "round" or "rounds" or "from" or "by")
        {
            return null;
        }

        // Funding: as equity, or for a named company ("for Anthropic", "into Jio Platforms").
        if (funding && !equity && !(noun + 2 < words.Count && words[noun + 1].Lower is "for" or "into" or "in" or "to" && sentence.NameAt[noun + 2] is { Kind: NameKind.Organisation }))
        {
            return null;
        }

        // Back over a few lower-case words ("previously announced", "long-awaited", "most recent") to the owner's possessive.
        for (var owner = first - 1; owner >= 0 && first - owner <= 4; owner--)
        {
            if (OwnerEndingAt(sentence, owner) is { } name)
            {
                return name.Text;
            }

            var core = words[owner].Core;
            if (words[owner].EndsPhrase || core.Length == 0 || !char.IsLower(core[0]) || words[owner].Lower is "of" or "in" or "from" or "by" or "and" or "to")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Having invested Rs 5,655 crore in Jio Platforms earlier this month, Silver Lake has now infused …", "On Monday, after committing $1
    /// billion to X, Y said it was done": a clause opened by a participle or "after" putting the figure in, at the sentence's start or after
    /// a comma, is the subject's that follows its comma.
    /// </summary>
    private static string? SubjectAfterParticipleOpener(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var open = -1;
        for (var o = first - 1; o >= 0 && first - o <= 4; o--)
        {
            if (_participleOpeners.Contains(words[o].Lower) && (o == 0 || words[o - 1].After == ','))
            {
                open = o;
                break;
            }

            if (words[o].EndsPhrase)
            {
                return null;
            }
        }

        // The opener's verb, past "already" / "just": "Having already put", "after investing".
        var verb = open + 1;
        while (verb < first && words[verb].Lower is "already" or "just" or "first" or "previously" or "initially" or "been")
        {
            verb++;
        }

        if (open < 0 || verb >= first || !_openerMoneyVerbs.Contains(words[verb].Lower))
        {
            return null;
        }

        // The comma closing the opener after the figure (past a bracketed conversion), then the subject: "…, Silver Lake has".
        var comma = last;
        while (comma < words.Count && comma - last <= 14 && !(words[comma].After == ',' && !words[comma].InBrackets))
        {
            if (words[comma].EndsPhrase && !words[comma].InBrackets)
            {
                return null;
            }

            comma++;
        }

        // "Saudi Arabia's Public Investment Fund": past a place's possessive before the name.
        var at = comma + 1;
        while (at < words.Count && at <= comma + 3 && sentence.NameAt[at] is null && words[at].IsCapitalised && !words[at].EndsPhrase)
        {
            at++;
        }

        if (comma >= words.Count || at + 1 >= words.Count || words[comma].After != ','
            || sentence.NameAt[at] is not { Possessive: false, Kind: NameKind.Organisation or NameKind.Person } subject || subject.First != at)
        {
            return null;
        }

        var after = subject.Last + 1;
        while (after < words.Count && words[after].InBrackets)
        {
            after++;
        }

        var core = after < words.Count ? words[after].Core : "";
        return core.Length > 0 && char.IsLower(core[0]) && !words[subject.Last].EndsPhrase
            && words[after].Lower is not ("and" or "or" or "of" or "in" or "to" or "for") ? subject.Text : null;
    }

    /// <summary>
    /// "The core unit of Mitsubishi UFJ Financial Group (MUFG) is looking at buying a stake … for around $1.75 billion", "A subsidiary of X
    /// agreed to invest", "CVC Capital Partners' investment arm has put": the owner of the unit that opens the clause the figure is in.
    /// </summary>
    private static string? UnitOfTheSubject(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var u = first - 1; u >= 1 && first - u <= 28; u--)
        {
            if (words[u].EndsPhrase && !words[u].InBrackets)
            {
                return null;
            }

            if (!_ownedUnitNouns.Contains(words[u].Lower))
            {
                continue;
            }

            // "X's investment arm", "X's venture capital unit": the owner's possessive a word or two before the unit noun.
            Name? owner = null;
            var opens = -1;
            for (var o = u - 1; o >= 0 && u - o <= 3 && owner is null; o--)
            {
                owner = OwnerEndingAt(sentence, o);
                opens = owner?.First ?? -1;
            }

            // "The core unit of X", "A subsidiary of X": the article, a word or two, the unit noun, "of" and the owner.
            if (owner is null && u + 2 < first && words[u + 1].Lower == "of" && sentence.NameAt[u + 2] is { Kind: NameKind.Organisation, Possessive: false } named
                && named.First == u + 2)
            {
                var article = u - 1;
                while (article >= 0 && u - article <= 3 && words[article].Lower is not ("the" or "a" or "an") && words[article].Core.Length > 0 && char.IsLower(words[article].Core[0]))
                {
                    article--;
                }

                (owner, opens) = article >= 0 && words[article].Lower is "the" or "a" or "an" ? (named, article) : (null, -1);
            }

            // The unit opens the sentence, a clause after a comma or what someone said ("X said a unit of Y would invest"), and its verb
            // puts money in before the figure.
            if (owner is null || opens > 0 && words[opens - 1].After != ',' && words[opens - 1].Lower is not ("said" or "says" or "that"))
            {
                return null;
            }

            var verb = (owner.First > u ? owner.Last : u) + 1;
            while (verb < first && words[verb].InBrackets)
            {
                verb++;
            }

            return PutsMoneyIn(words, verb, first) || Window(words, verb, first - verb).Any(w => w is "buying" or "invest" or "investing" or "acquiring" or "taking")
                ? owner.Text : null;
        }

        return null;
    }

    /// <summary>
    /// "ASML led Mistral AI's latest investment round by putting in €1.3 billion of a €1.7 billion raise", "X led Y's funding round by
    /// investing $5 billion": the leader's part, not the company whose round it is.
    /// </summary>
    private static string? LeaderPuttingInItsPart(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        if (verb >= 1 && words[verb].Lower == "in" && words[verb - 1].Lower is "putting" or "chipping")
        {
            verb--;
        }

        if (verb < 3 || words[verb - 1].Lower != "by" || words[verb].Lower is not ("investing" or "putting" or "chipping" or "committing" or "contributing" or "providing" or "injecting"))
        {
            return null;
        }

        for (var led = verb - 2; led >= 1 && verb - led <= 12; led--)
        {
            if (words[led].EndsPhrase)
            {
                return null;
            }

            if (words[led].Lower is "led" or "co-led" or "leads" or "headed" or "anchored")
            {
                return FramedSubjectOf(sentence, led);
            }
        }

        return null;
    }

    /// <summary>
    /// "Pennsylvania Public School Employees' Retirement System, Harrisburg, committed roughly $1.29 billion": the subject, not the place
    /// (one or two capitalised words between commas, no organisation's ending) set between it and its money verb.
    /// </summary>
    private static string? SubjectBeforeAPlace(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var verb = first - 1; verb >= 2 && first - verb <= 8; verb--)
        {
            if (words[verb - 1].After != ',' || words[verb - 1].InBrackets || !PutsMoneyIn(words, verb, first))
            {
                continue;
            }

            for (var place = verb - 1; place >= 1 && verb - place <= 2; place--)
            {
                var between = words.Skip(place).Take(verb - place).ToList();
                if (!between.All(w => w.IsCapitalised && !w.Possessive && !Lexicon.OrganisationEndings.Contains(w.Core.TrimEnd('.')))
                    || words[place - 1].After != ',' && !words[place - 1].InBrackets)
                {
                    continue;
                }

                // Past the subject's bracketed short form: "Mitsubishi UFJ Financial Group (MUFG), Harrisburg,".
                var end = place - 1;
                while (end > 0 && words[end].InBrackets)
                {
                    end--;
                }

                // "Amazon, Harrisburg, committed": a single capitalised word opening the sentence, which the name finder leaves out.
                if (end == 0 && sentence.NameAt[0] is null && words[0].IsCapitalised && !words[0].Possessive && !Lexicon.NotNames.Contains(words[0].Core))
                {
                    return words[0].Core;
                }

                // The subject opens the sentence or a clause, a place's possessive aside ("Saudi Arabia's Public Investment Fund").
                if (sentence.NameAt[end] is not { Kind: NameKind.Organisation, Possessive: false } subject || subject.Last != end
                    || subject.First > 0 && !words[subject.First - 1].EndsPhrase && !words[subject.First - 1].Possessive && words[subject.First - 1].After is not ('\'' or '’'))
                {
                    continue;
                }

                return subject.Text;
            }

            return null;
        }

        return null;
    }
}
