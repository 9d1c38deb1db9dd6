namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-second session (the miss class "a plan to invest written as a noun", met in 9 of the 19 sets issue78–96): money a
/// noun of investment after the figure says one organisation puts in, read as the verb is read ("plans to invest $1.4 billion in
/// Sweden" was already an investment, convention M2, "whether it goes into a company, … a project, a facility or a country"):
/// <list type="bullet">
/// <item>an owner before the figure: "<b>Microsoft's</b> $10 billion commitment to Japan's AI infrastructure";</item>
/// <item>the subject of a verb that announces, plans or makes the noun: "<b>Mistral</b> recently announced a $1.4 billion (€1.2 billion)
/// investment in Sweden", "<b>Eli Lilly</b> is planning a $27 billion investment in new U.S. facilities", "<b>Salesforce</b> announced
/// £1.4bn of investment in the UK";</item>
/// <item>the sentence's subject for "part of a planned $20 billion investment in the country";</item>
/// <item>the name of a relative clause after the noun: "a $40 billion investment commitment <b>the UAE</b> has made".</item>
/// </list>
/// <para>Read only where no earlier rule read the figure as anything but other. A noun marked as a total ("cumulative", "combined",
/// "annual"), money over a period ("so far", "since 2019"), money that buys chips, control, debt or shares, and many givers ("investors
/// announced") stay other.</para>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of money one giver puts in: "a $1.4 billion investment in", "a $10 billion commitment to".</summary>
    private static readonly HashSet<string> _ownInvestmentNouns = new(StringComparer.Ordinal)
    {
        "investment", "commitment", "pledge", "contribution", "injection", "infusion",
    };

    /// <summary>Words written between the figure and its noun: "a $20 billion planned investment", "a $5 billion direct equity investment".</summary>
    private static readonly HashSet<string> _ownInvestmentModifiers = new(StringComparer.Ordinal)
    {
        "planned", "proposed", "new", "additional", "further", "fresh", "strategic", "direct", "equity", "long-term", "multi-year", "multiyear",
        "initial", "capital", "foreign", "private", "major", "significant", "potential", "possible", "separate", "ai", "infrastructure",
        "technology", "tech", "manufacturing", "green", "domestic", "overseas", "latest", "single", "investment",
    };

    /// <summary>Words that make the noun a total over time or over many deals, not one giver's money: "its cumulative $8 billion investment".</summary>
    private static readonly HashSet<string> _investmentTotalWords = new(StringComparer.Ordinal)
    {
        "cumulative", "combined", "total", "overall", "aggregate", "collective", "annual", "yearly", "active", "existing", "previous", "prior",
    };

    /// <summary>Verbs whose object is the noun: "announced a $1.4 billion investment", "is planning a $27 billion investment", "made a".</summary>
    private static readonly HashSet<string> _investmentNounVerbs = new(StringComparer.Ordinal)
    {
        "announced", "announces", "announce", "announcing", "unveiled", "unveils", "unveil", "revealed", "reveals", "made", "makes", "make",
        "making", "planning", "plans", "plan", "pledged", "pledges", "pledge", "proposed", "proposes", "propose", "outlined", "confirmed",
        "confirms", "considering", "weighing", "mulling", "eyeing", "preparing", "finalising", "finalizing", "approved", "approves",
        "completed", "earmarked",
    };

    /// <summary>Verbs of a relative clause whose subject owns the noun: "a $40 billion investment commitment the UAE has made".</summary>
    private static readonly HashSet<string> _investmentNounClauseVerbs = new(StringComparer.Ordinal)
    {
        "made", "makes", "announced", "pledged", "committed", "mapped", "unveiled", "promised", "outlined", "plans", "planned",
    };

    /// <summary>Whether only this reading makes the figure an investment (<see cref="InvestmentNounOwner"/> finds an owner).</summary>
    internal static bool IsInvestmentNounOwnMoney(SentenceWords sentence, int first, int last, int floor) =>
        InvestmentNounOwner(sentence, first, last, floor).Found;

    /// <summary>The owner's name <see cref="IsInvestmentNounOwnMoney"/> reads, or null when the owner is a description or a pronoun.</summary>
    internal static string? InvestmentNounInvestor(SentenceWords sentence, int first, int last, int floor) =>
        InvestmentNounOwner(sentence, first, last, floor).Owner;

    /// <summary>
    /// The noun frame of the figure at words <paramref name="first"/>..<paramref name="last"/>: whether it is one owner's money put in,
    /// and the owner's name when the text names one.
    /// </summary>
    private static (bool Found, string? Owner) InvestmentNounOwner(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first <= 0 || last >= words.Count || words[last].EndsPhrase)
        {
            return (false, null);
        }

        // The noun after the figure: "$1.4 billion (€1.2 billion) investment", "$20 billion planned investment", "£1.4bn of investment".
        var noun = SkipConversion(words, last);
        var ofNoun = noun < words.Count && words[noun].Lower == "of" && !words[noun].EndsPhrase;
        if (ofNoun)
        {
            noun++;
        }

        var modifiers = 0;
        while (noun < words.Count && modifiers < 3 && _ownInvestmentModifiers.Contains(words[noun].Lower) && !words[noun].EndsPhrase
            && !(words[noun].Lower == "investment" && noun + 1 < words.Count && !_ownInvestmentNouns.Contains(words[noun + 1].Lower)))
        {
            noun++;
            modifiers++;
        }

        if (noun >= words.Count || !_ownInvestmentNouns.Contains(words[noun].Lower))
        {
            return (false, null);
        }

        // "an investment commitment": the second noun heads the phrase.
        var head = noun;
        if (head + 1 < words.Count && !words[head].EndsPhrase && words[head + 1].Lower is "commitment" or "plan" or "pledge" or "deal" && words[head].Lower == "investment")
        {
            head++;
        }

        // Before the figure: hedges and a determiner back to the word that owns, announces or frames the noun.
        var j = first - 1;
        var determiner = false;
        while (j >= Math.Max(0, floor) && first - j <= 6 && !words[j].Possessive && !words[j].EndsPhrase
            && (_ownMoneyHedges.Contains(words[j].Lower) || _currencyWords.Contains(words[j].Lower) || _ownInvestmentModifiers.Contains(words[j].Lower)
                || _investmentTotalWords.Contains(words[j].Lower) || words[j].Lower is "its" or "their" or "the"))
        {
            if (_investmentTotalWords.Contains(words[j].Lower))
            {
                return (false, null);
            }

            determiner |= words[j].Lower is "a" or "an" or "its" or "their" or "the";
            j--;
        }

        if (j < Math.Max(0, floor) || !OwnInvestmentTargetAfter(words, head))
        {
            return (false, null);
        }

        // "Microsoft's $10 billion commitment to", "Japan's $X investment in": the possessive owner right before.
        if (words[j].Possessive || (words[j].After is '\'' or '’' && words[j].Core.EndsWith('s')))
        {
            return sentence.NameAt[j] is { Kind: not NameKind.Outlet } owner && owner.Last == j ? (true, owner.Text)
                : words[j].IsCapitalised ? (true, words[j].Core) : (false, null);
        }

        // "Salesforce announced £1.4bn of investment in the UK": the figure itself is the object.
        if (!determiner && !(ofNoun && _investmentNounVerbs.Contains(words[j].Lower)))
        {
            return (false, null);
        }

        // "announced a $12.4 billion investment in its oil pipelines by a U.S.-led consortium": the money is the agent's, not the
        // announcer's; the reading stands and names no one here.
        if (AgentAfter(words, head))
        {
            return (true, null);
        }

        // "a $40 billion investment commitment the UAE has made": the relative clause's subject.
        if (RelativeClauseOwner(sentence, head) is { } clauseOwner)
        {
            return (true, clauseOwner);
        }

        // "part of a planned $20 billion investment in the country": the sentence's subject, when it is an organisation.
        if (words[j].Lower == "part" && InvestorRules.SubjectOf(sentence) is { } subject)
        {
            return (true, subject);
        }

        if (!_investmentNounVerbs.Contains(words[j].Lower))
        {
            return (false, null);
        }

        // The verb's subject, back over its chain: "Eli Lilly is planning", "the company recently announced", "it has made".
        var s = j - 1;
        while (s >= 0 && _ownMoneyChain.Contains(words[s].Lower) && !(words[s].Lower is "it" or "he" or "she") && !words[s].EndsPhrase)
        {
            s--;
        }

        // "ADQ, an Abu Dhabi sovereign wealth fund (SWF), announced": the subject before its appositive.
        if (s > 0 && (words[s].After == ',' || (words[s].InBrackets && words[s].EndsPhrase)) && j - s <= 4)
        {
            var open = s - 1;
            while (open >= 0 && open >= s - 20 && words[open].After != ',')
            {
                open--;
            }

            if (open >= 0 && words[open + 1].Lower is "a" or "an" or "the" or "which" or "who" or "its" or "one" or "whose" or "based" or "headquartered")
            {
                s = open;
            }
        }

        while (s > 0 && words[s].InBrackets)
        {
            s--;
        }

        if (s < 0 || Lexicon.Months.Contains(words[s].Lower) || Lexicon.Weekdays.Contains(words[s].Lower) || _manyInvestorHeads.Contains(words[s].Lower))
        {
            return (false, null);
        }

        if (sentence.NameAt[s] is { } name)
        {
            var objectOfPreposition = name.First > 0 && Lexicon.Prepositions.Contains(words[name.First - 1].Lower);
            return name.Kind is NameKind.Organisation && !objectOfPreposition ? (true, name.Text) : (false, null);
        }

        return words[s].Lower is "it" || DescribedSubject(words, s) ? (true, null) : (false, null);
    }

    /// <summary>
    /// Whether the noun at <paramref name="head"/> goes into something ("in Sweden", "into Egypt", "to Japan's AI infrastructure" after a
    /// commitment) or is owned by a relative clause, and the words after buy no chips, control, debt or shares and span no period.
    /// </summary>
    private static bool OwnInvestmentTargetAfter(IReadOnlyList<Word> words, int head)
    {
        if (head + 1 >= words.Count || words[head].EndsPhrase)
        {
            return false;
        }

        // "a $40bn contribution in February 2022": a date, not what the money goes into.
        var preposition = words[head + 1].Lower;
        if (preposition == "in" && head + 2 < words.Count && (Lexicon.Months.Contains(words[head + 2].Lower) || char.IsDigit(words[head + 2].Core.FirstOrDefault())
            || words[head + 2].Lower is "early" or "late" or "mid" or "fiscal" or "fy"))
        {
            return false;
        }

        var into = preposition is "in" or "into" or "across" || (preposition == "to" && words[head].Lower is "commitment" or "pledge" or "contribution");
        if (!into && !(preposition is "that" or "which" or "the" || words[head + 1].IsCapitalised))
        {
            return false;
        }

        for (var i = head + 1; i < words.Count && i < head + 10; i++)
        {
            var lower = words[i].Lower;
            if (_notOwnInvestmentAfter.Contains(lower) || lower is "chips" or "gpus" or "computing" or "compute" or "startups" or "start-ups" or "companies"
                || (lower is "so" && i + 1 < words.Count && words[i + 1].Lower == "far") || (lower is "to" && i + 1 < words.Count && words[i + 1].Lower == "date")
                || (lower is "since" or "between" && i + 1 < words.Count && char.IsDigit(words[i + 1].Core.FirstOrDefault())))
            {
                return false;
            }

            if (words[i].EndsPhrase)
            {
                break;
            }
        }

        return true;
    }

    /// <summary>Whether "by" or "from" names who puts the money in, in the phrase after the noun: "investment in its pipelines by a consortium".</summary>
    private static bool AgentAfter(IReadOnlyList<Word> words, int head)
    {
        for (var i = head + 1; i < words.Count && i < head + 10; i++)
        {
            // Not a date: "by 2030", "by March".
            if (words[i].Lower is "by" or "from" && i + 1 < words.Count && !char.IsDigit(words[i + 1].Core.FirstOrDefault()) && !Lexicon.Months.Contains(words[i + 1].Lower)
                && words[i + 1].Lower is not ("the" or "end" or "then"))
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

    /// <summary>"investment commitment the UAE has made", "investment plan Deutsche has mapped out": the clause's named subject, or null.</summary>
    private static string? RelativeClauseOwner(SentenceWords sentence, int head)
    {
        var words = sentence.Words;
        var k = head + 1;
        if (k < words.Count && words[k].Lower is "that" or "which")
        {
            k++;
        }

        if (k < words.Count && words[k].Lower == "the")
        {
            k++;
        }

        if (k >= words.Count || !words[k].IsCapitalised || sentence.NameAt[k] is { Kind: NameKind.Outlet })
        {
            return null;
        }

        // A name, or a place standing for its government ("the UAE").
        var end = sentence.NameAt[k] is { } name && name.First == k ? name.Last : k;
        while (sentence.NameAt[k] is null && end + 1 < words.Count && end - k < 2 && words[end + 1].IsCapitalised && !words[end].EndsPhrase)
        {
            end++;
        }

        var v = end + 1;
        while (v < words.Count && v <= end + 3 && words[v].Lower is "has" or "had" or "have" or "is" or "was" or "also" or "recently" or "already")
        {
            v++;
        }

        return v < words.Count && _investmentNounClauseVerbs.Contains(words[v].Lower) && !words[end].EndsPhrase
            ? string.Join(' ', Enumerable.Range(k, end - k + 1).Select(i => words[i].Core)) : null;
    }
}
