namespace DealTracker.Domain.Figures.Context;

internal static partial class InvestorRules
{
    /// <summary>Money verbs "the latter" may put the figure in with: "the latter to invest", "the latter will inject".</summary>
    private static readonly HashSet<string> _referredMoneyVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "inject", "injects", "injected", "put", "puts", "putting", "commit", "commits",
        "committed", "pump", "pumps", "pumped", "contribute", "contributes", "contributed", "provide", "provides", "provided", "pay", "pays",
        "paid",
    };

    /// <summary>Auxiliaries, particles and hedges around that verb: "the latter will also put in about $X".</summary>
    private static readonly HashSet<string> _referredMoneyFillers = new(StringComparer.Ordinal)
    {
        "to", "will", "would", "could", "is", "was", "has", "had", "also", "then", "in", "up", "about", "around", "nearly", "roughly",
        "approximately", "another", "an", "additional", "further", "a",
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
        while (k >= 0 && first - k <= 6 && !words[k].EndsPhrase
               && (_referredMoneyVerbs.Contains(words[k].Lower) || _referredMoneyFillers.Contains(words[k].Lower)))
        {
            invests |= _referredMoneyVerbs.Contains(words[k].Lower);
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
