namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The giver an investment figure's own phrase names after "from" or "by": it comes before every other investor rule, because the
/// words that attach money to its giver outweigh the sentence's subject (often the company that receives it).
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
        if (words[i - 1].EndsPhrase)
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

            // "investment in Jio Platforms from …": the company the money goes into.
            if (words[i].Lower == "in" && i + 1 < words.Count && sentence.NameAt[i + 1] is { } target && target.First == i + 1 && !words[target.Last].EndsPhrase)
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
        if (sentence.OrganisationAfterDescriptor(i) is not { } receiver || receiver.Last + 1 >= words.Count || words[receiver.Last].EndsPhrase)
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
                return name.First == k && name.Kind != NameKind.Outlet && !name.Possessive ? name.Text : null;
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

    /// <summary>
    /// The buyer of a minority stake sold for the figure ("sold a 2.32 per cent stake in Jio Platforms to Vista Equity Partners for Rs 11,367
    /// crore", "… for $X to Y"): the one who invests, never the seller the sentence opens with. Empty when no buyer is named ("Vodafone has
    /// sold its remaining 3% stake in Indus Towers for $330 million"); null when the figure is no such price, or when a buyer after "to" is
    /// written in a way this rule does not read.
    /// </summary>
    public static string? StakeSaleBuyer(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = MetricRules.MinorityStakeSaleVerb(words, first);
        if (verb < 0)
        {
            return null;
        }

        // A buyer after "to" that this rule cannot read ("to London-headquartered investment firm Arden Partners") is left to the others.
        var next = MetricRules.SkipConversion(words, last);
        var to = Enumerable.Range(verb + 1, first - verb - 1).Append(next).FirstOrDefault(i => i < words.Count && words[i].Lower == "to" && !words[i - 1].EndsPhrase, -1);
        return to < 0 ? "" : sentence.OrganisationAfterDescriptor(to + 1)?.Text;
    }
}
