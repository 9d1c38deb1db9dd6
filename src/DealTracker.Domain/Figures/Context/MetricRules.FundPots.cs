using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-second session: a fund's size in shapes <see cref="FundSizeReading"/> does not read (convention M10, round size),
/// and an investor's yearly pace (M4, other).
/// <list type="bullet">
/// <item>a fund sized in words: "The prospective fund would be … “at least” $650m in size";</item>
/// <item>a fund given its pot to invest: "the Alexa Fund launched with an initial $100 million to invest in startups", "The Fund was
/// given $100 million to spend", "established the VC arm … and armed it with $50M in 2019 to invest";</item>
/// <item>a fund that will invest the figure: "plans to start a venture fund that will invest at least $100m in early-stage startups";</item>
/// <item>a fund resized: "doubled its venture capital fund from $200 million to $400 million", "had an initial funding of RMB5
/// billion …, which was later boosted to RMB10 billion"; its commitments summed: "closed its third fund, raising total commitments of
/// over $3 billion";</item>
/// <item>a yearly pace, other: "GV, which … currently invests $500 million a year", "the fund invested less than $100 million a
/// year". A pledge stays the investor's ("will invest up to A$100 million a year").</item>
/// </list>
/// An asset owner's fund ("sovereign", "pension") is never sized here.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of a pot of money one investor runs: "fund", "vehicle", "arm".</summary>
    private static readonly HashSet<string> _fundPotNouns = new(StringComparer.Ordinal)
    {
        "fund", "vehicle", "arm", "funds",
    };

    /// <summary>The metric after the fund-pot cues: a round size for a fund's size, other for a yearly pace, the rules' metric else.</summary>
    private static Metric? FundPotReading(SentenceWords sentence, int first, int last, Metric? metric)
    {
        var words = sentence.Words;
        if (words[first].InBrackets || ClauseHasAssetOwnerFund(words, first))
        {
            return metric;
        }

        if (IsYearlyPace(words, first, last))
        {
            return null;
        }

        return IsSizedInWords(words, first, last) || IsPotToInvest(words, first, last) || IsFundThatWillInvest(words, first, last)
            || IsFundResized(words, first, last) || IsFundsTotalCommitments(words, first) ? Metric.RoundSize : metric;
    }

    /// <summary>"the sovereign wealth fund", "pension fund": an asset owner named in the figure's clause.</summary>
    private static bool ClauseHasAssetOwnerFund(List<Word> words, int first)
    {
        for (var j = first - 1; j >= 0 && first - j <= 20 && words[j].After != ';'; j--)
        {
            if (_assetOwnerFundWords.Contains(words[j].Lower) && words[j].Lower is not ("state" or "insurance"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… fund would be … “at least” $650m in size": a fund noun earlier in the clause and "in size" after the figure.</summary>
    private static bool IsSizedInWords(List<Word> words, int first, int last)
    {
        var next = SkipConversion(words, last);
        return next + 1 < words.Count && words[next].Lower == "in" && words[next + 1].Lower == "size" && !words[last].EndsPhrase
            && FundNounBefore(words, first, 14) >= 0;
    }

    /// <summary>
    /// "launched with an initial $100 million to invest", "was given $100 million to spend", "armed it with $50M in 2019 to invest": a fund
    /// or a VC arm before, the figure given to it or launched with, and "to invest" or "to spend" after.
    /// </summary>
    private static bool IsPotToInvest(List<Word> words, int first, int last)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 2 && words[k].Lower is "an" or "a" or "initial" or "about" or "around" or "some")
        {
            k--;
        }

        if (k < 1 || words[k].EndsPhrase || !(words[k].Lower == "with" || words[k].Lower == "given" && words[k - 1].Lower is "was" or "were" or "been"))
        {
            return false;
        }

        var next = SkipConversion(words, last);
        while (next < words.Count && next - last <= 3 && (words[next].Lower is "in" or "this" or "that" or "year" || IsYear(words[next])))
        {
            next++;
        }

        return next + 1 < words.Count && !words[next - 1].EndsPhrase && words[next].Lower == "to" && words[next + 1].Lower is "invest" or "spend" or "deploy"
            && FundNounBefore(words, k, 12) >= 0 && !words.Take(k).Any(w => w.Lower is "committed" or "commit" or "commits" or "pledged" or "invested" or "invest");
    }

    /// <summary>"a venture fund that will invest at least $100m in early-stage startups": the fund's pot, not a yearly pace.</summary>
    private static bool IsFundThatWillInvest(List<Word> words, int first, int last)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && words[k].Lower is "at" or "least" or "up" or "to" or "about" or "around" or "some" or "more" or "than")
        {
            k--;
        }

        return k >= 4 && words[k].Lower == "invest" && words[k - 1].Lower is "will" or "would" && words[k - 2].Lower is "that" or "which"
            && _fundPotNouns.Contains(words[k - 3].Lower) && words[k - 3].Lower != "arm";
    }

    /// <summary>
    /// "doubled its venture capital fund from $200 million to $400 million", "had an initial funding of RMB5 billion …, which was later
    /// boosted to RMB10 billion": a fund's own size changed or started.
    /// </summary>
    private static bool IsFundResized(List<Word> words, int first, int last)
    {
        // "doubled its venture capital fund from $X to $Y": the fund right before "from", the figure on either side of "to".
        for (var j = first - 1; j >= 1 && first - j <= 8 && !words[j].EndsPhrase; j--)
        {
            if (words[j].Lower == "from" && words[j - 1].Lower is "fund" or "vehicle")
            {
                return true;
            }
        }

        // "… Fund had an initial funding of RMB5 billion (US$721.66 million), which was later boosted to RMB10 billion": the sentence's
        // subject is a fund.
        var fundSubject = words.Count > 2 && words.Take(6).TakeWhile(w => !w.EndsPhrase).Any(w => w.Lower == "fund")
            && words.Take(8).Any(w => w.Lower is "had" or "has");
        if (!fundSubject)
        {
            return false;
        }

        var k = first - 1;
        return k >= 3 && (words[k].Lower == "of" && words[k - 1].Lower is "funding" or "capital" && words[k - 2].Lower is "initial" or "starting"
            || words[k].Lower == "to" && words[k - 1].Lower is "boosted" or "raised" or "increased" or "expanded" or "enlarged" && words.Take(k).Any(w => w.Lower == "initial"));
    }

    /// <summary>The fund noun in the <paramref name="span"/> words before <paramref name="at"/> in the same sentence, or -1.</summary>
    private static int FundNounBefore(List<Word> words, int at, int span)
    {
        for (var j = at - 1; j >= 0 && at - j <= span && words[j].After != ';'; j--)
        {
            if (_fundPotNouns.Contains(words[j].Lower) || (words[j].Lower == "it" && j >= 1 && words[j - 1].Lower == "armed"))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// "GV … currently invests $500 million a year", "the fund invested less than $100 million a year": what an investor puts in over each
    /// year, told as a pace, is a total (M4). "will invest … a year" is a pledge and stays.
    /// </summary>
    private static bool IsYearlyPace(List<Word> words, int first, int last)
    {
        var next = SkipConversion(words, last);
        if (next + 1 >= words.Count || words[last].EndsPhrase
            || !(words[next].Lower is "a" or "per" or "each" or "every" && words[next + 1].Lower == "year" || words[next].Lower == "annually"))
        {
            return false;
        }

        var k = first - 1;
        while (k >= 0 && first - k <= 3 && words[k].Lower is "less" or "more" or "than" or "about" or "around" or "some" or "roughly" or "nearly" or "over" or "up" or "to")
        {
            k--;
        }

        return k >= 1 && words[k].Lower is "invests" or "invested" or "deploys" or "deployed"
            && words[k - 1].Lower is not ("will" or "would" or "to" or "could" or "can" or "plans" or "may" or "has" or "have" or "had");
    }

    /// <summary>"closed its third fund, raising total commitments of over $3 billion": a fund's commitments summed are its size.</summary>
    private static bool IsFundsTotalCommitments(List<Word> words, int first)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && words[k].Lower is "over" or "more" or "than" or "about" or "around" or "some" or "nearly" or "almost")
        {
            k--;
        }

        return k >= 2 && words[k].Lower == "of" && words[k - 1].Lower == "commitments" && words[k - 2].Lower is "total" or "aggregate" or "capital"
            && FundNounBefore(words, k - 2, 12) >= 0;
    }
}
