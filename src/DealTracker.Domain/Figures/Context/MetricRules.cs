using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// What a money figure is about, from the words around it in its sentence. In order:
/// <list type="number">
/// <item>a noun right after the figure: "a $4bn <b>stake</b>", "a $65bn funding <b>round</b>", "an $830B <b>valuation</b>",
/// "a $250 billion Azure services <b>contract</b>";</item>
/// <item>otherwise the nearest cue word before it (at most <see cref="LookBack"/> words, never before the previous figure):
/// "<b>invest</b> $X", "<b>raise</b> $X", "<b>valued</b> at $X", "<b>revenue</b> of $X", "<b>by</b> $X" (a change: other);
/// verbs that say little by themselves ("buy", "spend", "generate", "seeking") ask the words after the figure;</item>
/// <item>otherwise the words after it: "$X <b>in new capital</b>", "$X <b>of computing services</b>", "$X <b>in revenue</b>";</item>
/// <item>otherwise other (null).</item>
/// </list>
/// <para>This file holds the entry point, the rounds' chain (<see cref="RoundReading"/>, which decides precedence) and shared helpers;
/// the rules themselves are grouped by concept in the other MetricRules.*.cs files (market totals, compute, valuations, investments,
/// rounds, other money, changes; the cue before the figure, the words after it and the mixed readers beside it).</para>
/// </summary>
internal static partial class MetricRules
{
    public const int LookBack = 12;

    /// <summary>How far back a cue is read when none is within <see cref="LookBack"/> words and the clause runs on.</summary>
    public const int FarLookBack = 24;

    private static readonly HashSet<string> _valuationNouns = new(StringComparer.Ordinal) { "valuation", "valuations", "pre-money", "post-money" };

    private static readonly HashSet<string> _investmentNouns = new(StringComparer.Ordinal)
    {
        "stake", "stakes", "investment", "investments", "injection", "infusion", "check", "cheque", "cash", "backing", "outlay", "outlays",
        "bet", "bets", "pledge", "pledges", "wager", "wagers",
    };

    private static readonly HashSet<string> _roundNouns = new(StringComparer.Ordinal)
    {
        "round", "raise", "raised", "fundraise", "fundraising", "fund-raising", "financing", "funding", "series", "seed", "tranche", "extension",
        "haul",
    };

    private static readonly HashSet<string> _revenueNouns = new(StringComparer.Ordinal)
    {
        "revenue", "revenues", "sales", "arr", "run-rate", "run", "annualized", "annualised", "turnover", "bookings",
    };

    private static readonly HashSet<string> _dealNouns = new(StringComparer.Ordinal)
    {
        "deal", "deals", "contract", "contracts", "agreement", "agreements", "pact", "commitment", "partnership", "order",
    };

    private static readonly HashSet<string> _otherNouns = new(StringComparer.Ordinal)
    {
        "market", "net", "loss", "losses", "debt", "profit", "profits", "buyback", "bond", "bonds", "fine", "settlement", "acquisition",
        "takeover", "initiative", "fund", "budget", "bonus", "salary", "pay", "package", "price", "loan", "loans", "income", "assets",
        "subsidy", "subsidies", "grant", "grants", "facility", "facilities", "proceeds",
    };

    private static readonly HashSet<string> _stopAfterNoun = new(StringComparer.Ordinal)
    {
        "in", "of", "to", "at", "for", "from", "by", "with", "and", "or", "that", "which", "is", "was", "were", "are", "would", "could",
        "will", "may", "might", "as", "on", "into", "over", "after", "before", "but", "while", "a", "an", "the", "following", "since",
        "during", "amid", "despite", "including", "ahead", "last", "this", "next", "earlier", "later", "when", "where", "making", "giving",
        "taking", "bringing", "its", "their",
    };

    private enum Cue
    {
        None,
        Valuation,
        Investment,
        Round,
        Revenue,
        Other,

        // The previous figure's metric: "another $2 billion".
        SameAsBefore,

        // Weak cues: the words after the figure decide; each has a default.
        Buy,
        Earn,
        Seek,

        // "provide $X", "put $X into": an investment unless the words after say otherwise.
        Provide,

        // "received $X", "obtained $X", "attracted $X": only the words after say what it is.
        Get,
    }

    public static Metric? Classify(SentenceWords sentence, int first, int last, int floor, Metric? previous = null) =>
        // Since the general metric sweep: a listing's size, a listing's price, a fund's close, a thing sold valued at the figure, a share
        // move's market value, read for their whole class after every older rule (MetricRules.ListingsFundsAndValues.cs).
        ListingsFundsAndValuesReading(sentence, first, last, floor, ClassifyRead(sentence, first, last, floor, previous)

            // Since the named-investor-totals realignment: one organisation's own money put in by a money verb, whatever it goes into,
            // which no rule read as anything but other (MetricRules.NamedInvestorTotals.cs).
            ?? (IsNamedInvestorsOwnMoney(sentence, first, last, floor) ? Metric.Investment : (Metric?)null)

            // Since the fit-mi-deals sweep: money a plan noun says its owner puts in ("confirmed its plan to invest 21.4 trillion won"),
            // which no rule read (MetricRules.PlanNouns.cs).
            ?? (IsPlannedOwnMoney(sentence, first, last, floor) ? Metric.Investment : (Metric?)null)

            // Since the twenty-second session: money a noun of investment says one owner puts in ("Mistral recently announced a $1.4
            // billion investment in Sweden"), which no rule read (MetricRules.InvestmentNounOwners.cs).
            ?? (IsInvestmentNounOwnMoney(sentence, first, last, floor) ? Metric.Investment : null));

    /// <summary>Whether only <see cref="IsInvestmentNounOwnMoney"/> reads the figure as an investment (no earlier rule reads it).</summary>
    internal static bool ReadsAsInvestmentNounOnly(SentenceWords sentence, int first, int last, int floor, Metric? previous) =>
        ClassifyRead(sentence, first, last, floor, previous) is null && !IsNamedInvestorsOwnMoney(sentence, first, last, floor)
        && !IsPlannedOwnMoney(sentence, first, last, floor) && IsInvestmentNounOwnMoney(sentence, first, last, floor);

    /// <summary>Whether only <see cref="IsNamedInvestorsOwnMoney"/> reads the figure as an investment (no earlier rule reads it).</summary>
    internal static bool ReadsAsOwnMoneyOnly(SentenceWords sentence, int first, int last, int floor, Metric? previous) =>
        ClassifyRead(sentence, first, last, floor, previous) is null && IsNamedInvestorsOwnMoney(sentence, first, last, floor);

    private static Metric? ClassifyRead(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;

        // "$15 apiece"; "The $337.1bn pension fund", "the $6.5 billion Reko Diq mining project": a price or an entity's size, not money
        // changing hands.
        if (first >= 0 && last < words.Count && (IsPriceApiece(words, first, SkipConversion(words, last)) || IsAttributiveSize(sentence, first, last)))
        {
            return null;
        }

        // Since the twenty-second session: the value of a deal with a company that sells compute or its chips ("a $300 billion contract
        // with Oracle", "a … contract to supply artificial intelligence semiconductors"; MetricRules.ComputeSellerDeals.cs).
        if (IsComputeSellerDeal(sentence, first, last))
        {
            return Metric.ComputeCommitment;
        }

        // Since the clause-reading sweep: an investor's running total into one company and its parts, an equity agreement with a giver
        // (MetricRules.InvestorExposures.cs, MetricRules.EquityAgreements.cs).
        if (first >= 0 && last < words.Count && (ExposureSubject(sentence, first) >= 0 || EquityAgreementGiver(sentence, first, last) >= 0))
        {
            return Metric.Investment;
        }

        // Since the metric-and-investor gaps sweep: a valuation compared at both ends, a held stake's or a market value, support
        // provided, a fund seeded, money attracted from investors no name names (MetricRules.ComparedAndHeldValues.cs).
        if (first >= 0 && last < words.Count && ComparedOrHeldReading(sentence, first, last, out var compared) is var gap && compared)
        {
            return gap;
        }

        // Since the valuation-shapes sweep: a company valued at the figure in any shape, before any rule a deal, a stake sale or a condition
        // around it would trigger (MetricRules.ValuationShapes.cs); a listed company's market value stays other.
        if (first >= 0 && last < words.Count && ValuationShapeReading(sentence, first, last, floor, previous) is { } shape)
        {
            return shape.Metric == Metric.Valuation && IsMarketValue(sentence, first, last) ? null : shape.Metric;
        }

        // Since the stakes-control realignment: "has built up a 23% stake since 2019, spending a total of $1.68bn" (MetricRules.StakeValues.cs).
        if (first >= 0 && last < words.Count && IsStakeBuiltUpSpend(words, first))
        {
            return Metric.Investment;
        }

        // Since the thirty-second session: a capital increase subscribed or sized, debt converted into equity, money added to another's
        // round (MetricRules.EquityContributions.cs).
        if (first >= 0 && last < words.Count && EquityContributionReading(sentence, first, last) is { } contribution)
        {
            return contribution;
        }

        var metric = ClassifyWords(sentence, first, last, floor, previous);

        // Since the round false-positives sweep: a round reading that is a total, a place's or a sector's money, a takeover, an offering or
        // a fund's target turns to other; three frames of one round no cue read turn to a round (MetricRules.NotOneRound.cs).
        metric = NotOneRoundReading(sentence, first, last, floor, metric);

        // Since the fund-raises realignment: one organisation's fund raise, close or target, debt raise with no one giver named, or
        // offering is a round size (MetricRules.OneOrganisationRaises.cs).
        metric = OneOrganisationRaisesReading(sentence, first, last, floor, metric);

        // Since the stake-sales sweep: shares sold on the market or a whole holding sold stay other (MetricRules.SellersProceeds.cs).
        if (metric is null && SellersProceedsReading(words, first, last) is { Metric: null })
        {
            return null;
        }

        // "hopes to raise $4.5 billion to $5.2 billion through the offering of 10 percent of the chip designer": a share offering raised
        // (since the fund-raises realignment a round size, the "raise $X"), not a stake's price (MetricRules.NotOneRoundSpans.cs).
        if (IsRaisedThroughOffering(words, first, last))
        {
            return Metric.RoundSize;
        }

        // "plans to sell a 15 percent stake in Safaricom valued at Sh240.5 billion": the price of a minority stake changing hands that
        // no rule read, or read as a valuation only from its worth (MetricRules.StakeValues.cs).
        if (IsStakePrice(sentence, first, last, floor, metric))
        {
            return Metric.Investment;
        }

        // "16,031 Series F preference shares were allotted to Vitruvian Partners on 29 March for Rs 571 crore": what a block of shares
        // changing hands cost its buyer (MetricRules.SharesChangingHands.cs).
        if (IsSharesPrice(sentence, first, last, metric))
        {
            return Metric.Investment;
        }

        // "plans to spend $8B through QTS to build new data centers": money for something other than compute bought (MetricRules.BuildOuts.cs).
        if (metric == Metric.ComputeCommitment && IsNotComputeBought(sentence, first, last, floor))
        {
            return null;
        }

        // "manages $X in assets", "seed funding added up to €X", "a market valuation of £X", "$X in assumption of debt": market money
        // that a cue beside it read as one deal's (MetricRules.MarketMoney.cs).
        // Since the fund-raises realignment, "raised $4.5 billion in debt" stays one organisation's raise (MetricRules.OneOrganisationRaises.cs).
        if (metric is Metric.Investment or Metric.RoundSize or Metric.Valuation or Metric.Revenue && IsMarketMoney(sentence, first, last, floor, metric)
            && !(metric == Metric.RoundSize && IsOneOrganisationRaise(words, first, last, floor)))
        {
            return null;
        }

        // "its market capitalization surged …, bringing its total valuation to $330 billion": what a listed company's shares are
        // worth is market value.
        return metric == Metric.Valuation && IsMarketValue(sentence, first, last) ? null : metric;
    }

    /// <summary>"a $4 billion deal", "the deal totals $14.3 billion", "an agreement worth $X": a figure a deal word names, with no takeover word.</summary>
    public static bool IsDealFigure(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var deal = false;
        for (var i = Math.Max(0, first - 4); i < words.Count && i <= last + 2; i++)
        {
            deal |= words[i].Lower is "deal" or "transaction" or "agreement";
        }

        return deal && !words.Any(w => w.Lower is "acquisition" or "acquire" or "acquires" or "acquiring" or "takeover" or "buyout" or "merger" or "acquired");
    }

    /// <summary>
    /// The reading of the first round whose rules read the figure, in the order they were written to run (the investor-frames sweep's
    /// frames first, MetricRules.InvestorFrames.cs): a minority stake sold for the
    /// figure and a minority stake bought in a deal the figure sizes (MetricRules.Investments.cs), the fourteenth round (what
    /// the words saying what a figure is worth tell, MetricRules.Worth.cs), the aggregates (pooled money, then money spent on no
    /// company, debt, plans and market totals: MetricRules.PooledMoney.cs, MetricRules.Aggregates.cs), the thirteenth round (a company
    /// valued at a figure in a round), the eleventh (debt taken on, compute bought by its amount, market totals of startups, shares
    /// bought), the twelfth (crowds raising, equity values, stake sales), the tenth (debt, funds, market totals, compute deals, revenue,
    /// rounds, stakes sold), the ninth (money from one named giver), the eighth (period totals, own costs, round verbs and nouns,
    /// valuations and compute named) and the seventh (sales, facilities, market totals, shares bought or sold, deals extended).
    /// </summary>
    private static (Metric? Metric, bool Found)? RoundReading(SentenceWords sentence, int first, int last, int floor, Metric? previous) =>
        EarningsReading(sentence, first, last, floor)
        ?? ComputeShapesReading(sentence, first, last, floor, previous)
        ?? InvestedInABuildOut(sentence, first, last, floor)
        ?? InvestorFramesReading(sentence, first, last)
        ?? SellersProceedsReading(sentence.Words, first, last)
        ?? MinorityStakeSoldFor(sentence.Words, first)
        ?? FundVehicleReading(sentence, first, last)
        ?? StakeBoughtInADeal(sentence, first, last)
        ?? TotalsToDateReading(sentence, first, last)
        ?? RaisedTotalsReading(sentence, first, last)
        ?? RoundGiversReading(sentence, first, last, floor)
        ?? FourteenthRoundReading(sentence, first, last, floor, previous)
        ?? AggregateReading(sentence, first, last, floor)
        ?? ThirteenthRoundReading(sentence, first, last)
        ?? EleventhRoundReading(sentence, first, last, floor)
        ?? TwelfthRoundReading(sentence, first, last, floor)
        ?? TenthRoundReading(sentence, first, last, floor, previous)
        ?? NinthRoundReading(sentence, first, last)
        ?? EighthRoundReading(sentence, first, last, floor, previous)
        ?? SeventhRoundReading(sentence, first, last, floor, previous);

    /// <summary>The thirteenth round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? ThirteenthRoundReading(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        return ThirteenthValuedInRound(words, first, SkipConversion(words, last)) ?? ThirteenthProviderPeriodTotal(sentence, first);
    }

    /// <summary>The eleventh round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? EleventhRoundReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        // A company buying back its own shares: "to buy back an initial $450 million worth of its shares".
        if (EleventhBuyback(words, first, floor))
        {
            return (null, true);
        }

        // Shares bought for their worth or as a stock purchase (InvestorRules.SharePurchases.cs names the buyer).
        if (InvestorRules.EleventhShareBuyVerb(sentence, first, last) >= 0 || InvestorRules.EleventhStockPurchaseOwner(sentence, first, last) is not null
            || InvestorRules.SubscribedSharesVerb(sentence, first) >= 0 || InvestorRules.IssuedSharesBuyer(sentence, first, last) is not null)
        {
            return (Metric.Investment, true);
        }

        return EleventhDebtTakenOn(words, last, next) ?? EleventhComputeAfter(words, first, last, next) ?? EleventhGpusBoughtBefore(words, first, floor)
            ?? EleventhStartupsRaised(words, first, next, floor);
    }

    /// <summary>The twelfth round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? TwelfthRoundReading(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        return TwelfthCrowdRaised(words, first, next, floor)
            ?? TwelfthEquityOrEnterpriseValue(words, first)
            ?? TwelfthStakeSale(sentence, first, last);
    }

    /// <summary>The tenth round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? TenthRoundReading(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        return TenthNounsAfter(sentence, first, last, next)
            ?? TenthRaiseAt(words, first, floor)
            ?? TenthStartOfAChange(words, first, floor, previous)
            ?? TenthTotalBroughtTo(words, first, floor, previous)
            ?? TenthMarketTotal(sentence, first, floor)
            ?? TenthMarketValued(words, first, floor)
            ?? TenthCrowdTotal(words, first, next, floor)
            ?? TenthTakeoverValue(words, first, floor)
            ?? TenthComputeValuedOrCommitted(sentence, first, next, floor)
            ?? TenthRevenueRaisedTo(words, first, floor)
            ?? TenthFundRaise(words, first, next, floor)
            ?? TenthRoundBroughtIn(words, first, next, floor)
            ?? TenthStakeBought(sentence, first, last, next)
            ?? TenthRaisedFromOneGiver(sentence, first, next, floor)
            ?? TenthWired(words, first, next, floor);
    }

    /// <summary>
    /// The ninth round's reading of the figure (money from one named giver or expected from one, the price paid for shares, investment
    /// raised from no one named), or null when none applies.
    /// </summary>
    private static (Metric? Metric, bool Found)? NinthRoundReading(SentenceWords sentence, int first, int last) =>
        InvestorRules.CapitalFromAGiver(sentence, last) is not null || InvestorRules.ExpectedToComeFrom(sentence, last) is not null || InvestorRules.SharePurchaseVerb(sentence, first, last) >= 0
            ? (Metric.Investment, true)
            : IsInvestmentRaisedFromNoOne(sentence.Words, first, last) ? (Metric.RoundSize, true) : null;

    /// <summary>A currency written as a word before the number: "Rs 324 crore", "NOK 21m".</summary>
    private static readonly HashSet<string> _currencyWords = new(StringComparer.Ordinal)
    {
        "rs", "inr", "rmb", "nok", "cny", "hkd", "sgd", "usd", "eur", "krw", "jpy", "us",
    };

    /// <summary>The eighth round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? EighthRoundReading(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        var at = first - 1 >= 0 && _currencyWords.Contains(words[first - 1].Lower) ? first - 1 : first;
        return PeriodTotalAfter(words, last, next)
            ?? NounsAfterTheFigure(words, last, next)
            ?? (IsOwnCost(words, at, floor) && !(next + 1 < words.Count && words[next].Lower == "in" && _revenueNouns.Contains(words[next + 1].Lower)) ? ((Metric?)null, true) : ((Metric?, bool)?)null)
            ?? (IsCrowdsTake(words, at, floor) ? ((Metric?)null, true) : ((Metric?, bool)?)null)
            ?? RoundVerbBefore(words, at, floor, next)
            ?? NamedAroundTheFigure(sentence, at, next, floor, previous);
    }

    /// <summary>The seventh round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
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

    private static Metric? ClassifyWords(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;

        // A price per share is never the deal's figure: "set at $23.28 per share".
        if (IsSharePrice(sentence, last))
        {
            return null;
        }

        // The rounds' rules (the RoundReading chain), newest first: the first that reads the figure decides.
        if (RoundReading(sentence, first, last, floor, previous) is { } round)
        {
            return round.Metric;
        }

        // 1. A noun right after the figure.
        if (NounAfter(sentence, last, previous) is { } fromNoun)
        {
            return fromNoun.Metric;
        }

        // "raised $50 million in funding from existing investor Caladium at $700-800 million": the price the round (or one giver's
        // investment in it) was raised at.
        if ((previous == Metric.RoundSize || (previous == Metric.Investment && IsPriceAfterTheGiver(sentence, first))) && first - 1 >= floor && first > 0 && words[first - 1].Lower == "at")
        {
            return Metric.Valuation;
        }

        if (ReadBesideTheFigure(words, first, last, floor, previous) is { } beside)
        {
            return beside.Metric;
        }

        // "sold a 2.33% stake to Saudi Arabia's Public Investment Fund for $1.5 billion": the buyer's investment; "Sequoia's share of
        // the $100 million round was $50 million": one backer's part, whatever the round's words.
        if (StakeBuyer(sentence, first, floor) is not null || ShareOwner(sentence, first) is not null)
        {
            return Metric.Investment;
        }

        // 2. The nearest cue before it.
        return FromCueOrPhraseAfter(sentence, first, last, floor, previous);
    }

    /// <summary>Reads the nearest cue before the figure, else the phrase after it: "Microsoft has invested in the company …, roughly $13 billion".</summary>
    private static Metric? FromCueOrPhraseAfter(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var cue = Cue.None;
        var cueAt = -1;
        for (var i = first - 1; i >= Math.Max(floor, first - LookBack); i--)
        {
            cue = CueOf(sentence, i, first, floor > 0);
            if (cue != Cue.None)
            {
                cueAt = i;
                break;
            }
        }

        var after = PhraseAfter(sentence, last);

        // "Microsoft has invested in the company behind the chatbot, one of the best known names in the industry, roughly $13
        // billion": with no cue near and nothing after, a cue further back in the same clause.
        if (cue == Cue.None && !after.Found)
        {
            (cue, cueAt) = FarCue(sentence, first, floor);
        }

        return cue == Cue.None ? (after.Found ? after.Metric : null) : FromCue(sentence, cue, cueAt, first, last, previous, after);
    }

    /// <summary>The first word after the figure and after a bracketed conversion that follows it ("$500m (£387.6m) investment").</summary>
    internal static int SkipConversion(IReadOnlyList<Word> words, int last)
    {
        var i = last + 1;
        return i < words.Count && last >= 0 && words[i].InBrackets && !words[last].InBrackets && !words[last].EndsPhrase ? SkipBrackets(words, i) : i;
    }

    /// <summary>Whether the figure ending at word <paramref name="last"/> is the price of one share: "at Rs 734 per share", "$2.42 a share".</summary>
    internal static bool IsSharePrice(SentenceWords sentence, int last) => IsPerShare(sentence.Words, SkipConversion(sentence.Words, last));

    private static bool IsPerShare(IReadOnlyList<Word> words, int i) =>
        (i + 1 < words.Count && words[i].Lower is "per" or "a" && words[i + 1].Lower == "share")
        // Since the general-investor sweep: ", or 155,500 won apiece," after the price paid for a holding.
        || (i < words.Count && i >= 2 && words[i].Lower == "apiece" && words[i].EndsPhrase);

    private static int SkipBrackets(IReadOnlyList<Word> words, int i)
    {
        while (i < words.Count && words[i].InBrackets)
        {
            i++;
        }

        return i;
    }

    /// <summary>The word where the clause starting at <paramref name="from"/> ends (exclusive), at most <paramref name="count"/> words on.</summary>
    private static int ClauseEnd(IReadOnlyList<Word> words, int from, int count)
    {
        var i = from;
        while (i < words.Count && i < from + count && !(i > from && words[i - 1].EndsPhrase))
        {
            i++;
        }

        return i;
    }

    /// <summary>The word indexes from up to <paramref name="span"/> words before the figure (not before the clause's floor) up to it.</summary>
    private static IEnumerable<int> WordsBefore(int first, int floor, int span)
    {
        var start = Math.Max(Math.Max(floor, 0), first - span);
        return Enumerable.Range(start, Math.Max(0, first - start));
    }

    /// <summary>"51 percent", "73.37%", "70 per cent" within <paramref name="count"/> words from <paramref name="from"/>: more than half.</summary>
    internal static bool MajorityShareAt(IReadOnlyList<Word> words, int from, int count) => ShareAt(words, from, count) > 50;

    /// <summary>The percentage word <paramref name="at"/> writes ("49%", "24.5 per cent"), or null.</summary>
    internal static decimal? ShareOf(IReadOnlyList<Word> words, int at) => ShareAt(words, at, 1);

    /// <summary>
    /// The first percentage among <paramref name="count"/> words from <paramref name="from"/> ("51 percent", "73.37%", "70 per cent", the top of
    /// "1.7-1.8%"), or null when there is none.
    /// </summary>
    private static decimal? ShareAt(IReadOnlyList<Word> words, int from, int count)
    {
        for (var j = from; j < words.Count && j < from + count; j++)
        {
            var core = words[j].Core;
            // "70 per cent", not "Rs 80 per share".
            var percentAfter = core.EndsWith('%') || (j + 1 < words.Count && words[j + 1].Lower is "percent" or "pct")
                || (j + 2 < words.Count && words[j + 1].Lower == "per" && words[j + 2].Lower is "cent" or "cent." or "centage");
            var number = core.TrimEnd('%');
            number = number.Contains('-', StringComparison.Ordinal) ? number[(number.LastIndexOf('-') + 1)..] : number;
            if (percentAfter && decimal.TryParse(number, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var share))
            {
                return share;
            }
        }

        return null;
    }

    private static bool IsMajorityOrTakeover(List<Word> words) =>
        words.Any(w => w.Lower is "acquisition" or "acquire" or "acquires" or "acquired" or "takeover" or "buyout" or "merger");

    /// <summary>
    /// The word before the figure at <paramref name="first"/> past its hedges ("worth <b>as much as</b> $X", "valued at <b>about</b> $X"), not
    /// past a phrase's end; with <paramref name="keepArticles"/>, "a" and "an" stop it ("at <b>a</b> value of").
    /// </summary>
    private static int WordBeforeHedges(IReadOnlyList<Word> words, int first, bool keepArticles = false)
    {
        var i = first - 1;
        while (i > 0 && _hedgeWords.Contains(words[i].Lower) && !(keepArticles && words[i].Lower is "a" or "an") && !words[i - 1].EndsPhrase)
        {
            i--;
        }

        return i;
    }

    private static IEnumerable<string> Window(IReadOnlyList<Word> words, int from, int count)
    {
        for (var i = from; i < words.Count && i < from + count; i++)
        {
            yield return words[i].Lower;
            if (words[i].EndsPhrase)
            {
                yield break;
            }
        }
    }

    private static string Phrase(IReadOnlyList<Word> words, int from, int count) => string.Join(' ', Window(words, from, count));
}
