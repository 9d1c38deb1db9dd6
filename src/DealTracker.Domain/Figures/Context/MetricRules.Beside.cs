using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The readers of the words right beside the figure that decide among several metrics at once: the older step's
/// <see cref="ReadBesideTheFigure"/>, and the rounds' readers of the words before the figure, the nouns and phrases after it and the
/// words named around it (a sale or facility, a round extended, revenue changed, a valuation, compute, a takeover). A rule about one
/// concept (market totals, compute, other money, valuations, investments, rounds, changes) lives in that concept's file.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>
    /// What the words right beside the figure say before any cue is read: "an earlier plan of $X" and "up from $X" (more of the figure
    /// before), "led the round with $X" (the leader's investment), "the $X the company has raised" (a clause of its own). Null when they
    /// say nothing.
    /// </summary>
    private static (Metric? Metric, bool Found)? ReadBesideTheFigure(IReadOnlyList<Word> words, int first, int last, int floor, Metric? previous)
    {
        // "doubling an earlier plan of $10 billion": the plan was for the same thing as the figure before.
        if (previous is not null && first >= 2 && words[first - 1].Lower == "of" && words[first - 2].Lower is "plan" or "target" or "goal" or "estimate"
            or "forecast" or "expectation" && first - 3 >= floor && words[first - 3].Lower is "earlier" or "initial" or "previous" or "original" or "prior")
        {
            return (previous, true);
        }

        // "valued at $5 billion in its latest round of funding, up from $1 billion a year ago": the start of a change is more of the
        // figure before, whatever cue lies between them.
        var from = first >= 2 && words[first - 1].Lower is "just" or "only" or "a" or "an" ? first - 2 : first - 1;
        if (previous is not null && from >= 1 && from - 1 >= floor && words[from].Lower == "from" && words[from - 1].Lower is "up" or "down")
        {
            return (previous, true);
        }

        // "Temasek led the round with $200 million": the leader's part of the round.
        if (first >= 4 && words[first - 1].Lower == "with" && words[first - 2].Lower is "round" or "funding" or "financing"
            && words[first - 3].Lower == "the" && words[first - 4].Lower is "led" or "leads" or "leading" or "lead" or "co-led" or "anchored"
            or "anchors" or "anchoring" or "anchor")
        {
            return (Metric.Investment, true);
        }

        // "expanded its cloud services agreement with OpenAI by $6.5B", "by another $6.5B", "by an additional $4 billion": the change of
        // a compute deal is compute too.
        var by = first >= 3 && words[first - 1].Lower is "another" or "additional" or "further" ? first - 2 : first - 1;
        by = by >= 2 && words[by].Lower is "an" or "a" ? by - 1 : by;
        if (by >= 1 && words[by].Lower == "by" && ComputeDealBefore(words, by, floor))
        {
            return (Metric.ComputeCommitment, true);
        }

        // "At $62.5 billion, the car-sharing firm is worth more than …": a price set before the company it prices.
        if (first == 1 && words[0].Lower == "at" && words[last].After == ',' && Window(words, last + 1, 8).Any(w => w is "worth" or "valued" or "valuable"))
        {
            return (Metric.Valuation, true);
        }

        // "adding to the more than $2 billion the company has already raised": a clause of its own after the figure says what it is.
        if (RelativeClauseAfter(words, SkipConversion(words, last)) is { } own)
        {
            return (own, true);
        }

        return null;
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

        // Since the stakes-control realignment "buy a 75% stake in the club for around $400 million" is the buyer's investment, as a
        // minority stake's price is (no longer a takeover's price here).
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

    /// <summary>"$X sale of its unit", "a $X lending facility": money that is no investment, round or valuation.</summary>
    private static readonly HashSet<string> _saleOrDebtNouns = new(StringComparer.Ordinal)
    {
        "sale", "disposal", "divestment", "divestiture", "facility", "facilities", "payout", "dividend", "dividends",
    };

    /// <summary>
    /// "the planned $8.7bn sale of its unit", "a $150mn lending facility" (other); "the $7.7bn purchase of a stake in Uber" (an investment,
    /// of any size); "in a debt round" after the figure (borrowing); "$2 billion checks each" (each backer's investment).
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
            // Since the stakes-control realignment a majority stake's purchase is an investment too.
            return (Metric.Investment, true);
        }

        // "raising Rs 1,700 crore ($193 million) in a debt round": borrowing, whatever verb raised it.
        return words[next].Lower == "in" && !words[next].EndsPhrase && Window(words, next + 1, 3).Any(w => w is "debt" or "venture-debt")
            && !Window(words, next + 1, 5).Any(w => w is "equity" or "convertible")
            ? (null, true) : null;
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

        // Not a fund's target ("the $6 billion target for its 16th fund": MetricRules.TotalsToDate.cs).
        if (next < words.Count && words[next].Lower is "goal" or "target" && previous == Metric.RoundSize && !words[last].EndsPhrase && !ForAFund(words, next))
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

    /// <summary>
    /// "a $13m extension of the Series A" and "a $2.75bn private placement" (a round), "a $360M investment led by" (the round it names),
    /// "$X in run-rate revenue" (revenue), "$X in reserves" (other), "a $3.6m investment in server infrastructure firm" (an investment in
    /// a company, not compute).
    /// </summary>
    private static (Metric? Metric, bool Found)? NounsAfterTheFigure(List<Word> words, int last, int next)
    {
        if (next >= words.Count || (words[last].EndsPhrase && words[last].After != ')'))
        {
            return null;
        }

        var lower = words[next].Lower;
        var after = Window(words, next + 1, 4).ToList();
        if ((lower == "extension" && after.Take(3).Any(w => w is "series" or "round" or "seed"))
            || (lower is "private" && after.FirstOrDefault() is "placement") || lower is "placement"
            || (lower is "investment" or "financing" && !words[next].EndsPhrase && after.Take(2).SequenceEqual(["led", "by"])))
        {
            return (Metric.RoundSize, true);
        }

        // "$250m in funding supplied by DFJ and Founders Fund": what the named backers put in.
        if (lower == "in" && after.Count >= 3 && after[0] is "funding" or "capital" && after[1] is "supplied" or "provided" or "contributed" && after[2] == "by")
        {
            return (Metric.Investment, true);
        }

        if (lower == "in" && after.Take(2).Any(w => w is "reserves"))
        {
            return (null, true);
        }

        if (lower == "in" && after.Count >= 2 && after[0] is "run-rate" or "annualized" or "annualised" or "recurring"
            && after[1] is "revenue" or "revenues" or "income" or "sales")
        {
            return (Metric.Revenue, true);
        }

        return lower == "investment" && after.FirstOrDefault() == "in"
            && after.Skip(1).Any(w => w is "firm" or "company" or "startup" or "start-up" or "maker" or "developer")
            ? (Metric.Investment, true) : null;
    }

    /// <summary>
    /// "would value OpenAI at a pre-money valuation, meaning …, at $X" and "a higher valuation than $X" (a valuation); "a commitment to
    /// add $X" (an investment); "$X it pledged" (an investment); "committed $X to acquire AI cloud computing capacity" and "a deal to buy
    /// cloud capacity … worth about $X" (compute); "a significant increase from $X" (more of the figure before); "for a nearly 70%
    /// stake" (a takeover, other).
    /// </summary>
    private static (Metric? Metric, bool Found)? NamedAroundTheFigure(SentenceWords sentence, int at, int next, int floor, Metric? previous)
    {
        var words = sentence.Words;
        var before = at >= 1 && at - 1 >= floor ? words[at - 1].Lower : "";
        var twoBefore = at >= 2 && at - 2 >= floor ? words[at - 2].Lower : "";
        var start = Math.Max(floor, 0);
        if (before == "than" && twoBefore is "valuation" or "value" || (before == "at" && twoBefore != "valued"
            && words.Skip(start).Take(at - start).Any(w => w.Lower is "pre-money" or "post-money")))
        {
            return (Metric.Valuation, true);
        }

        // "the Indian edtech sector is valued at $30 billion": a whole market's size, not a company's valuation.
        if (before == "at" && twoBefore == "valued"
            && Window(words, Math.Max(start, at - 12), at - 2 - Math.Max(start, at - 12)).Any(w => w is "ecosystem" or "sector" or "industry"))
        {
            return (null, true);
        }

        if (before == "add" && twoBefore == "to" && at >= 3 && words[at - 3].Lower is "commitment" or "pledge" or "promise")
        {
            return (Metric.Investment, true);
        }

        if (PledgedByAGiverAfter(sentence, next))
        {
            return (Metric.Investment, true);
        }

        if (next + 1 < words.Count && words[next].Lower == "to" && words[next + 1].Lower is "acquire" or "buy" or "purchase" or "rent" or "lease"
            && sentence.MentionsCompute(next + 2, Math.Min(words.Count, next + 8)))
        {
            return (Metric.ComputeCommitment, true);
        }

        if (before is "worth" || (before is "about" or "around" or "roughly" && twoBefore == "worth"))
        {
            return ComputeBoughtWorth(sentence, before == "worth" ? at - 1 : at - 2, start);
        }

        if (floor > 0 && before == "from" && twoBefore is "increase" or "rise" or "jump" or "drop" or "decline" or "decrease" or "fall")
        {
            return (previous, true);
        }

        // "$X for a 51 percent stake": since the stakes-control realignment a stake of any size bought is the buyer's investment.
        return next + 4 < words.Count && words[next].Lower == "for" && Window(words, next + 1, 5).Any(w => w is "stake")
            && MajorityShareAt(words, next + 1, 4) ? (Metric.Investment, true) : null;
    }

    /// <summary>"the $13 billion it pledged", "the $550 million Google Ventures invested in Anthropic": a relative clause naming the giver after the figure.</summary>
    private static bool PledgedByAGiverAfter(SentenceWords sentence, int next)
    {
        var words = sentence.Words;
        var verb = next < words.Count && sentence.NameAt[next] is { } giver ? giver.Last + 1 : next + 1;

        // "In the round, which raised $6 billion, Nvidia invested $500 million": a giver after a comma opens a clause of its own.
        return verb < words.Count && next > 0 && !words[next - 1].EndsPhrase && !words[Math.Max(0, verb - 1)].EndsPhrase && words[verb].Lower is "pledged" or "promised" or "committed" or "invested"
            && (verb > next + 1 || words[next].Lower is "it" or "he" or "she" or "they" || sentence.NameAt[next] is not null);
    }

    /// <summary>"a deal to buy cloud capacity … worth about $X": compute bought, when a buying word and compute come before "worth" at <paramref name="worth"/>; else null.</summary>
    private static (Metric? Metric, bool Found)? ComputeBoughtWorth(SentenceWords sentence, int worth, int start)
    {
        var words = sentence.Words;
        var buy = Window(words, Math.Max(start, worth - 12), worth - Math.Max(start, worth - 12)).Any(w => w is "buy" or "purchase" or "rent" or "lease");
        return buy && sentence.MentionsCompute(Math.Max(start, worth - 12), worth) ? (Metric.ComputeCommitment, true) : null;
    }

    /// <summary>Last words of a named programme: "a $2-billion Canadian Sovereign AI Compute Strategy".</summary>
    private static readonly HashSet<string> _tenthProgrammeNouns = new(StringComparer.Ordinal)
    {
        "strategy", "program", "programme", "initiative", "scheme", "plan",
    };

    /// <summary>Words that make a deal noun a compute deal when they stand beside it: "a GPU supply agreement", "a chip design contract".</summary>
    private static readonly HashSet<string> _tenthChipWords = new(StringComparer.Ordinal)
    {
        "chip", "chips", "semiconductor", "accelerator", "accelerators", "silicon",
    };

    /// <summary>Reads up to six nouns from j to a phrase's end ("five-year GPU supply agreement"): where they end, what they name.</summary>
    private static (int End, bool Debt, bool Compute, bool Deal, bool Capitalised) TenthNounRun(List<Word> words, int j)
    {
        bool debt = false, compute = false, deal = false, capitalised = true;
        var k = j;
        for (; k < words.Count && k - j < 6 && !_stopAfterNoun.Contains(words[k].Lower); k++)
        {
            var lower = words[k].Lower;
            debt |= lower == "debt" && (k == j || words[k - 1].Lower != "convertible");
            compute |= IsComputeWord(lower) || _tenthChipWords.Contains(lower);
            deal |= lower is "deal" or "contract" or "agreement" or "pact";
            capitalised &= words[k].IsCapitalised;
            if (words[k].EndsPhrase)
            {
                k++;
                break;
            }
        }

        return (k, debt, compute, deal, capitalised);
    }

    /// <summary>Reads a valuation in the nouns after the figure: "a $2.7 billion valuation round", "raised $675 million at a $2.7 billion value".</summary>
    private static bool IsTenthValuationNoun(List<Word> words, int first, int j, int k)
    {
        if (words[j].Lower == "valuation" && k > j + 1 && _roundNouns.Contains(words[k - 1].Lower))
        {
            return true;
        }

        // "raised $675 million at a $2.7 billion value": the price the round is at.
        return words[j].Lower == "value" && k == j + 1 && first >= 2 && words[first - 1].Lower is "a" or "an" && words[first - 2].Lower == "at";
    }

    /// <summary>
    /// The nouns right after the figure: "a $5 billion debt raise" and "its $5 billion debt funding plans" (debt: other); "a US$300 billion
    /// valuation funding round" (the valuation the round is at); "a $2-billion Canadian Sovereign AI Compute Strategy" (a named programme:
    /// other); "a $17.4 billion, five-year GPU supply agreement", "a $10 billion chip design contract with Broadcom" (compute deals).
    /// </summary>
    private static (Metric? Metric, bool Found)? TenthNounsAfter(SentenceWords sentence, int first, int last, int next)
    {
        var words = sentence.Words;
        var j = next;

        // "$17.4 billion, five-year GPU supply agreement": past a comma and the deal's term.
        var term = words[last].After == ',' && next == last + 1 && j < words.Count && IsTenthTerm(words[j].Lower);
        if (term)
        {
            j++;
        }
        else if (words[last].EndsPhrase && next == last + 1)
        {
            return null;
        }

        var (k, debt, compute, deal, capitalised) = TenthNounRun(words, j);
        if (k == j)
        {
            return null;
        }

        if (debt && !term)
        {
            return (null, true);
        }

        if (IsTenthValuationNoun(words, first, j, k))
        {
            return (Metric.Valuation, true);
        }

        if (capitalised && !term && _tenthProgrammeNouns.Contains(words[k - 1].Lower))
        {
            return (null, true);
        }

        // "a $300 billion, five-year agreement with Oracle to secure … computing power": a term deal in a sentence about compute.
        var computeInSentence = sentence.MentionsCompute(0) || words.Skip(k).Any(w => _tenthChipWords.Contains(w.Lower));
        return deal && (compute || (term && computeInSentence)) && !IsMajorityOrTakeover(words) ? (Metric.ComputeCommitment, true) : null;
    }

    private static bool IsTenthTerm(string lower) =>
        lower is "multi-year" or "multiyear" or "long-term" || (lower.EndsWith("-year", StringComparison.Ordinal) && lower.Length > 5);
}
