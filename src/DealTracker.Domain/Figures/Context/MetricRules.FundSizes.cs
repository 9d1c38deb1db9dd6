using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// A fund's size is a round size (convention M5, "fund close"; written down as convention M10 in the twentieth session after a blind
/// relabel of 152 corpus figures, docs/issue-reading/relabels/fund-sizes.tsv): the figure heads a fund or a fund-raise, past at most
/// five describing words ("launched a $150 million global VC fund", "SoftBank’s $100 billion Vision Fund", "the $250 million Innovate in
/// India fund", "a $6 billion (€4.1 billion) fund that TPG is raising", "invested in Anthropic’s US$450 million fund-raiser", "a new
/// €600 million joint investment vehicle"). Read after every other rule, whatever they read.
/// <para>
/// An asset owner's size is other: a sovereign wealth, pension, state or hedge fund ("the $700 billion sovereign wealth fund", "Norway’s
/// $870 billion state-owned fund"), a relief or recovery fund, and any fund of 150 billion dollars, euros or pounds or more ("the $232
/// billion fund would mean more sales"): no fund has ever closed that much (SoftBank's first Vision Fund, about $100 billion, is the
/// largest). Money put into a fund is not its size and never reaches here ("committed $500 million to the fund", "invest $1 billion in
/// the fund", "wired $7.5 billion through SoftBank Vision Fund 2").
/// </para>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>The nouns a fund's size heads: "fund", "fund-raiser", "fundraising".</summary>
    private static readonly HashSet<string> _fundSizeHeads = new(StringComparer.Ordinal)
    {
        "fund", "fund-raiser", "fundraiser", "fundraise", "fund-raise", "fundraising", "fund-raising",
    };

    /// <summary>Words that make a fund an asset owner or a public pot, not a fund raised: "sovereign", "pension", "recovery".</summary>
    private static readonly HashSet<string> _assetOwnerFundWords = new(StringComparer.Ordinal)
    {
        "sovereign", "wealth", "pension", "pensions", "state", "state-owned", "state-run", "government-owned", "retirement", "endowment",
        "superannuation", "super", "hedge", "mutual", "index", "money-market", "exchange-traded", "recovery", "relief", "rescue", "bailout",
        "stimulus", "compensation", "settlement", "insurance", "disaster", "emergency",
    };

    /// <summary>Head nouns of another thing the figure sizes, which end the search for a fund: "$X funding round led by a fund".</summary>
    private static readonly HashSet<string> _notFundHeads = new(StringComparer.Ordinal)
    {
        "round", "rounds", "deal", "deals", "stake", "loan", "loans", "valuation", "bond", "bonds", "offering", "raise", "ipo", "acquisition",
        "takeover", "contract", "commitment", "commitments", "facility", "plan", "programme", "program", "project", "projects", "through",
        "via", "across", "per", "than", "worth", "each", "apiece",
    };

    /// <summary>Currencies near the dollar in worth, in which a fund of 150 billion or more is an asset owner's size.</summary>
    private static readonly HashSet<string> _dollarLikeCurrencies = new(StringComparer.Ordinal) { "USD", "EUR", "GBP", "CHF", "AUD", "CAD", "SGD", "NZD" };

    /// <summary>The metric after the fund-size cue: a round size for a fund's size, other for an asset owner's, the rules' metric else.</summary>
    private static Metric? FundSizeReading(SentenceWords sentence, int first, int last, HedgedAmount money, Metric? metric)
    {
        var words = sentence.Words;
        // "eight other investors, including B Capital ($77 million), Baron Emerging Market Fund ($80 million)": a figure in brackets
        // sizes no fund.
        if (words[first].InBrackets)
        {
            return metric;
        }

        // Since the twenty-third session: the fund named before the figure ("announced a VC fund of $2.5bn", "a fund worth $7 billion"),
        // its cap ("decided to cap the vehicle at $1 billion", "a hard cap of $500 million") and the commitments it received ("nearly
        // $1.5 billion in commitments for the fund").
        if (FundBeforeTheFigure(words, first, out var ownerBefore) is { } before)
        {
            return ownerBefore || (before && _dollarLikeCurrencies.Contains(money.Currency) && (money.Amount ?? money.High ?? 0m) >= 150e9m)
                ? null : Metric.RoundSize;
        }

        if (!words[last].EndsPhrase && IsCommitmentsForTheFund(words, SkipConversion(words, last)))
        {
            return Metric.RoundSize;
        }

        // Since the twenty-ninth session: money raised for or in the raiser's own fund ("has raised $78.6 million for its second
        // India-focused fund", "mopped up $135 million in its maiden fund").
        if (IsRaisedForAFund(words, first, last) is { } owner)
        {
            return owner ? metric : Metric.RoundSize;
        }

        // A figure ending its phrase heads nothing after it.
        if (words[last].EndsPhrase)
        {
            return metric;
        }

        // Since the twenty-first session: "reached a $7 billion initial close", "led the wave with a €3.4 billion final close": a close
        // is a fund's, whoever the sentence names as closing it (M5).
        if (IsFundCloseAfter(words, SkipConversion(words, last)))
        {
            return Metric.RoundSize;
        }

        var head = FundSizeHead(words, first, SkipConversion(words, last), out var assetOwner);
        if (head < 0)
        {
            return metric;
        }

        if (words[head].Lower is not ("fund" or "vehicle" or "funds" or "vehicles"))
        {
            return Metric.RoundSize;
        }

        var size = money.Amount ?? money.High ?? 0m;
        return assetOwner || (_dollarLikeCurrencies.Contains(money.Currency) && size >= 150e9m) ? null : Metric.RoundSize;
    }

    /// <summary>
    /// A fund or vehicle named right before the figure, with "of", "worth" or "totalling" between ("a VC fund of $2.5bn", "a fund
    /// worth $7 billion"), or its cap ("cap the vehicle at $1 billion", "a hard cap of $500 million", "the fund was capped at $1 billion"):
    /// true for a fund, false for a cap (which no asset owner has), null for neither. <paramref name="assetOwner"/> says whether a
    /// describing word makes the fund an asset owner's ("a sovereign wealth fund of $700 billion"). Not "a fund of funds", nor "a total
    /// fundraise of" (a country's money, M4).
    /// </summary>
    private static bool? FundBeforeTheFigure(List<Word> words, int first, out bool assetOwner)
    {
        assetOwner = false;
        var k = first - 1;
        while (k >= 1 && first - k <= 3 && words[k].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "up" or "to" or "approximately"
            or "over" or "more" or "than" or "almost" or "a" or "an" or "the" or "just" or "under" && !words[k - 1].EndsPhrase)
        {
            k--;
        }

        if (k < 1 || words[k - 1].EndsPhrase)
        {
            return null;
        }

        var link = words[k].Lower;
        // Since the thirty-eighth session: "The second Vision Fund is worth around $108bn", "the fund was worth $2 billion".
        var isWorth = link == "worth" && k >= 2 && words[k - 1].Lower is "is" or "was" && !words[k - 2].EndsPhrase && words[k - 2].Lower is "fund" or "vehicle";
        if ((link is "of" or "worth" or "totalling" or "totaling" && words[k - 1].Lower is "fund" or "vehicle") || isWorth)
        {
            for (var d = k - 2; d >= 0 && k - d <= 5 && !words[d].EndsPhrase; d--)
            {
                assetOwner |= _assetOwnerFundWords.Contains(words[d].Lower);
            }

            return true;
        }

        // "a hard cap of $500 million", "cap the vehicle at $1 billion", "the fund was capped at $1 billion".
        var cap = (link == "of" && words[k - 1].Lower is "cap" or "hard-cap" or "hardcap")
            || (link == "at" && (words[k - 1].Lower is "capped" || (k >= 3 && words[k - 1].Lower is "vehicle" or "fund" && words[k - 3].Lower is "cap" or "capping" or "capped")));
        return cap && words.Any(w => w.Lower is "fund" or "vehicle" or "funds") ? false : null;
    }

    /// <summary>Verbs of a fund manager gathering money: "raised", "secured", "closed", "amassed".</summary>
    private static readonly HashSet<string> _fundRaisingVerbs = new(StringComparer.Ordinal)
    {
        "raised", "raise", "raises", "raising", "secured", "secure", "secures", "securing", "closed", "amassed", "amass", "gathered",
        "collected", "garnered", "mobilised", "mobilized", "pulled", "netted", "bagged",
    };

    /// <summary>
    /// Since the twenty-ninth session: the figure a manager raises "for" or "in" a fund of its own, past a determiner or an owner's name
    /// and up to four describing words: "has raised $78.6 million for its second India-focused fund", "raising $15 million for Ascend’s
    /// initial fund", "had mopped up $135 million (Rs 875 crore) in its maiden India-dedicated fund", "was next with $8.4 billion for its
    /// fourth fund". True when the fund is an asset owner's (a sovereign or pension fund is no fund raised), false for a fund's size,
    /// null when the figure is not so placed. A round or a deal before the fund ends the search ("raised $5 million in a round led by
    /// its fund").
    /// </summary>
    private static bool? IsRaisedForAFund(List<Word> words, int first, int last)
    {
        var v = first - 1;
        while (v > 0 && words[v].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "approximately" or "over" or "more" or "than"
            or "almost" or "just" or "another" or "a" or "further" or "additional" && !words[v - 1].EndsPhrase)
        {
            v--;
        }

        var verb = words[v].Lower;
        var raising = _fundRaisingVerbs.Contains(verb)
            || (verb == "up" && v > 0 && words[v - 1].Lower is "mopped" or "mop" or "mops" or "mopping" or "scooped")
            || (verb == "with" && v > 0 && words[v - 1].Lower is "next" or "second" or "third" or "followed");
        var k = SkipConversion(words, last);
        if (!raising || words[last].EndsPhrase || k + 2 >= words.Count || words[k].Lower is not ("for" or "in" or "into") || words[k].EndsPhrase)
        {
            return null;
        }

        var det = words[k + 1];
        if (!(det.Lower is "its" or "their" or "his" or "her" or "our" or "the" or "a" or "an" || (det.Possessive && det.IsCapitalised)) || det.EndsPhrase)
        {
            return null;
        }

        var assetOwner = false;
        for (var d = k + 2; d < words.Count && d - k <= 6; d++)
        {
            var lower = words[d].Lower;
            if (lower is "fund" or "vehicle")
            {
                return assetOwner;
            }

            assetOwner |= _assetOwnerFundWords.Contains(lower);
            if (words[d].EndsPhrase || words[d].Possessive || _notFundHeads.Contains(lower) || lower is "and" or "or" or "to" or "from" or "of" or "by"
                or "with" or "for" or "in" or "that" or "which")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"nearly $1.5 billion in commitments for the fund": commitments a fund received, right after the figure.</summary>
    private static bool IsCommitmentsForTheFund(List<Word> words, int next) =>
        next + 3 < words.Count && words[next].Lower == "in" && words[next + 1].Lower is "commitments" or "capital" && !words[next + 1].EndsPhrase
        && words[next + 2].Lower is "for" or "to" && (words[next + 3].Lower is "fund" or "vehicle"
            || (next + 4 < words.Count && words[next + 3].Lower is "the" or "its" or "their" or "a" && words[next + 4].Lower is "fund" or "vehicle"));

    /// <summary>"$7 billion initial close", "$3.4 billion final closing", "$500 million first close": a close right after the figure.</summary>
    private static bool IsFundCloseAfter(List<Word> words, int next)
    {
        var k = next;
        while (k < words.Count && k - next < 2 && !words[k].EndsPhrase && words[k].Lower is "initial" or "first" or "final" or "interim"
            or "second" or "third" or "fourth" or "hard" or "partial" or "oversubscribed" or "inaugural" or "fund")
        {
            k++;
        }

        return k > next && k < words.Count && words[k].Lower is "close" or "closing"
            && !(k + 2 < words.Count && words[k + 1].Lower == "of" && words[k + 2].Lower is "the" or "its" or "a");
    }

    /// <summary>
    /// The fund the figure heads, within six words after it, or -1: describing words may come between ("global VC", "Innovate in India",
    /// "AI-focused"); a link word, a possessive, a phrase end or another head noun ends the search. <paramref name="assetOwner"/> says
    /// whether a describing word makes it an asset owner ("sovereign wealth").
    /// </summary>
    private static int FundSizeHead(List<Word> words, int first, int next, out bool assetOwner)
    {
        assetOwner = false;
        for (var k = next; k < words.Count && k - next < 6; k++)
        {
            var lower = words[k].Lower;
            // "a new €600 million joint investment vehicle"; "launched the Vision Fund, a nearly $100 billion vehicle".
            var vehicle = lower == "vehicle"
                && ((k > next && words[k - 1].Lower == "investment") || words.Take(first).Any(w => w.Lower == "fund"));
            // Since the twenty-eighth session: "has unveiled two new €75m funds", "launched three $100 million funds": a count of funds of
            // one size, each a fund's size.
            var counted = lower is "funds" or "vehicles" && Enumerable.Range(Math.Max(0, first - 3), Math.Min(3, first))
                .Any(c => words[c].Lower is "two" or "three" or "four" or "five" or "twin" or "both" or "2" or "3" or "4" or "5");
            if (_fundSizeHeads.Contains(lower) || vehicle || counted)
            {
                return k;
            }

            assetOwner |= _assetOwnerFundWords.Contains(lower);
            // "the $250 million Innovate in India fund": a small link word inside a capitalised name.
            // Since the thirty-eighth session: "for" too ("the $10 Bn Google For India Digitization fund").
            var inName = lower is "in" or "of" or "and" or "for" && k > next && words[k - 1].IsCapitalised && k + 1 < words.Count && words[k + 1].IsCapitalised;
            // Since the thirty-eighth session: a fund's name in quotes ends no phrase before the head it names ("a new £100 million “Scale
            // Up” fund").
            var quotedName = words[k].After is '”' or '"' && words[k].IsCapitalised && k + 1 < words.Count && _fundSizeHeads.Contains(words[k + 1].Lower);
            if ((words[k].EndsPhrase && !quotedName) || words[k].Possessive || (_stopAfterNoun.Contains(lower) && !inName) || _notFundHeads.Contains(lower)
                || words[k].Core.Any(char.IsDigit))
            {
                return -1;
            }
        }

        return -1;
    }
}
