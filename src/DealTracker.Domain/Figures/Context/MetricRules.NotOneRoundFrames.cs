namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The frames of the round false-positives sweep (MetricRules.NotOneRound.cs): who or what drew the money (a place, a sector, many
/// receivers), over what span (a period in the perfect tense, "which has raised"), for what (an offering, a fund's target), and the three
/// frames of one round no cue read (a round closed by a company at a figure, out of stealth with a figure, the figure led by an investor).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Places of several words or short forms the place lists do not hold: "the United Arab Emirates", "Mena", "KSA".</summary>
    private static readonly HashSet<string> _notOneRoundPlaces = new(StringComparer.Ordinal)
    {
        "United Arab Emirates", "United Kingdom", "United States", "MENA", "Mena", "GCC", "KSA", "Sub-Saharan Africa", "North Africa", "Nordics",
        "the Nordics", "DACH", "Benelux", "Baltics", "Levant", "Middle East",
    };

    /// <summary>Openers before a sentence's subject: "With almost €1bn in funding attracted …, the UK led", "Sector-wise, fintech remains".</summary>
    private static readonly HashSet<string> _notOneRoundOpeners = new(StringComparer.Ordinal)
    {
        "with", "in", "overall", "sector-wise", "meanwhile", "by", "across", "among", "of", "at", "collectively", "together", "altogether",
        "country-wise", "region-wise", "geographically", "regionally", "elsewhere", "similarly", "likewise", "separately", "during", "over",
    };

    /// <summary>Words before a collective that make it the one a ranking names: "the third-highest funded sector", "the most funded country".</summary>
    private static bool IsRankingWord(string lower) =>
        lower.Contains("funded", StringComparison.Ordinal) || lower.Contains("highest", StringComparison.Ordinal)
        || lower.Contains("largest", StringComparison.Ordinal) || lower.Contains("biggest", StringComparison.Ordinal) || lower is "most" or "top" or "leading";

    /// <summary>How many words of a place start at <paramref name="j"/> (any list the readers know), or 0.</summary>
    private static int NotOneRoundPlaceLength(List<Word> words, int j)
    {
        var best = Math.Max(TargetPlaceLength(words, j), Lexicon.PlaceLength(words, j));
        var phrase = words[j].Core;
        for (var k = j; k < words.Count && k - j < 3; k++)
        {
            phrase = k == j ? phrase : phrase + " " + words[k].Core;
            best = _notOneRoundPlaces.Contains(phrase) ? Math.Max(best, k - j + 1) : best;
            if (words[k].EndsPhrase || words[k].Possessive)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>"followed by Sweden with €582m of funding", "the UK led the way with €1bn": a place right before "with" and the figure.</summary>
    private static bool IsPlaceWithFigure(List<Word> words, int cue)
    {
        if (cue < 2 || words[cue - 1].Lower != "with")
        {
            return false;
        }

        for (var j = Math.Max(0, cue - 5); j < cue - 1; j++)
        {
            var length = NotOneRoundPlaceLength(words, j);
            if (length > 0 && j + length == cue - 1 && !words[cue - 2].Possessive)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence's subject is a place or several ("The UAE and Saudi Arabia emerged second and third, having secured $X", "Overall, the
    /// United Arab Emirates (UAE) stands first with 22 of its startups secured $X"), a collective ("The countries attracted funding worth
    /// $X") or a ranking names a sector ("Logistics was the third-highest funded sector, bringing in $X"); no company named in between.
    /// </summary>
    private static bool IsPlaceOrSectorSubject(List<Word> words, int first, int last)
    {
        // "with $75m raised by Bahrain-based Rain": a company named right after the figure raised it.
        if (IsRaisedByAfter(words, last))
        {
            return false;
        }

        var start = 0;
        if (words.Count > 0 && _notOneRoundOpeners.Contains(words[0].Lower))
        {
            start = Enumerable.Range(0, Math.Min(words.Count, 25)).FirstOrDefault(j => words[j].EndsPhrase, -1) + 1;
        }

        if (start <= 0 && words.Count > 0 && _notOneRoundOpeners.Contains(words[0].Lower))
        {
            return false;
        }

        var end = PlacesSubjectEnd(words, start);

        // "With almost €1bn in funding attracted over the three-month period, the UK led the way": the figure in the opener, a place after it.
        if (first < start)
        {
            return end > start && NoCompanyBetween(words, 1, first);
        }

        var collective = end == start && start < words.Count && (words[start].Lower is "the" or "these" or "those" or "both" or "all")
            && start + 1 < words.Count && _notOneRoundCollectives.Contains(words[start + 1].Lower) ? start + 2 : -1;
        var from = end > start ? end : collective;
        if (from < 0)
        {
            from = RankedCollectiveEnd(words, first);
        }

        return from > 0 && from <= first && NoCompanyBetween(words, from, first);
    }

    /// <summary>The word after a run of places at <paramref name="start"/> ("The UAE and Saudi Arabia", "the United Arab Emirates (UAE)"), or start.</summary>
    private static int PlacesSubjectEnd(List<Word> words, int start)
    {
        var i = start < words.Count && words[start].Lower == "the" ? start + 1 : start;
        var places = 0;
        while (i < words.Count)
        {
            var length = NotOneRoundPlaceLength(words, i);
            if (length > 0 && !words[i + length - 1].Possessive)
            {
                places++;
                i += length;
            }
            else if (words[i].InBrackets || (places > 0 && words[i].Lower is "and" or "&" or "the"))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // "Indian startup Zepto raised": a company named after the places is caught by the check that no company stands before the figure.
        // "The Swedish “buy now and pay later” company": a nationality is no subject, a country is.
        return places > 0 && i < words.Count && !words[i].IsCapitalised && !IsNationality(words[i - 1].Core) ? i : start;
    }

    /// <summary>A nationality, not a country: "Swedish", "Indian", "Saudi" (alone), not "Egypt", "Oman", "Saudi Arabia", "UAE".</summary>
    private static bool IsNationality(string core) =>
        (core.EndsWith("ian", StringComparison.Ordinal) || core.EndsWith("ean", StringComparison.Ordinal) || core.EndsWith("can", StringComparison.Ordinal)
            || core.EndsWith("ese", StringComparison.Ordinal) || core.EndsWith("ish", StringComparison.Ordinal) || core.EndsWith("yan", StringComparison.Ordinal))
        || core is "German" or "Saudi" or "Thai" or "Swiss" or "Dutch" or "Greek" or "Czech" or "Qatari" or "Emirati" or "Kuwaiti" or "Omani" or "Bahraini"
            or "Israeli" or "Pakistani" or "Bangladeshi" or "Argentine" or "Filipino" or "Rwandan" or "Ugandan";

    /// <summary>"$75m raised by Bahrain-based Rain", "$50m by UAE-based Tabby": a named raiser right after the figure.</summary>
    private static bool IsRaisedByAfter(List<Word> words, int last)
    {
        var i = SkipConversion(words, last);
        if (i < words.Count && words[i].Lower is "raised" or "secured" or "bagged" or "landed")
        {
            i++;
        }

        return i + 1 < words.Count && words[i].Lower == "by" && words[i + 1].IsCapitalised;
    }

    /// <summary>The word after a ranked collective before the figure ("the third-highest funded sector,"), or -1.</summary>
    private static int RankedCollectiveEnd(List<Word> words, int first)
    {
        for (var j = first - 1; j >= 1 && first - j <= 12; j--)
        {
            // "Logistics was the third-highest funded sector,", not "Anthropic, one of the world's largest AI startups,".
            var window = Enumerable.Range(Math.Max(0, j - 5), Math.Min(5, j)).ToList();
            if (_notOneRoundCollectives.Contains(words[j].Lower) && window.Any(k => IsRankingWord(words[k].Lower))
                && window.Any(k => words[k].Lower is "was" or "is" or "remains" or "remained" or "became" or "emerged" or "ranked" or "as"))
            {
                return j + 1;
            }
        }

        return -1;
    }

    /// <summary>No capitalised word but places, months and bracketed short forms, and no round, between the subject and the figure: no company named there.</summary>
    private static bool NoCompanyBetween(List<Word> words, int from, int first)
    {
        for (var j = from; j < first; j++)
        {
            // "California accounted for half of all rounds in which companies raised $100 million or more": rounds' sizes, not the place's money.
            if (words[j].Lower is "round" or "rounds")
            {
                return false;
            }

            if (words[j].IsCapitalised && !words[j].InBrackets && NotOneRoundPlaceLength(words, j) == 0 && !Lexicon.Months.Contains(words[j].Lower)
                && words[j].Core is not ("Q1" or "Q2" or "Q3" or "Q4" or "H1" or "H2"))
            {
                return false;
            }
        }

        return true;
    }
}
