namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the name-shapes sweep: the talks or the likelihood written between a person and the money verb ("Jeff Bezos is in talks to
/// invest", "is in advanced discussions to put", "is poised to pour", "is likely to invest") stand like "plans to" before it.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Whether word <paramref name="i"/> (before the figure) is a word of talks or likelihood before a money verb.</summary>
    private static bool IsTalksBeforeVerb(List<Word> words, int i, int figure)
    {
        if (i >= figure || words[i].EndsPhrase)
        {
            return false;
        }

        // "in talks", "in advanced talks", "in early discussions": "in" only where talks follow.
        if (words[i].Lower == "in")
        {
            var next = i + 1 < figure && words[i + 1].Lower is "advanced" or "early" or "late-stage" or "final" or "preliminary" or "exclusive" ? i + 2 : i + 1;
            return next < figure && _talkNouns.Contains(words[next].Lower);
        }

        return _talkNouns.Contains(words[i].Lower) || words[i].Lower is "advanced" or "early" or "final" or "preliminary" or "exclusive" or "late-stage"
            || _likelihoodWords.Contains(words[i].Lower);
    }

    private static readonly HashSet<string> _talkNouns = new(StringComparer.Ordinal) { "talks", "discussions", "negotiations" };

    /// <summary>Words of likelihood or timing before "to" and the verb: "is poised to", "is likely to", "is due to", "is about to".</summary>
    private static readonly HashSet<string> _likelihoodWords = new(StringComparer.Ordinal)
    {
        "poised", "likely", "due", "slated", "about", "reportedly", "now", "still", "keen", "considering", "weighing", "mulling", "eyeing", "said", "be",
    };

    /// <summary>Whether a preposition stands right before word <paramref name="at"/>, in its phrase ("of U.S. President Donald Trump").</summary>
    private static bool IsPrepositionObject(List<Word> words, int at) =>
        at > 0 && Lexicon.Prepositions.Contains(words[at - 1].Lower) && !words[at - 1].EndsPhrase;

    /// <summary>
    /// Where a person's titles and places before word <paramref name="first"/> start: "U.S. President Donald Trump" → "U.S.", so a
    /// preposition before them ("the administration of U.S. President Donald Trump") shows the person is its object.
    /// </summary>
    private static int TitleStart(List<Word> words, int first)
    {
        var at = first;
        while (at > 0 && !words[at - 1].EndsPhrase && (Lexicon.PersonTitles.Contains(words[at - 1].Lower) || Lexicon.Places.Contains(words[at - 1].Core)))
        {
            at--;
        }

        return at;
    }
}
