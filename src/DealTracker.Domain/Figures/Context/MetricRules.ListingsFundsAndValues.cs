using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the general metric sweep: five frames read for their whole class, after every older rule, where those rules read them otherwise
/// (the corpus's convention, "The labelling convention" in docs/extractor.md):
/// <list type="bullet">
/// <item><b>A listing's size is a round size</b> (the fund-raises realignment: an offering by the company): the figure heads an IPO, a
/// listing, a flotation or a share sale ("the motor racing company's planned $3.9 billion initial public offering", "its $630 million
/// Hong Kong share sale"); it is raised, sought, taken home or fetched in or from one ("took home €407.4M (£330M) from its listing on the
/// London Stock Exchange", "aims to raise as much as US$800 million in a Hong Kong IPO", "took in HK$428.8 million in net proceeds from its
/// initial public offering"); an IPO is worth or of it ("launched an IPO worth up to US$6.1 billion"), or its proceeds are ("the IPO
/// proceeds at $425 million"); or the listing raises or generates it ("the IPO could have generated up to $433 million"). Not a secondary sale by holders, a debt offering, shares bought in the IPO, or a listing downsized
/// from one value to another.</item>
/// <item><b>What an IPO prices the company at is a valuation</b>: "the proposed IPO would be priced at $2tn", "An IPO at $25bn" (a whole
/// amount with a scale, never a price per share).</item>
/// <item><b>A fund's close is a round size</b>: the figure is the first, second, final or hard close of a fund, or what one closed,
/// secured, raised, hit or reached for it ("has secured €185 million for the first close of a new venture fund", "has closed a $36.3m
/// fund backed by CommerzVentures", "closed its second fund with $195 million in capital commitments", "the first close of its USD 50
/// million second fund", "closed its debut secondaries fund on $255 million", "has held a $573 million close on its latest secondaries
/// fund, which is seeking $1.25 billion"); and a new fund named by its manager ("the new $400 million fund by Abu Dhabi's Mubadala"). Not a limited
/// partner's commitment to it (a giving verb before the figure), nor a total of many funds ("raised $1.25 billion across two funds").</item>
/// <item><b>A thing being sold, valued at the figure, is a valuation</b>: "sell its Nigerian mobile tower network, valued at more than $1
/// billion, to IHS"; a stake, holding or shares so valued are left to the stake rules.</item>
/// <item><b>A value a share move puts on a listed company is market value (other)</b>: "Shares of VPBank have risen just over 2% this year,
/// valuing the lender at around $5.2 billion", "The stock closed Tuesday at 1,543,000 won, valuing the company at close to 32 trillion
/// won"; shares sold to investors "valuing the company at" stays a valuation.</item>
/// </list>
/// A price range split by a conversion ("for 32,000 dong ($1.35) to 33,000 dong each") is a price at both ends, and a share price a
/// move ends at ("shares … surged 30% to 855p") a price (other).
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns that name a listing or a share offering by the company.</summary>
    private static readonly HashSet<string> _listingNouns = new(StringComparer.Ordinal)
    {
        "ipo", "ipos", "listing", "flotation", "float", "debut",
    };

    /// <summary>Verbs by which a company takes a listing's money in.</summary>
    private static readonly HashSet<string> _listingRaiseVerbs = new(StringComparer.Ordinal)
    {
        "raise", "raises", "raised", "raising", "garner", "garners", "garnered", "fetch", "fetches", "fetched", "home", "scoop", "scooped",
        "net", "nets", "netted", "seek", "seeks", "seeking", "sought", "chasing", "bag", "bagged", "haul", "hauled", "rake", "raked", "collect",
        "collected", "generate", "generated", "mop", "mopped", "took", "take", "takes", "taking", "bring", "brings", "brought",
    };

    /// <summary>Words before a close that make it a fund's close ("the first close", "a final close", "its hard close").</summary>
    private static readonly HashSet<string> _closeOrdinals = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "final", "hard", "initial", "interim", "last", "latest", "next",
    };

    /// <summary>Verbs by which a manager closes money for a fund.</summary>
    private static readonly HashSet<string> _fundCloseVerbs = new(StringComparer.Ordinal)
    {
        "closed", "closes", "closing", "close", "secured", "secures", "securing", "raised", "raises", "raising", "hit", "hits", "reached",
        "reaches", "achieved", "achieves", "completed", "completes", "wrapped", "gathered", "held", "holds", "announced", "announces",
    };

    /// <summary>Words of a share move: "shares have risen", "the stock closed at".</summary>
    private static readonly HashSet<string> _shareMoveWords = new(StringComparer.Ordinal)
    {
        "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling", "jumped", "jump", "jumps", "gained", "gain",
        "gains", "surged", "surge", "soared", "climbed", "dropped", "slumped", "tumbled", "plunged", "closed", "close", "traded", "trading",
        "rallied", "rally", "slid", "sank", "added", "lost", "increase", "ended", "finished", "opened",
    };

    /// <summary>Words that make a value a deal's, not the market's: "sold $700 million worth of their shares …, valuing the company at".</summary>
    private static readonly HashSet<string> _dealNotMoveWords = new(StringComparer.Ordinal)
    {
        "sold", "sell", "sells", "selling", "sale", "buy", "bought", "buying", "deal", "round", "raise", "raised", "raising", "investment",
        "invested", "invest", "acquire", "acquired", "acquisition", "offer", "bid", "funding", "stake", "ipo", "listing", "offering",
    };

    /// <summary>The metric after the five general frames, or <paramref name="metric"/> when none holds.</summary>
    private static Metric? ListingsFundsAndValuesReading(SentenceWords sentence, int first, int last, int floor, Metric? metric)
    {
        var words = sentence.Words;
        if (first < 0 || last >= words.Count || last < first || words[first].InBrackets)
        {
            return metric;
        }

        var next = SkipConversion(words, last);
        if (IsPriceRangeEnd(words, first, next) || (metric is not null && IsSharePriceMoved(words, first, last)))
        {
            return null;
        }

        if (metric != Metric.Valuation && IsListingPricedAt(words, first, last, next))
        {
            return Metric.Valuation;
        }

        if (metric != Metric.RoundSize && (IsListingSize(words, first, last, next) || IsFundClose(words, first, next, floor)))
        {
            return Metric.RoundSize;
        }

        if (metric != Metric.Valuation && IsSoldThingValued(words, first))
        {
            return Metric.Valuation;
        }

        return metric == Metric.Valuation && IsShareMoveValue(words, first) ? null : metric;
    }

    /// <summary>
    /// "Hamilton Lane has held a $573 million close on its latest secondaries fund": a fund's close, read before the holdings rule takes
    /// "held" for a holding (ContextReader).
    /// </summary>
    internal static bool IsFundCloseFigure(SentenceWords sentence, int first, int last, int floor)
    {
        var words = sentence.Words;
        return first >= 0 && last < words.Count && last >= first && !words[first].InBrackets && IsFundClose(words, first, SkipConversion(words, last), floor);
    }

    /// <summary>
    /// "a $3.9 billion initial public offering", "its $630 million Hong Kong share sale", "raised US$4.8 billion in its Shanghai listing",
    /// "took home €407.4M from its listing", "an IPO worth up to US$6.1 billion": the size of a company's listing.
    /// </summary>
    private static bool IsListingSize(List<Word> words, int first, int last, int next)
    {
        if (IsPerShare(words, next) || (next < words.Count && words[next].Lower is "each" or "apiece"))
        {
            return false;
        }

        // The listing named right after the figure: "a $3.9 billion initial public offering in Singapore".
        var head = ListingHeadAfter(words, next);
        if (head >= 0)
        {
            // "what would have been a $32bn listing to $23bn": a value cut, not a size; "a $US1.5 billion secondary share sale": holders selling.
            var downsized = head + 2 < words.Count && words[head + 1].Lower == "to" && IsFigureWordAt(words[head + 2]);
            var secondary = Enumerable.Range(next, head - next + 1).Any(k => words[k].Lower is "secondary" or "debt" or "bond" or "valuation");
            return !downsized && !secondary && !IsGivenBefore(words, first);
        }

        // "an IPO worth up to US$6.1 billion", "a listing of $X".
        if (first >= 2 && words[first - 1].Lower is "worth" or "of" && !words[first - 2].EndsPhrase && IsListingNounAt(words, first - 2))
        {
            return !IsGivenBefore(words, first);
        }

        // "the IPO proceeds at $425 million", "IPO proceeds of $X": the listing's proceeds.
        if (first >= 3 && words[first - 1].Lower is "of" or "at" or "worth" or "to" && words[first - 2].Lower == "proceeds" && IsListingNounAt(words, first - 3))
        {
            return true;
        }

        // "the IPO could have generated up to $433 million", "the listing could raise ¥350 billion": the listing the subject of its raise.
        if (first >= 2 && _listingRaiseVerbs.Contains(words[first - 1].Lower) && words[first - 1].Lower is not ("home" or "took" or "take" or "takes" or "taking"))
        {
            for (var k = first - 2; k >= Math.Max(0, first - 6); k--)
            {
                if (IsListingNounAt(words, k))
                {
                    return true;
                }

                if (words[k].EndsPhrase || words[k].Lower is not ("could" or "would" or "will" or "may" or "might" or "can" or "is" or "was" or "have" or "has" or "had" or "to" or "expected" or "set" or "likely" or "be" or "been" or "aims" or "seeks" or "seeking" or "aiming"))
                {
                    break;
                }
            }
        }

        // "raised $X in its Shanghai listing", "took home €X from its listing", "aims to raise as much as $X in a Hong Kong IPO", "took in
        // HK$428.8 million in net proceeds from its initial public offering".
        if (next + 1 < words.Count && words[next].Lower is "in" or "from" or "through" or "via" or "at" && !words[last].EndsPhrase)
        {
            for (var k = next + 1; k < words.Count && k - next <= 9; k++)
            {
                if (IsListingNounAt(words, k))
                {
                    return Enumerable.Range(Math.Max(0, first - 6), Math.Min(6, first)).Any(j => _listingRaiseVerbs.Contains(words[j].Lower))
                        && !Enumerable.Range(Math.Max(0, first - 6), Math.Min(6, first)).Any(j => words[j].Lower is "shares" or "stake" or "invest" or "invested" or "investing" or "buy" or "bought" or "sell" or "sold" or "selling");
                }

                if (words[k].EndsPhrase || words[k].Lower is "of" or "for" or "to" or "and" or "which" or "that" || IsFigureWordAt(words[k])
                    || (words[k].Lower == "from" && k - next > 3))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>The listing noun at most four words after the figure, across adjectives and places ("initial public offering", "Hong Kong IPO", "share sale").</summary>
    private static int ListingHeadAfter(List<Word> words, int next)
    {
        for (var k = next; k < words.Count && k - next < 5; k++)
        {
            if (IsListingNounAt(words, k))
            {
                return k;
            }

            if ((k > next && words[k - 1].EndsPhrase) || _stopAfterNoun.Contains(words[k].Lower) || IsFigureWordAt(words[k]) || _roundNouns.Contains(words[k].Lower)
                || _valuationNouns.Contains(words[k].Lower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"IPO", "listing", "flotation", "initial public offering", "public offering", "share sale", "share offering" ending at word <paramref name="k"/>.</summary>
    private static bool IsListingNounAt(List<Word> words, int k)
    {
        var lower = words[k].Lower;
        if (_listingNouns.Contains(lower))
        {
            return !(lower == "debut" && k + 1 < words.Count && words[k + 1].Lower is "at" or "on");
        }

        return k >= 1 && !words[k - 1].EndsPhrase
            && ((lower is "offering" && words[k - 1].Lower is "public" or "share" or "stock") || (lower is "sale" && words[k - 1].Lower is "share" or "stock"));
    }

    /// <summary>"invest as much as $1.5 billion in Saudi Aramco's IPO", "committed $X": money a giver puts in, left to the giving rules.</summary>
    private static bool IsGivenBefore(List<Word> words, int first) =>
        Enumerable.Range(Math.Max(0, first - 4), Math.Min(4, first)).Any(k => _oneRaiseGiverVerbs.Contains(words[k].Lower) || words[k].Lower is "buying" or "bought" or "buy" or "anchor" or "cornerstone");

    /// <summary>Whether a word is money or part of a money figure ("$23bn", "€407.4M").</summary>
    private static bool IsFigureWordAt(Word word) => word.Core.Length > 0 && (word.Core.Any(char.IsDigit) || char.GetUnicodeCategory(word.Core[0]) == System.Globalization.UnicodeCategory.CurrencySymbol);

    /// <summary>
    /// "the proposed IPO would be priced at $2tn", "An IPO at $25bn": what a listing prices the whole company at, a whole amount with a scale.
    /// </summary>
    private static bool IsListingPricedAt(List<Word> words, int first, int last, int next)
    {
        if (first < 2 || words[first - 1].Lower != "at" || IsPerShare(words, next) || (next < words.Count && words[next].Lower is "each" or "apiece")
            || !Enumerable.Range(first, last - first + 1).Any(k => IsScaleWord(words[k].Lower)))
        {
            return false;
        }

        // "An IPO at $25bn".
        if (IsListingNounAt(words, first - 2))
        {
            return true;
        }

        // "the proposed IPO would be priced at $2tn": the listing the subject of "priced", no share between.
        if (words[first - 2].Lower != "priced")
        {
            return false;
        }

        for (var k = first - 3; k >= Math.Max(0, first - 12); k--)
        {
            if (words[k].Lower is "shares" or "share" or "stock" or "its" or "it" || words[k].EndsPhrase)
            {
                return false;
            }

            if (IsListingNounAt(words, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A scale written with or in a figure: "billion", "$2tn", "€407.4M", "Rs 400 crore".</summary>
    private static bool IsScaleWord(string lower)
    {
        foreach (var scale in (ReadOnlySpan<string>)["trillion", "billion", "million", "crore", "crores", "lakh", "tn", "trn", "bn", "bln", "mn", "mln", "m", "b", "t", "cr"])
        {
            if (lower.EndsWith(scale, StringComparison.Ordinal) && (lower.Length == scale.Length || char.IsDigit(lower[^(scale.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "secured €185 million for the first close of a new venture fund", "has closed a $36.3m fund backed by CommerzVentures", "closed its
    /// second fund with $195 million in capital commitments", "the first close of its USD 50 million second fund", "the new $400 million fund
    /// by Abu Dhabi's Mubadala": a fund's close or its raise by its manager.
    /// </summary>
    private static bool IsFundClose(List<Word> words, int first, int next, int floor)
    {
        if (IsGivenBefore(words, first) || Enumerable.Range(Math.Max(0, first - 7), Math.Min(7, first)).Any(k => _oneRaiseGiverVerbs.Contains(words[k].Lower) || words[k].Lower is "wired" or "tranche")
            || IsPerShare(words, next)
            || words.Any(w => _notOneRoundTotalWords.Contains(w.Lower) || w.Lower is "altogether" or "respectively" or "worldwide" or "across" or "lifetime"))
        {
            return false;
        }

        var from = Math.Max(Math.Max(0, floor), first - 16);
        var to = Math.Min(words.Count, next + 10);
        // A fund's own name counts here ("Fund III … held its first close on $26.8 million"); a giving verb already ruled out "Vision Fund will invest".
        var fundWord = Enumerable.Range(from, to - from).Any(k => (k < first || k >= next) && (IsFundNoun(words[k]) || words[k].Lower is "fund"));
        if (!fundWord)
        {
            return false;
        }

        // Many funds raising: "A dozen climate-focused venture funds have raised".
        if (Enumerable.Range(from, first - from).Any(k => words[k].Lower is "funds" && k + 1 < first && words[k + 1].Lower is "have" or "raised" or "closed"))
        {
            return false;
        }

        // "the first close", "a final close at $X", "achieved its first close at $X".
        for (var k = from; k < to; k++)
        {
            if ((k < first || k >= next) && words[k].Lower is "close" or "closing" && k >= 1 && _closeOrdinals.Contains(words[k - 1].Lower))
            {
                return true;
            }
        }

        // "Hamilton Lane has held a $573 million close on its latest secondaries fund": the close the figure heads.
        if (next < words.Count && words[next].Lower is "close" or "closing")
        {
            return true;
        }

        // "its latest secondaries fund, which is seeking $1.25 billion": the fund the subject of its own target.
        if (first >= 3 && words[first - 1].Lower is "seeking" or "targeting" or "target" or "targets" or "seeks" or "eyeing"
            && Enumerable.Range(Math.Max(from, first - 6), first - Math.Max(from, first - 6)).Any(k => words[k].Lower is "which" or "that" && k >= 1 && IsFundNoun(words[k - 1])))
        {
            return true;
        }

        // "has closed a $36.3m fund", "closed its second fund with $195 million", "closed its sophomore fund at €300m", "closed its debut
        // secondaries fund on $255 million", "closed its AXA Secondary Fund VI on a record-setting $9 billion".
        var head = OneRaiseHeadAfter(words, next);
        var fundAfter = head >= 0 && IsFundNoun(words[head]);
        var link = first - 1;
        while (link >= 1 && first - link <= 2 && words[link].Lower is "a" or "an" or "record" or "record-setting" or "record-breaking" or "total")
        {
            link--;
        }

        var fundBefore = link >= 1 && words[link].Lower is "with" or "at" or "of" or "on"
            && Enumerable.Range(Math.Max(from, link - 7), link - Math.Max(from, link - 7)).Any(k => IsFundNoun(words[k]) || words[k].Lower == "fund");
        if (fundAfter || fundBefore)
        {
            for (var k = first - 1; k >= from; k--)
            {
                if (_fundCloseVerbs.Contains(words[k].Lower) && words[k].Lower is not ("held" or "holds" or "announced" or "announces"))
                {
                    return true;
                }

                if (words[k].EndsPhrase && words[k].After != ',')
                {
                    break;
                }
            }
        }

        // "the new $400 million fund by Abu Dhabi's Mubadala": a new fund and its manager.
        return fundAfter && head + 1 < words.Count && words[head + 1].Lower == "by" && head + 2 < words.Count
            && (words[head + 2].IsCapitalised || words[head + 2].Possessive || (words[head + 2].Core.Length > 1 && char.IsDigit(words[head + 2].Core[0]) && words[head + 2].Core.Any(char.IsLetter))) && first >= 1
            && Enumerable.Range(Math.Max(0, first - 2), Math.Min(2, first)).Any(k => words[k].Lower is "new" or "latest");
    }

    /// <summary>A fund as a common noun ("a new venture fund", "its second fund"), not a name's word ("Vision Fund", an investor).</summary>
    private static bool IsFundNoun(Word word) => word.Lower is "fund" or "funds" or "vehicle" or "vehicles" && !word.IsCapitalised;

    /// <summary>"sell its Nigerian mobile tower network, valued at more than $1 billion, to IHS": a thing being sold, valued at the figure.</summary>
    private static bool IsSoldThingValued(List<Word> words, int first)
    {
        if (first < 4 || words[first - 1].Lower != "at" || words[first - 2].Lower != "valued" || !words[first - 3].EndsPhrase)
        {
            return false;
        }

        if (words[first - 3].Lower is "stake" or "stakes" or "holding" or "holdings" or "shares" or "share" or "portfolio" or "assets" or "position" or "fund")
        {
            return false;
        }

        for (var k = first - 4; k >= Math.Max(0, first - 14); k--)
        {
            if (words[k].Lower is "stake" or "stakes" or "holding" or "holdings" or "shares")
            {
                return false;
            }

            if (words[k].Lower is "sell" or "sells" or "selling" or "sale" or "sold" or "divest" or "divesting" or "offload" or "offloading" or "dispose")
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
    /// "Shares of VPBank have risen just over 2% this year, valuing the lender at around $5.2 billion", "The stock closed Tuesday at 1,543,000
    /// won, valuing the company at close to 32 trillion won": the value a share move puts on a listed company.
    /// </summary>
    private static bool IsShareMoveValue(List<Word> words, int first)
    {
        var cue = -1;
        for (var k = first - 1; k >= Math.Max(0, first - 24); k--)
        {
            if (words[k].Lower is "valuing" or "values" or "giving" or "leaving" or "putting")
            {
                cue = k;
                break;
            }
        }

        if (cue < 2)
        {
            return false;
        }

        var shares = -1;
        for (var k = 0; k < cue; k++)
        {
            if (_dealNotMoveWords.Contains(words[k].Lower))
            {
                return false;
            }

            if (words[k].Lower is "shares" or "stock" or "share" && shares < 0)
            {
                shares = k;
            }
        }

        return shares >= 0 && Enumerable.Range(shares + 1, cue - shares - 1).Any(k => _shareMoveWords.Contains(words[k].Lower));
    }

    /// <summary>"shares in UK chipmaker CSR surged 30% to 855p", "the stock closed at $28.89": a share price a move ends at, no scale.</summary>
    private static bool IsSharePriceMoved(List<Word> words, int first, int last)
    {
        if (first < 2 || words[first - 1].Lower is not ("to" or "at") || Enumerable.Range(first, last - first + 1).Any(k => IsScaleWord(words[k].Lower)))
        {
            return false;
        }

        for (var k = first - 2; k >= Math.Max(0, first - 5); k--)
        {
            if (_shareMoveWords.Contains(words[k].Lower))
            {
                return Enumerable.Range(Math.Max(0, k - 8), k - Math.Max(0, k - 8)).Any(j => words[j].Lower is "shares" or "stock" or "share");
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "for 32,000 dong ($1.35) to 33,000 dong each": a price range that a conversion split in two, a price at both ends.
    /// </summary>
    private static bool IsPriceRangeEnd(List<Word> words, int first, int next)
    {
        static bool PriceAfter(List<Word> words, int k) =>
            k < words.Count && (words[k].Lower is "each" or "apiece" || IsPerShare(words, k));

        // The low end: "$A (conv) to $B each".
        if (next < words.Count && next > first && words[next - 1].InBrackets && words[next].Lower == "to")
        {
            var k = next + 1;
            while (k < words.Count && k - next <= 3 && (IsFigureWordAt(words[k]) || words[k].Lower is "dong" or "won" or "yen" or "rupees" or "dollars" or "pence" or "euros"))
            {
                k++;
            }

            return k > next + 1 && PriceAfter(words, k);
        }

        // The high end: "(conv) to $B each".
        return first >= 2 && words[first - 1].Lower == "to" && words[first - 2].InBrackets && PriceAfter(words, next);
    }
}
