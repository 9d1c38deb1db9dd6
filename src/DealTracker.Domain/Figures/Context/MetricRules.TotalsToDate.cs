using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Money raised that is a total or a fund's, against one company's single round: a company's total funding brought to a figure ("brings
/// its total funding to $X", "brings to $X the total amount of funding raised"), money it already had ("already had $X in funding"), a
/// fund's raise, close, target or commitments ("raised $12.7 billion for its Fund 15", "a fund that initially targeted $20 billion",
/// "raising $7.2 billion in capital commitments", "across four new funds"), what a fund or a joint venture raises ("The joint venture has
/// raised", "The BlackRock Real Assets fund announced a first close …, securing $1.5bn") and several rounds together ("27 rounds
/// accounting for $2.1 billion") are other; a round extended by a figure ("extended its Series E round by $100 million") is a round.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words between a verb or a preposition and its figure: "by another", "to about", "had nearly".</summary>
    private static readonly HashSet<string> _totalsFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "about", "around", "approximately", "roughly", "nearly", "almost", "over", "more", "than", "some", "just", "up", "to", "as",
        "much", "another", "additional", "further", "extra", "at", "least", "close", "under", "less", "only", "well",
    };

    /// <summary>Nouns of a company's funding that a total counts: "total funding", "total funds raised", "total capital raised".</summary>
    private static readonly HashSet<string> _totalsFundingNouns = new(StringComparer.Ordinal)
    {
        "funding", "funds", "financing", "capital", "fundraising", "equity", "backing", "raised", "amount",
    };

    /// <summary>The totals-to-date reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? TotalsToDateReading(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 0 || last < first || last >= words.Count)
        {
            return null;
        }

        if (RoundExtendedBy(words, first) || MoreAfterATotal(words, first) || PartInOneRound(words, SkipConversion(words, last)))
        {
            return (Metric.RoundSize, true);
        }

        var next = SkipConversion(words, last);
        return TotalFundingBroughtTo(words, first, next) || HadInFunding(words, first, next) || ForAFund(words, next) || FundTargeted(words, first)
            || InCapitalCommitments(words, next) || RaisedByAFundOrVenture(words, first) || SeveralRoundsAccountingFor(words, first)
            || RaisedBetweenThem(words, next) || RaisedByRounds(words, first) || InDebtOrNotes(words, first, next)
            ? (null, true)
            : null;
    }

    /// <summary>The word before the figure's hedge and fillers ("by" in "by another $100 million"), or -1.</summary>
    private static int BeforeFillers(List<Word> words, int first)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 4 && _totalsFillers.Contains(words[i].Lower) && !words[i].EndsPhrase && words[i].Lower != "to")
        {
            i--;
        }

        return i;
    }

    /// <summary>"extended its Series E round by $100 million", "upsized the financing by another $X": the round grows by the figure.</summary>
    private static bool RoundExtendedBy(List<Word> words, int first)
    {
        var by = BeforeFillers(words, first);
        if (by < 2 || words[by].Lower != "by" || words[by].EndsPhrase)
        {
            return false;
        }

        var round = false;
        for (var v = by - 1; v >= 0 && by - v <= 7 && !words[v].EndsPhrase; v--)
        {
            var lower = words[v].Lower;
            round |= lower is "round" or "series" or "financing" or "fundraise" or "fundraising" or "raise" or "funding";
            if (lower is "extended" or "extends" or "extending" or "extend" or "upsized" or "upsizes" or "upsizing" or "expanded" or "enlarged" or "topped")
            {
                return round;
            }
        }

        return false;
    }

    /// <summary>
    /// "brings Cohere's total funding to $X", "taking the total funds raised by Team8 to date to $X", "brings to $X the total amount of
    /// funding raised", "bringing its cumulative fundraising to $X": a company's funding counted whole; not the bare "bringing the total raised to" (a round's own total).
    /// </summary>
    private static bool TotalFundingBroughtTo(List<Word> words, int first, int next)
    {
        var to = BeforeFillers(words, first);
        if (to < 1 || words[to].Lower != "to")
        {
            return false;
        }

        if (IsBringVerb(words[to - 1].Lower))
        {
            var after = Window(words, next, 4).ToList();
            return after.Count >= 2 && after[0] is "the" or "its" or "their" && after.Contains("total");
        }

        for (var i = to - 1; i >= 1 && to - i <= 10 && !words[i].EndsPhrase; i--)
        {
            if (IsBringVerb(words[i].Lower))
            {
                var between = words.Skip(i + 1).Take(to - i - 1).Select(w => w.Lower).ToList();
                // Since the thirty-fifth session: "bringing its cumulative fundraising to US$50m" counts whole as "total" does.
                var total = between.FindIndex(w => w is "total" or "cumulative" or "overall" or "aggregate");
                var owner = total >= 1 && (between[total - 1] is "its" or "their" || words[i + total].Possessive);
                var oneCompanys = total >= 0 && OneCompanysTotal(words, i, between);
                return total >= 0 && total + 1 < between.Count && _totalsFundingNouns.Contains(between[total + 1])
                    && (owner || between.Contains("by") || between.Contains("date") || oneCompanys)
                    && (between[total + 1] != "raised" || between.Contains("date") || oneCompanys);
            }
        }

        return false;
    }

    /// <summary>
    /// Since the thirty-eighth session: "The follow-on investment brought the total amount raised to 150 million yuan", "That brings the
    /// total amount of money raised for the company to $48.2M", "brings the Silicon Valley-based startup’s total raised to more than $750
    /// million": "the total" with no owner word, or "total raised" with no "to date", is one company's when the sentence names no period or
    /// market (a market's "the total raised this year"), or names the company, and the total is not one round's ("the total raised in the round", nor "invested a further £25 million, bringing the total raised to £75 million", where the
    /// round grows, nor "join Temasek in this round …, taking the total funding to $180-200 million").
    /// </summary>
    private static bool OneCompanysTotal(List<Word> words, int bring, List<string> between) =>
        !between.Any(w => w is "round" or "rounds" or "series" or "tranche" or "extension" or "offering" or "ipo" or "fund" or "funds")
        && words.Take(bring).All(w => w.Lower is not ("further" or "additional" or "another"))
        && !Enumerable.Range(1, Math.Max(0, bring - 2)).Any(k => words[k - 1].Lower == "in" && words[k].Lower is "this" or "the" && words[k + 1].Lower == "round")
        && (between.Contains("company") || between.Contains("firm") || between.Contains("startup")
            || !words.Any(w => w.Lower is "year" or "years" or "quarter" or "month" or "months" or "week" or "half" or "annual" or "sector"
                or "industry" or "market" or "startups" or "companies" or "deals" || IsYear(w)));

    private static bool IsBringVerb(string lower) =>
        lower is "bringing" or "brings" or "brought" or "bring" or "taking" or "takes" or "took" or "take" or "lifting" or "lifts" or "lifted" or "pushing" or "pushes"
            or "pushed";

    /// <summary>"already had $1.3 billion in funding", "has had $X in venture funding": money a company holds from before.</summary>
    private static bool HadInFunding(List<Word> words, int first, int next)
    {
        var had = BeforeFillers(words, first);
        if (had < 1 || words[had].Lower is not ("had" or "has" or "have") || words[had - 1].Lower is not ("already" or "has" or "have" or "had"))
        {
            return false;
        }

        var after = Window(words, next, 4).ToList();
        return after.Count >= 2 && after[0] == "in" && after.Skip(1).Any(w => w is "funding" or "financing" or "investment" or "investments" or "backing");
    }

    /// <summary>
    /// "for its latest North America private equity fund", "for Fund XIII", "for its Rise Fund II", "the $6 billion target for its 16th fund",
    /// "across four new funds": the figure is raised for, or sizes, a fund.
    /// </summary>
    private static bool ForAFund(List<Word> words, int next)
    {
        var i = next;
        if (i < words.Count && words[i].Lower is "target" or "goal" or "hard-cap" && !words[i].EndsPhrase)
        {
            i++;
        }

        var of = i + 1 < words.Count && words[i].Lower == "of" && words[i + 1].Lower is "its" or "the" or "their";
        if (i >= words.Count || (words[i].Lower is not ("for" or "across") && !of) || words[i].EndsPhrase)
        {
            return false;
        }

        for (var j = i + 1; j < words.Count && j - i <= 8; j++)
        {
            var lower = words[j].Lower;
            if (words[j].InBrackets)
            {
                continue;
            }

            if (lower is "fund" or "funds")
            {
                return !words[j].Possessive && (lower != "funds" || words[i].Lower == "across" || words[j - 1].Lower is not ("new" or "fresh" or "additional" or "more"));
            }

            if (words[j].EndsPhrase || lower is "to" or "round" or "startup" or "that" or "which" or "in" or "from" or "by")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"a fund that initially targeted $20 billion", "the fund, which is targeting $X": a fund's target size.</summary>
    private static bool FundTargeted(List<Word> words, int first)
    {
        var verb = BeforeFillers(words, first);
        if (verb < 2 || words[verb].Lower is not ("targeted" or "targeting" or "targets" or "target" or "seeking" or "seeks" or "sought"))
        {
            return false;
        }

        for (var i = verb - 1; i >= 0 && verb - i <= 5; i--)
        {
            if (words[i].Lower is "fund" or "funds" && !words[i].Possessive && i + 1 < verb && words[i + 1].Lower is "that" or "which")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"raising $7.2 billion in capital commitments", "$X of new capital commitments": what limited partners commit to a fund.</summary>
    private static bool InCapitalCommitments(List<Word> words, int next)
    {
        var after = Window(words, next, 5).ToList();
        if (after.Count < 3 || after[0] is not ("in" or "of"))
        {
            return false;
        }

        var commitments = after.IndexOf("commitments");
        return commitments >= 2 && after[commitments - 1] is "capital" or "lp" or "investor";
    }

    /// <summary>
    /// "The joint venture has raised about $50 billion", "The fund raised $X", "The BlackRock Real Assets fund announced a first close in July,
    /// securing $1.5bn": the raiser is a fund or a joint venture, not a company (a wealth, pension or hedge fund is an investor, not raised for).
    /// </summary>
    private static bool RaisedByAFundOrVenture(List<Word> words, int first)
    {
        var verb = RaiseVerbBefore(words, first);
        if (verb < 1)
        {
            return false;
        }

        if (words[verb].Lower is "raising" or "securing" && words[verb - 1].EndsPhrase)
        {
            var head = Enumerable.Range(0, Math.Min(9, verb)).FirstOrDefault(i => IsFundOrVentureHead(words, i), -1);
            return head >= 0 && Enumerable.Range(0, head).All(i => !words[i].EndsPhrase);
        }

        var s = verb - 1;
        while (s >= 0 && verb - s <= 4 && words[s].Lower is "has" or "have" or "had" or "now" or "also" or "already" or "reportedly" or "which" or "that" or "so" or "far")
        {
            s--;
        }

        return s >= 0 && IsFundOrVentureHead(words, s);
    }

    /// <summary>A fund or a joint venture as a subject's head word: "fund", "funds", "joint venture", "JV"; not "wealth fund Mumtalakat".</summary>
    private static bool IsFundOrVentureHead(List<Word> words, int i)
    {
        var lower = words[i].Lower;
        if (words[i].Possessive || words[i].EndsPhrase || i + 1 >= words.Count || words[i + 1].IsCapitalised
            || words[i + 1].Lower is "of" or "manager" or "managers")
        {
            return false;
        }

        var before = i >= 1 ? words[i - 1].Lower : "";
        return (lower is "fund" or "funds" && !words[i].IsCapitalised && before is not ("wealth" or "sovereign" or "pension" or "hedge" or "state" or "investment" or "venture"))
            || (lower == "venture" && before == "joint") || lower == "jv";
    }

    /// <summary>"27 rounds accounting for $2.1 billion", "five deals worth $X", "12 transactions totalling $X": several deals' sum.</summary>
    private static bool SeveralRoundsAccountingFor(List<Word> words, int first)
    {
        var cue = BeforeFillers(words, first);
        if (cue >= 1 && words[cue].Lower is "for" or "to" && words[cue - 1].Lower is "accounting" or "amounting")
        {
            cue--;
        }

        if (cue < 1 || words[cue].Lower is not ("accounting" or "amounting" or "worth" or "totalling" or "totaling" or "valued"))
        {
            return false;
        }

        var plural = cue - 1;
        if (words[plural].EndsPhrase || words[plural].Lower is not ("rounds" or "deals" or "transactions" or "fundraises" or "raises" or "investments"))
        {
            return false;
        }

        return Enumerable.Range(Math.Max(0, plural - 4), Math.Min(4, plural))
            .Any(j => words[j].Lower.Any(char.IsDigit) || words[j].Lower is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
                or "several" or "multiple" or "various" or "dozens");
    }

    /// <summary>
    /// "Rivian already had $1.3 billion in funding but then … upped the ante with another $2.5 billion from existing investors": more money after
    /// a total to date in the same sentence is a new round.
    /// </summary>
    private static bool MoreAfterATotal(List<Word> words, int first)
    {
        var more = first >= 1 && words[first - 1].Lower is "another" or "additional" or "further";
        if (!more)
        {
            return false;
        }

        for (var i = 0; i + 1 < first - 1; i++)
        {
            var (lower, pair) = (words[i].Lower, words[i + 1].Lower);
            if ((lower == "already" && pair is "had" or "raised") || (lower == "to" && pair == "date") || (lower == "so" && pair == "far")
                || (lower == "since" && pair is "its" or "founding" or "inception"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Helsing and Quantum-Systems raised close to €1bn between them": several raisers' sum.</summary>
    private static bool RaisedBetweenThem(List<Word> words, int next)
    {
        var after = Window(words, next, 3).ToList();
        return after.Count >= 2 && after[0] is "between" or "among" && after[1] is "them" or "themselves";
    }

    /// <summary>"its previous funding rounds, which collectively raised close to $700 million": what several rounds raised.</summary>
    private static bool RaisedByRounds(List<Word> words, int first)
    {
        var verb = RaiseVerbBefore(words, first);
        var s = verb - 1;
        while (s >= 0 && verb - s <= 4 && words[s].Lower is "which" or "that" or "collectively" or "together" or "have" or "had" or "has")
        {
            s--;
        }

        return verb >= 1 && s >= 0 && s < verb - 1 && words[s].Lower is "rounds" or "deals" or "fundraises";
    }

    /// <summary>"Snap has raised about $2.6bn since it was founded, $1.8bn of which came in a series F round": the part one round brought.</summary>
    private static bool PartInOneRound(List<Word> words, int next)
    {
        var after = Window(words, next, 9).ToList();
        return after.Count >= 4 && after[0] == "of" && after[1] is "which" or "that" or "this"
            && after.Skip(2).Any(w => w is "round" or "series") && !after.Contains("rounds");
    }

    /// <summary>"raised $X in notes", "secured $X through a bond sale": money a raise verb takes as debt (convertible debt is equity-like; convertible senior notes are debt).</summary>
    private static bool InDebtOrNotes(List<Word> words, int first, int next)
    {
        var after = Window(words, next, 5).ToList();
        // Not notes and equity together ("in convertible notes and equity from existing investors": a round in both).
        if (RaiseVerbBefore(words, first) < 0 || after.Count < 2 || after[0] is not ("in" or "through" or "via"))
        {
            return false;
        }

        foreach (var word in after.Skip(1))
        {
            // Since the reader-gaps sweep: convertible notes and debt turn into shares, equity-like as in the raised-totals rules (the corpus
            // labels 26 of 34 convertible figures investment or roundSize); a listed company's offering of convertible senior notes is debt.
            if (word is "convertible" or "convertibles")
            {
                return Window(words, next, 8).Contains("senior");
            }

            if (word == "notes")
            {
                return !Window(words, next, 8).Contains("equity");
            }

            if (word is "debt" or "bonds" or "bond" or "loans" or "loan" or "debentures")
            {
                return true;
            }

            if (word is not ("a" or "an" or "its" or "new" or "senior" or "secured" or "unsecured" or "of"))
            {
                return false;
            }
        }

        return false;
    }
}
