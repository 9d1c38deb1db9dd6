namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Parties whose response is reported through "said it": "Saudi Aramco said it does not comment on market speculation", "The Carlyle
/// Group said that it would not comment on market rumours"; and asides that open with a lower-case word, which the party is read
/// across like a relative clause ("The company, partly owned by Marlboro maker Altria, declined to comment" is the company's response,
/// not Altria's).
/// </summary>
internal static partial class ResponseRules
{
    /// <summary>Verbs of saying between a party and the "it" that responds.</summary>
    private static readonly HashSet<string> _sayingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "stated", "noted", "replied", "responded",
    };

    /// <summary>The name before "said (that) it / they" ending at word <paramref name="i"/>; null when the words are not so.</summary>
    private static Name? SayingParty(SentenceWords sentence, int i)
    {
        if (i < 2 || sentence.Words[i].Lower is not ("it" or "they"))
        {
            return null;
        }

        i--;
        if (sentence.Words[i].Lower == "that")
        {
            i--;
        }

        if (i < 1 || !_sayingVerbs.Contains(sentence.Words[i].Lower))
        {
            return null;
        }

        return sentence.NameAt[i - 1] is { Kind: NameKind.Organisation } party && party.Last == i - 1 ? party : null;
    }

    /// <summary>Whether word <paramref name="i"/> opens an aside: a listed opener ("which", "a", "based") or any lower-case word that starts no name ("partly owned by").</summary>
    private static bool IsAsideOpener(SentenceWords sentence, int i) =>
        _asideOpeners.Contains(sentence.Words[i].Lower)
        || (sentence.NameAt[i] is null && sentence.Words[i].Core.Length > 0 && char.IsLower(sentence.Words[i].Core[0]));
}
