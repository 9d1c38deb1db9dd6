using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric-and-investor gaps sweep's metric frames (MetricInvestorGapsSweepTests), read before every other rule because later
/// rules read a word elsewhere in the clause ("in its latest funding round", "stake", "support"):
/// <list type="bullet">
/// <item>a valuation compared at both ends: "The company’s valuation plunged in its latest funding round to $6.7 billion compared with
/// the $45.6 billion it achieved", "X's valuation was cut from $45.6 billion to $6.7 billion", "jumped to $X, up from $Y";</item>
/// <item>a market value, a held stake's or a portfolio's value is other: "boosting the New York-based company’s value to about $15.8
/// billion", "lifted the value of the U.S. government’s Intel stake to $13.2 billion", "bringing the market value of the …
/// investment portfolio to about $40.8 billion";</item>
/// <item>money a government or anyone provides "in support / subsidies / grants / aid / incentives" is other;</item>
/// <item>a fund started or seeded with the figure is the starter's investment: "is starting the fund off with $2 billion", "seeded
/// the fund with $X", "anchoring it with $X";</item>
/// <item>money attracted or received from investors no name names is one organisation's raise, a round size: "has successfully
/// attracted 200 billion won ($163 million) from multi-national investors".</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs that move a valuation: "plunged", "was cut", "jumped".</summary>
    private static readonly HashSet<string> _valuationChangeVerbs = new(StringComparer.Ordinal)
    {
        "fell", "falls", "fall", "dropped", "drops", "plunged", "plunges", "plummeted", "slumped", "sank", "tumbled", "declined", "shrank",
        "rose", "rises", "jumped", "jumps", "soared", "soars", "surged", "climbed", "increased", "grew", "doubled", "tripled", "more",
        "cut", "slashed", "lowered", "reduced", "marked", "raised", "lifted", "boosted", "went", "has", "had", "was", "is", "been", "be",
        "to", "from", "down", "up", "in", "its", "their", "latest", "new", "most", "recent", "last", "funding", "financing", "round",
        "this", "year", "the", "a", "about", "around", "roughly", "nearly", "almost", "just", "some", "than", "over", "under", "compared",
        "with", "versus", "vs", "against", "it", "achieved", "reached", "hit", "at", "end", "previous", "prior", "close", "start", "series", "of", "when", "earlier", "ago",
    };

    /// <summary>Words that say the value moved with the shares: a market value, not a round's valuation.</summary>
    private static readonly HashSet<string> _shareMovers = new(StringComparer.Ordinal)
    {
        "shares", "share", "stock", "stocks", "rally", "rallied", "surge", "gains", "gain", "jump", "trading", "market", "listed",
    };

    /// <summary>The metric the sweep's frames decide, or null when none applies.</summary>
    private static Metric? ComparedOrHeldReading(SentenceWords sentence, int first, int last, out bool found)
    {
        found = true;
        if (IsComparedValuation(sentence.Words, first))
        {
            return Metric.Valuation;
        }

        if (IsHeldOrMarketValueRaised(sentence.Words, first))
        {
            return null;
        }

        if (IsProvidedAsSupport(sentence.Words, last))
        {
            return null;
        }

        if (IsFundSeededWith(sentence.Words, first))
        {
            return Metric.Investment;
        }

        if (IsAttractedFromUnnamedInvestors(sentence, first, last) || IsReceivedByACompany(sentence, first, last)
            || IsFundRaise(sentence, first) || IsRaisedFromItsPartners(sentence.Words, first, last))
        {
            return Metric.RoundSize;
        }

        // "gives MAM the right to invest another $4.1B", "with SoftBank planning to invest ¥2 trillion" (MetricRules.RightsAndFundRaises.cs).
        if (IsRightToInvest(sentence.Words, first) || InvestorRules.WithSubjectPlanningToInvest(sentence, first, last) is not null)
        {
            return Metric.Investment;
        }

        found = false;
        return null;
    }

    /// <summary>
    /// "valuation plunged in its latest funding round to $6.7 billion compared with the $45.6 billion", "valuation was cut from $X to
    /// $Y", "valuation jumped to $X, up from $Y": a valuation noun opening the clause, a verb moving it, and only change words up to the
    /// figure, which is right after "to", "from", "with (the)", "versus" or "than".
    /// </summary>
    private static bool IsComparedValuation(List<Word> words, int first)
    {
        if (first < 2 || words[first - 1].Lower is not ("to" or "from" or "with" or "the" or "versus" or "vs" or "than" or "against"))
        {
            return false;
        }

        // Back to the valuation noun: change words, the other figure of the comparison, a date.
        var moved = false;
        for (var i = first - 1; i >= 0 && i >= first - 16; i--)
        {
            var lower = words[i].Lower;

            if (_valuationNouns.Contains(lower) || lower == "valuations")
            {
                return moved && i + 1 < words.Count && !words[i].EndsPhrase;
            }

            moved |= lower is "fell" or "dropped" or "plunged" or "plummeted" or "slumped" or "sank" or "tumbled" or "declined" or "shrank" or "rose"
                or "jumped" or "soared" or "surged" or "climbed" or "increased" or "grew" or "doubled" or "tripled" or "cut" or "slashed"
                or "lowered" or "reduced" or "falls" or "rises" or "jumps" or "soars" or "plunges" or "drops";
            if (!_valuationChangeVerbs.Contains(lower) && !IsComparedMoneyWord(words[i]) && !Lexicon.Months.Contains(lower) && !lower.All(char.IsDigit))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A word of a money figure: "$45.6", "billion", "€6bn", "crore".</summary>
    private static bool IsComparedMoneyWord(Word word) =>
        word.Core.Any(char.IsDigit) || word.Lower is "billion" or "million" or "trillion" or "crore" or "crores" or "lakh" or "bn" or "m" or "mn";

    /// <summary>
    /// "boosting the New York-based company’s value to about $15.8 billion" (after shares moved), "lifted the value of the U.S.
    /// government’s Intel stake to $13.2 billion", "bringing the market value of the investment portfolio to about $40.8 billion": a
    /// value (not a valuation) raised or lowered to the figure, that of a stake, holdings, a portfolio or investments held, or a
    /// company's whose shares moved.
    /// </summary>
    private static bool IsHeldOrMarketValueRaised(List<Word> words, int first)
    {
        var to = first - 1;
        while (to > 0 && words[to].Lower is "about" or "around" or "roughly" or "nearly" or "almost" or "some" or "over" or "more" or "than" or "just")
        {
            to--;
        }

        if (to < 2 || words[to].Lower != "to")
        {
            return false;
        }

        // Back to "value" within the clause: "the value of X's stake", "the company's value", "the market value of".
        var value = -1;
        for (var i = to - 1; i >= 0 && i >= to - 10 && !words[i].EndsPhrase; i--)
        {
            if (words[i].Lower is "value" or "worth")
            {
                value = i;
                break;
            }

            if (words[i].Lower is "valuation" or "valuations" or "raise" or "raised" or "round" or "funding")
            {
                return false;
            }
        }

        if (value < 1)
        {
            return false;
        }

        // What is valued, between "value" and "to": a stake, holdings, a portfolio, investments.
        var held = false;
        for (var i = value + 1; i < to; i++)
        {
            held |= words[i].Lower is "stake" or "stakes" or "holding" or "holdings" or "portfolio" or "portfolios" or "investment" or "investments" or "shares";
        }

        var market = words[value - 1].Lower is "market" or "stock-market";
        var owned = words[value - 1].Possessive || words[value - 1].Lower is "its" or "their";

        // The verb that moved it, right before "the … value": "boosting", "lifted", "bringing", "pushed", "sent".
        var verb = value - 1;
        while (verb >= 0 && verb >= value - 6 && !(words[verb].Lower is "boosting" or "boosted" or "boosts" or "lifting" or "lifted" or "lifts"
                   or "bringing" or "brought" or "brings" or "pushing" or "pushed" or "pushes" or "sending" or "sent" or "taking" or "took"
                   or "raising" or "raised" or "driving" or "drove" or "cutting" or "cut" or "lowering" or "lowered" or "reducing" or "reduced"))
        {
            verb--;
        }

        if (verb < 0 || verb < value - 6)
        {
            return false;
        }

        if (held || market)
        {
            return true;
        }

        // "Shares rose 8%, lifting the company's value to $X", "The rally boosted the company’s value to": a value the shares moved.
        return owned && words.Take(verb).Any(w => _shareMovers.Contains(w.Lower));
    }

    /// <summary>"will provide $X in support to Y", "$X in subsidies", "in grants": public support, not money put in.</summary>
    private static bool IsProvidedAsSupport(List<Word> words, int last)
    {
        var next = SkipConversion(words, last);
        if (next + 1 >= words.Count || words[next].Lower != "in")
        {
            return false;
        }

        var i = next + 1;
        while (i < words.Count && i < next + 4 && words[i].Lower is "federal" or "state" or "government" or "public" or "direct" or "financial"
                   or "tax" or "chips" or "chips-act" or "research" or "additional" or "new")
        {
            i++;
        }

        return i < words.Count && words[i].Lower is "support" or "subsidies" or "subsidy" or "grants" or "grant" or "aid" or "incentives"
            or "credits" or "funding" && (words[i].Lower != "funding" || (i > next + 1 && words[i - 1].Lower is "federal" or "government" or "public" or "state"));
    }

    /// <summary>"is starting the fund off with $2 billion", "seeded the fund with $X", "launched a fund, anchoring it with $X".</summary>
    private static bool IsFundSeededWith(List<Word> words, int first)
    {
        var with = first - 1;
        while (with > 0 && words[with].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "an" or "a" or "initial" or "up" or "to")
        {
            with--;
        }

        if (with < 2 || words[with].Lower != "with")
        {
            return false;
        }

        // Back over "off" and the fund's words to the verb: "starting the fund off", "seed the new fund", "anchoring it".
        for (var i = with - 1; i >= 0 && i >= with - 7 && !words[i].EndsPhrase; i--)
        {
            var lower = words[i].Lower;
            if (lower is "seed" or "seeds" or "seeded" or "seeding" or "anchor" or "anchors" or "anchored" or "anchoring"
                || (lower is "start" or "starts" or "started" or "starting" or "kick" or "kicks" or "kicked" or "kicking" && words[with - 1].Lower == "off"))
            {
                // "seeded it" after a fund: the pronoun stands for the fund named before.
                var span = words.Skip(i + 1).Take(with - i - 1).Select(w => w.Lower).ToList();
                return span.Any(w => w is "fund" or "funds" or "vehicle" or "pool" or "it")
                    && (!span.Contains("it") || words.Take(i).Any(w => w.Lower is "fund" or "vehicle" or "pool"));
            }
        }

        return false;
    }

    /// <summary>
    /// "has successfully attracted 200 billion won ($163 million) from multi-national investors", "received $255 million from investors":
    /// money taken in from investors described but not named is the taker's raise.
    /// </summary>
    private static bool IsAttractedFromUnnamedInvestors(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "over" or "more" or "than" or "a" or "an"
                   or "additional" or "further" or "another" or "total" or "of" or "successfully")
        {
            verb--;
        }

        if (verb < 1 || words[verb].Lower is not ("attracted" or "attracts" or "attract" or "attracting" or "received" or "receives" or "receive"
                or "receiving" or "drew" or "draws" or "garnered" or "garners" or "secured" or "secures" or "mobilised" or "mobilized"))
        {
            return false;
        }

        var from = SkipConversion(words, last);
        if (from >= words.Count || words[from].Lower != "from")
        {
            return false;
        }

        // "early-stage companies in this sector attracted $14.5 billion from investors": many companies' total, a market statistic.
        for (var i = verb - 1; i >= 0 && i >= verb - 8 && !words[i].EndsPhrase; i--)
        {
            if (words[i].Lower is "companies" or "startups" or "start-ups" or "firms" or "businesses" or "sector" or "industry" or "market" or "data")
            {
                return false;
            }
        }

        // Described investors, no name among them: "multi-national investors", "a group of institutional investors", "new and existing".
        for (var i = from + 1; i < words.Count && i <= from + 7; i++)
        {
            if (sentence.NameAt[i] is not null)
            {
                return false;
            }

            if (words[i].Lower is "investors" or "backers" or "shareholders" or "funds" or "institutions" or "investment")
            {
                return i + 1 >= words.Count || words[i].EndsPhrase || words[i + 1].Lower is not ("including" or "such" or "like" or "led" or "as");
            }

            if (words[i].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "point-of-sale system operator KiotViet received 6 million USD in August", "Flexport, collected $935 million in February 2022": a
    /// named company taking in money from no one named, in a period or as funding, is its raise.
    /// </summary>
    private static bool IsReceivedByACompany(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "over" or "more" or "than" or "a" or "an"
                   or "additional" or "further" or "another" or "total" or "of")
        {
            verb--;
        }

        if (verb < 1 || words[verb].Lower is not ("received" or "receives" or "collected" or "collects" or "bagged" or "bags" or "garnered" or "attracted"))
        {
            return false;
        }

        // The company right before the verb ("KiotViet received", "Flexport, collected", "Startup Zepto has received").
        var subject = verb - 1;
        while (subject > 0 && words[subject].Lower is "has" or "had" or "have" or "also" or "recently" or "just" or "successfully")
        {
            subject--;
        }

        if (sentence.NameAt[subject] is not { Kind: NameKind.Organisation } company || AfterAPreposition(words, company.First))
        {
            return false;
        }

        // Then the clause ends, or a period or a funding follows; never a giver, a contract, a grant or a payment.
        var next = SkipConversion(words, last);
        if (words[last].EndsPhrase || next >= words.Count)
        {
            return true;
        }

        return words[next].Lower == "in" && next + 1 < words.Count
            && (Lexicon.Months.Contains(words[next + 1].Lower) || words[next + 1].Core.All(char.IsDigit)
                || words[next + 1].Lower is "funding" or "new" or "fresh" or "series" or "seed" or "equity" or "venture" or "investment" or "investments")
            && !words.Skip(next).Take(8).Any(w => w.Lower is "from" or "grant" or "grants" or "subsidies" or "contract" or "payment" or "payments" or "revenue" or "dividends");
    }

    private static bool AfterAPreposition(List<Word> words, int first) => first > 0 && Lexicon.Prepositions.Contains(words[first - 1].Lower);
}
