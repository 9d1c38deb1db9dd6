using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The targetless-money sweep: an investor's money that is not one deal's investment in one company is other, whatever cue read it an
/// investment. Four shapes: a period's total or deployment with no one-company target ("invested $30 billion in 2009 and plans to do the
/// same this year", "deployed a record $20 billion in the year to March", "committed $29.2 billion in new investments", "invested over
/// $100M through the program", "across 45 deals"); money for control ("invest $1.5 billion to become the controlling shareholder of Y",
/// "for a shade above 60 percent equity", "a $4.8 billion majority stake", "acquire a 54 per cent stake in Y for $X"); the remaining part
/// of a round from unnamed or several givers ("a few external investors will put in the remaining $400 million", "with $70 billion
/// possibly coming from institutions in the Middle East"); and a deal's overall value beside one investor's part ("invests up to $1.05B
/// for a non-controlling stake in Castrol, ... in a major $10.1B energy sector deal"). Money one investor puts into one named company
/// stays an investment in any tense ("has invested $8 billion in Anthropic so far", "invested $1 billion in OpenAI in 2019"), and so do a
/// minority or non-controlling stake's price and a named giver's "remaining $X".
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs that put money to work, for the period totals: the target verbs and "spend", "allocate", "back".</summary>
    private static readonly HashSet<string> _deployVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "investing", "invested", "commit", "commits", "committing", "committed", "deploy", "deploys", "deploying",
        "deployed", "pour", "pours", "pouring", "poured", "pump", "pumps", "pumped", "pumping", "spend", "spends", "spending", "spent",
        "allocate", "allocates", "allocated", "allocating", "put", "puts", "putting", "plough", "ploughed", "plow", "plowed", "channelled",
        "channeled", "funnelled", "funneled",
    };

    /// <summary>Plural heads of many deals or companies: "in new investments", "across 45 deals", "in 38 companies", "on 500 transactions".</summary>
    private static readonly HashSet<string> _manyDealsNouns = new(StringComparer.Ordinal)
    {
        "investments", "deals", "transactions", "bets", "companies", "startups", "start-ups", "firms", "businesses", "rounds", "ventures",
        "holdings", "assets", "opportunities",
    };

    /// <summary>Words that make a sentence one deal's, so that a bare period after the figure does not make it a period's total.</summary>
    private static readonly HashSet<string> _oneDealWords = new(StringComparer.Ordinal)
    {
        "stake", "stakes", "round", "rounds", "funding", "shares", "share", "equity", "acquire", "acquired", "acquisition", "valuation",
        "valued", "another", "further", "additional", "deal", "startup", "start-up", "investee",
    };

    /// <summary>Plural givers left unnamed: "a few external investors", "institutions in the Middle East", "existing backers".</summary>
    private static readonly HashSet<string> _pluralGivers = new(StringComparer.Ordinal)
    {
        "investors", "stakeholders", "backers", "shareholders", "institutions", "funds", "partners", "lenders", "banks", "offices",
        "investors.", "sponsors", "participants",
    };

    /// <summary>Nouns a majority or control word sizes: "a majority stake", "the controlling shareholder", "majority control".</summary>
    private static readonly HashSet<string> _controlHeads = new(StringComparer.Ordinal)
    {
        "stake", "stakes", "interest", "holding", "shareholding", "shareholder", "stakeholder", "owner", "control", "ownership", "equity",
        "share", "shares", "of", "in",
    };

    /// <summary>Whether the money figure read <paramref name="metric"/> is an investor's money that is not one deal's investment.</summary>
    internal static bool IsNotOneDealsInvestment(SentenceWords sentence, int first, int last, int floor, Metric? metric, Metric? previous)
    {
        if (first < 0 || last >= sentence.Words.Count)
        {
            return false;
        }

        var words = sentence.Words;
        var next = SkipConversion(words, last);

        // "1.2 trillion won ($1.1 billion) in new investments": a currency word the figure left out, then its conversion.
        if (next + 1 < words.Count && !ClauseClosedBefore(words, next) && !words[next].EndsPhrase && !words[next].InBrackets && words[next + 1].InBrackets)
        {
            next = SkipBrackets(words, next + 1);
        }

        if (metric == Metric.RoundSize)
        {
            return IsComingFromSeveral(words, next);
        }

        return metric == Metric.Investment
            && (IsControlMoney(words, first, next, floor) || IsPeriodDeployment(sentence, first, last, next, floor) || IsRemainderFromSeveral(sentence, first, floor)
                || IsComingFromSeveral(words, next) || IsDealValueBesideAPart(words, first, next, floor, previous));
    }

    /// <summary>
    /// "invest $1.5 billion to become the controlling shareholder", "for a 60 percent stake", "to take control of", "a $4.8 billion majority
    /// stake", "acquire a 54 per cent stake in Y for $X": money for control of a company. Not "a non-controlling stake", "to maintain a
    /// majority", "from its majority stockholder".
    /// </summary>
    private static bool IsControlMoney(List<Word> words, int first, int next, int floor)
    {
        // "a $4.8 billion majority stake".
        if (next + 1 < words.Count && words[next].Lower is "majority" or "controlling" && _controlHeads.Contains(words[next + 1].Lower))
        {
            return true;
        }

        return ControlAfter(words, next) || ControlBefore(words, first, floor);
    }

    /// <summary>A control word in the clause after the figure: "to become the controlling shareholder", "for a shade above 60 percent equity".</summary>
    private static bool ControlAfter(List<Word> words, int next)
    {
        for (var j = next; !ClauseClosedBefore(words, next) && j < words.Count && j < next + 10; j++)
        {
            var lower = words[j].Lower;
            // Another party's money ("and Old Mutual's Sh23 billion purchase of a 60.7 per cent stake") is its own.
            if (lower is "non-controlling" or "minority" or "maintain" or "retain" or "keep" or "remain" or "its" or "their" or "his" or "her"
                || (j > next && IsAmountStart(words[j])) || (lower == "and" && j + 1 < words.Count && words[j + 1].IsCapitalised))
            {
                return false;
            }

            if (IsControlWordAt(words, j))
            {
                return true;
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"majority / controlling" before a stake word, "take / gain control", or more than half of a company ("56 percent of").</summary>
    private static bool IsControlWordAt(List<Word> words, int j)
    {
        var lower = words[j].Lower;
        if (lower is "majority" or "controlling")
        {
            return Enumerable.Range(j + 1, 2).Any(k => k < words.Count && _controlHeads.Contains(words[k].Lower) && words[k].Lower is not "of" and not "in");
        }

        if (lower == "control" && j > 0)
        {
            return words[j - 1].Lower is "take" or "takes" or "taking" or "gain" or "gains" or "gaining" or "assume" or "secure" or "seize" or "acquire" or "full" or "effective" or "majority";
        }

        // "for a shade above 60 percent equity", "to buy 56 percent of", not "taking its holding to 59%".
        var share = ShareOf(words, j);
        if (share is not (> 50 and <= 100) || (j > 0 && words[j].Lower != "per" && words[j - 1].Lower == "to"))
        {
            return false;
        }

        var head = j + 1;
        while (head < words.Count && head <= j + 3 && words[head].Lower is "percent" or "per" or "cent" or "pct" or "pc" or "%")
        {
            head++;
        }

        return head < words.Count && _controlHeads.Contains(words[head].Lower);
    }

    /// <summary>"acquire a 54 per cent stake in Y for $X", "buy a controlling interest in Y for $X": a buy verb, then control, then "for" the figure.</summary>
    private static bool ControlBefore(List<Word> words, int first, int floor)
    {
        var at = first - 1;
        while (at >= Math.Max(floor, 0) && _spendFillers.Contains(words[at].Lower) && words[at].Lower != "of")
        {
            at--;
        }

        if (at < Math.Max(floor, 1) || words[at].Lower != "for")
        {
            return false;
        }

        for (var j = at - 1; j >= Math.Max(floor, 0) && j >= at - 14 && !words[j].EndsPhrase; j--)
        {
            if (words[j].Lower is "acquire" or "acquires" or "acquiring" or "acquired" or "buy" or "buys" or "buying" or "bought" or "purchase" or "take" or "takes" or "took")
            {
                return !Enumerable.Range(j + 1, at - j - 1).Any(k => words[k].Lower is "non-controlling" or "minority")
                    && Enumerable.Range(j + 1, at - j - 1).Any(k => IsControlWordAt(words, k));
            }
        }

        return false;
    }

    /// <summary>
    /// "invested $30 billion in 2009", "deployed a record $20 billion in the year to March", "committed $29.2 billion in new investments",
    /// "invested over $100M through the program", "across 45 deals": a deploying verb, no one company taking the money, and many deals or
    /// a period (a period only when the sentence says nothing of one deal).
    /// </summary>
    private static bool IsPeriodDeployment(SentenceWords sentence, int first, int last, int next, int floor)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb >= Math.Max(floor, 0) && first - verb <= 6 && (_spendFillers.Contains(words[verb].Lower) || words[verb].Lower is "between" or "as" or "much"))
        {
            verb--;
        }

        if (verb < Math.Max(floor, 0) || !_deployVerbs.Contains(words[verb].Lower) || TakesOneCompany(sentence, next)
            || Enumerable.Range(verb + 1, first - verb - 1).Any(k => words[k].Lower is "another" or "additional" or "further" || (words[k].Lower == "more" && words[k + 1].Lower != "than")))
        {
            return false;
        }

        // "Six Nations Rugby, in which B Capital invested $500 million last year": the relative names the one company taking it.
        if (Enumerable.Range(Math.Max(0, verb - 8), Math.Min(8, verb)).Any(k => words[k].Lower is "which" or "whom" && k > 0 && words[k - 1].Lower is "in" or "into"))
        {
            return false;
        }

        var record = Enumerable.Range(verb + 1, first - verb - 1).Any(k => words[k].Lower == "record");
        // "invest $5 million to $15 million in startups such as A and B": a range into many companies is each cheque's size.
        var period = PeriodAfter(words, next) || PeriodOpens(words, verb) || ChangeOnAPeriodAfter(words, next);
        return record || (ManyDealsAfter(words, next) && !IsMoneyRange(words, first, last, next))
            || (period && !words.Any(w => _oneDealWords.Contains(w.Lower)) && !NamedAfter(sentence, next));
    }

    /// <summary>"During the financial year, Temasek invested …", "In 2023, KKR deployed …", "Last year Mubadala committed …": a period opens the sentence.</summary>
    private static bool PeriodOpens(List<Word> words, int verb)
    {
        if (verb < 2)
        {
            return false;
        }

        var lower = words[0].Lower;
        return (lower is "during" or "in" or "over" or "since" && (IsPeriodWord(words[1]) || (words[1].Lower == "the" && words[2].Lower is "year" or "financial" or "fiscal" or "first" or "second" or "past" or "last")))
            || (lower is "last" or "this" && words[1].Lower is "year" or "fiscal" or "quarter");
    }

    /// <summary>"deployed some US$152.5 billion, up 38% from 2021": a year-on-year change right after the figure makes it a period's total.</summary>
    private static bool ChangeOnAPeriodAfter(List<Word> words, int next) =>
        next + 1 < words.Count && next > 0 && words[next - 1].EndsPhrase && words[next].Lower is "up" or "down" && ShareOf(words, next + 1) is not null;

    /// <summary>Whether "in / into / to" after the figure, in its clause, opens one company: "in OpenAI", "into the startup".</summary>
    private static bool TakesOneCompany(SentenceWords sentence, int next)
    {
        var words = sentence.Words;
        for (var j = next; !ClauseClosedBefore(words, next) && j + 1 < words.Count && j < next + 12; j++)
        {
            // "in FY21", "in 2019": a period, not a company.
            if (words[j].Lower is "in" or "into" or "to" && !IsPeriodWord(words[j + 1]) && KindOfTarget(sentence, j + 1, 0) == TargetKind.Company)
            {
                return true;
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"in new investments", "across 45 deals", "in more than 8,000 companies", "on 500 transactions", "through the program".</summary>
    private static bool ManyDealsAfter(List<Word> words, int next)
    {
        for (var j = next; !ClauseClosedBefore(words, next) && j + 1 < words.Count && j < next + 10; j++)
        {
            var lower = words[j].Lower;
            if (lower == "through" && j + 2 < words.Count && words[j + 1].Lower is "the" or "its" or "their" && words[j + 2].Lower is "program" or "programme" or "scheme" or "accelerator" or "initiative")
            {
                return true;
            }

            if (lower is "in" or "on" or "across" or "into" or "between" or "over" or "through" or "to")
            {
                var head = j + 1;
                while (head < words.Count && head <= j + 4 && !_manyDealsNouns.Contains(words[head].Lower) && !words[head].IsCapitalised && !words[head - 1].EndsPhrase)
                {
                    head++;
                }

                if (head < words.Count && head <= j + 4 && _manyDealsNouns.Contains(words[head].Lower) && !words[head - 1].EndsPhrase)
                {
                    return true;
                }
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A period right after the figure: "in 2009", "last year", "in the year to March", "during the financial year", "in FY21".</summary>
    private static bool PeriodAfter(List<Word> words, int next)
    {
        if (next + 1 >= words.Count)
        {
            return false;
        }

        var lower = words[next].Lower;
        var then = words[next + 1];
        return (lower is "last" or "this" && then.Lower is "year" or "fiscal" or "quarter")
            || (lower is "in" or "during" or "since" or "over" && (IsPeriodWord(then) || then.Lower is "fiscal"
                || (then.Lower == "the" && next + 2 < words.Count && words[next + 2].Lower is "year" or "financial" or "fiscal" or "first" or "second" or "past" or "last")));
    }

    /// <summary>A word that opens another amount: "$2 billion", "Sh23 billion", "Rs 500 crore"; not a bare number or a percentage.</summary>
    private static bool IsAmountStart(Word word) =>
        (IsMoneyWord(word) && !char.IsDigit(word.Core[0])) || (word.Core.Length > 1 && char.IsLetter(word.Core[0]) && word.Core.TakeWhile(char.IsLetter).Count() <= 3
            && word.Core.SkipWhile(char.IsLetter).FirstOrDefault() is var d && char.IsDigit(d));

    /// <summary>"between $10bn and $15bn", "$5 million to $15 million": the figure is one end of a range of amounts.</summary>
    private static bool IsMoneyRange(List<Word> words, int first, int last, int next) =>
        SkipMoneyRange(words, next) != next
        || Enumerable.Range(first, Math.Max(0, last - first)).Any(k => words[k].Lower is "and" or "between" || (words[k].Lower == "to" && (k == 0 || words[k - 1].Lower != "up"))) || (first >= 1 && words[first - 1].Lower == "between")
        || (first >= 2 && words[first - 1].Lower is "to" or "and" && IsMoneyWord(words[first - 2]));

    /// <summary>Whether the clause ended before word <paramref name="next"/>: "$2 billion, with"; not at a conversion's bracket.</summary>
    private static bool ClauseClosedBefore(List<Word> words, int next) => next > 0 && words[next - 1].EndsPhrase && !words[next - 1].InBrackets;

    /// <summary>"2019", "FY21", "FY2024", "H1": a year or a fiscal period's name.</summary>
    private static bool IsPeriodWord(Word word) =>
        IsYear(word) || (word.Lower.Length is >= 3 and <= 6 && (word.Lower.StartsWith("fy", StringComparison.Ordinal) || word.Lower is "h1" or "h2" or "q1" or "q2" or "q3" or "q4")
            && word.Lower[2..].All(c => char.IsDigit(c) || c == '-'));

    /// <summary>
    /// Whether an organisation is named after the figure in its clause: "invested $1 billion in 2019 in OpenAI and ..."; not a speaker after
    /// the clause ("…, the Gulf state's Prime Minister … said").
    /// </summary>
    private static bool NamedAfter(SentenceWords sentence, int next)
    {
        var end = next;
        while (end < sentence.Words.Count && !sentence.Words[end].EndsPhrase)
        {
            end++;
        }

        return sentence.Names.Any(n => n.First >= next && n.First <= end && n.Kind == NameKind.Organisation);
    }

    /// <summary>
    /// "a few external investors will put in the remaining $400 million", "existing investors are expected to contribute the remaining $X":
    /// the rest of a round from several givers, no one named in the clause.
    /// </summary>
    private static bool IsRemainderFromSeveral(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        var at = first - 1;
        if (at < 1 || words[at].Lower is not ("remaining" or "balance" or "rest"))
        {
            return false;
        }

        var start = at;
        while (start > Math.Max(floor, 0) && !words[start - 1].EndsPhrase)
        {
            start--;
        }

        var plural = false;
        for (var j = start; j < at; j++)
        {
            if (sentence.NameAt[j] is { Kind: NameKind.Organisation or NameKind.Person })
            {
                return false;
            }

            plural |= _pluralGivers.Contains(words[j].Lower);
        }

        return plural;
    }

    /// <summary>"with $70 billion possibly coming from institutions in the Middle East": money from plural givers left unnamed.</summary>
    private static bool IsComingFromSeveral(List<Word> words, int next)
    {
        var j = next;
        while (j < words.Count && j < next + 4 && words[j].Lower is "possibly" or "likely" or "expected" or "to" or "be" or "will" or "would" or "could" or "may" or "might" or "set" or "potentially")
        {
            j++;
        }

        if (j + 2 >= words.Count || words[j].Lower is not ("coming" or "come" or "comes") || words[j + 1].Lower != "from")
        {
            return false;
        }

        for (var k = j + 2; k < words.Count && k < j + 6; k++)
        {
            if (words[k].IsCapitalised)
            {
                return false;
            }

            if (_pluralGivers.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "invests up to $1.05B for a non-controlling stake in Castrol, partnering with Stonepeak in a major $10.1B energy sector deal": after
    /// one investor's part, the whole deal's value is other.
    /// </summary>
    private static bool IsDealValueBesideAPart(List<Word> words, int first, int next, int floor, Metric? previous)
    {
        if (previous != Metric.Investment || floor <= 0)
        {
            return false;
        }

        var opens = Enumerable.Range(Math.Max(floor, first - 4), Math.Max(0, first - Math.Max(floor, first - 4)))
            .Any(k => words[k].Lower is "in" or "part" && k + 1 < words.Count && words[k + 1].Lower is "a" or "an" or "the" or "of");
        return opens && Enumerable.Range(next, 4).Any(k => k < words.Count && words[k].Lower is "deal" or "deal." or "transaction" or "agreement");
    }
}
