using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Cues written right beside the figure that no wider frame may overrule, read after every metric rule (issue 12's own words):
/// <list type="bullet">
/// <item>"a valuation of $X", "valued at $X", "valuing it at $X" is a valuation even inside a raise or a listing ("is seeking a
/// valuation of about $4.7 billion in the listing");</item>
/// <item>money raised "at $X" is the valuation the money was raised at ("last raised money at $15.2 billion");</item>
/// <item>"the $X it was valued at" is a valuation ("double the $400 million it was valued at in January 2019");</item>
/// <item>an estimate, a price target, a forecast, an offer or a dividend raised to or from $X is no round ("UBS raising estimates to
/// $265");</item>
/// <item>money a company raises "in seed investment" or "in investment" is its round, not an investment by itself ("Spyke Games managed
/// to raise a record $55 million in seed investment");</item>
/// <item>money raised "before the IPO" or "in its first two years" is a total to date (M5), and the parts a loan "includes" are loans
/// (M6);</item>
/// <item>capital expenditure is other (M3: "$24.3 billion in Q1 capital expenditures"); a company's own convertible note, capital
/// raising, entitlement offer or bond-market borrowing is a round size (M5: "signed a $1.1B convertible note");</item>
/// <item>a whole company bought "for $X" is other, whoever sells it (convention M1: "plans to buy Japan Renewable Energy for about 200
/// billion yen … from Goldman Sachs"); a stake, shares or a percentage bought stay investments;</item>
/// <item>money many raised "each" is a threshold of many, other ("three European managers raised more than $1 billion each");</item>
/// <item>an investment no investor is named for that a market, a period or many startups add up to is other (issue 12's convention M4:
/// "total capital invested into European tech startups is estimated to plummet to $45 billion in 2023", "81 startups secured new
/// investments exceeding 409.4 billion won", "a net $7.1 billion was invested in US stocks in Q2"; <see cref="IsUnattributedTotal"/>,
/// read once the investor is known);</item>
/// <item>an invest verb right before money going into a named company or a round is an investment when the rules find its giver
/// (<see cref="IsInvestVerbRightBefore(SentenceWords, int, int, int)"/>, read in ContextReader with the investor rules).</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words a figure's own hedge or article may put between a cue and the amount: "a valuation of about $X".</summary>
    private static readonly HashSet<string> _clearCueFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "about", "around", "roughly", "nearly", "almost", "approximately", "some", "over", "more", "than", "up", "to",
        "as", "much", "at", "least", "just", "under", "below", "above", "estimated", "reported", "record", "whopping", "mere", "another",
        "additional", "further", "total", "of",
    };

    /// <summary>Nouns whose raising moves a number, not money into a company: "raising estimates to $265", "raised its offer to $X".</summary>
    private static readonly HashSet<string> _raisedNonMoneyNouns = new(StringComparer.Ordinal)
    {
        "estimate", "estimates", "forecast", "forecasts", "guidance", "outlook", "projection", "projections", "offer", "bid", "dividend",
        "dividends", "rating", "ratings", "price", "prices", "wage", "wages", "salary", "salaries", "fee", "fees", "tariff", "tariffs",
    };

    /// <summary>The verbs of raising a number or money: "raise", "raised", "hiked", "lifted".</summary>
    private static readonly HashSet<string> _clearRaiseVerbs = new(StringComparer.Ordinal) { "raise", "raised", "raises", "raising", "hiked", "lifted", "lifting" };

    /// <summary>The metric a cue beside the figure gives over the rules' <paramref name="metric"/>; the rules' metric when no cue does.</summary>
    internal static Metric? ClearCueReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        var words = sentence.Words;
        if (first <= 0 || first >= words.Count || last >= words.Count)
        {
            return metric;
        }

        var cue = first - 1;
        while (cue > 0 && _clearCueFillers.Contains(words[cue].Lower) && !words[cue - 1].EndsPhrase)
        {
            cue--;
        }

        // "a valuation of about $4.7 billion in the listing": read as a round by the listing after it.
        if (metric == Metric.RoundSize && IsValuationCueAt(words, cue, first))
        {
            return Metric.Valuation;
        }

        // "last raised money at $15.2 billion", "raised funds at $5 billion".
        if (metric == Metric.RoundSize && first >= 3 && words[first - 1].Lower == "at" && !words[first - 2].EndsPhrase
            && words[first - 2].Lower is "money" or "funds" or "capital" or "cash" && _clearRaiseVerbs.Contains(words[first - 3].Lower))
        {
            return Metric.Valuation;
        }

        // "the $400 million it was valued at", "the $2 billion that the company was valued at".
        if (metric != Metric.Valuation && IsValuedAtAfter(words, last))
        {
            return Metric.Valuation;
        }

        // "UBS raising estimates to $265", "raised its price target from $250".
        if (metric == Metric.RoundSize && IsRaisedNonMoney(words, first))
        {
            return null;
        }

        // "three European managers raised more than $1 billion each": money many raised or put in, one amount each.
        if (metric is Metric.RoundSize or Metric.Investment && last + 1 < words.Count && words[last + 1].Lower == "each" && !words[last].EndsPhrase
            && words.Take(first).Any(w => _crowdNouns.Contains(w.Lower) || w.Lower is "managers" or "funds" or "investors" or "banks" or "rounds" or "deals"))
        {
            return null;
        }

        // "has raised about $660 million before the IPO", "after raising only US $18 million in its first two years": money raised up to
        // an event or over a span of years is a total to date (convention M5).
        if (metric is Metric.RoundSize && IsRaisedUpToAnEvent(words, first, last))
        {
            return null;
        }

        // "The one-year $15 billion bridge loan … includes $1.35 billion from Mizuho": the parts of a loan are loans (convention M6).
        if (metric is Metric.RoundSize or Metric.Investment && IsPartOfALoan(words, first))
        {
            return null;
        }

        // "plans to buy Japan Renewable Energy for about 200 billion yen … from Goldman Sachs", "has been acquired by Edenred for £1.15
        // billion": a whole company bought is other, whoever sells it (convention M1); a stake, shares or a percentage bought stay investments.
        if (metric == Metric.Investment && IsWholeCompanyBought(words, first))
        {
            return null;
        }

        // "$24.3 billion in Q1 capital expenditures", "spend $52 billion to $56 billion in capital expenditures", "capex of $X": a
        // company's own spending budget is other (convention M3).
        if (metric is not null && IsCapitalExpenditure(words, first, last))
        {
            return null;
        }

        // "signed a $1.1B convertible note", "is undertaking a $550 million capital raising", "seeking to borrow $15 billion from the
        // US investment-grade bond market": a company's own convertible, capital raising or bond sale is a round size (convention M5).
        if (metric is null && IsOwnSecuritiesRaise(words, first, last))
        {
            return Metric.RoundSize;
        }

        // "raise a record $55 million in seed investment": the raiser's round.
        if (metric == Metric.Investment && _clearRaiseVerbs.Contains(words[cue].Lower) && words[cue].Lower is not ("hiked" or "lifted" or "lifting")
            && IsInInvestmentAfter(words, last))
        {
            return Metric.RoundSize;
        }

        return metric;
    }

    /// <summary>Whether the words ending at <paramref name="cue"/> before the figure say "valuation of", "valued at" or "valuing it at".</summary>
    private static bool IsValuationCueAt(List<Word> words, int cue, int first)
    {
        for (var i = Math.Max(0, cue - 1); i < first; i++)
        {
            if (i > 0 && words[i - 1].EndsPhrase && i > cue)
            {
                return false;
            }

            if (words[i].Lower is "valuation" or "valuations" && i + 1 < first && words[i + 1].Lower is "of" or "at" && !words[i].EndsPhrase)
            {
                return true;
            }

            if (words[i].Lower is "valued" && i + 1 < first && words[i + 1].Lower == "at" && !words[i].EndsPhrase)
            {
                return true;
            }
        }

        return cue >= 2 && words[cue].Lower == "at" && words[cue - 2].Lower is "valuing" or "values" && !words[cue - 1].EndsPhrase;
    }

    /// <summary>"the $400 million it was valued at": the figure followed by a relative clause saying something was valued at it.</summary>
    private static bool IsValuedAtAfter(List<Word> words, int last)
    {
        if (words[last].EndsPhrase)
        {
            return false;
        }

        var i = last + 1;
        if (i < words.Count && words[i].Lower is "that" or "which")
        {
            i++;
        }

        // The subject: "it", "the company", "Paytm", "the startup".
        var subjectEnd = Math.Min(words.Count, i + 3);
        while (i < subjectEnd && words[i].Lower is not ("was" or "is" or "had" or "has") && !words[i].EndsPhrase)
        {
            i++;
        }

        if (i >= words.Count || words[i].Lower is not ("was" or "is" or "had" or "has"))
        {
            return false;
        }

        i++;
        if (i < words.Count && words[i].Lower == "been")
        {
            i++;
        }

        return i + 1 < words.Count && words[i].Lower == "valued" && words[i + 1].Lower == "at"
            && (i + 2 == words.Count || words[i + 1].EndsPhrase || words[i + 2].Lower is "in" or "on" or "when" or "during" or "last" or "before" or "after" or "a" or "the" or "back" or "just" or "only");
    }

    /// <summary>Whether "to" or "from" before the figure ends a raise of a number that is no money into a company ("raising estimates to $265").</summary>
    private static bool IsRaisedNonMoney(List<Word> words, int first)
    {
        if (first < 3 || words[first - 1].Lower is not ("to" or "from"))
        {
            return false;
        }

        for (var i = first - 2; i >= Math.Max(1, first - 6); i--)
        {
            if (words[i].EndsPhrase && i < first - 2)
            {
                return false;
            }

            if (_raisedNonMoneyNouns.Contains(words[i].Lower))
            {
                // "price" must be a price ("its price target", "share price"), not "a purchase price" of a deal read as a round.
                for (var v = i - 1; v >= Math.Max(0, i - 4); v--)
                {
                    if (_clearRaiseVerbs.Contains(words[v].Lower))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>"… $55 million in seed investment", "… $10 million in new investment": the money raised is named an investment after it.</summary>
    private static bool IsInInvestmentAfter(List<Word> words, int last)
    {
        var i = last + 1;
        if (i >= words.Count || words[last].EndsPhrase || words[i].Lower != "in")
        {
            return false;
        }

        for (var j = i + 1; j < Math.Min(words.Count, i + 5); j++)
        {
            if (words[j].Lower is "investment" or "investments")
            {
                return j + 1 >= words.Count || words[j].EndsPhrase || words[j + 1].Lower is not ("from" or "by");
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Change or total verbs of a market's money: "plummet to", "fell to", "topped", "amounted to".</summary>
    private static readonly HashSet<string> _totalMoveVerbs = new(StringComparer.Ordinal)
    {
        "fell", "fall", "falls", "plummet", "plummeted", "plummets", "plunged", "dropped", "declined", "slumped", "rose", "rise", "rises",
        "grew", "surged", "jumped", "climbed", "soared", "reached", "hit", "topped", "amounted", "totalled", "totaled", "stood", "exceeded",
        "exceeding", "surpassed", "doubled", "halved",
    };

    /// <summary>Nouns of a market's money: "investments", "capital invested", "investment volumes", "funding".</summary>
    private static readonly HashSet<string> _totalMoneyNouns = new(StringComparer.Ordinal)
    {
        "investments", "investment", "capital", "funding", "volumes", "volume", "inflows", "financing", "vc",
    };

    /// <summary>
    /// Whether an investment figure no investor is named for is a market's or a period's total (other): a change or total verb and a
    /// period ("plummet to $45 billion in 2023", "the new investment size fell to 284.8 billion won"), a count of startups ("81 startups
    /// secured new investments exceeding 409.4 billion won"), "a net $X" or capital invested as a whole ("venture capital invested: over
    /// $20 billion").
    /// </summary>
    internal static bool IsUnattributedTotal(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (first <= 0 || last >= words.Count)
        {
            return false;
        }

        var from = Math.Max(floor, first - 12);
        for (var k = first - 1; k > from; k--)
        {
            if (words[k - 1].After is ';' or '—' or '–')
            {
                from = k;
                break;
            }
        }

        var window = words.Skip(from).Take(first - from).ToList();

        // "a net $7.1 billion was invested".
        if (first >= 2 && words[first - 1].Lower == "net" && words[first - 2].Lower == "a")
        {
            return true;
        }

        // "the venture capital invested: over $20 billion", "total capital invested into … is estimated to plummet to $45 billion".
        var capitalInvested = window.Zip(window.Skip(1)).Any(p => p.First.Lower == "capital" && p.Second.Lower == "invested");

        // "81 startups secured", "166 Israeli startups raised".
        var counted = window.Select((w, k) => (w, k)).Any(p => _crowdNouns.Contains(p.w.Lower)
            && window.Take(p.k).TakeLast(2).Any(n => n.Core.Length is > 0 and < 4 && n.Core.All(char.IsDigit)));

        var moves = window.Any(w => _totalMoveVerbs.Contains(w.Lower));
        var marketMoney = window.Any(w => _totalMoneyNouns.Contains(w.Lower));
        var after = words.Skip(last + 1).Take(6).ToList();
        var period = HasPeriod(window) || HasPeriod(after);
        // "Its investments in the startup reached $2 billion": one holder's money, though no investor is named.
        var owned = window.Any(w => w.Lower is "its" or "their" or "his" or "her" or "our" || w.Possessive);
        var crowd = window.Any(w => _crowdNouns.Contains(w.Lower));
        return capitalInvested || (counted && (moves || period || marketMoney)) || (!owned && (moves || crowd) && marketMoney && period);
    }

    /// <summary>"in 2023", "in February", "in Q2", "a year earlier", "last year", "in the first quarter".</summary>
    private static bool HasPeriod(List<Word> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var lower = words[k].Lower;
            if (lower is "in" or "during" or "for" && k + 1 < words.Count
                && ((words[k + 1].Core.Length == 4 && words[k + 1].Core.All(char.IsDigit)) || Lexicon.Months.Contains(words[k + 1].Lower)
                    || words[k + 1].Lower is "q1" or "q2" or "q3" or "q4" or "h1" or "h2"
                    || (words[k + 1].Lower == "the" && k + 3 < words.Count && words[k + 3].Lower is "quarter" or "half")))
            {
                return true;
            }

            if (lower is "year" or "quarter" && k > 0 && words[k - 1].Lower is "last" or "a" && (lower == "quarter" || k + 1 >= words.Count || words[k - 1].Lower == "last" || words[k + 1].Lower is "earlier" or "ago"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… before the IPO", "… ahead of its listing", "… in its first two years": what was raised up to an event or over years.</summary>
    private static bool IsRaisedUpToAnEvent(List<Word> words, int first, int last)
    {
        var raised = words.Skip(Math.Max(0, first - 4)).Take(Math.Min(first, 4)).Any(w => w.Lower is "raised" or "raising" or "raises");
        if (!raised || words[last].EndsPhrase)
        {
            return false;
        }

        var after = words.Skip(last + 1).Take(5).Select(w => w.Lower).ToList();
        var text = string.Join(' ', after);
        return text.StartsWith("before the ipo", StringComparison.Ordinal) || text.StartsWith("before its ipo", StringComparison.Ordinal)
            || text.StartsWith("ahead of its ipo", StringComparison.Ordinal) || text.StartsWith("prior to its ipo", StringComparison.Ordinal)
            || text.StartsWith("before the listing", StringComparison.Ordinal) || text.StartsWith("before its listing", StringComparison.Ordinal)
            || text.StartsWith("before going public", StringComparison.Ordinal)
            || (after.Count >= 4 && after[0] is "in" or "over" or "during" && after[1] is "its" or "their" or "the" && after[2] is "first" or "past" or "last"
                && (after[3] is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "few" or "several"
                    || after[3].All(char.IsDigit)) && after.Count >= 5 && after[4] is "years" or "rounds");
    }

    /// <summary>"The one-year $15 billion bridge loan … includes $1.35 billion from Mizuho, $1.25 billion from SMBC": a loan's parts.</summary>
    private static bool IsPartOfALoan(List<Word> words, int first)
    {
        // The list verb right before the figure, or before an earlier item of the list ("…, $1.25 billion from SMBC and $1 billion from
        // JPMorgan"), with money between.
        var verb = -1;
        for (var k = first - 1; k >= Math.Max(0, first - 12); k--)
        {
            if (words[k].Lower is "includes" or "including" or "comprises" or "comprising" or "include" || (words[k].Lower == "consists" && k >= first - 3))
            {
                verb = k;
                break;
            }
        }

        if (verb < 0 || (verb < first - 3 && !words.Skip(verb + 1).Take(first - verb - 1).Any(w => w.Core.Length > 0 && w.Core[0] is '$' or '€' or '£' or '¥')))
        {
            return false;
        }

        return words.Take(verb).TakeLast(25).Any(w => w.Lower is "loan" or "loans" or "borrowing" or "borrowings" or "overdraft")
            && !words.Take(verb).Any(w => w.Lower is "round" or "equity" or "shares" or "convertible" or "bonds" or "notes");
    }

    /// <summary>
    /// Verbs of buying ("buy", "acquired", "purchase"), whose object may also be land or a company rather than compute: "buying land",
    /// "agreed to buy Aligned Data Centers", "acquired data center operator CyrusOne in a take-private deal valued at $15B".
    /// </summary>
    private static readonly HashSet<string> _clearBuyVerbs = new(StringComparer.Ordinal)
    {
        "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "purchase", "purchases", "purchased", "purchasing",
    };

    /// <summary>Words that make what is bought a part of a company: "a 20% stake", "shares", "a minority interest".</summary>
    private static readonly HashSet<string> _partWords = new(StringComparer.Ordinal)
    {
        "stake", "stakes", "share", "shares", "percent", "per", "interest", "interests", "holding", "holdings", "equity", "minority", "stock",
        "stocks", "units", "bonds", "notes", "assets", "portfolio", "tranche", "part", "half", "third", "quarter", "majority", "securities",
    };

    /// <summary>"buy X for $Y", "X has been acquired by Z for $Y": the figure after "for" and a buy verb whose object is no part of a company.</summary>
    private static bool IsWholeCompanyBought(List<Word> words, int first)
    {
        var k = first - 1;
        while (k > 0 && words[k].Lower is "about" or "around" or "roughly" or "nearly" or "almost" or "approximately" or "some" or "an" or "a" or "estimated" or "up" or "to")
        {
            k--;
        }

        if (k < 2 || words[k].Lower != "for")
        {
            return false;
        }

        for (var v = k - 1; v >= Math.Max(0, k - 14); v--)
        {
            if (words[v].EndsPhrase && words[v].After is ';' or '—' or '–' or ':')
            {
                return false;
            }

            if (_clearBuyVerbs.Contains(words[v].Lower))
            {
                var between = words.Skip(v + 1).Take(k - v - 1).ToList();
                var passive = words[v].Lower is "acquired" or "bought" or "purchased" && v >= 1 && words[v - 1].Lower is "been" or "was" or "is" or "be" or "being";

                // "A 37.4% interest in Adani Gas Ltd. was purchased by Total for $600 million": the passive's object stands before it.
                if (passive && words.Take(v).Any(w => _partWords.Contains(w.Lower) || w.Core.EndsWith('%')))
                {
                    return false;
                }

                return between.Count > 0 && (passive || between.Any(w => w.IsCapitalised))
                    && !between.Any(w => _partWords.Contains(w.Lower) || w.Core.EndsWith('%'))
                    && !words.Skip(Math.Max(0, v - 3)).Take(Math.Min(v, 3)).Any(w => w.Lower is "invest" or "invested" or "investing");
            }
        }

        return false;
    }

    /// <summary>Verbs of putting money in, right before the figure: "invested", "injecting", "lay out".</summary>
    private static readonly HashSet<string> _clearInvestVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "inject", "injects", "injected", "injecting", "pump", "pumps", "pumped", "pumping",
        "plough", "ploughs", "ploughed", "ploughing", "plow", "plowed", "pour", "pours", "poured", "pouring",
    };

    /// <summary>"invested $X", "investing an additional $X", "lay out $X", "backing Anthropic with a further $X": an invest verb before the figure.</summary>
    internal static bool IsInvestVerbRightBefore(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (!IsInvestVerbRightBefore(words, first) || ConventionReading(sentence, first, last, floor) is not null)
        {
            return false;
        }

        // Money put into a named company ("in Commonwealth Fusion Systems", "in San Francisco-based Cruise"), a round it leads ("to lead
        // the latest financing round") or a company backed with it; not a country, a plant, chips or a programme, which the older rules
        // read on their own (SpendingInPlaces, PooledMoney, Compute).
        if (!IntoANamedCompanyOrRound(sentence, first, last))
        {
            return false;
        }

        // Totals and thresholds the conventions leave to other (M4, M6): "collectively invested over $73 billion across asset classes",
        // "will invest $1 million or more in 149 well-known startups", "inject up to Rs 10 crore debt".
        var after = words.Skip(last + 1).Take(8).ToList();
        var before = words.Skip(Math.Max(0, first - 5)).Take(Math.Min(first, 5)).ToList();
        return !before.Any(w => w.Lower is "collectively" or "combined" or "together" or "jointly" or "cumulatively")
            && !after.Any(w => w.Lower is "across" or "debt" or "loan" or "loans" or "each")
            && !(after.Count >= 2 && after[0].Lower == "or" && after[1].Lower is "more" or "above")
            && !(last >= 1 && words[last].Lower is "more" or "above" && words[last - 1].Lower == "or")
            && !after.Zip(after.Skip(1)).Any(p => p.First.Core.Length > 0 && p.First.Core.All(char.IsDigit) && p.Second.Lower.EndsWith('s'));
    }

    private static bool IsInvestVerbRightBefore(List<Word> words, int first)
    {
        var k = first - 1;
        while (k > 0 && words[k].Lower is "a" or "an" or "further" or "additional" or "another" or "extra" or "total" or "of" or "more" or "than"
            or "about" or "around" or "roughly" or "nearly" or "almost" or "approximately" or "over" or "up" or "to" or "as" or "much" or "some"
            or "fresh" or "new" or "capital" or "worth")
        {
            k--;
        }

        if (k < 0 || words[k].EndsPhrase)
        {
            return false;
        }

        if (_clearInvestVerbs.Contains(words[k].Lower))
        {
            // "invested capital worth Rs. 1,696 crore" passes; "invested in" a fund "worth $X" does not reach here.
            return true;
        }

        // "lay out $X", "laid out $X", "put in $X".
        if (words[k].Lower is "out" or "in" && k >= 1 && words[k - 1].Lower is "lay" or "lays" or "laid" or "laying" or "put" or "puts" or "putting")
        {
            return true;
        }

        // "backing Anthropic with a further $1 billion".
        if (words[k].Lower == "with")
        {
            for (var v = k - 1; v >= Math.Max(0, k - 6); v--)
            {
                if (words[v].Lower is "backing" or "backed" or "backs" or "back" or "funding" or "funded" or "supporting" or "supported")
                {
                    return words.Skip(v + 1).Take(k - v - 1).Any(w => w.IsCapitalised);
                }

                if (words[v].EndsPhrase)
                {
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>"… $X in Commonwealth Fusion Systems", "… $X into San Francisco-based Cruise", "… $X to lead the round", "backing Anthropic with $X".</summary>
    private static bool IntoANamedCompanyOrRound(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var w = first - 1;
        while (w > 0 && words[w].Lower is "a" or "an" or "further" or "additional" or "another" or "extra" or "fresh" or "new")
        {
            w--;
        }

        if (w >= 0 && words[w].Lower == "with")
        {
            return true;
        }

        var k = last + 1;
        while (k < words.Count && k - last <= 3 && words[k].Lower is "of" or "capital" or "cash" or "equity" or "worth" or "more" or "in" && !(words[k].Lower == "in" && k > last + 1))
        {
            if (words[k].Lower == "in")
            {
                break;
            }

            k++;
        }

        if (k + 1 >= words.Count || words[k - 1].EndsPhrase)
        {
            return false;
        }

        if (words[k].Lower is "in" or "into")
        {
            for (var j = k + 1; j < words.Count && j - k <= 4; j++)
            {
                if (sentence.NameAt[j] is { } name)
                {
                    // "in Nvidia chips": a name that only modifies goods bought is no company invested in.
                    var goods = name.Last + 1 < words.Count && !words[name.Last].EndsPhrase && words[name.Last + 1].Lower is "chips" or "gpus"
                        or "servers" or "hardware" or "products" or "shares" or "stock" or "bonds" or "notes" or "equipment" or "systems" or "devices"
                        or "technology" or "cloud" or "capacity" or "infrastructure" or "processors" or "accelerators" or "stores" or "plants" or "factories";
                    return name.Kind == NameKind.Organisation && name.First == j && !Lexicon.Places.Contains(words[j].Core) && !goods;
                }

                if (words[j].EndsPhrase || words[j].Lower is "the" or "a" or "an" or "its" or "their")
                {
                    return false;
                }
            }

            return false;
        }

        return words[k].Lower == "to" && words[k + 1].Lower is "lead" or "co-lead" or "anchor" && words.Skip(k + 2).Take(4).Any(w => w.Lower is "round" or "financing" or "fundraise" or "funding");
    }

    /// <summary>"$X in (Q1) capital expenditure(s)", "capex of $X", "capital expenditure of $X", "$X capex".</summary>
    private static bool IsCapitalExpenditure(List<Word> words, int first, int last)
    {
        var after = words.Skip(last + 1).Take(4).Select(w => w.Lower).ToList();
        if (!words[last].EndsPhrase && after.Count > 0 && after[0] is "capex" or "capital-expenditure")
        {
            return true;
        }

        if (!words[last].EndsPhrase && after.Count >= 3 && after[0] == "in" && (after[1] is "capital" && after[2] is "expenditure" or "expenditures" or "spending"
            || (after.Count >= 4 && after[2] is "capital" && after[3] is "expenditure" or "expenditures" or "spending") || after[1] is "capex"))
        {
            return true;
        }

        var k = first - 1;
        while (k > 0 && words[k].Lower is "about" or "around" or "roughly" or "nearly" or "approximately" or "some" or "of" or "at" or "to" or "a" or "an" or "total" or "record")
        {
            k--;
        }

        return k >= 0 && !words[k].EndsPhrase && (words[k].Lower is "capex" || (k >= 1 && words[k - 1].Lower == "capital" && words[k].Lower is "expenditure" or "expenditures"));
    }

    /// <summary>"a $1.1B convertible note", "a $550 million capital raising", "an A$1.5 billion entitlement offer", "borrow $X from the … bond market".</summary>
    private static bool IsOwnSecuritiesRaise(List<Word> words, int first, int last)
    {
        if (words[last].EndsPhrase && words[last].After != ')')
        {
            return false;
        }

        var after = words.Skip(last + 1).SkipWhile(w => w.InBrackets).Take(3).Select(w => w.Lower).ToList();
        if (after.Count >= 2 && ((after[0] is "convertible" && after[1] is "note" or "notes" or "bond" or "bonds" or "loan" or "debt")
            || (after[0] is "capital" && after[1] is "raising" or "raise") || (after[0] is "entitlement" or "rights" or "placement" && after[1] is "offer" or "issue" or "offering")
            || (after[0] is "share" && after[1] is "placement" or "sale" or "offering")))
        {
            return true;
        }

        // "borrow $15 billion from the US investment-grade bond market".
        return first >= 1 && words[first - 1].Lower is "borrow" or "borrowing" or "borrowed" or "borrows"
            && words.Skip(last + 1).Take(7).Any(w => w.Lower is "bond" or "bonds") && words.Skip(last + 1).Take(7).Any(w => w.Lower is "market" or "markets" or "sale" or "offering");
    }
}
