using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The fourteenth round: what the words saying what a figure is worth tell. A valuation named before it ("a total valuation of 12
/// billion euros", "the company is now worth €12 billion"), a round worth a figure ("a Series B round worth a hefty €93.2M"), a compute deal's value ("The contract … is worth up to $24 billion",
/// "with a base value of $17.4 billion"), money committed to compute ("committed $100 billion over ten years to AWS"), money
/// invested in a cloud company ("a $250 million investment in CoreWeave, a cloud services provider"), money already put in or added
/// ("the $8bn already poured in", "will add $1.5 billion more") and the next of a list of names with their amounts in brackets
/// ("Easy Go (€30 million), … Luma Vision (€20 million)").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words between a cue and its figure that do not change what the figure is: "worth <b>up to</b> $X", "valued at <b>about</b> $X".</summary>
    private static readonly HashSet<string> _hedgeWords = new(StringComparer.Ordinal)
    {
        "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "more", "than", "up", "least", "just", "close",
        "an", "a", "estimated", "staggering", "hefty", "whopping", "only", "as", "much", "potentially", "reportedly", "~",
    };

    /// <summary>Companies that rent out compute: an investment in one is in a company, not compute bought.</summary>
    private static readonly HashSet<string> _computeCompanies = new(StringComparer.Ordinal)
    {
        "coreweave", "nscale", "nebius", "crusoe", "lambda", "neocloud", "neoclouds",
    };

    /// <summary>Names of a deal that can carry a value: "the contract … is worth", "a four-year engagement valued at", "total committed spend".</summary>
    private static readonly HashSet<string> _valuedDealNouns = new(StringComparer.Ordinal)
    {
        "contract", "contracts", "agreement", "agreements", "deal", "deals", "engagement", "arrangement", "arrangements", "order", "orders",
        "lease", "leases", "pact", "commitment", "commitments", "spend",
    };

    /// <summary>The fourteenth round's reading of the figure at words <paramref name="first"/>..<paramref name="last"/>, or null when none applies.</summary>
    private static (Metric? Metric, bool Found)? FourteenthRoundReading(SentenceWords sentence, int first, int last, int floor, Metric? previous)
    {
        var words = sentence.Words;
        if (first < 0 || first >= words.Count || last >= words.Count || floor > first)
        {
            return null;
        }

        var next = SkipConversion(words, last);
        return ValuationNounBefore(words, first, floor)
            ?? CompanyNowWorth(words, first)
            ?? RoundWorth(words, first, floor)
            ?? InvestmentInAComputeCompany(sentence, first, next)
            ?? ComputeDealValue(sentence, first, next, floor, previous)
            ?? CommittedToComputeAfter(sentence, first, next)
            ?? MoneyAlreadyPutIn(words, next)
            ?? MoreAdded(words, first, floor, previous)
            ?? BracketedAfterAName(words, first, floor, previous);
    }

    /// <summary>The word before the figure once hedges and a currency word are skipped ("worth <b>up to</b> $X", "of <b>USD</b> 35 billion"), or -1.</summary>
    private static int CueBeforeHedges(IReadOnlyList<Word> words, int first, int floor)
    {
        var j = first - 1;
        while (j >= Math.Max(floor, 0) && j >= first - 5 && (_hedgeWords.Contains(words[j].Lower) || _currencyWords.Contains(words[j].Lower)) && !words[j].EndsPhrase)
        {
            j--;
        }

        // "a funding round worth of around $1 billion".
        j = j >= 1 && j >= floor && words[j].Lower == "of" && words[j - 1].Lower == "worth" ? j - 1 : j;
        return j >= Math.Max(floor, 0) && !words[j].EndsPhrase ? j : -1;
    }

    /// <summary>
    /// "reaching a total valuation of 12 billion euros through external financing", "a total enterprise valuation of about US$5.2
    /// billion", "taking the enterprise valuation of Flipkart to USD 35 billion": a valuation named just before the figure, whatever
    /// round is named after it. Not the valuation of a stake or holding.
    /// </summary>
    private static (Metric? Metric, bool Found)? ValuationNounBefore(IReadOnlyList<Word> words, int first, int floor)
    {
        var j = CueBeforeHedges(words, first, floor);
        if (j >= 1 && words[j].Lower is "is" or "was" or "now" or "stands" or "stood" or "at")
        {
            return ValuationIsFigure(words, j, floor);
        }

        if (j < 1 || words[j].Lower is not ("of" or "at" or "to"))
        {
            return null;
        }

        // "the enterprise valuation of Flipkart to": a name between the noun and "to"; "a valuation in excess of".
        var k = j >= 3 && words[j].Lower == "of" && words[j - 1].Lower == "excess" && words[j - 2].Lower == "in" ? j - 3 : j - 1;
        if (words[j].Lower == "to")
        {
            while (k >= Math.Max(floor, 1) && k >= j - 5 && words[k].IsCapitalised && !words[k].EndsPhrase)
            {
                k--;
            }

            k = k < j - 1 && words[k].Lower == "of" ? k - 1 : k;
        }

        return k >= Math.Max(floor, 0) && words[k].Lower is "valuation" or "valuations" && !words[k].EndsPhrase
            && !words.Skip(k + 1).Take(first - k - 1).Any(w => w.Lower is "stake" or "stakes" or "holding" or "holdings")
            ? (Metric.Valuation, true)
            : null;
    }

    /// <summary>
    /// "The company's valuation after this funding round is now 1.2 billion pounds": a valuation that is the figure, the noun opening
    /// the clause a few words before the verb.
    /// </summary>
    private static (Metric? Metric, bool Found)? ValuationIsFigure(IReadOnlyList<Word> words, int j, int floor)
    {
        var verb = words[j].Lower == "now" && j >= 1 ? j - 1 : words[j].Lower == "at" && j >= 1 ? j - 1 : j;
        if (words[verb].Lower is not ("is" or "was" or "stands" or "stood"))
        {
            return null;
        }

        for (var k = verb - 1; k >= Math.Max(floor, verb - 6); k--)
        {
            if (words[k].EndsPhrase || words[k].Lower is "market" or "stake" or "stakes" or "holding" or "holdings" or "deal" or "contract")
            {
                return null;
            }

            if (words[k].Lower is "valuation")
            {
                return k == 0 || words[k - 1].Lower is not ("market") ? (Metric.Valuation, true) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Now the company is worth €12 billion", "the company is now worth about €12 billion", "making holding company City Football
    /// Group (CFG) worth £3.73bn": what a company is now worth, or what a deal makes it worth, is its valuation, unless the sentence speaks of shares, a market or a
    /// listing ("CoreWeave, which went public in March and is now worth about $45bn": market value).
    /// </summary>
    private static (Metric? Metric, bool Found)? CompanyNowWorth(IReadOnlyList<Word> words, int first)
    {
        var j = CueBeforeHedges(words, first, 0);
        if (j < 1 || words[j].Lower != "worth"
            || words.Any(w => w.Lower is "share" or "shares" or "stock" or "stocks" or "market" or "public" or "listed" or "listing" or "ipo" or "net"
                or "fortune" or "stake" or "stakes" or "holdings" or "each" or "apiece" or "per")
            || words.Zip(words.Skip(1)).Any(pair => pair.First.Lower == "holding" && pair.Second.Lower != "company"))
        {
            return null;
        }

        var k = j - 1;
        while (k >= 0 && (words[k].Lower is "is" or "was" or "now" or "already" or "currently" or "reportedly" or "be" or "been" or "being" or "are"
            || (words[k].InBrackets && k + 1 < words.Count && !words[k + 1].InBrackets)))
        {
            k--;
        }

        if (k < 0 || words[k].EndsPhrase)
        {
            return null;
        }

        // "the company is now worth": a company's new worth, in a sentence about no deal (whose worth it could be); "a fund worth HK$5
        // billion" is no company's.
        var companyNoun = (words[k].Lower is "company" or "firm" or "group" || IsStartupNoun(words[k].Lower)) && words.Take(j).Any(w => w.Lower == "now")
            && !words.Any(w => w.Lower is "deal" or "contract" or "agreement");
        var madeWorth = words[k].IsCapitalised && words.Skip(Math.Max(0, k - 6)).Take(k - Math.Max(0, k - 6)).Any(w => w.Lower is "making" or "makes" or "made" or "make");
        return companyNoun || madeWorth ? (Metric.Valuation, true) : null;
    }

    /// <summary>
    /// "a new fundraising which is rumored to be worth 600 million euros", "a Series B round worth a hefty €93.2M", "its total raised at
    /// more than $72 million": a round, or a company's total raised, is the figure it is worth. Not "funding deals worth €1.3 billion"
    /// (many deals: a market's total), "a financing framework worth up to $1.2 billion" (debt) nor a stake or a valuation named between.
    /// </summary>
    private static (Metric? Metric, bool Found)? RoundWorth(IReadOnlyList<Word> words, int first, int floor)
    {
        var j = CueBeforeHedges(words, first, floor);
        if (j >= 2 && words[j].Lower is "at" or "to" && words[j - 1].Lower == "raised" && words[j - 2].Lower == "total")
        {
            return (Metric.RoundSize, true);
        }

        if (j < 1 || words[j].Lower != "worth")
        {
            return null;
        }

        for (var k = j - 1; k >= Math.Max(floor, j - 8); k--)
        {
            var lower = words[k].Lower;
            if (words[k].EndsPhrase || lower is "stake" or "stakes" or "shares" or "valuation" or "company" or "startup" or "deals" or "rounds" or "fund")
            {
                return null;
            }

            if (lower is "round" or "fundraising" or "fund-raising" or "fundraise" or "raise")
            {
                return (Metric.RoundSize, true);
            }
        }

        return null;
    }

    /// <summary>
    /// "a $250 million investment in CoreWeave, a cloud services provider", "invest … £500 million in UK cloud services provider Nscale":
    /// money put into a company that rents out compute is an investment in it, not compute bought; "the $25 billion investment in Azure"
    /// (a cloud service) is left to the compute rules.
    /// </summary>
    private static (Metric? Metric, bool Found)? InvestmentInAComputeCompany(SentenceWords sentence, int first, int next)
    {
        var words = sentence.Words;
        var noun = next < words.Count && words[next].Lower == "equity" ? next + 1 : next;
        int target;
        if (noun + 1 < words.Count && words[noun].Lower is "investment" or "investments" or "stake" && words[noun + 1].Lower is "in" or "into")
        {
            target = noun + 2;
        }
        else if (next < words.Count && words[next].Lower is "in" or "into"
            && words.Take(first).Any(w => w.Lower is "invest" or "invests" or "invested" or "investing" or "investment" or "investments"))
        {
            target = next + 1;
        }
        else
        {
            return null;
        }

        return !IsMajorityOrTakeover(words) && IsComputeCompany(words, target) ? (Metric.Investment, true) : null;
    }

    /// <summary>
    /// Whether the words from <paramref name="at"/> name a company that rents out compute: "CoreWeave", "the AI-focused cloud provider",
    /// "UK cloud services provider Nscale"; not a service ("Azure", "AWS", "Google Cloud", "cloud infrastructure").
    /// </summary>
    private static bool IsComputeCompany(IReadOnlyList<Word> words, int at)
    {
        var compute = false;
        for (var k = at; k < words.Count && k < at + 6; k++)
        {
            var lower = words[k].Lower;
            if (_computeCompanies.Contains(lower) && words[k].IsCapitalised)
            {
                return true;
            }

            if (lower is "azure" or "aws" or "oci" || (lower is "cloud" && words[k].IsCapitalised && k > at && words[k - 1].IsCapitalised))
            {
                return false;
            }

            compute |= IsComputeWord(lower) || lower is "ai" or "ai-focused" or "services" or "data" or "gpu";
            if (lower is "provider" or "providers" or "company" or "firm" or "startup" or "start-up" or "operator" or "specialist" or "group")
            {
                return compute;
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The value of a compute deal: "The contract, which, according to CNBC and the Financial Times, is worth up to $24 billion, includes …
    /// 200,000 Nvidia GB300 GPUs", "a five-year agreement … to secure AI computing infrastructure, with a base value of $17.4 billion, and options
    /// that could increase the total value to $19.4 billion", "a four-year engagement valued at over $1 billion", "Meta's total commitment to
    /// CoreWeave now stands at $35 billion", "extending a prior $14.2 billion contract". Only in a sentence about compute, with no takeover, and not a company's value ("The deal
    /// values STT GDC … at an enterprise value of S$13.8 billion").
    /// </summary>
    private static (Metric? Metric, bool Found)? ComputeDealValue(SentenceWords sentence, int first, int next, int floor, Metric? previous)
    {
        var words = sentence.Words;
        if (!MentionsComputeDeal(sentence) || IsMajorityOrTakeover(words) || previous is Metric.Investment or Metric.Valuation or Metric.RoundSize)
        {
            return null;
        }

        // "a prior $14.2 billion contract", "a prior $14.2 billion arrangement": an earlier compute deal; "led a $10 billion deal that took
        // data center operator QTS Realty Trust private" names no earlier deal.
        if (next < words.Count && words[next].Lower is "contract" or "arrangement" or "agreement" or "deal" or "lease" or "engagement"
            && first >= 2 && words[first - 1].Lower is "prior" or "previous" or "earlier" or "existing" or "original" or "initial"
            && !words[next - 1].EndsPhrase && !words.Take(first).Any(w => w.Lower is "invest" or "invested" or "investment" or "investing" or "stake"))
        {
            return (Metric.ComputeCommitment, true);
        }

        if (BracketedAfterADealPartner(words, first, floor) || DealNounAfterAComma(sentence, first, next))
        {
            return (Metric.ComputeCommitment, true);
        }

        var j = CueBeforeHedges(words, first, floor);
        if (j < 1 || !IsValueCue(words, j))
        {
            return null;
        }

        // The deal the value is of, at most 24 words back; past the figure before only when that one was compute too.
        var from = Math.Max(previous == Metric.ComputeCommitment ? 0 : floor, j - 24);
        var span = words.Skip(from).Take(j - from).ToList();
        return span.Any(w => _valuedDealNouns.Contains(w.Lower)) && !span.Any(w => w.Lower is "valuation" or "values" or "valuing" or "enterprise" or "stake" or "stakes" or "shares" or "invest" or "invested"
                or "investment")
            ? (Metric.ComputeCommitment, true)
            : null;
    }

    /// <summary>"AWS' deals with the CIA ($600 million)": an amount in brackets after the name a deal was made with.</summary>
    private static bool BracketedAfterADealPartner(IReadOnlyList<Word> words, int first, int floor)
    {
        if (first < 2 || !words[first].InBrackets || words[first - 1].InBrackets || !words[first - 1].IsCapitalised)
        {
            return false;
        }

        for (var k = first - 2; k >= Math.Max(floor, first - 5); k--)
        {
            if (words[k].Lower == "with" && k >= 1 && words[k - 1].Lower is "deal" or "deals" or "contract" or "contracts" or "agreement" or "agreements")
            {
                return true;
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "a staggering $300 billion, five-year cloud commitment between Oracle and OpenAI", "a $17.4 billion, five-year GPU supply agreement":
    /// the deal noun after a comma and a term, with a compute word between.
    /// </summary>
    private static bool DealNounAfterAComma(SentenceWords sentence, int first, int next)
    {
        var words = sentence.Words;
        if (next < 1 || next >= words.Count || words[next - 1].After != ',' || !(words[next].Lower.EndsWith("-year", StringComparison.Ordinal)
            || words[next].Lower is "multiyear" or "multi-year"))
        {
            return false;
        }

        for (var k = next + 1; k < words.Count && k <= next + 4; k++)
        {
            if (words[k].Lower is "commitment" or "contract" or "agreement" or "deal" or "lease")
            {
                return sentence.MentionsCompute(next + 1, k) || words.Skip(next + 1).Take(k - next - 1).Any(w => w.Lower is "gpu" or "gpus");
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"worth", "valued at", "value of", "reported at", "expanding to", "stands at", "reaches": words saying what something comes to.</summary>
    private static bool IsValueCue(IReadOnlyList<Word> words, int j)
    {
        var lower = words[j].Lower;
        var before = words[j - 1].Lower;
        return lower is "worth" or "reaches" or "reached" or "totals" or "totaled" or "totalled"
            || (lower == "at" && before is "valued" or "reported" or "stands" or "stood" or "priced")
            || (lower == "of" && before is "value" or "worth")
            || (lower == "to" && before is "value" or "expanding" or "expand" or "expands" or "rising" or "rises" or "grows" or "growing");
    }

    /// <summary>
    /// Money committed to compute, read after the figure past a stretch of time: "committed more than $100 billion over the next ten years to
    /// AWS technologies", "has committed more than $33 billion to neocloud providers including Nebius", "locking in more than $100bn in AWS
    /// cloud spending", "had committed to $3 billion in cloud spending", "has committed to spending more than $100 billion on Amazon Web Services".
    /// </summary>
    private static (Metric? Metric, bool Found)? CommittedToComputeAfter(SentenceWords sentence, int first, int next)
    {
        var words = sentence.Words;
        // "the $2 billion Snap committed to spending on Google cloud infrastructure": the verb after the figure and its subject.
        var after = next;
        while (after < words.Count && after < next + 3 && words[after].IsCapitalised && !words[after].EndsPhrase)
        {
            after++;
        }

        if (after > next && after + 3 < words.Count && words[after].Lower is "committed" or "pledged" or "agreed" && words[after + 1].Lower == "to"
            && words[after + 2].Lower is "spend" or "spending")
        {
            return ToCompute(sentence, after + 3);
        }

        var j = CueBeforeHedges(words, first, 0);
        if (j < 0)
        {
            return null;
        }

        var lower = words[j].Lower;
        var committed = lower is "committed" or "commit" or "commits" or "committing" or "pledged" or "pledging" or "pledge" or "pledges"
            || (j >= 1 && lower == "in" && words[j - 1].Lower is "locking" or "locked" or "lock" or "locks")
            || (j >= 1 && lower == "to" && words[j - 1].Lower is "committed" or "commit" or "commits")
            || (j >= 2 && lower is "spending" or "spend" && words[j - 1].Lower == "to" && words[j - 2].Lower is "committed" or "commit" or "commits" or "agreed");
        if (!committed)
        {
            return null;
        }

        var k = SkipTimeSpan(words, next);
        return k >= 1 && !words[k - 1].EndsPhrase ? ToCompute(sentence, k) : null;
    }

    /// <summary>"to / on" a compute word or a compute company, or "in" compute spending, at word <paramref name="k"/>: money committed to compute.</summary>
    private static (Metric? Metric, bool Found)? ToCompute(SentenceWords sentence, int k)
    {
        var words = sentence.Words;
        if (k + 1 >= words.Count || words[k].Lower is not ("to" or "in" or "on"))
        {
            return null;
        }

        var window = Window(words, k + 1, 6).ToList();
        var toCompute = window.Any(w => (IsComputeWord(w) && w != "infrastructure") || _computeCompanies.Contains(w)) || Phrase(words, k + 1, 6).Contains("web services", StringComparison.Ordinal);
        var spending = words[k].Lower != "in" || window.Any(w => w is "spending" or "spend" or "services" or "credits" or "capacity" or "compute");
        return toCompute && spending ? (Metric.ComputeCommitment, true) : null;
    }

    /// <summary>The word after a stretch of time after the figure: "over the next ten years", "from 2017 through 2021", "through 2032".</summary>
    private static int SkipTimeSpan(IReadOnlyList<Word> words, int k)
    {
        if (k >= words.Count || words[k].Lower is not ("over" or "from" or "through" or "until" or "across"))
        {
            return k;
        }

        for (var i = k + 1; i < words.Count && i <= k + 6; i++)
        {
            if (words[i].Lower is "to" or "on" or "in" && !(i + 1 < words.Count && words[i + 1].Lower is "the" && i + 2 < words.Count && words[i + 2].Lower is "coming"))
            {
                return i;
            }

            if (words[i].EndsPhrase)
            {
                return i + 1;
            }
        }

        return k;
    }

    /// <summary>"Combined with the $8bn already poured in": money a backer has already put in is an investment.</summary>
    private static (Metric? Metric, bool Found)? MoneyAlreadyPutIn(IReadOnlyList<Word> words, int next)
    {
        // "$10bn ploughed into the continent's start-ups" (no "already") is a market's total, left alone.
        var k = next + 1;
        return next > 0 && next < words.Count && words[next].Lower is "already" or "previously" && !words[next - 1].EndsPhrase && k + 1 < words.Count && words[k].Lower is "poured" or "pumped" or "plowed" or "ploughed" or "sunk"
            && words[k + 1].Lower is "in" or "into"
            ? (Metric.Investment, true)
            : null;
    }

    /// <summary>"Google invested $500 million up front and will add $1.5 billion more": money added is more of the figure before.</summary>
    private static (Metric? Metric, bool Found)? MoreAdded(IReadOnlyList<Word> words, int first, int floor, Metric? previous)
    {
        if (previous is null || floor <= 0)
        {
            return null;
        }

        var j = first - 1;
        while (j >= floor && words[j].Lower is "another" or "a" or "further" or "up" or "to" && !words[j].EndsPhrase)
        {
            j--;
        }

        // "adding £410M of new debt" says no "more": left to the other rules.
        var more = first + 1 < words.Count && words.Skip(first).Take(4).Any(w => w.Lower == "more");
        return more && j >= floor && words[j].Lower is "add" or "adds" or "added" or "adding" && !words[j].EndsPhrase ? (previous, true) : null;
    }

    /// <summary>
    /// "notable funding deals … include EV charger company Easy Go (€30 million), life-science firm Luma Vision (€20 million), and software
    /// firms Clouds Myth (€10 million)": an amount in brackets after a name, in a list whose item before was one too, is what that one was.
    /// </summary>
    private static (Metric? Metric, bool Found)? BracketedAfterAName(IReadOnlyList<Word> words, int first, int floor, Metric? previous)
    {
        if (previous is null || floor <= 0 || first - floor > 9 || first < 1 || !words[first].InBrackets || words[first - 1].InBrackets
            || !words[first - 1].IsCapitalised || !words[floor - 1].InBrackets || !words[floor - 1].EndsPhrase)
        {
            return null;
        }

        // The item before was a name with its amount in brackets too: the word before that bracket is a capitalised name.
        var open = floor - 1;
        while (open > 0 && words[open - 1].InBrackets)
        {
            open--;
        }

        // "and over four times the amount of Berlin (£1.9bn)" compares; a list item is a name after at most a descriptor.
        var compares = words.Skip(floor).Take(first - floor).Any(w => w.Lower is "of" or "the" or "than" or "that" or "times" or "to" or "from" or "by" or "as");
        return !compares && open > 0 && words[open - 1].IsCapitalised && !words[open - 1].InBrackets ? (previous, true) : null;
    }
}
