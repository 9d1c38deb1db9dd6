namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Known outlets (<see cref="Lexicon.Outlets"/>) in a reporting role that no other source rule read: "reported the Financial Times on
/// Wednesday", "stated to the Financial Times", "first reported earlier this week by The Wall Street Journal", "was among the first to
/// report", "when contacted by Reuters", "sources quoted by the Wall Street Journal"; and outlets credited in brackets at the end of a
/// sentence ("… in 2023 (Reuters, Sifted)."). Not an outlet asked for comment ("did not respond to Reuters' request for comment", "declined to comment when contacted by Reuters"),
/// nor a party's statement shared with one ("according to a statement shared with Reuters"), nor
/// a dateline ("(Reuters) -"), nor an outlet with no reporting word near it (an outlet as a party to a deal).
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Words right before an outlet that cite it: "reported the Financial Times", "told Reuters", "per Bloomberg", "citing CNBC".</summary>
    private static readonly HashSet<string> _citingBefore = new(StringComparer.Ordinal)
    {
        "reported", "reports", "citing", "cited", "told", "per", "via",

        // Since the fifteenth session: "tell the Financial Times", "confirming Reuters' earlier report".
        "tell", "tells", "telling", "confirming",
    };

    /// <summary>Words before "by" that make the outlet the one reporting: "first reported … by", "contacted by", "quoted by".</summary>
    private static readonly HashSet<string> _reportedBy = new(StringComparer.Ordinal)
    {
        "reported", "contacted", "quoted", "seen", "obtained", "published", "first", "revealed", "consulted", "calculation", "calculations", "reviewed",

        // Since the fifteenth session: "The team was valued at $4.6 billion by Forbes in May.", "the previous valuation … made by Forbes".
        "valued", "ranked", "valuation", "valuations",
    };

    /// <summary>Words before "to" that make the outlet the one spoken to: "stated to the Financial Times", "in a statement to Forbes".</summary>
    private static readonly HashSet<string> _spokenTo = new(StringComparer.Ordinal)
    {
        "statement", "stated", "said", "told", "confirmed", "spoke", "speaking", "talking", "interview", "comments", "remarks", "explained",

        // Since the fifteenth session: "responding to The Business Times' queries" (an answer given, not a comment refused).
        "responding", "responded", "replying", "replied",
    };

    /// <summary>Words before "with" that make the outlet the one spoken with: "during a Tuesday chat with Bloomberg Television".</summary>
    private static readonly HashSet<string> _spokenWith = new(StringComparer.Ordinal)
    {
        "chat", "interview", "conversation", "talk", "spoke", "speaking", "talking", "podcast", "appearance",
    };

    /// <summary>
    /// Verbs right after an outlet that make it the one valuing or finding: "Sportico valued the Lightning at", "PitchBook tells us",
    /// "The Financial Times pegs"; only right after the outlet ("Forbes was valued at" is the outlet as a party).
    /// </summary>
    private static readonly HashSet<string> _reckoningRightAfter = new(StringComparer.Ordinal)
    {
        "valued", "values", "pegs", "pegged", "puts", "put", "sees", "saw", "tells", "found", "finds", "estimated", "ranked", "ranks",
    };

    /// <summary>Words right after an outlet that make it the one reporting: "Insider earlier reported", "Fortune spoke to", "Reuters calculations".</summary>
    private static readonly HashSet<string> _reportingAfter = new(StringComparer.Ordinal)
    {
        "reported", "reports", "wrote", "writes", "spoke", "learned", "learnt", "revealed", "noted", "first", "calculations", "data",
        "estimates", "analysis", "sources", "story", "article",

        // Since the fifteenth session: "Reuters news report said".
        "report",
    };

    /// <summary>Words that make an outlet one asked for comment, which cites nothing: "did not respond to Reuters' request for comment".</summary>
    private static readonly HashSet<string> _commentRequestWords = new(StringComparer.Ordinal) { "request", "requests", "declined" };

    /// <summary>Words of answering, which ask for comment only when negated: "did not respond to Reuters", not "responding to The Business Times' queries".</summary>
    private static readonly HashSet<string> _answerWords = new(StringComparer.Ordinal) { "respond", "responded", "responding", "reply", "replied", "replying" };

    /// <summary>Adds the known outlets in a reporting role that <paramref name="seenNames"/> does not hold yet, and outlets credited in end brackets.</summary>
    private static void KnownOutletSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        foreach (var name in sentence.Names)
        {
            if (name.Kind != NameKind.Outlet || seenNames.Contains(name.Start) || found.Any(f => f.Start <= name.Start && name.Start < f.Start + f.Length)
                || !InReportingRole(words, name))
            {
                continue;
            }

            seenNames.Add(name.Start);
            found.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
        }

        found.AddRange(CreditedInEndBrackets(text, sentence).Where(s => seenNames.Add(s.Start)));
    }

    /// <summary>
    /// Whether <paramref name="name"/> stands where an outlet reports: right after a citing word (past "the"), after "according" or "by" /
    /// "to" with a reporting or speaking word up to seven words before, in its clause, or before a reporting word (within three words, or "was among
    /// the first"); and no comment request stands within seven words before it or five after.
    /// </summary>
    private static bool InReportingRole(List<Word> words, Name name)
    {
        var from = Math.Max(0, name.First - 7);
        var to = Math.Min(words.Count - 1, name.Last + 5);
        if (Enumerable.Range(from, to - from + 1).Any(i => (i < name.First || i > name.Last) && (_commentRequestWords.Contains(words[i].Lower) || NegatedAnswer(words, i))))
        {
            return false;
        }

        var before = new List<string>();
        for (var i = name.First - 1; i >= Math.Max(0, name.First - 7) && !words[i].EndsPhrase; i--)
        {
            before.Add(words[i].Lower);
        }

        var nearest = before.FirstOrDefault(w => w is not ("the" or "a" or "an")) ?? "";
        // "according to a statement shared with Reuters": the party's own statement is what is cited.
        var ownStatement = before.Contains("statement") || before.Contains("release");
        if (_citingBefore.Contains(nearest) || (before.Contains("according") && !ownStatement)
            || (nearest == "by" && before.Any(_reportedBy.Contains)) || (nearest == "to" && before.Any(_spokenTo.Contains))
            || (nearest == "with" && before.Any(_spokenWith.Contains)))
        {
            return true;
        }

        var after = new List<string>();
        for (var i = name.Last + 1; i <= Math.Min(to, name.Last + 3) && !words[i - 1].EndsPhrase; i++)
        {
            after.Add(words[i].Lower);
        }

        return after.Any(_reportingAfter.Contains) || _reckoningRightAfter.Contains(after.FirstOrDefault() ?? "") || (after.FirstOrDefault() == "was" && Window(words, name.Last + 2, 4).Contains("first", StringComparison.Ordinal));
    }

    /// <summary>"did not respond to Reuters", "has not replied to": an answering word negated within three words before it.</summary>
    private static bool NegatedAnswer(List<Word> words, int i) =>
        _answerWords.Contains(words[i].Lower)
        && words.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).Any(w => w.Lower is "not" or "didn't" or "hasn't" or "haven't" or "never" or "no" or "yet" or "failed" or "without");

    /// <summary>"… in 2023 (Reuters, Sifted).", "… user experience (Reuters).", "… [Reuters]": known outlets alone in the brackets that end the sentence.</summary>
    private static IEnumerable<SourceMention> CreditedInEndBrackets(string text, SentenceWords sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '"' or '”'))
        {
            end--;
        }

        // "… (Reuters).", and since the fifteenth session a credit in square brackets: "… [Reuters]".
        var open = end > sentence.Start && text[end - 1] is ')' or ']' ? text.LastIndexOf(text[end - 1] == ')' ? '(' : '[', end - 1, end - sentence.Start) : -1;
        if (open <= sentence.Start || open - sentence.Start < 20)
        {
            yield break;
        }

        var at = open + 1;
        var credited = new List<SourceMention>();
        foreach (var part in text[(open + 1)..(end - 1)].Split(','))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0 || Lexicon.OutletName(trimmed) is not { } outlet)
            {
                yield break;
            }

            var start = text.IndexOf(trimmed, at, StringComparison.Ordinal);
            credited.Add(new SourceMention(outlet, SourceKind.Named, start, trimmed.Length));
            at = start + trimmed.Length;
        }

        foreach (var source in credited)
        {
            yield return source;
        }
    }
}
