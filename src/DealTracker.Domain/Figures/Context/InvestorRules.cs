namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Who puts the money into an investment figure, when the sentence names them:
/// <list type="number">
/// <item>a name between the figure and its noun: "a $50B <b>Amazon</b> investment";</item>
/// <item>a possessive right before it: "<b>SoftBank’s</b> existing $41 billion stake";</item>
/// <item>otherwise the nearest organisation before the figure (at most <see cref="LookBack"/> words) that is not the object of
/// a preposition ("in OpenAI", "led by Sequoia"), not a modifier ("a massive OpenAI investment"), not an outlet and not a person:
/// "Microsoft, which committed about $2 billion", "Google would put in $1 billion and Salesforce up to $500 million".</item>
/// </list>
/// </summary>
internal static class InvestorRules
{
    public const int LookBack = 40;

    private static readonly HashSet<string> _prepositions = new(StringComparer.Ordinal)
    {
        "in", "into", "to", "with", "from", "for", "of", "at", "on", "by", "behind", "about", "than", "including", "like", "as", "via",
        "between", "among", "against", "over", "under", "toward", "towards", "across", "within", "without", "after", "before", "than",
    };

    public static string? Find(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;

        // 1. "$50B Amazon investment".
        for (var i = last + 1; i < words.Count && i <= last + 3; i++)
        {
            if (sentence.NameAt[i] is { Kind: NameKind.Organisation } between && between.Last + 1 < words.Count
                && words[between.Last + 1].Lower is "investment" or "stake" or "injection" or "backing")
            {
                return between.Text;
            }

            if (words[i].EndsPhrase)
            {
                break;
            }
        }

        // "another $2 billion from Google".
        if (last + 2 < words.Count && words[last + 1].Lower == "from" && !words[last].EndsPhrase
            && sentence.NameAt[last + 2] is { Kind: NameKind.Organisation } from && from.First == last + 2)
        {
            return from.Text;
        }

        // 2. "SoftBank's existing $41 billion stake".
        for (var i = first - 1; i >= Math.Max(0, first - 3); i--)
        {
            if (sentence.NameAt[i] is { Possessive: true, Kind: NameKind.Organisation } owner && owner.Last == i)
            {
                return owner.Text;
            }

            if (words[i].EndsPhrase)
            {
                break;
            }
        }

        // 3. The nearest organisation before the figure that can be the one investing.
        for (var i = first - 1; i >= Math.Max(0, first - LookBack); i--)
        {
            if (sentence.NameAt[i] is not { } name || name.Last != i)
            {
                continue;
            }

            i = name.First;
            if (name.Kind != NameKind.Organisation || words[name.First].InBrackets)
            {
                continue;
            }

            var before = name.First > 0 ? words[name.First - 1] : default;
            if (name.First > 0 && _prepositions.Contains(before.Lower) && !before.EndsPhrase)
            {
                continue;
            }

            // "Alphabet Inc's Google": the owner is not the one investing.
            if (name.Possessive && name.Last + 1 < words.Count && sentence.NameAt[name.Last + 1] is not null)
            {
                continue;
            }

            if (!name.Possessive && name.Last + 1 < words.Count && words[name.Last + 1].Lower is "investment" or "stake" or "deal" or "shares")
            {
                continue;
            }

            return name.Text;
        }

        return null;
    }
}
