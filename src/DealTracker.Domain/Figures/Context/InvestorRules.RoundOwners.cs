namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-third session: the company whose round it is receives the money and is never its investor (V2). When the reading
/// names the owner of a round ("Softbank said it could lead Open AI’s new round with an investment of 25 billion US Dollars", "ASML …
/// led Mistral AI’s latest investment round by putting in €1.3 billion"), the investor is whoever leads that round: the nearest
/// organisation before the leading verb, or none.
/// </summary>
internal static partial class InvestorRules
{
    private static readonly HashSet<string> _roundOwnedNouns = new(StringComparer.Ordinal)
    {
        "round", "rounds", "series", "seed", "funding", "fundraise", "fundraising", "fund-raising", "raise",
    };

    /// <summary>The investor once a round's owner is set aside: <paramref name="investor"/> itself when it owns no round in the sentence.</summary>
    internal static string? NotTheRoundsOwner(SentenceWords sentence, string? investor)
    {
        if (investor is null)
        {
            return null;
        }

        var words = sentence.Words;
        foreach (var name in sentence.Names)
        {
            var same = string.Equals(name.Text.TrimEnd('\'', '’', 's'), investor.TrimEnd('\'', '’', 's'), StringComparison.Ordinal)
                || name.Text.StartsWith(investor, StringComparison.Ordinal);
            if (!name.Possessive || !same)
            {
                continue;
            }

            var owns = Enumerable.Range(name.Last + 1, 4).TakeWhile(k => k < words.Count)
                .Any(k => _roundOwnedNouns.Contains(words[k].Lower) && !words.Skip(name.Last + 1).Take(k - name.Last - 1).Any(w => w.EndsPhrase));
            var led = name.First >= 1 && words[name.First - 1].Lower is "lead" or "led" or "leads" or "leading" or "co-lead" or "co-led" or "co-leads";
            if (!owns || !led)
            {
                continue;
            }

            // The nearest organisation before the leading verb, not possessive: "Softbank said it could lead", "ASML, the Dutch …, led".
            return sentence.Names.Where(n => n.Last < name.First - 1 && n.Kind == NameKind.Organisation && !n.Possessive)
                .OrderByDescending(n => n.Last).FirstOrDefault()?.Text;
        }

        return investor;
    }
}
