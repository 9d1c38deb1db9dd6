using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The cue before the figure (step 2 of <see cref="ClassifyWords"/>): the nearest cue word or phrase within
/// <see cref="LookBack"/> words (or <see cref="FarLookBack"/> in the same clause), and the metric it gives, asking the words after the
/// figure when the cue is weak ("buy", "spend", "provide").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>A cue <see cref="LookBack"/> to <see cref="FarLookBack"/> words back, in the same clause (commas aside).</summary>
    private static (Cue Cue, int At) FarCue(SentenceWords sentence, int first, int floor)
    {
        var words = sentence.Words;
        for (var i = first - 1; i >= Math.Max(floor, first - FarLookBack); i--)
        {
            if (words[i].EndsPhrase && words[i].After is not ',')
            {
                break;
            }

            var cue = i < first - LookBack ? CueOf(sentence, i, first, floor > 0) : Cue.None;
            if (cue != Cue.None)
            {
                return (cue, i);
            }
        }

        return (Cue.None, -1);
    }

    private static Cue CueOf(SentenceWords sentence, int i, int figure, bool hasPrevious)
    {
        var words = sentence.Words;

        // "CPP Investments, which has C$646.8 billion in assets": a word of a name is no cue.
        if (sentence.NameAt[i] is not null && words[i].IsCapitalised)
        {
            return Cue.None;
        }

        if (IsMarketTotal(words, i))
        {
            return Cue.Other;
        }

        // "led a round of investment of about $90 million": the round is what the money is; "investment" only says what kind.
        if (words[i].Lower is "investment" or "investments" or "financing" or "funding" && i >= 2 && words[i - 1].Lower == "of"
            && words[i - 2].Lower is "round" or "rounds")
        {
            return Cue.Round;
        }

        return StakeCue(sentence, i, figure) ?? SalesOfNoRevenue(words, i) ?? PhraseCue(sentence, i, figure, hasPrevious)
            ?? WordCue(words[i].Lower, i > 0 ? words[i - 1].Lower : "");
    }

    /// <summary>
    /// Since the earnings-revenue sweep: "share sales", "equity sales", "stake sales" sell holdings (other money, as a total raised is);
    /// "the second-biggest smartphone brand in India by sales," ranks a company and says nothing of the figure (no cue).
    /// </summary>
    private static Cue? SalesOfNoRevenue(IReadOnlyList<Word> words, int i)
    {
        var lower = words[i].Lower;
        var previous = i > 0 ? words[i - 1].Lower : "";
        return lower is "sales" && previous is "share" or "stake" or "equity" or "stock" or "asset" or "secondary" or "bond" ? Cue.Other
            : lower is "sales" or "revenue" or "revenues" or "turnover" && previous == "by" && words[i].EndsPhrase ? Cue.None
            : null;
    }

    /// <summary>"by $X" (a change), and what a stake bought or sold "for $X" is.</summary>
    private static Cue? StakeCue(SentenceWords sentence, int i, int figure)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        // "values the company at $4.8 billion, up $500 million from weeks earlier": a change.
        if (i == figure - 1 && lower is "up" or "down" && (i == 0 || words[i - 1].EndsPhrase))
        {
            return Cue.Other;
        }

        if (i == figure - 1 && lower == "by")
        {
            // "followed by $2 billion more": more of the same, not a change.
            return i > 0 && words[i - 1].Lower == "followed" ? null : Cue.Other;
        }

        // "value the fund's 70 percent stake at $70 billion" is a price (a majority stake bought is an investment since the stakes-control
        // realignment).
        if (lower is "stake" or "stakes" && StakeIsNoInvestment(words, i, figure))
        {
            return Cue.Other;
        }

        // "bought a 9.99% stake ... for Rs 43,574 crore" is an investment, so is "offloaded its stake ... for $9.17 billion";
        // "will take a 10% stake in Intel worth $8.9 billion" is what the stake bought is worth.
        // "has amassed a 9.9% stake in Telefonica worth 2.1 billion euros", "acquire a 20.3 percent stake owned by Light in Renova, worth
        // about 200 million reais": a stake built up or bought, then what it is worth.
        return i == figure - 1 && (lower == "for" || (lower == "worth" && figure - sentence.FirstStake <= 8)) && sentence.FirstStake < i
            ? StakeBoughtOrSoldCue(words, sentence.FirstStake, figure)
            : null;
    }

    /// <summary>The cue of a stake at <paramref name="stake"/> priced by the figure: valued (other), bought, sold or built up (investment), or null.</summary>
    private static Cue? StakeBoughtOrSoldCue(List<Word> words, int stake, int figure)
    {
        if (StakeIsNoInvestment(words, stake, figure))
        {
            return Cue.Other;
        }

        for (var j = stake - 1; j >= Math.Max(0, stake - 6); j--)
        {
            // Since the stakes-control realignment a stake sold for the figure is what its buyer invests, named or not ("offloaded its stake
            // in T-Mobile for $9.17 billion"); shares sold on the market are read other before this (MetricRules.SellersProceeds.cs).
            if (words[j].Lower is "sold" or "sell" or "sells" or "selling" or "offloaded" or "offload" or "offloading" or "divested" or "divest"
                or "dumped" or "unloaded" or "liquidated")
            {
                return Cue.Investment;
            }

            if (words[j].Lower is "bought" or "buy" or "buys" or "buying" or "acquire" or "acquired" or "acquiring" or "took" or "take"
                or "takes" or "taking" or "purchased" or "purchase" or "purchasing" or "amassed" or "amass" or "amasses" or "amassing"
                or "accumulated" or "built" or "snapped" or "picked")
            {
                return Cue.Investment;
            }
        }

        return null;
    }

    /// <summary>Cues made of two words or of a word and its place: "another $X", "investments worth $X", "backed ... with $X", "put in".</summary>
    private static Cue? PhraseCue(SentenceWords sentence, int i, int figure, bool hasPrevious)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        var previous = i > 0 ? words[i - 1].Lower : "";
        if (ContinuationCue(sentence, i, figure, hasPrevious) is { } continuation)
        {
            return continuation;
        }

        if (lower == "worth" && i == figure - 1 && i > 0 && WorthCue(words, i) is { } worth)
        {
            return worth;
        }

        if (MoneyVerbCue(words, i, figure) is { } moneyVerb)
        {
            return moneyVerb;
        }

        // "Toyota and DENSO are stumping up $667 million", "ponied up".
        if (lower == "up" && i == figure - 1 && previous is "stumping" or "stump" or "stumped" or "stumps" or "pony" or "ponied" or "ponying"
            or "put" or "puts" or "putting")
        {
            return Cue.Investment;
        }

        // "the committed projects pipeline": an adjective, not money committed.
        if (lower is "committed" or "commit" or "commits" or "committing" && i + 1 < figure
            && words[i + 1].Lower is not ("to" or "a" or "an" or "another" or "additional" or "up" or "more" or "its" or "further"))
        {
            return Cue.None;
        }

        if (lower is "worth" or "priced" && PricesACompany(words, i))
        {
            return Cue.Valuation;
        }

        // "agreed to put $20 billion into a fund"; "SoftBank will fund $30 billion of the round": "fund" as a verb right before the figure.
        if ((lower is "put" or "puts" or "putting" && i == figure - 1)
            || (lower is "fund" or "finance" && i == figure - 1 && previous is "will" or "would" or "to" or "could" or "may" or "can" or "also" or "might"))
        {
            return Cue.Provide;
        }

        return CompoundCue(words, i, figure);
    }

    /// <summary>"investments worth $10 billion", "a funding round worth $X": the noun before "worth" says what; "bought shares worth $X".</summary>
    private static Cue? WorthCue(IReadOnlyList<Word> words, int i)
    {
        var previous = words[i - 1].Lower;
        if (previous is "shares" or "stock" && i >= 2 && words[i - 2].Lower is "bought" or "buy" or "buys" or "buying" or "purchased" or "acquired")
        {
            return Cue.Investment;
        }

        return _investmentNouns.Contains(previous) ? Cue.Investment : _roundNouns.Contains(previous) ? Cue.Round : null;
    }

    /// <summary>
    /// "a startup it recently backed with $21 million", "Ford backed Pivotal, a cloud computing firm, for $182.2 million", "Microsoft has
    /// backed OpenAI with some $13 billion", "funded the startup with $200 million", "financial backing of $13 billion", "sank $2 billion
    /// into the startup": money verbs read with the words around the figure.
    /// </summary>
    private static Cue? MoneyVerbCue(IReadOnlyList<Word> words, int i, int figure)
    {
        var lower = words[i].Lower;
        if (lower is "backed" or "backing" or "backs" or "back" or "funded" or "financed" or "bankrolled" && i + 1 < figure
            && ((figure - i <= 6 && Window(words, i + 1, figure - i - 1).Contains("with")) || words[figure - 1].Lower == "for"
                || (lower == "backing" && words[i + 1].Lower == "of")))
        {
            return Cue.Investment;
        }

        return lower is "sank" or "sunk" or "sink" or "sinks" or "sinking" && figure - i <= 3 && Window(words, figure, 5).Contains("into")
            ? Cue.Investment
            : null;
    }

    /// <summary>"another $X", "followed by $X", "another of $X", "compared to $X" (more of the figure before); "X's share in the deal".</summary>
    private static Cue? ContinuationCue(SentenceWords sentence, int i, int figure, bool hasPrevious)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        var previous = i > 0 ? words[i - 1].Lower : "";

        // "another $2 billion", "an additional $1.5bn", "followed by $2 billion more", "another of $1.35 billion", "compared to $4.2
        // billion 18 months ago": more of what the previous figure was.
        if ((i == figure - 1 && (lower is "another" or "additional" or "further" || (lower == "by" && previous == "followed")
                || (lower is "to" or "with" && previous == "compared")))
            || (i == figure - 2 && lower == "another" && words[i + 1].Lower == "of"))
        {
            return hasPrevious ? Cue.SameAsBefore : Cue.None;
        }

        // "was the biggest investor with 241.9 billion won": what an investor put in.
        if (i == figure - 1 && lower == "with" && previous is "investor" or "backer" or "shareholder")
        {
            return Cue.Investment;
        }

        // "Mubadala's share in the deal is estimated at $2.1 billion": one party's part of a deal.
        return lower == "share" && i > 0 && (words[i - 1].Possessive || previous is "its" or "their") && i + 1 < figure
            && words[i + 1].Lower is "in" or "of" && !words[i].EndsPhrase
            ? Cue.Investment
            : null;
    }

    /// <summary>"investment firm" (a kind of company, no cue) and "put in" / "pumped in" (an investment).</summary>
    private static Cue? CompoundCue(List<Word> words, int i, int figure)
    {
        var lower = words[i].Lower;
        if (lower is "investment" or "investments" && i + 1 < figure && words[i + 1].Lower is "firm" or "firms" or "group" or "bank" or "banks"
            or "fund" or "funds" or "company" or "arm" or "vehicle" or "manager" or "house" or "banker" or "bankers" or "adviser")
        {
            return Cue.None;
        }

        // "cash and short-term investments": an asset on a balance sheet.
        if (lower is "investments" && i > 0 && words[i - 1].Lower is "short-term" or "long-term" or "marketable")
        {
            return Cue.Other;
        }

        // "will buy back $10 billion of its shares": a buyback, not a stake.
        if (lower == "back" && i > 0 && words[i - 1].Lower is "buy" or "buys" or "buying" or "bought")
        {
            return Cue.Other;
        }

        return lower == "in" && i > 0 && words[i - 1].Lower is "put" or "puts" or "putting" or "pump" or "pumped" or "plow" or "plough" or "chip"
            or "chips" or "chipped" or "chipping"

                // Since the forty-seventh session: "SoftBank kicked in $1 billion".
                or "kick" or "kicks" or "kicked" or "kicking"
            ? Cue.Investment
            : null;
    }

    /// <summary>The cue a single word gives: "invest", "raised", "valued", "revenue", "buy", "seeking", ...</summary>
    private static Cue WordCue(string lower, string previous) =>
        lower switch
        {
            "purchase" or "purchases" when previous is "stake" or "share" => Cue.Investment,
            "commitment" or "commitments" when previous is "spending" or "purchase" or "purchasing" or "spend" => Cue.Buy,
            "valuation" or "valuations" or "valued" or "valuing" or "value" or "values" or "pre-money" or "post-money" or "valuation’s"
                => previous is "market" or "net" or "enterprise" or "merchandise" or "order" ? Cue.Other : Cue.Valuation,
            "invest" or "invests" or "investing" or "invested" or "investment" or "investments" or "stake" or "pumping" or "pump" or "pumped"
                or "inject" or "injecting" or "injected" or "pour" or "pouring" or "poured" or "commit" or "commits" or "committing"
                or "committed" or "contribute" or "contributes" or "contributing" or "contributed" or "infuse" or "infusing" or "infused"
                or "infuses" or "injects" or "plough" or "ploughs" or "ploughed" or "ploughing" or "plow" or "plows" or "plowed"
                or "plowing" or "co-invest" or "co-invests" or "co-invested" or "co-investing" or "bankroll" or "bankrolls" or "bankrolled"
                or "bankrolling" or "injection" or "infusion" or "commitment" or "commitments"
                => Cue.Investment,
            "channeling" or "channelling" or "channeled" or "channelled" or "channel" or "funneling" or "funnelling" or "funneled"
                or "funnelled" or "funnel"
                => Cue.Investment,
            _ => WordCueBeyondInvesting(lower, previous),
        };

    /// <summary>What a metric is aimed or expected at: "its valuation target", "revenue forecast", "sales guidance" read as the metric named.</summary>
    private static readonly HashSet<string> _aimNouns = new(StringComparer.Ordinal)
    {
        "target", "targets", "goal", "goals", "forecast", "forecasts", "guidance", "estimate", "estimates", "projection", "projections", "outlook",
    };

    /// <summary>The cue of a word that is no valuation or investing word: losses, raising, revenue, trading, buying, earning, seeking, providing, getting.</summary>
    private static Cue WordCueBeyondInvesting(string lower, string previous) =>
        lower switch
        {
            "lose" or "loses" or "losing" or "lost" or "borrow" or "borrows" or "borrowed" or "borrowing" or "lend" or "lends" or "lent"
                or "subsidy" or "subsidies" or "grant" or "grants" or "salary" or "salaries" or "compensation" or "remuneration" or "bonus"
                => Cue.Other,
            "financing" or "funding" when previous is "debt" => Cue.Other,
            // Since the reader-gaps sweep: convertible debt turns into shares (equity-like, as in the raise rules).
            "debt" when previous is "convertible" => Cue.None,
            _ when _aimNouns.Contains(lower) && previous is "valuation" or "valuations" => Cue.Valuation,
            _ when _aimNouns.Contains(lower) && previous is "revenue" or "revenues" or "sales" or "arr" => Cue.Revenue,
            "raise" or "raises" or "raising" or "raised" or "fundraising" or "fund-raising" or "round" or "rounds" or "funding" or "financing"
                or "fundraise" or "fundraises" or "fund-raise" or "fundraiser"
                or "gathered" or "gathering" or "hauled" or "amassed" or "amassing"
                => Cue.Round,
            "revenue" or "revenues" or "sales" or "run-rate" or "arr" or "annualized" or "annualised" or "turnover" or "bookings"
                => Cue.Revenue,
            "rate" when previous is "run" => Cue.Revenue,
            // Since the twenty-fourth session: ticket sales, "the domestic box office had hit the $8.7 billion mark", "grossed $1.7 billion".
            "office" when previous is "box" => Cue.Revenue,
            "box-office" or "grossed" or "grossing" => Cue.Revenue,
            "topline" or "top-line" => Cue.Revenue,
            "line" when previous is "top" => Cue.Revenue,
            "worth" or "wealth" or "price" or "prices" or "priced" or "trade" or "traded" or "trading" or "forecast" or "expenditures"
                or "expenditure" or "capex" or "expenses" or "cost" or "costs" or "debt" or "loss" or "losses" or "fine" or "fined"
                or "burning" or "burn" or "income" or "profit" or "profits" or "cap" or "capitalization" or "capitalisation"
                or "acquire" or "acquiring" or "acquired" or "acquisition" or "buyout" or "takeover" or "sale" or "sold" or "sell" or "selling"
                => Cue.Other,
            "pay" or "pays" or "paying" or "paid" or "purchase" or "purchases" or "purchasing" or "purchased" or "buy" or "buys" or "buying" or "bought" or "spend" or "spends"
                or "spending" or "spent" or "rent" or "renting" or "lease" or "leasing" or "closing" or "closed"
                => Cue.Buy,
            "generate" or "generates" or "generating" or "generated" or "earn" or "earns" or "earning" or "earned" or "bring" or "bringing"
                => Cue.Earn,
            "seek" or "seeks" or "seeking" or "sought" or "secure" or "secures" or "securing" or "secured" or "target" or "targeting"
                or "eyeing" or "targeted" or "aiming" or "aims" or "aim"
                => Cue.Seek,
            "provide" or "provides" or "provided" or "providing" or "allocate" or "allocates" or "allocated" or "allocating" or "supply"
                or "earmark" or "earmarks" or "earmarked" or "earmarking" or "deploy" or "deploys" or "deployed" or "deploying"
                or "pledge" or "pledges" or "pledged" or "pledging"
                or "supplies" or "supplied" or "supplying"
                => Cue.Provide,
            "receive" or "receives" or "received" or "receiving" or "obtain" or "obtains" or "obtained" or "obtaining" or "got" or "gets"
                or "landed" or "lands" or "attract" or "attracts" or "attracted" or "attracting"
                => Cue.Get,
            _ => Cue.None,
        };

    /// <summary>The metric a cue gives, asking the words after the figure when the cue is weak.</summary>
    private static Metric? FromCue(SentenceWords sentence, Cue cue, int cueAt, int first, int last, Metric? previous, (Metric? Metric, bool Found) after)
    {
        var words = sentence.Words;
        switch (cue)
        {
            case Cue.Round:
                return RoundCue(sentence, cueAt, last);
            case Cue.SameAsBefore:
                return previous;
            case Cue.Valuation:
                return IsDealValued(sentence, cueAt) ? DealMetric(sentence) : IsHoldingValued(sentence, cueAt) ? null : Metric.Valuation;
            case Cue.Investment or Cue.Provide when InvestorsIntoARound(words, cueAt, last) || CommittedToCompute(words, cueAt, last):
                return InvestorsIntoARound(words, cueAt, last) ? Metric.RoundSize : Metric.ComputeCommitment;
            case Cue.Investment:
                // "a new funding round that could infuse the company with $2 billion": the round's size.
                return RoundIsSubject(words, cueAt) ? Metric.RoundSize : Metric.Investment;
            case Cue.Revenue:
                return Metric.Revenue;
            case Cue.Other:
                // "... in operating income on $13.6 billion in revenue": the words right after the figure are its own.
                return words[cueAt].Lower == "worth" && IsDealValued(sentence, cueAt) ? DealMetric(sentence)
                    : after.Found && cueAt < first - 1 ? after.Metric
                    : null;
            case Cue.Buy when PaidForTheInvestment(words, cueAt, first, last):
                return Metric.Investment;
            case Cue.Buy:
                return Bought(sentence, cueAt, last, previous, after);
            case Cue.Earn:
                return after.Found ? after.Metric : Metric.Revenue;
            case Cue.Seek:
                // "targeting up to $400 million for its first fund": raising a fund; "aiming for $100 billion in assets" is other.
                return !after.Found ? Metric.RoundSize : after.Metric ?? (ForAFund(words, last) ? Metric.RoundSize : null);
            case Cue.Provide:
                return Provided(words, last, after);
            case Cue.Get:
                // "received $1 billion as part of the new funding round from Peter Thiel's Founders Fund".
                return after.Found ? after.Metric : InvestorRules.GiverLaterInClause(sentence, last) is not null ? Metric.Investment : null;
        }

        // 3. The words after it.
        return after.Found ? after.Metric : null;
    }

    /// <summary>The metric a raising cue gives: a market's total or debt (null), earlier investments, one backer's part, or the round's size.</summary>
    private static Metric? RoundCue(SentenceWords sentence, int cueAt, int last)
    {
        var words = sentence.Words;
        if (IsMarketSubject(words, cueAt))
        {
            // "African start-ups raised a record $4.65bn": a market's total (investors "pouring" money stay an investment).
            return null;
        }

        if (InInvestmentsAfter(words, last))
        {
            // "new funding is on top of $394 million in prior investments it made in Joby".
            return Metric.Investment;
        }

        if (IsDebtAfter(words, last) || ForBuybackAfter(words, last) || IsListingAfter(words, last))
        {
            // "raise $2 billion in debt": borrowing, not a round.
            return null;
        }

        // "The round also includes $1bn from automotive manufacturer Toyota": one backer's part of the round.
        return words[cueAt].Lower is "round" or "rounds" or "funding" or "fundraising" or "financing" && words[last].After != '.'
            && last + 1 < words.Count && words[last + 1].Lower == "from" && sentence.OrganisationAfterDescriptor(last + 2) is not null
            ? Metric.Investment
            : Metric.RoundSize;
    }

    /// <summary>
    /// "pay about $920 million per month in exchange for access to a computer infrastructure": compute later in the clause; "spend $50
    /// billion building data centers": building, not buying; "plans to spend up to $4-billion." after an investment, or "an option to
    /// spend up to $19.4 billion" after a deal's value: more of the previous figure.
    /// </summary>
    private static Metric? Bought(SentenceWords sentence, int cueAt, int last, Metric? previous, (Metric? Metric, bool Found) after)
    {
        var words = sentence.Words;
        return after.Found ? after.Metric
            : Window(words, SkipConversion(words, last), 2).Any(w => w is "building" or "constructing" or "build" or "construct") ? null
            // "paying €6 billion ($6.5 billion) per month for Colossus capacity": the clause after the figure starts after its conversion.
            : sentence.MentionsCompute(last + 1, ClauseEnd(words, SkipConversion(words, last), 12)) ? Metric.ComputeCommitment
            : previous is not null && (words[last].EndsPhrase || last + 1 == words.Count) && words[cueAt].Lower is "spend" or "spending" ? previous
            : null;
    }

    /// <summary>
    /// "provide $1bn for Vision Fund": only a compute or revenue phrase after it says otherwise; "ALJ is providing almost $500 million
    /// in funding": the provider's investment, even in a round's words; "pledged $10 billion in subsidies": public money given.
    /// </summary>
    private static Metric? Provided(IReadOnlyList<Word> words, int last, (Metric? Metric, bool Found) after) =>
        after.Metric is Metric.ComputeCommitment or Metric.Revenue ? after.Metric
        : Window(words, SkipConversion(words, last), 3).Any(w => w is "subsidies" or "subsidy" or "grants" or "grant" or "loans" or "aid") ? null
        : Metric.Investment;
}
