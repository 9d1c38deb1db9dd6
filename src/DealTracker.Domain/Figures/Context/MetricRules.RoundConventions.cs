using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The labelling conventions M4–M7 of issue 12 (docs/issue-reading/conventions.md), read last, for their whole class:
/// <list type="bullet">
/// <item>M6: a loan or a credit facility is other, however it is raised or given: a loan noun in the figure's own phrase ("a $1 billion
/// syndicated senior secured credit facility", "a $280 million green loan"), a loan before it ("a loan of around S$5bn", "signed loan
/// agreements for $810 million", "may borrow US$50 billion", "a senior debt facility with $20 million of commitments"), banks or lenders
/// its raiser talks to or takes it from ("in talks with banks to raise about $5 billion", "is raising about $15 billion from a group of
/// international banks", "secured RMB11.5 billion in debt from domestic banks"), or a loan it comes through ("raise more than $3 billion
/// through a five-year loan"); never a convertible, equity, shares or an offering;</item>
/// <item>M6: a company's own note or bond sale, or its debt round, is a round size ("a $25 billion note sale", "raising Rs 1,700 crore in a
/// debt round from 360 One");</item>
/// <item>M5: money raised over a company's life or from several deals is other, not one round: a span that says so ("to date", "so far",
/// "since its launch", "in total funding", "its total raised", "from 13 global investors", "through eight transactions", "a combined",
/// "a fundraising spree"), unless a round noun names the one round the figure is;</item>
/// <item>M4: a threshold many rounds or startups passed ("56 rounds of $100 million or more", "49 startups raised $100 million or more") is
/// other;</item>
/// <item>M5: a fund closed with commitments, or one of the funds a manager raised, is a round size ("closed its fourth mezzanine fund,
/// securing a total of $377 million of commitments", "has raised two new funds — a $900m fund …");</item>
/// <item>M7: money to buy chips, servers or capacity from another company is a compute commitment ("an agreement with Dell Technologies to
/// purchase the chips and ancillary equipment for about $5.8 billion", "a hardware deal … worth $40 billion", "a $10 billion deal with a
/// chip company").</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of a loan: "loan", "credit line", "bridge loan".</summary>
    private static readonly HashSet<string> _loanNouns = new(StringComparer.Ordinal)
    {
        "loan", "loans", "borrowing", "borrowings", "overdraft", "revolver",
    };

    /// <summary>Words before "facility" or "line" that make it a loan: "credit facility", "term loan facility", "debt facility".</summary>
    private static readonly HashSet<string> _facilityKinds = new(StringComparer.Ordinal)
    {
        "credit", "loan", "debt", "financing", "finance", "term", "revolving", "lending",
    };

    /// <summary>Consumer loans a lender's business is about, no loan to the raiser: "to help with car loans".</summary>
    private static readonly HashSet<string> _consumerLoanKinds = new(StringComparer.Ordinal)
    {
        "car", "auto", "home", "student", "consumer", "personal", "micro", "small", "mortgage", "business", "sme", "payday",
    };

    /// <summary>Words that make money equity or a security, never a loan: "convertible", "shares", "an offering".</summary>
    private static readonly HashSet<string> _notLoanWords = new(StringComparer.Ordinal)
    {
        "convertible", "convertibles", "equity", "shares", "share", "stake", "stock", "ipo", "offering", "bond", "bonds", "notes", "note",
        "series", "round", "preferred", "debentures", "sukuk",
    };

    /// <summary>Spans that make money raised a total over time: "to date", "so far", "in total".</summary>
    private static readonly HashSet<string> _toDateWords = new(StringComparer.Ordinal)
    {
        "altogether", "lifetime", "to-date", "cumulatively", "cumulative", "spree",
    };

    /// <summary>Nouns that name one round: "a Series B round", "its seed".</summary>
    private static readonly HashSet<string> _oneRoundNouns = new(StringComparer.Ordinal)
    {
        "round", "rounds", "series", "seed", "tranche", "extension", "ipo", "offering", "placement",
    };

    /// <summary>Plural nouns of many deals or raisers a threshold counts: "rounds of $100 million or more".</summary>
    private static readonly HashSet<string> _roundManyNouns = new(StringComparer.Ordinal)
    {
        "rounds", "megarounds", "mega-rounds", "deals", "startups", "start-ups", "companies", "firms", "transactions", "raises", "fundings",
        "investments", "cheques", "checks", "unicorns",
    };

    /// <summary>Number words that count investors or deals: "from 13 global investors", "through eight transactions".</summary>
    private static readonly HashSet<string> _conventionCountWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    };

    /// <summary>Compute bought as goods or capacity: "the chips", "GPU servers", "computing capacity".</summary>
    private static readonly HashSet<string> _computeGoods = new(StringComparer.Ordinal)
    {
        "chips", "gpus", "processors", "servers", "accelerators", "compute", "capacity", "hardware", "supercomputers", "systems",
    };

    /// <summary>Compute words that make a deal noun one for compute: "a hardware deal", "a chip company".</summary>
    private static readonly HashSet<string> _computeKinds = new(StringComparer.Ordinal)
    {
        "hardware", "chip", "chips", "gpu", "gpus", "server", "servers", "compute", "computing", "semiconductor",
    };

    /// <summary>The conventions' reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, given the rules' <paramref name="metric"/>.</summary>
    internal static Metric? RoundConventionReading(SentenceWords sentence, int first, int last, int floor, Metric? metric)
    {
        var words = sentence.Words;
        if (first < 0 || last < first || last >= words.Count)
        {
            return metric;
        }

        var next = SkipConversion(words, last);
        if (metric is Metric.RoundSize or Metric.Investment && IsLoanMoney(sentence, first, next, floor))
        {
            return null;
        }

        if (metric is Metric.RoundSize && (IsRaisedOverTime(words, first, next, floor) || IsThresholdOfMany(words, first, next, floor)))
        {
            return null;
        }

        if (metric is null && (IsDebtRoundOrNoteSale(words, first, next) || IsFundClosedOrRaised(words, first, next, floor)))
        {
            return Metric.RoundSize;
        }

        return metric is null && IsComputeBoughtFor(words, first, next, floor) ? Metric.ComputeCommitment : metric;
    }

    /// <summary>The first word of the figure's clause: back to a phrase end, the floor or <paramref name="reach"/> words.</summary>
    private static int ConventionClauseStart(List<Word> words, int first, int floor, int reach)
    {
        var i = first;
        while (i - 1 >= Math.Max(0, floor) && first - (i - 1) <= reach && !words[i - 1].EndsPhrase)
        {
            i--;
        }

        return i;
    }

    /// <summary>The last word of the figure's clause after <paramref name="next"/>: up to a phrase end or <paramref name="reach"/> words.</summary>
    private static int ConventionClauseEnd(List<Word> words, int next, int reach)
    {
        if (next <= 0 || next >= words.Count || (words[next - 1].EndsPhrase && !words[next - 1].InBrackets))
        {
            return next - 1;
        }

        var i = next;
        while (i < words.Count && i - next < reach && !words[i].EndsPhrase)
        {
            // "had raised $7.2 billion and committed $4.4 billion …": a second verb starts a clause of its own.
            if (i + 1 < words.Count && ((words[i].Lower == "and" && words[i + 1].Lower.EndsWith("ed", StringComparison.Ordinal)) || words[i].Lower is "while" or "whereas"))
            {
                return i - 1;
            }

            i++;
        }

        return Math.Min(i, words.Count - 1);
    }

    private static bool IsLoanNounAt(List<Word> words, int i) =>
        i >= 0 && i < words.Count && (_loanNouns.Contains(words[i].Lower) && !(i > 0 && _consumerLoanKinds.Contains(words[i - 1].Lower))
            || (words[i].Lower is "facility" or "facilities" or "line" or "lines" && i > 0 && _facilityKinds.Contains(words[i - 1].Lower)));

    /// <summary>M6: the figure is a loan or a credit facility (see the class summary).</summary>
    private static bool IsLoanMoney(SentenceWords sentence, int first, int next, int floor)
    {
        var words = sentence.Words;
        if (words.Any(w => w.Lower is "convertible" or "convertibles"))
        {
            return false;
        }

        // The figure's own phrase: "a $1 billion syndicated senior secured credit facility", "a $750 million … term loan facility".
        for (var i = next; i < words.Count && i - next < 6; i++)
        {
            if (words[i].Lower == "convertible")
            {
                return false;
            }

            if (IsLoanNounAt(words, i))
            {
                return true;
            }

            if (_stopAfterNoun.Contains(words[i].Lower) || words[i].Lower is "through" or "via" or "under" or "per" or "between" or "against"
                || words[i].EndsPhrase)
            {
                break;
            }
        }

        var start = ConventionClauseStart(words, first, floor, 14);
        var end = ConventionClauseEnd(words, next, 10);
        for (var i = start; i <= end; i++)
        {
            if (i < first || i >= next)
            {
                if (_notLoanWords.Contains(words[i].Lower))
                {
                    return false;
                }
            }
        }

        // Before the figure: "a loan of around S$5bn", "signed loan agreements for $810 million", "may borrow US$50 billion", "the size of the
        // loan from an initial plan to raise up to $7 billion", "a senior debt facility with $20 million of commitments", "in talks with
        // local and international banks to raise about $5 billion", "the original cornerstone senior lender for BLK1 with a US$20 million".
        for (var i = start; i < first; i++)
        {
            var lower = words[i].Lower;
            if (IsLoanNounAt(words, i) || lower is "borrow" or "borrows" or "borrowed" or "borrowing"
                || (lower is "banks" or "lenders" or "lender" && sentence.NameAt[i] is null && !(i + 1 < words.Count && words[i + 1].IsCapitalised)
                    && LenderCounterparty(words, i)))
            {
                return true;
            }
        }

        // After it: "through a five-year loan", "in debt from banks", "from a group of international banks", "in the senior loan financing".
        for (var i = next; i <= end; i++)
        {
            var lower = words[i].Lower;
            if ((lower is "banks" or "lenders" && sentence.NameAt[i] is null && words.Skip(next).Take(i - next).Any(w => w.Lower == "from"))
                || (IsLoanNounAt(words, i) && words.Skip(next).Take(i - next).Any(w => w.Lower is "through" or "via" or "in" or "as" or "form")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "in talks with banks", "talking to banks", "as the original cornerstone senior lender": banks or a lender the raiser deals with,
    /// not "the lender" a sentence is about ("Barclays said the lender will invest £300 million").
    /// </summary>
    private static bool LenderCounterparty(List<Word> words, int at)
    {
        for (var i = at - 1; i >= 0 && at - i <= 5; i--)
        {
            if (words[i].Lower is "with" or "to" or "from" or "as" or "among" or "between")
            {
                return true;
            }

            if (words[i].EndsPhrase)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>M5: money raised that a span, a count of deals or investors, or "combined" makes a total over time (see the class summary).</summary>
    private static bool IsRaisedOverTime(List<Word> words, int first, int next, int floor)
    {
        // The clause, and the sentence's opening phrase when the figure is near it ("So far, it has raised", "Since its launch …, Finix has raised").
        var start = ConventionClauseStart(words, first, floor, 14);
        var openingEnd = -1;
        if (start > 0 && floor <= 0 && first <= 16)
        {
            openingEnd = start;
            start = 0;
        }

        var end = ConventionClauseEnd(words, next, 14);
        for (var i = Math.Max(0, start - 6); i < start; i++)
        {
            // "SoftBank's Vision Fund, which has so far secured $97.7bn": a fund's raise so far is its one raise.
            if (words[i].Lower is "fund" or "funds")
            {
                return false;
            }
        }

        var span = false;
        for (var i = start; i <= end; i++)
        {
            if (i >= first && i < next)
            {
                continue;
            }

            var lower = words[i].Lower;
            var after = i + 1 < words.Count ? words[i + 1].Lower : string.Empty;
            var afterNext = i + 2 < words.Count ? words[i + 2].Lower : string.Empty;

            // A round noun names the one round the figure is ("in a Series B round"), unless it is a part of the total ("most of it in a
            // Series B round", "including a $600 million round").
            if (_oneRoundNouns.Contains(lower) && i > openingEnd && !PartOfTheTotal(words, i, next))
            {
                return false;
            }

            span |= (lower == "to" && after == "date") || (lower is "so" or "thus" && after == "far") || (lower == "till" && after == "date")
                || _toDateWords.Contains(lower)
                || (lower == "total" && after is "funding" or "raised" or "financing" or "fundraising" or "capital" && i > 0
                    && (words[i - 1].Lower is "its" or "their" or "in" || words[i - 1].Possessive))
                || (lower == "since" && (after is "its" or "their" or "it" or "being" || afterNext is "founding" or "launch" or "inception"))
                || (_conventionCountWords.Contains(lower) || (int.TryParse(lower, out var n) && n > 1 && n < 1000)) && CountsDeals(words, i + 1)
                    && PerfectRaise(words, start, first);

            // "the largest private investment in nuclear fusion to date": a record to date, not a total; a fund's raise so far is its round.
            if ((lower == "date" && i >= 2 && words.Skip(Math.Max(0, i - 8)).Take(Math.Min(i, 8)).Any(w => w.Lower is "largest" or "biggest" or "highest" or "first" or "most" or "record"))
                || (i < first && lower is "fund" or "funds" or "vehicle"))
            {
                return false;
            }
        }

        // "Otonomo has raised $82 million, to date.": the span right after the figure's comma.
        span |= next + 1 < words.Count && words[next].Lower == "to" && words[next + 1].Lower == "date";
        return span && RaisedBefore(words, start, first);
    }

    /// <summary>"has raised", "had already raised", "have now raised": a raise in the perfect before the figure.</summary>
    private static bool PerfectRaise(List<Word> words, int start, int first)
    {
        for (var i = Math.Max(0, start); i < first; i++)
        {
            if (words[i].Lower is "raised" or "secured" or "collected")
            {
                for (var j = i - 1; j >= 0 && i - j <= 3; j--)
                {
                    if (words[j].Lower is "has" or "have" or "had")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A raise verb or noun before the figure: "has raised", "netted", "inject", "secured".</summary>
    private static bool RaisedBefore(List<Word> words, int start, int first)
    {
        for (var i = Math.Max(0, start); i < first; i++)
        {
            if (words[i].Lower is "raised" or "raise" or "raising" or "raises" or "secured" or "netted" or "inject" or "injected" or "garnered"
                or "collected" or "attracted" or "received" or "drawn" or "total" or "funding")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"from 13 global investors", "through eight transactions", "across five rounds": a count of investors or deals at <paramref name="i"/>.</summary>
    private static bool CountsDeals(List<Word> words, int i)
    {
        for (var j = i; j < words.Count && j - i < 3; j++)
        {
            if (words[j].Lower is "investors" or "backers" or "transactions" or "deals" or "rounds" or "tranches" or "investments")
            {
                return i - 2 >= 0 && words[i - 2].Lower is "from" or "through" or "across" or "over" or "in" or "by";
            }

            if (words[j].EndsPhrase)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>"most of it in a Series B round", "including a $600 million round", "of which $1.8bn came in a series F round".</summary>
    private static bool PartOfTheTotal(List<Word> words, int round, int next)
    {
        for (var i = round - 1; i >= next && round - i <= 8; i--)
        {
            if (words[i].Lower is "including" or "includes" or "which" or "it" or "latest" or "previous" or "last")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>M4: "56 rounds of $100 million or more", "49 US AI startups raised $100 million or more": a threshold many passed.</summary>
    private static bool IsThresholdOfMany(List<Word> words, int first, int next, int floor)
    {
        static bool OrMore(List<Word> words, int at) => at >= 0 && at + 1 < words.Count && words[at].Lower is "or" or "and"
            && words[at + 1].Lower is "more" or "above" or "higher" or "greater" or "larger" or "over" or "up";
        var more = OrMore(words, next) || OrMore(words, next - 2);
        // "had raised $100 million or more in a single round": a round's size some raisers reached is read by the rules of rounds.
        if (!more || Window(words, next, 6).Any(w => w is "single" or "one"))
        {
            return false;
        }

        var start = ConventionClauseStart(words, first, floor, 10);
        for (var i = start; i < first; i++)
        {
            if (_roundManyNouns.Contains(words[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>M6 and M5: "a $25 billion note sale", "raising Rs 1,700 crore ($193 million) in a debt round": the raiser's own debt sale or round.</summary>
    private static bool IsDebtRoundOrNoteSale(List<Word> words, int first, int next)
    {
        var after = Window(words, next, 6).ToList();

        // "markets $999 million bonds", "privately sold about $27 billion of bonds": the seller's own bonds or notes.
        var seller = BeforeFillers(words, first);
        var bonds = after.Count >= 1 && after[0] is "bonds" or "notes" || (after.Count >= 2 && after[0] == "of" && after[1] is "bonds" or "notes");
        if (bonds && seller >= 0 && words[seller].Lower is "sold" or "sell" or "sells" or "selling" or "issue" or "issued" or "issues" or "issuing" or "markets"
            or "marketed" or "marketing" or "priced" or "prices" or "pricing" or "launched" or "launches" or "launching")
        {
            return true;
        }

        for (var i = 0; i + 1 < after.Count && i < 3; i++)
        {
            if (after[i] is "note" or "notes" or "bond" or "bonds" or "debt" or "debenture" && after[i + 1] is "sale" or "offering" or "issue" or "issuance")
            {
                return true;
            }
        }

        var k = after.Count > 0 && after[0] == "in" ? 1 : -1;
        if (k < 0)
        {
            return false;
        }

        while (k < after.Count && after[k] is "a" or "an" or "its" or "the" or "new" or "fresh")
        {
            k++;
        }

        return k + 1 < after.Count && after[k] == "debt" && after.Skip(k + 1).Take(2).Contains("round");
    }

    /// <summary>
    /// M5: "closed its fourth mezzanine fund, securing a total of $377 million of commitments", "has raised two new funds — a $900m fund …
    /// and a $2bn growth fund": the money a manager raised or closed one fund with.
    /// </summary>
    private static bool IsFundClosedOrRaised(List<Word> words, int first, int next, int floor)
    {
        var commitments = Window(words, next, 3).Take(3).ToList() is var after && after.Count >= 2 && after[0] is "of" or "in"
            && after.Skip(1).Take(2).Contains("commitments");
        var fundAfter = false;
        for (var i = next; i < words.Count && i - next < 4 && !commitments; i++)
        {
            if (words[i].Lower == "fund")
            {
                fundAfter = true;
                break;
            }

            if (_stopAfterNoun.Contains(words[i].Lower) || words[i].EndsPhrase)
            {
                break;
            }
        }

        // "— a $900m fund to back startups": one fund named by its size; not "of its $8 billion Growth Fund III" (its size alone).
        var article = BeforeFillers(words, first);
        fundAfter &= article >= 0 && words[article].Lower is "a" or "an";
        if (!commitments && !fundAfter)
        {
            return false;
        }

        // Back over the sentence (its phrases too) for the manager's verb and the fund: "closed its fourth … fund", "raised two new funds".
        var verb = false;
        var fund = fundAfter;
        for (var i = first - 1; i >= 0 && first - i <= 20; i--)
        {
            var lower = words[i].Lower;
            fund |= lower is "fund" or "funds";
            verb |= lower is "closed" or "closes" or "closing" or "close" || (fundAfter && lower is "raised" or "raises" or "raising");

            // "474 funds raised $66.9 billion in capital commitments": many funds' money is a market's.
            if (lower is "funds" && i > 0 && int.TryParse(words[i - 1].Lower.Replace(",", string.Empty, StringComparison.Ordinal), out var n) && n > 2)
            {
                return false;
            }
        }

        return verb && fund;
    }

    /// <summary>M7: money to buy chips, servers or capacity from another company (see the class summary).</summary>
    private static bool IsComputeBoughtFor(List<Word> words, int first, int next, int floor)
    {
        var start = ConventionClauseStart(words, first, floor, 14);

        // "to purchase the chips and ancillary equipment for about $5.8 billion".
        var before = BeforeFillers(words, first);
        if (before >= 0 && words[before].Lower == "for")
        {
            for (var i = start; i < before; i++)
            {
                if (words[i].Lower is "purchase" or "purchases" or "purchased" or "purchasing" or "buy" or "buys" or "buying" or "bought" or "procure"
                    or "procuring" or "rent" or "renting" or "lease" or "leasing"
                    && words.Skip(i + 1).Take(before - i - 1).Any(w => _computeGoods.Contains(w.Lower)))
                {
                    return true;
                }
            }
        }

        // "Oracle to buy $40bn of Nvidia chips", "agreed to buy $5 billion in artificial intelligence servers".
        if (before >= 0 && words[before].Lower is "buy" or "buys" or "buying" or "bought" or "purchase" or "purchases" or "purchasing" or "purchased"
            && next < words.Count && words[next].Lower is "of" or "in" or "worth"
            && Window(words, next, 5).Skip(1).Any(w => _computeGoods.Contains(w) && w is not "capacity" and not "systems"))
        {
            return true;
        }

        // "in a hardware deal alone reportedly worth $40 billion".
        for (var i = start; i < first; i++)
        {
            if (_dealNouns.Contains(words[i].Lower) && i > 0 && _computeKinds.Contains(words[i - 1].Lower)
                && words.Skip(i + 1).Take(first - i - 1).Any(w => w.Lower is "worth" or "valued" or "of"))
            {
                return true;
            }
        }

        // "another $10 billion deal with a chip company called Broadcom".
        var after = Window(words, next, 6).ToList();
        return after.Count >= 4 && _dealNouns.Contains(after[0]) && after[1] == "with"
            && after.Skip(2).Take(3).Any(w => _computeKinds.Contains(w) || w is "chipmaker" or "chipmakers")
            && after.Skip(2).Take(4).Any(w => w is "company" or "maker" or "makers" or "provider" or "firm" or "designer" or "supplier" or "chipmaker");
    }
}
