namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor rules added after blind21 and blind22's first runs (the ninth round), read before the eighth round's. Each returns
/// the investor's name, "" for "none is named", or null when it does not apply.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Lower-case words that may stand between a figure and "from" when they only say what the money is.</summary>
    private static readonly HashSet<string> _ninthCapitalWords = new(StringComparer.Ordinal)
    {
        "in", "of", "capital", "investment", "funding", "equity", "new", "fresh", "private",
    };

    private static string? NinthRoundInvestor(SentenceWords sentence, int first, int last) =>
        CapitalFromAGiver(sentence, last) ?? InvestmentByAnAffiliate(sentence, last) ?? NamedBeforeWhichInvested(sentence, first);

    /// <summary>
    /// "raise $1 billion in capital from an affiliate of Qatar's state fund", "a €2 million convertible loan from Norway's Innovation
    /// Fund": the giver after "from", past words saying what the money is, an "affiliate of" and a place's possessive.
    /// </summary>
    internal static string? CapitalFromAGiver(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (words[last].EndsPhrase && i == last + 1)
        {
            return null;
        }

        var start = i;
        while (i < words.Count && i - start < 5 && _ninthCapitalWords.Contains(words[i].Lower) && !words[i].EndsPhrase)
        {
            i++;
        }

        // "a convertible loan from": a loan that becomes shares; any other loan or debt is not an investment.
        if (i + 2 < words.Count && words[i].Lower == "convertible" && words[i + 1].Lower is "loan" or "note" && !words[i + 1].EndsPhrase)
        {
            i += 2;
        }

        if (i == start || i + 1 >= words.Count || words[i].Lower != "from")
        {
            return null;
        }

        var k = i + 1;
        if (k + 2 < words.Count && words[k].Lower is "a" or "an" && _unitNouns.Contains(words[k + 1].Lower) && words[k + 2].Lower == "of")
        {
            k += 3;
        }

        k = words[k].Lower == "the" && k + 1 < words.Count ? k + 1 : k;

        // "from Denmark’s Bioinnovation Institute": past a place's possessive, which the name finder leaves out.
        if (Lexicon.PlaceLength(words, k) is var place and > 0 && k + place < words.Count && words[k + place - 1].Possessive)
        {
            k += place;
        }

        while (k < words.Count && sentence.NameAt[k] is { Possessive: true } owner && owner.First == k && owner.Last + 1 < words.Count)
        {
            k = owner.Last + 1;
        }

        // "from investors including Sequoia", "from backers led by Accel": a round's many givers, not one.
        return sentence.OrganisationAfterDescriptor(k) is { } giver
            && !words.Skip(k).Take(giver.First - k).Any(w => w.Lower is "investors" or "investor" or "existing" or "backers" or "including" or "led" or "such" or "shareholders")
            ? giver.Text : null;
    }

    /// <summary>"a $500 million investment by a QIA affiliate": the owner named before "affiliate", "unit" or "arm".</summary>
    private static string? InvestmentByAnAffiliate(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (i + 4 >= words.Count || words[i].Lower is not ("investment" or "stake" or "injection") || words[i + 1].Lower != "by"
            || words[i + 2].Lower is not ("a" or "an"))
        {
            return null;
        }

        return sentence.NameAt[i + 3] is { Possessive: false } owner && owner.First == i + 3 && owner.Last + 1 < words.Count
            && _unitNouns.Contains(words[owner.Last + 1].Lower) ? owner.Text : null;
    }

    /// <summary>"led by chip maker Veldt, which invested €900 million in the company": the name before ", which invested".</summary>
    private static string? NamedBeforeWhichInvested(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "some" or "about" or "around" or "nearly" or "almost" or "over" or "roughly")
        {
            verb--;
        }

        var which = verb - 1;
        while (which > 0 && words[which].Lower is "has" or "had" or "have" or "already" or "also" or "previously")
        {
            which--;
        }

        return which >= 2 && words[verb].Lower is "invested" or "committed" or "pledged" or "put" && words[which].Lower is "which" or "who"
            && words[which - 1].After == ',' && sentence.NameAt[which - 1] is { Possessive: false, Kind: NameKind.Organisation } name
            && name.Last == which - 1 ? name.Text : null;
    }
}
