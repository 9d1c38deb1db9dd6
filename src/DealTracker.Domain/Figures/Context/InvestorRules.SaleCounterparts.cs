namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-second session: the buyer of a stake sold, when it is named as the seller's counterpart rather than after "to"
/// ("is holding talks with Silver Lake to sell a 1.7-1.8 per cent stake … for around Rs 7,500 crore", "signed a deal with Mitsubishi
/// Corp. to sell 50% of AC Ventures Holdings Corp. for 18.4 billion pesos"), and a stake sold whose worth comes before it ("sold ₹15,446
/// crore worth of its stake in four group companies to US-based investment firm GQG Partners"). Read by
/// <see cref="NotTheSeller"/> after the buyer after "to". A buyer in talks with the holders to acquire their stake is the subject, not
/// the holders named after "with" (<see cref="BuyerInTalksToAcquire"/>).
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Nouns of a negotiation or pact whose "with" names the other side: "talks with", "a deal with", "an agreement with".</summary>
    private static readonly HashSet<string> _counterpartNouns = new(StringComparer.Ordinal)
    {
        "talks", "discussions", "negotiations", "deal", "agreement", "pact", "accord",
    };

    /// <summary>"₹15,446 crore worth of its stake", "$2 billion of shares": a holding named right after the figure it is sold for.</summary>
    private static bool SoldStakeAfter(List<Word> words, int first)
    {
        var linked = false;
        for (var j = first + 1; j < words.Count && j <= first + 5 && !words[j - 1].EndsPhrase; j++)
        {
            if (words[j].Lower is "stake" or "stakes" or "shares" or "holding" or "interest")
            {
                return linked;
            }

            linked |= words[j].Lower is "worth" or "of";
        }

        return false;
    }

    /// <summary>
    /// The organisation after "talks with" (or "a deal with", "an agreement with") right before "to" and the selling verb at
    /// <paramref name="verb"/>, past an appositive between dashes or commas ("talks with Etisalat - the United Arab Emirates No.1 telecom
    /// operator - to sell"); null when the sale has no such counterpart.
    /// </summary>
    private static Name? SaleCounterpartWith(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        if (verb < 4 || words[verb - 1].Lower != "to")
        {
            return null;
        }

        for (var j = verb - 2; j >= Math.Max(1, verb - 16); j--)
        {
            if (words[j].After == ';' || _otherActs.Contains(words[j].Lower))
            {
                return null;
            }

            if (words[j].Lower == "with" && _counterpartNouns.Contains(words[j - 1].Lower))
            {
                var start = words[j + 1].Lower == "the" ? j + 2 : j + 1;
                return sentence.GiverAfterDescriptor(start) is { } buyer && buyer.Last < verb - 1 && CounterpartReachesVerb(words, buyer.Last, verb - 1)
                    ? buyer : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the counterpart's name ends right before "to", or an appositive in lower case set off by a dash or comma fills the gap;
    /// not a list of counterparts ("talks with Blackstone, TPG Capital Management and Temasek Holdings to sell").
    /// </summary>
    private static bool CounterpartReachesVerb(List<Word> words, int last, int to) =>
        last == to - 1 || words[last].EndsPhrase && words[last + 1].Core.Length > 0 && char.IsLower(words[last + 1].Core[0])
            && !Enumerable.Range(last + 1, to - last - 1).Any(j => words[j].Lower == "and");

    /// <summary>"50%", "53 percent", "9.9 per cent": a share of a company sold, written as a percentage.</summary>
    private static bool IsPercentage(List<Word> words, int j) =>
        words[j].Core.EndsWith('%') || words[j].Lower == "percent" || (words[j].Lower == "cent" && j > 0 && words[j - 1].Lower == "per");

    /// <summary>
    /// "The Videocon Group is in talks with industrialist Ness Wadia and actor Preity Zinta, co-owners of the Kings XI Punjab, to acquire
    /// their stake for around $200-225 million": the subject in talks buys the stake; null when the figure is no such stake's price.
    /// </summary>
    internal static string? BuyerInTalksToAcquire(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var buy = -1;
        for (var j = first - 1; j >= 1 && first - j <= 10 && words[j].After != ';'; j--)
        {
            if (words[j].Lower is "acquire" or "buy" or "purchase" && words[j - 1].Lower == "to")
            {
                buy = j;
                break;
            }
        }

        if (buy < 0 || !Enumerable.Range(buy + 1, first - buy - 1).Any(j => words[j].Lower is "stake" or "stakes" or "holding" or "shares" || IsPercentage(words, j)))
        {
            return null;
        }

        for (var j = buy - 2; j >= 2 && buy - j <= 25 && words[j].After != ';'; j--)
        {
            if (words[j].Lower == "with" && words[j - 1].Lower == "talks" && words[j - 2].Lower == "in" && j >= 4 && words[j - 3].Lower is "is" or "are" or "was" or "were")
            {
                var s = j - 4;
                return sentence.NameAt[s] is { Possessive: false, Kind: not NameKind.Outlet } buyer && buyer.Last == s ? buyer.Text : null;
            }
        }

        return null;
    }
}
