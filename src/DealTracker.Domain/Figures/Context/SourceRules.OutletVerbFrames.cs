namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the sources sweep's second pass: an outlet's verb written in more shapes. Progressive ("Axios is reporting that …", "…,
/// Bloomberg was reporting on Tuesday"); an appositive participle between the outlet and its verb ("Reuters, quoting sources, was the
/// first to report", "Caixin, relying on people familiar with the matter, reported"); people confirming to an outlet without "to"
/// ("…, sources confirmed HT"); and a speaker "with" an outlet ("confirmed the investment with Bloomberg in a phone interview",
/// "Speaking with CNBC, …", "said in a conversation with Mint"). A company reporting its own results ("Alphabet is reporting its
/// revenue …") and a party talked with ("OpenAI has been speaking with SoftBank about …") stay no source.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Words that may follow "is / was reporting" when it tells news: "that", "on Monday", "earlier", or the clause's end.</summary>
    private static readonly HashSet<string> _progressiveNext = new(StringComparer.Ordinal)
    {
        "that", "on", "earlier", "late", "today", "yesterday", "this", "last", "first", "exclusively", "tonight",
    };

    /// <summary>Participles of citing between an outlet and its verb: "Reuters, quoting sources, …".</summary>
    private static readonly HashSet<string> _citingParticiples = new(StringComparer.Ordinal) { "quoting", "citing", "relying", "based" };

    /// <summary>Verbs an outlet goes on with after its appositive: "was the first to report", "reported", "said".</summary>
    private static readonly HashSet<string> _appositiveVerbs = new(StringComparer.Ordinal)
    {
        "was", "is", "has", "had", "reported", "reports", "said", "says", "wrote", "writes", "revealed", "first", "also", "added", "claimed",
    };

    /// <summary>Words of talking before "with" an outlet: "speaking with", "a conversation with", "confirmed … with".</summary>
    private static readonly HashSet<string> _talkingWords = new(StringComparer.Ordinal)
    {
        "speaking", "spoke", "talking", "conversation", "call", "chat", "confirmed", "confirming", "confirms",
    };

    /// <summary>Adds outlets read from progressive, appositive, confirming and "with" frames.</summary>
    private static void OutletVerbFrameSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 1; i < words.Count; i++)
        {
            var run = ProgressiveFrame(sentence, i) ?? ParticipleFrame(sentence, i) ?? ConfirmedFrame(words, i, found) ?? WithFrame(sentence, i);
            if (run is { } r && !IsPersonRun(sentence, r))
            {
                AddRun(text, words, r, found, seenNames);
            }
        }
    }

    /// <summary>A run of capitalised words ending at <paramref name="last"/> and opening its clause: "Bloomberg", "The Wall Street Journal".</summary>
    private static (int First, int Last)? ClauseOpeningRunEndingAt(List<Word> words, int last)
    {
        if (last < 0 || !words[last].IsCapitalised || words[last].Possessive)
        {
            return null;
        }

        var first = last;
        while (first > 0 && last - first < 5 && words[first - 1].IsCapitalised && !words[first - 1].EndsPhrase && !words[first - 1].Possessive)
        {
            first--;
        }

        var opens = first == 0 || words[first - 1].EndsPhrase || words[first - 1].Lower is "that" or "and" or "but" or "as"
            || (words[first - 1].Core == "the" && (first == 1 || words[first - 2].EndsPhrase));
        return opens ? (first, last) : null;
    }

    /// <summary>"Axios is reporting that", "…, Bloomberg was reporting on Tuesday.", "The Ken is now reporting".</summary>
    private static (int First, int Last)? ProgressiveFrame(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower != "reporting" || i < 2)
        {
            return null;
        }

        var be = words[i - 1].Lower is "now" or "also" or "still" or "first" ? i - 2 : i - 1;
        if (be < 1 || words[be].Lower is not ("is" or "was" or "are" or "were" or "been"))
        {
            return null;
        }

        be -= words[be].Lower == "been" && be > 1 && words[be - 1].Lower is "has" or "have" or "had" ? 1 : 0;
        var tells = words[i].EndsPhrase || i + 1 == words.Count || _progressiveNext.Contains(words[i + 1].Lower) || Lexicon.Weekdays.Contains(words[i + 1].Lower);
        return tells && !ReportsOwnResults(words, i + 1) ? ClauseOpeningRunEndingAt(words, be - 1) : null;
    }

    /// <summary>"Reuters, quoting sources, was the first to report": the outlet, a citing participle after its comma, then its verb.</summary>
    private static (int First, int Last)? ParticipleFrame(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_citingParticiples.Contains(words[i].Lower) || words[i - 1].After != ',' || (words[i].Lower is "relying" or "based" && i + 1 < words.Count && words[i + 1].Lower != "on"))
        {
            return null;
        }

        for (var j = i + 1; j < words.Count - 1 && j < i + 14; j++)
        {
            if (words[j].After == ',')
            {
                return _appositiveVerbs.Contains(words[j + 1].Lower) ? ClauseOpeningRunEndingAt(words, i - 1) : null;
            }
        }

        return null;
    }

    /// <summary>"…, sources confirmed HT.": unnamed people (already read) confirming to a name that ends the clause.</summary>
    private static (int First, int Last)? ConfirmedFrame(List<Word> words, int i, List<SourceMention> found)
    {
        if (words[i].Lower != "confirmed" || i + 1 >= words.Count
            || !found.Any(f => f.Kind == SourceKind.Anonymous && f.Start + f.Length == words[i - 1].End))
        {
            return null;
        }

        return CapitalRun(words, words[i + 1].Lower == "the" ? i + 2 : i + 1, joinAnd: true) is { } run && (words[run.Last].EndsPhrase || EndsSentence(words, run.Last)) ? run : null;
    }

    /// <summary>"confirmed the investment with Bloomberg in a phone interview", "Speaking with CNBC, …", "in a conversation with Mint".</summary>
    private static (int First, int Last)? WithFrame(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower != "with" || i + 1 >= words.Count)
        {
            return null;
        }

        var talk = Enumerable.Range(Math.Max(0, i - 5), i - Math.Max(0, i - 5)).LastOrDefault(k => _talkingWords.Contains(words[k].Lower), -1);
        var start = words[i + 1].Lower == "the" ? i + 2 : i + 1;
        if (talk < 0 || Enumerable.Range(talk, i - talk).Any(k => words[k].EndsPhrase) || CapitalRun(words, start, joinAnd: true) is not { } run)
        {
            return null;
        }

        var name = string.Join(' ', words.Skip(run.First).Take(run.Last - run.First + 1).Select(w => w.Core));
        var interview = run.Last + 3 < words.Count && words[run.Last + 1].Lower == "in" && Window(words, run.Last + 2, 3).Contains("interview", StringComparison.Ordinal);
        var opening = words[talk].Lower == "speaking" && (talk == 0 || words[talk - 1].EndsPhrase) && words[run.Last].EndsPhrase;
        var saidWhile = talk > 0 && Window(words, Math.Max(0, talk - 3), talk - Math.Max(0, talk - 3)).Contains("said", StringComparison.Ordinal);
        var conversation = words[talk].Lower is "conversation" or "call" or "chat" && talk == i - 1;
        return Lexicon.OutletName(name) is not null || interview || opening || saidWhile || conversation ? run : null;
    }
}
