namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the forty-fourth session: an outlet named by what was written for it or handed to it. "Matthew Herper, writing for
/// Forbes", "… reported for Bloomberg News" (the writer's outlet); "an email, a copy of which TechCrunch has reviewed" (the outlet
/// that saw the document); "data from GlobalData provided exclusively to Reuters" (the outlet the data was given to, beside the
/// provider). Not "reported for the quarter" or "writing for a living" (no outlet), and only an outlet as the one written for or
/// handed to.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Adds the outlets written for, shown a copy or handed data to.</summary>
    private static void WrittenForAndHandedSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        for (var i = 1; i + 2 < sentence.Words.Count; i++)
        {
            if ((WrittenFor(sentence, i) ?? CopyReviewedBy(sentence, i) ?? HandedTo(sentence, i)) is { } outlet && seenNames.Add(outlet.Start))
            {
                found.Add(new SourceMention(outlet.Text, SourceKind.Named, outlet.Start, outlet.End - outlet.Start));
            }
        }
    }

    /// <summary>"writing for Forbes", "reported for Bloomberg News", "who writes for The Atlantic": the outlet after "for".</summary>
    private static Name? WrittenFor(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        return words[i].Lower is "writing" or "wrote" or "writes" or "reported" or "reporting" or "reports" && !words[i].EndsPhrase
            && words[i + 1].Lower == "for" && !words[i + 1].EndsPhrase
                ? OutletAt(sentence, i + 2)
                : null;
    }

    /// <summary>"a copy of which TechCrunch has reviewed", "a copy of which was seen by Reuters" (the latter read by the seen-by rule).</summary>
    private static Name? CopyReviewedBy(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower != "which" || i < 2 || words[i - 1].Lower != "of" || words[i - 2].Lower is not ("copy" or "copies")
            || sentence.NameAt[i + 1] is not { Kind: not NameKind.Person } name || name.First != i + 1 || name.Possessive || words[name.Last].EndsPhrase)
        {
            return null;
        }

        var k = name.Last + 1;
        k += k < words.Count && words[k].Lower is "has" or "had" or "have" && !words[k].EndsPhrase ? 1 : 0;
        return k < words.Count && words[k].Lower is "reviewed" or "seen" or "saw" or "obtained" or "viewed" or "examined" ? name : null;
    }

    /// <summary>
    /// "provided exclusively to Reuters", "given to the Financial Times": an outlet handed the data or the document, not a company's
    /// statement handed to it (read by the rules of statements, if at all). "Shared with"
    /// is left to the rules of people speaking ("Garner shared with CNBC" names CNBC; figures "shared exclusively with City A.M."
    /// do not, ThirtyThirdSessionRulesTests).
    /// </summary>
    private static Name? HandedTo(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("provided" or "given" or "supplied" or "sent") || words[i].EndsPhrase
            || words.Skip(Math.Max(0, i - 4)).Take(Math.Min(i, 4)).Any(w => w.Lower is "statement" or "statements"))
        {
            return null;
        }

        var k = i + 1;
        k += words[k].Lower is "exclusively" or "only" && !words[k].EndsPhrase ? 1 : 0;
        return k + 1 < words.Count && words[k].Lower == "to" && !words[k].EndsPhrase ? OutletAt(sentence, k + 1) : null;
    }

    /// <summary>The outlet named at word <paramref name="k"/> (after an optional "the"): a name read as an outlet or listed as one.</summary>
    private static Name? OutletAt(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        k += k < words.Count && words[k].Lower == "the" && !words[k].EndsPhrase ? 1 : 0;
        return k < words.Count && sentence.NameAt[k] is { } name && name.First == k && IsOutletName(name) ? name : null;
    }
}
