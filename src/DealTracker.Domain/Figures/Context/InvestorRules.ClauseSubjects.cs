namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric-and-investor gaps sweep's investors (MetricInvestorGapsSweepTests): the subject of the money verb right before the figure,
/// read before the other rules only where they go wrong:
/// <list type="bullet">
/// <item>a ticker or exchange code in brackets after it: "Intel ( INTC ) shares surged on Thursday after <b>Nvidia</b> ( NVDA ) agreed
/// to invest $5 billion", "(NASDAQ: NVDA)", "(9984.T)", "(BSE: 500325)";</item>
/// <item>a government or an administration: "Intel said that <b>the Trump administration</b> would invest $8.9 billion";</item>
/// <item>a participle after a clause, whose subject it keeps: "<b>Microsoft</b> in January deepened its partnership with ChatGPT
/// developer OpenAI, committing another $10 billion", "…, anchoring it with $X";</item>
/// <item>a fund started or seeded: "<b>SoftBank</b> is starting the fund off with $2 billion";</item>
/// <item>an instrument bought: "In <b>Amazon</b>’s quarterly report to the US Securities and Exchange Commission …, the online
/// retailer detailed that it had invested in a $1.25-billion note from Anthropic" (not the note's issuer, nor the regulator).</item>
/// </list>
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Money verbs whose subject puts the money in.</summary>
    private static readonly HashSet<string> _clauseMoneyVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "commit", "commits", "committed", "committing", "pour", "pours", "poured", "pouring",
        "pump", "pumps", "pumped", "pumping", "inject", "injects", "injected", "injecting", "put", "puts", "putting", "plough", "ploughed",
        "ploughing", "plow", "plowed", "plowing", "contribute", "contributed", "contributing",
    };

    /// <summary>Words of the verb chain between a subject and its money verb: "agreed to", "said on Tuesday it would", "is set to".</summary>
    private static readonly HashSet<string> _clauseChain = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "may", "might", "shall", "can", "has", "have", "had", "also", "agreed", "agrees", "to", "is", "was", "are",
        "were", "set", "plans", "planned", "plan", "expects", "expected", "said", "says", "it", "then", "later", "already", "further",
        "on", "last", "this", "week", "month", "year", "announced", "decided", "intends", "aims", "wants", "looking", "planning",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "be", "been", "being", "now", "still", "that",
    };

    /// <summary>Heads of an instrument bought: "a $1.25-billion note", "convertible bonds".</summary>
    private static readonly HashSet<string> _instrumentHeads = new(StringComparer.Ordinal)
    {
        "note", "notes", "convertible", "convertibles", "debenture", "debentures", "bond", "bonds",
    };

    /// <summary>The investor the sweep's frames decide ("" when they read it and name no one), or null when none applies.</summary>
    internal static string? ClauseSubjectInvestor(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first <= 0 || last >= words.Count)
        {
            return null;
        }

        // "the agreement gives MAM the right to invest another $4.1B", "the Canadian pension plan has the option to invest".
        if (MetricRules.IsRightToInvest(words, first) && RightHolder(sentence, first) is { } holder)
        {
            return holder;
        }

        if (WithSubjectPlanningToInvest(sentence, first, last) is { } planning)
        {
            return planning;
        }

        var v = MoneyVerbOfTheFigure(words, first, last, out var instrument);
        if (v < 0)
        {
            return null;
        }

        // "…, committing another $10 billion": a participle after a comma keeps the clause's subject.
        if (words[v].Lower.EndsWith("ing", StringComparison.Ordinal) && v > 0 && words[v - 1].After == ',')
        {
            return ClauseOpeningSubject(sentence, v - 1);
        }

        var s = v - 1;
        var pronoun = false;
        while (s >= 0 && (_clauseChain.Contains(words[s].Lower) || Lexicon.Months.Contains(words[s].Lower)
                   || (words[s].Lower == "in" && s + 1 < words.Count && Lexicon.Months.Contains(words[s + 1].Lower))) && !words[s].EndsPhrase)
        {
            pronoun |= words[s].Lower == "it";
            s--;
        }

        if (s < 0)
        {
            return null;
        }

        // "Nvidia ( NVDA ) agreed to invest": the name before its ticker.
        if (words[s].InBrackets)
        {
            var open = s;
            while (open > 0 && words[open - 1].InBrackets && s - open < 4)
            {
                open--;
            }

            // "after Nvidia ( NVDA ) agreed": "after" opens a clause here, it is no preposition of the name. Not a bracket that is no
            // ticker ("Meta (formerly Facebook)"), nor the second name of a list ("Google and Meta (…) had invested … respectively").
            // Nor a ticker closing an appositive ("…, the investment firm that trades … as KKR Financial Holdings LLC (NYSE:KFN), will").
            var closesAppositive = sentence.Text.AsSpan(words[s].End).TrimStart(") ").StartsWith(",");
            return open > 0 && !closesAppositive && IsTicker(words, open, s) && sentence.NameAt[open - 1] is { Kind: not NameKind.Outlet } ticked
                && !(ticked.First > 0 && words[ticked.First - 1].Lower == "and")
                && !(AfterAPreposition(words, ticked.First) && words[ticked.First - 1].Lower is not ("after" or "before" or "as"))
                ? ticked.Text
                : null;
        }

        // "the Trump administration would invest", "the U.S. government will invest".
        // Not a government in an appositive ("CYVN Holdings, a company backed by the Abu Dhabi government, is planning to invest").
        if (words[s].Lower is "administration" or "government" && !words[s].EndsPhrase && GovernmentName(sentence, s) is { } government)
        {
            return government;
        }

        // "it had invested in a $1.25-billion note", "its ability to invest up to $2.75-billion in a second note": the organisation the
        // sentence is about, the possessive owner opening it ("In Amazon’s quarterly report").
        if (instrument && ((pronoun && sentence.NameAt[s] is null) || words[s].Lower is "retailer" or "company" or "group" || (words[s].Lower is "ability" or "right" or "option" && s > 0 && words[s - 1].Lower == "its")))
        {
            return OpeningOwner(sentence, s);
        }

        // "Tencent invested in a $5 billion note from Intel": the subject, never the note's issuer.
        return instrument && sentence.NameAt[s] is { Kind: not NameKind.Outlet } subject && !AfterAPreposition(words, subject.First) ? subject.Text : null;
    }

    /// <summary>
    /// The money verb the figure is the object of, with hedges between ("committing another", "invest up to"), a fund started or seeded
    /// with it ("starting the fund off with", "anchoring it with"), or an instrument bought ("invested in a $X note"); -1 when none.
    /// </summary>
    private static int MoneyVerbOfTheFigure(List<Word> words, int first, int last, out bool instrument)
    {
        instrument = false;
        var v = first - 1;
        while (v > 0 && words[v].Lower is "another" or "an" or "a" or "additional" or "further" or "up" or "to" or "about" or "around" or "some"
                   or "nearly" or "roughly" or "over" or "more" or "than" or "in" or "total" or "of" or "as" or "much" && !words[v].EndsPhrase)
        {
            if (words[v].Lower == "in" && !(v > 0 && words[v - 1].Lower is "put" or "putting" or "puts" or "invested" or "invest" or "invests" or "investing"))
            {
                break;
            }

            v--;
        }

        var after = MetricRules.SkipConversion(words, last);
        var heldInstrument = after < words.Count && _instrumentHeads.Contains(words[after].Lower)
            || (after + 1 < words.Count && words[after].Lower is "second" or "first" or "new" or "convertible" && _instrumentHeads.Contains(words[after + 1].Lower));

        // "invested in a $1.25-billion note", "invest up to $2.75-billion in a second note".
        if (v >= 0 && _clauseMoneyVerbs.Contains(words[v].Lower) && !words[v].EndsPhrase)
        {
            var noteAfter = after + 2 < words.Count && words[after].Lower == "in" && words[after + 1].Lower is "a" or "an" or "the"
                && words.Skip(after + 2).Take(3).Any(w => _instrumentHeads.Contains(w.Lower));
            instrument = (heldInstrument && v + 2 <= first && words[v + 1].Lower == "in") || noteAfter;
            return v;
        }

        // "starting the fund off with $2 billion", "seeded the fund with", "anchoring it with".
        if (v >= 2 && words[v].Lower == "with")
        {
            for (var i = v - 1; i >= 0 && i >= v - 7 && !words[i].EndsPhrase; i--)
            {
                if (words[i].Lower is "seed" or "seeds" or "seeded" or "seeding" or "anchor" or "anchors" or "anchored" or "anchoring"
                    || (words[i].Lower is "start" or "starts" or "started" or "starting" or "kick" or "kicks" or "kicked" or "kicking" && words[v - 1].Lower == "off"))
                {
                    return words.Skip(i + 1).Take(v - i - 1).Any(w => w.Lower is "fund" or "funds" or "vehicle" or "pool" or "it") ? i : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// "with SoftBank planning to invest ¥2 trillion over six years": the name after "with" whose participle plans the money verb, or
    /// null when the figure is no such money.
    /// </summary>
    internal static string? WithSubjectPlanningToInvest(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first <= 0 || last >= words.Count)
        {
            return null;
        }

        var v = MoneyVerbOfTheFigure(words, first, last, out _);
        if (v < 3 || words[v - 1].Lower != "to" || words[v - 2].Lower is not ("planning" or "preparing" or "set" or "expected" or "agreeing"
                or "looking" or "poised" or "aiming" or "ready" or "going" or "pledging" or "promising"))
        {
            return null;
        }

        return sentence.NameAt[v - 3] is { Kind: not NameKind.Outlet } name && name.Last == v - 3 && name.First > 0 && words[name.First - 1].Lower == "with"
            ? name.Text
            : null;
    }

    /// <summary>
    /// Who holds the right or option to invest the figure: "gives <b>MAM</b> the right", "<b>the Canadian pension plan</b> has the
    /// option"; null when the holder is no name nor a described one.
    /// </summary>
    private static string? RightHolder(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var r = first - 1;
        while (r > 0 && words[r].Lower is not ("right" or "rights" or "option" or "ability"))
        {
            r--;
        }

        if (r < 2 || words[r - 1].Lower != "the")
        {
            return null;
        }

        // "gives MAM the right".
        if (r >= 3 && sentence.NameAt[r - 2] is { Kind: not NameKind.Outlet } given && words[given.First - 1].Lower is "gives" or "give" or "gave" or "giving" or "grants" or "granted" or "granting")
        {
            return given.Text;
        }

        var h = r - 2;
        if (words[h].Lower is not ("has" or "have" or "had" or "holds" or "hold" or "gets" or "got" or "retains" or "keeps" or "will"))
        {
            return null;
        }

        while (h > 0 && words[h].Lower is "has" or "have" or "had" or "holds" or "hold" or "gets" or "got" or "retains" or "keeps" or "will" or "also" or "still")
        {
            h--;
        }

        if (sentence.NameAt[h] is { Kind: not NameKind.Outlet } holder)
        {
            return holder.Text;
        }

        // "the Canadian pension plan has": a described holder as written.
        for (var t = h - 1; t >= 0 && t >= h - 4 && !words[t].EndsPhrase; t--)
        {
            if (words[t].Lower == "the")
            {
                return sentence.Text.Substring(words[t].Start, words[h].End - words[t].Start);
            }
        }

        return null;
    }

    /// <summary>The subject opening the clause that ends at word <paramref name="end"/>: its first name not after a preposition.</summary>
    private static string? ClauseOpeningSubject(SentenceWords sentence, int end)
    {
        var words = sentence.Words;
        var start = end;
        while (start > 0 && !(words[start - 1].After is ';' or ':') && words[start - 1].Lower is not ("that" or "while" or "after" or "as" or "when"))
        {
            start--;
        }

        for (var i = start; i <= end; i++)
        {
            if (sentence.NameAt[i] is { Kind: not NameKind.Outlet } name)
            {
                if (AfterAPreposition(words, name.First) || name.Possessive)
                {
                    return null;
                }

                return name.Text;
            }

            // "Last year the company signed …": a description opening the clause names no one here.
            if (words[i].Lower is "it" or "he" or "she" or "they" or "company" or "firm" or "group")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Trump administration", "U.S. government", "Japanese government" as written after "the", or null when no capital leads it.</summary>
    private static string? GovernmentName(SentenceWords sentence, int head)
    {
        var words = sentence.Words;
        var from = head;
        while (from > 0 && head - from < 3 && words[from - 1].IsCapitalised && words[from - 1].Lower != "the" && !words[from - 1].EndsPhrase)
        {
            from--;
        }

        // "The government" alone is a description that names no one; "by the Abu Dhabi government" is no subject.
        if (from == head || AfterAPreposition(words, from) || (from > 1 && words[from - 1].Lower == "the" && AfterAPreposition(words, from - 1)))
        {
            return null;
        }

        // As the name finder writes a place's government ("Japanese government"), without the article.
        return sentence.Text.Substring(words[from].Start, words[head].End - words[from].Start);
    }

    /// <summary>
    /// "In Amazon’s quarterly report …": the possessive owner opening the sentence, else the first name before word
    /// <paramref name="before"/> that is no preposition's object nor the second of two ("the US Securities and Exchange Commission").
    /// </summary>
    private static string? OpeningOwner(SentenceWords sentence, int before)
    {
        var words = sentence.Words;
        var names = sentence.Names.Where(n => n.First < before && n.Kind != NameKind.Outlet).ToList();
        foreach (var name in names)
        {
            // "In Tencent Holdings' quarterly report": a possessive written with an apostrophe alone is the owner too.
            if (name.Possessive || (name.End < sentence.Text.Length && sentence.Text[name.End] is '\'' or '’'))
            {
                return name.Text;
            }
        }

        foreach (var name in names)
        {
            var at = name.First > 0 && words[name.First - 1].Lower is "the" or "a" or "an" ? name.First - 1 : name.First;
            if (!AfterAPreposition(words, at) && !(at > 0 && words[at - 1].Lower == "and"))
            {
                return name.Text;
            }
        }

        return null;
    }

    /// <summary>"( NVDA )", "(NASDAQ: NVDA)", "(NVDA.O)", "(9984.T)", "(BSE: 500325)": capitals, digits and an exchange's colon only.</summary>
    private static bool IsTicker(List<Word> words, int open, int close) =>
        close - open < 3 && Enumerable.Range(open, close - open + 1).All(i => words[i].Core.Length > 0
            && words[i].Core.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '.' or ':' or '-'));

    private static bool AfterAPreposition(List<Word> words, int first) => first > 0 && Lexicon.Prepositions.Contains(words[first - 1].Lower);
}
