namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Givers after "from" (and, in the figure's own phrase, after "by").
/// <para>The giver an investment figure's own phrase names after "from" or "by" (<see cref="AttachedGiver"/>): it comes before every other
/// investor rule, because the words that attach money to its giver outweigh the sentence's subject (often the company that receives it).</para>
/// <para>The other givers after "from": "the $2 billion investment from SoftBank", "another $2 billion from Google" (the first general rule),
/// "raise $1 billion in capital from an affiliate of Qatar's state fund", "raised $350 Mn from General Atlantic", "an investment of $X from
/// China's Hillhouse Capital Group", "$483 million in commitments came from existing investors" (none named), "$2 billion will come from
/// Vantor", and "from X" later in the clause.</para>
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Words of the money's own phrase between the figure and "from" / "by": "a £389m investment from", "$8 billion already committed by".</summary>
    private static readonly HashSet<string> _moneyPhraseWords = new(StringComparer.Ordinal)
    {
        "investment", "investments", "infusion", "injection", "funding", "capital", "equity", "primary", "strategic", "fresh", "new", "cash",
        "commitment", "minority", "growth", "already", "committed", "pledged", "provided", "brought", "invested", "contributed", "put", "in",
    };

    /// <summary>Verbs of receiving in a relative clause on the figure: "the $634 million that Lazada pocketed from its parent company Alibaba".</summary>
    private static readonly HashSet<string> _receivingVerbs = new(StringComparer.Ordinal)
    {
        "pocketed", "received", "got", "secured", "raised", "took", "bagged", "drew", "obtained", "won",
    };

    /// <summary>Words that say the money came from many, or from an act rather than a giver: "from investors including …", "from the sale of".</summary>
    private static readonly HashSet<string> _notOneGiver = new(StringComparer.Ordinal)
    {
        "investors", "backers", "shareholders", "including", "such", "like", "among", "others", "other", "sale", "sales", "selling", "of", "to", "for",
        "with", "on", "at", "in", "its", "their", "own", "a", "an", "several", "various", "group", "consortium", "syndicate", "banks", "lenders",
    };

    /// <summary>Nouns saying what a giver is, which a comma may follow before its name: "investment firm, Silver Lake".</summary>
    private static readonly HashSet<string> _giverNouns = new(StringComparer.Ordinal)
    {
        "firm", "company", "fund", "investor", "group", "giant", "major", "arm", "unit", "bank", "lender", "insurer", "conglomerate", "manager",
        "affiliate", "subsidiary", "parent", "owner", "backer", "shareholder", "stockholder", "vehicle", "office",
    };

    /// <summary>
    /// "a £389m investment from US private equity firm Silver Lake", "its first equity investment of Rs 7,500 crore from global technology
    /// investment firm, Silver Lake", "$8 billion already committed by Amazon", "a nearly $57 billion capital injection by the British
    /// government", "the $634 million that e-commerce giant Lazada pocketed from its parent company Alibaba": the giver named right after
    /// the figure's own phrase, past words describing it. Null when none is, or when the money comes from many ("from investors including").
    /// </summary>
    public static string? AttachedGiver(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);

        // "$5bn, from …" ends the figure's phrase; a conversion's closing bracket does not ("Rs. 9,093.6 crores ($1.2 billion) investment"),
        // but a comma after it does ("a new commitment of EGP 440 million ($28 million), from Misr Insurance Group, …").
        if ((words[last].EndsPhrase && i == last + 1) || (i > last + 1 && CommaAfter(sentence.Text, words[i - 1].End)))
        {
            return null;
        }

        i = PastTheMoneyPhrase(sentence, i);
        if (i <= 0 || i + 1 >= words.Count || words[i].Lower is not ("from" or "by") || words[i].EndsPhrase)
        {
            return null;
        }

        return GiverAfter(sentence, i + 1);
    }

    /// <summary>Whether a comma follows position <paramref name="at"/> past closing brackets: "($28 million), from".</summary>
    private static bool CommaAfter(string text, int at)
    {
        while (at < text.Length && text[at] is ')' or ']')
        {
            at++;
        }

        return at < text.Length && text[at] == ',';
    }

    /// <summary>The word after the figure's own phrase ("investment", "of Rs 7,500 crore", "in Jio Platforms", "that Lazada pocketed"), or -1.</summary>
    private static int PastTheMoneyPhrase(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        for (var steps = 0; i < words.Count && steps < 8; steps++)
        {
            if (words[i].Lower is "from" or "by")
            {
                return i;
            }

            // "investment in Jio Platforms from …", "infusion into Betashares from …": the company the money goes into.
            if (words[i].Lower is "in" or "into" && i + 1 < words.Count && sentence.NameAt[i + 1] is { } target && target.First == i + 1 && !words[target.Last].EndsPhrase)
            {
                i = target.Last + 1;
                continue;
            }

            // "that e-commerce giant Lazada pocketed from": a relative clause whose subject received the money.
            if (words[i].Lower == "that" && ReceiverThenVerb(sentence, i + 1) is var verb and > 0)
            {
                i = verb + 1;
                continue;
            }

            if (!_moneyPhraseWords.Contains(words[i].Lower) || words[i].EndsPhrase)
            {
                return -1;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The receiving verb after a subject at <paramref name="i"/> ("e-commerce giant Lazada pocketed"), or -1.</summary>
    private static int ReceiverThenVerb(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (sentence.OrganisationAfterDescriptor(i, pastPlaces: true) is not { } receiver || receiver.Last + 1 >= words.Count || words[receiver.Last].EndsPhrase)
        {
            return -1;
        }

        var verb = receiver.Last + 1;
        verb = words[verb].Lower is "had" or "has" or "have" && verb + 1 < words.Count ? verb + 1 : verb;
        return _receivingVerbs.Contains(words[verb].Lower) ? verb : -1;
    }

    /// <summary>
    /// The organisation named at <paramref name="k"/> past words describing it: "US private equity firm Silver Lake", "its parent company Alibaba",
    /// "global private equity (PE) firm TPG", "global technology investment firm, Silver Lake", "its parent firm and US retail giant Walmart".
    /// </summary>
    private static string? GiverAfter(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        k = k < words.Count && words[k].Lower == "the" ? k + 1 : k;
        if (k + 1 < words.Count && words[k].Lower is "its" or "their" && words[k + 1].Lower is "parent" or "owner" or "majority" or "largest" or "biggest" or "main")
        {
            k++;
        }

        for (var start = k; k < words.Count && k - start <= 8; k++)
        {
            if (sentence.NameAt[k] is { } name)
            {
                return name.First == k && name.Kind != NameKind.Outlet && !name.Possessive ? sentence.DescribedName(name).Text : null;
            }

            var word = words[k];
            if (Lexicon.Places.Contains(word.Core) || word.InBrackets)
            {
                continue;
            }

            // "its parent firm and US retail giant Walmart": a second description of the same giver.
            var lower = word.Lower;
            if (lower == "and" && k > start && !words[k - 1].EndsPhrase)
            {
                continue;
            }

            // "global technology investment firm, Silver Lake": a comma only after a noun saying what the giver is.
            if (word.Core.Length == 0 || !char.IsLower(word.Core[0]) || _notOneGiver.Contains(lower)
                || (word.EndsPhrase && !(word.After == ',' && _giverNouns.Contains(lower) && k + 1 < words.Count && sentence.NameAt[k + 1] is not null)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether "from X" follows the figure: "another $2 billion from Google".</summary>
    public static bool NamesItsOwn(SentenceWords sentence, int last) =>
        (last + 1 < sentence.Words.Count && sentence.Words[last + 1].Lower == "from")
        || ComesFrom(sentence, last); // since the seventh round: "another $483 million in commitments came from existing investors"

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
            return sentence.GiverAfterDescriptor(afterFigure + 1) is { } from ? from.Text
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
                return sentence.GiverAfterDescriptor(next)?.Text;
            }
        }

        return null;
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
                return sentence.GiverAfterDescriptor(i + 2) is { } from ? from.Text
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

    /// <summary>
    /// "an equity investment of $18 million from the U.S. International Development Finance Corporation", "investments worth 57 billion won
    /// from China’s Hillhouse Capital Group", "50 billion won in investments from Korean private equity firm IMM": the giver after "from".
    /// </summary>
    private static string? EleventhInvestmentFrom(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "some" or "nearly" or "roughly" or "approximately" or "up" or "to")
        {
            f--;
        }

        var next = MetricRules.SkipConversion(words, last);
        var named = f >= 1 && words[f].Lower is "of" or "worth" && words[f - 1].Lower is "investment" or "investments" or "injection" or "infusion";
        var from = named ? next
            : next + 2 < words.Count && words[next].Lower == "in" && words[next + 1].Lower is "investment" or "investments" ? next + 2 : -1;
        return from >= 0 && from + 1 < words.Count && words[from].Lower == "from" && !words[last].EndsPhrase ? GiverAfterFrom(sentence, from + 1) : null;
    }

    /// <summary>The organisation a giver phrase names, past "the", a place ("China’s", "Korean", "U.S.") and a lower-case description.</summary>
    private static string? GiverAfterFrom(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        k = words[k].Lower == "the" && k + 1 < words.Count ? k + 1 : k;
        if (sentence.NameAt[k] is { Kind: NameKind.Organisation, Possessive: false } whole && whole.First == k)
        {
            return sentence.DescribedName(whole).Text;
        }

        k += Lexicon.PlaceLength(words, k);
        return k < words.Count && sentence.OrganisationAfterDescriptor(k, pastPlaces: true) is { Possessive: false } giver
            && !words.Skip(k).Take(giver.First - k).Any(w => w.Lower is "investors" or "investor" or "backers" or "including" or "led" or "such" or "shareholders")
                ? sentence.DescribedName(giver).Text
                : null;
    }

    /// <summary>"has already raised $350 Mn from General Atlantic at a pre-money valuation of $12 Bn": the one giver money is raised from.</summary>
    private static string? TenthRaisedFrom(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        return first >= 1 && words[first - 1].Lower is "raised" or "secured" or "received" or "got"
            ? TenthOneGiverFrom(sentence, MetricRules.SkipConversion(words, last)) : null;
    }

    /// <summary>"from General Atlantic", "from private equity firm Silver Lake": one organisation after "from", not a list and not investors in general.</summary>
    internal static string? TenthOneGiverFrom(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        if (from + 1 >= words.Count || words[from].Lower != "from" || words[from].EndsPhrase)
        {
            return null;
        }

        // "from the G42", "from its parent Tata Sons": past an article or a possessive pronoun.
        var k = words[from + 1].Lower is "the" or "its" or "their" && from + 2 < words.Count ? from + 2 : from + 1;

        // "from investors including Qiming", "from backers such as Tiger": givers in general, one named as an example.
        for (var j = k; j < words.Count && j - k < 5 && sentence.NameAt[j] is null; j++)
        {
            // … nor money from an act: "from selling shares to Sony", "from the sale of its unit".
            if (words[j].Lower is "investors" or "backers" or "including" or "like" or "such" or "among" or "funds" or "firms" or "others" or "to" or "of"
                or "in" or "for" or "by" or "with" or "selling" or "sale" or "sales")
            {
                return null;
            }
        }
        if (sentence.GiverAfterDescriptor(k) is not { Possessive: false } giver || giver.Text.Length < 2)
        {
            return null;
        }

        var after = giver.Last + 1 < words.Count ? words[giver.Last + 1].Lower : "";
        var listed = after is "and" or "&" or "," || (words[giver.Last].After == ',' && giver.Last + 1 < words.Count && sentence.NameAt[giver.Last + 1] is not null);
        return listed || after is "-led" or "led" or "affiliates" or "funds" ? null : giver.Text;
    }

    /// <summary>Lower-case words that may stand between a figure and "from" when they only say what the money is.</summary>
    private static readonly HashSet<string> _ninthCapitalWords = new(StringComparer.Ordinal)
    {
        "in", "of", "capital", "investment", "funding", "equity", "new", "fresh", "private",
    };

    /// <summary>
    /// "raise $1 billion in capital from an affiliate of Qatar's state fund", "a €2 million convertible loan from Norway's Innovation
    /// Fund": the giver after "from", past words saying what the money is, an "affiliate of" and a place's possessive.
    /// </summary>
    internal static string? CapitalFromAGiver(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (words[last].EndsPhrase && i == last + 1)
        {
            return null;
        }

        var start = i;
        while (i < words.Count && i - start < 5 && _ninthCapitalWords.Contains(words[i].Lower) && !words[i].EndsPhrase)
        {
            i++;
        }

        // "a convertible loan from": a loan that becomes shares; any other loan or debt is not an investment.
        if (i + 2 < words.Count && words[i].Lower == "convertible" && words[i + 1].Lower is "loan" or "note" && !words[i + 1].EndsPhrase)
        {
            i += 2;
        }

        if (i == start || i + 1 >= words.Count || words[i].Lower != "from")
        {
            return null;
        }

        var k = i + 1;
        if (k + 2 < words.Count && words[k].Lower is "a" or "an" && _unitNouns.Contains(words[k + 1].Lower) && words[k + 2].Lower == "of")
        {
            k += 3;
        }

        if (k >= words.Count)
        {
            // "… in capital from an affiliate of": the text ends before the giver.
            return null;
        }

        k = words[k].Lower == "the" && k + 1 < words.Count ? k + 1 : k;

        // "from Denmark’s Bioinnovation Institute": past a place's possessive, which the name finder leaves out.
        if (Lexicon.PlaceLength(words, k) is var place and > 0 && k + place < words.Count && words[k + place - 1].Possessive)
        {
            k += place;
        }

        while (k < words.Count && sentence.NameAt[k] is { Possessive: true } owner && owner.First == k && owner.Last + 1 < words.Count)
        {
            k = owner.Last + 1;
        }

        // "from investors including Sequoia", "from backers led by Accel": a round's many givers, not one.
        return sentence.OrganisationAfterDescriptor(k, pastPlaces: true) is { } giver
            && !words.Skip(k).Take(giver.First - k).Any(w => w.Lower is "investors" or "investor" or "existing" or "backers" or "including" or "led" or "such" or "shareholders")
            ? sentence.DescribedName(giver).Text : null;
    }

    /// <summary>
    /// "Most of the capital—around $9 billion—is expected to come from Vantor itself", "$2 billion will come from Vantor": the giver the
    /// money is to come from, past the auxiliaries (a dash after the figure may close an aside).
    /// </summary>
    internal static string? ExpectedToComeFrom(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (words[last].EndsPhrase && words[last].After is not ('—' or '–') && i == last + 1)
        {
            return null;
        }

        var start = i;
        while (i < words.Count && i - start < 5 && words[i].Lower is "is" or "are" or "was" or "will" or "would" or "be" or "expected" or "likely" or "set" or "to"
                   && !words[i].EndsPhrase)
        {
            i++;
        }

        return i > start && i + 1 < words.Count && words[i].Lower is "come" or "comes" && words[i + 1].Lower == "from" && !words[i].EndsPhrase
            ? sentence.GiverAfterDescriptor(i + 2)?.Text : null;
    }

    /// <summary>
    /// After the figure: "$4 billion, followed by another $2 billion from Google" (the giver is the next figure's: the subject's);
    /// "$483 million in commitments came from existing investors", "$70 billion possibly coming from institutions" (none named).
    /// </summary>
    private static string? GiverAfterTheFigure(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (next + 1 < words.Count && words[next].Lower == "followed" && words[next + 1].Lower == "by" && words[last].After == ',')
        {
            return NearestInvestor(sentence, first) ?? "";
        }

        var from = ComesFromAt(words, last);
        if (from < 0)
        {
            return null;
        }

        var k = from + 2;
        while (k < words.Count && words[k].Lower is "the" or "existing" or "other" or "new" or "several" or "various")
        {
            k++;
        }

        return sentence.GiverAfterDescriptor(k)?.Text ?? (Lexicon.PlaceLength(words, k) is var n and > 0 ? Text(sentence, k, n) : "");
    }

    /// <summary>Whether "came / coming from" follows the figure within five words of its clause.</summary>
    private static bool ComesFrom(SentenceWords sentence, int last) => ComesFromAt(sentence.Words, last) > 0;

    /// <summary>The word "came" / "coming" of "came from" within five words after the figure, in its clause; -1 when none.</summary>
    private static int ComesFromAt(List<Word> words, int last)
    {
        if (last < 0 || words[last].EndsPhrase)
        {
            return -1;
        }

        var next = MetricRules.SkipConversion(words, last);
        for (var j = next; j + 1 < words.Count && j <= next + 5; j++)
        {
            if (words[j].Lower is "came" or "coming" or "come" or "comes" && words[j + 1].Lower == "from")
            {
                return j;
            }

            if (words[j].EndsPhrase)
            {
                return -1;
            }
        }

        return -1;
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

            return sentence.GiverAfterDescriptor(k)?.Text;
        }

        return null;
    }
}
