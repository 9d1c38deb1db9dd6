namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the forty-fifth session: an outlet's journalist telling the story is the outlet ("a Sky News reporter tweeted on Thursday",
/// "a Bloomberg reporter said", "one Financial Times columnist wrote"). Only an outlet (a name read or listed as one) before the
/// journalist's noun, and only with a verb of telling after it, within three words (an optional name between: "a Sky News reporter,
/// Mark Kleinman, wrote"); "a former Reuters reporter who founded the startup" and "the Bloomberg reporter's book" cite nothing.
/// </summary>
internal static partial class SourceRules
{
    private static readonly HashSet<string> _journalists = new(StringComparer.Ordinal)
    {
        "reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists", "columnist", "columnists", "editor",
        "editors",
    };

    private static readonly HashSet<string> _telling = new(StringComparer.Ordinal)
    {
        "said", "says", "tweeted", "posted", "wrote", "writes", "reported", "reports", "reporting", "noted", "revealed", "disclosed",
    };

    /// <summary>Adds the outlets whose journalists tell the story.</summary>
    private static void OutletStaffSources(SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (!_journalists.Contains(words[i].Lower) || words[i].Possessive || sentence.NameAt[i - 1] is not { } outlet || outlet.Last != i - 1
                || outlet.Possessive || words[i - 1].EndsPhrase || !IsOutletName(outlet) || !Tells(words, i) || !seenNames.Add(outlet.Start))
            {
                continue;
            }

            if (!found.Any(f => f.Start <= outlet.Start && outlet.Start < f.Start + f.Length))
            {
                found.Add(new SourceMention(outlet.Text, SourceKind.Named, outlet.Start, outlet.End - outlet.Start));
            }
        }
    }

    /// <summary>A name read as an outlet or listed as one.</summary>
    private static bool IsOutletName(Name name) =>
        name.Kind == NameKind.Outlet || Lexicon.OutletName(name.Text) is not null || KnownOutlet(name.Text) is not null;

    /// <summary>A verb of telling within three words after the journalist's noun at <paramref name="i"/>, the sentence's clause unbroken but by commas.</summary>
    private static bool Tells(List<Word> words, int i)
    {
        for (var j = i + 1; j < words.Count && j <= i + 4; j++)
        {
            if (_telling.Contains(words[j].Lower))
            {
                return true;
            }

            if (words[j].Lower is "who" or "that" or "which" || (words[j - 1].EndsPhrase && words[j - 1].After != ','))
            {
                return false;
            }
        }

        return false;
    }
}
