namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the stakes sweep: bids and offers FOR a minority stake ("Geely made a $2 billion bid for a 25% stake in Aston Martin", "KKR's
/// $500 million offer for a stake in Scale AI") are the bidder's investment, like a deal "to buy" one, a majority, controlling or
/// remaining stake too since the stakes-control realignment; a bid for a whole company ("a $2 billion bid for Aston Martin") stays a takeover's price.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Whether the words from <paramref name="from"/> (after "for") name a minority stake or a stake of no stated size.</summary>
    private static bool BidsForMinorityStake(List<Word> words, int from)
    {
        if (BuysMinorityStake(words, from))
        {
            return true;
        }

        // "for a stake in", "for a significant stake", "for a majority stake", "for the remaining stake": since the stakes-control
        // realignment a stake of any size.
        for (var j = from; j < words.Count && j < from + 4; j++)
        {
            if (words[j].Lower is "stake" or "holding" or "interest")
            {
                return j > from && words[from].Lower is "a" or "an" or "the";
            }

            if (words[j].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"KKR's $500 million bid for a stake": the organisation owning the deal noun, written possessive right before the figure; else null.</summary>
    private static string? PossessiveDealOwner(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var at = first - 1;
        while (at >= 0 && words[at].Lower is "about" or "around" or "nearly" or "roughly" or "approximately" or "some")
        {
            at--;
        }

        return at >= 0 && sentence.NameAt[at] is { Kind: NameKind.Organisation, Possessive: true } owner && owner.Last == at ? owner.Text : null;
    }
}
