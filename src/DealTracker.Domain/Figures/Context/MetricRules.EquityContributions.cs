using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-second session: money put into a company's equity in shapes with no invest word, and a company's capital increase.
/// <list type="bullet">
/// <item>a capital increase subscribed by named investors, each for its part, is their investment (M2): "would be subscribed by the
/// French State for €526.4 million, Bharti Space for €31.4 million";</item>
/// <item>debt or dues converted into equity are the converter's investment (M1, new shares bought): "has converted ₹36,950 crore of
/// Vodafone Idea's spectrum dues into equity", "it had already converted ₹16,133 crore of debt", "The total amount to be converted into
/// equity shares is 161.33 billion rupees";</item>
/// <item>money added to another's round is the adder's investment: "added $35m to a funding round for … Lilium", "added A$1 million to
/// a A$10 million fundraise by SproutX" (a company adding to its own round, with no "for" or "by", stays a round);</item>
/// <item>a capital increase or rights issue is the company's round (M5): "a €1.35 billion capital increase", "a capital increase of
/// 1.35 billion euros", "a reserved capital increase of €716 million"; one an investor says it puts money in through or subscribes to, or
/// that its investment involves, is that investor's investment ("subscribed to a rights issue of 199.3 million Euros", "Hyundai’s
/// investment will involve a capital increase of $487,889,235").</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of a company's own capital raise: "capital increase", "rights issue", "capital hike".</summary>
    private static readonly HashSet<string> _capitalRaiseHeads = new(StringComparer.Ordinal) { "increase", "issue", "increases" };

    /// <summary>Verbs of an investor putting money into a capital raise: "invest … through", "subscribed to".</summary>
    private static readonly HashSet<string> _capitalRaiseJoiners = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "subscribe", "subscribes", "subscribed", "subscribing", "inject", "injects",
        "injected", "injecting", "through", "investment",
    };

    /// <summary>The thirty-second session's equity reading (see the class summary), or null when none of its shapes holds.</summary>
    internal static Metric? EquityContributionReading(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 1 || last >= words.Count || words[first].InBrackets)
        {
            return null;
        }

        if (SubscriberForFigure(sentence, first) >= 0 || IsConvertedIntoEquity(words, first, last) || AddedToAnothersRound(words, first, last))
        {
            return Metric.Investment;
        }

        // "added $35m to a funding round for … Lilium …, lifting it to more than $275m": the round's new size.
        if (IsRoundLiftedTo(words, first))
        {
            return Metric.RoundSize;
        }

        return CapitalRaiseSized(words, first, last) is { } joined ? (joined ? Metric.Investment : Metric.RoundSize) : null;
    }

    /// <summary>
    /// "subscribed by the French State for €526.4 million, Bharti Space for €31.4 million": the first word of the subscriber named right
    /// before "for" and the figure, in a list opened by "subscribed by"; -1 when the figure is no such part.
    /// </summary>
    internal static int SubscriberForFigure(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (words[first - 1].Lower != "for" || first < 3 || sentence.NameAt[first - 2] is not { } name || name.Last != first - 2)
        {
            return -1;
        }

        for (var j = name.First - 1; j >= 1 && first - j <= 40 && words[j].After != ';'; j--)
        {
            if (words[j].Lower == "by" && words[j - 1].Lower is "subscribed" or "taken" or "underwritten")
            {
                return name.First;
            }

            if (words[j].Lower is "which" or "who" or "while" or "after")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"converted ₹36,950 crore of … dues into equity", "converted ₹16,133 crore of debt", "to be converted into equity shares is …".</summary>
    private static bool IsConvertedIntoEquity(List<Word> words, int first, int last)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && words[k].Lower is "about" or "around" or "some" or "nearly" or "over" or "more" or "than" or "up" or "to" or "all")
        {
            k--;
        }

        if (k >= 0 && words[k].Lower is "converted" or "convert" or "converts" or "converting" && !words[k].EndsPhrase)
        {
            // The figure converted: what it was ("of debt", "of … dues") or what it became ("into equity") follows.
            var end = Math.Min(words.Count, last + 12);
            var after = Enumerable.Range(last + 1, Math.Max(0, end - last - 1)).TakeWhile(j => words[j - 1].After != ';').Select(j => words[j].Lower).ToList();
            return after.Contains("equity") || after.Contains("shares") || (after.Count > 1 && after[0] == "of" && after.Take(6).Any(w => w is "debt" or "dues" or "loans" or "loan" or "bonds" or "notes"));
        }

        // "The total amount to be converted into equity shares is 161.33 billion rupees".
        if (k >= 1 && words[k].Lower is "is" or "was" or "will" or "would" or "be")
        {
            for (var j = k - 1; j >= 2 && k - j <= 6 && !words[j].EndsPhrase; j--)
            {
                if (words[j].Lower == "equity" && words[j - 1].Lower == "into" && words[j - 2].Lower is "converted" or "convert")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"added $35m to a funding round for … Lilium", "added A$1 million to a A$10 million fundraise by SproutX".</summary>
    private static bool AddedToAnothersRound(List<Word> words, int first, int last)
    {
        if (words[first - 1].Lower != "added" || words[first - 1].EndsPhrase)
        {
            return false;
        }

        var next = SkipConversion(words, last);
        if (next >= words.Count || words[next].Lower != "to" || words[last].EndsPhrase)
        {
            return false;
        }

        for (var j = next + 1; j < words.Count && j - next <= 8 && !words[j - 1].EndsPhrase; j++)
        {
            if (words[j].Lower is "round" or "fundraise" or "fund-raise" or "raise" or "financing" or "fundraising")
            {
                return j + 1 < words.Count && !words[j].EndsPhrase && words[j + 1].Lower is "for" or "by";
            }
        }

        return false;
    }

    /// <summary>
    /// A capital increase the figure sizes ("a €1.35 billion capital increase", "a capital increase of 1.35 billion euros", "a rights
    /// issue of 199.3 million Euros"): true when an investor puts money in through it or subscribes to it earlier in the clause, false for
    /// the company's round, null when the figure sizes no capital increase.
    /// </summary>
    private static bool? CapitalRaiseSized(List<Word> words, int first, int last)
    {
        var next = SkipConversion(words, last);
        var attributive = next + 1 < words.Count && !words[last].EndsPhrase && IsCapitalRaise(words, next);
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && words[k].Lower is "about" or "around" or "some" or "nearly" or "over" or "more" or "than" or "up" or "to")
        {
            k--;
        }

        var after = k >= 3 && words[k].Lower == "of" && !words[k - 1].EndsPhrase && IsCapitalRaise(words, k - 2)
            || k >= 2 && words[k].Lower == "of" && words[k - 1].Lower is "rci" or "ri" && words[k - 1].InBrackets;
        if (!attributive && !after)
        {
            return null;
        }

        for (var j = first - 1; j >= 0 && first - j <= 16 && words[j].After != ';'; j--)
        {
            // "to subscribe to more than half of a capital increase of 1.35 billion euros": the figure is the whole increase.
            if (words[j].Lower == "of" && j >= 1 && words[j - 1].Lower is "half" or "part" or "portion" or "share" or "third" or "quarter" or "most")
            {
                return false;
            }

            if (_capitalRaiseJoiners.Contains(words[j].Lower))
            {
                return true;
            }

            if (words[j].Lower is "which" or "that" or "while" or "after" || words[j].EndsPhrase && j < first - 1 && words[j].After is ';' or ':')
            {
                break;
            }
        }

        return false;
    }

    /// <summary>"capital increase", "capital hike", "rights issue" starting at <paramref name="i"/>.</summary>
    private static bool IsCapitalRaise(List<Word> words, int i) =>
        i + 1 < words.Count && !words[i].EndsPhrase && _capitalRaiseHeads.Contains(words[i + 1].Lower)
        && (words[i].Lower == "capital" && words[i + 1].Lower is not "issue" || words[i].Lower == "rights" && words[i + 1].Lower == "issue");

    /// <summary>"lifting it to more than $275m" after money added to a round earlier in the sentence.</summary>
    private static bool IsRoundLiftedTo(List<Word> words, int first)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && words[k].Lower is "more" or "than" or "about" or "around" or "nearly" or "over" or "some")
        {
            k--;
        }

        return k >= 2 && words[k].Lower == "to" && words[k - 1].Lower is "it" or "total" && words[k - 2].Lower is "lifting" or "bringing" or "taking" or "pushing"
            && Enumerable.Range(1, Math.Max(0, k - 3)).Any(j => words[j].Lower == "added" && AddedToAnothersRound(words, j + 1, j + 1));
    }
}
