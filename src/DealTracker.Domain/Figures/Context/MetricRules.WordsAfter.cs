using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The words after the figure (steps 1 and 3 of <see cref="ClassifyWords"/>): a noun right after it ("a $4bn stake"), a
/// clause or a preposition phrase after it ("$X in new capital", "$X from Google", "the $X the company has raised").
/// </summary>
internal static partial class MetricRules
{
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
            if (i == next && words[i].Lower is "target" or "goal" or "hard-cap" && SpeaksOfRaising(sentence) && !ForAFund(words, next))
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
                // "a $2 billion equity investment round", "a $243m investment fund": the last noun of the compound is its head; a series'
                // letter is part of it ("its $7.3 billion Series E valuation").
                while (i + 1 < words.Count && !words[i].EndsPhrase)
                {
                    var step = SeriesLetterAfter(words, i) ? 2 : 1;
                    if (i + step >= words.Count || (step == 2 && words[i + 1].EndsPhrase) || NounMetric(sentence, i + step, last) is not { } head)
                    {
                        break;
                    }

                    found = head;
                    i += step;
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

    /// <summary>"Series E", "Series B-2", "Series E1": the round's letter after "series".</summary>
    private static bool SeriesLetterAfter(List<Word> words, int series) =>
        words[series].Lower == "series" && series + 1 < words.Count && words[series + 1].Core is { Length: > 0 and <= 4 } letter && char.IsUpper(letter[0])
        && letter.Skip(1).All(c => char.IsDigit(c) || c == '-' || char.IsUpper(c));

    /// <summary>What one noun after the figure makes it: "stake", "round", "valuation", "revenue", "contract", "fund", "company".</summary>
    private static (Metric? Metric, bool Found)? NounMetric(SentenceWords sentence, int i, int last)
    {
        var lower = sentence.Words[i].Lower;
        if (ValueOrRevenueNoun(sentence, i, last) is { } named)
        {
            return named;
        }

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
            return DealNounMetric(sentence, i, last, lower);
        }

        // "a DKK1bn holding in AIP Infrastructure II": a stake by another word.
        if (lower == "holding" && i + 1 < sentence.Words.Count && sentence.Words[i + 1].Lower == "in" && !sentence.Words[i].EndsPhrase)
        {
            return (Metric.Investment, true);
        }

        return _otherNouns.Contains(lower) || lower is "firm" or "vehicle" or "arm" or "trust" or "pool" or "unit" or "units" or "consortium"
            ? (null, true) : null;
    }

    /// <summary>What a deal noun after the figure makes it: a takeover (other), a stake bought, a compute deal or a commitment; else null.</summary>
    private static (Metric? Metric, bool Found)? DealNounMetric(SentenceWords sentence, int i, int last, string lower)
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
        // "Nebius signed a $17.4 billion pact with Microsoft": a deal a cloud-capacity seller strikes, named in the same clause.
        var end = ClauseEnd(sentence.Words, last + 1, 15);
        return sentence.MentionsCompute(last + 1, end) || sentence.MentionsCompute(last - 8, last)
            || Enumerable.Range(Math.Max(0, last - 8), end - Math.Max(0, last - 8)).Any(k => _computeCompanies.Contains(sentence.Words[k].Lower))
            ? (Metric.ComputeCommitment, true)
            : lower is "commitment" or "commitments" ? (Metric.Investment, true) // "a $300m commitment to a follow-up alliance"
            : null;
    }

    /// <summary>Whether the sentence speaks of raising money ("raised", "fundraising", "fund", "round").</summary>
    private static bool SpeaksOfRaising(SentenceWords sentence) =>
        sentence.Words.Any(w => w.Lower is "raise" or "raised" or "raising" or "raises" or "fundraising" or "fund-raising" or "fund" or "funds"
            or "round" or "funding");

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
        // Since the earnings-revenue sweep: "for $200 million a year ago" dates the figure; it is no yearly amount.
        if (lead is "a" && i + 1 < words.Count && words[i + 1].Lower is "year" or "month" or "quarter"
            && !(i + 2 < words.Count && words[i + 2].Lower is "ago" or "earlier" or "before" or "later" or "after" or "prior"))
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

        if (PassiveVerbAfter(words, i, lead) is { } passive)
        {
            return (passive, true);
        }

        // "US$500 million would come from others", "came from Temasek"; "set aside $2 billion to invest in the startup".
        return GivenAfter(words, i, lead) || BuysSharesAfter(words, i, lead) ? (Metric.Investment, true) : null;
    }

    /// <summary>"$7.5 billion will be raised with equity", "$2 billion was invested": the metric a passive verb after the figure gives, or null.</summary>
    private static Metric? PassiveVerbAfter(IReadOnlyList<Word> words, int i, string lead)
    {
        if (lead is "will" or "would" or "was" or "were" or "is" or "are" or "has" or "had" or "have")
        {
            var verb = Window(words, i + 1, 2).FirstOrDefault(w => w is "raised" or "invested" or "valued");
            if (verb is not null)
            {
                return verb switch { "raised" => Metric.RoundSize, "invested" => Metric.Investment, _ => Metric.Valuation };
            }
        }

        return null;
    }

    /// <summary>Whether the words after the figure buy shares with it: "to buy Intel common stock", "for a 25 per cent stake".</summary>
    private static bool BuysSharesAfter(IReadOnlyList<Word> words, int i, string lead)
    {
        // "spend $5 billion to buy Intel common stock".
        if (lead == "to" && i + 1 < words.Count && words[i + 1].Lower is "buy" or "acquire" or "purchase"
            && Window(words, i + 2, 4).Any(w => w is "stock" or "shares" or "stake" or "equity"))
        {
            return true;
        }

        // "paying $1.5 billion for a stake in Epic Games", "pay $1.5 billion for a 25 per cent stake", "spent $586m on an 18% stake";
        // since the stakes-control realignment a majority too ("for a 51 percent stake", "for the remaining shares").
        return lead is "for" or "on" && Window(words, i + 1, 6).Any(w => w is "stake" or "stakes" or "shares" or "interest" or "holding");
    }

    /// <summary>"$10 billion a year in revenue"; "burning $1 billion a month"; "pay Oracle $30 billion a year for data center capacity".</summary>
    private static (Metric? Metric, bool Found) PerPeriod(IReadOnlyList<Word> words, int i) =>
        Window(words, i + 2, 4).Any(w => _revenueNouns.Contains(w)) ? (Metric.Revenue, true)
        : i + 2 < words.Count && words[i + 2].Lower == "for" && Window(words, i + 3, 4).Any(_computeWords.Contains) ? (Metric.ComputeCommitment, true)
        : words[i + 1].Lower == "year" && !IsSpendingBefore(words, i) ? (Metric.Revenue, true) : (null, true);

    /// <summary>
    /// Since the twenty-first session: "will boost global spending in the sector to $250 billion a year", "capex of $40 billion a year": a
    /// yearly sum of spending, before the figure in its clause, is no one's sales; since the twenty-fourth, a yearly sum paid or provided.
    /// </summary>
    private static bool IsSpendingBefore(IReadOnlyList<Word> words, int i)
    {
        for (var k = i - 1; k >= 0 && i - k <= 12; k--)
        {
            if (k < i - 1 && words[k].EndsPhrase)
            {
                return false;
            }

            if (words[k].Lower is "spending" or "spend" or "spends" or "capex" or "expenditure" or "expenditures" or "outlays" or "budget" or "budgets")
            {
                return true;
            }

            // Since the twenty-fourth session: money someone pays or provides yearly is what it costs them, not sales ("YouTube will pay
            // just over $2bn a year for retail Sunday Ticket subscriptions", "could provide $10 billion a year to the grid"); compute paid
            // for yearly is read before this (PerPeriod).
            if (words[k].Lower is "pay" or "pays" or "paying" or "paid" or "provide" or "provides" or "providing" or "provided" && k >= i - 6)
            {
                return true;
            }
        }

        return false;
    }

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

        return lead == "in" && FundingForACompany(sentence, i) ? (Metric.Investment, true) : MoneyNounAfter(lead, next);
    }

    /// <summary>"$500 million in funding for the self-driving car startup Wayve": funding given to a named company is a backer's investment.</summary>
    private static bool FundingForACompany(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        return i + 2 < words.Count && words[i + 1].Lower is "funding" or "financing" && words[i + 2].Lower == "for"
            && sentence.OrganisationAfterDescriptor(i + 3 < words.Count && words[i + 3].Lower == "the" ? i + 4 : i + 3) is not null;
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

        // Since the reader-gaps sweep: "through convertible loans", "via convertible debt" turn into shares, equity-like as in the
        // raised-totals rules; not a listed company's convertible senior notes.
        var convertible = next.Take(2).Contains("convertible") && !next.Take(4).Contains("senior");
        return next.Take(4).Any(w => _otherNouns.Contains(w) && !(convertible && w is "debt" or "loan" or "loans" or "bond" or "bonds"))
            ? (null, true) : (null, false);
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

        return FromAGroupOrPlace(words, i, j);
    }

    /// <summary>Money from companies or investors as a group, or from a place taken whole, after word <paramref name="i"/>: an investment, or null.</summary>
    private static (Metric? Metric, bool Found)? FromAGroupOrPlace(List<Word> words, int i, int j)
    {
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
}
