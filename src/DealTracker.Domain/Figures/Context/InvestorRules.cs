namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Who puts the money into an investment figure, when the sentence names them:
/// <list type="number">
/// <item>a name between the figure and its noun: "a $50B <b>Amazon</b> investment";</item>
/// <item>a possessive right before it: "<b>SoftBank’s</b> existing $41 billion stake";</item>
/// <item>otherwise the nearest organisation before the figure (at most <see cref="LookBack"/> words) that is not the object of
/// a preposition ("in OpenAI", "led by Sequoia"), not a modifier ("a massive OpenAI investment"), not an outlet and not a person:
/// "Microsoft, which committed about $2 billion", "Google would put in $1 billion and Salesforce up to $500 million".</item>
/// </list>
/// <para>Each rule returns the investor's name, "" when it reads the figure and names none, or null when it does not apply. This file
/// holds <see cref="Find"/>, the rounds' chains (<see cref="NewerRoundInvestor"/> and <see cref="OlderRoundInvestor"/>, each round's own
/// chain in them; they decide precedence) and shared helpers; the rules themselves are grouped by concept in the other InvestorRules.*.cs
/// files (givers after "from" and after "by", stake sales, share purchases, subjects and stand-ins, appositives and relative clauses,
/// units, lists, totals, giving verbs and their subjects, and the nearest name before the figure).</para>
/// </summary>
internal static partial class InvestorRules
{
    public const int LookBack = 40;

    public static string? Find(SentenceWords sentence, int first, int last)
    {
        // "Each of A, B and C invested $X": the first of the list, as for any list of one figure's investors (InvestorRules.EachOfAList.cs).
        if (EachOfListHead(sentence, first) is { } each)
        {
            return each;
        }

        // The clause-reading sweep's frames: a running total's subject, an equity agreement's giver, a ranked name before "with $X in
        // investments" (MetricRules.InvestorExposures.cs, MetricRules.EquityAgreements.cs, InvestorRules.RankedWith.cs).
        if ((MetricRules.ExposureInvestor(sentence, first) ?? MetricRules.EquityAgreementInvestor(sentence, first, last) ?? RankedWithInvestor(sentence, first, last)) is { } clause)
        {
            return clause;
        }

        // The investor-frames sweep's frames (InvestorRules.InvestorFrames.cs), then the rounds' rules (grouped by concept in the other
        // partial files), newest first: the first that names someone decides.
        if (FramedInvestor(sentence, first, last) is { } framed)
        {
            return framed.Length == 0 ? null : framed;
        }

        if (NewerRoundInvestor(sentence, first, last) is { } newer)
        {
            return newer;
        }

        // The older rounds' rules and a name after the figure, where an empty name means "read, and no investor named".
        if ((OlderRoundInvestor(sentence, first, last) ?? NamedAfter(sentence, last)) is { } read)
        {
            return read.Length == 0 ? null : read;
        }

        // Since the general-investor sweep, each of the general rules' names passes the last check (InvestorRules.NoInvestorNames.cs), so a
        // refused "Having" or "Together" lets the next rule read the figure.
        return Kept(sentence, PossessiveOwner(sentence, first)) ?? Kept(sentence, StatesOwnMoney(sentence, first, last)) ?? Kept(sentence, MetricRules.ShareOwner(sentence, first)?.Text)
            ?? Kept(sentence, MetricRules.StakeBuyer(sentence, first, 0)) ?? Kept(sentence, SeenTakingAStake(sentence, last + 1)) ?? Kept(sentence, GiverLaterInClause(sentence, last))
            ?? Kept(sentence, GivingVerbInvestor(sentence, first, last)) ?? Kept(sentence, MoneyVerbInvestor(sentence, first, last)) ?? Kept(sentence, NearestInvestor(sentence, first))
            ?? Kept(sentence, OwnerOfTotalAfter(sentence, last)) ?? Kept(sentence, ThroughUnit(sentence, last));
    }

    /// <summary>
    /// The eleventh round's buyer of shares bought for their worth or as a stock purchase, the twelfth's buyer in a stake sale written with
    /// the figure first, or the tenth's stakes sold to a buyer, one giver, appositives, clefts and "its total".
    /// </summary>
    private static string? NewerRoundInvestor(SentenceWords sentence, int first, int last) =>
        StakeDealBuyer(sentence, first, last) ?? BuyerOfStakeSoldForReceivedMoney(sentence, first, last) ?? EleventhRoundInvestor(sentence, first, last) ?? TwelfthRoundInvestor(sentence, first, last) ?? TenthRoundInvestor(sentence, first, last);

    /// <summary>
    /// The ninth round's givers after "from", affiliates and "X, which invested"; the eighth's units before an appositive or after an
    /// owner, relative clauses and consortia; the seventh's shares sold to a buyer, backers described by whom they back, givers after
    /// the figure and subjects across an appositive. An empty name: the rule read the figure and names no investor.
    /// </summary>
    private static string? OlderRoundInvestor(SentenceWords sentence, int first, int last) =>
        NinthRoundInvestor(sentence, first, last) ?? EighthRoundInvestor(sentence, first, last) ?? SeventhRoundInvestor(sentence, first, last);

    /// <summary>The eleventh round's investor of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static string? EleventhRoundInvestor(SentenceWords sentence, int first, int last) =>
        (EleventhShareBuyVerb(sentence, first, last) is var verb and >= 0 && !BuyersListed(sentence.Words, verb) ? BuyerBefore(sentence, ReportedBuying(sentence.Words, verb)) : null)
        ?? EleventhStockPurchaseOwner(sentence, first, last) ?? SubscriberOrAllottee(sentence, first, last) ?? EleventhInvestmentFrom(sentence, first, last);

    /// <summary>The twelfth round's investor of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static string? TwelfthRoundInvestor(SentenceWords sentence, int first, int last) => TwelfthStakeSaleBuyer(sentence, first, last);

    /// <summary>The tenth round's investor of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static string? TenthRoundInvestor(SentenceWords sentence, int first, int last) =>
        TenthStakeSoldTo(sentence, first, last) ?? TenthDealForAStake(sentence, last) ?? TenthValuedStakeSoldTo(sentence, first, MetricRules.SkipConversion(sentence.Words, last))
        ?? TenthRaisedFrom(sentence, first, last) ?? TenthSubjectBeforeAppositive(sentence, first) ?? TenthCleftSubject(sentence, first)
        ?? TenthTalksToBuyTheirs(sentence, first) ?? TenthReceivingShares(sentence, first, last) ?? TenthOwnerOfItsTotal(sentence, first);

    /// <summary>The ninth round's investor of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static string? NinthRoundInvestor(SentenceWords sentence, int first, int last) =>
        (SharePurchaseVerb(sentence, first, last) is var verb and >= 0 ? BuyerBefore(sentence, verb) : null)
        ?? SubjectOpeningTheClause(sentence, first) ?? CapitalFromAGiver(sentence, last) ?? ExpectedToComeFrom(sentence, last)
        ?? (NinthMoneyVerbBefore(sentence.Words, first) is var v and >= 2 ? UndisclosedParty(sentence.Words, v) ?? InTalksToInvest(sentence, v) : null) ?? InvestmentByAnAffiliate(sentence, last) ?? NamedBeforeWhichInvested(sentence, first);

    /// <summary>The eighth round's investor of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static string? EighthRoundInvestor(SentenceWords sentence, int first, int last) =>
        NamedBeforeAUnitAppositive(sentence, first) ?? UnitOfAPossessiveOwner(sentence, first) ?? GiverInARelativeClause(sentence, last)
        ?? SuppliedBy(sentence, last) ?? MemberOfAConsortium(sentence, first);

    /// <summary>The seventh round's investor of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static string? SeventhRoundInvestor(SentenceWords sentence, int first, int last) =>
        BuyerOfSharesSold(sentence, first, last) ?? GiverAfterTheFigure(sentence, first, last) ?? InfusionBy(sentence, last)
        ?? RaisingItsInvestment(sentence, first) ?? SubjectBeforeAppositive(sentence, first) ?? BackerOfAnother(sentence, first);

    /// <summary>"which will buy", "who has committed": the clause's verb (after auxiliaries) puts money in; "which included" does not.</summary>
    private static bool PutsMoneyIn(List<Word> words, int from, int figure)
    {
        var i = SkipTimePhrase(words, from, figure);
        while (i < figure && words[i].Lower is "will" or "would" or "could" or "may" or "might" or "has" or "have" or "had" or "also" or "plans"
                   or "plan" or "to" or "agreed" or "is" or "was" or "expected" or "set" or "then" or "later" or "first"
                   // "is looking to invest", "is planning to buy": an intention before the verb.
                   or "looking" or "planning" or "preparing" or "seeking" or "aiming" or "going" or "ready" or "willing"
                   // Since the twentieth session: "Nvidia announced plans to invest", "unveiled its plan to put": an announced intention.
                   or "announced" or "announces" or "unveiled" or "unveils" or "revealed" or "reveals" or "outlined" or "confirmed" or "confirms"
                   // Since the thirty-first session: "has moved to invest", "decided to invest", "already invested".
                   or "moved" or "moves" or "decided" or "decides" or "intends" or "aims" or "already" or "recently" or "previously"
                   || (words[i].Lower is "its" or "their" && i + 1 < figure && words[i + 1].Lower is "plan" or "plans" or "intention")
                   || IsTalksBeforeVerb(words, i, figure))
        {
            i++;
        }

        return i < figure && words[i].Lower is "earmarking" or "earmarked" or "injecting" or "putting" or "pouring" or "pumping" or "committing" or "contributing" or "providing"
            or "supplying" or "supplied" or "acquired" or "acquire" or "acquires" or "purchased" or "buy" or "buys" or "bought" or "invest" or "invests" or "invested" or "investing" or "commit"
            or "commits" or "committed" or "provide" or "provides" or "provided" or "put" or "puts" or "pour" or "poured" or "inject"
            or "injected" or "injects" or "contribute" or "contributes" or "contributed" or "pump" or "pumps" or "pumped" or "pours" or "supplies"
            or "back" or "backed" or "led" or "take" or "took";
    }

    /// <summary>Since the thirty-first session: past a time phrase ("earlier this month", "last year", "in July") opening a verb phrase.</summary>
    private static int SkipTimePhrase(List<Word> words, int from, int figure)
    {
        var i = from;
        i += i < figure && words[i].Lower is "earlier" or "later" && !words[i].EndsPhrase ? 1 : 0;
        if (i + 1 < figure && words[i].Lower is "this" or "last" or "in" or "on" && !words[i].EndsPhrase
            && (words[i + 1].Lower is "week" or "month" or "year" || Lexicon.Weekdays.Contains(words[i + 1].Lower)
                || (words[i].Lower == "in" && Lexicon.Months.Contains(words[i + 1].Lower))))
        {
            i += 2;
        }

        return i;
    }

    private static string Text(SentenceWords sentence, int first, int count) =>
        string.Join(' ', sentence.Words.Skip(first).Take(count).Select(w => w.Core));

    private static IEnumerable<string> Window(List<Word> words, int from, int count) => words.Skip(from).Take(count).Select(w => w.Lower);
}
