namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the givers-and-shapes sweep: a company's own fund named with "its" or a stand-in's possessive is that company's money: "Apple
/// … has dipped into its new $1 billion Advanced Manufacturing fund, investing $200 million in Corning", "Apple … has selected Corning to
/// receive $200 million from the tech giant's new Advanced Manufacturing Fund" → Apple, not the fund. A fund owned by a named possessive
/// ("SoftBank's Vision Fund 2") stays the fund, as the name-shapes sweep reads it.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Verbs after the owner's name that make it the sentence's acting subject.</summary>
    private static readonly HashSet<string> _ownerVerbs = new(StringComparer.Ordinal)
    {
        "announced", "announces", "said", "says", "has", "have", "had", "will", "would", "is", "was", "plans", "agreed", "invested", "invests",
        "revealed", "disclosed", "confirmed", "unveiled", "made", "makes", "dipped", "selected", "awarded", "committed", "pledged", "usually",
        "typically", "provides", "began", "begins", "invested", "operates", "runs", "manages",
    };

    private static readonly HashSet<string> _dayWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "on", "also", "recently", "earlier",
    };

    /// <summary>The owner of the fund <paramref name="investor"/> names, when the fund is written as its owner's ("its new … fund"); else the investor.</summary>
    public static string? FundOwnerFor(SentenceWords sentence, string? investor)
    {
        if (investor is null)
        {
            return null;
        }

        var words = sentence.Words;
        var fund = sentence.Names.FirstOrDefault(n => n.Text == investor && n.Kind == NameKind.Organisation);
        if (fund is null || !(words[fund.Last].Lower is "fund" || (fund.Last + 1 < words.Count && !words[fund.Last].EndsPhrase && words[fund.Last + 1].Lower is "fund")))
        {
            return investor;
        }

        // Back over "new", "$1 billion" to "its" or a stand-in's possessive ("the tech giant's").
        var k = fund.First - 1;
        while (k >= 0 && !words[k].EndsPhrase && !words[k].Possessive && words[k].Lower is not ("its" or "their")
            && (words[k].Lower is "new" or "own" or "latest" or "dedicated" or "billion" or "million" or "bn" or "m" || words[k].Core.Any(char.IsDigit) || words[k].Core.StartsWith('$')))
        {
            k--;
        }

        // "its new … fund"; "the tech giant's new … Fund" (a stand-in's possessive, not a name's: "SoftBank's Vision Fund 2" stays the fund).
        var owned = k >= 0 && (words[k].Lower is "its" or "their" || (words[k].Possessive && sentence.NameAt[k] is null && !words[k].IsCapitalised));
        if (!owned)
        {
            return investor;
        }

        return ActingSubject(sentence, k, fund) ?? investor;
    }

    /// <summary>The first organisation before word <paramref name="before"/> followed by its verb ("Apple Inc. (AAPL) Friday announced"); "Apple, Inc." whole.</summary>
    private static string? ActingSubject(SentenceWords sentence, int before, Name? not = null)
    {
        var words = sentence.Words;
        var subject = sentence.Names.FirstOrDefault(n => n.Kind == NameKind.Organisation && n.Last < before && n != not && IsActingSubject(words, n));
        if (subject is not null && Lexicon.CorporateSuffixes.Contains(words[subject.First].Core) && subject.First == subject.Last
            && sentence.Names.LastOrDefault(n => n.Last == subject.First - 1 && words[n.Last].After == ',') is { } owner)
        {
            // "Apple, Inc.": the legal form after a comma is the name before it.
            return owner.Text;
        }

        return subject?.Text;
    }

    private static bool IsActingSubject(IReadOnlyList<Word> words, Name name)
    {
        if (name.Possessive || (name.First > 0 && !words[name.First - 1].EndsPhrase && Lexicon.Prepositions.Contains(words[name.First - 1].Lower)))
        {
            return false;
        }

        var i = name.Last + 1;
        while (i < words.Count && (words[i].InBrackets || _dayWords.Contains(words[i].Lower)))
        {
            i++;
        }

        // "Corning will receive $200 million": the one taking the money is no acting subject.
        return i < words.Count && _ownerVerbs.Contains(words[i].Lower)
            && !(i + 1 < words.Count && words[i + 1].Lower is "receive" or "get" or "obtain" or "win" or "secure" or "be" or "raise" or "receiving" or "received");
    }
}
