using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Parties' responses to the report: "declined to comment", "did not (immediately) respond (to a request for comment)",
/// "didn’t immediately respond", "not immediately responding", "could not be reached", "did not return a request for comment".
/// The party is the name (or names, "Google and Meta") written right before; "a spokesman for SoftBank, declined" gives SoftBank.
/// </summary>
internal static class ResponseRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex _response = new(
        @"\b(?:declined to comment|declining to comment|declined comment|refused to comment|declined to (?:discuss|elaborate|confirm)|(?:had|has|have) no (?:immediate )?comment|(?:did not|didn[’']t|has not|have not|had not|was not|were not) (?:immediately )?(?:respond(?:ed)?|reply|replied|return(?:ed)?|comment(?:ed)?)|not immediately (?:responding|respond|available)|(?:could not|couldn[’']t) (?:immediately )?be (?:immediately )?reached|(?:was|were|is|are) not (?:immediately )?available(?: for comment)?|neither (?:\S+ ){1,4}nor (?:\S+ ){1,4}(?:responded|commented|replied)|would not comment|wouldn[’']t comment)(?: (?:to|for) (?:a |an |the |multiple |several |repeated )?(?:\S+ )?(?:requests?|inquiries|emails?|calls?|messages?)(?: (?:for|seeking) comments?)?)?",
        Options);

    public static void Find(string text, SentenceWords sentence, List<ResponseMention> responses)
    {
        var sentenceText = text[sentence.Start..sentence.End];
        foreach (Match match in _response.Matches(sentenceText))
        {
            var phraseStart = sentence.Start + match.Index;
            var phraseEnd = phraseStart + match.Length;
            var first = sentence.WordAtOrAfter(phraseStart);
            // "A Microsoft spokesperson declined", "Microsoft spokesman Frank Shaw declined": the employer responds.
            var parties = SpokespersonOf(sentence, first - 1) is { } employer ? new List<Name> { employer } : [];
            var i = parties.Count > 0 ? -1 : first - 1;
            while (i >= 0 && sentence.NameAt[i] is { } party && party.Last == i && party.Kind != NameKind.Outlet)
            {
                parties.Insert(0, party);
                i = party.First - 1;
                if (i >= 0 && sentence.Words[i].Lower is "and" or "or")
                {
                    i--;
                }
                else if (!(i >= 0 && sentence.Words[i].After == ','))
                {
                    break;
                }
            }

            // "Neither Microsoft nor OpenAI responded".
            if (parties.Count == 0 && match.Value.StartsWith("neither", StringComparison.OrdinalIgnoreCase))
            {
                parties.AddRange(NamesWithin(sentence, phraseStart, phraseEnd));
            }

            var wordingStart = parties.Count > 0 ? Math.Min(parties[0].Start, phraseStart) : phraseStart;
            var wording = text[wordingStart..phraseEnd];
            if (parties.Count == 0)
            {
                responses.Add(new ResponseMention(null, wording, wordingStart, phraseEnd - wordingStart));
                continue;
            }

            foreach (var party in parties)
            {
                responses.Add(new ResponseMention(party.Text, wording, wordingStart, phraseEnd - wordingStart));
            }
        }
    }

    /// <summary>The organisation a spokesperson speaks for, written before the title: "A Microsoft spokesperson", "Microsoft spokesman Frank Shaw".</summary>
    private static Name? SpokespersonOf(SentenceWords sentence, int i)
    {
        if (i >= 0 && sentence.NameAt[i] is { Kind: NameKind.Person } person && person.Last == i)
        {
            i = person.First - 1;
        }

        if (i < 1 || sentence.Words[i].Lower is not ("spokesperson" or "spokesman" or "spokeswoman" or "spokespeople" or "representative"
                or "representatives"))
        {
            return null;
        }

        return sentence.NameAt[i - 1] is { Kind: NameKind.Organisation } employer && employer.Last == i - 1 ? employer : null;
    }

    private static IEnumerable<Name> NamesWithin(SentenceWords sentence, int start, int end)
    {
        for (var i = sentence.WordAtOrAfter(start); i < sentence.Words.Count && sentence.Words[i].Start < end; i++)
        {
            if (sentence.NameAt[i] is { Kind: NameKind.Organisation } name && name.First == i)
            {
                yield return name;
            }
        }
    }
}
