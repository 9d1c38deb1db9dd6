namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Giving verbs and their subjects, read after every other investor rule (so they only name a giver where none was read): the grammatical
/// subject of the verb that gives the figure ("Facebook, which forked out Rs 43,574 crore", "Stonepeak Infrastructure Partners of New York
/// and Houston, which paid $1.1 billion", "Founder Pham Nhat Vuong has personally committed a further VND 50 trillion", "Facebook announced
/// that it is investing $5.7 billion"), the giver of a relative clause on the figure ("more than $2 billion that Google has already invested
/// in Anthropic") and an owner's investment of the figure ("Facebook's initial investment of ₹43,574 crore").
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs that give money, in any tense: "invested", "forked (out)", "paid", "pledged", "gave".</summary>
    private static readonly HashSet<string> _givingVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "commit", "commits", "committed", "committing", "pledge", "pledges", "pledged", "pledging",
        "pay", "pays", "paid", "paying", "spend", "spends", "spent", "spending", "pour", "pours", "poured", "pouring", "plough", "ploughs",
        "ploughed", "ploughing", "plow", "plowed", "inject", "injects", "injected", "injecting", "pump", "pumps", "pumped", "pumping", "fork",
        "forks", "forked", "forking", "shell", "shells", "shelled", "shelling", "contribute", "contributes", "contributed", "contributing",
        "give", "gives", "gave", "given", "giving", "put", "puts", "putting", "chip", "chips", "chipped", "chipping", "splash", "splashed", "pitch", "pitched", "pitches",

        // Since the forty-seventh session: "SoftBank kicked in $1 billion".
        "kick", "kicks", "kicked", "kicking",
    };

    /// <summary>Words between a giving verb and the figure: "forked out", "put in", "committed a further", "invested more than".</summary>
    private static readonly HashSet<string> _betweenVerbAndFigure = new(StringComparer.Ordinal)
    {
        "out", "in", "up", "a", "an", "the", "further", "fresh", "additional", "another", "initial", "extra", "total", "of", "some", "about",
        "around", "nearly", "almost", "roughly", "approximately", "over", "more", "than", "at", "least", "to", "just", "under",

        // Since the forty-seventh session: "with Google initially investing a reported $300 million".
        "reported", "estimated", "rumoured", "rumored",
    };

    /// <summary>Words between a subject and its giving verb: auxiliaries, intentions and adverbs ("has personally", "is set to").</summary>
    private static readonly HashSet<string> _beforeGivingVerb = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "may", "might", "shall", "should", "has", "have", "had", "is", "are", "was", "were", "be", "been", "to",
        "also", "already", "previously", "reportedly", "personally", "now", "then", "later", "first", "agreed", "plans", "planned", "set",
        "expected", "looking", "planning", "preparing", "seeking", "aiming", "going", "ready", "willing", "recently", "just", "still", "aims",
        "aim", "intends", "intend", "seeks", "hopes", "wants", "promised", "pledged", "committed", "decided", "continues", "can", "must",

        // Since the nineteenth session: headline and plural tenses of the intentions ("Toyota pledges to invest", "they plan to invest").
        "pledges", "pledge", "promises", "promise", "vows", "vowed", "vow", "agrees", "agree", "plan", "decides", "expects", "expect",

        // "will soon invest", "has since committed", "would eventually pay": time adverbs without "-ly".
        "soon", "since", "eventually", "again", "once", "jointly", "together",
    };

    /// <summary>Verbs that report what a subject does: "Facebook announced that it is investing".</summary>
    private static readonly HashSet<string> _reportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "announced", "announces", "disclosed", "confirmed", "stated", "revealed",
    };

    /// <summary>
    /// The giver of the figure as the subject of its giving verb, or of the relative clause on it, or its owner's "investment of"; null
    /// when none of these reads it.
    /// </summary>
    private static string? GivingVerbInvestor(SentenceWords sentence, int first, int last) =>
        SubjectOfGivingVerb(sentence, first) ?? SubjectBuyingTheStake(sentence, first, last) ?? GiverOfRelativeClause(sentence, last) ?? OwnersInvestmentOf(sentence, first);

    /// <summary>
    /// "Founder Pham Nhat Vuong has personally committed a further VND 50 trillion", "Facebook, which forked out Rs 43,574 crore", "Google
    /// gave AI startup Anthropic a $1 billion commitment": the subject of the giving verb right before the figure (or before its recipient).
    /// </summary>
    private static string? SubjectOfGivingVerb(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && first - verb < 5 && _betweenVerbAndFigure.Contains(words[verb].Lower) && !words[verb].EndsPhrase)
        {
            verb--;
        }

        verb = verb >= 1 && _givingVerbs.Contains(words[verb].Lower) && !words[verb].EndsPhrase ? verb : GiftVerb(sentence, first);
        return verb >= 1 ? SubjectOfVerb(sentence, verb) : null;
    }

    /// <summary>
    /// "Saudi Arabia's sovereign wealth fund has bought a $1.5 billion stake": the subject of the verb buying the stake the figure prices.
    /// </summary>
    private static string? SubjectBuyingTheStake(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (next >= words.Count || words[next].Lower != "stake" || words[last].EndsPhrase || first < 3 || words[first - 1].Lower is not ("a" or "an"))
        {
            return null;
        }

        var verb = first - 2;
        return words[verb].Lower is "bought" or "buys" or "buy" or "purchased" or "purchases" or "acquired" or "acquires" or "took" or "takes" or "take"
            && !words[verb].EndsPhrase ? SubjectOfVerb(sentence, verb) : null;
    }

    /// <summary>"gave AI startup Anthropic a $1 billion commitment": the giving verb before the recipient of "a $X", or -1.</summary>
    private static int GiftVerb(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var k = first - 1;
        if (k < 2 || words[k].Lower is not ("a" or "an") || sentence.NameAt[k - 1] is not { Possessive: false } recipient || recipient.Last != k - 1)
        {
            return -1;
        }

        for (k = recipient.First - 1; k >= 1 && recipient.First - k <= 4 && !words[k].EndsPhrase; k--)
        {
            if (words[k].Lower is "gave" or "give" or "gives" or "giving" or "given" or "handed" or "hands")
            {
                return k;
            }

            if (sentence.NameAt[k] is not null || Lexicon.Prepositions.Contains(words[k].Lower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>, past auxiliaries and adverbs, an appositive between commas ("ADIA, one of the
    /// largest wealth funds in the world, had invested"), a relative pronoun after a comma and a reported "it".
    /// </summary>
    private static string? SubjectOfVerb(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var s = verb - 1;
        if (s < 0)
        {
            // "acquired a $1 billion stake in Nokia …": a text that opens with its verb (a cut summary) has no subject.
            return null;
        }

        while (s > 0 && (_beforeGivingVerb.Contains(words[s].Lower) || IsAdverb(words[s])) && !words[s].EndsPhrase)
        {
            s--;
        }

        s = PastSpelledAcronym(sentence, s);

        if (words[s].Lower is "which" or "who" && s >= 1 && words[s - 1].After == ',')
        {
            return RelativeClauseHead(sentence, s - 1);
        }

        if (words[s].Lower is "which" or "who" && s >= 1)
        {
            return HeadOfRestrictiveClause(sentence, s - 1);
        }

        if (words[s].Lower == "it" && !words[s].EndsPhrase)
        {
            return ReportingSubject(sentence, s);
        }

        if (s >= 1 && words[s].Lower == "and" && !words[s - 1].EndsPhrase)
        {
            return SubjectOfTheFirstVerb(sentence, s);
        }

        return words[s].After == ',' ? SubjectBeforeItsAppositive(sentence, s) : words[s].EndsPhrase ? null
            : SubjectEndingAt(sentence, s) ?? StatesFund(sentence, s);
    }

    /// <summary>Words between a state's possessive and "fund": "sovereign wealth", "state investment".</summary>
    private static readonly HashSet<string> _stateFundWords = new(StringComparer.Ordinal)
    {
        "sovereign", "wealth", "sovereign-wealth", "state", "state-owned", "state-run", "investment", "national",
    };

    /// <summary>
    /// "Saudi Arabia's sovereign wealth fund", "Qatar’s state fund": a state's fund, described but not named, ending at
    /// <paramref name="s"/> and opening its clause; the description is the investor's name.
    /// </summary>
    private static string? StatesFund(SentenceWords sentence, int s)
    {
        var words = sentence.Words;
        if (words[s].Lower != "fund")
        {
            return null;
        }

        var k = s - 1;
        while (k > 0 && s - k <= 3 && _stateFundWords.Contains(words[k].Lower))
        {
            k--;
        }

        if (k == s - 1 || !words[k].Possessive)
        {
            return null;
        }

        for (var place = k; place >= Math.Max(0, k - 1); place--)
        {
            if (Lexicon.PlaceLength(words, place) == k - place + 1 && OpensItsClause(words, place))
            {
                return sentence.Text[words[place].Start..words[s].End];
            }
        }

        return null;
    }

    /// <summary>
    /// "SoftBank recently took the chip design firm Arm public and has also invested $500 million": a second verb joined by "and" at
    /// <paramref name="and"/> shares the subject that opens the clause (not a name among the first verb's objects).
    /// </summary>
    private static string? SubjectOfTheFirstVerb(SentenceWords sentence, int and)
    {
        var words = sentence.Words;
        var start = and - 1;
        while (start > 0 && !words[start - 1].EndsPhrase)
        {
            start--;
        }

        if (sentence.NameAt[start] is not { Possessive: false, Kind: not NameKind.Outlet } subject || subject.First != start || subject.Last + 1 >= and)
        {
            return null;
        }

        // The word after the subject is its verb (or an adverb or auxiliary before it), not another name of a list.
        var next = words[subject.Last + 1];
        return !words[subject.Last].EndsPhrase && sentence.NameAt[subject.Last + 1] is null && next.Core.Length > 0 && char.IsLower(next.Core[0])
            && !Lexicon.Prepositions.Contains(next.Lower) && next.Lower is not ("and" or "or") ? subject.Text : null;
    }

    /// <summary>"reportedly", "personally", "quietly": an adverb between a subject and its verb.</summary>
    private static bool IsAdverb(Word word) =>
        word.Lower.Length > 4 && word.Lower.EndsWith("ly", StringComparison.Ordinal) && word.Core.Length > 0 && char.IsLower(word.Core[0]);

    /// <summary>Words that open an appositive or a participle phrase after a name and its comma: "ADIA, one of", "the Fund, backed by".</summary>
    private static readonly HashSet<string> _appositiveOpeners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "one", "part", "backed", "based", "owned", "founded", "headquartered", "known", "controlled", "managed", "run", "led",
        "formerly", "previously", "itself", "its", "whose", "ceo", "chief", "founder", "co-founder", "chairman", "president",
        // Since the reader-gaps sweep: a relative clause between commas ("Mark Stott, who used to own Stockport County, invested"): a buyer
        // or owner named inside it is not the subject.
        "who", "which",
    };

    /// <summary>
    /// "ADIA, one of the largest wealth funds in the world, had invested", "The Fintech Growth Fund, backed by Mastercard, Barclays, and the
    /// London Stock Exchange Group, aims to invest": the name opening the clause before an appositive that ends at the comma after
    /// <paramref name="close"/> (the names inside it describe the subject, they do not give).
    /// </summary>
    private static string? SubjectBeforeItsAppositive(SentenceWords sentence, int close)
    {
        var words = sentence.Words;
        string? subject = null;
        for (var j = close - 1; j >= 0 && close - j <= 20; j--)
        {
            if (words[j].After != ',' || j + 1 > close || !_appositiveOpeners.Contains(words[j + 1].Lower) && !words[j + 1].Possessive)
            {
                continue;
            }

            if (sentence.NameAt[j] is { Possessive: false, Kind: not NameKind.Outlet } name && name.Last == j && OpensItsClause(words, name.First))
            {
                subject = name.Text;
            }
        }

        return subject;
    }

    /// <summary>Whether a name at <paramref name="first"/> opens its clause: at the start, after a comma or after an opening "the".</summary>
    private static bool OpensItsClause(List<Word> words, int first) =>
        first == 0 || words[first - 1].EndsPhrase || (words[first - 1].Lower == "the" && (first == 1 || words[first - 2].EndsPhrase));

    /// <summary>The name a subject ends at <paramref name="s"/>: not an owner, an outlet, nor the object of a preposition or a verb.</summary>
    private static string? SubjectEndingAt(SentenceWords sentence, int s)
    {
        var words = sentence.Words;
        if (sentence.NameAt[s] is not { Possessive: false, Kind: not NameKind.Outlet } name || name.Last != s)
        {
            return null;
        }

        // "invested in Anthropic, Google will": only a name that opens its clause, or follows a conjunction ("after Facebook pledged"),
        // and not the last of a list ("Temasek, Seatown and Hopu have bought": the list's rules read it).
        var before = name.First > 0 ? words[name.First - 1] : default;
        if (EndsAList(sentence, name.First))
        {
            return null;
        }

        // "Founder Pham Nhat Vuong": a title opening the sentence.
        return name.First == 0 || before.EndsPhrase || (name.First == 1 && name.Kind == NameKind.Person) || before.Lower is "after" or "as" or "since" or "when" or "while" or "and" or "but" or "that"
            || (char.IsLower(before.Core.FirstOrDefault()) && !Lexicon.Prepositions.Contains(before.Lower)
                && (!before.Lower.EndsWith("ed", StringComparison.Ordinal) || IsDescribingCompound(before)))
            ? name.Text : null;
    }

    /// <summary>
    /// "the government-backed India-Japan Fund", "the Abu Dhabi-owned …": a hyphenated participle describing the name after it, not a
    /// verb taking it as its object ("acquired Arm").
    /// </summary>
    private static bool IsDescribingCompound(Word word) =>
        word.Core.IndexOf('-') is > 0 and var dash && dash < word.Core.Length - 1
        && word.Lower[(dash + 1)..] is "backed" or "owned" or "controlled" or "funded" or "based" or "led" or "run" or "linked" or "listed"
            or "headquartered" or "financed" or "sponsored" or "managed";

    /// <summary>
    /// "India-Japan Fund (IJF) invested", "Public Investment Fund (PIF) will invest": the acronym in brackets after a name spells it; the
    /// subject ends at the name (the word before the acronym). Returns <paramref name="s"/> itself otherwise.
    /// </summary>
    private static int PastSpelledAcronym(SentenceWords sentence, int s)
    {
        var words = sentence.Words;
        return s >= 1 && words[s].InBrackets && words[s].Before == '(' && words[s].After == ')' && words[s].Core.Length is >= 2 and <= 8
            && words[s].Core.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '&') && sentence.NameAt[s - 1] is { } name && name.Last == s - 1
            && !words[s - 1].EndsPhrase ? s - 1 : s;
    }

    /// <summary>
    /// Whether the name at <paramref name="first"/> closes a list: "Temasek, Seatown and Hopu", "Microsoft Corp and chips maker Nvidia
    /// Corp" ("and" after a name, past a lower-case description of the last).
    /// </summary>
    private static bool EndsAList(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var k = first - 1;
        while (k > 0 && first - k <= 4 && words[k].Lower is not ("and" or "&") && words[k].Core.Length > 0 && char.IsLower(words[k].Core[0])
               && !words[k].EndsPhrase)
        {
            k--;
        }

        return k >= 1 && words[k].Lower is "and" or "&" && sentence.NameAt[k - 1] is not null;
    }

    /// <summary>
    /// "Facebook, which forked out", "Stonepeak Infrastructure Partners of New York and Houston, which paid": the organisation the
    /// relative clause after the comma at <paramref name="comma"/> describes, past an "of"-phrase of places.
    /// </summary>
    private static string? RelativeClauseHead(SentenceWords sentence, int comma)
    {
        var words = sentence.Words;
        var k = comma;
        for (var of = comma - 1; of >= 1 && comma - of <= 6; of--)
        {
            if (words[of].Lower == "of" && PlacesUpTo(words, of + 1, comma))
            {
                k = of - 1;
                break;
            }
        }

        if (sentence.NameAt[k] is not { Possessive: false, Kind: NameKind.Organisation } name)
        {
            return null;
        }

        // "Stonepeak Infrastructure Partners of New York and Houston": the name finder keeps the first place ("Bank of America" is
        // a name); a list of places says where the organisation sits, so the name ends before "of".
        var listed = k < comma && words.Skip(k + 1).Take(comma - k).Any(w => w.Lower == "and");
        return name.Last == k ? name.Text : listed && name.Last > k && name.Last <= comma ? Text(sentence, name.First, k - name.First + 1) : null;
    }

    /// <summary>
    /// "Early investors included Vodafone which invested $10 million": the organisation right before "which" / "who" with no comma, when
    /// it is not the object of a preposition ("a stake in Uber which …"); "including" and "like" open a list of givers, not an object, and
    /// "by" names the agent of a passive ("led by X which invested").
    /// </summary>
    private static string? HeadOfRestrictiveClause(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        if (words[k].EndsPhrase || sentence.NameAt[k] is not { Possessive: false, Kind: NameKind.Organisation } name || name.Last != k)
        {
            return null;
        }

        var before = name.First > 0 ? words[name.First - 1].Lower : "";
        // Since the thirty-fourth session "by" names the agent too: "The round was led by MC Global Edtech Investment Holdings LP which
        // invested $224 million".
        return Lexicon.Prepositions.Contains(before) && before is not ("including" or "like" or "by") ? null : name.Text;
    }

    /// <summary>"Facebook announced that it is investing": the subject of the reporting verb the pronoun at <paramref name="pronoun"/> stands for.</summary>
    private static string? ReportingSubject(SentenceWords sentence, int pronoun)
    {
        var words = sentence.Words;
        var verb = pronoun - 1;
        verb = verb > 0 && words[verb].Lower == "that" ? verb - 1 : verb;
        if (verb < 1 || !_reportingVerbs.Contains(words[verb].Lower) || words[verb - 1].EndsPhrase)
        {
            return null;
        }

        return sentence.NameAt[verb - 1] is { Possessive: false, Kind: NameKind.Organisation } name && name.Last == verb - 1 ? name.Text : null;
    }

    /// <summary>
    /// "more than $2 billion that Google has already invested in Anthropic", "$300 million that Google gave to Anthropic": the subject of a
    /// relative clause on the figure whose verb gives it.
    /// </summary>
    private static string? GiverOfRelativeClause(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (words[last].EndsPhrase || i + 2 >= words.Count || words[i].Lower is not ("that" or "which"))
        {
            return null;
        }

        if (sentence.NameAt[i + 1] is not { Possessive: false, Kind: NameKind.Organisation } giver || giver.First != i + 1 || words[giver.Last].EndsPhrase)
        {
            return null;
        }

        var verb = giver.Last + 1;
        while (verb < words.Count && verb - giver.Last < 4 && _beforeGivingVerb.Contains(words[verb].Lower) && !words[verb].EndsPhrase)
        {
            verb++;
        }

        return verb < words.Count && _givingVerbs.Contains(words[verb].Lower) ? giver.Text : null;
    }

    /// <summary>"Facebook's initial investment of ₹43,574 crore": the owner of the investment noun whose "of" names the figure.</summary>
    private static string? OwnersInvestmentOf(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var noun = first - 1;
        noun = noun > 0 && words[noun].Lower is "about" or "around" or "nearly" or "some" or "roughly" ? noun - 1 : noun;
        if (noun >= 2 && words[noun].Lower is "is" or "was" or "totals" or "totalled" or "totaled")
        {
            noun = InvestmentNounBefore(words, noun);
        }
        else if (noun < 2 || words[noun].Lower is not ("of" or "worth") || !_ownedInvestmentNouns.Contains(words[noun - 1].Lower))
        {
            return null;
        }
        else
        {
            noun--;
        }

        for (var k = noun - 1; noun > 0 && k >= Math.Max(0, noun - 3); k--)
        {
            if (PossessiveOrganisationEndingAt(sentence, k) is { } owner)
            {
                return owner.Text;
            }

            if (words[k].EndsPhrase || words[k].Core.Length == 0 || !char.IsLower(words[k].Core[0]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Nouns an owner's possessive may stand before, whose amount the figure gives.</summary>
    private static readonly HashSet<string> _ownedInvestmentNouns = new(StringComparer.Ordinal)
    {
        "investment", "investments", "commitment", "injection", "infusion",
    };

    /// <summary>
    /// "Amazon's total investment in its Indian subsidiaries, including this, is $3.6 billion": the investment noun the copula at
    /// <paramref name="copula"/> has for its subject, within twelve words in the same sentence, or -1.
    /// </summary>
    private static int InvestmentNounBefore(List<Word> words, int copula)
    {
        for (var k = copula - 1; k >= 1 && copula - k <= 12; k--)
        {
            if (_ownedInvestmentNouns.Contains(words[k].Lower))
            {
                return k;
            }

            if (words[k].After is '.' or ';' or ':' or '"' or '”' || words[k].Lower is "which" or "that" or "who")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether words <paramref name="from"/>..<paramref name="to"/> are places joined by "and": "New York and Houston".</summary>
    private static bool PlacesUpTo(List<Word> words, int from, int to)
    {
        var p = from;
        while (p <= to && Lexicon.PlaceLength(words, p) is var n and > 0)
        {
            p += n;
            if (p == to + 1)
            {
                return true;
            }

            p = p <= to && words[p].Lower == "and" ? p + 1 : to + 1;
        }

        return false;
    }
}
