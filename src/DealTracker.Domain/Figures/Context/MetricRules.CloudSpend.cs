namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the givers-and-shapes sweep: money spent with a cloud provider is compute bought: "Snapchat is running its business on Google
/// Cloud and has agreed to spend $2 billion over the next five years with the search giant", "signed a deal to spend $400m a year on
/// Google's cloud hosting" (a yearly amount, no revenue), and the total such a figure comes to ("– that's $2bn in total"). The sentence
/// must name cloud computing itself (cloud, AWS, Azure, web services, compute): data centres, chips and capacity alone do not (a build-out
/// or hardware bought).
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _cloudWords = new(StringComparer.Ordinal)
    {
        "cloud", "aws", "azure", "oci", "compute", "computing", "hosting",
    };

    private static bool IsCloudWord(IReadOnlyList<Word> words, int i) =>
        _cloudWords.Contains(words[i].Lower) || (words[i].Lower == "services" && i > 0 && words[i - 1].Lower == "web");

    /// <summary>
    /// Since the twenty-fourth session: chips bought from a named maker are compute bought too (convention M7), as "buy $10 billion of
    /// AMD chips" already reads: "spend $5 billion on Nvidia chips", "on AMD's processors", "on chips from Broadcom". Chips with no
    /// maker named stay to the other rules ("spend more than $600 billion this year on chips and data centers": a market's spending).
    /// </summary>
    private static bool IsSuppliersChips(IReadOnlyList<Word> words, int on, int j)
    {
        if (words[j].Lower is not ("chips" or "processors" or "semiconductors" or "accelerators"))
        {
            return false;
        }

        var maker = Enumerable.Range(on + 1, j - on - 1).Any(m => words[m].IsCapitalised && words[m].Core is not ("AI" or "A.I"));
        var from = !words[j].EndsPhrase && j + 2 < words.Count && words[j + 1].Lower is "from" or "made" && words[j + 2].IsCapitalised;
        return maker || from;
    }

    /// <summary>
    /// "spend $2 billion … with the search giant" in a sentence about the cloud; "spend $400m a year on Google's cloud hosting"; since the
    /// thirtieth session "invest approximately $40 billion in Nvidia’s high-performance chips" (<see cref="IsInvestedInSuppliersChips"/>).
    /// </summary>
    private static bool IsCloudSpendWithAProvider(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var verb = BackOverHedges(words, first - 1, floor);
        if (verb >= Math.Max(floor, 0) && words[verb].Lower is "invest" or "invests" or "investing" or "invested")
        {
            return IsInvestedInSuppliersChips(words, last);
        }

        if (verb < Math.Max(floor, 0) || words[verb].Lower is not ("spend" or "spends" or "spending" or "spent" or "pay" or "pays" or "paying"))
        {
            return false;
        }

        var i = SkipConversion(words, last);
        for (var k = i; k < words.Count && k < i + 10 && !(k > i && words[k - 1].EndsPhrase) && !words[last].EndsPhrase; k++)
        {
            if (words[k].Lower == "on")
            {
                // "on Google's cloud hosting", "on Microsoft Azure services"; not "on data centers, cloud computing and employees" (a
                // build-out whose first thing is no cloud).
                for (var j = k + 1; j < words.Count && j <= k + 4; j++)
                {
                    if (IsCloudWord(words, j) || IsSuppliersChips(words, k, j))
                    {
                        return true;
                    }

                    if (words[j].EndsPhrase || words[j].Lower is "and" or "or")
                    {
                        return false;
                    }
                }

                return false;
            }

            if (words[k].Lower == "with" && k + 1 < words.Count)
            {
                // "with the search giant", "with Google": a provider, in a sentence about the cloud.
                return Enumerable.Range(0, words.Count).Any(j => IsCloudWord(words, j));
            }
        }

        return false;
    }

    /// <summary>
    /// Since the thirtieth session: "invest approximately $40 billion in Nvidia’s high-performance chips": money "invested" in a maker's
    /// chips buys them (M7), as "spend $X on Nvidia chips" does; not money into a chip company ("in Nvidia's chip unit", "in AI chip
    /// startups").
    /// </summary>
    private static bool IsInvestedInSuppliersChips(IReadOnlyList<Word> words, int last)
    {
        var i = SkipConversion(words, last);
        if (words[last].EndsPhrase || i >= words.Count || words[i].Lower != "in")
        {
            return false;
        }

        for (var j = i + 1; j < words.Count && j <= i + 4; j++)
        {
            if (IsSuppliersChips(words, i, j))
            {
                return words[j].EndsPhrase || j + 1 >= words.Count || !IsCompanyNoun(words[j + 1].Lower);
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"– that's $2bn in total", "or $2bn in total": the total of the figure before.</summary>
    private static bool IsTotalOfTheFigureBefore(IReadOnlyList<Word> words, int first, int last, int floor)
    {
        var i = SkipConversion(words, last);
        var inTotal = i + 1 < words.Count && !words[last].EndsPhrase && words[i].Lower == "in" && words[i + 1].Lower == "total";
        var before = BackOverHedges(words, first - 1, floor);
        // "that's" is read as "that" with a possessive's "'s".
        var restated = before >= Math.Max(floor, 0) && (words[before].Lower is "that's" or "that’s" or "totalling" or "totaling" or "or"
            || (words[before].Lower == "that" && words[before].Possessive) || (words[before].Lower == "is" && before >= 1 && words[before - 1].Lower == "that"));
        return inTotal && restated || (before >= Math.Max(floor, 0) && words[before].Lower is "totalling" or "totaling");
    }
}
