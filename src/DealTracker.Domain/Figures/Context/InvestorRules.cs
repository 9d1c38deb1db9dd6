namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Who puts the money into an investment figure, when the sentence names them:
/// <list type="number">
/// <item>a name between the figure and its noun: "a $50B <b>Amazon</b> investment";</item>
/// <item>a possessive right before it: "<b>SoftBank’s</b> existing $41 billion stake";</item>
/// <item>otherwise the nearest organisation before the figure (at most <see cref="LookBack"/> words) that is not the object of
/// a preposition ("in OpenAI", "led by Sequoia"), not a modifier ("a massive OpenAI investment"), not an outlet and not a person:
/// "Microsoft, which committed about $2 billion", "Google would put in $1 billion and Salesforce up to $500 million".</item>
/// </list>
/// </summary>
internal static partial class InvestorRules
{
    public const int LookBack = 40;

    private static readonly HashSet<string> _prepositions = new(StringComparer.Ordinal)
    {
        "in", "into", "to", "with", "from", "for", "of", "at", "on", "by", "behind", "about", "than", "including", "like", "as", "via",
        "between", "among", "against", "over", "under", "toward", "towards", "across", "within", "without", "after", "before", "than",
    };

    /// <summary>Whether "from X" follows the figure: "another $2 billion from Google".</summary>
    public static bool NamesItsOwn(SentenceWords sentence, int last) =>
        (last + 1 < sentence.Words.Count && sentence.Words[last + 1].Lower == "from")
        || ComesFrom(sentence, last); // since the seventh round: "another $483 million in commitments came from existing investors"

    /// <summary>"Saudi Arabia may put in as much as $45bn": a place right before the verb is a state investing.</summary>
    private static string? StateAsSubject(SentenceWords sentence, int i)
    {
        var words = sentence.Words;

        // "Japan's industry ministry decided to invest": a state's ministry or government as the subject is the state.
        if (GovernmentOf(sentence, i) is { } state)
        {
            return state;
        }

        var start = i > 0 && Lexicon.PlaceLength(words, i - 1) == 2 ? i - 1 : i;
        var length = Lexicon.PlaceLength(words, start);

        // "The Caisse de dépôt et placement du Québec plans": a place ending an organisation's name is not the state.
        if (sentence.NameAt[i] is { } whole && whole.First < start)
        {
            return null;
        }

        if (length == 0 || start + length - 1 != i || i + 1 >= words.Count || words[i].EndsPhrase || words[i].Possessive)
        {
            return null;
        }

        var before = start > 0 ? words[start - 1].Lower : "";
        var verb = words[i + 1].Lower is "may" or "will" or "would" or "could" or "has" or "have" or "agreed" or "plans" or "pledged"
            or "committed" or "invested" or "invests" or "put" or "puts" or "is" or "was";
        return verb && !_prepositions.Contains(before) ? Text(sentence, start, length) : null;
    }

    /// <summary>"Japan’s industry ministry decided", "Norway's government will": the place whose body is the subject ending at word <paramref name="i"/>.</summary>
    private static string? GovernmentOf(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i + 1 >= words.Count || words[i].EndsPhrase || words[i].Lower is not ("ministry" or "government" or "treasury" or "cabinet" or "state"))
        {
            return null;
        }

        // "The Japanese government will invest": a nationality before the body.
        if (i >= 2 && words[i - 2].Lower == "the" && !words[i - 1].Possessive && Lexicon.PlaceLength(words, i - 1) == 1 && words[i + 1].Lower is not ("of" or "and"))
        {
            return i >= 3 && _prepositions.Contains(words[i - 3].Lower) && !words[i - 3].EndsPhrase ? null : words[i - 1].Core;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            if (words[j].Possessive && Lexicon.PlaceLength(words, j) == 1)
            {
                var before = j > 0 ? words[j - 1].Lower : "";
                return _prepositions.Contains(before) || words[i + 1].Lower is "of" or "and" ? null : words[j].Core;
            }

            if (words[j].EndsPhrase || !char.IsLower(words[j].Core.FirstOrDefault()))
            {
                return null;
            }
        }

        return null;
    }

    private static string Text(SentenceWords sentence, int first, int count) =>
        string.Join(' ', sentence.Words.Skip(first).Take(count).Select(w => w.Core));

    /// <summary>"that has already attracted", "which received": what follows a name says it takes the money in.</summary>
    private static bool IsRecipient(List<Word> words, int from, int figure)
    {
        var i = from;
        if (i >= figure || words[i].Lower is not ("that" or "which"))
        {
            return false;
        }

        i++;
        while (i < figure && words[i].Lower is "has" or "have" or "had" or "already" or "also" or "recently" or "previously")
        {
            i++;
        }

        return i < figure && words[i].Lower is "attracted" or "received" or "raised" or "secured" or "drawn" or "drew" or "won" or "got";
    }

    /// <summary>
    /// "The funding comes after Toyota Motor Corp in June bought a $1 billion stake": after a conjunction ("after", "as", "since"),
    /// a name right before its money verb is its subject ("Investors led by Thrive Capital will invest" still names none).
    /// </summary>
    private static bool IsSubjectOfMoneyVerb(List<Word> words, int from, int figure)
    {
        var i = from;
        if (i + 1 < figure && words[i].Lower is "in" or "on" && words[i + 1].IsCapitalised)
        {
            i += 2;
        }

        return i < figure && !words[from - 1].EndsPhrase
            && (PutsMoneyIn(words, i, figure) || words[i].Lower is "is" or "was" or "has" or "had" or "will" or "would" or "could" or "said" or "says");
    }

    /// <summary>"which will buy", "who has committed": the clause's verb (after auxiliaries) puts money in; "which included" does not.</summary>
    private static bool PutsMoneyIn(List<Word> words, int from, int figure)
    {
        var i = from;
        while (i < figure && words[i].Lower is "will" or "would" or "could" or "may" or "might" or "has" or "have" or "had" or "also" or "plans"
                   or "plan" or "to" or "agreed" or "is" or "was" or "expected" or "set" or "then" or "later" or "first"
                   // "is looking to invest", "is planning to buy": an intention before the verb.
                   or "looking" or "planning" or "preparing" or "seeking" or "aiming" or "going" or "ready" or "willing")
        {
            i++;
        }

        return i < figure && words[i].Lower is "earmarking" or "earmarked" or "injecting" or "putting" or "pouring" or "pumping" or "committing" or "contributing" or "providing"
            or "supplying" or "supplied" or "acquired" or "acquire" or "acquires" or "purchased" or "buy" or "buys" or "bought" or "invest" or "invests" or "invested" or "investing" or "commit"
            or "commits" or "committed" or "provide" or "provides" or "provided" or "put" or "puts" or "pour" or "poured" or "inject"
            or "injected" or "contribute" or "contributed" or "pump" or "pumped" or "back" or "backed" or "led" or "take" or "took";
    }

    public static string? Find(SentenceWords sentence, int first, int last)
    {
        // The rounds' rules (one partial file each), newest first: the first that names someone decides.
        if (NewerRoundInvestor(sentence, first, last) is { } newer)
        {
            return newer;
        }

        // The older rounds' rules and a name after the figure, where an empty name means "read, and no investor named".
        if ((OlderRoundInvestor(sentence, first, last) ?? NamedAfter(sentence, last)) is { } read)
        {
            return read.Length == 0 ? null : read;
        }

        return PossessiveOwner(sentence, first) ?? MetricRules.ShareOwner(sentence, first)?.Text ?? MetricRules.StakeBuyer(sentence, first, 0) ?? SeenTakingAStake(sentence, last + 1)
            ?? GiverLaterInClause(sentence, last) ?? NearestInvestor(sentence, first) ?? OwnerOfTotalAfter(sentence, last)
            ?? ThroughUnit(sentence, last);
    }

    /// <summary>
    /// The eleventh round's buyer of shares bought for their worth or as a stock purchase, the twelfth's buyer in a stake sale written with
    /// the figure first, or the tenth's stakes sold to a buyer, one giver, appositives, clefts and "its total".
    /// </summary>
    private static string? NewerRoundInvestor(SentenceWords sentence, int first, int last) =>
        EleventhRoundInvestor(sentence, first, last) ?? TwelfthRoundInvestor(sentence, first, last) ?? TenthRoundInvestor(sentence, first, last);

    /// <summary>
    /// The ninth round's givers after "from", affiliates and "X, which invested"; the eighth's units before an appositive or after an
    /// owner, relative clauses and consortia; the seventh's shares sold to a buyer, backers described by whom they back, givers after
    /// the figure and subjects across an appositive. An empty name: the rule read the figure and names no investor.
    /// </summary>
    private static string? OlderRoundInvestor(SentenceWords sentence, int first, int last) =>
        NinthRoundInvestor(sentence, first, last) ?? EighthRoundInvestor(sentence, first, last) ?? SeventhRoundInvestor(sentence, first, last);

    /// <summary>
    /// "The company plans to invest £1 billion in India through its subsidiary Graphcore": with no investor named before the figure,
    /// the unit the money goes through, later in the clause.
    /// </summary>
    private static string? ThroughUnit(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        for (var j = next; j + 1 < words.Count && j <= next + 12; j++)
        {
            if (words[j].Lower is "through" or "via" && words[j + 1].Lower is "its" or "their")
            {
                return sentence.OrganisationAfterDescriptor(j + 2)?.Text;
            }

            if (words[j].EndsPhrase && words[j].After != ',')
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"received $1 billion as part of the new funding round from Peter Thiel’s Founders Fund": "from X" later in the clause.</summary>
    public static string? GiverLaterInClause(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        for (var j = last + 1; j < words.Count && j <= last + 12; j++)
        {
            if (words[j - 1].EndsPhrase && j > last + 1)
            {
                return null;
            }

            if (words[j].Lower != "from" || j + 1 >= words.Count)
            {
                continue;
            }

            // "from Peter Thiel’s Founders Fund": past the owner's possessive.
            var k = words[j + 1].Lower == "the" ? j + 2 : j + 1;
            while (k < words.Count && sentence.NameAt[k] is { Possessive: true } owner && owner.First == k && owner.Last + 1 < words.Count)
            {
                k = owner.Last + 1;
            }

            return sentence.OrganisationAfterDescriptor(k)?.Text;
        }

        return null;
    }

    /// <summary>"The €1.5bn deal will see Stellantis – which owns ... – take a 20 per cent stake": the one the deal sees taking a stake.</summary>
    public static string? SeenTakingAStake(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        for (var j = from; j < words.Count && j <= from + 4; j++)
        {
            if (words[j].Lower is not ("see" or "sees" or "saw") || j + 1 >= words.Count || sentence.NameAt[j + 1] is not { Kind: NameKind.Organisation } taker)
            {
                continue;
            }

            for (var k = taker.Last + 1; k < words.Count && k <= taker.Last + 16; k++)
            {
                if (words[k].Lower is "take" or "buy" or "acquire" && k + 4 < words.Count && Enumerable.Range(k + 1, 4).Any(m => words[m].Lower is "stake" or "share" or "cent" or "percent"))
                {
                    return taker.Text;
                }
            }
        }

        return null;
    }

    /// <summary>"a $500 million commitment, which will ultimately raise Toyota’s total investment": the owner named after the figure.</summary>
    private static string? OwnerOfTotalAfter(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        for (var j = last + 1; j < words.Count && j <= last + 10; j++)
        {
            if (sentence.NameAt[j] is { Possessive: true, Kind: NameKind.Organisation } owner && owner.Last == j && j + 1 < words.Count
                && words[j + 1].Lower is "total" or "investment" or "stake" or "overall")
            {
                return owner.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// 1. After the figure: "$50B Amazon investment", "the $2 billion investment from SoftBank", "another $2 billion from Google",
    /// "$25 billion (£20 billion) from SoftBank". Empty when the words there name none ("from other investors"); null when they say nothing.
    /// </summary>
    private static string? NamedAfter(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (InvestmentFrom(sentence, next) is { } giver)
        {
            return giver;
        }

        for (var i = next; i < words.Count && i <= next + 2; i++)
        {
            if (sentence.NameAt[i] is { Kind: NameKind.Organisation } between && between.Last + 1 < words.Count
                && words[between.Last + 1].Lower is "investment" or "stake" or "injection" or "backing")
            {
                return between.Text;
            }

            if (words[i].EndsPhrase)
            {
                break;
            }
        }

        var afterFigure = last + 1;
        while (afterFigure < words.Count && words[afterFigure].InBrackets && !words[last].InBrackets)
        {
            afterFigure++;
        }

        // "$2 billion more from Google".
        if (afterFigure + 2 < words.Count && words[afterFigure].Lower == "more" && !words[afterFigure].EndsPhrase)
        {
            afterFigure++;
        }

        if (!words[last].EndsPhrase && AgentAfter(sentence, last, afterFigure) is { } agent)
        {
            return agent;
        }

        if (afterFigure + 1 < words.Count && words[afterFigure].Lower == "from" && (!words[last].EndsPhrase || afterFigure > last + 1))
        {
            return sentence.OrganisationAfterDescriptor(afterFigure + 1) is { } from ? from.Text
                : Lexicon.PlaceLength(words, afterFigure + 1) is var n and > 0 ? Text(sentence, afterFigure + 1, n)
                : NamedAfterUnnamedGivers(sentence, afterFigure + 1) ?? "";
        }

        return null;
    }

    /// <summary>"from the two automakers and SK Corp.": the one giver named in a list whose others are only described.</summary>
    private static string? NamedAfterUnnamedGivers(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        if (from >= words.Count || words[from].Lower is not ("the" or "its" or "their"))
        {
            return null;
        }

        for (var j = from + 1; j + 1 < words.Count && j <= from + 5; j++)
        {
            if (sentence.NameAt[j] is not null || words[j].EndsPhrase && words[j].After != ',')
            {
                return null;
            }

            if (words[j + 1].Lower is "and" or "&" || words[j].After == ',')
            {
                var next = words[j + 1].Lower is "and" or "&" ? j + 2 : j + 1;
                return sentence.OrganisationAfterDescriptor(next)?.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// "GM Ventures and Itochu Technology Ventures ... split $3.2m and $1m respectively", "Naver and SK Corp., which invested 309.2
    /// billion won and 264.8 billion won, respectively": the n-th figure of a list ending in "respectively" goes to the n-th
    /// organisation of the first list of as many names joined by "and" or commas. Null when the sentence says no such thing.
    /// </summary>
    public static string? Respective(SentenceWords sentence, List<(int First, int Last)> figures, int f)
    {
        var words = sentence.Words;
        var r = words.FindIndex(w => w.Lower.StartsWith("respectively", StringComparison.Ordinal));
        var end = figures.FindLastIndex(g => g.Last < r && g.First >= 0 && g.Last >= 0);
        if (r < 0 || end < 0 || r - figures[end].Last > 1 || f > end)
        {
            return null;
        }

        var start = end;
        while (start > 0 && figures[start - 1].Last < figures[start].First && IsListGap(words, figures[start - 1].Last, figures[start].First))
        {
            start--;
        }

        if (f < start || end == start)
        {
            return null;
        }

        var count = end - start + 1;
        var organisations = sentence.Names.Where(n => n.Kind == NameKind.Organisation && n.Last < figures[start].First).ToList();
        for (var i = 0; i + count <= organisations.Count; i++)
        {
            var group = organisations.Skip(i).Take(count).ToList();
            if (group.Zip(group.Skip(1)).All(pair => IsListGap(words, pair.First.Last, pair.Second.First)))
            {
                return group[f - start].Text;
            }
        }

        return null;
    }

    /// <summary>Whether an organisation between the two figures puts money in itself: "with Nvidia and Salesforce committing another €120 million".</summary>
    public static bool NamesNewSubject(SentenceWords sentence, int from, int figure) =>
        sentence.Names.Any(n => n.Kind == NameKind.Organisation && n.First >= from && n.Last < figure && PutsMoneyIn(sentence.Words, n.Last + 1, figure));

    /// <summary>Only "and" or a comma between two items of a list.</summary>
    private static bool IsListGap(List<Word> words, int lastOfOne, int firstOfNext) =>
        firstOfNext - lastOfOne == 1 ? words[lastOfOne].After == ','
        : firstOfNext - lastOfOne == 2 && words[lastOfOne + 1].Lower is "and" or "&";

    /// <summary>
    /// "in which $2 million were invested by PETRONAS Ventures" (the passive's agent), "an investment of Rs 7,558 crore by the Abu
    /// Dhabi Investment Authority" (the one making it).
    /// </summary>
    private static string? AgentAfter(SentenceWords sentence, int last, int afterFigure)
    {
        var words = sentence.Words;
        if (afterFigure + 3 < words.Count && words[afterFigure].Lower is "was" or "were" or "is" or "are" or "will")
        {
            var verb = words[afterFigure + 1].Lower == "be" ? afterFigure + 2 : afterFigure + 1;
            if (verb + 2 < words.Count && words[verb].Lower is "invested" or "contributed" or "provided" or "committed" && words[verb + 1].Lower == "by")
            {
                return sentence.OrganisationAfterDescriptor(words[verb + 2].Lower == "the" ? verb + 3 : verb + 2)?.Text;
            }
        }

        // "$500 million would come from others" (none named), "… will come from Temasek".
        if (afterFigure + 3 < words.Count && words[afterFigure].Lower is "will" or "would" or "could" or "is" or "was"
            && words[afterFigure + 1].Lower is "come" or "comes" && words[afterFigure + 2].Lower == "from")
        {
            return sentence.OrganisationAfterDescriptor(afterFigure + 3)?.Text ?? "";
        }

        if (afterFigure + 1 < words.Count && words[afterFigure].Lower == "by" && (InvestmentOf(words, first: last) || BackedWith(words, last)))
        {
            return sentence.OrganisationAfterDescriptor(words[afterFigure + 1].Lower == "the" ? afterFigure + 2 : afterFigure + 1)?.Text;
        }

        return null;
    }

    /// <summary>"was backed with $2 billion by Microsoft", "funded with": a passive money verb whose agent follows the figure.</summary>
    private static bool BackedWith(List<Word> words, int last)
    {
        for (var i = last; i >= Math.Max(1, last - 6); i--)
        {
            if (words[i].Lower == "with" && words[i - 1].Lower is "backed" or "funded" or "financed" or "bankrolled")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "an investment of" comes right before the figure ending at <paramref name="first"/>'s amount.</summary>
    private static bool InvestmentOf(List<Word> words, int first)
    {
        for (var i = first; i >= Math.Max(1, first - 6); i--)
        {
            if (words[i].Lower == "of" && words[i - 1].Lower is "investment" or "investments" or "injection" or "infusion")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>2. "SoftBank's existing $41 billion stake".</summary>
    private static string? PossessiveOwner(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var i = first - 1; i >= Math.Max(0, first - 3); i--)
        {
            if (sentence.NameAt[i] is { Possessive: true, Kind: NameKind.Organisation } owner && owner.Last == i)
            {
                return owner.Text;
            }

            if (words[i].EndsPhrase)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>3. The nearest organisation (or state) before the figure that can be the one investing.</summary>
    private static string? NearestInvestor(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var from = ParticipleStart(sentence, first) ?? first;
        for (var i = from - 1; i >= Math.Max(0, first - LookBack); i--)
        {
            if (StateAsSubject(sentence, i) is { } state)
            {
                return state;
            }

            if (DescribedSubject(sentence, i, first) is { } described)
            {
                return described.Length == 0 ? null : described;
            }

            if (sentence.NameAt[i] is not { } name || name.Last != i)
            {
                continue;
            }

            // "Jio Platforms that has already attracted investments worth $10 billion": the one receiving, so none is named.
            if (IsRecipient(words, name.Last + 1, first))
            {
                return null;
            }

            i = name.First;

            // "billionaire Peter Thiel invested $10 million": a person right before a money verb puts the money in.
            if (name.Kind == NameKind.Person && !name.Possessive && !words[name.Last].EndsPhrase && PutsMoneyIn(words, name.Last + 1, first)
                && !(name.First > 0 && _prepositions.Contains(words[name.First - 1].Lower) && !words[name.First - 1].EndsPhrase))
            {
                return name.Text;
            }

            if (CanInvest(sentence, name, first))
            {
                // "Nvidia invested in xAI, Mistral and Perplexity, putting $1 billion …": the list is the object of "in" as a whole.
                var head = ListHead(sentence, name);
                if (head is not null && head.First > 0 && !words[head.First - 1].EndsPhrase && _prepositions.Contains(words[head.First - 1].Lower)
                    && words[head.First - 1].Lower is not ("including" or "like") && !(!words[name.Last].EndsPhrase && PutsMoneyIn(words, name.Last + 1, first)))
                {
                    i = head.First;
                    continue;
                }

                // "Investors including Sequoia and Accel put $100 million": a list after "including" right before its verb gives the first.
                var includedList = head is not null && head.First > 0 && words[head.First - 1].Lower == "including" && !words[name.Last].EndsPhrase
                    && PutsMoneyIn(words, name.Last + 1, first);
                return Apposition(sentence, name, first) ?? (head is not null && (CanInvest(sentence, head, first) || includedList) ? head.Text : null)
                    ?? name.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// "The pension board made its biggest deal, acquiring a 10% stake of Highway Co, which holds a concession over Route 7, for
    /// C$3 billion": a figure in a participle phrase opened after a comma (", acquiring / buying / investing / taking …", ", by
    /// buying …") belongs to the main clause's subject, so the names inside the phrase (its objects) are skipped. Null when the
    /// figure is in no such phrase.
    /// </summary>
    private static int? ParticipleStart(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var j = first - 1; j >= 1 && j >= first - 25; j--)
        {
            if (words[j].EndsPhrase && words[j].After != ',')
            {
                return null;
            }

            if (words[j].Lower is "acquiring" or "buying" or "investing" or "taking" or "purchasing" or "paying" or "putting" or "injecting"
                or "committing" or "pumping" or "pouring" or "picking")
            {
                var opener = words[j - 1].Lower == "by" && j >= 2 ? j - 1 : j;
                return words[opener - 1].After == ',' ? opener : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "It will invest $1 billion", "The Japanese carmaker plans to invest", "The company said it would put in": the sentence opens
    /// with a pronoun or a description standing for a company, right before its money verb, and names no organisation before the figure.
    /// </summary>
    public static bool OpensWithStandIn(SentenceWords sentence, int figure)
    {
        var words = sentence.Words;
        if (words.Count == 0 || sentence.Names.Any(n => n.Kind == NameKind.Organisation && n.First < figure))
        {
            return false;
        }

        var verb = -1;
        if (words[0].Lower == "it")
        {
            verb = 1;
        }
        else if (words[0].Lower == "the")
        {
            for (var j = 1; j < Math.Min(figure, 5); j++)
            {
                if (Lexicon.CompanyNouns.Contains(words[j].Lower) && !words[j].Possessive && !words[j].EndsPhrase)
                {
                    verb = j + 1;
                    break;
                }
            }
        }

        if (verb < 0 || verb >= figure)
        {
            return false;
        }

        // "The company said it would invest".
        if (words[verb].Lower is "said" or "says" && verb + 2 < figure && words[verb + 1].Lower is "it" or "that")
        {
            verb += words[verb + 1].Lower == "that" && words[verb + 2].Lower == "it" ? 3 : 2;
        }

        return PutsMoneyIn(words, verb, figure);
    }

    /// <summary>The organisation a sentence opens with as its subject (not the object of a preposition, not in brackets); null when none.</summary>
    public static string? SubjectOf(SentenceWords sentence)
    {
        var words = sentence.Words;
        var name = sentence.Names.FirstOrDefault(n => n.Kind == NameKind.Organisation && !words[n.First].InBrackets);
        return name is not null && !(name.First > 0 && _prepositions.Contains(words[name.First - 1].Lower) && !words[name.First - 1].EndsPhrase)
            && !name.Possessive
            ? name.Text
            : null;
    }

    /// <summary>
    /// "Temasek, its new unit Seatown and private-equity firm Hopu have bought $235 million of shares", "Nvidia, Microsoft and Amazon
    /// will invest": several investors for one figure give the first named (a label accepts any of them). The items are names joined
    /// by commas or "and", each after at most five small words saying what it is; a list joined by ", and" needs three names (", and"
    /// alone joins clauses: "Microsoft backed OpenAI, and Google invested"); the first must be able to invest itself.
    /// </summary>
    private static Name? ListHead(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;

        // "Microsoft and Thrive Capital, which invested $1 billion": a relative clause speaks of its own name only.
        if (words[name.Last].After == ',' && name.Last + 1 < words.Count && words[name.Last + 1].Lower is "which" or "who")
        {
            return null;
        }

        Name? head = null;
        var items = 1;
        var commaAnd = false;
        var current = name;
        while (PreviousListItem(sentence, current) is { } previous)
        {
            var gap = words[previous.item.Last + 1].Lower is "and" or "&";

            // "Today, Brookfield …", "Furthermore, SK Square": a list ends in "and".
            if (items == 1 && !gap)
            {
                return null;
            }

            commaAnd |= gap && words[previous.item.Last].After == ',';
            head = previous.item;
            current = previous.item;
            items++;
        }

        return head is not null && (!commaAnd || items >= 3) ? head : null;
    }

    private static (Name item, int gapEnd)? PreviousListItem(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        var k = name.First - 1;
        var described = 0;
        while (k >= 0 && described < 5 && !words[k].EndsPhrase && sentence.NameAt[k] is null && words[k].Core.Length > 0
               && char.IsLower(words[k].Core[0]) && words[k].Lower is not ("and" or "&" or "or" or "the" or "a" or "an") && !_prepositions.Contains(words[k].Lower)
               && !PutsMoneyIn(words, k, k + 1) && words[k].Lower is not ("is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "said"))
        {
            k--;
            described++;
        }

        if (k >= 0 && words[k].Lower is "its" or "their" && described > 0)
        {
            k--;
        }

        if (k >= 1 && words[k].Lower is "and" or "&" && !words[k].EndsPhrase)
        {
            k--;
        }
        else if (k < 0 || words[k].After != ',')
        {
            return null;
        }

        return sentence.NameAt[k] is { Kind: NameKind.Organisation } item && item.Last == k && !item.Possessive && !words[item.First].InBrackets
            ? (item, k)
            : null;
    }

    /// <summary>
    /// "talks with Volkswagen Group fell through, leading the German automaker to claim a stake for $700 million", "Riyadh said the
    /// kingdom will invest": a description ("the company", "the Japanese car firm", "the lender") standing where the subject does
    /// stands for the nearest organisation (or, for "the kingdom / country", the nearest place) named before it. Empty when nothing is
    /// named before it ("The company could invest $5 billion"); null when word <paramref name="i"/> ends no such description.
    /// </summary>
    private static string? DescribedSubject(SentenceWords sentence, int i, int figure)
    {
        var words = sentence.Words;
        var noun = words[i].Lower;
        var state = noun is "kingdom" or "country" or "emirate" or "nation";
        if (!(state || Lexicon.CompanyNouns.Contains(noun)) || sentence.NameAt[i] is not null || i + 1 >= figure)
        {
            return null;
        }

        var the = i - 1;
        while (the >= 0 && i - the <= 4 && words[the].Lower != "the" && !words[the].EndsPhrase && sentence.NameAt[the] is null
               && (char.IsLower(words[the].Core.FirstOrDefault()) || Lexicon.Places.Contains(words[the].Core)))
        {
            the--;
        }

        // Not the object of a preposition ("a stake in the company"), nor of a money verb ("backed the company"); not "the company's
        // unit"; a subject is followed by its verb, not by a preposition.
        // Nor an appositive after a comma or dash ("in Jio Platforms – the firm that houses …"), a relative clause's head or an owner
        // ("the automaker's unit").
        var before = the > 0 ? words[the - 1].Lower : "";
        if (the < 0 || words[the].Lower != "the" || (_prepositions.Contains(before) && !words[the - 1].EndsPhrase) || words[i].EndsPhrase
            || (the > 0 && words[the - 1].EndsPhrase) || words[i].Possessive || words[i + 1].Lower is "that" or "which" or "who"
            || before is "backed" or "funded" or "bought" or "acquired" or "valued" or "values" or "valuing"
            || _prepositions.Contains(words[i + 1].Lower) && words[i + 1].Lower != "to")
        {
            return null;
        }

        for (var j = the - 1; j >= 0; j--)
        {
            if (state && Lexicon.PlaceLength(words, j) > 0)
            {
                var start = j > 0 && Lexicon.PlaceLength(words, j - 1) == 2 ? j - 1 : j;
                return Text(sentence, start, Lexicon.PlaceLength(words, start));
            }

            // "Analysts at Morgan Stanley said the fund would …": where the speakers work is not what the description stands for;
            // "sold its stake in Uber, and the Japanese group will invest": nor is what money went into.
            if (!state && sentence.NameAt[j] is { Kind: NameKind.Organisation } name && name.Last == j && !words[name.First].InBrackets
                && !(name.First > 0 && words[name.First - 1].Lower is "at" or "in" or "into" or "of" or "to" or "for" or "from" or "by"))
            {
                return name.Text;
            }
        }

        return "";
    }

    private static bool CanInvest(SentenceWords sentence, Name name, int first)
    {
        var words = sentence.Words;
        if (name.Kind != NameKind.Organisation || words[name.First].InBrackets)
        {
            return false;
        }

        // "... investors including Qatar Investment Authority, which will buy $90m of shares": a relative clause's subject.
        var before = name.First > 0 ? words[name.First - 1] : default;
        var relative = words[name.Last].After == ',' && name.Last + 1 < first && words[name.Last + 1].Lower is "which" or "who"
            && PutsMoneyIn(words, name.Last + 2, first);
        // "the second investment by Silver Lake": the one making it; "with SoftBank earmarking …": a subject after all.
        var madeBy = name.First > 1 && before.Lower == "by" && words[name.First - 2].Lower is "investment" or "investments" or "stake" or "injection";
        // "A consortium including SoftBank plotted an investment of $1 billion": a member named as the group's subject.
        var member = name.First > 0 && before.Lower == "including" && name.Last + 1 < first && !words[name.Last].EndsPhrase
            && (PutsMoneyIn(words, name.Last + 1, first) || (words[name.Last + 1].Lower.EndsWith("ed", StringComparison.Ordinal)
                && name.Last + 2 < first && words[name.Last + 2].Lower is "an" or "a" or "the"));
        if (name.First > 0 && _prepositions.Contains(before.Lower) && !before.EndsPhrase && !relative && !madeBy && !member
            && !(before.Lower is "after" or "before" or "as" or "since" && IsSubjectOfMoneyVerb(words, name.Last + 1, first))
            && !(before.Lower == "with" && !words[name.Last].EndsPhrase && PutsMoneyIn(words, name.Last + 1, first)))
        {
            return false;
        }

        // "Ford backed Pivotal, a cloud computing firm, for $182.2 million": the object of a money verb takes the money; so does a
        // name right after a stake ("picked up a 1.75 per cent stake Reliance Retail", "a stake Nokia").
        if (name.First > 0 && !before.EndsPhrase && before.Lower is "stake" or "stakes" or "owns" or "runs" or "operates" or "controls" or "includes"
                or "supplies" or "backed" or "backs" or "backing" or "funded" or "funds" or "bought"
                or "buys" or "acquired" or "acquires" or "valued" or "values" or "valuing")
        {
            return false;
        }

        // "will pay British property firm Hammerson £48.5 million for a larger stake": the one paid, not the payer.
        if (IsPaid(sentence, name))
        {
            return false;
        }

        // "Daimler has also used Tesla technology": the object of a verb (but "reported Toyota invested" names the subject of what
        // was reported, and "revealed Microsoft's investment" its owner); "in Reliance Industries' digital arm Jio Platform": of a
        // preposition, behind the words that describe it.
        if (name.First > 0 && !before.EndsPhrase && before.Lower.Length > 3 && before.Lower.EndsWith("ed", StringComparison.Ordinal)
            && char.IsLower(before.Core[0]) && !relative && !name.Possessive && !IsSubjectOfMoneyVerb(words, name.Last + 1, first))
        {
            return false;
        }

        // "a unit of Beijing-based technology company LeTV will invest": a name followed by its verb heads the clause.
        if (InsidePrepositionPhrase(sentence, name) && !IsSubjectOfMoneyVerb(words, name.Last + 1, first))
        {
            return false;
        }

        // "who makes Jeep and Dodge brands": objects in a relative clause, and a name before a product noun, are no investors.
        if (IsRelativeClauseObject(sentence, name) || (name.Last + 1 < words.Count && !words[name.Last].EndsPhrase
                && words[name.Last + 1].Lower is "brands" or "products" or "models" or "chips" or "cars" or "vehicles" or "devices"))
        {
            return false;
        }

        // "Alphabet Inc's Google": the owner is not the one investing; "an OpenAI investment": a modifier.
        var next = name.Last + 1 < words.Count ? words[name.Last + 1].Lower : "";
        return name.Possessive ? sentence.NameAt.ElementAtOrDefault(name.Last + 1) is null
            : next is not ("investment" or "stake" or "deal" or "shares");
    }

    /// <summary>"pay Hammerson", "paid British property firm Hammerson": a name a few describing words after a paying verb.</summary>
    private static bool IsPaid(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        for (var j = name.First - 1; j >= Math.Max(0, name.First - 5) && !words[j].EndsPhrase && sentence.NameAt[j] is null; j--)
        {
            if (words[j].Lower is "pay" or "pays" or "paid" or "paying")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"who makes Jeep and Dodge brands": a name (or a list of names) right after the verb of a "who / which / that" clause.</summary>
    private static bool IsRelativeClauseObject(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        var k = name.First - 1;
        while (k > 0 && words[k].Lower is "and" or "or" && sentence.NameAt[k - 1] is { } before)
        {
            k = before.First - 1;
        }

        // "which already owns Lexus": adverbs between the pronoun and its verb.
        var pronoun = k - 1;
        while (pronoun > 0 && k - pronoun <= 3 && words[pronoun].Lower is "already" or "also" or "now" or "still" or "currently" or "previously"
                   or "recently" or "jointly" or "partly" or "largely")
        {
            pronoun--;
        }

        return k > 0 && pronoun >= 0 && !words[k].EndsPhrase && !words[k - 1].EndsPhrase && char.IsLower(words[k].Core.FirstOrDefault())
            && !_prepositions.Contains(words[k].Lower) && words[pronoun].Lower is "who" or "which" or "that";
    }

    /// <summary>"in Reliance Industries' digital arm Jio Platform", "in its unit Jio": a name at the end of a preposition's noun phrase.</summary>
    private static bool InsidePrepositionPhrase(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        var nounPhrase = false;
        var plain = 0;
        for (var j = name.First - 1; j >= 0 && !words[j].EndsPhrase; j--)
        {
            // "Reliance Industries' digital arm": an owner, with its apostrophe read as punctuation or not.
            if (sentence.NameAt[j] is { } owner && owner.Last == j && (owner.Possessive || words[j].After is '\'' or '’'))
            {
                nounPhrase = true;
                j = owner.First;
                continue;
            }

            var lower = words[j].Lower;
            if (_prepositions.Contains(lower))
            {
                // "In the past year Google has invested": a preposition opening the sentence or a clause introduces no object; "the
                // investment by Alphabet's venture arm GV": the one making it.
                return nounPhrase && j > 0 && !words[j - 1].EndsPhrase
                    && !(lower == "by" && words[j - 1].Lower is "investment" or "investments" or "stake" or "injection");
            }

            // "in Finnish telecoms equipment maker Nokia": a nationality describing it.
            if (Lexicon.Places.Contains(words[j].Core) && !words[j].Possessive && ++plain <= 4)
            {
                nounPhrase = true;
                continue;
            }

            // "in Canada-based Nemaska Lithium Inc": a descriptor before the name.
            if (words[j].Core.Contains('-', StringComparison.Ordinal) && char.IsLower(words[j].Core[^1]) && ++plain <= 4)
            {
                nounPhrase = true;
                continue;
            }

            if (lower is "the" or "its" or "their" or "his" or "her")
            {
                nounPhrase = true;
                continue;
            }

            // "over the 108km 407 Express Toll Route": a number describing it.
            if (lower.Length > 0 && char.IsDigit(lower[0]) && ++plain <= 4)
            {
                nounPhrase = true;
                continue;
            }

            nounPhrase = true;
            if (words[j].Core.Length == 0 || !char.IsLower(words[j].Core[0]) || lower.EndsWith("ed", StringComparison.Ordinal) || ++plain > 4
                || lower is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would" or "could" or "may" or "and" or "or"
                    or "that" or "which" or "who")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"$2 billion investment from SoftBank": the name after "from" (empty when "from" names none, as in "from other investors").</summary>
    private static string? InvestmentFrom(SentenceWords sentence, int next)
    {
        var words = sentence.Words;
        for (var i = next; i < words.Count && i <= next + 2; i++)
        {
            if (words[i].Lower is "investment" or "investments" or "stake" or "injection" or "infusion" or "commitment")
            {
                // "offered a $20 billion stake in its retail unit to Amazon.com Inc.": the one it goes to puts the money in.
                if (StakeGoesTo(sentence, i) is { } buyer)
                {
                    return buyer;
                }

                if (LedOrMadeBy(sentence, i) is { } by)
                {
                    return by;
                }

                if ((words[i].EndsPhrase && words[i].After != ',') || i + 2 >= words.Count || words[i + 1].Lower != "from")
                {
                    return null;
                }

                // "from other investors" names none; "from 2023" says nothing about who.
                return sentence.OrganisationAfterDescriptor(i + 2) is { } from ? from.Text
                    : words.Skip(i + 2).Take(4).Any(w => w.Lower is "investors" or "backers" or "shareholders") ? ""
                    : null;
            }

            if (words[i].EndsPhrase || sentence.NameAt[i] is not null)
            {
                return null;
            }
        }

        return null;
    }

    private static string? StakeGoesTo(SentenceWords sentence, int noun)
    {
        var words = sentence.Words;
        var offered = false;
        for (var j = noun - 1; j >= Math.Max(0, noun - 5); j--)
        {
            offered |= words[j].Lower is "offered" or "offer" or "offers" or "offering" or "sell" or "sold" or "sells" or "selling";
        }

        for (var j = noun + 1; offered && j < words.Count && j <= noun + 6; j++)
        {
            if (words[j].Lower == "to")
            {
                return sentence.OrganisationAfterDescriptor(j + 1)?.Text;
            }

            if (words[j].EndsPhrase)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>"a $700-million investment, led by Amazon"; "a $12.4 billion investment in its pipelines by a U.S.-led consortium" (none named).</summary>
    private static string? LedOrMadeBy(SentenceWords sentence, int noun)
    {
        var words = sentence.Words;
        for (var j = noun + 1; j < words.Count && j <= noun + 8; j++)
        {
            // "a $9.2 billion investment in Vantage Data Centers in June by DigitalBridge", "will be made through the agency X".
            // "a $6 billion investment backed by Japan's SoftBank Group Corp".
            if ((words[j].Lower == "by" && j > 0 && (words[j - 1].Lower is "led" or "backed" or "funded" or "financed" || j - noun >= 2
                    || (j == noun + 1 && j + 1 < words.Count && words[j + 1].IsCapitalised)))
                || (words[j].Lower == "through" && words[j - 1].Lower == "made"))
            {
                var at = j + 1 < words.Count && words[j + 1].Lower == "the" ? j + 2 : j + 1;
                at += at < words.Count && words[at].Possessive && Lexicon.PlaceLength(words, at) == 1 ? 1 : 0;
                return sentence.OrganisationAfterDescriptor(at)?.Text
                    ?? (j + 1 < words.Count && words[j + 1].Lower is "a" or "an" ? "" : null);
            }

            if (words[j].EndsPhrase && words[j].After != ',' || (words[j].After == ',' && !(j + 1 < words.Count && words[j + 1].Lower == "led")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "SoftBank Vision Fund, the investment arm of Masayoshi Son's SoftBank, will pour $333 million": a name inside an
    /// appositive between commas describes the organisation before it, which is the subject.
    /// </summary>
    private static string? Apposition(SentenceWords sentence, Name name, int figure)
    {
        var words = sentence.Words;

        // "SK Corp., the holding company of South Korea's largest conglomerate, SK Group, was …": the appositive may hold commas.
        // "M12, Microsoft's venture fund, invested": an appositive may open with an owner's name.
        var open = name.First - 1;
        while (open >= 0 && name.First - open < 16 && !(words[open].After == ',' && OpensAppositive(words, open, name)
                   && sentence.NameAt[open] is { Kind: NameKind.Organisation } candidate && candidate.Last == open))
        {
            open--;
        }

        var closes = false;
        for (var k = name.Last; k < figure; k++)
        {
            if (words[k].After == ',')
            {
                closes = true;
                break;
            }
        }

        // "..., the PIF made a $3.5 billion investment": a name followed by its own verb is a subject, not an appositive.
        closes &= words[name.Last].After == ',' || (name.Last + 1 < words.Count && !PutsMoneyIn(words, name.Last + 1, figure)
            && words[name.Last + 1].Lower is not ("made" or "has" or "had" or "is" or "was" or "will" or "said"));
        return open >= 0 && name.First - open < 16 && closes && OpensAppositive(words, open, name)
            && sentence.NameAt[open] is { Kind: NameKind.Organisation } head && head.Last == open ? head.Text : null;
    }

    /// <summary>"X, the investment arm of …" or "X, Microsoft's venture fund, …": what opens an appositive after the comma at <paramref name="comma"/>.</summary>
    private static bool OpensAppositive(List<Word> words, int comma, Name name) =>
        (comma + 1 < name.First && words[comma + 1].Lower is "the" or "a" or "an") || (comma + 1 == name.First && name.Possessive);
}
