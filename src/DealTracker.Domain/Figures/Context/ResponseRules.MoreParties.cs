namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Parties a response is given for beyond the names written right before it:
/// <list type="bullet">
/// <item>the names a relative clause speaks of: "Microsoft, which declined to comment, invested $1 billion", "Microsoft and Google, which
/// both declined to comment, …";</item>
/// <item>parties said to do the same: "Microsoft declined to comment, as did Google", "…, and so did Google", "Microsoft declined to
/// comment. So did Google." (the sentence right after a response);</item>
/// <item>a party described, not named, in the list of those responding: "Amazon and the company declined to comment" gives Amazon and a
/// response with no party, as "Both companies declined to comment" does.</item>
/// </list>
/// </summary>
internal static partial class ResponseRules
{
    /// <summary>Small words between a relative pronoun and the response: "which both declined", "who also declined".</summary>
    private static readonly HashSet<string> _relativeClauseFillers = new(StringComparer.Ordinal)
    {
        "both", "all", "each", "also", "too", "again", "previously", "earlier", "separately", "later", "have", "has", "had",
    };

    /// <summary>Nouns that describe a party in a list of those responding: "the company", "both companies", "the startup".</summary>
    private static readonly HashSet<string> _partyNouns = new(Lexicon.CompanyNouns.Concat(
    [
        "companies", "firms", "groups", "startup", "startups", "parties", "party", "sides", "side", "banks", "lenders", "investors", "funds",
        "automakers", "chipmakers", "carmakers", "insurers", "makers", "operators", "retailers", "giants", "conglomerates",
    ]), StringComparer.Ordinal);

    /// <summary>Words that open a description of a party: "the", "both", "the two other".</summary>
    private static readonly HashSet<string> _partyDeterminers = new(StringComparer.Ordinal)
    {
        "the", "both", "two", "three", "four", "other", "all", "its", "their", "his", "her",
    };

    /// <summary>
    /// "Microsoft, which declined": where the names a relative clause speaks of end (the word before its comma), when word
    /// <paramref name="i"/> ends "which" / "who" / "that" and small words ("both", "also"); null when it does not.
    /// </summary>
    private static int? RelativeClauseHolder(SentenceWords sentence, int i)
    {
        while (i >= 0 && _relativeClauseFillers.Contains(sentence.Words[i].Lower))
        {
            i--;
        }

        return i >= 1 && sentence.Words[i].Lower is "which" or "who" && sentence.Words[i - 1].After == ',' ? i - 1 : null;
    }

    /// <summary>"the company", "both companies", "the two other chipmakers" ending at word <paramref name="i"/>: the index of its first word; null when it is none.</summary>
    private static int? UnnamedPartyStart(SentenceWords sentence, int i)
    {
        if (i < 1 || !_partyNouns.Contains(sentence.Words[i].Lower) || sentence.NameAt[i] is not null)
        {
            return null;
        }

        var start = i;
        while (start >= 1 && _partyDeterminers.Contains(sentence.Words[start - 1].Lower) && !sentence.Words[start - 1].EndsPhrase)
        {
            start--;
        }

        return start < i ? start : null;
    }

    /// <summary>
    /// "…, as did Google", "…, and so did Google and Meta", "…, nor did Google": the names after the response that did the same, and where
    /// they end in the text; null when the words after the response are not so.
    /// </summary>
    private static (List<Name> Parties, int End)? AlsoResponding(SentenceWords sentence, int phraseEnd)
    {
        var i = sentence.WordAtOrAfter(phraseEnd);
        if (i <= 0 || i >= sentence.Words.Count || !sentence.Words[i - 1].EndsPhrase && sentence.Words[i].Lower != "and")
        {
            return null;
        }

        return SameResponseNames(sentence, i);
    }

    /// <summary>"(and) as / so / nor / neither did A, B and C" from word <paramref name="i"/>: the names and where they end; null when the words are not so.</summary>
    private static (List<Name> Parties, int End)? SameResponseNames(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i < words.Count && words[i].Lower == "and")
        {
            i++;
        }

        if (i + 2 >= words.Count || words[i].Lower is not ("as" or "so" or "nor" or "neither")
            || words[i + 1].Lower is not ("did" or "had" or "has" or "have" or "was" or "were" or "do" or "does"))
        {
            return null;
        }

        var parties = new List<Name>();
        for (i += 2; i < words.Count && sentence.NameAt[i] is { Kind: not NameKind.Outlet } name && name.First == i; )
        {
            parties.Add(name);
            i = name.Last + 1;
            if (words[name.Last].EndsPhrase && !(i < words.Count && words[i].Lower is "and" || i + 1 < words.Count && sentence.NameAt[i] is not null))
            {
                break;
            }

            if (i < words.Count && words[i].Lower is "and" or "or")
            {
                i++;
            }
        }

        return parties.Count > 0 ? (parties, parties[^1].End) : null;
    }

    /// <summary>
    /// "Microsoft declined to comment. So did Google.": a sentence that opens with "So did" / "Nor did" / "Neither did" right after a sentence
    /// with a response gives its names the same response; the wording runs from the earlier response to the last name.
    /// </summary>
    private static void SoDidAfterAResponse(string text, SentenceWords sentence, List<ResponseMention> responses)
    {
        if (responses.Count == 0 || sentence.Words.Count < 3 || sentence.Words[0].Lower is not ("so" or "nor" or "neither" or "and"))
        {
            return;
        }

        var previous = responses[^1];
        var previousEnd = previous.Start + previous.Length;
        if (previousEnd > sentence.Start || text[previousEnd..sentence.Start].Count(c => c is '.' or '!' or '?') > 1
            || SameResponseNames(sentence, 0) is not { } same || sentence.Words.Count > same.Parties[^1].Last + 3)
        {
            return;
        }

        foreach (var party in same.Parties)
        {
            responses.Add(new ResponseMention(party.Text, text[previous.Start..same.End], previous.Start, same.End - previous.Start));
        }
    }
}
