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

    /// <summary>Verbs of buying shares: "took a 9.9% stake", "will acquire 20% of shares".</summary>
    private static readonly HashSet<string> _ninthBuyVerbs = new(StringComparer.Ordinal)
    {
        "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "take",
        "takes", "took", "taking",
    };

    /// <summary>Verbs of paying for shares: "spent $X to buy", "will pay $X for a stake".</summary>
    private static readonly HashSet<string> _ninthPayVerbs = new(StringComparer.Ordinal)
    {
        "spent", "spend", "spends", "spending", "paid", "pay", "pays", "paying",
    };

    /// <summary>Words between a verb and its subject: "will", "has agreed to", "this year".</summary>
    private static readonly HashSet<string> _ninthAuxiliaries = new(StringComparer.Ordinal)
    {
        "will", "would", "has", "had", "have", "agreed", "to", "plans", "also", "already", "then", "is", "was", "set", "expected", "recently",
        "this", "last", "year", "week", "month",
    };

    private static string? NinthRoundInvestor(SentenceWords sentence, int first, int last) =>
        (SharePurchaseVerb(sentence, first, last) is var verb and >= 0 ? BuyerBefore(sentence, verb) : null)
        ?? SubjectOpeningTheClause(sentence, first) ?? CapitalFromAGiver(sentence, last) ?? ExpectedToComeFrom(sentence, last)
        ?? (NinthMoneyVerbBefore(sentence.Words, first) is var v and >= 2 ? UndisclosedParty(sentence.Words, v) ?? InTalksToInvest(sentence, v) : null) ?? InvestmentByAnAffiliate(sentence, last) ?? NamedBeforeWhichInvested(sentence, first);

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

    /// <summary>
    /// "took a 9.9% stake in X for about $Y", "will acquire 20% of shares in X for $Y", "spent $Y to buy 41 million shares", "will pay $Y
    /// for a 15 percent stake": the verb of buying or paying whose price the figure is, or -1.
    /// </summary>
    internal static int SharePurchaseVerb(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "some" or "nearly" or "roughly" or "approximately" or "than" or "more" or "almost")
        {
            f--;
        }

        if (f > 0 && words[f].Lower == "for" && !words[f - 1].EndsPhrase | words[f - 1].InBrackets)
        {
            var stake = false;
            for (var j = f - 1; j >= Math.Max(0, f - 16) && !(words[j].EndsPhrase && !words[j].InBrackets); j--)
            {
                stake |= words[j].Lower is "shares" or "stake" or "holding";
                if (stake && _ninthBuyVerbs.Contains(words[j].Lower))
                {
                    return BuysAMinority(words, j, f) ? j : -1;
                }
            }

            return -1;
        }

        return f >= 0 && _ninthPayVerbs.Contains(words[f].Lower) && PaysForShares(words, MetricRules.SkipConversion(words, last)) ? f : -1;
    }

    /// <summary>"… to buy an additional 41 million shares", "… this year to acquire a 15 percent stake", "… for a 15 percent stake".</summary>
    private static bool PaysForShares(List<Word> words, int next)
    {
        var i = next;
        while (i < words.Count && i - next < 3 && words[i].Lower is "this" or "last" or "year" or "month" or "week" && !words[i].EndsPhrase)
        {
            i++;
        }

        var buys = i + 1 < words.Count && ((words[i].Lower == "to" && _ninthBuyVerbs.Contains(words[i + 1].Lower)) || words[i].Lower == "for");
        return buys && words.Skip(i + 1).Take(7).TakeWhile(w => !w.EndsPhrase || w.InBrackets).Any(w => w.Lower is "shares" or "stake")
            && BuysAMinority(words, i, Math.Min(words.Count - 1, i + 8));
    }

    /// <summary>
    /// A buyer taking a majority ("a 51 percent stake", "a majority stake", "the remaining shares") acquires the company, and shares bought
    /// to sell on go to someone else: neither is an investment in shares.
    /// </summary>
    private static bool BuysAMinority(List<Word> words, int from, int to)
    {
        for (var j = from; j <= to && j < words.Count; j++)
        {
            if (words[j].Lower is "majority" or "remaining" or "all" or "controlling" or "outright" or "sell" or "sells" or "sold" or "selling")
            {
                return false;
            }

            var number = words[j].Core.Split('-')[0].TrimEnd('%');
            var percent = words[j].Core.EndsWith('%') || words[j].Core.EndsWith("-per", StringComparison.Ordinal)
                || (j + 1 < words.Count && words[j + 1].Lower is "percent" or "per");
            if (percent && double.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var share) && share >= 50)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Sumitomo Life spent", "Mizuho Financial Group's (8411.T) securities business will acquire": the subject, or its owner.</summary>
    private static string? BuyerBefore(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var s = verb - 1;
        while (s > 0 && (_ninthAuxiliaries.Contains(words[s].Lower) || words[s].InBrackets) && !words[s].EndsPhrase)
        {
            s--;
        }

        if (s >= 0 && sentence.NameAt[s] is { Possessive: false, Kind: not NameKind.Outlet } subject && subject.Last == s)
        {
            return subject.Text;
        }

        for (var j = s; j >= Math.Max(0, s - 4); j--)
        {
            if (sentence.NameAt[j] is { Possessive: true } owner && owner.Last == j)
            {
                return owner.Text;
            }

            if (words[j].EndsPhrase && !words[j].InBrackets || words[j].IsCapitalised && !words[j].InBrackets)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Sir Alan Rix is to commit $300m from his fortune to the club", "LONDON - Harlow Capital will invest up to $50m in": the name
    /// opening the clause, right before its money verb, invests (not the one the money goes to).
    /// </summary>
    private static string? SubjectOpeningTheClause(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "up" or "to" or "about" or "around" or "some" or "nearly" or "roughly" or "than" or "more" or "over")
        {
            verb--;
        }

        if (verb < 1 || words[verb].Lower is not ("invest" or "invests" or "invested" or "commit" or "commits" or "committed" or "inject" or "injected"
                or "pour" or "poured" or "pump" or "pumped"))
        {
            return null;
        }

        var s = verb - 1;
        while (s > 0 && _ninthAuxiliaries.Contains(words[s].Lower) && !words[s].EndsPhrase)
        {
            s--;
        }

        return sentence.NameAt[s] is { Possessive: false, Kind: not NameKind.Outlet } subject && subject.Last == s && !words[s].EndsPhrase
            && (subject.First == 0 || words[subject.First - 1].EndsPhrase) ? subject.Text : null;
    }

    /// <summary>"invest up to $X", "committed about $X": the money verb right before the figure, or -1.</summary>
    private static int NinthMoneyVerbBefore(List<Word> words, int first)
    {
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "up" or "to" or "about" or "around" or "some" or "nearly" or "roughly" or "than" or "more" or "over")
        {
            verb--;
        }

        return verb >= 0 && words[verb].Lower is "invest" or "invests" or "invested" or "commit" or "inject" ? verb : -1;
    }

    /// <summary>"a deal for an undisclosed party to invest up to $X": the investor is said to be unnamed, so none is named.</summary>
    private static string? UndisclosedParty(List<Word> words, int verb) =>
        verb >= 3 && words[verb - 1].Lower == "to" && words[verb - 2].Lower is "party" or "investor" or "buyer" or "investors"
        && words[verb - 3].Lower is "undisclosed" or "unnamed" or "unidentified" or "anonymous" ? "" : null;

    /// <summary>"Ghana's Minerals Fund (MF) is in talks with Atlas Lithium to invest up to $30 million": the one in talks invests.</summary>
    private static string? InTalksToInvest(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        if (words[verb - 1].Lower != "to" || sentence.NameAt[verb - 2] is not { } partner || partner.First < 5
            || words[partner.First - 1].Lower != "with" || words[partner.First - 2].Lower is not ("talks" or "discussions" or "negotiations")
            || words[partner.First - 3].Lower != "in" || words[partner.First - 4].Lower is not ("is" or "are" or "was" or "were"))
        {
            return null;
        }

        var s = partner.First - 5;
        while (s > 0 && words[s].InBrackets)
        {
            s--;
        }

        return sentence.NameAt[s] is { Possessive: false, Kind: NameKind.Organisation } talker && talker.Last == s ? talker.Text : null;
    }

    /// <summary>
    /// "Most of the capital—around $9 billion—is expected to come from Vantor itself", "$2 billion will come from Vantor": the giver the
    /// money is to come from, past the auxiliaries (a dash after the figure may close an aside).
    /// </summary>
    internal static string? ExpectedToComeFrom(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (words[last].EndsPhrase && words[last].After is not ('—' or '–') && i == last + 1)
        {
            return null;
        }

        var start = i;
        while (i < words.Count && i - start < 5 && words[i].Lower is "is" or "are" or "was" or "will" or "would" or "be" or "expected" or "likely" or "set" or "to"
                   && !words[i].EndsPhrase)
        {
            i++;
        }

        return i > start && i + 1 < words.Count && words[i].Lower is "come" or "comes" && words[i + 1].Lower == "from" && !words[i].EndsPhrase
            ? sentence.OrganisationAfterDescriptor(i + 2)?.Text : null;
    }
}
