namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor rules added after blind27 and blind28's first runs (the twelfth round), read before the tenth round's: the buyer in a
/// stake sale written with the figure first ("a $1.5 billion stake sale in Jio to Vista") or with money raised by selling a stake.
/// </summary>
internal static partial class InvestorRules
{
    private static string? TwelfthRoundInvestor(SentenceWords sentence, int first, int last) => TwelfthStakeSaleBuyer(sentence, first, last);

    /// <summary>
    /// "a $1.5 billion stake sale in Jio to Vista Equity Partners" and "raised $2.2 billion by selling part of his stake in … to Cascade
    /// Investment", "to sell equity stake worth $1 billion in Reliance Retail to Silver Lake": the buyer after "to" of a stake sold for the figure.
    /// </summary>
    internal static string? TwelfthStakeSaleBuyer(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (next + 1 >= words.Count || (words[last].EndsPhrase && next == last + 1))
        {
            return null;
        }

        // "$X stake sale …"; "$X by selling … stake …", "$X through a stake sale …".
        var saleNoun = words[next].Lower is "stake" && words[next + 1].Lower is "sale" or "sales";
        var bySelling = words[next].Lower is "by" or "through" or "via"
            && words.Skip(next + 1).Take(3).Any(w => w.Lower is "selling" or "sale" or "sales" or "offloading" or "divesting");

        // "to sell equity stake worth $1 billion in Reliance Retail to Silver Lake": the stake's worth, then its buyer.
        var stakeWorth = first >= 3 && words[first - 1].Lower == "worth" && words[first - 2].Lower is "stake" or "stakes" or "shares" or "holding"
            && words.Skip(Math.Max(0, first - 6)).Take(Math.Min(4, first - 2)).Any(w => w.Lower is "sell" or "sells" or "selling" or "sold" or "sale" or "offload" or "divest");
        if (!saleNoun && !bySelling && !stakeWorth)
        {
            return null;
        }

        var stake = saleNoun || stakeWorth;
        for (var to = next + 1; to < words.Count && to - next <= 14; to++)
        {
            stake |= words[to].Lower is "stake" or "stakes" or "shares" or "holding" || words[to].Lower.EndsWith('%');
            if (words[to].Lower == "to" && stake)
            {
                return (TenthBuyerAfterTo(sentence, to) ?? TwelfthBuyerAfterOwner(sentence, to))?.Text;
            }

            if (words[to].EndsPhrase || words[to].Lower is "majority" or "controlling" or "entire")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"to Bill Gates' Cascade Investment LLC": the buyer named after its owner's possessive (the finder reads all of it as one name).</summary>
    private static Name? TwelfthBuyerAfterOwner(SentenceWords sentence, int to)
    {
        // The owner: capitalised words up to one written as a possessive ("Bill Gates'").
        var words = sentence.Words;
        var owner = to + 1;
        while (owner < words.Count && owner - to <= 3 && words[owner].IsCapitalised && !IsTwelfthPossessive(words[owner]) && !words[owner].EndsPhrase)
        {
            owner++;
        }

        if (owner >= words.Count || !IsTwelfthPossessive(words[owner]) || !words[owner].IsCapitalised || owner + 1 >= words.Count || !words[owner + 1].IsCapitalised)
        {
            return null;
        }

        // The buyer runs over the capitalised words after the owner: "Cascade Investment LLC".
        var last = owner + 1;
        while (last + 1 < words.Count && last - owner < 5 && !words[last].EndsPhrase && words[last + 1].IsCapitalised)
        {
            last++;
        }

        var (start, end) = (words[owner + 1].Start, words[last].End);
        return new Name(owner + 1, last, start, end, sentence.Text[(start - sentence.Start)..(end - sentence.Start)], false, NameKind.Organisation);
    }

    /// <summary>"SoftBank's", and "Gates'" (a plain apostrophe after a final s, which the word splitter peels off as punctuation).</summary>
    private static bool IsTwelfthPossessive(Word word) =>
        word.Possessive || (word.After is '\'' or '’' && word.Core.EndsWith('s'));
}
