namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// A name that cites people is a reporter, whatever its name: "Daily Handelsblatt cited industry sources as saying", "Calcalist quoted
/// unnamed officials as saying" (https://www.reuters.com/article/kloeckner-stake-idUSL6N0BL1Z320130221). A party to a deal does not cite
/// sources about itself, so the frame alone says the name is an outlet.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Adds names that cite or quote unnamed people right after them.</summary>
    private static void CitingReporterSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i].Lower is "cited" or "quoted" && sentence.NameAt[i - 1] is { Kind: not NameKind.Person } reporter && reporter.Last == i - 1
                && !words[i - 1].EndsPhrase && CitesPeople(words, i + 1) && seenNames.Add(reporter.Start)
                && !found.Any(f => f.Start <= reporter.Start && reporter.Start < f.Start + f.Length))
            {
                found.Add(WithoutLeadingKind(sentence, reporter));
            }
        }
    }

    /// <summary>The reporter without what it is written before it: "Daily Handelsblatt" → "Handelsblatt", "Newspaper Kommersant" → "Kommersant".</summary>
    private static SourceMention WithoutLeadingKind(SentenceWords sentence, Name reporter)
    {
        var words = sentence.Words;
        var start = reporter.Last > reporter.First && _frameKinds.Contains(words[reporter.First].Lower) ? words[reporter.First + 1].Start : reporter.Start;
        return new SourceMention(sentence.Text[start..reporter.End], SourceKind.Named, start, reporter.End - start);
    }

    /// <summary>Whether unnamed people follow from <paramref name="j"/>: "industry sources", "two unnamed officials", "people familiar".</summary>
    private static bool CitesPeople(List<Word> words, int j)
    {
        for (var k = j; k < words.Count && k - j <= 3; k++)
        {
            if (_framePeople.Contains(words[k].Lower) || words[k].Lower is "source" or "person" or "insider" or "official")
            {
                return true;
            }

            if (words[k].IsCapitalised || words[k].EndsPhrase || !(_quantifiers.Contains(words[k].Lower) || _sourceAdjectives.Contains(words[k].Lower)))
            {
                return false;
            }
        }

        return false;
    }
}
