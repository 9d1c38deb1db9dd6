namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twentieth session: a company's head who announces the company's plan speaks for the company, which is the investor ("Meta
/// CEO Mark Zuckerberg announced plans to invest up to $65 billion this year" → Meta). A head who puts in money of their own stays the
/// investor ("OpenAI's CEO Sam Altman had personally invested $1M", "Virgin chairman Richard Branson is looking to invest"): only a chief
/// executive, chair or president named right after the company who announces, says or confirms counts, and not when the sentence says
/// the money is the head's own ("personally", "his … offer").
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Words that make a head's money their own: "personally", "his own", "family office", "his … offer".</summary>
    private static readonly HashSet<string> _ownMoneyWords = new(StringComparer.Ordinal) { "personally", "own", "family", "personal", "private", "his", "her" };

    /// <summary>The company a head named as <paramref name="investor"/> speaks for, or <paramref name="investor"/> itself.</summary>
    internal static string? CompanyOfItsHead(SentenceWords sentence, string? investor)
    {
        var words = sentence.Words;
        if (investor is not { Length: > 0 } || words.Any(w => _ownMoneyWords.Contains(w.Lower)))
        {
            return investor;
        }

        foreach (var person in sentence.Names)
        {
            if (person.Kind != NameKind.Person || person.Text != investor || person.First < 2)
            {
                continue;
            }

            // "Meta CEO Mark Zuckerberg", "Nvidia chief executive Jensen Huang", "SoftBank Chairman Masayoshi Son".
            var r = person.First - 1;
            if (words[r].Lower == "executive" && words[r - 1].Lower == "chief")
            {
                r--;
            }

            // Only a head who announces: "Virgin chairman Richard Branson is looking to invest $200 million" is his own intention.
            var announces = person.Last + 1 < words.Count && !words[person.Last].EndsPhrase && words[person.Last + 1].Lower is "announced" or "announces"
                or "unveiled" or "unveils" or "revealed" or "reveals" or "outlined" or "outlines" or "confirmed" or "confirms" or "said" or "says";
            if (announces && words[r].Lower is "ceo" or "chief" or "chairman" or "chairwoman" or "chair" or "president" && r >= 1 && !words[r - 1].EndsPhrase
                && sentence.NameAt[r - 1] is { } company && company.Kind != NameKind.Person && company.Last == r - 1)
            {
                return company.Text;
            }
        }

        return investor;
    }
}
