namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The source rules added after blind21 and blind22's first runs (the ninth round), read after the eighth round's: "as per the report
/// by investment bank X" and "X reported, citing data from regulator Y".
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Adds the ninth round's named sources to <paramref name="found"/>.</summary>
    private static void NinthRoundSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (NinthRoundNamed(sentence, i) is { } name && seenNames.Add(name.Start))
            {
                found.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            }
        }
    }

    /// <summary>
    /// "as per the report by investment bank Avalon Capital" (a report by a described organisation) and "citing data from industry
    /// regulator FSC" (data cited from one): the organisation after the descriptor, or null.
    /// </summary>
    private static Name? NinthRoundNamed(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var reportBy = words[i].Lower is "by" && words[i - 1].Lower is "report" or "study" or "analysis" or "survey" && !words[i - 1].EndsPhrase;
        var dataFrom = words[i].Lower is "from" && words[i - 1].Lower is "data" or "figures" or "statistics" && i >= 2
            && words[i - 2].Lower is "citing" or "quoting" or "using" && !words[i - 1].EndsPhrase;
        return (reportBy || dataFrom) && !words[i].EndsPhrase ? sentence.OrganisationAfterDescriptor(i + 1) : null;
    }
}
