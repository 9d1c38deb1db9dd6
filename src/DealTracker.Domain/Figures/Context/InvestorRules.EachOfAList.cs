namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// One figure, several named investors. A figure carries one investor (the API's <c>investor</c> is one name or null), so, as for any
/// list of one figure's investors (InvestorRules.Lists.cs), the first named stands for them all, and the response's organisations list
/// every name:
/// <list type="bullet">
/// <item>money each of them put in ("Microsoft, Nvidia and Amazon each invested $1 billion", "… invested $1 billion each", "Each of
/// Microsoft, Nvidia and Amazon invested $1 billion") is true of every one of them, the first included;</item>
/// <item>money they put in together ("Microsoft and Nvidia will invest a combined $15 billion", "a combined $15 billion from Microsoft
/// and Nvidia", "will together / jointly invest") keeps the first named too: the corpus labels (docs/extractor.md, "Several investors for one figure")
/// accept any of the pooling names, and naming none would leave the editor no party to check the figure against.</item>
/// </list>
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>"Each of Microsoft, Nvidia and Amazon invested $1 billion": the first of the list after "Each of" before the figure; null when none.</summary>
    private static string? EachOfListHead(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var k = first - 1; k >= 1 && k >= first - 20; k--)
        {
            if (words[k].EndsPhrase && words[k].After is ';' or ':')
            {
                return null;
            }

            if (words[k - 1].Lower == "each" && words[k].Lower == "of" && k + 1 < first && sentence.NameAt[k + 1] is { Kind: NameKind.Organisation } head
                && head.First == k + 1 && NextListItem(sentence, head) is not null)
            {
                return head.Text;
            }
        }

        return null;
    }

    /// <summary>The organisation after <paramref name="name"/> in a list joined by a comma or "and" ("Microsoft and Nvidia"); null when none.</summary>
    private static Name? NextListItem(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        var k = name.Last + 1;
        if (k < words.Count && words[k].Lower is "and" or "&" && !words[name.Last].EndsPhrase)
        {
            k++;
        }
        else if (words[name.Last].After != ',')
        {
            return null;
        }

        return k < words.Count && sentence.NameAt[k] is { Kind: NameKind.Organisation } next && next.First == k ? next : null;
    }
}
