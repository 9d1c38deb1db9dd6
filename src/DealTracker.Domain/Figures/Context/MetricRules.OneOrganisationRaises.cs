using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the fund-raises realignment (the reading: "raise $X" is a round size): one organisation raising money once is a round
/// size, whatever the money is raised for or in what form, where the rules before read it as other:
/// <list type="bullet">
/// <item>a fund manager or a fund raising, closing or targeting a fund ("has raised $2.7 billion for its latest private equity fund",
/// "closed its fifth fund at $650 million", "missing the $6 billion target for its 16th fund", "a fund-raising target of $100 billion",
/// "has hit the first close of a targeted €150m fund");</item>
/// <item>a debt raise with no one giver named ("secured $200 million in debt", "a $5 billion debt raise led by Morgan Stanley",
/// "obtained a $650 million credit line from several investment banks", "is raising about $15 billion from a group of international
/// banks", "launched a private offering of $400 million in convertible senior notes");</item>
/// <item>an offering by the company: an IPO, a listing, a placement, a bond sale ("raised $222m in an initial public offering", "a $75.2m
/// initial public offering", "hopes to raise $4.5 billion through the offering of some 10 percent of the chip designer").</item>
/// </list>
/// What stays other: totals (to date, across rounds, over a period, "a combined"), many raisers (funds, startups, a sector, a place),
/// debt owed, repaid or restructured, a fund's size alone ("a $300m fund"), prices per share, and money one named giver lends ("a $50
/// million loan from HSBC", "the Fund will provide an $800 million loan") — that giver's investment, left to the giving rules.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Verbs of one organisation taking money in.</summary>
    private static readonly HashSet<string> _oneRaiseVerbs = new(StringComparer.Ordinal)
    {
        "raise", "raises", "raised", "raising", "secure", "secures", "secured", "securing", "obtain", "obtains", "obtained", "obtaining",
        "borrow", "borrows", "borrowed", "borrowing", "haul", "hauls", "hauled", "hauling", "gather", "gathers", "gathered", "amass", "amassed",
        "garner", "garnered", "net", "netted", "bank", "banking", "banked", "rake", "raking", "raked", "issue", "issues", "issued", "issuing",
        "sell", "sells", "selling", "land", "lands", "landed", "negotiate", "negotiating", "negotiates", "complete", "completed", "completes",
        "seek", "seeks", "seeking", "sought", "signed", "sign", "signs", "close", "closes", "closed", "closing", "mobilise", "mobilize", "draw", "drew", "attract", "attracted", "pulled", "pull", "pulls", "collected", "collect",
        "accrue", "accrued", "launch", "launched", "launches", "launching", "offer", "offers", "offering", "market", "marketing", "float",
        "preparing", "prepare", "prepares", "plan", "plans", "planned", "planning", "targeting", "targeted", "targets", "target", "tap", "taps",
        "tapped", "tapping",
    };

    /// <summary>Verbs by which the organisation takes money in, whatever follows: the strong half of <see cref="_oneRaiseVerbs"/>.</summary>
    private static readonly HashSet<string> _oneRaiseStrongVerbs = new(StringComparer.Ordinal)
    {
        "raise", "raises", "raised", "raising", "secure", "secures", "secured", "securing", "obtain", "obtains", "obtained", "obtaining",
        "borrow", "borrows", "borrowed", "borrowing", "haul", "hauls", "hauled", "hauling", "gather", "gathers", "gathered", "amass", "amassed",
        "garner", "garnered", "netted", "banking", "banked", "raking", "raked",
    };

    /// <summary>Words for a fund being raised.</summary>
    private static readonly HashSet<string> _oneRaiseFundWords = new(StringComparer.Ordinal)
    {
        "fund", "funds", "vehicle", "vehicles", "fundraise", "fund-raise", "fundraising", "fund-raising", "commitments",
    };

    /// <summary>Words for debt raised: "in debt", "a $X loan", "$X of bonds", "a credit facility", "convertible senior notes".</summary>
    private static readonly HashSet<string> _oneRaiseDebtWords = new(StringComparer.Ordinal)
    {
        "debt", "loan", "loans", "bond", "bonds", "notes", "debentures", "facility", "facilities", "credit", "lenders", "lender", "banks",
    };

    /// <summary>Words for an offering by the company.</summary>
    private static readonly HashSet<string> _oneRaiseOfferingWords = new(StringComparer.Ordinal)
    {
        "ipo", "ipos", "offering", "listing", "flotation", "placement", "sharemarket",
    };

    /// <summary>Nouns right after the figure that make it a raise: "a $5 billion debt raise", "a $1 billion credit facility", "a $X IPO".</summary>
    private static readonly HashSet<string> _oneRaiseHeadNouns = new(StringComparer.Ordinal)
    {
        "raise", "sale", "package", "round", "financing", "funding", "offering", "issue", "issuance", "facility", "line", "loan", "loans",
        "ipo", "placement", "listing",
    };

    /// <summary>Words that make the money debt owed or paid, not raised: "repay a $1.2 billion term loan", "a debt pile of".</summary>
    private static readonly HashSet<string> _oneRaiseOwedWords = new(StringComparer.Ordinal)
    {
        "repay", "repaid", "repaying", "repayment", "pay", "paid", "paying", "owed", "owes", "owe", "pile", "load", "burden", "restructuring",
        "restructure", "saddled", "servicing", "outstanding", "converting", "convert", "reduce", "reducing", "cut", "assumption",
        "net", "gross", "default", "defaulted", "refinance", "refinancing", "buyback", "backstop", "conversion", "converted", "swap", "assets",
        "aum", "founded", "inception", "rounds", "each", "them", "piece", "portion", "slice",
    };

    /// <summary>Verbs of a giver lending: "will provide an $800 million loan", "extended a $250 million line of credit".</summary>
    private static readonly HashSet<string> _oneRaiseGiverVerbs = new(StringComparer.Ordinal)
    {
        "provide", "provides", "provided", "providing", "extend", "extends", "extended", "extending", "lend", "lends", "lent", "lending",
        "give", "gives", "gave", "giving", "grant", "granted", "granting", "supply", "supplied", "supplying", "offered",
        "furnishing", "committed", "commit", "commits", "invest", "invested", "investing", "buy", "bought", "buying", "purchase", "purchased",
        "put", "inject", "injected", "pumped", "pour", "poured",
    };

    /// <summary>Plural subjects that make the money many raisers' (a market total): "474 funds raised", "China-focused VC funds raised".</summary>
    private static readonly HashSet<string> _oneRaiseManyRaisers = new(StringComparer.Ordinal)
    {
        "funds", "firms", "managers", "startups", "start-ups", "companies", "fintechs", "deals", "sales", "developers", "vcs",
        "rounds", "businesses", "countries", "sector", "space", "industry", "ipos", "listings", "offerings", "flotations", "issuers", "debuts",
    };

    /// <summary>
    /// The metric after the fund-raises realignment: other turned to a round size where one organisation raises the figure once, as a fund
    /// raise, close or target, a debt raise with no one giver named, or an offering.
    /// </summary>
    private static Metric? OneOrganisationRaisesReading(SentenceWords sentence, int first, int last, int floor, Metric? metric)
    {
        var words = sentence.Words;
        if (metric is not null || first < 0 || last >= words.Count || last < first || words[first].InBrackets)
        {
            return metric;
        }

        return IsOneOrganisationRaise(words, first, last, floor) ? Metric.RoundSize : metric;
    }

    /// <summary>Whether the figure is one organisation's raise, by a fund, debt or offering frame, and no total, many raisers, debt owed or one giver's loan.</summary>
    private static bool IsOneOrganisationRaise(List<Word> words, int first, int last, int floor)
    {
        var next = SkipConversion(words, last);
        var cue = OneRaiseCueStart(words, first);
        var verb = OneRaiseVerbBefore(words, cue, floor);
        var clauseStart = OneRaiseClauseStart(words, first, floor);
        var clauseEnd = OneRaiseClauseEnd(words, next);
        bool InClause(HashSet<string> set) => Enumerable.Range(clauseStart, Math.Max(0, clauseEnd - clauseStart)).Any(k => (k < first || k > last) && set.Contains(words[k].Lower));

        if (IsNotOneRound(words, first, last, floor) || IsOneRaiseExcluded(words, first, last, cue, verb, clauseStart, clauseEnd, next))
        {
            return false;
        }

        // "a $5 billion debt raise", "a $1 billion syndicated senior secured credit facility", "a $75.2m initial public offering", "the $6
        // billion target for its 16th fund", "a targeted €150m fund".
        var head = OneRaiseHeadAfter(words, next);
        // A facility is debt only when the phrase says so ("a $1 billion syndicated senior secured credit facility", not "the €1 billion facility").
        var debtHead = head >= 0 && Enumerable.Range(next, head - next + 1).Any(k => words[k].Lower is "debt" or "loan" or "loans" or "credit" or "bond" or "bonds" or "notes"
            || (words[head].Lower == "facility" && words[k].Lower is "term" or "financing" or "revolving" or "lending" or "syndicated"));
        var offeringHead = head >= 0 && Enumerable.Range(next, head - next + 1).Any(k => _oneRaiseOfferingWords.Contains(words[k].Lower));
        if (debtHead || offeringHead)
        {
            return true;
        }

        // "has completed its RM15 billion equivalent multicurrency financing": one financing completed.
        if (head >= 0 && verb >= 0 && words[head].Lower is "financing" or "fundraise" or "fund-raise" or "raise" && words[verb].Lower is "completed" or "completes" or "complete" or "closed" or "closes" or "secured" or "secures" or "raised")
        {
            return true;
        }

        // "signed loan agreements for $810 million", "in discussions with banks over a loan of around S$5bn", "secure loans for 10 billion
        // euros", "closed its first fund of $200 million": the debt or the fund named just before the figure.
        var link = words[cue].Lower is "of" or "for" or "worth" && cue < first ? cue : cue >= 1 && words[cue - 1].Lower is "of" or "for" or "worth" ? cue - 1 : -1;
        if (link >= 1 && !words[link - 1].EndsPhrase)
        {
            var at = words[link - 1].Lower is "agreements" or "agreement" or "package" && link >= 2 ? link - 2 : link - 1;
            var noun = words[at].Lower;
            var creditFacility = noun == "facility" && at >= 1 && words[at - 1].Lower is "credit" or "term" or "loan" or "lending" or "revolving";
            if (noun is "loan" or "loans" or "bonds" or "notes" or "debt" || creditFacility || (_oneRaiseFundWords.Contains(noun) && verb >= 0 && words[verb].Lower is "closed" or "closes" or "closing" or "raised" or "raising" or "raise"))
            {
                return true;
            }
        }

        // "anticipating approximately HK$4.1734 billion in net proceeds from the global offering".
        if (next + 2 < words.Count && words[next].Lower == "in" && Enumerable.Range(next + 1, Math.Min(3, words.Count - next - 1)).Any(k => words[k].Lower == "proceeds")
            && OneRaiseWordsAfter(words, next, _oneRaiseOfferingWords))
        {
            return true;
        }

        // "about $12.5 billion will be raised through debt": the raise verb after the figure.
        if (next + 2 < words.Count && words[next].Lower is "will" or "would" or "was" or "is" or "were" or "to" && Enumerable.Range(next, Math.Min(4, words.Count - next)).Any(k => words[k].Lower == "raised")
            && (OneRaiseWordsAfter(words, next, _oneRaiseDebtWords) || OneRaiseWordsAfter(words, next, _oneRaiseOfferingWords)))
        {
            return true;
        }

        // "Xai's financing would be split between about $7.5 billion of equity and up to $12.5 billion of debt": debt in a financing named before.
        if (next + 1 < words.Count && words[next].Lower is "of" or "in" && words[next + 1].Lower == "debt"
            && Enumerable.Range(clauseStart, Math.Max(0, first - clauseStart)).Any(k => words[k].Lower is "financing" or "fundraising" or "fundraise" or "raise"))
        {
            return true;
        }

        // "a $6 billion (€4.1 billion) fund that TPG, the private equity firm, is raising": the fund's raise said after it.
        if (head >= 0 && _oneRaiseFundWords.Contains(words[head].Lower) && head + 1 < words.Count && words[head + 1].Lower is "that" or "which"
            && Enumerable.Range(head + 2, Math.Max(0, Math.Min(words.Count, head + 12) - head - 2)).Any(k => words[k].Lower is "raising" or "raised" or "seeking" or "targeting"))
        {
            return true;
        }

        // "with an additional $5.25 billion in debt financing", "adding £410M of new debt", "$7B in new debt commitments": debt raised by
        // its own words, with or without a verb.
        if (OneRaiseDebtRaisedAfter(words, next))
        {
            return true;
        }

        var targetBefore = cue >= 1 && (words[cue - 1].Lower is "targeting" or "targeted" or "targets" or "target"
            || (cue >= 2 && words[cue - 1].Lower == "of" && words[cue - 2].Lower is "target" or "cap" or "goal" or "size"));
        var targetAfter = next < words.Count && words[next].Lower is "target" or "goal" or "hard";
        var targetedFund = cue >= 1 && words[cue - 1].Lower == "targeted" && next < words.Count && _oneRaiseFundWords.Contains(words[next].Lower);
        if ((targetBefore || targetAfter || targetedFund) && (InClause(_oneRaiseFundWords) || InClause(_oneRaiseOfferingWords) || words.Any(w => w.Lower is "fund" or "fundraising" or "fund-raising" or "fundraise")))
        {
            return true;
        }

        // "closed its fifth fund at $650 million", "closed its maiden Japan-focused fund, which will target …, at 110 billion yen".
        if (cue >= 1 && words[cue - 1].Lower == "at" && Enumerable.Range(clauseStart, Math.Max(0, first - clauseStart)).Any(k => words[k].Lower is "closed" or "closes" or "closing" or "close")
            && Enumerable.Range(Math.Max(0, floor), Math.Max(0, first - Math.Max(0, floor))).Any(k => _oneRaiseFundWords.Contains(words[k].Lower)))
        {
            return true;
        }

        // "Northzone closed $1 billion for three new funds", "closed $400 million for its fourth fund": money closed for one's own funds.
        if (verb >= 0 && words[verb].Lower is "closed" or "closes" or "closing" or "close" && next < words.Count && words[next].Lower == "for"
            && OneRaiseWordsAfter(words, next, _oneRaiseFundWords))
        {
            return true;
        }

        // "closing a $12.7 billion fund", "has closed a $3.75 billion global private investment vehicle", "a $6 billion vehicle that closed".
        if (head >= 0 && _oneRaiseFundWords.Contains(words[head].Lower)
            && ((verb >= 0 && words[verb].Lower is "closed" or "closing" or "closes" or "close" or "raising" or "raised" or "raise")
                || (head + 2 < words.Count && words[head + 1].Lower is "that" or "which" && words[head + 2].Lower is "closed")))
        {
            return true;
        }

        if (verb < 0)
        {
            return false;
        }

        var strong = _oneRaiseStrongVerbs.Contains(words[verb].Lower);

        // "raised $4.5 billion in debt", "secure as much as USD 12 billion in debt financing", "issued $1 billion in green bonds", "raise $5
        // billion through loans and bonds", "launched a private offering of $400 million in convertible senior notes".
        if (OneRaiseWordsAfter(words, next, _oneRaiseDebtWords) && (strong || words[verb].Lower is "issue" or "issued" or "issues" or "issuing" or "sell" or "selling" or "sells"
            or "launched" or "launch" or "offering" or "offer" or "completed" or "complete" or "negotiating" or "tap" or "tapped" or "tapping" or "pulled" or "signed"))
        {
            return true;
        }

        // "in talks with French lenders … to raise $130 million in more debt financing", "a credit facility of $X", "loans for 10 billion euros".
        var debtBefore = Enumerable.Range(clauseStart, Math.Max(0, first - clauseStart)).Any(k => _oneRaiseDebtWords.Contains(words[k].Lower));
        if (strong && debtBefore)
        {
            return true;
        }

        // "raised $222m in an initial public offering", "raise Rs 12,000 crore through fresh issue of shares in its upcoming IPO", "the listing
        // … could see Riverstone Holdings raise between £500m and £1bn", "net proceeds from the global offering".
        if (strong && (InClause(_oneRaiseOfferingWords) || OneRaiseWordsAfter(words, next, _oneRaiseOfferingWords)))
        {
            return true;
        }

        // "has raised $2.7 billion for its latest private equity fund", "is seeking to raise $1bn for the fund", "This fund secured an
        // impressive 244.2 billion won", "has raised $108m from limited partners … for its second Africa-focused fund", "raised $115 million to
        // invest in European startup technology firms".
        // "The BlackRock Real Assets fund announced a first close in July, securing $1.5bn of capital", "closing the biggest fund yet in the
        // country, banking $700 million": a fund closed earlier in the sentence.
        var fundClosedBefore = Enumerable.Range(0, first).Any(k => _oneRaiseFundWords.Contains(words[k].Lower))
            && Enumerable.Range(0, first).Any(k => words[k].Lower is "close" or "closing" or "closed");
        return strong && (InClause(_oneRaiseFundWords) || OneRaiseToInvestAfter(words, next) || fundClosedBefore);
    }

    /// <summary>Whether a total, many raisers, debt owed or paid, a per-share price or one named giver's loan rules the frame out.</summary>
    private static bool IsOneRaiseExcluded(List<Word> words, int first, int last, int cue, int verb, int clauseStart, int clauseEnd, int next)
    {
        if (IsPerShare(words, next) || (next < words.Count && words[next].Lower is "apiece" or "each"))
        {
            return true;
        }

        // Totals, periods and debt owed are read to the sentence's end (a comma does not end them: "…, Accel and Index Ventures since April").
        var wideEnd = OneRaiseSentencePartEnd(words, next);
        for (var k = clauseStart; k < wideEnd; k++)
        {
            if (k >= first && k <= last)
            {
                continue;
            }

            var lower = words[k].Lower;
            if (_oneRaiseOwedWords.Contains(lower) && !words[k].IsCapitalised && !(lower == "net" && k + 1 < words.Count && words[k + 1].Lower == "proceeds"))
            {
                return true;
            }

            if (_notOneRoundTotalWords.Contains(lower) || lower is "altogether" or "lifetime" or "since" or "across" or "respectively")
            {
                return true;
            }

            // "over a series of deals in the past 18 months", "since its founding": a period's or a life's money.
            var period = lower == "past" && k + 1 < words.Count && (words[k + 1].Lower.Any(char.IsDigit) || words[k + 1].Lower is "year" or "years" or "months" or "decade" or "two" or "three" or "few");
            var ofLife = lower == "founding" && k >= 1 && words[k - 1].Lower is "its" or "their" or "his" or "her" or "the";
            var manyDeals = lower is "deals" && k >= 1 && (words[k - 1].Lower.Any(char.IsDigit) || words[k - 1].Lower is "of" or "several" or "many" or "multiple");
            if (period || ofLife || manyDeals)
            {
                return true;
            }

            // "for about $4 billion, including debt": a price's part.
            if (lower == "including" && k + 1 < words.Count && words[k + 1].Lower == "debt")
            {
                return true;
            }

            // "Japan's megabanks plan loans of as much as 2 trillion yen": the lenders as the subject, their money lent.
            // A bank named as the raiser of a fund is no lender ("Bank Leumi closed its latest fund at $X").
            if (k < first && lower is "banks" or "megabanks" or "lenders" or "bank" or "lender" && !(words[k].IsCapitalised && words.Any(w => _oneRaiseFundWords.Contains(w.Lower))) && !Enumerable.Range(Math.Max(0, k - 4), Math.Min(4, k)).Any(j => words[j].Lower is "with" or "from" or "to" or "by" or "of" or "among"))
            {
                return true;
            }

            // "Startups based in Southeast Asia raised", "Companies working on autonomous vehicles raised": many raisers as the subject.
            if (k < verb && _oneRaiseManyRaisers.Contains(lower) && (k == 0 || !words[k].IsCapitalised || lower is "vcs" or "ipos") && !words[k].Possessive && !(k >= 1 && words[k - 1].Lower is "its" or "their" or "of" or "from"))
            {
                return true;
            }
        }

        // "has raised more than $18bn in debt and equity financing": all a company has raised in both forms, a total to date.
        // "had raised more than $800 million in venture funding and $250 million in debt financing": the same, in two figures.
        var phraseStart = OneRaiseClauseStart(words, first, 0);
        var perfect = Enumerable.Range(phraseStart, Math.Max(0, first - phraseStart)).Any(k => words[k].Lower is "has" or "have" or "had" && k + 1 < first && _oneRaiseStrongVerbs.Contains(words[k + 1].Lower));
        var bothForms = Enumerable.Range(next, Math.Max(0, Math.Min(words.Count, next + 6) - next)).Any(k => (words[k].Lower == "equity" && words[k - 1].Lower == "and") || (words[k].Lower == "and" && k + 1 < words.Count && words[k + 1].Lower == "equity"));
        var figureBefore = Enumerable.Range(phraseStart, Math.Max(0, cue - phraseStart)).Any(k => IsOneRaiseMoneyWord(words, k)) && cue >= 1 && words[cue - 1].Lower == "and";
        if (perfect && (bothForms || figureBefore) && !words.Any(w => w.Lower is "combination"))
        {
            return true;
        }

        // "474 funds raised", "China-focused VC funds raised", "First-time share sales in Hong Kong have raised": many raisers.
        if (verb >= 1 && (_oneRaiseManyRaisers.Contains(words[verb - 1].Lower) || (verb >= 2 && words[verb - 1].Lower is "have" or "has" && _oneRaiseManyRaisers.Contains(words[verb - 2].Lower))))
        {
            return true;
        }

        // "replace Metro's existing A$15-million short-term debt facility": debt already owed.
        if (Enumerable.Range(Math.Max(0, first - 3), Math.Min(3, first)).Any(k => words[k].Lower is "existing" or "current" or "previous"))
        {
            return true;
        }

        // "from Sterling Bank", "from the European Investment Bank (EIB)", "a $4.0 million loan facility with one of its major shareholders,
        // Freefire Technology": one giver after the figure ("with" only after a debt noun).
        for (var k = next; k < words.Count && k - next <= 8 && !(words[k].EndsPhrase && k > next && !words[k].InBrackets); k++)
        {
            var withLender = words[k].Lower == "with" && k > next && words[k - 1].Lower is "facility" or "loan" or "loans" or "agreement" or "line";
            if ((words[k].Lower == "from" || withLender) && k + 1 < words.Count)
            {
                var giver = k + 1;
                while (giver < words.Count && words[giver].Lower is "the" or "a")
                {
                    giver++;
                }

                if (giver + 1 < words.Count && words[giver].Lower == "one" && words[giver + 1].Lower == "of")
                {
                    return true;
                }

                // "from 360 One": a name may open with a number.
                var named = giver < words.Count && (words[giver].IsCapitalised || (words[giver].Lower.All(char.IsDigit) && giver + 1 < words.Count && words[giver + 1].IsCapitalised));
                return named && !words.Skip(giver).Take(8).Any(w => w.Lower is "and" or "including" or "banks" or "lenders" or "investors");
            }
        }

        // "announced a seven-year €300 million loan to SES": the lender's money to a named borrower.
        var loanTo = OneRaiseHeadAfter(words, next);
        if (loanTo >= 0 && words[loanTo].Lower is "loan" or "loans" && loanTo + 1 < words.Count && words[loanTo + 1].Lower == "to" && loanTo + 2 < words.Count && words[loanTo + 2].IsCapitalised)
        {
            return true;
        }

        // "the Fund said it will also provide an $800 million loan", "Standard Chartered gave debt financing of $200 million".
        return cue >= 1 && Enumerable.Range(Math.Max(0, cue - 4), Math.Min(4, cue)).Any(k => _oneRaiseGiverVerbs.Contains(words[k].Lower));
    }

    /// <summary>The first word of the figure's hedges and range: "as much as $X", "between $7 billion and $8 billion" → "between".</summary>
    private static int OneRaiseCueStart(List<Word> words, int first)
    {
        var i = NotOneRoundCueStart(words, first);
        // "at a little over Rs 8,000 crore", "a bit more than $X": a hedge of two words before the cue's.
        if (i >= 2 && words[i - 1].Lower is "little" or "bit" or "shade" or "tad" && words[i - 2].Lower == "a" && !words[i - 2].EndsPhrase && !words[i - 1].EndsPhrase)
        {
            i = NotOneRoundCueStart(words, i - 2);
        }

        // "between $750 million and $1 billion": the second figure's cue is the first's.
        while (i >= 2 && words[i - 1].Lower is "and" or "to" && (words[i - 2].Lower.Any(char.IsDigit) || _raisedTotalFigureWords.Contains(words[i - 2].Lower)))
        {
            var j = i - 2;
            while (j >= 1 && (words[j - 1].Lower.Any(char.IsDigit) || _raisedTotalFigureWords.Contains(words[j - 1].Lower)) && !words[j - 1].EndsPhrase)
            {
                j--;
            }

            i = NotOneRoundCueStart(words, j);
            if (i >= 1 && words[i - 1].Lower == "between")
            {
                i--;
            }
        }

        return i;
    }

    /// <summary>The raise verb before the cue in its clause, within eight words (a noun or two between: "raised a $5 billion", "secure loans for").</summary>
    private static int OneRaiseVerbBefore(List<Word> words, int cue, int floor)
    {
        for (var j = cue - 1; j >= Math.Max(0, floor) && cue - j <= 8; j--)
        {
            if (words[j].EndsPhrase && !words[j].InBrackets)
            {
                return -1;
            }

            if (_oneRaiseVerbs.Contains(words[j].Lower))
            {
                return j;
            }

            if (words[j].Lower is "which" or "that" or "while" or "whereas" or "but")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first word of the figure's clause (after the last phrase end before it, not before the previous figure).</summary>
    private static int OneRaiseClauseStart(List<Word> words, int first, int floor)
    {
        var j = first - 1;
        while (j >= Math.Max(0, floor) && !(words[j].EndsPhrase && !words[j].InBrackets && words[j].After != ',' ))
        {
            j--;
        }

        return Math.Max(Math.Max(0, floor), j + 1);
    }

    /// <summary>The word after the figure's clause (a semicolon, a dash or the sentence's end).</summary>
    private static int OneRaiseClauseEnd(List<Word> words, int next)
    {
        var k = next;
        while (k < words.Count && !(words[k].After is ';' or '—' or '–' or ',' && !words[k].InBrackets))
        {
            k++;
        }

        return Math.Min(words.Count, k + 1);
    }

    /// <summary>The word after the figure's part of the sentence (a semicolon, a dash or the sentence's end).</summary>
    private static int OneRaiseSentencePartEnd(List<Word> words, int next)
    {
        var k = next;
        while (k < words.Count && !(words[k].After is ';' or '—' or '–'))
        {
            k++;
        }

        return Math.Min(words.Count, k + 1);
    }

    /// <summary>The head noun of the figure's noun phrase, within four words after it: "$5 billion debt raise" → "raise", "$400 million fund" → "fund".</summary>
    private static int OneRaiseHeadAfter(List<Word> words, int next)
    {
        for (var k = next; k < words.Count && k - next < 5; k++)
        {
            var lower = words[k].Lower;
            var debtAlone = lower == "debt" && !(k + 1 < words.Count && _oneRaiseHeadNouns.Contains(words[k + 1].Lower));
            if (_oneRaiseHeadNouns.Contains(lower) || _oneRaiseFundWords.Contains(lower) || debtAlone)
            {
                return k;
            }

            if ((_stopAfterNoun.Contains(lower) && lower is not ("a" or "an")) || words[k].EndsPhrase)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>One of the words within six words after the figure, through links: "$X in debt", "$X of new debt", "$X through loans and bonds".</summary>
    private static bool OneRaiseWordsAfter(List<Word> words, int next, HashSet<string> set)
    {
        for (var k = next; k < words.Count && k - next < 7; k++)
        {
            if (set.Contains(words[k].Lower))
            {
                return true;
            }

            if (words[k].EndsPhrase && !words[k].InBrackets)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A money word: "$800", "€55m", or a number before "million"/"billion".</summary>
    private static bool IsOneRaiseMoneyWord(List<Word> words, int k) =>
        !words[k].InBrackets && words[k].Core.Length > 0
        && (words[k].Core[0] is '$' or '€' or '£' or '¥' || (words[k].Core.Any(char.IsDigit) && k + 1 < words.Count && words[k + 1].Lower is "million" or "billion" or "trillion" or "bn" or "mn" or "crore"));

    /// <summary>"$X in debt financing", "$X of new debt", "$X in new debt commitments", "$X in debt funding": debt raised, said after the figure.</summary>
    private static bool OneRaiseDebtRaisedAfter(List<Word> words, int next)
    {
        if (next + 1 >= words.Count || words[next].Lower is not ("in" or "of"))
        {
            return false;
        }

        var k = next + 1;
        var fresh = false;
        while (k < words.Count && words[k].Lower is "new" or "fresh" or "more" or "additional" or "venture" or "green" or "senior")
        {
            fresh |= words[k].Lower is "new" or "fresh" or "additional" or "more";
            k++;
        }

        return k < words.Count && words[k].Lower == "debt" && (fresh || (k + 1 < words.Count && words[k + 1].Lower is "financing" or "funding" or "raise" or "round" or "commitments"));
    }

    /// <summary>"raised $115 million to invest in …", "raised $500 million to back the next wave of startups": money raised to invest, a fund's raise.</summary>
    private static bool OneRaiseToInvestAfter(List<Word> words, int next) =>
        next + 1 < words.Count && words[next].Lower == "to" && words[next + 1].Lower is "invest" or "back" or "deploy" or "help";
}
