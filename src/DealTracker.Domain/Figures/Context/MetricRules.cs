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
        "bet", "bets", "pledge", "pledges",
    };

    private static readonly HashSet<string> _roundNouns = new(StringComparer.Ordinal)
    {
        "round", "raise", "raised", "fundraise", "fundraising", "fund-raising", "financing", "funding", "series", "seed", "tranche", "extension",
    };

    private static readonly HashSet<string> _revenueNouns = new(StringComparer.Ordinal)
    {
        "revenue", "revenues", "sales", "arr", "run-rate", "run", "annualized", "annualised", "turnover",
    };

    private static readonly HashSet<string> _dealNouns = new(StringComparer.Ordinal)
    {
        "deal", "deals", "contract", "contracts", "agreement", "agreements", "pact", "commitment", "partnership", "order",
    };

    private static readonly HashSet<string> _otherNouns = new(StringComparer.Ordinal)
    {
        "market", "net", "loss", "losses", "debt", "profit", "profits", "buyback", "bond", "bonds", "fine", "settlement", "acquisition",
        "takeover", "initiative", "fund", "budget", "bonus", "salary", "pay", "package", "price", "loan", "loans", "income", "assets",
        "subsidy", "subsidies", "grant", "grants", "facility", "facilities",
    };

    private static readonly HashSet<string> _computeWords = new(StringComparer.Ordinal)
    {
        "computing", "compute", "cloud", "aws", "azure", "servers", "server", "data-center", "datacenter", "gpu", "gpus", "capacity",
        "infrastructure", "oci", "coreweave", "tpus", "tpu",
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

    public static Metric? Classify(SentenceWords sentence, int first, int last, int floor, Metric? previous = null)
    {
        var metric = ClassifyWords(sentence, first, last, floor, previous);

        // "its market capitalization surged …, bringing its total valuation to $330 billion": what a listed company's shares are
        // worth is market value.
        return metric == Metric.Valuation && IsMarketValue(sentence, first, last) ? null : metric;
    }

    /// <summary>
    /// A valuation that is a listed company's market value: the sentence speaks of market capitalization before the figure.
    /// </summary>
    private static bool IsMarketValue(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;

        // "more than twice the $12.4bn valuation achieved in its most recent fundraising round": a round's valuation, compared with it.
        var next = SkipConversion(words, last);
        if (next < words.Count && words[next].Lower == "valuation"
            && words.Skip(next + 1).Any(w => w.Lower is "round" or "fundraising" or "fund-raising" or "funding" or "financing"))
        {
            return false;
        }

        for (var i = 1; i < first; i++)
        {
            if (words[i - 1].Lower is "market" or "stock-market" && words[i].Lower is "capitalization" or "capitalisation" or "capitalizations" or "cap" or "value")
            {
                return true;
            }
        }

        return false;
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
    /// The reading of the first round whose rules read the figure, in the order they were written to run: the thirteenth round (a company
    /// valued at a figure in a round), the eleventh (debt taken on, compute bought by its amount, market totals of startups, shares
    /// bought), the twelfth (crowds raising, equity values, stake sales), the tenth (debt, funds, market totals, compute deals, revenue,
    /// rounds, stakes sold), the ninth (money from one named giver), the eighth (period totals, own costs, round verbs and nouns,
    /// valuations and compute named) and the seventh (sales, facilities, market totals, shares bought or sold, deals extended).
    /// </summary>
    private static (Metric? Metric, bool Found)? RoundReading(SentenceWords sentence, int first, int last, int floor, Metric? previous) =>
        ThirteenthRoundReading(sentence, first, last)
        ?? EleventhRoundReading(sentence, first, last, floor)
        ?? TwelfthRoundReading(sentence, first, last, floor)
        ?? TenthRoundReading(sentence, first, last, floor, previous)
        ?? NinthRoundReading(sentence, first, last)
        ?? EighthRoundReading(sentence, first, last, floor, previous)
        ?? SeventhRoundReading(sentence, first, last, floor, previous);

    private static Metric? ClassifyWords(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;

        // A price per share is never the deal's figure: "set at $23.28 per share".
        if (IsPerShare(words, SkipConversion(words, last)))
        {
            return null;
        }

        // The rounds' rules (one partial file each), newest first: the first that reads the figure decides.
        if (RoundReading(sentence, first, last, floor, previous) is { } round)
        {
            return round.Metric;
        }

        // 1. A noun right after the figure.
        if (NounAfter(sentence, last, previous) is { } fromNoun)
        {
            return fromNoun.Metric;
        }

        // "raised $50 million in funding from existing investor Caladium at $700-800 million": the price the round was raised at.
        if (previous == Metric.RoundSize && first - 1 >= floor && first > 0 && words[first - 1].Lower == "at")
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

        // "expanded its cloud services agreement with OpenAI by $6.5B": the change of a compute deal is compute too.
        if (first >= 2 && words[first - 1].Lower == "by" && ComputeDealBefore(words, first - 1, floor))
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
    /// "The size of Google's investment was not disclosed, although … Google likely paid more than $60 million": "paid" right before a
    /// figure that ends its clause, in a sentence that speaks of an investment or stake before it ("pay the company $60 million for
    /// help" is not).
    /// </summary>
    private static bool PaidForTheInvestment(IReadOnlyList<Word> words, int cueAt, int first, int last) =>
        cueAt == first - 1 && (words[last].EndsPhrase || last + 1 == words.Count) && words[cueAt].Lower is "paid" or "pay" or "pays" or "paying"
        && words.Take(cueAt).Any(w => w.Lower is "investment" or "stake" or "stakes");

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
            : sentence.MentionsCompute(last + 1, ClauseEnd(words, last + 1, 12)) ? Metric.ComputeCommitment
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

    /// <summary>
    /// "Sequoia's contribution to the round was $50 million", "Sequoia's share of the $100 million round was $50 million": the owner of a
    /// share or contribution that the figure sets ("was / is / came to / totalled"), within the clause before it. Null when none.
    /// </summary>
    internal static Name? ShareOwner(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 3 || words[first - 1].Lower is not ("was" or "is" or "were" or "totalled" or "totaled" or "totals" or "to")
            || (words[first - 1].Lower == "to" && words[first - 2].Lower is not ("came" or "comes" or "amounts" or "amounted")))
        {
            return null;
        }

        for (var j = first - 2; j >= 1 && first - j <= 10 && !words[j].EndsPhrase; j--)
        {
            if (words[j].Lower is "share" or "contribution" or "part" or "portion" && sentence.NameAt[j - 1] is { Possessive: true, Kind: NameKind.Organisation } owner
                && owner.Last == j - 1)
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>"expanded / increased its cloud contract with Amazon by": a compute deal grown, in the clause before "by".</summary>
    private static bool ComputeDealBefore(IReadOnlyList<Word> words, int by, int floor)
    {
        var from = Math.Max(floor, by - 8);
        var span = Window(words, from, by - from).ToList();
        return span.Any(w => w is "expanded" or "expands" or "expanding" or "expand" or "increased" or "increases" or "increasing" or "boosted"
                   or "raised" or "extended" or "upsized" or "enlarged")
            && span.Any(_dealNouns.Contains) && span.Any(_computeWords.Contains) && !words.Skip(from).Take(by - from).Any(w => w.EndsPhrase && w.After != ',');
    }

    /// <summary>"Investors poured $100 million into the startup's latest funding round": investors at large filling a round.</summary>
    private static bool InvestorsIntoARound(IReadOnlyList<Word> words, int cueAt, int last)
    {
        var after = SkipConversion(words, last);
        return cueAt > 0 && words[cueAt - 1].Lower is "investors" or "backers" && after < words.Count && words[after].Lower == "into"
            && Window(words, after + 1, 5).Any(w => w is "round" or "series" or "fundraise" or "fundraising");
    }

    /// <summary>"committed $1.4 trillion to computing power", "committed $10 billion to Google Cloud": a commitment to buy compute.</summary>
    private static bool CommittedToCompute(IReadOnlyList<Word> words, int cueAt, int last)
    {
        var after = SkipConversion(words, last);
        return words[cueAt].Lower is "commit" or "commits" or "committed" or "committing" or "commitment" or "commitments" && after < words.Count
            && words[after].Lower == "to"
            && (Window(words, after + 1, 3).Any(w => _computeWords.Contains(w) && w != "infrastructure") || Phrase(words, after + 1, 3).Contains("google cloud", StringComparison.Ordinal));
    }

    /// <summary>
    /// "The startup, now worth $10 billion", "the round priced the startup at $10 billion": a company's price is its valuation; a
    /// share's price or a market's worth is not.
    /// </summary>
    private static bool PricesACompany(IReadOnlyList<Word> words, int i)
    {
        // "Microsoft's stake in the startup is now worth $X": a holding's worth.
        if (words.Any(w => w.Lower is "share" or "shares" or "stock" or "market" or "each" or "apiece" or "per" or "fortune" or "net")
            || words.Take(i).Any(w => w.Lower is "stake" or "stakes" or "holding" or "holdings"))
        {
            return false;
        }

        var j = i - 1;
        while (j >= 0 && words[j].Lower is "is" or "was" or "be" or "been" or "now" or "already" or "were" or "are" or "reportedly")
        {
            j--;
        }

        var subject = j >= 0 ? words[j].Lower : "";
        var objectNoun = i + 2 < words.Count && words[i + 1].Lower is "the" or "it" or "its" ? words[i + 2].Lower : "";
        // A listed company is worth its market value; a startup is worth what its last round priced it at, and so is a company in a
        // sentence about its round ("Including the new money, Anthropic is worth $183 billion").
        var aboutARound = j >= 0 && words[j].IsCapitalised && words.Any(w => w.Lower is "round" or "funding" or "raise" or "raised" or "raising" or "money");
        return words[i].Lower == "worth" ? IsStartupNoun(subject) || aboutARound
            : IsStartupNoun(subject) || Lexicon.CompanyNouns.Contains(subject) || IsStartupNoun(objectNoun) || Lexicon.CompanyNouns.Contains(objectNoun)
              || (i + 1 < words.Count && words[i + 1].Lower == "it");
    }

    private static bool IsStartupNoun(string lower) => lower is "startup" or "start-up" or "business" or "unicorn" or "venture";

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

    /// <summary>The metric a cue gives, asking the words after the figure when the cue is weak.</summary>
    private static Metric? FromCue(SentenceWords sentence, Cue cue, int cueAt, int first, int last, Metric? previous, (Metric? Metric, bool Found) after)
    {
        var words = sentence.Words;
        switch (cue)
        {
            case Cue.Round when IsMarketSubject(words, cueAt):
                // "African start-ups raised a record $4.65bn": a market's total (investors "pouring" money stay an investment).
                return null;
            case Cue.SameAsBefore:
                return previous;
            case Cue.Valuation:
                return IsDealValued(sentence, cueAt) ? DealMetric(sentence) : IsHoldingValued(sentence, cueAt) ? null : Metric.Valuation;
            case Cue.Investment or Cue.Provide when InvestorsIntoARound(words, cueAt, last) || CommittedToCompute(words, cueAt, last):
                return InvestorsIntoARound(words, cueAt, last) ? Metric.RoundSize : Metric.ComputeCommitment;
            case Cue.Investment:
                // "a new funding round that could infuse the company with $2 billion": the round's size.
                return RoundIsSubject(words, cueAt) ? Metric.RoundSize : Metric.Investment;
            case Cue.Round when InInvestmentsAfter(words, last):
                // "new funding is on top of $394 million in prior investments it made in Joby".
                return Metric.Investment;
            case Cue.Round when IsDebtAfter(words, last) || ForBuybackAfter(words, last):
                // "raise $2 billion in debt": borrowing, not a round.
                return null;
            case Cue.Round:
                // "The round also includes $1bn from automotive manufacturer Toyota": one backer's part of the round.
                return words[cueAt].Lower is "round" or "rounds" or "funding" or "fundraising" or "financing" && words[last].After != '.'
                    && last + 1 < words.Count && words[last + 1].Lower == "from" && sentence.OrganisationAfterDescriptor(last + 2) is not null
                    ? Metric.Investment
                    : Metric.RoundSize;
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

    /// <summary>"the $50 billion stake", "a $15 billion pre-money valuation", "$X Azure services contract": up to four words, stopping at a preposition or punctuation.</summary>
    private static (Metric? Metric, bool Found)? NounAfter(SentenceWords sentence, int last, Metric? previous)
    {
        var words = sentence.Words;
        if (last >= 0 && words[last].EndsPhrase)
        {
            return null;
        }

        // "a $2 billion (€1.7bn) investment": the noun comes after the conversion.
        var next = SkipConversion(words, last);
        for (var i = next; i < words.Count && i <= next + 3; i++)
        {
            // "the $6 billion target for its 16th fund": the goal of a raise (or of what the previous figure was).
            if (i == next && words[i].Lower is "target" or "goal" or "hard-cap" && SpeaksOfRaising(sentence))
            {
                return (previous ?? Metric.RoundSize, true);
            }

            var lower = words[i].Lower;
            if (_stopAfterNoun.Contains(lower) || lower.StartsWith('$') || lower.Length == 0)
            {
                return null;
            }

            if (NounMetric(sentence, i, last) is { } found)
            {
                // "a $2 billion equity investment round", "a $243m investment fund": the last noun of the compound is its head.
                while (i + 1 < words.Count && !words[i].EndsPhrase && NounMetric(sentence, i + 1, last) is { } head)
                {
                    found = head;
                    i++;
                }

                return found;
            }

            if (words[i].EndsPhrase || words[i].Possessive)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>What one noun after the figure makes it: "stake", "round", "valuation", "revenue", "contract", "fund", "company".</summary>
    private static (Metric? Metric, bool Found)? NounMetric(SentenceWords sentence, int i, int last)
    {
        var lower = sentence.Words[i].Lower;
        if (_valuationNouns.Contains(lower) || lower is "company" or "business" or "startup" or "start-up" or "unicorn")
        {
            // "the 2 billion euro business": what the company is worth.
            return (Metric.Valuation, true);
        }

        if (_investmentNouns.Contains(lower))
        {
            return (Metric.Investment, true);
        }

        if (_roundNouns.Contains(lower))
        {
            return (Metric.RoundSize, true);
        }

        if (lower is "revenue" or "revenues" or "sales" or "arr")
        {
            return (Metric.Revenue, true);
        }

        if (_dealNouns.Contains(lower))
        {
            // "a $250 billion Azure services contract", "its cloud partner with a $300 billion deal".
            // "a $10 billion deal that took data center operator QTS private": a takeover, whatever the company does.
            var after = Window(sentence.Words, i + 1, 10).ToList();
            if (after.Any(w => w is "acquire" or "acquired" or "acquisition" or "takeover")
                || (after.Contains("private") && after.Any(w => w is "took" or "take" or "takes" or "taking")))
            {
                return (null, true);
            }

            // "The €1.5bn deal will see Stellantis ... take a 20 per cent stake": a deal buying into a company.
            if (InvestorRules.SeenTakingAStake(sentence, i) is not null)
            {
                return (Metric.Investment, true);
            }

            // A compute word in the same clause ("a $250 billion Azure services contract"), not in the next item of a list.
            return sentence.MentionsCompute(last + 1, ClauseEnd(sentence.Words, last + 1, 15)) || sentence.MentionsCompute(last - 8, last) ? (Metric.ComputeCommitment, true)
                : lower is "commitment" or "commitments" ? (Metric.Investment, true) // "a $300m commitment to a follow-up alliance"
                : null;
        }

        // "a DKK1bn holding in AIP Infrastructure II": a stake by another word.
        if (lower == "holding" && i + 1 < sentence.Words.Count && sentence.Words[i + 1].Lower == "in" && !sentence.Words[i].EndsPhrase)
        {
            return (Metric.Investment, true);
        }

        return _otherNouns.Contains(lower) || lower is "firm" or "vehicle" or "arm" or "trust" or "pool" or "unit" or "units" or "consortium"
            ? (null, true) : null;
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

        return StakeCue(sentence, i, figure) ?? PhraseCue(sentence, i, figure, hasPrevious) ?? WordCue(words[i].Lower, i > 0 ? words[i - 1].Lower : "");
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

        // "a majority stake ... for $69.1 billion" is a takeover; "value the fund's 70 percent stake at $70 billion" a price.
        if (lower is "stake" or "stakes" && StakeIsNoInvestment(words, i, figure))
        {
            return Cue.Other;
        }

        // "bought a 9.99% stake ... for Rs 43,574 crore" is an investment; "offloaded its stake ... for $9.17 billion" a sale;
        // "will take a 10% stake in Intel worth $8.9 billion" is what the stake bought is worth.
        if (i == figure - 1 && (lower == "for" || (lower == "worth" && figure - sentence.FirstStake <= 6)) && sentence.FirstStake < i)
        {
            if (StakeIsNoInvestment(words, sentence.FirstStake, figure))
            {
                return Cue.Other;
            }

            for (var j = sentence.FirstStake - 1; j >= Math.Max(0, sentence.FirstStake - 6); j--)
            {
                if (words[j].Lower is "sold" or "sell" or "sells" or "selling" or "offloaded" or "offload" or "offloading" or "divested" or "divest"
                    or "dumped" or "unloaded" or "liquidated")
                {
                    return Cue.Other;
                }

                if (words[j].Lower is "bought" or "buy" or "buys" or "buying" or "acquire" or "acquired" or "acquiring" or "took" or "take"
                    or "takes" or "taking" or "purchased" or "purchase" or "purchasing")
                {
                    return Cue.Investment;
                }
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

    /// <summary>"African start-ups raised", "venture investors poured": a described plural subject right before the verb is a market.</summary>
    private static bool IsMarketSubject(List<Word> words, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && verb - i <= 2 && words[i].Lower is "have" or "had" or "also" or "collectively" or "together")
        {
            i--;
        }

        if (i < 1 || words[i].EndsPhrase || words[i].Lower is not ("startups" or "start-ups" or "investors" or "companies" or "firms" or "vcs"
                or "capitalists" or "funds"))
        {
            return false;
        }

        var qualifier = words[i - 1];
        return !qualifier.EndsPhrase && qualifier.Lower is not ("the" or "its" or "their" or "other" or "existing" or "new" or "and" or "two" or "three")
            && (Lexicon.Places.Contains(qualifier.Core) || qualifier.Lower is "venture" or "vc" or "tech" or "global" or "foreign" or "private");
    }

    /// <summary>"global VC investment in EV startups topped $17.8 billion", "Venture capital funding jumped": a market's total.</summary>
    private static bool IsMarketTotal(List<Word> words, int i)
    {
        if (words[i].Lower is not ("investment" or "investments" or "funding" or "financing"))
        {
            return false;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 2) && !words[j].EndsPhrase && !words[j].Possessive; j--)
        {
            if (words[j].Lower is "vc" or "venture" or "capital" or "global" or "overall" or "tech" or "startup")
            {
                return true;
            }
        }

        return false;
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
                => previous is "market" or "net" or "enterprise" ? Cue.Other : Cue.Valuation,
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
            "lose" or "loses" or "losing" or "lost" or "borrow" or "borrows" or "borrowed" or "borrowing" or "lend" or "lends" or "lent"
                or "subsidy" or "subsidies" or "grant" or "grants" or "salary" or "salaries" or "compensation" or "remuneration" or "bonus"
                => Cue.Other,
            "financing" or "funding" when previous is "debt" => Cue.Other,
            "raise" or "raises" or "raising" or "raised" or "fundraising" or "fund-raising" or "round" or "rounds" or "funding" or "financing"
                or "gathered" or "gathering" or "hauled" or "amassed" or "amassing"
                => Cue.Round,
            "revenue" or "revenues" or "sales" or "run-rate" or "arr" or "annualized" or "annualised" or "turnover"
                => Cue.Revenue,
            "rate" when previous is "run" => Cue.Revenue,
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

    /// <summary>"$X of computing services", "$X in new capital", "$X in revenue", "$X in operating income".</summary>
    private static (Metric? Metric, bool Found) PhraseAfter(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = last + 1;
        // "took a chunk of $15.5 million, led by US-based Insight Partners".
        if (last >= 0 && words[last].After == ',' && i + 1 < words.Count && words[i].Lower == "led" && words[i + 1].Lower == "by")
        {
            return (Metric.RoundSize, true);
        }

        if (i >= words.Count || (last >= 0 && words[last].EndsPhrase && words[last].After != '.'))
        {
            return (null, false);
        }

        // "£84.4m ($108m) in funding": a conversion in brackets says nothing about the figure; nor does "more" ("$2 billion more from Google").
        i = SkipConversion(words, last);
        if (i + 1 < words.Count && words[i].Lower == "more" && !words[i].EndsPhrase)
        {
            i++;
        }

        // "$13.6 billion U.S. in revenue": a currency word after the figure says nothing about it.
        if (i < words.Count && words[i].Lower is "u.s" or "us" or "usd" && !words[i].EndsPhrase && i + 1 < words.Count)
        {
            i++;
        }

        if (i >= words.Count)
        {
            return (null, false);
        }

        var lead = words[i].Lower;

        // "acquire the startup for $1.2 billion in cash and stock": how a price is paid says nothing about what it is.
        if (lead == "in" && i + 1 < words.Count && (words[i + 1].Lower == "cash" || (i + 3 < words.Count && words[i + 3].Lower == "cash"
                && words[i + 2].Lower is "and" or "or")))
        {
            return (null, false);
        }

        return ClauseAfter(words, i, lead) ?? PrepositionPhrase(sentence, i, lead);
    }

    /// <summary>"the $10 billion that Jio Platforms has raised", "the $2 billion the company has already raised": null when no such clause follows.</summary>
    private static Metric? RelativeClauseAfter(IReadOnlyList<Word> words, int i)
    {
        if (i >= words.Count || i == 0 || words[i - 1].EndsPhrase || words[i].Lower is not ("that" or "which" or "the" or "it" or "its"))
        {
            return null;
        }

        for (var j = i + 1; j < words.Count && j <= i + 5; j++)
        {
            if (words[j].Lower is "raised" or "invested" or "secured")
            {
                return words[j].Lower == "invested" ? Metric.Investment : Metric.RoundSize;
            }

            if (words[j].EndsPhrase)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"$X a year", "$X per share", "$X will be raised", "$X to buy ... stock", "$X for a stake".</summary>
    private static (Metric? Metric, bool Found)? ClauseAfter(IReadOnlyList<Word> words, int i, string lead)
    {
        if (lead is "a" && i + 1 < words.Count && words[i + 1].Lower is "year" or "month" or "quarter")
        {
            return PerPeriod(words, i);
        }

        if (lead is "per" or "a" && i + 1 < words.Count && words[i + 1].Lower == "share")
        {
            return (null, true);
        }

        // "the $10 billion that Jio Platforms has raised": a relative clause whose verb says what the figure is.
        if (RelativeClauseAfter(words, i) is { } own)
        {
            return (own, true);
        }

        // "got $47 million led by Accel", "landed $120 million at a $1.5 billion valuation": money raised in a round.
        if ((lead == "led" && i + 1 < words.Count && words[i + 1].Lower == "by")
            || (lead == "at" && Window(words, i + 1, 4).Any(w => w is "valuation" or "pre-money" or "post-money")))
        {
            return (Metric.RoundSize, true);
        }

        // "$7.5 billion will be raised with equity", "$2 billion was invested": a passive verb after the figure.
        if (lead is "will" or "would" or "was" or "were" or "is" or "are" or "has" or "had" or "have")
        {
            var verb = Window(words, i + 1, 2).FirstOrDefault(w => w is "raised" or "invested" or "valued");
            if (verb is not null)
            {
                return (verb switch { "raised" => Metric.RoundSize, "invested" => Metric.Investment, _ => Metric.Valuation }, true);
            }
        }

        // "US$500 million would come from others", "came from Temasek"; "set aside $2 billion to invest in the startup".
        if (GivenAfter(words, i, lead))
        {
            return (Metric.Investment, true);
        }

        // "spend $5 billion to buy Intel common stock".
        if (lead == "to" && i + 1 < words.Count && words[i + 1].Lower is "buy" or "acquire" or "purchase"
            && Window(words, i + 2, 4).Any(w => w is "stock" or "shares" or "stake" or "equity"))
        {
            return (Metric.Investment, true);
        }

        // "paying $1.5 billion for a stake in Epic Games", "pay $1.5 billion for a 25 per cent stake", "spent $586m on an 18% stake";
        // not a majority ("for a 51 percent stake" buys the company).
        if (lead is "for" or "on" && Window(words, i + 1, 6).Any(w => w is "stake" or "stakes" or "shares")
            && !Window(words, i + 1, 6).Any(w => w is "majority" or "controlling") && !MajorityShareAt(words, i + 1, 6))
        {
            return (Metric.Investment, true);
        }

        return null;
    }

    /// <summary>"$10 billion a year in revenue"; "burning $1 billion a month"; "pay Oracle $30 billion a year for data center capacity".</summary>
    private static (Metric? Metric, bool Found) PerPeriod(IReadOnlyList<Word> words, int i) =>
        Window(words, i + 2, 4).Any(w => _revenueNouns.Contains(w)) ? (Metric.Revenue, true)
        : i + 2 < words.Count && words[i + 2].Lower == "for" && Window(words, i + 3, 4).Any(_computeWords.Contains) ? (Metric.ComputeCommitment, true)
        : words[i + 1].Lower == "year" ? (Metric.Revenue, true) : (null, true);

    /// <summary>
    /// "US$500 million would come from others", "US$500 million came from Temasek": money coming from someone is their investment; so
    /// is money set aside "to invest in the startup".
    /// </summary>
    private static bool GivenAfter(IReadOnlyList<Word> words, int i, string lead) =>
        (lead is "will" or "would" or "could" or "is" or "was" or "to" && i + 3 < words.Count && words[i + 1].Lower is "come" or "comes"
            && words[i + 2].Lower == "from"
            && (words[i + 3].Lower is "others" or "other" or "investors" or "backers" or "shareholders" || (words[i + 3].IsCapitalised && words[i + 3].Lower != "the")))
        || (lead is "came" or "comes" && i + 2 < words.Count && words[i + 1].Lower == "from" && (words[i + 2].IsCapitalised || words[i + 2].Lower == "others"))
        || (lead == "to" && i + 1 < words.Count && words[i + 1].Lower is "invest" or "back" or "fund");

    /// <summary>"51 percent", "73.37%", "70 per cent" within <paramref name="count"/> words from <paramref name="from"/>: more than half.</summary>
    private static bool MajorityShareAt(IReadOnlyList<Word> words, int from, int count)
    {
        for (var j = from; j < words.Count && j < from + count; j++)
        {
            var core = words[j].Core;
            var percentAfter = core.EndsWith('%') || (j + 1 < words.Count && words[j + 1].Lower is "percent" or "per" or "pct");
            if (percentAfter && decimal.TryParse(core.TrimEnd('%'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var share))
            {
                return share > 50;
            }
        }

        return false;
    }

    /// <summary>"$X of computing services", "$X in new capital", "$X in revenue", "$X from Google", "$X in operating income".</summary>
    private static (Metric? Metric, bool Found) PrepositionPhrase(SentenceWords sentence, int i, string lead)
    {
        var words = sentence.Words;
        if (lead is not ("of" or "in" or "on" or "for" or "worth" or "from" or "into"))
        {
            return (null, false);
        }

        if (lead is "from" or "of" or "in" or "into" && MoneyFrom(sentence, i) is { } backed)
        {
            return backed;
        }

        // "dropped $5 billion into Intel" is read above; "put $20 billion into a U.S. infrastructure fund" says nothing more.
        if (lead == "into")
        {
            return (null, false);
        }

        if (lead == "worth" && i + 1 < words.Count && words[i + 1].Lower == "of" && MoneyFrom(sentence, i + 1) is { } worthOf)
        {
            return worthOf;
        }

        var next = Window(words, i + 1, 5).ToList();

        // "$10 billion in Azure AI services revenue": revenue, even from compute.
        if (lead == "in" && next.Any(w => w is "revenue" or "revenues" or "sales"))
        {
            return (Metric.Revenue, true);
        }

        if (ComputeAfter(words, i, next) is { } compute)
        {
            return compute;
        }

        if (next.Take(3).Any(_revenueNouns.Contains) || Phrase(words, i + 1, 4).Contains("annualized basis", StringComparison.Ordinal))
        {
            return (Metric.Revenue, true);
        }

        // "$500 million in funding for the self-driving car startup Wayve": funding given to a named company is a backer's investment.
        if (lead == "in" && i + 2 < words.Count && words[i + 1].Lower is "funding" or "financing" && words[i + 2].Lower == "for"
            && sentence.OrganisationAfterDescriptor(i + 3 < words.Count && words[i + 3].Lower == "the" ? i + 4 : i + 3) is not null)
        {
            return (Metric.Investment, true);
        }

        return MoneyNounAfter(lead, next);
    }

    /// <summary>
    /// "$2.1 billion in registered capital" (other), "spent $366 million on VC investments" / "purchase $1 billion in new shares"
    /// (investment), "$X in new capital" / "the US$170m of funding raised" (round size), "$X in operating income" (other).
    /// </summary>
    private static (Metric? Metric, bool Found) MoneyNounAfter(string lead, List<string> next)
    {
        if (lead == "in" && next.Take(2).Contains("registered"))
        {
            return (null, true);
        }

        if (lead is "on" or "in" && next.Take(3).Any(w => w is "investments" or "investment" or "stakes" or "shares" or "stock")
            || (lead == "in" && next.Take(1).Contains("backing")))
        {
            return (Metric.Investment, true);
        }

        // "$80 billion in capital spending": money spent, not raised.
        if (lead == "in" && next.Take(2).SequenceEqual(["capital", "spending"]) || next.Take(2).SequenceEqual(["capital", "expenditure"])
            || next.Take(2).SequenceEqual(["capital", "expenditures"]))
        {
            return (null, true);
        }

        if ((lead == "in" && next.Take(4).Any(w => w is "capital" or "funding" or "financing" or "equity" or "round" or "series" or "fundraising"))
            || (lead == "of" && next.Take(1).Any(w => w is "funding" or "financing")))
        {
            return (Metric.RoundSize, true);
        }

        return next.Take(4).Any(w => _otherNouns.Contains(w)) ? (null, true) : (null, false);
    }

    /// <summary>
    /// "$X of computing services", "$X on Google Cloud": compute bought; "$667 million in U.K. cloud provider Nscale": a compute word
    /// describing a company is no compute bought (and says nothing).
    /// </summary>
    private static (Metric? Metric, bool Found)? ComputeAfter(IReadOnlyList<Word> words, int i, List<string> next)
    {
        var describesCompany = Window(words, i + 1, 5).Zip(Window(words, i + 2, 5)).Any(pair => _computeWords.Contains(pair.First)
            && pair.Second is "provider" or "providers" or "company" or "firm" or "startup" or "operator" or "platform");
        if (describesCompany)
        {
            return (null, false);
        }

        return next.Any(_computeWords.Contains) || Phrase(words, i + 1, 5).Contains("web services", StringComparison.Ordinal)
            || Phrase(words, i + 1, 5).Contains("google cloud", StringComparison.Ordinal)
            ? (Metric.ComputeCommitment, true)
            : null;
    }

    /// <summary>The first word after the figure and after a bracketed conversion that follows it ("$500m (£387.6m) investment").</summary>
    internal static int SkipConversion(IReadOnlyList<Word> words, int last)
    {
        var i = last + 1;
        return i < words.Count && last >= 0 && words[i].InBrackets && !words[last].InBrackets && !words[last].EndsPhrase ? SkipBrackets(words, i) : i;
    }

    private static bool IsPerShare(IReadOnlyList<Word> words, int i) =>
        i + 1 < words.Count && words[i].Lower is "per" or "a" && words[i + 1].Lower == "share";

    private static int SkipBrackets(IReadOnlyList<Word> words, int i)
    {
        while (i < words.Count && words[i].InBrackets)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// "$350m from Cox Automotive", "$35 billion from other global investors", "buy $90m of shares": money put in by someone.
    /// </summary>
    private static (Metric? Metric, bool Found)? MoneyFrom(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var j = i + 1;
        if (j >= words.Count)
        {
            return null;
        }

        // "$2 billion of Intel's common stock", "US$235 million worth of new shares".
        if (words[i].Lower == "of")
        {
            return Window(words, j, 4).Any(w => w is "shares" or "stock" or "equity" or "stocks") ? (Metric.Investment, true) : null;
        }

        if (words[i].Lower == "from" && FromGivers(sentence, j) is { } givers)
        {
            return givers;
        }

        if (sentence.NameAt[j] is { Kind: NameKind.Organisation } name && name.First == j && !sentence.MentionsCompute(j, name.Last + 1))
        {
            // "spend up to $5 billion in Rivian, a rival to Tesla": the company is what the money goes into, not "in Nvidia chips".
            var ends = name.Last + 1 >= words.Count || words[name.Last].EndsPhrase || words[name.Last + 1].Lower is "and" or "to" or "for" or "in"
                or "over" or "by" or "as" or "at" or "this" or "last" or "next" or "during" or "after" or "before";
            return words[i].Lower == "from" || ends ? (Metric.Investment, true) : null;
        }

        if (words[i].Lower is "in" or "into")
        {
            return null;
        }

        // "193.1 billion won from the two automakers and SK Corp.".
        if (words[i].Lower == "from" && Window(words, j, 5).Any(w => w is "automakers" or "carmakers" or "firms" or "companies" or "funds" or "investors"
                or "backers"))
        {
            return (Metric.Investment, true);
        }

        // "$45 billion from Saudi Arabia via the Kingdom's Public Investment Fund".
        if (Lexicon.PlaceLength(words, j) is var place and > 0
            && (j + place >= words.Count || words[j + place - 1].EndsPhrase || words[j + place].Lower is "via" or "and" or "over" or "through"))
        {
            return (Metric.Investment, true);
        }

        while (j < words.Count && j - i < 4 && words[j].Lower is "other" or "new" or "existing" or "outside" or "global" or "institutional"
                   or "private" or "foreign" or "strategic" or "several" or "various")
        {
            j++;
        }

        // "$35 billion from other global investors" is one part of a round; "secured 6.7 billion yen from investors" the round.
        return j < words.Count && words[j].Lower is "investors" or "backers" or "shareholders" or "others" ? (Metric.Investment, true) : null;
    }

    /// <summary>"a cloud deal worth $X", "the agreement is valued at $X": the value of a deal, not of a company.</summary>
    private static bool IsDealValued(SentenceWords sentence, int cueAt)
    {
        var words = sentence.Words;
        var lower = words[cueAt].Lower;
        if (lower is not ("valued" or "worth"))
        {
            return false;
        }

        for (var i = cueAt - 1; i >= Math.Max(0, cueAt - 8); i--)
        {
            if (_dealNouns.Contains(words[i].Lower) || words[i].Lower is "acquisition" or "takeover" or "merger" or "purchase" or "transaction")
            {
                return true;
            }
        }

        return false;
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

    /// <summary>"a funding round that could infuse": the subject of the money verb is a round.</summary>
    private static bool RoundIsSubject(IReadOnlyList<Word> words, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && verb - i <= 4 && !words[i].EndsPhrase && words[i].Lower is "that" or "which" or "could" or "would" or "will" or "may"
                   or "might" or "can" or "to" or "is" or "set" or "expected")
        {
            i--;
        }

        return i >= 0 && i < verb - 1 && words[i].Lower is "round" or "rounds" or "fundraising" or "raise" or "financing";
    }

    /// <summary>
    /// "sold a 2.33% share of Jio to Saudi Arabia's Public Investment Fund for $1.5 billion", "a stake sale of 0.93 per cent to TPG
    /// for Rs 4,546.80 crore": the organisation a minority stake goes to, before the figure. Null when none is named.
    /// </summary>
    internal static string? StakeBuyer(SentenceWords sentence, int figure, int floor)
    {
        var words = sentence.Words;
        for (var to = figure - 1; to >= Math.Max(floor, figure - 12); to--)
        {
            if (words[to].Lower != "to" || words[to].EndsPhrase)
            {
                continue;
            }

            var marked = false;
            for (var j = to - 1; j >= Math.Max(floor, to - 10) && !words[j].EndsPhrase; j--)
            {
                if (words[j].Lower is "majority" or "controlling")
                {
                    return null;
                }

                marked |= words[j].Lower is "stake" or "stakes" or "share" or "sale" or "%" || (words[j].Lower == "cent" && j > 0 && words[j - 1].Lower == "per")
                    || words[j].Lower.EndsWith('%') || words[j].Lower == "percent";
            }

            var at = to + 1 < words.Count && words[to + 1].Lower == "the" ? to + 2 : to + 1;
            if (Lexicon.PlaceLength(words, at) is var place and > 0 && words[at + place - 1].Possessive)
            {
                at += place;
            }

            return marked && at < figure ? sentence.OrganisationAfterDescriptor(at)?.Text : null;
        }

        return null;
    }

    /// <summary>
    /// "secured 6.7 billion yen from investors": the round ("$35 billion from other global investors" is one part of it); "$1bn from
    /// automotive manufacturer Toyota": an investment; "$863 million from big names like NVIDIA, Google, and Breakthrough Energy
    /// Ventures" (three or more givers): a round.
    /// </summary>
    private static (Metric? Metric, bool Found)? FromGivers(SentenceWords sentence, int j)
    {
        if (sentence.Words[j].Lower is "investors" or "backers")
        {
            return (Metric.RoundSize, true);
        }

        return sentence.OrganisationAfterDescriptor(j) is { } giver && giver.First > j
            ? (GiversListed(sentence, giver) >= 3 ? Metric.RoundSize : Metric.Investment, true)
            : null;
    }

    /// <summary>How many organisations a list starting with <paramref name="first"/> names ("NVIDIA, Google, and Breakthrough Energy Ventures").</summary>
    private static int GiversListed(SentenceWords sentence, Name first)
    {
        var words = sentence.Words;
        var count = 1;
        var last = first.Last;
        while (last + 1 < words.Count)
        {
            var next = words[last].After == ',' ? last + 1 : last + 1 < words.Count && words[last + 1].Lower is "and" ? last + 2 : -1;
            if (next > 0 && next < words.Count && words[next].Lower == "and")
            {
                next++;
            }

            if (next < 0 || next >= words.Count || sentence.NameAt[next] is not { Kind: NameKind.Organisation } name || name.First != next)
            {
                break;
            }

            count++;
            last = name.Last;
        }

        return count;
    }

    private static bool InInvestmentsAfter(IReadOnlyList<Word> words, int last) =>
        last + 2 < words.Count && words[last + 1].Lower == "in" && !words[last].EndsPhrase
        && Window(words, last + 2, 3).Any(w => w is "investments" or "investment");

    /// <summary>"raise as much as $41 billion to buy back shares and reduce debt": money raised from assets, not a round.</summary>
    private static bool ForBuybackAfter(IReadOnlyList<Word> words, int last) =>
        last + 3 < words.Count && words[last + 1].Lower == "to" && words[last + 2].Lower is "buy" or "repay" or "reduce" or "pay"
        && words[last + 3].Lower is "back" or "debt" or "down" or "off";

    private static bool IsDebtAfter(IReadOnlyList<Word> words, int last) =>
        last + 2 < words.Count && words[last + 1].Lower is "in" or "of" && !words[last].EndsPhrase
        && Window(words, last + 2, 2).Any(w => w is "debt" or "loans" or "bonds" or "notes" or "credit" or "borrowings")
        && !Window(words, last + 2, 4).Any(w => w == "equity");

    private static bool ForAFund(IReadOnlyList<Word> words, int last) =>
        last + 1 < words.Count && words[last + 1].Lower == "for" && Window(words, last + 2, 4).Any(w => w is "fund" or "funds");

    private static bool StakeIsNoInvestment(IReadOnlyList<Word> words, int stake, int figure)
    {
        for (var j = stake - 1; j >= Math.Max(0, stake - 6); j--)
        {
            if (words[j].Lower is "majority" or "controlling")
            {
                return true;
            }

            if (words[j].Lower is "value" or "values" or "valued" or "valuing" && words[figure - 1].Lower == "at")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Berkshire's Japanese holdings were valued at $23.5 billion": what a stake is worth, not what a company is.</summary>
    private static bool IsHoldingValued(SentenceWords sentence, int cueAt)
    {
        var words = sentence.Words;
        if (words[cueAt].Lower != "valued")
        {
            return false;
        }

        for (var i = cueAt - 1; i >= Math.Max(0, cueAt - 3); i--)
        {
            if (words[i].Lower is "holdings" or "holding" or "stake" or "stakes" or "portfolio" or "assets" or "shares" or "position" or "positions"
                or "fund" or "funds")
            {
                return true;
            }
        }

        return false;
    }

    private static Metric? DealMetric(SentenceWords sentence) => sentence.MentionsCompute(0) ? Metric.ComputeCommitment : null;

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

    /// <summary>"cloud", "Azure", "GPUs"; also a hyphenated word with one in it ("cloud-computing").</summary>
    public static bool IsComputeWord(string lower) =>
        _computeWords.Contains(lower) || (lower.Contains('-', StringComparison.Ordinal) && lower.Split('-').Any(_computeWords.Contains));

    /// <summary>Whether the sentence speaks of raising money ("raised", "fundraising", "fund", "round").</summary>
    private static bool SpeaksOfRaising(SentenceWords sentence) =>
        sentence.Words.Any(w => w.Lower is "raise" or "raised" or "raising" or "raises" or "fundraising" or "fund-raising" or "fund" or "funds"
            or "round" or "funding");
}
