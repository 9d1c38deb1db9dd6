namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the stakes sweep: a name that opens with a capitalised number word ("Six Nations Rugby", "Seven &amp; i", "Three UK"). Mid-sentence
/// a capitalised number word before a name's word starts the name ("CVC's investment in Six Nations Rugby"); opening the sentence it
/// does only before "&amp;" or when a verb follows the run ("Three UK will issue shares"), since "Three Chinese firms" counts firms.
/// </summary>
internal static partial class NameFinder
{
    private static readonly HashSet<string> _nameNumberWords = new(StringComparer.Ordinal)
    {
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    };

    /// <summary>Words that follow a sentence-opening name as its verb: "Three UK will", "Six Nations Rugby said".</summary>
    private static readonly HashSet<string> _verbsAfterOpeningName = new(StringComparer.Ordinal)
    {
        "will", "would", "has", "had", "have", "is", "was", "said", "says", "agreed", "sold", "sells", "plans", "announced", "issued",
        "raised", "received", "secured", "got", "gets", "could", "may", "might", "shall",
    };

    /// <summary>The last word of a name opened by a number word at <paramref name="i"/>, or -1.</summary>
    private static int NumberWordLedNameEnd(string text, IReadOnlyList<Word> words, int i)
    {
        var word = words[i];
        if (i + 1 >= words.Count || !_nameNumberWords.Contains(word.Core) || word.EndsPhrase || word.Possessive || word.InBrackets
            || words[i + 1].InBrackets || (i > 0 && words[i - 1].After is '.' or '!' or '?'))
        {
            return -1;
        }

        var next = words[i + 1];
        int last;
        if (next.Core == "&" && !next.EndsPhrase && i + 2 < words.Count && words[i + 2].Core.Length > 0 && char.IsLetter(words[i + 2].Core[0]))
        {
            // "Seven & i", "Seven & i Holdings": the joined word may be small.
            last = CanContinue(words[i + 2]) ? RunEnd(text, words, i + 2) : ExtendByContinuing(text, words, i + 2);
        }
        else if (CanContinue(next) && !_nameNumberWords.Contains(next.Core) && !IsCurrencyAmount(next.Core))
        {
            last = RunEnd(text, words, i + 1);
            if (OpensClause(words, i) && !IsFollowedByVerb(words, last))
            {
                return -1;
            }
        }
        else
        {
            return -1;
        }

        return last;
    }

    private static int ExtendByContinuing(string text, IReadOnlyList<Word> words, int i) =>
        !words[i].EndsPhrase && !words[i].Possessive && i + 1 < words.Count && CanContinue(words[i + 1]) ? RunEnd(text, words, i + 1) : i;

    private static bool IsFollowedByVerb(IReadOnlyList<Word> words, int last) =>
        !words[last].EndsPhrase && last + 1 < words.Count && _verbsAfterOpeningName.Contains(words[last + 1].Lower);
}
