namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The source rules added after blind27 and blind28's first runs (the twelfth round), read after the tenth round's: filings named without
/// their article or owner; an outlet or data provider with a verb of finding or telling ("Tracxn shared", "Global Venturing noted that",
/// "research firm eMarketer forecast").
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Verbs a provider or outlet tells its figures with, beside "said" and "reported".</summary>
    private static readonly HashSet<string> _twelfthProviderVerbs = new(StringComparer.Ordinal)
    {
        "noted", "notes", "shared", "shares", "forecast", "forecasts", "forecasted", "projected", "projects", "predicted", "predicts",
        "estimated", "estimates", "found", "finds", "observed", "calculated", "counted", "tallied", "showed", "shows", "highlighted",
    };

    /// <summary>Adds the twelfth round's sources to <paramref name="found"/>.</summary>
    private static void TwelfthRoundSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 1; i < words.Count; i++)
        {
            if (TwelfthProviderTelling(sentence, i) is { } provider && seenNames.Add(provider.Start))
            {
                found.Add(new SourceMention(provider.Text, SourceKind.Named, provider.Start, provider.End - provider.Start));
            }
        }
    }

    /// <summary>
    /// "Global Venturing noted that …", "…, Tracxn shared.", "Research firm eMarketer forecast …": an outlet or provider (listed, shaped
    /// like one, or described as a research or data firm) right before a verb of finding or telling. "Microsoft noted" is no source.
    /// </summary>
    private static Name? TwelfthProviderTelling(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_twelfthProviderVerbs.Contains(words[i].Lower) || words[i - 1].EndsPhrase
            || sentence.NameAt[i - 1] is not { Possessive: false, Kind: not NameKind.Person } name || name.Last != i - 1)
        {
            return null;
        }

        // The verb must tell something: "that", a clause's end, or a figure's subject after it ("forecast the company would …").
        var tells = words[i].EndsPhrase || i + 1 == words.Count || words[i + 1].Lower is "that" or "the" or "in" or "on" or "a" or "an";
        var described = name.First >= 2 && words[name.First - 1].Lower is "firm" or "company" or "provider" or "tracker" or "platform" or "consultancy"
            && words[name.First - 2].Lower is "research" or "data" or "analytics" or "intelligence" or "consulting" or "advisory" or "market";
        return tells && (name.Kind == NameKind.Outlet || IsOutletish(name) || described) ? name : null;
    }

    /// <summary>A filing is named without its article or possessive: "a regulatory filing" → "regulatory filing", "its filing" → "filing".</summary>
    private static int FilingNameStart(List<Word> words, int phraseStart, int filing)
    {
        var start = phraseStart;
        while (start < filing && words[start].Lower is "a" or "an" or "the" or "its" or "their")
        {
            start++;
        }

        return start;
    }
}
