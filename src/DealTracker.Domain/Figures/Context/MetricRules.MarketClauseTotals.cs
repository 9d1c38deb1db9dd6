using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-second session (the miss class "market, sector or period totals read as a round or an investment", the largest,
/// met in 16 of the 19 sets issue78–96): the figure's own clause says it is a market's money (convention M4, other), read by the clause's
/// SUBJECT rather than by a phrasing:
/// <list type="bullet">
/// <item>a market's money that changes or reaches the figure: "seed funding to non-AI startups … dipped from $1.64 billion to $1.08
/// billion", "the amount of fundraising … fell … to 939 million euros", "the level of fundraising shot up 34% … to $1.44 billion",
/// "total venture capital injected in the region has gone from $2.2 billion in 2017 to $13.1 billion";</item>
/// <item>many companies or a place that raise, receive or attract it: "Berlin startups raised €531 million …, so far this year they have
/// pulled in €1.48 billion", "London-based start-ups raised a record-breaking £5.6bn of venture capital", "Europe … received more than
/// $115bn in venture capital investment", "the UK secured investments of $24.5bn";</item>
/// <item>money counted over deals: "123.2 million euros were raised in 5 operations", "823 deals and $12.3 billion";</item>
/// <item>a median or an average: "The median pre-seed pre-money valuation … reaching €4.6m".</item>
/// </list>
/// <para>It only turns a round size, an investment or a valuation to other, and never where the figure names its own round or company
/// ("a $40 million Series A", "valued OpenAI at").</para>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of a market's money: "seed funding", "the amount of fundraising", "total venture capital", "AI funding".</summary>
    private static readonly HashSet<string> _marketClauseMoneyNouns = new(StringComparer.Ordinal)
    {
        "funding", "fundraising", "fund-raising", "fundraisings", "investment", "investments", "capital", "financing", "financings", "amount",
        "level", "volume", "volumes", "value", "deals", "inflows", "flows",
    };

    /// <summary>Verbs that move or reach a market's money: "dipped", "rebounded", "shot up", "has gone from", "is expected to reach".</summary>
    private static readonly HashSet<string> _marketMoneyVerbs = new(StringComparer.Ordinal)
    {
        "fell", "dipped", "dropped", "declined", "rebounded", "rose", "grew", "jumped", "surged", "shot", "climbed", "reached", "hit", "totalled",
        "totaled", "stood", "amounted", "came", "gone", "went", "increased", "decreased", "doubled", "halved", "plunged", "slumped", "soared",
        "reach", "recovered", "tumbled", "slid", "sank", "plummeted", "contracted", "expanded",
    };

    /// <summary>Words before a singular money noun that make it a market's: "seed funding", "VC investment", "total venture capital".</summary>
    private static readonly HashSet<string> _marketMoneyModifiers = new(StringComparer.Ordinal)
    {
        "seed", "venture", "vc", "startup", "start-up", "total", "overall", "ai", "fintech", "private", "foreign", "early-stage", "late-stage",
        "growth", "global", "tech", "equity", "angel", "aggregate", "combined", "cumulative", "annual", "quarterly", "deal", "series",
    };

    /// <summary>Plural nouns for many companies raising at once: "Berlin startups", "European start-ups", "fintechs".</summary>
    private static readonly HashSet<string> _raisingCrowds = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "scaleups", "scale-ups", "companies", "firms", "founders", "fintechs", "ventures", "businesses", "they",
    };

    /// <summary>Verbs a crowd or a place raises or receives money with: "raised", "pulled in", "received", "attracted", "secured".</summary>
    private static readonly HashSet<string> _crowdMoneyVerbs = new(StringComparer.Ordinal)
    {
        "raised", "raise", "raising", "pulled", "received", "receive", "attracted", "attract", "secured", "drew", "bagged", "collected", "got",
        "saw", "mopped", "amassed", "garnered", "captured", "landed",
    };

    /// <summary>Words that stop the look back for the clause's subject: a new clause or a relative one.</summary>
    private static readonly HashSet<string> _clauseOpeners = new(StringComparer.Ordinal)
    {
        "while", "whereas", "but", "which", "who", "that", "after", "when", "although", "though", "as", "with", "including",
    };

    /// <summary>
    /// Whether the figure at words <paramref name="first"/>..<paramref name="last"/> is a market's money by its clause's subject (see the
    /// class summary); the caller only asks for a round size, an investment or a valuation.
    /// </summary>
    internal static bool IsMarketClauseTotal(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first <= 0 || last >= words.Count)
        {
            return false;
        }

        // The figure's own noun decides: "a $40 million Series A round", "a $5 billion valuation", "a $2 billion stake".
        var after = SkipConversion(words, last);
        if (after < words.Count && !words[last].EndsPhrase && words[after].Lower is "round" or "series" or "seed" or "valuation" or "post-money" or "pre-money" or "stake" or "investment"
            or "fund" or "raise" or "funding" or "deal" or "ipo" or "offering" or "injection")
        {
            return false;
        }

        // "had raised $100 million or more in a single round", "raised $300 million in a joint round": a round named after the figure.
        if (Enumerable.Range(after, 6).Any(i => i < words.Count && words[i].Lower is "round" or "rounds" && !(i > 0 && char.IsDigit(words[i - 1].Core.FirstOrDefault()))))
        {
            return false;
        }

        // "123.2 million euros were raised in 5 operations", "$X across 87 deals": money counted over deals after the figure.
        if (CountedOverDeals(words, after))
        {
            return true;
        }

        // Back over the clause to the verb nearest the figure, stopping at a new clause.
        var verb = -1;
        for (var k = first - 1; k >= 0 && first - k <= 16; k--)
        {
            var lower = words[k].Lower;
            if (k < first - 1 && (words[k].After is ';' or ':' or '—' or '–' || (words[k].EndsPhrase && words[k].After != ',')))
            {
                break;
            }

            if (_clauseOpeners.Contains(lower) && k < first - 1 && !(lower == "as" && k + 1 < words.Count && words[k + 1].Lower == "of"))
            {
                break;
            }

            // "The median pre-seed pre-money valuation … reaching €4.6m", "the average ticket": a statistic over many deals.
            if (lower is "median" or "average" or "mean")
            {
                return true;
            }

            if (_marketMoneyVerbs.Contains(lower) || _crowdMoneyVerbs.Contains(lower))
            {
                verb = k;
                break;
            }
        }

        if (verb < 1)
        {
            return false;
        }

        // The verb's subject: back over auxiliaries and adverbs ("they have pulled in", "so far this year they have").
        var subject = verb - 1;
        while (subject >= 0 && words[subject].Lower is "has" or "have" or "had" or "also" or "reportedly" or "together" or "collectively" or "already"
                   or "jointly" or "just" or "only" or "now" or "recently" or "will" or "would" or "could" or "is" or "are" or "was" or "were" or "been"
                   or "expected" or "to" or "set" or "likely" or "further" or "more" or "than" && !words[subject].EndsPhrase)
        {
            subject--;
        }

        // A subject that ends a phrase is one only when it is the word right before the verb and ends with a comma.
        if (subject < 0 || (words[subject].EndsPhrase && (words[subject].After != ',' || subject != verb - 1)))
        {
            return false;
        }

        // A market's money moving or reaching the figure: "seed funding dipped", "AI funding has rebounded", "the amount of fundraising fell".
        if (_marketMoneyVerbs.Contains(words[verb].Lower))
        {
            var noun = MarketMoneyHead(words, subject);
            return noun >= 0 && !IsOneCompanysMoney(sentence, noun) && IsMarketsMoneyNoun(words, noun, verb);
        }

        // Many companies raising ("Berlin startups raised", "they have pulled in" after them), or a place receiving or attracting; not
        // the end of an appositive ("Anthropic, one of the world's hottest AI startups, raised", "…, based in Costa Mesa, California, secured").
        var head = words[subject].Lower;
        if (words[subject].EndsPhrase)
        {
            return false;
        }

        if (_raisingCrowds.Contains(head) && !words[subject].IsCapitalised && sentence.NameAt[subject] is null)
        {
            return head != "they" || CrowdBefore(words, subject);
        }

        // "The National Investment and Infrastructure Fund (NIIF) of India has received": a place after "of" qualifies a name; money
        // "from" or "by" a named giver is one deal.
        return words[verb].Lower is not ("raised" or "raise" or "raising" or "landed" or "bagged") && IsPlaceSubject(sentence, subject)
            && !(subject > 0 && words[subject - 1].Lower == "of") && !NamedGiverAfter(sentence, after);
    }

    /// <summary>"$100 million by Asian Development Bank", "US$15 million from Templeton": a named giver right after the figure.</summary>
    private static bool NamedGiverAfter(SentenceWords sentence, int after)
    {
        var words = sentence.Words;
        for (var i = after; i + 1 < words.Count && i < after + 4; i++)
        {
            if (words[i].Lower is "from" or "by" && sentence.NameAt[i + 1] is { Kind: NameKind.Organisation })
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

    /// <summary>
    /// The money noun heading the subject that ends at <paramref name="subject"/>: the word itself ("AI funding"), or the noun before a
    /// phrase that says whose money it is ("funding to African startups", "the amount of fundraising", "investment in Indian startups"); -1.
    /// </summary>
    private static int MarketMoneyHead(IReadOnlyList<Word> words, int subject)
    {
        if (_marketClauseMoneyNouns.Contains(words[subject].Lower))
        {
            // "the amount of fundraising": the measure's noun.
            return subject >= 2 && words[subject - 1].Lower == "of" && words[subject - 2].Lower is "amount" or "level" or "volume" or "value" ? subject - 2 : subject;
        }

        for (var k = subject - 1; k >= 1 && subject - k <= 4 && !words[k].EndsPhrase; k--)
        {
            if (words[k].Lower is "to" or "in" or "into" or "for" or "of" && _marketClauseMoneyNouns.Contains(words[k - 1].Lower))
            {
                return k - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the money noun at <paramref name="k"/> is a market's: a plural ("deals", "inflows"), "the amount / level / volume / value of",
    /// or a singular noun a market word modifies ("seed funding", "total venture capital") or a crowd or place follows ("funding to
    /// African startups", "investment in Indian startups") before the verb at <paramref name="verb"/>.
    /// </summary>
    private static bool IsMarketsMoneyNoun(IReadOnlyList<Word> words, int k, int verb)
    {
        var lower = words[k].Lower;
        if (lower is "deals" or "inflows" or "flows" or "investments" or "financings" or "fundraisings")
        {
            return true;
        }

        if (lower is "value" or "amount" or "level" or "volume" or "volumes")
        {
            return k + 1 < words.Count && words[k + 1].Lower == "of";
        }

        for (var m = k - 1; m >= 0 && k - m <= 3 && !words[m].EndsPhrase; m--)
        {
            if (_marketMoneyModifiers.Contains(words[m].Lower))
            {
                return true;
            }
        }

        return Enumerable.Range(k + 1, Math.Max(0, verb - k - 1)).Any(i => _raisingCrowds.Contains(words[i].Lower) && words[i].Lower != "they");
    }

    /// <summary>"in 5 operations", "across 87 deals", "over 40 transactions", "from 100 rounds": money counted over several deals.</summary>
    private static bool CountedOverDeals(IReadOnlyList<Word> words, int after)
    {
        for (var i = after; i + 2 < words.Count && i < after + 5; i++)
        {
            if (words[i].Lower is "in" or "across" or "over" or "from" or "through" && char.IsDigit(words[i + 1].Core.FirstOrDefault())
                && words[i + 2].Lower is "operations" or "deals" or "transactions" or "rounds" or "financings")
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

    /// <summary>"OpenAI's funding", "the company's investment": one company's own money, not a market's.</summary>
    private static bool IsOneCompanysMoney(SentenceWords sentence, int noun)
    {
        var words = sentence.Words;
        for (var k = noun - 1; k >= 0 && noun - k <= 3; k--)
        {
            if (words[k].Possessive || words[k].Lower is "its" or "their" or "his" or "her")
            {
                return sentence.NameAt[k] is null || !Lexicon.Places.Contains(sentence.NameAt[k]!.Text);
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A place as the subject: "Europe", "the UK", "London-based start-ups" is read as a crowd already.</summary>
    private static bool IsPlaceSubject(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        var start = k;
        while (start > 0 && k - start < 3 && words[start - 1].IsCapitalised && !words[start - 1].EndsPhrase)
        {
            start--;
        }

        // "Huy Vietnam got US$15 million": a place closing a company's name is no place.
        return words[k].IsCapitalised && sentence.NameAt[k] is not { Kind: NameKind.Organisation or NameKind.Person }
            && (Lexicon.PlaceLength(words, start) == k - start + 1 || TargetPlaceLength(words, start) == k - start + 1
                || (start == k && Lexicon.Places.Contains(words[k].Core)));
    }

    /// <summary>"Berlin startups raised €531 million …, so far this year they have pulled in": "they" stands for a crowd named before.</summary>
    private static bool CrowdBefore(IReadOnlyList<Word> words, int they) =>
        Enumerable.Range(0, they).Any(i => _raisingCrowds.Contains(words[i].Lower) && words[i].Lower != "they" && !words[i].IsCapitalised);
}
