namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Who invests the price of shares changing hands read by the shares default (MetricRules.SharesChangingHands.cs): the buyer. For shares
/// allotted, issued or sold, the name after "to" ("allotted to Vitruvian Partners"), else no one; for shares bought, acquired or subscribed,
/// the verb's named subject or the first organisation opening the clause, else the holder whose holding grows ("JWPL's participating
/// interest … will increase … through purchase of"), else the party reporting its own purchase ("The board approved the acquisition …,"
/// Minda said).
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>
    /// The buyer of the shares priced by the figure at <paramref name="first"/>..<paramref name="last"/>, "" when the clause names none, or
    /// null when the figure is no price of shares changing hands.
    /// </summary>
    public static string? SharesBuyer(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var deal = MetricRules.SharesDealWord(words, first, last);
        if (deal < 0)
        {
            return null;
        }

        // "Atyant Capital India Fund I will probably be allotted 28,24,928 shares": the subject a passive hands the shares to.
        if (MetricRules.IsHandedOver(words, deal))
        {
            return BuyerAfterTo(sentence, deal) ?? (MetricRules.IsAllottedToSubject(words, deal) ? StakeBuyerSubject(sentence, deal) : "");
        }

        // Since the stakes-control realignment a holder's own shares sold ("has disposed of all its shares in MatchMove PowerBank … for $1
        // million") go to the buyer after "to", else to no one named: never to the seller.
        if (MetricRules.IsStakeSellWord(words, deal))
        {
            return BuyerAfterTo(sentence, deal) ?? "";
        }

        // "…, and the Investor shall subscribe for …": a subject no name, with only names of an earlier clause before it, is no one.
        var opens = deal;
        while (opens > 0 && !IsBreakBefore(words, opens))
        {
            opens--;
        }

        var subject = StakeBuyerSubject(sentence, deal);
        subject = sentence.Names.Any(n => n.Text == subject && n.First < opens) ? "" : subject;
        return subject is { Length: > 0 } ? subject : HolderOfTheHolding(sentence, deal) ?? ReportingParty(sentence, deal) ?? "";
    }

    /// <summary>"JWPL's participating interest in Titan will also increase …": a possessive name right before the holding's noun.</summary>
    private static string? HolderOfTheHolding(SentenceWords sentence, int deal)
    {
        var words = sentence.Words;
        for (var i = 0; i < deal; i++)
        {
            if (sentence.NameAt[i] is { Kind: NameKind.Organisation, Possessive: true } name && name.First == i
                && Enumerable.Range(name.Last + 1, 2).Any(j => j < deal && words[j].Lower is "interest" or "stake" or "holding" or "shareholding"))
            {
                return name.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// "\"The board approved the acquisition of 33,750 equity shares …,\" Minda said": an organisation saying "said" after the deal word, the
    /// party speaking for its own purchase, when the clause's subject is no name.
    /// </summary>
    private static string? ReportingParty(SentenceWords sentence, int deal)
    {
        var words = sentence.Words;
        for (var i = deal + 1; i + 1 < words.Count; i++)
        {
            if (sentence.NameAt[i] is { Kind: NameKind.Organisation, Possessive: false } name && name.Last == i && words[i + 1].Lower is "said" or "says"
                && name.First > 0 && words[name.First - 1].EndsPhrase)
            {
                return name.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// "Korea Investment Corp. (KIC) … bought a 50 percent stake in the city of Melbourne's Southgate Complex for A$289 million": whether
    /// <paramref name="investor"/>, read by the other rules, is only the company the bought holding is in, while the buyer is named before it.
    /// </summary>
    public static bool IsBoughtHoldingTarget(SentenceWords sentence, string investor, int first, int last, int floor)
    {
        var words = sentence.Words;
        var deal = MetricRules.StakeDealWord(words, first, last, floor);
        var target = sentence.Names.FirstOrDefault(n => n.Text == investor && n.First > deal && n.Last < first);
        return deal >= 0 && MetricRules.IsStakeBuyWord(words, deal) && target is not null && MetricRules.IsHoldingTarget(words, deal, target.First);
    }
}
