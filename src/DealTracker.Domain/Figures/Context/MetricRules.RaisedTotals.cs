using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Money raised that is not one funding round (other): what a market or many raisers raise ("Indian ventures raised less than $16
/// million in late funding", "South Africa was in second place, raising $459 million in equity last year"), one company's total over
/// a period or several rounds ("has raised $115 million in four rounds of funding", "has raised $14.7B to date", "Between its founding
/// in 2023 and …, xAI raised $14 billion"), and debt, debt and equity together or a listing ("raise up to 30 billion rupees in debt and
/// equity", "$12.5 billion will be raised through debt", "The listing … could see Riverstone Holdings raise £1bn"). A round named in the
/// figure's clause ("in a Series B round last year", "at a $10 billion valuation") leaves the figure to the round rules.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs of raising money that a total, a debt raise or a market's raise may follow: "raised", "securing", "could raise".</summary>
    private static readonly HashSet<string> _raisedTotalVerbs = new(StringComparer.Ordinal)
    {
        "raise", "raises", "raised", "raising", "secure", "secures", "secured", "securing",
    };

    /// <summary>Words between a raise verb and its figure: "raise up to", "raised a known total of", "a cool", "less than", "between".</summary>
    private static readonly HashSet<string> _raisedTotalFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "total", "of", "known", "approximately", "about", "around", "nearly", "roughly", "over", "more", "than", "less", "under", "up",
        "to", "between", "as", "much", "some", "almost", "just", "cool", "whopping", "impressive", "at", "least", "estimated", "combined",
        "collective", "cumulative", "record", "only", "close", "well", "already", "further", "additional",
    };

    /// <summary>Words of a figure itself, stepped over to the verb for the second figure of a range or a conversion: "between £500m and £1bn".</summary>
    private static readonly HashSet<string> _raisedTotalFigureWords = new(StringComparer.Ordinal)
    {
        "million", "billion", "trillion", "bn", "mn", "m", "crore", "lakh", "rs", "us", "usd", "rupees", "dollars", "euros", "pounds", "yuan", "won",
    };

    /// <summary>Words that make money raised debt or a listing: "in debt and equity", "through debt", "through an initial public offering".</summary>
    private static readonly HashSet<string> _raisedTotalDebtWords = new(StringComparer.Ordinal)
    {
        "debt", "loan", "loans", "bond", "bonds", "debentures", "ipo", "ipos", "listing", "flotation", "sharemarket", "financier", "lender", "lenders",
    };

    /// <summary>Words after a figure that make it a total over a company's life or several rounds: "altogether", "in its lifetime", "to date".</summary>
    private static readonly HashSet<string> _raisedTotalWholeWords = new(StringComparer.Ordinal)
    {
        "altogether", "overall", "lifetime", "cumulatively", "rounds",
    };

    /// <summary>Plural nouns for many raisers at once: "Indian ventures", "Australian and New Zealand enterprises", "share sales".</summary>
    private static readonly HashSet<string> _raisedTotalCrowds = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "ventures", "enterprises", "companies", "firms", "businesses", "fintechs", "scaleups", "scale-ups", "unicorns",
    };

    /// <summary>Words a round named after the figure is read by: "in a Series B round", "at a $10 billion valuation".</summary>
    private static readonly HashSet<string> _raisedTotalRoundWords = new(StringComparer.Ordinal)
    {
        "round", "series", "seed", "pre-seed", "tranche", "valuation", "valuing", "valued",
    };

    /// <summary>The raised-totals reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? RaisedTotalsReading(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 0 || last < first || last >= words.Count)
        {
            return null;
        }

        var after = RaisedClauseAfter(words, last);
        var verb = RaiseVerbBefore(words, first);
        if (verb < 0)
        {
            // "about $12.5 billion will be raised through debt": a passive raise of debt after the figure.
            return after.Contains("raised") && after.Any(_raisedTotalDebtWords.Contains) && !after.Any(_raisedTotalRoundWords.Contains) ? (null, true) : null;
        }

        if (OneRoundNamed(words, last, after) || RoundBeforeInClause(words, verb) || FloorAt(words, SkipConversion(words, last)) || words[last].Lower is "more" or "above")
        {
            return null;
        }

        // "has raised a total of $X" (all it has raised so far), not "completed its Series A round and raised a total of $X" (that round's total).
        var perfect = verb >= 1 && words[verb - 1].Lower is "has" or "have" or "had" or "having";
        // "has now raised $X", "had already raised $X", "which has so far secured $X": all it has raised by then.
        var soFar = ((verb >= 2 && ((words[verb - 1].Lower == "now" && words[verb - 2].Lower is "has" or "have" or "had")
                || (words[verb - 1].Lower == "already" && words[verb - 2].Lower == "had")))
            || (verb >= 3 && words[verb - 1].Lower == "far" && words[verb - 2].Lower == "so" && words[verb - 3].Lower is "has" or "have" or "had"))
            && !RoundEarlier(words, verb);
        var between = words.Skip(verb + 1).Take(first - verb - 1).Select(w => w.Lower).ToList();
        var whole = soFar || (perfect && between.Any(w => w is "total" or "combined" or "cumulative")) || IsWholeAfter(after) || SinceTheFounding(words, verb);
        var debt = DebtOfTheFigure(after) || RaisedClauseBefore(words, verb).Any(_raisedTotalDebtWords.Contains);
        return whole || debt || IsTotalRaisedShown(words, verb, first, last, between) || IsManyRaisers(words, verb) ? (null, true) : null;
    }

    /// <summary>The raise verb the figure follows, over fillers and a range's or a conversion's first figure ("raise between £500m and"), or -1.</summary>
    private static int RaiseVerbBefore(List<Word> words, int first)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 10 && !_raisedTotalVerbs.Contains(words[i].Lower))
        {
            var lower = words[i].Lower;
            var figure = _raisedTotalFigureWords.Contains(lower) || lower.Any(char.IsDigit) || words[i].InBrackets;
            var link = lower is "and" or "or" && i >= 1 && words[i - 1].Lower.Any(char.IsDigit);
            var bracketed = words[i].InBrackets || (words[first].InBrackets && words[i].After == ')');
            if (!(figure || link || _raisedTotalFillers.Contains(lower)) || (words[i].EndsPhrase && !bracketed && !figure))
            {
                return -1;
            }

            i--;
        }

        return i >= 0 && _raisedTotalVerbs.Contains(words[i].Lower) && !words[i].EndsPhrase ? i : -1;
    }

    /// <summary>The figure's clause after it (past a bracketed conversion), up to twelve words.</summary>
    private static List<string> RaisedClauseAfter(List<Word> words, int last)
    {
        var i = last + 1;
        while (i < words.Count && words[i].InBrackets)
        {
            i++;
        }

        var clause = new List<string>();
        if (last < words.Count && words[last].EndsPhrase && !words[last].InBrackets)
        {
            return clause;
        }

        for (; i < words.Count && clause.Count < 12; i++)
        {
            clause.Add(words[i].Lower);
            if (words[i].EndsPhrase)
            {
                break;
            }
        }

        return clause;
    }

    /// <summary>The verb's clause before it, back to the last phrase break, up to twenty words: "The listing … could see Riverstone Holdings".</summary>
    private static IEnumerable<string> RaisedClauseBefore(List<Word> words, int verb)
    {
        for (var i = verb - 1; i >= 0 && verb - i <= 20 && !words[i].EndsPhrase; i--)
        {
            yield return words[i].Lower;
        }
    }

    /// <summary>"to date", "so far", "in total", "in all", "since its founding", "in four rounds", "altogether" after the figure.</summary>
    private static bool IsWholeAfter(List<string> after)
    {
        for (var i = 0; i < after.Count; i++)
        {
            var pair = i + 1 < after.Count ? after[i + 1] : "";
            if (_raisedTotalWholeWords.Contains(after[i]) || (after[i] == "to" && pair == "date") || (after[i] == "so" && pair == "far")
                || (after[i] == "in" && pair is "total" or "all") || (after[i] == "since" && IsSinceAStart(pair)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"since its founding", "since 2019", "since April", "since it was founded", "since launching": a span from a start.</summary>
    private static bool IsSinceAStart(string pair) =>
        pair is "its" or "founding" or "inception" or "launch" or "launching" or "it" or "being" or "then" or "january" or "february" or "march" or "april"
            or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december" || (pair.Length == 4 && pair.All(char.IsDigit));

    /// <summary>
    /// "completed its Series A round and raised", "the funding round, which is raising" (the round's total), not "With the latest round, Acme
    /// has raised" (a phrase apart).
    /// </summary>
    private static bool RoundBeforeInClause(List<Word> words, int verb)
    {
        var relative = true;
        for (var j = verb - 1; j >= 0 && verb - j <= 5; j--)
        {
            if (words[j].Lower is "round" or "fundraise" && (!words[j].EndsPhrase || relative))
            {
                return true;
            }

            relative &= words[j].Lower is "which" or "that" or "is" or "was" or "has" or "had" or "have" or "been" or "will" or "would" or "be";
            if (words[j].EndsPhrase && j < verb - 1 && !relative)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Through an extension of a previous round, MessageBird has now raised", "Series F funding round, in which Gojek had already raised".</summary>
    private static bool RoundEarlier(List<Word> words, int verb) =>
        Enumerable.Range(Math.Max(0, verb - 20), Math.Min(20, verb)).Any(j => words[j].Lower is "round" or "extension" or "tranche");

    /// <summary>"Between its founding in 2023 and …, xAI raised", "Since its inception, Acme has raised": a span from the company's start.</summary>
    private static bool SinceTheFounding(List<Word> words, int verb)
    {
        for (var i = Math.Max(0, verb - 20); i < verb; i++)
        {
            if (words[i].Lower is "founding" or "inception" && Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(j => words[j].Lower is "since" or "between"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Many raisers or a market: "Indian ventures, according to the report, raised", "Australian and New Zealand enterprises raised", "South
    /// Africa which secured", "First-time share sales in Hong Kong have raised", and a participle whose subject is a place ("South Africa
    /// was in second place, raising", "Nigeria had regained its position …, driven by … equity funding – raising").
    /// </summary>
    private static bool IsManyRaisers(List<Word> words, int verb)
    {
        var participle = words[verb].Lower is "raising" or "securing" && verb >= 1 && words[verb - 1].EndsPhrase;
        if (participle)
        {
            return PlaceSubjectBefore(words, verb);
        }

        var i = verb - 1;
        while (i >= 0 && verb - i <= 6 && (words[i].Lower is "have" or "has" or "had" or "also" or "collectively" or "together" or "jointly" or "reportedly"
                   or "which" or "that" or "now" or "already" || AsideEndsAt(words, i)))
        {
            i = AsideEndsAt(words, i) ? AsideStart(words, i) - 1 : i - 1;
        }

        if (i < 0 || words[i].Possessive || (words[i].EndsPhrase && !AsideEndsAt(words, i)))
        {
            return false;
        }

        var lower = words[i].Lower;
        if (lower is "sales" or "listings" or "offerings" or "ipos" || (IsPlaceName(words[i])  && (i == 0 || !IsPlacePreposition(words[i - 1].Lower))))
        {
            return true;
        }

        return _raisedTotalCrowds.Contains(lower) && Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Reverse().TakeWhile(j => !words[j].EndsPhrase)
            .Any(j => IsPlaceName(words[j]) || words[j].Lower is "these" or "those");
    }

    /// <summary>A place or a nationality written with a capital ("Nigeria", "Indian"), not the adjectives "Global" and "Public".</summary>
    private static bool IsPlaceName(Word word) => Lexicon.Places.Contains(word.Core) && word.IsCapitalised && word.Core is not ("Global" or "Public");

    /// <summary>"in", "from", "of": a preposition before a place that makes it no subject.</summary>
    private static bool IsPlacePreposition(string lower) =>
        lower is "in" or "from" or "of" or "to" or "into" or "across" or "at" or "for" or "on" or "by" or "with" or "as" or "than";

    /// <summary>Whether word <paramref name="i"/> closes a short aside of a source ("…, according to the report,").</summary>
    private static bool AsideEndsAt(List<Word> words, int i) =>
        words[i].EndsPhrase && AsideStart(words, i) is var start && start > 0 && i - start <= 6
        && words[start].Lower is "according" or "per" or "citing" && words[start - 1].EndsPhrase;

    /// <summary>The first word of the aside that ends at word <paramref name="i"/>: the word after the phrase break before it.</summary>
    private static int AsideStart(List<Word> words, int i)
    {
        var j = i - 1;
        while (j >= 0 && i - j <= 7 && !words[j].EndsPhrase)
        {
            j--;
        }

        return j + 1;
    }

    /// <summary>A place as the subject before a participle: "South Africa was …", "Nigeria had regained …" (a verb right after it).</summary>
    private static bool PlaceSubjectBefore(List<Word> words, int verb)
    {
        for (var i = verb - 2; i >= 0 && verb - i <= 30; i--)
        {
            if (IsPlaceName(words[i]) && !words[i].Possessive && !words[i].EndsPhrase && i + 1 < words.Count
                && words[i + 1].Lower is "was" or "is" or "had" or "has" or "led" or "leads" or "remained" or "ranked" or "came" or "took" or "followed"
                && (i == 0 || !IsPlacePreposition(words[i - 1].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One round named after the figure: "in a Series B round", "$10 million Series B and …", "in one of its biggest funding rounds", "at a
    /// $10 billion valuation", "… to date, which was its maiden round"; not "in four rounds of funding". A superlative ("the largest … to
    /// date") names one deal too.
    /// </summary>
    private static bool OneRoundNamed(List<Word> words, int last, List<string> after)
    {
        var rounds = after.IndexOf("rounds");
        var single = after.FindIndex(_raisedTotalRoundWords.Contains);
        if ((single >= 0 && (rounds < 0 || single < rounds)) || (rounds > 0 && after.Take(rounds).Contains("one"))
            || after.Any(w => w is "largest" or "biggest" or "largest-ever" or "biggest-ever"))
        {
            return true;
        }

        // The clause after the figure's own: "…, which was its maiden round", "…, valuating the company at RMB 10 billion".
        var end = last + 1;
        while (end < words.Count && words[end].InBrackets)
        {
            end++;
        }

        while (end < words.Count && end - last <= 14 && (end == last + 1 || !words[end - 1].EndsPhrase))
        {
            end++;
        }

        var next = Window(words, end, 8).ToList();
        return (next.Count > 2 && next[0] == "which" && next[1] is "was" or "is" or "were" && next.Contains("round"))
            || (next.Count > 0 && next[0] is "valuing" or "valuating");
    }

    /// <summary>
    /// A debt word that sizes the figure: "in debt and equity", "through debt", "through an initial public offering"; not a purpose ("to help
    /// with car loans"), convertible debt (equity-like), nor debt another figure sizes ("on top of its $5 billion debt funding plans").
    /// </summary>
    private static bool DebtOfTheFigure(List<string> after)
    {
        for (var i = 0; i < after.Count; i++)
        {
            if (after[i] is "to" or "for" or "which" or "that" or "who")
            {
                return false;
            }

            var ownFigure = !Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(j => after[j].Any(char.IsDigit));
            if (_raisedTotalDebtWords.Contains(after[i]) && ownFigure && (i == 0 || after[i - 1] != "convertible"))
            {
                return true;
            }
        }

        return false;
    }
}
