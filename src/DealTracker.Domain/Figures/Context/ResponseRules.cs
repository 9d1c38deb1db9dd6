using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Parties' responses to the report: "declined to comment", "did not (immediately) respond (to a request for comment)",
/// "didn’t immediately respond", "not immediately responding", "could not be reached", "couldn’t immediately comment", "wasn't
/// available", "was unavailable for comment", "did not return a request for comment", "did not reply to an email seeking comment"; the
/// wording runs on over what was declined ("declined to comment on the report / further / on market rumours").
/// Also "declined to say / disclose / provide details", "does not comment on speculation", "denied the report", "confirmed the talks".
/// The party is the name (or names, "Google and Meta") written right before; "a spokesman for SoftBank, declined" gives SoftBank;
/// a name before an appositive or relative clause answers too ("Microsoft, which committed about $2 billion, declined to comment"),
/// and a spokesperson's employer named earlier in the sentence ("A spokesman for SoftBank said the company does not comment on
/// speculation").
/// </summary>
internal static partial class ResponseRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex _response = new(
        Phrase + Request + @"(?: for comments?\b)?" + About,
        Options);

    /// <summary>The response itself: declining, not responding, not being reached, denying or confirming.</summary>
    private const string Phrase =
        @"\b(?:declined to comment|declining to comment|declined comment|refused to comment|declined to (?:discuss|elaborate|confirm|say|disclose|specify|reveal|name|provide (?:further |more |additional )?(?:details|comment)|give (?:further |more )?details)|(?:does|do|did) not comment on (?:market )?(?:speculation|rumou?rs)|(?:doesn[’']t|don[’']t|didn[’']t) comment on (?:market )?(?:speculation|rumou?rs)|(?:denied|dismissed|rejected) (?:the |a |any |these |those |such )?(?:media )?(?:reports?|claims?|story|speculation|rumou?rs)|confirmed (?:the |its |a |an )?(?:talks|discussions|negotiations|report|reports|deal|investment|agreement|news|plans?)|(?:had|has|have) no (?:immediate )?comment|(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t|had not|was not|were not) (?:immediately )?(?:respond(?:ed)?|reply|replied|return(?:ed)?|comment(?:ed)?)|not immediately (?:responding|respond|available)|(?:could not|couldn[’']t) (?:immediately )?be (?:immediately )?reached|(?:could not|couldn[’']t|cannot|can[’']t) (?:immediately )?comment|(?:(?:was|were|is|are) not|wasn[’']t|weren[’']t|isn[’']t|aren[’']t) (?:immediately )?available(?: for comment)?|(?:was|were|is|are) (?:immediately )?unavailable(?: for comment)?|neither (?:\S+ ){1,4}nor (?:\S+ ){1,4}(?:responded|commented|replied)|(?:neither|none) (?:of )?(?:the |them|(?:\S+ )?(?:company|firm|side|party|companies|firms|sides|parties)\b ?){1,3}(?:(?:has|have|had) )?(?:immediately )?(?:responded|commented|replied|returned|would comment|could be reached|was available|were available)|would not comment|wouldn[’']t comment)\b";

    /// <summary>What was not answered: "to a request for comment", "a request for comment", "to Reuters queries", "an email seeking comment".</summary>
    private const string Request =
        @"(?: (?:to |for )?(?:a |an |the |multiple |several |repeated |our )?(?:[^\s,;]+ )?(?:requests?|inquiries|enquiries|queries|questions|emails?|e-mails?|calls?|messages?)\b(?: (?:for|seeking) comments?\b)?)?";

    /// <summary>What the comment was declined on: "further", "on the report", "on the matter", "on market rumours".</summary>
    private const string About =
        @"(?: further| on (?:the |a |any |its |this |that |these |those |such )?(?:[^\s,;.]+ ){0,2}?(?:report|reports|matter|talks|discussions|negotiations|deal|investment|speculation|rumou?rs|story|article|plans?|issue|transaction|news|details|valuation)\b)?";

    /// <summary>Who speaks for a party: "a spokesman for SoftBank", "Representatives for Google".</summary>
    private static readonly HashSet<string> _spokespeople = new(StringComparer.Ordinal)
    {
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "representative", "representatives",
    };

    private static readonly Regex _claimWord = new(@"^(?:confirmed|denied|dismissed|rejected)\b", Options);

    /// <summary>First words of an aside between a party and its response: relative clauses and appositives.</summary>
    private static readonly HashSet<string> _asideOpeners = new(StringComparer.Ordinal)
    {
        "which", "who", "whose", "one", "a", "an", "the", "its", "his", "her", "their", "itself", "based", "backed", "owned", "led",
        "founded", "headquartered", "now", "already", "also", "along", "like",
    };

    public static void Find(string text, SentenceWords sentence, List<ResponseMention> responses)
    {
        var sentenceText = text[sentence.Start..sentence.End];
        foreach (Match match in _response.Matches(sentenceText))
        {
            var phraseStart = sentence.Start + match.Index;
            var phraseEnd = phraseStart + match.Length;
            var first = sentence.WordAtOrAfter(phraseStart);
            var parties = PartiesResponding(sentence, first, match.Value, phraseStart, phraseEnd, out var unnamed);

            // "Microsoft declined to comment, as did Google": the parties that did the same answer too, in one wording.
            if (parties.Count > 0 && AlsoResponding(sentence, phraseEnd) is { } also)
            {
                parties.AddRange(also.Parties);
                phraseEnd = also.End;
            }

            // "confirmed a report", "denied rumors" say nothing without the party that does it.
            if (parties.Count == 0 && !match.Value.StartsWith("decl", StringComparison.OrdinalIgnoreCase) && _claimWord.IsMatch(match.Value))
            {
                continue;
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

            // "Amazon and the company declined to comment": the party named, and one not named, as "Both companies declined" is.
            if (unnamed)
            {
                responses.Add(new ResponseMention(null, wording, wordingStart, phraseEnd - wordingStart));
            }
        }

        // "Microsoft declined to comment. So did Google.": the same response, by the parties of a sentence that says so.
        SoDidAfterAResponse(text, sentence, responses);
    }

    /// <summary>The parties whose response the phrase at word <paramref name="first"/> gives: named before it, a spokesperson's employer, or "Neither X nor Y".</summary>
    private static List<Name> PartiesResponding(SentenceWords sentence, int first, string phrase, int phraseStart, int phraseEnd, out bool unnamed)
    {
        // "A Microsoft spokesperson declined", "Microsoft spokesman Frank Shaw declined": the employer responds.
        var parties = SpokespersonOf(sentence, first - 1) is { } employer ? new List<Name> { employer } : [];
        var i = parties.Count > 0 ? -1 : AsideStart(sentence, first - 1) is { } aside ? aside - 1 : first - 1;

        // "Microsoft, which declined to comment, invested", "Microsoft and Google, which both declined": the names before the relative clause.
        i = RelativeClauseHolder(sentence, i) ?? i;
        var unnamedItem = false;
        while (i >= 0)
        {
            if (sentence.NameAt[i] is { } party && party.Last == i && party.Kind != NameKind.Outlet)
            {
                parties.Insert(0, party);
                i = party.First - 1;
            }
            else if (UnnamedPartyStart(sentence, i) is { } description)
            {
                // "Amazon and the company", "Samsung and the two other chipmakers": a party the sentence describes, not names.
                unnamedItem = true;
                i = description - 1;
            }
            else
            {
                break;
            }

            // "Tata Sons and The Carlyle Group": the name's own "The" stands between it and the "and".
            if (i >= 1 && sentence.Words[i].Lower == "the")
            {
                i--;
            }

            if (i >= 0 && sentence.Words[i].Lower is "and" or "or")
            {
                i--;
            }
            else if (!(i >= 0 && sentence.Words[i].After == ','))
            {
                break;
            }
        }

        unnamed = unnamedItem && parties.Count > 0;

        // "Saudi Aramco said it does not comment on market speculation": the party that said it.
        if (parties.Count == 0 && SayingParty(sentence, first - 1) is { } sayer)
        {
            parties.Add(sayer);
        }

        if (parties.Count == 0 && SpokespersonEarlier(sentence, first - 1) is { } employerEarlier)
        {
            parties.Add(employerEarlier);
        }

        // "Neither Microsoft nor OpenAI responded".
        if (parties.Count == 0 && phrase.StartsWith("neither", StringComparison.OrdinalIgnoreCase))
        {
            parties.AddRange(NamesWithin(sentence, phraseStart, phraseEnd));
        }

        return parties;
    }

    /// <summary>The organisation a spokesperson speaks for, written before the title: "A Microsoft spokesperson", "Microsoft spokesman Frank Shaw".</summary>
    private static Name? SpokespersonOf(SentenceWords sentence, int i)
    {
        if (i >= 0 && sentence.NameAt[i] is { Kind: NameKind.Person } person && person.Last == i)
        {
            i = person.First - 1;
        }

        if (i < 1 || !_spokespeople.Contains(sentence.Words[i].Lower))
        {
            return null;
        }

        return sentence.NameAt[i - 1] is { Kind: NameKind.Organisation } employer && employer.Last == i - 1 ? employer : null;
    }

    /// <summary>
    /// "Microsoft, which committed about $2 billion, declined", "Maciel, who spoke at an event in Sao Paulo, declined": where a
    /// comma-enclosed aside that ends right before the response begins (the index of its first word), so the party is read before
    /// it; null when there is none within 20 words.
    /// </summary>
    private static int? AsideStart(SentenceWords sentence, int i)
    {
        if (i < 1 || sentence.Words[i].After != ',')
        {
            return null;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 20); j--)
        {
            if (sentence.Words[j].After == ',')
            {
                // "Matthew Nicholson, a spokesman for SoftBank, declined": the aside names who speaks for the party.
                var speaksFor = sentence.Words.Skip(j + 1).Take(i - j).Any(w => _spokespeople.Contains(w.Lower));
                return IsAsideOpener(sentence, j + 1) && !speaksFor ? j + 1 : null;
            }
        }

        return null;
    }

    /// <summary>"A spokesman for SoftBank said the company does not comment": the employer of a spokesperson earlier in the sentence.</summary>
    private static Name? SpokespersonEarlier(SentenceWords sentence, int i)
    {
        for (var j = i; j >= 0; j--)
        {
            if (!_spokespeople.Contains(sentence.Words[j].Lower))
            {
                continue;
            }

            if (j + 2 <= i && sentence.Words[j + 1].Lower == "for" && sentence.NameAt[j + 2] is { Kind: NameKind.Organisation } employer)
            {
                return employer;
            }

            return SpokespersonOf(sentence, j);
        }

        return null;
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
