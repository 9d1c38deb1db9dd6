namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The general rules read after every round's: the owner whose possessive stands right before the figure ("SoftBank's existing $41 billion
/// stake") and the nearest organisation or state before it that can be the one investing: not the object of a preposition or of a verb, not
/// one paid or one receiving the money, not a modifier ("a massive OpenAI investment"); a figure in a participle phrase after a comma
/// (", acquiring …") belongs to the main clause's subject.
/// </summary>
internal static partial class InvestorRules
{
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

    /// <summary>
    /// "Saudi Arabia’s $45 billion stake in SoftBank’s Vision Fund": a state's possessive right before the figure of its stake,
    /// investment or commitment names the state.
    /// </summary>
    private static string? StatesOwnMoney(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var owner = first - 1;
        var next = MetricRules.SkipConversion(words, last);
        if (owner < 0 || !words[owner].Possessive || next >= words.Count || words[last].EndsPhrase && next == last + 1
            || words[next].Lower is not ("stake" or "investment" or "investments" or "commitment" or "bet"))
        {
            return null;
        }

        for (var start = Math.Max(0, owner - 1); start <= owner; start++)
        {
            if (Lexicon.PlaceLength(words, start) == owner - start + 1 && sentence.NameAt[start] is null)
            {
                return Text(sentence, start, owner - start + 1);
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

            if (IsPersonPuttingMoneyIn(words, name, first))
            {
                return name.Text;
            }

            if (CanInvest(sentence, name, first))
            {
                // "Nvidia invested in xAI, Mistral and Perplexity, putting $1 billion …": the list is the object of "in" as a whole.
                var head = ListHead(sentence, name);
                if (head is not null && IsPrepositionObjectList(words, head, name, first))
                {
                    i = head.First;
                    continue;
                }

                return ListOrNameInvestor(sentence, name, head, first);
            }
        }

        return null;
    }

    /// <summary>"billionaire Peter Thiel invested $10 million": a person, no preposition's object, right before a money verb puts the money in.</summary>
    private static bool IsPersonPuttingMoneyIn(List<Word> words, Name name, int first) =>
        name.Kind == NameKind.Person && !name.Possessive && !words[name.Last].EndsPhrase && PutsMoneyIn(words, name.Last + 1, first)
        && !IsPrepositionObject(words, TitleStart(words, name.First));

    /// <summary>"the parent company of Facebook and Instagram investing $14.3 billion": a list after a preposition ("of" always) is its object.</summary>
    private static bool IsPrepositionObjectList(List<Word> words, Name head, Name name, int first) =>
        head.First > 0 && !words[head.First - 1].EndsPhrase && Lexicon.Prepositions.Contains(words[head.First - 1].Lower)
        && words[head.First - 1].Lower is not ("including" or "like")
        && (words[head.First - 1].Lower == "of" || !(!words[name.Last].EndsPhrase && PutsMoneyIn(words, name.Last + 1, first)));

    /// <summary>The investor a name that can invest gives: its apposition, the head of the list it ends when that can invest, or the name.</summary>
    private static string ListOrNameInvestor(SentenceWords sentence, Name name, Name? head, int first)
    {
        var words = sentence.Words;
        // "Investors including Sequoia and Accel put $100 million": a list after "including" right before its verb gives the first.
        var includedList = head is not null && head.First > 0 && words[head.First - 1].Lower == "including" && !words[name.Last].EndsPhrase
            && PutsMoneyIn(words, name.Last + 1, first);
        return Apposition(sentence, name, first) ?? (head is not null && (CanInvest(sentence, head, first) || includedList) ? head.Text : null)
            ?? name.Text;
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

    /// <summary>"that has already attracted", "which received": what follows a name says it takes the money in.</summary>
    private static bool IsRecipient(List<Word> words, int from, int figure)
    {
        var i = from;
        if (i >= figure)
        {
            return false;
        }

        // Since the thirty-first session also the name's own verb: "MatchesFashion received a $73 million cash injection from its
        // shareholder", "NIO has managed to secure a cash infusion of 7 billion yuan".
        var relative = words[i].Lower is "that" or "which";
        i += relative ? 1 : 0;
        while (i < figure && words[i].Lower is "has" or "have" or "had" or "already" or "also" or "recently" or "previously" or "managed" or "to")
        {
            i++;
        }

        // A direct verb takes the figure as its own object, a few words on ("received a $73 million cash injection"), not "received approval
        // from a committee … to invest 500 crore rupees".
        return i < figure && (relative || figure - i <= 12)
            && (words[i].Lower is "attracted" or "received" or "raised" or "secured" or "drawn" or "drew" or "won" or "got"
                || (!relative && words[i - 1].Lower == "to" && words[i].Lower is "secure" or "raise" or "receive" or "attract" or "obtain"))
            && (relative || !words.Skip(i + 1).Take(figure - i - 1).Any(w => w.Lower is "shares" or "allocation" or "to" or "approval"));
    }

    private static bool CanInvest(SentenceWords sentence, Name name, int first)
    {
        var words = sentence.Words;
        if (name.Kind != NameKind.Organisation || words[name.First].InBrackets)
        {
            return false;
        }

        // "... investors including Qatar Investment Authority, which will buy $90m of shares": a relative clause's subject.
        var relative = words[name.Last].After == ',' && name.Last + 1 < first && words[name.Last + 1].Lower is "which" or "who"
            && PutsMoneyIn(words, name.Last + 2, first);
        if (IsPrepositionObject(words, name, first, relative) || IsVerbObject(sentence, name, first, relative) || NamesAnObject(words, name))
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

    /// <summary>
    /// "a 1.85% stake in its digital unit, Jio Platforms, for 90.93 billion rupees": a name set off by commas that names the object of a
    /// preposition described just before it ("in its digital unit") is that object, not the investor.
    /// </summary>
    private static bool NamesAnObject(List<Word> words, Name name)
    {
        if (name.First < 3 || words[name.First - 1].After != ',' || words[name.Last].After != ',')
        {
            return false;
        }

        for (var k = name.First - 1; k >= 1 && name.First - k <= 5; k--)
        {
            // "of Africa’s largest telecom, MTN,": a place's possessive opens the description as "its" does.
            var place = words[k].Possessive && Lexicon.PlaceLength(words, k) == 1 ? (Lexicon.PlaceLength(words, k - 1) == 2 ? k - 1 : k) : -1;
            if (place >= 1 && k < name.First - 1)
            {
                return IsObjectPreposition(words[place - 1]);
            }

            if (k < name.First - 1 && words[k].EndsPhrase || words[k].Core.Length == 0 || !char.IsLower(words[k].Core[0]))
            {
                return false;
            }

            if (words[k].Lower is "its" or "their" or "the")
            {
                return IsObjectPreposition(words[k - 1]);
            }
        }

        return false;
    }

    /// <summary>A preposition whose object takes the money or is described ("in", "of", "to"); not "by", "from", "including", "like".</summary>
    private static bool IsObjectPreposition(Word word) =>
        Lexicon.Prepositions.Contains(word.Lower) && !word.EndsPhrase && word.Lower is not ("by" or "from" or "including" or "like");

    /// <summary>Reads a preposition before the name that makes it no investor: "in OpenAI"; not "investment by Silver Lake".</summary>
    private static bool IsPrepositionObject(List<Word> words, Name name, int first, bool relative)
    {
        var before = name.First > 0 ? words[name.First - 1] : default;

        // "the second investment by Silver Lake": the one making it; "with SoftBank earmarking …": a subject after all.
        var madeBy = name.First > 1 && before.Lower == "by" && words[name.First - 2].Lower is "investment" or "investments" or "stake" or "injection";
        // "A consortium including SoftBank plotted an investment of $1 billion": a member named as the group's subject.
        var member = name.First > 0 && before.Lower == "including" && name.Last + 1 < first && !words[name.Last].EndsPhrase
            && (PutsMoneyIn(words, name.Last + 1, first) || (words[name.Last + 1].Lower.EndsWith("ed", StringComparison.Ordinal)
                && name.Last + 2 < first && words[name.Last + 2].Lower is "an" or "a" or "the"));
        return name.First > 0 && Lexicon.Prepositions.Contains(before.Lower) && !before.EndsPhrase && !relative && !madeBy && !member
            && !(before.Lower is "after" or "before" or "as" or "since" && IsSubjectOfMoneyVerb(words, name.Last + 1, first))
            && !(before.Lower == "with" && !words[name.Last].EndsPhrase && PutsMoneyIn(words, name.Last + 1, first));
    }

    /// <summary>Reads a verb before the name whose object it is: "Ford backed Pivotal", "will pay … Hammerson", "has also used Tesla".</summary>
    private static bool IsVerbObject(SentenceWords sentence, Name name, int first, bool relative)
    {
        var words = sentence.Words;
        var before = name.First > 0 ? words[name.First - 1] : default;

        // "Ford backed Pivotal, a cloud computing firm, for $182.2 million": the object of a money verb takes the money; so does a
        // name right after a stake ("picked up a 1.75 per cent stake Reliance Retail", "a stake Nokia").
        if (name.First > 0 && !before.EndsPhrase && before.Lower is "stake" or "stakes" or "owns" or "runs" or "operates" or "controls" or "includes"
                or "supplies" or "backed" or "backs" or "backing" or "funded" or "funds" or "bought"
                or "buys" or "acquired" or "acquires" or "valued" or "values" or "valuing")
        {
            return true;
        }

        // "will pay British property firm Hammerson £48.5 million for a larger stake": the one paid, not the payer.
        if (IsPaid(sentence, name))
        {
            return true;
        }

        // "Daimler has also used Tesla technology": the object of a verb (but "reported Toyota invested" names the subject of what
        // was reported, and "revealed Microsoft's investment" its owner); "in Reliance Industries' digital arm Jio Platform": of a
        // preposition, behind the words that describe it.
        return name.First > 0 && !before.EndsPhrase && before.Lower.Length > 3 && before.Lower.EndsWith("ed", StringComparison.Ordinal)
            && char.IsLower(before.Core[0]) && !relative && !name.Possessive && !IsSubjectOfMoneyVerb(words, name.Last + 1, first);
    }

    /// <summary>Reads a word describing the name that follows: "in Finnish telecoms equipment maker Nokia", "in Canada-based Nemaska".</summary>
    private static bool IsNameDescriber(Word word, ref int plain)
    {
        var lower = word.Lower;

        // "in Finnish telecoms equipment maker Nokia": a nationality describing it.
        if (Lexicon.Places.Contains(word.Core) && !word.Possessive && ++plain <= 4)
        {
            return true;
        }

        // "in Canada-based Nemaska Lithium Inc": a descriptor before the name.
        if (word.Core.Contains('-', StringComparison.Ordinal) && char.IsLower(word.Core[^1]) && ++plain <= 4)
        {
            return true;
        }

        if (lower is "the" or "its" or "their" or "his" or "her")
        {
            return true;
        }

        // "over the 108km 407 Express Toll Route": a number describing it.
        return lower.Length > 0 && char.IsDigit(lower[0]) && ++plain <= 4;
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
            && !Lexicon.Prepositions.Contains(words[k].Lower) && words[pronoun].Lower is "who" or "which" or "that";
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
            if (Lexicon.Prepositions.Contains(lower))
            {
                // "In the past year Google has invested": a preposition opening the sentence or a clause introduces no object; "the
                // investment by Alphabet's venture arm GV": the one making it.
                return nounPhrase && j > 0 && !words[j - 1].EndsPhrase
                    && !(lower == "by" && words[j - 1].Lower is "investment" or "investments" or "stake" or "injection");
            }

            // "in Finnish telecoms equipment maker Nokia", "in Canada-based Nemaska Lithium Inc", "over the 108km 407 Express Toll Route".
            if (IsNameDescriber(words[j], ref plain))
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
}
