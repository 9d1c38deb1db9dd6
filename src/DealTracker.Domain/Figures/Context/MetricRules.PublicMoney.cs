using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Public money given to a company is neither an investment nor a round (issue 12's convention M6: grants, subsidies, state aid, loans
/// and credit facilities are other), read after every metric rule:
/// <list type="bullet">
/// <item>the figure is named as public money right after it or right before it ("received $4.75 billion in US Chips Act funding", "an
/// additional subsidy of 260 billion yen", "600 billion yen in financial aid"; since the thirty-fifth session, "up to $6.14 billion in
/// direct funding under the CHIPS and Science Act");</item>
/// <item>a government, a ministry, a department or a commission gives, grants, provides, offers or awards the figure ("Japan's Industry
/// Ministry is finalizing a plan to give state-backed chipmaker Rapidus an additional 300 billion yen", "The US Department of Energy
/// provided $46 million to eight private fusion firms");</item>
/// <item>the figure comes "from the government" ("had previously received funding of 70 billion yen from the government").</item>
/// </list>
/// A government that invests, buys shares or takes a stake stays an investor (convention M2: "the government will invest 100 billion yen
/// in Rapidus for shares"), and so does a state fund ("Government of Singapore Investment Corp", "a government-backed fund").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of public money after a figure: "in subsidies", "in Chips Act funding", "in financial aid".</summary>
    private static readonly HashSet<string> _publicMoneyNouns = new(StringComparer.Ordinal)
    {
        "subsidy", "subsidies", "grant", "grants", "aid", "incentive", "incentives", "bailout", "credits",
    };

    /// <summary>Words of the state giving: "government", "ministry", "department", "commission".</summary>
    private static readonly HashSet<string> _stateGiverWords = new(StringComparer.Ordinal)
    {
        "government", "governments", "ministry", "department", "commission", "administration", "treasury", "state", "authorities",
        "minister", "council", "agency",
    };

    /// <summary>Verbs of the state handing money over: "give", "grant", "provide", "offer", "award".</summary>
    private static readonly HashSet<string> _stateGivingVerbs = new(StringComparer.Ordinal)
    {
        "give", "gives", "gave", "giving", "grant", "grants", "granted", "granting", "provide", "provides", "provided", "providing", "offer",
        "offers", "offered", "offering", "award", "awards", "awarded", "awarding", "extend", "extends", "extended", "supply", "supplied",
        "earmark", "earmarked", "allocate", "allocated", "allot", "allotted", "subsidize", "subsidise", "subsidized", "subsidised",
    };

    /// <summary>Words that make the state an investor or a fund: "invest", "shares", "stake", "fund".</summary>
    private static readonly HashSet<string> _stateInvestingWords = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "investment", "investments", "shares", "stake", "stakes", "equity", "fund", "funds",
        "capital", "holding", "holdings", "buy", "bought", "acquire", "acquired", "backed", "owned", "led",
    };

    /// <summary>The metric after the public-money cues: other (null) for a grant, a subsidy or state aid read as money put in or raised.</summary>
    private static Metric? PublicMoneyReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        if (metric is not (Metric.RoundSize or Metric.Investment))
        {
            return metric;
        }

        var words = sentence.Words;

        // "The government supplied 100 billion yen …, with the government becoming the top shareholder", "will provide 100 billion yen to
        // Rapidus for new shares", "acquired a 10% stake in Rapidus for $500 million from the Japanese government": money for shares.
        if (words.Any(w => w.Lower is "shareholder" or "shareholders" or "stake" or "stakes" or "equity" or "shareholding" or "shares"))
        {
            return metric;
        }

        return IsNamedPublicMoney(words, first, last) || IsGivenByTheState(words, first) || IsFromTheState(words, last) ? null : metric;
    }

    /// <summary>"$4.75 billion in US Chips Act funding", "an additional subsidy of 260 billion yen", "600 billion yen in financial aid".</summary>
    private static bool IsNamedPublicMoney(List<Word> words, int first, int last)
    {
        var after = SkipConversion(words, last);
        if (after < words.Count && !words[after - 1].EndsPhrase && words[after].Lower is "in" or "of")
        {
            for (var k = after + 1; k < words.Count && k <= after + 5; k++)
            {
                var lower = words[k].Lower;
                if (_publicMoneyNouns.Contains(lower)
                    || (lower is "funding" or "funds" && words[k - 1].Lower == "act")
                    || (lower == "funding" && words[k - 1].Lower is "government" or "state" or "federal" or "public")
                    // Since the thirty-fifth session: "$6.14 billion in direct funding under the CHIPS and Science Act".
                    || (lower is "funding" or "funds" or "financing" && UnderAnAct(words, k + 1)))
                {
                    return true;
                }

                if (words[k].EndsPhrase || lower is "from" or "to" or "for" or "and")
                {
                    break;
                }
            }
        }

        // "an additional subsidy of 260 billion yen", "state aid of €13.5 billion", "a grant of $X".
        return first >= 2 && words[first - 1].Lower == "of" && _publicMoneyNouns.Contains(words[first - 2].Lower);
    }

    /// <summary>"under the CHIPS and Science Act", "under the European Chips Act": a law the money is given under.</summary>
    private static bool UnderAnAct(List<Word> words, int at) =>
        at < words.Count && words[at].Lower == "under" && !words[at - 1].EndsPhrase
        && Enumerable.Range(at + 1, 6).TakeWhile(k => k < words.Count && !words[k - 1].EndsPhrase).Any(k => words[k].Lower == "act" && words[k].IsCapitalised);

    /// <summary>"Japan's Industry Ministry is finalizing a plan to give Rapidus an additional 300 billion yen", "The US Department of Energy provided $46 million".</summary>
    private static bool IsGivenByTheState(List<Word> words, int first)
    {
        var from = Math.Max(0, first - 16);
        var verb = -1;
        for (var k = first - 1; k >= from; k--)
        {
            if (k < first - 1 && words[k].After is ';' or '—' or '–')
            {
                return false;
            }

            if (_stateGivingVerbs.Contains(words[k].Lower))
            {
                verb = k;
                break;
            }
        }

        if (verb < 1 || first - verb > 8 || words.Skip(verb).Take(first - verb).Any(w => _stateInvestingWords.Contains(w.Lower)))
        {
            return false;
        }

        // The giver: a state word before the verb in the same clause, no fund or investing word beside it.
        for (var g = verb - 1; g >= Math.Max(0, verb - 10); g--)
        {
            if (words[g].After is ';' || (words[g].EndsPhrase && g < verb - 1 && words[g].After != ','))
            {
                return false;
            }

            // "the government", "Japan's Industry Ministry", "the governments' plan".
            if (_stateGiverWords.Contains(words[g].Lower.TrimEnd('\'')))
            {
                return !words.Skip(g).Take(4).Skip(1).Any(w => _stateInvestingWords.Contains(w.Lower) || w.Core.Contains("-backed"))
                    && !(g > 0 && words[g - 1].Core.EndsWith("-backed", StringComparison.Ordinal));
            }
        }

        return false;
    }

    /// <summary>"had previously received funding of 70 billion yen from the government"; not "an $8.9 billion investment from the Trump Administration".</summary>
    private static bool IsFromTheState(List<Word> words, int last)
    {
        var after = SkipConversion(words, last);
        for (var k = after; k < words.Count && k <= after + 4; k++)
        {
            if (words[k].Lower != "from")
            {
                // "an $8.9 billion investment from the Trump Administration", "an $8.9 billion stake from the U.S. government".
                if (words[k].EndsPhrase || _stateInvestingWords.Contains(words[k].Lower))
                {
                    return false;
                }

                continue;
            }

            for (var g = k + 1; g < words.Count && g <= k + 5; g++)
            {
                if (_stateGiverWords.Contains(words[g].Lower) && words[g].Lower is not ("state" or "agency" or "council"))
                {
                    return !words.Skip(g + 1).Take(2).Any(w => _stateInvestingWords.Contains(w.Lower));
                }

                if (words[g].EndsPhrase)
                {
                    break;
                }
            }

            return false;
        }

        return false;
    }
}
