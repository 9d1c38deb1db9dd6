namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Lists of names: several investors for one figure give the first named ("Nvidia, Microsoft and Amazon will invest"), and figures listed
/// before "respectively" go each to the name in the same place of a list of as many names.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>
    /// "GM Ventures and Itochu Technology Ventures ... split $3.2m and $1m respectively", "Naver and SK Corp., which invested 309.2
    /// billion won and 264.8 billion won, respectively": the n-th figure of a list ending in "respectively" goes to the n-th
    /// organisation of the first list of as many names joined by "and" or commas. Null when the sentence says no such thing.
    /// </summary>
    public static string? Respective(SentenceWords sentence, List<(int First, int Last)> figures, int f)
    {
        var words = sentence.Words;
        var r = words.FindIndex(w => w.Lower.StartsWith("respectively", StringComparison.Ordinal));
        var end = figures.FindLastIndex(g => g.Last < r && g.First >= 0 && g.Last >= 0);
        if (r < 0 || end < 0 || r - figures[end].Last > 1 || f > end)
        {
            return null;
        }

        var start = end;
        while (start > 0 && figures[start - 1].Last < figures[start].First && IsListGap(words, figures[start - 1].Last, figures[start].First))
        {
            start--;
        }

        if (f < start || end == start)
        {
            return null;
        }

        var count = end - start + 1;
        var organisations = sentence.Names.Where(n => n.Kind == NameKind.Organisation && n.Last < figures[start].First).ToList();
        for (var i = 0; i + count <= organisations.Count; i++)
        {
            var group = organisations.Skip(i).Take(count).ToList();
            if (group.Zip(group.Skip(1)).All(pair => IsListGap(words, pair.First.Last, pair.Second.First)))
            {
                return group[f - start].Text;
            }
        }

        return null;
    }

    /// <summary>Only "and" or a comma between two items of a list.</summary>
    private static bool IsListGap(List<Word> words, int lastOfOne, int firstOfNext) =>
        firstOfNext - lastOfOne == 1 ? words[lastOfOne].After == ','
        : firstOfNext - lastOfOne == 2 && words[lastOfOne + 1].Lower is "and" or "&";

    /// <summary>
    /// "Temasek, its new unit Seatown and private-equity firm Hopu have bought $235 million of shares", "Nvidia, Microsoft and Amazon
    /// will invest": several investors for one figure give the first named (a label accepts any of them). The items are names joined
    /// by commas or "and", each after at most five small words saying what it is; a list joined by ", and" needs three names (", and"
    /// alone joins clauses: "Microsoft backed OpenAI, and Google invested"); the first must be able to invest itself.
    /// </summary>
    private static Name? ListHead(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;

        // "Microsoft and Thrive Capital, which invested $1 billion": a relative clause speaks of its own name only.
        if (words[name.Last].After == ',' && name.Last + 1 < words.Count && words[name.Last + 1].Lower is "which" or "who")
        {
            return null;
        }

        Name? head = null;
        var items = 1;
        var commaAnd = false;
        var current = name;
        while (PreviousListItem(sentence, current) is { } previous)
        {
            var gap = words[previous.item.Last + 1].Lower is "and" or "&";

            // "Today, Brookfield …", "Furthermore, SK Square": a list ends in "and".
            if (items == 1 && !gap)
            {
                return null;
            }

            commaAnd |= gap && words[previous.item.Last].After == ',';
            head = previous.item;
            current = previous.item;
            items++;
        }

        return head is not null && (!commaAnd || items >= 3) ? head : null;
    }

    private static (Name item, int gapEnd)? PreviousListItem(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        var k = name.First - 1;
        var described = 0;
        while (k >= 0 && described < 5 && !words[k].EndsPhrase && sentence.NameAt[k] is null && words[k].Core.Length > 0
               && char.IsLower(words[k].Core[0]) && words[k].Lower is not ("and" or "&" or "or" or "the" or "a" or "an") && !Lexicon.Prepositions.Contains(words[k].Lower)
               && !PutsMoneyIn(words, k, k + 1) && words[k].Lower is not ("is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "said"))
        {
            k--;
            described++;
        }

        if (k >= 0 && words[k].Lower is "its" or "their" && described > 0)
        {
            k--;
        }

        if (k >= 1 && words[k].Lower is "and" or "&" && !words[k].EndsPhrase)
        {
            k--;
        }
        else if (k < 0 || words[k].After != ',')
        {
            return null;
        }

        return sentence.NameAt[k] is { Kind: NameKind.Organisation } item && item.Last == k && !item.Possessive && !words[item.First].InBrackets
            ? (item, k)
            : null;
    }
}
