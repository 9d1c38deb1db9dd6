using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Changes and new totals: a figure that a change or a new total ties to another ("bringing the total to $4 billion", "an
/// eightfold increase from $X": more of the figure before), revenue changed to a figure ("ARR guidance raised to $1.1 billion")
/// and a round or deal extended to one ("extending its Series B financing to $54 million").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of a change whose start is written after "from": "an eightfold increase from $X".</summary>
    private static readonly HashSet<string> _tenthChangeNouns = new(StringComparer.Ordinal)
    {
        "increase", "rise", "jump", "growth", "surge", "climb", "leap", "gain", "decline", "drop", "fall", "decrease", "dip", "slide",
    };

    /// <summary>"extending its Series B financing to", "bringing that total contract to": a round (Round) or a deal (SameAsBefore), else None.</summary>
    private static Cue? BroughtTo(List<Word> words, int first)
    {
        for (var v = first - 2; v >= Math.Max(0, first - 7) && !words[v].EndsPhrase; v--)
        {
            if (words[v].Lower is "bringing" or "extending" or "taking" or "lifting" or "pushing" or "brings" or "extends" or "extended" or "brought")
            {
                var between = words.Skip(v + 1).Take(first - 2 - v).Select(w => w.Lower).ToList();
                return between.Any(w => w is "round" or "financing" or "funding" or "raise" or "fundraise") ? Cue.Round
                    : between.Any(w => w is "contract" or "agreement" or "deal" or "commitment") ? Cue.SameAsBefore
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "growth last year of $1.9 billion, a nearly eightfold increase from just $228.9 million": the start of a change written as a noun
    /// and "from" is more of the figure before it in the sentence.
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthStartOfAChange(List<Word> words, int first, int floor, Metric? previous)
    {
        var from = first >= 2 && words[first - 1].Lower is "just" or "only" or "a" or "an" or "about" or "around" ? first - 2 : first - 1;
        return floor > 0 && from >= 1 && from - 1 >= floor && words[from].Lower == "from" && _tenthChangeNouns.Contains(words[from - 1].Lower)
            ? (previous, true)
            : null;
    }

    /// <summary>
    /// "bringing the total to $4 billion", "with an option to increase this to $1 billion": the new total of the figure before in the
    /// sentence, so the same metric; "brought the company's total investment in India to $10 billion": a total over a whole country, other.
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthTotalBroughtTo(List<Word> words, int first, int floor, Metric? previous)
    {
        if (floor > 0 && previous is not null && RaisesTheFigureBefore(words, first, floor))
        {
            return (previous, true);
        }

        if (first < 3 || words[first - 1].Lower != "to")
        {
            return null;
        }

        // Back over the object ("the total", "the company's total investment in India", "this") to its verb.
        var verb = -1;
        var total = false;
        var place = false;
        for (var i = first - 2; i >= Math.Max(0, first - 9) && !words[i].EndsPhrase; i--)
        {
            var lower = words[i].Lower;
            total |= lower is "total" or "tally" or "overall" or "sum";
            place |= lower == "in" && Lexicon.PlaceLength(words, i + 1) > 0;
            if (lower is "bringing" or "brings" or "brought" or "bring" or "taking" or "takes" or "took" or "lifting" or "lifts" or "lifted"
                or "pushing" or "pushed" or "increase" or "increasing" or "increased" or "boost" or "boosting" or "boosted" or "expand" or "expanding"
                or "raise" or "raising" or "lift" or "double" or "take")
            {
                verb = i;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        if (place && total)
        {
            return (null, true);
        }

        // Only the bare total or a pronoun: "the total raised" and "its total investment to date" say what they total (older rules).
        var bare = (first - verb == 4 && words[verb + 1].Lower is "the" or "its" or "their" && words[verb + 2].Lower == "total")
            || (first - verb == 3 && words[verb + 1].Lower is "this" or "it" or "that");
        if (!bare)
        {
            return null;
        }

        return floor > 0 && verb >= floor && previous is not null ? (previous, true) : null;
    }

    /// <summary>Whether the words before the figure make it more of the figure before it in the sentence, or the sum of what came before.</summary>
    private static bool RaisesTheFigureBefore(List<Word> words, int first, int floor)
    {
        // "with the figure rising to as much as $40 billion", "ramp up that amount as high as $100 billion": more of the figure before.
        if (InvestorRules.TenthRaisedFigureStart(words, first) is var raised and >= 0 && raised >= floor)
        {
            return true;
        }

        // "and with the new Amazon investment, the total exceeds $10 billion": the sum of what came before.
        return first >= 3 && first - 3 >= floor && words[first - 3].Lower == "the" && words[first - 2].Lower == "total"
            && words[first - 1].Lower is "exceeds" or "exceeded" or "tops" or "topped" or "reaches" or "reached" or "surpasses" or "surpassed";
    }

    /// <summary>"ARR guidance raised to as much as $1.1 billion", "annual sales rose to $X": revenue changed to the figure.</summary>
    private static (Metric? Metric, bool Found)? TenthRevenueRaisedTo(List<Word> words, int first, int floor)
    {
        if (first < 3 || words[first - 1].Lower != "to"
            || words[first - 2].Lower is not ("raised" or "lifted" or "increased" or "boosted" or "rose" or "grew" or "climbed" or "jumped" or "upgraded" or "risen" or "grown" or "hiked"))
        {
            return null;
        }

        for (var i = first - 3; i >= Math.Max(floor, first - 6) && !words[i].EndsPhrase; i--)
        {
            if (_revenueNouns.Contains(words[i].Lower) && words[i].Lower != "run")
            {
                return (Metric.Revenue, true);
            }

            if (words[i].Lower is not ("guidance" or "forecast" or "outlook" or "target" or "projection" or "its" or "the" or "annual" or "was" or "is" or "has" or "been" or "had"))
            {
                return null;
            }
        }

        return null;
    }
}
