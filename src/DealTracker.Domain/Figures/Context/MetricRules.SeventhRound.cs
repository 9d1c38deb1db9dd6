using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric rules added after blind17 and blind18's first runs (the seventh round), read before the older steps: what a figure is
/// when the words beside it name a sale, a facility, shares bought or sold, a market's total, a deal extended or a change of revenue.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>"$X sale of its unit", "a $X lending facility": money that is no investment, round or valuation.</summary>
    private static readonly HashSet<string> _saleOrDebtNouns = new(StringComparer.Ordinal)
    {
        "sale", "disposal", "divestment", "divestiture", "facility", "facilities", "payout", "dividend", "dividends",
    };

    /// <summary>A market or a crowd of companies as a subject: "the continent secured a total of", "African startups announced".</summary>
    private static readonly HashSet<string> _marketNouns = new(StringComparer.Ordinal)
    {
        "startups", "start-ups", "continent", "rounds", "deals", "companies", "sector", "ecosystem", "region", "industry", "market",
        "founders",
    };

    private static readonly HashSet<string> _changeVerbs = new(StringComparer.Ordinal)
    {
        "surged", "rose", "grew", "jumped", "climbed", "fell", "dropped", "declined", "increased", "doubled", "tripled", "soared", "plunged",
        "slumped", "decreased",
    };

    private static (Metric? Metric, bool Found)? SeventhRoundReading(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        return SaleOrFacilityAfter(words, last, next)
            ?? BesideTheFigure(sentence, first, floor, previous)
            ?? SharesTraded(sentence, first, last, next)
            ?? (IsMarketTotalOf(words, first, floor) ? ((Metric?)null, true) : ((Metric?, bool)?)null)
            ?? RoundOrRevenueAfter(sentence, first, last, next, previous)
            ?? ComputeDeal(sentence, first, last, next, floor, previous);
    }

    /// <summary>
    /// "the planned $8.7bn sale of its unit", "a $150mn lending facility" (other); "the $7.7bn purchase of a stake in Uber" (an investment,
    /// unless a majority); "in a debt round" after the figure (borrowing); "$2 billion checks each" (each backer's investment).
    /// </summary>
    private static (Metric? Metric, bool Found)? SaleOrFacilityAfter(List<Word> words, int last, int next)
    {
        if (next >= words.Count || (last >= 0 && words[last].EndsPhrase && words[last].After != ')'))
        {
            return null;
        }

        var nouns = Window(words, next, 2).TakeWhile(w => !_stopAfterNoun.Contains(w)).ToList();
        if (nouns.Any(_saleOrDebtNouns.Contains))
        {
            return (null, true);
        }

        if (nouns.FirstOrDefault() is "checks" or "cheques" or "tickets")
        {
            return (Metric.Investment, true);
        }

        if (words[next].Lower is "purchase" or "acquisition" && next + 1 < words.Count && words[next + 1].Lower == "of"
            && Window(words, next + 2, 4).Any(w => w is "stake" or "stakes" or "shares" or "stock"))
        {
            return Window(words, next + 2, 4).Any(w => w is "majority" or "controlling") || MajorityShareAt(words, next + 2, 4) ? (null, true) : (Metric.Investment, true);
        }

        // "raising Rs 1,700 crore ($193 million) in a debt round": borrowing, whatever verb raised it.
        return words[next].Lower == "in" && !words[next].EndsPhrase && Window(words, next + 1, 3).Any(w => w is "debt" or "venture-debt")
            && !Window(words, next + 1, 5).Any(w => w is "equity" or "convertible")
            ? (null, true) : null;
    }

    /// <summary>
    /// The words right before the figure: "betting $X on" (an investment), "burned (through) $X" and "a cash payment of $X" (other),
    /// "comprised of $X" (part of the figure before), "the new company will be worth $X" (a valuation), "a round, which …, was $X".
    /// </summary>
    private static (Metric? Metric, bool Found)? BesideTheFigure(SentenceWords sentence, int first, int floor, Metric? previous)
    {
        var words = sentence.Words;
        var before = first >= 1 && first - 1 >= floor ? words[first - 1].Lower : "";
        var twoBefore = first >= 2 && first - 2 >= floor ? words[first - 2].Lower : "";
        if (before is "betting" or "bet" or "bets" or "wagering" or "wagered")
        {
            return (Metric.Investment, true);
        }

        if (before is "burned" or "burnt" or "burns" || (before == "through" && twoBefore is "burned" or "burnt" or "burning" or "burn" or "burns"))
        {
            return (null, true);
        }

        // "buy a 75% stake in the club for around $400 million": a majority bought is a takeover.
        if (before == "for" && sentence.FirstStake < first - 1 && MajorityShareAt(words, Math.Max(0, sentence.FirstStake - 1), 4))
        {
            return (null, true);
        }

        if (before == "of" && twoBefore is "payment" or "payments" or "consideration" or "compensation")
        {
            return (null, true);
        }

        if (before == "of" && twoBefore is "comprised" or "consisting" or "composed" && previous is not null)
        {
            return (previous, true);
        }

        // "the new company will be worth some $28 billion": what a company is to be worth (not "net worth", not a market's; "Today the
        // company is worth $150 billion" of a listed company is its market value).
        // Not "the first company to be worth $5 trillion" (a listed company's milestone: market value).
        if (before == "worth" && twoBefore == "be" && first >= 3 && words[first - 3].Lower != "to"
            && words.Skip(Math.Max(0, first - 7)).Take(Math.Min(first, 7) - 2).Any(w => w.Lower is "company" or "firm" or "startup" or "business" or "entity" or "group")
            && !words.Take(first).Any(w => w.Lower is "market" or "net" or "shares" or "stake"))
        {
            return (Metric.Valuation, true);
        }

        return RoundWasBefore(words, first, floor) ?? ValuedAt(sentence, first, floor) ?? CommitmentIncreasedTo(words, first, floor);
    }

    /// <summary>"in a deal that valued Interswitch at $1B": a company valued at the figure, whatever stake was sold before.</summary>
    private static (Metric? Metric, bool Found)? ValuedAt(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        if (first < 3 || first - 1 < floor || words[first - 1].Lower != "at")
        {
            return null;
        }

        for (var j = first - 2; j >= Math.Max(floor, first - 5); j--)
        {
            if (words[j].Lower is "valued" or "values" or "valuing" && j + 1 <= first - 2 && (j == 0 || words[j - 1].Lower is not ("market" or "was" or "were")))
            {
                var between = words.Skip(j + 1).Take(first - 2 - j).ToList();
                var company = between.Any(w => w.IsCapitalised || w.Lower is "it" or "company" or "startup" or "firm");
                return company && !between.Any(w => w.Lower is "stake" or "stakes" or "holding" or "holdings" or "shares" or "portfolio" or "fund" or "assets")
                    ? (Metric.Valuation, true) : null;
            }

            if (words[j].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"with Desjardins' commitment set to increase to C$50 million": an investor's commitment (or stake) growing to the figure.</summary>
    private static (Metric? Metric, bool Found)? CommitmentIncreasedTo(List<Word> words, int first, int floor)
    {
        if (first < 3 || first - 2 < floor || words[first - 1].Lower != "to"
            || words[first - 2].Lower is not ("increase" or "increased" or "increasing" or "rise" or "rose" or "grow" or "grew" or "climb" or "climbed"))
        {
            return null;
        }

        return words.Skip(Math.Max(floor, first - 7)).Take(first - 2 - Math.Max(floor, first - 7)).Any(w => w.Lower is "commitment" or "commitments" or "stake" or "holding")
            ? (Metric.Investment, true) : null;
    }

    /// <summary>"Mistral's seed round, which refers to …, was 105 million euros": the subject of "was" (a clause aside) is a round.</summary>
    private static (Metric? Metric, bool Found)? RoundWasBefore(List<Word> words, int first, int floor)
    {
        if (first < 3 || first - 1 < floor || words[first - 1].Lower is not ("was" or "is" or "totalled" or "totaled" or "totals"))
        {
            return null;
        }

        var subject = first - 2;
        if (words[subject].After == ',')
        {
            // Skip back over the clause set off by commas to the word before it.
            subject--;
            while (subject > floor && words[subject].After != ',' && first - subject < 16)
            {
                subject--;
            }
        }

        // Not one backer's part of it: "Sequoia's share of the $100 million round / contribution to the round was $50 million".
        var part = Enumerable.Range(Math.Max(0, subject - 7), Math.Max(0, Math.Min(7, subject)))
            .Any(j => words[j].Lower is "share" or "contribution" or "portion" or "part" or "slice" or "piece" && words[j + 1].Lower is "of" or "to");
        return subject >= floor && subject >= 0 && !part && words[subject].Lower is "round" or "raise" or "fundraise" or "fundraising" ? (Metric.RoundSize, true) : null;
    }

    /// <summary>
    /// Shares bought or sold for the figure: "purchased Intel shares worth $5 billion", "acquiring $350 million worth of CoreWeave
    /// stock" (the buyer's investment); "agreed to sell $10 billion of stock to Berkshire", "selling JPY 30 billion preferred shares
    /// … to Mizuho" (the buyer's investment, the buyer named after "to"). Not a majority, not a buyback.
    /// </summary>
    private static (Metric? Metric, bool Found)? SharesTraded(SentenceWords sentence, int first, int last, int next)
    {
        var words = sentence.Words;
        var sharesAfter = next < words.Count && !words[last].EndsPhrase
            && (words[next].Lower is "of" || (words[next].Lower == "worth" && next + 1 < words.Count && words[next + 1].Lower == "of")
                ? Window(words, words[next].Lower == "worth" ? next + 2 : next + 1, 4).Any(w => w is "shares" or "stock" or "stocks")
                : Window(words, next, 2).Any(w => w is "shares" or "stock"));
        var buyBefore = first >= 1 && words[first - 1].Lower is "acquiring" or "buying" or "purchasing" or "bought" or "purchased" or "acquired"
            or "buy" or "purchase" or "acquire" or "buys" or "purchases" or "acquires";
        if (buyBefore && sharesAfter && !Window(words, next, 8).Any(w => w is "majority" or "controlling" or "back"))
        {
            return (Metric.Investment, true);
        }

        // "purchased Intel shares worth $5 billion".
        if (first >= 3 && words[first - 1].Lower == "worth")
        {
            for (var j = first - 2; j >= Math.Max(0, first - 5) && !words[j].EndsPhrase; j--)
            {
                if (words[j].Lower is "shares" or "stock" && j >= 1 && words.Skip(Math.Max(0, j - 4)).Take(Math.Min(j, 4))
                        .Any(w => w.Lower is "purchased" or "bought" or "acquired" or "buying" or "acquiring" or "purchasing" or "buy" or "purchase"))
                {
                    return (Metric.Investment, true);
                }
            }
        }

        var sellBefore = words.Skip(Math.Max(0, first - 2)).Take(Math.Min(first, 2))
            .Any(w => w.Lower is "sell" or "sold" or "selling" or "sells" or "issue" or "issued" or "issuing");
        return sellBefore && sharesAfter && StakeBuyer(sentence, first, 0) is null && SoldTo(words, last) ? (Metric.Investment, true) : null;
    }

    /// <summary>"to Berkshire Hathaway Inc.", "to the pension" later in the clause (within 15 words, no buyback).</summary>
    internal static bool SoldTo(IReadOnlyList<Word> words, int last)
    {
        for (var j = last + 1; j < words.Count && j <= last + 15; j++)
        {
            if (words[j].Lower == "to" && j + 1 < words.Count && words[j + 1].Lower is not ("buy" or "be" or "fund" or "repay" or "pay" or "increase"))
            {
                return true;
            }

            // An appositive may stand between: "preferred shares of Orient Corporation, a consumer credit provider, to Mizuho".
            if (words[j].EndsPhrase && !words[j].InBrackets && words[j].After is not (')' or ']' or ','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A market's total: "the continent secured a total of $X in funding", "African startups announced a total of $X"; "investment in crypto
    /// in India has surged … from $X to $Y"; "dry powder" / "capital available to invest" reaching $X.
    /// </summary>
    private static bool IsMarketTotalOf(List<Word> words, int first, int floor)
    {
        if (first >= 2 && first - 2 >= floor && words[first - 1].Lower == "of" && words[first - 2].Lower == "total")
        {
            for (var j = first - 3; j >= Math.Max(floor, first - 14); j--)
            {
                if (_marketNouns.Contains(words[j].Lower) && !words[j].IsCapitalised)
                {
                    return true;
                }
            }
        }

        for (var v = first - 1; v >= Math.Max(floor, first - 12); v--)
        {
            if (_changeVerbs.Contains(words[v].Lower))
            {
                for (var k = v - 1; k >= Math.Max(0, v - 8); k--)
                {
                    // Not an owner's investments ("their investments in startups increased"): a market's.
                    if (words[k].Lower is "investment" or "investments" or "funding" && k + 2 < v && words[k + 1].Lower == "in" && !words[k + 2].IsCapitalised
                        && (k == 0 || (words[k - 1].Lower is not ("their" or "its" or "our" or "his" or "her") && !words[k - 1].Possessive)))
                    {
                        return true;
                    }
                }
            }
        }

        var phrase = string.Join(' ', words.Take(first).Select(w => w.Lower));
        return phrase.Contains("dry powder", StringComparison.Ordinal) || phrase.Contains("available to invest", StringComparison.Ordinal);
    }

    /// <summary>
    /// "went from $2B to $12.7B ARR" (revenue), "extending its Series B financing to $54 million" (round size), "bringing that total contract
    /// to $X" (more of the deal before), "towards a $1 billion goal" after a round, "investors … pour in $X in a single raise", "$X has been
    /// allocated for investment".
    /// </summary>
    private static (Metric? Metric, bool Found)? RoundOrRevenueAfter(SentenceWords sentence, int first, int last, int next, Metric? previous)
    {
        var words = sentence.Words;
        if (first >= 1 && words[first - 1].Lower == "from" && next + 1 < words.Count && words[next].Lower == "to"
            && Window(words, next + 1, 4).Any(w => w is "arr" or "revenue" or "revenues" or "run-rate" or "sales" or "turnover"))
        {
            return (Metric.Revenue, true);
        }

        if (first >= 3 && words[first - 1].Lower == "to" && BroughtTo(words, first) is { } brought)
        {
            return brought switch { Cue.Round => (Metric.RoundSize, true), Cue.SameAsBefore => (previous, previous is not null), _ => null };
        }

        if (next < words.Count && words[next].Lower is "goal" or "target" && previous == Metric.RoundSize && !words[last].EndsPhrase)
        {
            return (Metric.RoundSize, true);
        }

        // "It convinced investors to pour in $6.6 billion in a single raise": unnamed investors putting money into a round.
        if (next + 1 < words.Count && words[next].Lower == "in" && !words[last].EndsPhrase && Window(words, next + 1, 3).Any(w => w is "raise" or "round")
            && words.Skip(Math.Max(0, first - 8)).Take(Math.Min(first, 8)).Any(w => w.Lower == "investors"))
        {
            return (Metric.RoundSize, true);
        }

        return next + 1 < words.Count && !words[last].EndsPhrase && words[next].Lower is "has" or "have" or "had" or "was" or "were" or "is" or "are" or "will"
            && Window(words, next + 1, 3).Any(w => w is "allocated" or "earmarked" or "pledged")
            ? (Metric.Investment, true) : null;
    }

    /// <summary>"extending its Series B financing to", "bringing that total contract to": a round (Round) or a deal (SameAsBefore), else None.</summary>
    private static Cue? BroughtTo(List<Word> words, int first)
    {
        for (var v = first - 2; v >= Math.Max(0, first - 7) && !words[v].EndsPhrase; v--)
        {
            if (words[v].Lower is "bringing" or "extending" or "taking" or "lifting" or "pushing" or "brings" or "extends" or "extended" or "brought")
            {
                var between = words.Skip(v + 1).Take(first - 2 - v).Select(w => w.Lower).ToList();
                return between.Any(w => w is "round" or "financing" or "funding" or "raise" or "fundraise") ? Cue.Round
                    : between.Any(w => w is "contract" or "agreement" or "deal" or "commitment") ? Cue.SameAsBefore
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Compute bought under a deal: "expanded its OpenAI agreement by $X", "signed an agreement with Microsoft worth up to $X" from a
    /// provider of graphics chips, "the total contract value … is $X", "a $X deal with Nscale, a startup working on compute
    /// infrastructure", "the $X investment in Azure". Only when the sentence speaks of compute; no takeover.
    /// </summary>
    private static (Metric? Metric, bool Found)? ComputeDeal(SentenceWords sentence, int first, int last, int next, int floor, Metric? previous)
    {
        var words = sentence.Words;
        if (!MentionsComputeDeal(sentence) || words.Any(w => w.Lower is "acquisition" or "acquire" or "acquires" or "acquiring" or "takeover" or "merger"))
        {
            return null;
        }

        // "the $25 billion investment in Azure".
        if (next + 2 < words.Count && words[next].Lower is "investment" or "commitment" && words[next + 1].Lower == "in" && !words[next].EndsPhrase
            && IsComputeWord(words[next + 2].Lower) && !(next + 3 < words.Count && words[next + 3].Lower is "provider" or "company" or "firm" or "startup"))
        {
            return (Metric.ComputeCommitment, true);
        }

        // "a $23 billion deal with Nscale, …".
        if (next + 1 < words.Count && words[next].Lower is "deal" or "agreement" or "contract" && words[next + 1].Lower == "with")
        {
            return (Metric.ComputeCommitment, true);
        }

        var before = words.Skip(Math.Max(floor, first - 8)).Take(first - Math.Max(floor, first - 8)).Select(w => w.Lower).ToList();
        var dealBefore = before.Any(w => w is "agreement" or "contract" or "deal" or "agreements" or "contracts");

        // "expanded its OpenAI agreement by $6.5 billion", "the total contract value through 2031 is $17.4 billion", "an agreement with
        // Microsoft worth up to $19.4 billion".
        var changed = first >= 1 && words[first - 1].Lower == "by" && before.Any(w => w is "expanded" or "expands" or "expanding" or "extended" or "increased"
            or "boosted" or "grew" or "upsized");
        var valued = before.Any(w => w is "value" or "worth" or "valued") && !before.Any(w => w is "market" or "valuation");
        return dealBefore && (changed || valued) && previous != Metric.Investment ? (Metric.ComputeCommitment, true) : null;
    }

    /// <summary>A compute word anywhere in the sentence, or the chips compute runs on ("graphics chips", "AI chips", "accelerators").</summary>
    private static bool MentionsComputeDeal(SentenceWords sentence)
    {
        var words = sentence.Words;
        return sentence.MentionsCompute(0) || words.Zip(words.Skip(1)).Any(pair => pair.First.Lower is "graphics" or "ai" && pair.Second.Lower is "chips" or "processors")
            || words.Any(w => w.Lower is "accelerators" or "nebius" or "nscale" or "crusoe" or "neocloud" or "neoclouds");
    }
}
