namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-third session, read last on every investment figure's investor. Each rule reads the giver from the figure's own clause
/// or the words right after it, whatever the wider rules proposed:
/// <list type="bullet">
/// <item>the giver opening the figure's own clause with a giving verb: "While existing investors like Temasek … pumped in Rs 78 crore,
/// <b>Venturi Partners</b> put in Rs 29 crore";</item>
/// <item>a giving participle after a comma taking the sentence's subject: "<b>Medtronic</b> has wrapped up a deal that gives it a 26.4% stake in
/// China's LifeTech Scientific, putting up $66.2 million";</item>
/// <item>an investment "from" a giver named after the figure, with the giver's description between: "The Honest Company announced a $200
/// million strategic minority investment from PE firm <b>L Catterton</b>";</item>
/// <item>the giver a figure set off by commas "came from": "The remaining amount, Rs 58 crore, came from <b>Seviora Capital</b>" (an
/// investment);</item>
/// <item>an event is no investor: "At its 2025 Apsara Conference, the company unveiled a CNY 380 billion investment plan" names none; nor
/// is a name invested alongside: "Alongside Toyota, existing investors injected an additional $62 million".</item>
/// </list>
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Last words of an event's name: "Apsara Conference", "Web Summit", "Money20/20 Expo".</summary>
    private static readonly HashSet<string> _eventEndings = new(StringComparer.Ordinal)
    {
        "Conference", "Summit", "Forum", "Expo", "Festival", "Awards", "Week", "Congress", "Convention", "Show", "Fair", "Hackathon",
    };

    /// <summary>Lower-case words that may describe a giver between "from" and its name: "from PE firm L Catterton", "from the US-based fund".</summary>
    private static readonly HashSet<string> _giverDescribers = new(StringComparer.Ordinal)
    {
        "the", "pe", "vc", "firm", "fund", "investor", "investors", "private", "equity", "venture", "capital", "investment", "growth",
        "sovereign", "wealth", "existing", "new", "strategic", "global", "asset", "manager", "group", "giant", "bank", "state-owned",
    };

    /// <summary>The investor of an investment figure after the thirty-third session's clause readings (see the class summary).</summary>
    internal static string? ClauseGiver(SentenceWords sentence, int first, int last, int floor, string? investor)
    {
        if (first < 0 || last >= sentence.Words.Count)
        {
            return investor;
        }

        var giver = Kept(sentence, OwnClauseGiver(sentence, first, floor, investor) ?? InvestmentFromAfter(sentence, last, investor)
            ?? ParticipleSubject(sentence, first, investor));
        if (giver is not null)
        {
            return giver;
        }

        // "Alongside Toyota, existing investors injected an additional $62 million": a name invested alongside is not the one investing.
        var alongside = investor is not null && sentence.Names.Any(n => n.Text == investor && n.First >= 1 && sentence.Words[n.First - 1].Lower == "alongside");
        return investor is not null && (alongside || _eventEndings.Contains(investor.Split(' ')[^1])) ? null : investor;
    }

    /// <summary>
    /// ", Venturi Partners put in Rs 29 crore": the name opening the figure's clause (after a comma, "while" or "and") with a giving verb right
    /// before the figure, when the proposed investor is another name before the figure before (<paramref name="floor"/>, the word after it):
    /// a list of givers ("EBay, Tencent and Microsoft together invested") or a place after a name ("Ohio Police &amp; Fire Pension Fund,
    /// Columbus, committed") has no figure between.
    /// </summary>
    private static string? OwnClauseGiver(SentenceWords sentence, int first, int floor, string? investor)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb >= 1 && first - verb <= 4 && _betweenVerbAndFigure.Contains(words[verb].Lower))
        {
            verb--;
        }

        if (verb < 1 || !_givingVerbs.Contains(words[verb].Lower) || words[verb].EndsPhrase)
        {
            return null;
        }

        var subjectEnd = verb - 1;
        while (subjectEnd >= 1 && verb - subjectEnd <= 3 && _beforeGivingVerb.Contains(words[subjectEnd].Lower))
        {
            subjectEnd--;
        }

        if (floor <= 0 || sentence.NameAt[subjectEnd] is not { } name || name.Last != subjectEnd || name.First < floor || name.Kind == NameKind.Person
            || name.Possessive || name.Text == investor)
        {
            return null;
        }

        // The clause opens right before the name: after a comma, "while", "and" or "but".
        // A list's last name ("EBay Inc., Tencent Holdings Ltd. and Microsoft Corp. together invested") opens no clause of its own.
        var opener = name.First - 1;
        var opens = opener >= 0 && (words[opener].After is ',' or ';' || words[opener].Lower is "while" or "and" or "but" or "whereas")
            && sentence.NameAt[words[opener].Lower is "and" or "but" && opener > 0 ? opener - 1 : opener] is null;
        var investorBefore = investor is not null && sentence.Names.Any(n => n.Text == investor && n.Last < floor);
        return opens && investorBefore ? name.Text : null;
    }

    /// <summary>
    /// "Medtronic ($MDT) has wrapped up a deal that gives it a 26.4% stake in China's LifeTech Scientific, putting up $66.2 million": a
    /// giving participle set off by a comma ("…, putting up", "…, investing", "…, paying") takes the sentence's subject, a name opening the
    /// sentence before its verb, when the proposed investor is another name after it (the company bought into).
    /// </summary>
    private static string? ParticipleSubject(SentenceWords sentence, int first, string? investor)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb >= 1 && first - verb <= 4 && _betweenVerbAndFigure.Contains(words[verb].Lower))
        {
            verb--;
        }

        if (verb < 2 || !words[verb].Lower.EndsWith("ing", StringComparison.Ordinal) || !_givingVerbs.Contains(words[verb].Lower) || words[verb - 1].After != ','
            || investor is null)
        {
            return null;
        }

        var start = words[0].Lower == "the" ? 1 : 0;
        if (sentence.NameAt[start] is not { } subject || subject.First != start || subject.Kind == NameKind.Person || subject.Possessive || subject.Text == investor
            || subject.Last + 1 >= words.Count)
        {
            return null;
        }

        // The subject is the sentence's: a verb (or a bracketed ticker, then a verb) follows it, and the proposed investor comes after it.
        var next = subject.Last + 1;
        next += words[next].InBrackets ? 1 : 0;
        var isSubject = next < words.Count && words[next].Lower is "has" or "have" or "had" or "is" or "was" or "will" or "would" or "agreed" or "completed"
            or "signed" or "struck" or "bought" or "acquired" or "took" or "made" or "closed" or "announced" or "wrapped" or "finalised" or "finalized";
        var investorAfter = sentence.Names.Any(n => n.Text == investor && n.First > subject.Last);
        return isSubject && investorAfter ? subject.Text : null;
    }

    /// <summary>
    /// "a $200 million strategic minority investment from PE firm L Catterton": the giver after "investment from" within the figure's phrase,
    /// its description between, when the proposed investor is the sentence's subject before the figure (the one receiving it).
    /// </summary>
    private static string? InvestmentFromAfter(SentenceWords sentence, int last, string? investor)
    {
        var words = sentence.Words;
        var k = last + 1;
        while (k < words.Count && k - last <= 4 && !words[k - 1].EndsPhrase && words[k].Lower is "strategic" or "minority" or "majority" or "equity" or "new"
               or "fresh" or "additional" or "growth" or "follow-on" or "primary")
        {
            k++;
        }

        if (k + 1 >= words.Count || words[k - 1].EndsPhrase || words[k].Lower is not ("investment" or "injection" or "infusion") || words[k].EndsPhrase
            || words[k + 1].Lower != "from")
        {
            return null;
        }

        var g = k + 2;
        while (g < words.Count && g - k <= 6 && sentence.NameAt[g] is null && _giverDescribers.Contains(words[g].Lower) && !words[g].EndsPhrase)
        {
            g++;
        }

        if (g >= words.Count || sentence.NameAt[g] is not { } giver || giver.First != g || giver.Kind == NameKind.Person || giver.Text == investor)
        {
            return null;
        }

        var receiverBefore = investor is null || sentence.Names.Any(n => n.Text == investor && n.Last < last);
        return receiverBefore ? SourceRules.WithoutPossessive(giver.Text) : null;
    }

    /// <summary>
    /// "The remaining amount, Rs 58 crore, came from Seviora Capital": the giver a figure set off by commas came from (a figure with no comma
    /// is read by <see cref="CameFromGiver"/>).
    /// </summary>
    internal static string? SetOffCameFromGiver(SentenceWords sentence, int first, int last) =>
        first >= 1 && last + 1 < sentence.Words.Count && sentence.Words[first - 1].After == ',' && sentence.Words[last].After == ','
            ? Kept(sentence, CameFrom(sentence, last))
            : null;

    private static string? CameFrom(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var k = last + 1;
        if (k + 2 >= words.Count || words[k].Lower is not ("came" or "comes" or "will" or "is"))
        {
            return null;
        }

        k += words[k].Lower is "will" or "is" && words[k + 1].Lower is "come" or "coming" ? 1 : 0;
        if (words[k].Lower is not ("came" or "comes" or "come" or "coming") || words[k + 1].Lower != "from" || k + 2 >= words.Count)
        {
            return null;
        }

        var g = k + 2;
        g += words[g].Lower == "the" && g + 1 < words.Count ? 1 : 0;
        return sentence.NameAt[g] is { } giver && giver.First == g && giver.Kind != NameKind.Person ? SourceRules.WithoutPossessive(giver.Text) : null;
    }
}
