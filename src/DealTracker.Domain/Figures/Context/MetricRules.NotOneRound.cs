using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the round false-positives sweep: money that the round cues ("raise $X", "secured $X", "$X in funding") read as one company's
/// round but that is not one company's round (other, by the convention): a total ("raised a total of $X", "a total fundraise of $X",
/// "brought the total financing for Lixiang to $X", "$X in total funding", "Overall, …"), what a place, a sector or many receivers drew
/// ("the UK led the way with €1bn of funding", "The countries attracted funding worth $X", "Logistics was the third-highest funded
/// sector, bringing in $X"), a company's money over a period or to date ("has already raised $X this year", ", which has raised $X
/// from investors,", "$X in funding till date"), a buyout's price ("an $800m buyout"; since the stakes-control realignment a buyout of a stake, "a $2 billion buyout of the remaining
/// stake in", is the buyer's investment), a share offering's proceeds, a fund's target and
/// a milestone passed ("surpass €10bn in venture capital funding"). Beside them, three frames of one round that no cue read: a round
/// closed by a company at a figure ("the largest rounds were closed by Spotify at €478.44m"), a company out of stealth with a figure
/// ("emerged from stealth with a €28.5mn war chest") and the figure as what an investor leads ("The $10 million is being led by Target
/// Global").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words before a figure that make it a total: "a total of", "a total fundraise of", "the total financing for X to", "a sum of".</summary>
    private static readonly HashSet<string> _notOneRoundTotalWords = new(StringComparer.Ordinal)
    {
        "total", "overall", "cumulative", "aggregate", "combined", "collective", "sum",
    };

    /// <summary>Sentence openers that make what follows a total: "Overall, Kitopi raised", "In total, Databricks has raised", "All told, …".</summary>
    private static readonly HashSet<string> _notOneRoundTotalOpeners = new(StringComparer.Ordinal)
    {
        "overall", "altogether", "cumulatively", "collectively", "combined", "in total", "in all", "all told", "all in all", "taken together",
    };

    /// <summary>Nouns for many receivers or a whole market: "The countries attracted", "the third-highest funded sector", "the industry".</summary>
    private static readonly HashSet<string> _notOneRoundCollectives = new(StringComparer.Ordinal)
    {
        "countries", "nations", "sector", "sectors", "industry", "industries", "region", "regions", "markets", "ecosystem", "ecosystems",
        "cities", "states", "cohorts", "cohort", "verticals", "vertical", "segment", "segments", "startups", "start-ups", "companies", "firms",
    };

    /// <summary>Nouns right after a figure that make it a takeover's price: "an $800m buyout", "a $2 billion takeover of".</summary>
    private static readonly HashSet<string> _notOneRoundTakeoverNouns = new(StringComparer.Ordinal)
    {
        "buyout", "buy-out", "buyouts", "takeover", "takeovers", "acquisition", "acquisitions", "merger", "purchase", "leveraged", "take-private",
    };

    /// <summary>Words after a figure that make it a share offering's proceeds: "through the offering of 10 percent of", "in its IPO".</summary>
    private static readonly HashSet<string> _notOneRoundOfferingWords = new(StringComparer.Ordinal)
    {
        "offering", "offerings", "ipo", "listing", "flotation", "float",
    };

    /// <summary>Words between a figure and an offering word: "through the offering", "from its initial public offering".</summary>
    private static readonly HashSet<string> _notOneRoundOfferingLinks = new(StringComparer.Ordinal)
    {
        "through", "via", "in", "from", "with", "by", "the", "an", "a", "its", "their", "initial", "public", "share", "planned", "proposed",
        "secondary", "stock", "market", "upcoming",
    };

    /// <summary>Verbs of passing a mark: "surpass €10bn", "exceeded $1 billion", "crossing $500 million".</summary>
    private static readonly HashSet<string> _notOneRoundPassVerbs = new(StringComparer.Ordinal)
    {
        "surpass", "surpasses", "surpassed", "surpassing", "exceed", "exceeds", "exceeded", "exceeding", "cross", "crosses", "crossed", "crossing",
    };

    /// <summary>Hedges and fillers between a cue and its figure: "close to", "more than", "nearly", "a whopping".</summary>
    private static readonly HashSet<string> _notOneRoundFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "of", "about", "around", "roughly", "nearly", "almost", "close", "to", "more", "than", "over", "some", "up", "as",
        "much", "just", "under", "approximately", "estimated", "whopping", "cool", "record", "mind-blowing", "staggering",
    };

    /// <summary>
    /// The metric after the round false-positives sweep: a round reading turned to other when the words say the figure is no one company's
    /// round, and other turned to a round in the three frames of one round no cue read.
    /// </summary>
    private static Metric? NotOneRoundReading(SentenceWords sentence, int first, int last, int floor, Metric? metric)
    {
        var words = sentence.Words;
        if (first < 0 || last >= words.Count || last < first)
        {
            return metric;
        }

        // Since the stakes-control realignment: "secured a $2 billion buyout of the remaining stake in X": a stake bought out is the buyer's
        // investment, not a round and not a takeover's price (a buyout of a whole company stays other).
        if (metric is Metric.RoundSize or null && IsStakeBuyout(words, last))
        {
            return Metric.Investment;
        }

        if (metric == Metric.RoundSize)
        {
            return IsNotOneRound(words, first, last, floor) ? null : metric;
        }

        // "Cohere has attracted $2 billion so far this year from investors including Mubadala": money come in over a period, not one giver's.
        if (metric == Metric.Investment && IsCompanyTotalComeIn(words, first, last))
        {
            return null;
        }

        // "closed by Spotify at €478.44m and Oneweb at €454.79m": the second "at" is no valuation.
        var unread = metric is null ? IsOneRoundUnread(words, first, last) : metric == Metric.Valuation && IsRoundClosedByAt(words, NotOneRoundCueStart(words, first));
        return unread ? Metric.RoundSize : metric;
    }

    /// <summary>"a $2 billion buyout of the remaining stake in", "a $500m purchase of a 60% stake": a takeover noun whose object is a stake or shares.</summary>
    private static bool IsStakeBuyout(List<Word> words, int last)
    {
        var next = SkipConversion(words, last);
        if (next + 2 >= words.Count || words[last].EndsPhrase || !_notOneRoundTakeoverNouns.Contains(words[next].Lower) || words[next + 1].Lower != "of")
        {
            return false;
        }

        for (var j = next + 2; j < words.Count && j <= next + 7; j++)
        {
            if (words[j].Lower is "stake" or "stakes" or "shares" or "shareholding" or "interest" || ShareOf(words, j) is not null)
            {
                return true;
            }

            if (words[j].EndsPhrase)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether the figure read as a round is a total, a place's or a sector's money, a takeover, an offering, a fund's target or a mark passed.</summary>
    private static bool IsNotOneRound(List<Word> words, int first, int last, int floor)
    {
        var next = SkipConversion(words, last);
        var cue = NotOneRoundCueStart(words, first);
        if (next < words.Count && _notOneRoundTakeoverNouns.Contains(words[next].Lower))
        {
            return true;
        }

        // Since the fund-raises realignment an offering's proceeds and a fund's target are a round size (the "raise $X"), no longer
        // turned to other here.
        if (cue > 0 && _notOneRoundPassVerbs.Contains(words[cue - 1].Lower))
        {
            return true;
        }

        if (IsPlaceWithFigure(words, cue) || IsRunningTotal(words, cue, first))
        {
            return true;
        }

        // A round named before the figure or a valuation it is raised at keeps it a round: "the funding round, which is raising about
        // $1.2 billion in total", "expected to draw $400 million in total funding, which would value the company at $8.4 billion".
        var after = RaisedClauseAfter(words, last);
        var verb = RaiseVerbBefore(words, first);
        if (RoundBeforeTheFigure(words, first, floor) || (verb >= 0 && RoundBeforeInClause(words, verb)) || IsValuedAfter(words, last))
        {
            return false;
        }

        if (IsTotalAfter(after))
        {
            return true;
        }

        if (OneRoundNamed(words, last, after))
        {
            return false;
        }

        return IsTotalBefore(words, cue, after) || IsTotalOpener(words, first) || IsToDateAfter(after) || IsPerfectOverAPeriod(words, cue, after)
            || IsWhichHasRaised(words, cue) || IsPlaceOrSectorSubject(words, first, last);
    }

    /// <summary>Money taken in ("attracted", "has raised") by a place or a sector, or by a company over a period, to date or in a "which has raised" aside.</summary>
    private static bool IsCompanyTotalComeIn(List<Word> words, int first, int last)
    {
        var cue = NotOneRoundCueStart(words, first);
        if (InVerbBefore(words, cue) < 0 || IsValuedAfter(words, last))
        {
            return false;
        }

        // "Indonesia attracted $3.3 billion in startup investment last year": a place's or a sector's intake.
        var after = RaisedClauseAfter(words, last);
        return IsPlaceOrSectorSubject(words, first, last) || IsPerfectOverAPeriod(words, cue, after) || IsWhichHasRaised(words, cue) || (IsToDateAfter(after) && PerfectAuxiliary(words, InVerbBefore(words, cue)) >= 0);
    }

    /// <summary>"…, which would value the company at $8.4 billion", "valuing it at", "at a $9 billion valuation" in the few words after the figure.</summary>
    private static bool IsValuedAfter(List<Word> words, int last)
    {
        for (var i = last + 1; i < words.Count && i - last <= 10; i++)
        {
            var lower = words[i].Lower;
            if (lower is "valuing" or "valuating" or "valuation" || (lower is "value" or "values" && words[i - 1].Lower is "would" or "will" or "could" or "which" or "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of the figure's hedge run: "close to $1.8 billion" → "close"; the figure's first word when none.</summary>
    private static int NotOneRoundCueStart(List<Word> words, int first)
    {
        var i = first;
        while (i - 1 >= 0 && first - i < 6 && !words[i - 1].EndsPhrase)
        {
            if (i >= 2 && words[i - 1].Lower == "least" && words[i - 2].Lower == "at")
            {
                i -= 2;
            }
            else if (_notOneRoundFillers.Contains(words[i - 1].Lower))
            {
                i--;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>"$X in total", "$X in total funding", "$X in total financings after the Series C round": a total named right after the figure.</summary>
    private static bool IsTotalAfter(List<string> after) =>
        after.Count >= 2 && after[0] == "in" && after[1] is "total" or "all" or "aggregate" && (after.Count == 2 || after[2] != "of");

    /// <summary>"brought the total financing for Lixiang to nearly $1.58 billion", "The round takes Zepto's total funding to $X": a running total, even a round's.</summary>
    private static bool IsRunningTotal(List<Word> words, int cue, int first)
    {
        if (!Enumerable.Range(cue, first - cue).Any(j => words[j].Lower == "to"))
        {
            return false;
        }

        for (var j = cue - 1; j >= 1 && cue - j <= 8 && !words[j].EndsPhrase; j--)
        {
            if (words[j].Lower == "total" && IsBroughtTo(words, j))
            {
                // Whose total: "Lixiang's", "its", "the company's", or "for Lixiang", "by Zepto", "for 2021" after it.
                var owner = words[j - 1].Possessive || words[j - 1].Lower is "its" or "their"
                    || Enumerable.Range(j + 1, Math.Max(0, cue - j - 2)).Any(k => words[k].Lower is "for" or "by" && (words[k + 1].IsCapitalised || words[k + 1].Lower.Any(char.IsDigit)));
                return owner;
            }
        }

        return false;
    }

    /// <summary>"to date", "till date", "so far", "thus far", "until now" after the figure.</summary>
    private static bool IsToDateAfter(List<string> after)
    {
        for (var i = 0; i + 1 < after.Count; i++)
        {
            if ((after[i] is "to" or "till" or "until" && after[i + 1] is "date" or "now") || (after[i] is "so" or "thus" && after[i + 1] == "far"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A total word in the figure's clause before it: "raised a total of $X", "a total fundraise of $X", "total financing amounting to $X",
    /// "brought the total financing for Lixiang to $X", "takes Cohere's total raise to $X"; not the verb "totals" ("a round that now totals").
    /// </summary>
    private static bool IsTotalBefore(List<Word> words, int cue, List<string> after)
    {
        for (var j = cue - 1; j >= 0 && cue - j <= 8; j--)
        {
            var lower = words[j].Lower;
            if (words[j].EndsPhrase)
            {
                // "In total, $45m was raised": a total word ending an opener says nothing about the figure.
                return false;
            }

            if (lower is "round" or "series" or "tranche" or "fundraising" or "fundraise" or "fund-raising")
            {
                // "a total round size of USD 700 million", "an overall fundraising worth close to £500m": the round's own size.
                return false;
            }

            if (_notOneRoundTotalWords.Contains(lower) && !(lower == "combined" && j + 1 < cue && words[j + 1].Lower == "with"))
            {
                return !IsBroughtTo(words, j) && !IsTotalFromGivers(words, j, after) && !IsPutInTogether(words, j);
            }

            // "with this round, the total tops $2 billion": a total topping a mark is left to the rule that reads it by the round before.
            if (lower is "which" or "while" or "after" or "when" or "including" or "tops" or "topped" or "topping")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"bringing the total raised to £75 million", "to take the total raised above $500 million": a running total, a round's as often as not.</summary>
    private static bool IsBroughtTo(List<Word> words, int total) =>
        Enumerable.Range(Math.Max(0, total - 3), Math.Min(3, total)).Any(k => words[k].Lower is "bring" or "brings" or "brought" or "bringing" or "take" or "takes"
            or "took" or "taking" or "taken" or "put" or "puts" or "putting" or "lift" or "lifts" or "lifted" or "lifting" or "push" or "pushes" or "pushed" or "pushing");

    /// <summary>"The three banks pumped in a combined $2 billion", "will inject a combined $6 billion into the company": givers' money put in together, left to the giving rules.</summary>
    private static bool IsPutInTogether(List<Word> words, int total) =>
        Enumerable.Range(Math.Max(0, total - 4), Math.Min(4, total)).Any(k => words[k].Lower is "inject" or "injected" or "injecting" or "pump" or "pumped"
            or "pumping" or "pour" or "poured" or "pouring" or "put" or "invest" or "invested" or "investing" or "infuse" or "infused" or "commit" or "committed");

    /// <summary>"recently secured a total of $100 million from an investor group": one raise from its givers, not a perfect total ("has raised a total of").</summary>
    private static bool IsTotalFromGivers(List<Word> words, int total, List<string> after) =>
        after.Count > 0 && after[0] == "from" && total >= 2 && !Enumerable.Range(Math.Max(0, total - 4), Math.Min(4, total)).Any(k => words[k].Lower is "has" or "have");

    /// <summary>"Overall, Kitopi raised", "In total, Databricks has raised": a sentence opened by a total, the figure in its first clause.</summary>
    private static bool IsTotalOpener(List<Word> words, int first)
    {
        var end = 0;
        while (end < words.Count && end < 3 && !words[end].EndsPhrase)
        {
            end++;
        }

        if (end >= 3 || end >= first || !_notOneRoundTotalOpeners.Contains(string.Join(' ', words.Take(end + 1).Select(w => w.Lower))))
        {
            return false;
        }

        // "In total, Databricks has raised more than $4 billion", not "In total, $45m was raised" (the round's).
        var between = Enumerable.Range(end + 1, Math.Max(0, first - end - 1)).ToList();
        return !between.Any(j => words[j].EndsPhrase && !words[j].InBrackets) && between.Any(j => words[j].Lower is "has" or "have");
    }
}
