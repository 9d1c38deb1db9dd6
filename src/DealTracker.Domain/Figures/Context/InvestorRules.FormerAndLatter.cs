namespace DealTracker.Domain.Figures.Context;

internal static partial class InvestorRules
{
    /// <summary>Words between "the latter" and the figure it puts in: "the latter to invest", "the latter will inject".</summary>
    private static readonly HashSet<string> _referredInvestingWords = new(StringComparer.Ordinal)
    {
        "to", "will", "would", "could", "is", "was", "has", "had", "also", "then", "invest", "invests", "invested", "investing", "inject",
        "injects", "injected", "put", "puts", "putting", "commit", "commits", "committed", "pump", "pumps", "pumped", "contribute",
        "contributes", "contributed", "provide", "provides", "provided", "in", "up", "about", "around", "nearly", "roughly", "approximately",
        "another", "an", "additional", "further", "a", "pay", "pays", "paid",
    };

    /// <summary>
    /// Since the thirtieth session: the investor "the latter" or "the former" stands for, when it is the subject of the money verb a few
    /// words before the figure: "Compugen said that it has struck a deal with … Bristol Myers Squibb (BMY -0.27%) for the latter to invest
    /// $20 million into its equity" (Bristol Myers Squibb, the second of the two organisations named before it; "the former" is the first).
    /// Null when no such words stand before the figure.
    /// </summary>
    internal static string? FormerOrLatterInvesting(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var k = first - 1;
        var invests = false;
        while (k >= 0 && first - k <= 6 && _referredInvestingWords.Contains(words[k].Lower) && !words[k].EndsPhrase)
        {
            invests |= words[k].Lower is not ("to" or "will" or "would" or "could" or "is" or "was" or "has" or "had" or "also" or "then" or "in"
                or "up" or "about" or "around" or "nearly" or "roughly" or "approximately" or "another" or "an" or "additional" or "further" or "a");
            k--;
        }

        if (!invests || k < 1 || words[k].Lower is not ("latter" or "former") || words[k - 1].Lower != "the")
        {
            return null;
        }

        var named = sentence.Names.Where(n => n.Last < k - 1 && n.Kind != NameKind.Outlet && !words[n.First].InBrackets).ToList();
        if (named.Count < 2)
        {
            return null;
        }

        return words[k].Lower == "latter" ? named[^1].Text : named[^2].Text;
    }
}
