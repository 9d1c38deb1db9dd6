namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the foreign-sentences sweep: who invests the money of an investment figure in a foreign sentence. The investor is the
/// subject of the investment or paying verb: the name right before it ("SoftBank ha invertido", "O Itaú Unibanco pagou", "General
/// Atlantic y Softbank invirtieron"), or, in a German sentence turned round, right after it ("Daraufhin investierte Griffin Gaming
/// Partners weitere rund 50 Millionen Euro"); or the name after an investment noun's "de / von / di" ("La apuesta de SoftBank Group
/// Corp. en Rappi por US$ 1,000 millones").
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Auxiliaries and adverbs between a subject and its verb: "SoftBank ha invertido", "Amazon a déjà investi".</summary>
    private static readonly HashSet<string> _foreignAuxiliaries = new(StringComparer.Ordinal)
    {
        "a", "ha", "han", "hat", "haben", "ont", "tem", "têm", "hanno", "è", "va", "vai", "vont", "van", "will", "wird", "werden",
        "déjà", "ya", "já", "bereits", "schon", "également", "aussi", "también", "também", "anche", "auch", "notamment", "ebenfalls",
        "avait", "había", "tinha", "hatte", "aveva", "compte", "prévoit", "envisage", "planea", "pretende", "planeja", "plant", "intende",
        "decidió", "decidiu", "décidé", "acordaron", "acordou", "accepté", "soll", "sollen", "deverá", "deberá", "devrait", "dovrebbe", "de",
        "à", "zu", "nun", "jetzt", "maintenant", "ahora", "agora", "ora", "porté", "anunció", "anunciou", "annoncé", "fez", "hizo", "um", "uma",
        "un", "una", "realizou", "realizó",
    };

    private static readonly HashSet<string> _ofWords = new(StringComparer.Ordinal) { "de", "del", "du", "da", "do", "von", "des", "di", "dello", "della" };

    /// <summary>The investor of an investment figure in a foreign sentence, or null.</summary>
    public static string? ForeignInvestor(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var (cue, at) = MetricRules.ForeignCueOf(sentence, first, last, 0, words.Count);
        if (cue is null || at < 0)
        {
            return null;
        }

        // "La apuesta de SoftBank Group Corp. en Rappi", "une participation de …": the name after an investment noun's "de".
        if (at + 2 < words.Count && _ofWords.Contains(words[at + 1].Lower) && ForeignCues.NameAt(sentence, at + 2, out _) is { } owner && at < first)
        {
            return owner;
        }

        // "Tiger Global hat 48 Millionen Euro in Rappi investiert": a verb at the clause's end has its subject before the figure.
        var verb = at > last ? first : at;

        // "O Itaú Unibanco pagou … por uma participação": the payer of a stake.
        if (cue == ForeignCue.Stake)
        {
            for (var k = first - 1; k >= Math.Max(0, first - 5); k--)
            {
                if (ForeignMetricCues.CueAt(words, k) is ForeignCue.Pay or ForeignCue.Investment)
                {
                    verb = k;
                    break;
                }
            }
        }

        return ForeignSubject(sentence, verb) ?? (verb < first ? ForeignNameAfterVerb(sentence, verb, first) : null);
    }

    /// <summary>The named subject right before the verb at <paramref name="verb"/>, over auxiliaries and adverbs: "SoftBank ha invertido".</summary>
    public static string? ForeignSubject(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var k = verb - 1;
        while (k >= 0 && k >= verb - 4 && !words[k].EndsPhrase && _foreignAuxiliaries.Contains(words[k].Lower) && !ForeignCues.IsNameWord(sentence, k))
        {
            k--;
        }

        if (k < 0 || words[k].EndsPhrase && words[k].After != '.' || !ForeignCues.IsNameWord(sentence, k))
        {
            return null;
        }

        // Back to the start of the name, and of a name joined to it: "General Atlantic y Softbank".
        var start = k;
        while (start > 0 && ForeignCues.IsNameWord(sentence, start - 1) && !words[start - 1].EndsPhrase)
        {
            start--;
        }

        if (start > 1 && words[start - 1].Lower is "y" or "e" or "et" or "und" && ForeignCues.IsNameWord(sentence, start - 2) && !words[start - 2].EndsPhrase)
        {
            start -= 2;
            while (start > 0 && ForeignCues.IsNameWord(sentence, start - 1) && !words[start - 1].EndsPhrase)
            {
                start--;
            }
        }

        // A German noun opening the sentence is no subject: "Daraufhin investierte …".
        return ForeignCues.NameAt(sentence, start, out _, joinLists: true);
    }

    /// <summary>"Daraufhin investierte Griffin Gaming Partners weitere rund 50 Millionen Euro": the subject right after the verb.</summary>
    private static string? ForeignNameAfterVerb(SentenceWords sentence, int verb, int first) =>
        verb + 1 < first && !sentence.Words[verb].EndsPhrase ? ForeignCues.NameAt(sentence, verb + 1, out var end, joinLists: true) is { } name && end < first ? name : null : null;
}
