namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The buyer of a holding bought from a seller (the general-investor sweep, branch sweep-inv-general): "Saudi Aramco completed a deal on
/// Tuesday to buy 17 per cent of South Korean oil refiner Hyundai Oilbank from Hyundai Heavy Industries Holdings for about $1.2 billion"
/// → Saudi Aramco, not the company bought into nor the seller. The frame: a buying verb in any tense (buy, acquire, purchase, take, pick
/// up, snap up; "agreed to", "completed a deal to", "is set to", "is close to completing a deal to", "offered to", "after agreeing to"),
/// a holding (N%, N per cent, a stake, shares, an interest, a holding, a block, the stock) "of / in" a company, "from" the seller, and the
/// figure after "for" (before or after the "from" phrase); or "paid $M for the stake / the stock from Y". The buyer is the verb's subject
/// named before it; "it" stands for the sentence's first organisation; a clause fronted by "after / before / since" gives the subject
/// named after it ("… after agreeing to buy … from Nissan for about $4.5 billion, KKR has announced …").
/// </summary>
internal static partial class InvestorRules
{
    private static readonly HashSet<string> _holdingBuyingVerbs = new(StringComparer.Ordinal)
    {
        "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "purchase", "purchases", "purchased", "purchasing",
        "take", "takes", "took", "taking", "pick", "picks", "picked", "picking", "snap", "snaps", "snapped", "snapping",
    };

    private static readonly HashSet<string> _holdingWords = new(StringComparer.Ordinal)
    {
        "stake", "stakes", "shares", "share", "percent", "cent", "interest", "holding", "holdings", "block", "stock", "equity", "%",
    };

    private static readonly HashSet<string> _paidVerbs = new(StringComparer.Ordinal)
    {
        "paid", "pay", "pays", "paying", "spent", "spend", "spends", "spending", "shelled", "forked",
    };

    /// <summary>Words between a buyer and its buying verb: auxiliaries, intentions and the deal it struck ("completed a deal on Tuesday to").</summary>
    private static readonly HashSet<string> _buyerToVerbWords = new(StringComparer.Ordinal)
    {
        "to", "agreed", "agrees", "agree", "agreeing", "has", "have", "had", "will", "would", "could", "may", "might", "is", "was", "are", "were",
        "be", "been", "set", "plans", "planned", "plan", "planning", "expected", "offered", "offers", "decided", "seeks", "sought", "seeking",
        "looking", "moved", "moves", "signed", "reached", "struck", "completed", "completes", "completing", "finalized", "finalised",
        "finalizing", "inked", "announced", "also", "already", "now", "close", "closer", "nearing", "near", "in", "talks", "advanced", "final",
        "exclusive", "deal", "agreement", "pact", "an", "a", "the", "on", "today", "yesterday", "last", "week", "month", "binding", "definitive",
        "preliminary", "formally", "officially", "initially", "first", "said", "says", "it", "that", "did", "does", "do", "not", "being",
        "poised", "ready", "keen", "aiming", "aims", "wants", "intends", "intend", "sign", "signs", "won", "received", "got", "approval",
        "and", "then", "later", "earlier", "this", "year", "move", "bid", "attempt", "effort", "going", "confirmed", "reportedly",
    };

    /// <summary>Hedges between "for" and the figure: "for about $1.2 billion", "for a total of".</summary>
    private static readonly HashSet<string> _forHedges = new(StringComparer.Ordinal)
    {
        "about", "around", "nearly", "some", "roughly", "approximately", "almost", "an", "estimated", "a", "total", "of", "up", "to", "as",
        "much", "more", "than", "over", "just", "under", "reportedly", "close",
    };

    /// <summary>The buyer of a holding bought from a seller for the figure, or null when the figure is not in the frame or no buyer is named.</summary>
    internal static string? BuyerOfHoldingFromSeller(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var f = first - 1;
        while (f > 0 && _forHedges.Contains(words[f].Lower) && !words[f].EndsPhrase)
        {
            f--;
        }

        if (f < 1 || words[f].Lower != "for" || words[f].EndsPhrase || IsPricePerUnit(sentence, last))
        {
            return null;
        }

        // "paid $M for the stock from Y" is read by the paid frame below; here: "[verb] [holding] (from Y) for $M (from Y)".
        var from = FromBefore(words, f) is var before and >= 0 ? before : FromAfterFigure(words, last);
        if (from < 0)
        {
            return null;
        }

        var end = Math.Min(from, f);
        var holding = -1;
        for (var v = end - 1; v >= 0 && end - v <= 16; v--)
        {
            var lower = words[v].Lower;
            if (words[v].After is ';' or ':' && !words[v].InBrackets || lower is "sell" or "sold" or "sells" or "selling" or "which" or "who")
            {
                return null;
            }

            holding = holding < 0 && (_holdingWords.Contains(lower) || lower.EndsWith('%')) ? v : holding;
            if (_holdingBuyingVerbs.Contains(lower) && holding > v)
            {
                // "pick up" / "snap up": the particle after the verb.
                return BuyerOfVerb(sentence, v, first);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the figure is the price of a holding bought from a seller by a named buyer (either frame above): such a price is an
    /// investment, as a stake of any size bought is (the stakes-control convention).
    /// </summary>
    internal static bool IsHoldingBoughtFromSeller(SentenceWords sentence, int first, int last) =>
        (BuyerOfHoldingFromSeller(sentence, first, last) ?? PayerOfHoldingFromSeller(sentence, first, last)) is { Length: > 0 };

    /// <summary>"paid 381 billion won (…) for the stock from SK Holdings Co. Chairman Chey Tae-won": the payer of a holding bought from a seller.</summary>
    internal static string? PayerOfHoldingFromSeller(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 2 || !_paidVerbs.Contains(words[first - 1].Lower) || words[first - 1].EndsPhrase || IsPricePerUnit(sentence, last))
        {
            return null;
        }

        // Past the figure's conversion and a price per share set off by commas: "($377 million), or 155,500 won apiece, for".
        var i = MetricRules.SkipConversion(words, last);
        for (var steps = 0; i < words.Count && steps < 8 && words[i].Lower != "for"; steps++)
        {
            i++;
        }

        if (i + 2 >= words.Count || words[i].Lower != "for")
        {
            return null;
        }

        for (var j = i + 1; j < words.Count && j - i <= 6; j++)
        {
            if (words[j].Lower == "from" && words.Skip(i + 1).Take(j - i - 1).Any(w => _holdingWords.Contains(w.Lower) || w.Lower.EndsWith('%')))
            {
                return BuyerOfVerb(sentence, first - 1, first);
            }

            if (words[j].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"for 9.09 riyals a share", "155,500 won apiece": the price of one share, not of the holding.</summary>
    private static bool IsPricePerUnit(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        return MetricRules.IsSharePrice(sentence, last) || (i < words.Count && words[i].Lower is "apiece")
            || (i + 1 < words.Count && words[i].Lower is "per" or "a" or "each" && words[i + 1].Lower is "share" or "unit" or "piece");
    }

    /// <summary>"from" and the seller between the holding and "for", at most 12 words back; -1 when none.</summary>
    private static int FromBefore(List<Word> words, int f)
    {
        for (var j = f - 1; j >= 0 && f - j <= 12; j--)
        {
            if (words[j].Lower == "from")
            {
                return j;
            }

            if (words[j].After is ';' || (words[j].EndsPhrase && !words[j].InBrackets && words[j].After != ')'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"for around $400 million from the kingdom's sovereign wealth fund": "from" right after the figure (past a conversion); -1 when none.</summary>
    private static int FromAfterFigure(List<Word> words, int last)
    {
        var i = MetricRules.SkipConversion(words, last);
        return i < words.Count && words[i].Lower == "from" && !(words[last].EndsPhrase && i == last + 1) ? i : -1;
    }

    /// <summary>The subject of the buying or paying verb at <paramref name="verb"/>; null when none is named.</summary>
    private static string? BuyerOfVerb(SentenceWords sentence, int verb, int first)
    {
        var words = sentence.Words;
        for (var s = verb - 1; s >= 0 && verb - s <= 14; s--)
        {
            if (sentence.NameAt[s] is { } name && name.Last == s)
            {
                if (name.Kind == NameKind.Outlet || name.Possessive || name.First > 0 && words[name.First - 1].Lower is "of" or "in" or "from" or "with" or "into")
                {
                    return null;
                }

                // "Saudi billionaire Prince Alwaleed bin Talal": a person's name with its particles.
                return Kept(sentence, PersonWithParticles(sentence, name));
            }

            var lower = words[s].Lower;
            if (lower == "it" && !words[s].EndsPhrase)
            {
                return sentence.Names.FirstOrDefault(n => n.Kind == NameKind.Organisation && n.Last < s && !n.Possessive)?.Text;
            }

            if (lower is "after" or "before" or "since" or "following" or "upon" && (s == 0 || words[s - 1].IsCapitalised || words[s - 1].Lower is "months" or "weeks" or "days" or "years" or "shortly" or "just" or "soon" or "than" or "long"))
            {
                return SubjectAfterFrontedClause(sentence, first) ?? SubjectAfterTheClause(sentence, first);
            }

            if (words[s].EndsPhrase || !(_buyerToVerbWords.Contains(lower) || Lexicon.Weekdays.Contains(lower) || (words[s].IsCapitalised && Lexicon.Weekdays.Contains(lower))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"…, KKR has announced": the organisation named right after the comma that closes the figure's clause, followed by its verb.</summary>
    private static string? SubjectAfterTheClause(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var comma = first;
        while (comma < words.Count && !(words[comma].After == ',' && !words[comma].InBrackets))
        {
            comma++;
        }

        if (comma + 2 >= words.Count || sentence.NameAt[comma + 1] is not { Kind: NameKind.Organisation or NameKind.Person, Possessive: false } subject
            || subject.First != comma + 1 || subject.Last + 1 >= words.Count || words[subject.Last].EndsPhrase)
        {
            return null;
        }

        var verb = words[subject.Last + 1];
        return verb.Core.Length > 0 && char.IsLower(verb.Core[0]) && verb.Lower is not ("and" or "or" or "of" or "in" or "to" or "for") ? subject.Text : null;
    }

    /// <summary>"Prince Alwaleed bin Talal": a name joined to the capitalised words before it by "bin / al / de / van / von"; the name itself otherwise.</summary>
    private static string PersonWithParticles(SentenceWords sentence, Name name)
    {
        var words = sentence.Words;
        var start = name.First;
        while (start >= 2 && words[start - 1].Lower is "bin" or "bint" or "ibn" or "al" or "el" or "de" or "van" or "von" or "der" or "da" && !words[start - 2].EndsPhrase
               && sentence.NameAt[start - 2] is { } before && before.Last == start - 2 && !before.Possessive)
        {
            start = before.First;
        }

        return start == name.First ? name.Text : string.Join(' ', words.Skip(start).Take(name.Last - start + 1).Select(w => w.Core));
    }
}
