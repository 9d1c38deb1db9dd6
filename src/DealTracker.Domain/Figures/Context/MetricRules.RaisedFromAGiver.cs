using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Money a company raises is its round even when one giver is named (the issue's "raise $X" → roundSize, and convention M5: "money a
/// company raises in one round"), read after every metric rule: "Taimba has raised US$100,000 in funding from US-based impact investor
/// Gray Matters Capital", "Paytm … had raised USD 60 million from Mediatek", "Jio Platforms said it was raising $870 million from General
/// Atlantic". The readers of the conventions' sets (issue78 onward) all label these round sizes; the older sets, labelled before the
/// conventions, split, and were relabelled to M5 by a reader who saw no rule output (docs/issue-reading/relabels/raised-from.tsv). Left
/// alone: the giver as the subject ("Google invested $350 million in Flipkart"), money received rather than raised ("received $500
/// million from FTX", the giver's money put in), the giver's share of a wider round ("raised $350 million from Google as part of a $1
/// billion funding round") and a secondary stake (a stake bought from holders, M1).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs of a company raising money: "raised", "is raising".</summary>
    private static readonly HashSet<string> _companyRaiseVerbs = new(StringComparer.Ordinal) { "raise", "raises", "raised", "raising" };

    /// <summary>Words between the raise verb and the figure: "raised an additional $568 million", "raised nearly $2.5 Mn".</summary>
    private static readonly HashSet<string> _raiseFigureFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "about", "around", "roughly", "some", "nearly", "almost", "approximately", "over", "more", "than", "just", "under",
        "up", "to", "as", "much", "additional", "another", "further", "fresh", "new", "total", "of", "whopping", "record", "at", "least",
    };

    /// <summary>The metric after the raise cue: a round size for an investment a company raised from a named giver.</summary>
    private static Metric? RaisedFromAGiverReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        if (metric != Metric.Investment)
        {
            return metric;
        }

        var words = sentence.Words;

        var v = first - 1;
        while (v > 0 && _raiseFigureFillers.Contains(words[v].Lower) && !words[v - 1].EndsPhrase)
        {
            v--;
        }

        // "helped Acme to raise $X from …": the helper's sentence, whose reading of the money is left to the older rules.
        var helped = v > 1 && words[v - 1].Lower == "to" && words[v - 2].Lower is "helped" or "help" or "helping";
        if (!_companyRaiseVerbs.Contains(words[v].Lower) || words[v].EndsPhrase || helped)
        {
            return metric;
        }

        // "from Mediatek", "in funding from Gray Matters Capital", "in a Series C round from Xianghe Capital": a giver after the figure.
        var after = SkipConversion(words, last);
        var from = -1;
        for (var k = after; k < words.Count && k <= after + 6; k++)
        {
            if (words[k].Lower == "from")
            {
                from = k;
                break;
            }

            if (words[k].EndsPhrase && k > after)
            {
                break;
            }
        }

        if (from < 0 || from + 1 >= words.Count || words[from + 1].Lower is "the" && from + 2 < words.Count && words[from + 2].Lower is "sale" or "ipo" or "offering" or "listing")
        {
            return metric;
        }

        // "has raised $350 million from Google as part of a substantial $1 billion funding round", "a secondary stake acquisition": the
        // giver's share of a wider round, or a stake bought from holders, is the giver's investment (conventions M1, M2).
        var rest = words.Skip(after).Select(w => w.Lower).ToList();
        var partOfMore = rest.Zip(rest.Skip(1)).Any(p => p is ("part", "of") or ("share", "of"))
            || rest.Any(w => w is "secondary" or "acquisition") || words.Skip(Math.Max(0, v - 4)).Take(first - Math.Max(0, v - 4)).Any(w => w.Lower is "secondary");
        return partOfMore ? metric : Metric.RoundSize;
    }
}
