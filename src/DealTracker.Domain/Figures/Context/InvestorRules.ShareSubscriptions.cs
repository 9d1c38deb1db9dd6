namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the stakes sweep: new shares taken up or handed to one buyer for their worth. "Temasek will subscribe to new shares in Rapidus
/// worth $500 million" (the subscriber, the verb's subject, invests) and "Nissan will issue shares worth $1.2bn to Temasek", "will allot
/// new shares worth ¥300 billion to SoftBank Group" (the name after "to" invests). Shares issued to no one named, to the public or in an
/// offering, or bought back, are left to the other rules.
/// </summary>
internal static partial class InvestorRules
{
    private static readonly HashSet<string> _subscribeVerbs = new(StringComparer.Ordinal)
    {
        "subscribe", "subscribes", "subscribed", "subscribing",
    };

    private static readonly HashSet<string> _issueVerbs = new(StringComparer.Ordinal)
    {
        "issue", "issues", "issued", "issuing", "allot", "allots", "allotted", "allotting", "sell", "sells", "sold", "selling",
    };

    /// <summary>"shares worth $X", "shares in Y worth $X": the index of "shares" or "stock" the worth before the figure belongs to, or -1.</summary>
    private static int SharesWorthBefore(List<Word> words, int first)
    {
        var f = BeforeHedgeWords(words, first);
        if (f < 1 || words[f].Lower != "worth" || words[f - 1].EndsPhrase)
        {
            return -1;
        }

        for (var j = f - 1; j >= Math.Max(0, f - 6) && (j == f - 1 || !words[j].EndsPhrase); j--)
        {
            if (words[j].Lower is "shares" or "stock" or "equity")
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>"will subscribe to new shares in Rapidus worth $500 million", "subscribed for shares worth $X": the subscribing verb, or -1.</summary>
    internal static int SubscribedSharesVerb(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var shares = SharesWorthBefore(words, first);
        for (var j = shares - 1; shares > 0 && j >= Math.Max(0, shares - 5) && !words[j].EndsPhrase; j--)
        {
            if (_subscribeVerbs.Contains(words[j].Lower))
            {
                return BuysAMinority(words, j, first) && !IsBoughtByMany(words, j, first) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>"Nissan will issue shares worth $1.2bn to Temasek": the organisation the shares go to, named right after "to"; else null.</summary>
    internal static string? IssuedSharesBuyer(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var shares = SharesWorthBefore(words, first);
        var issued = Enumerable.Range(Math.Max(0, shares - 4), Math.Max(0, shares - Math.Max(0, shares - 4)))
            .Any(j => _issueVerbs.Contains(words[j].Lower) && !Enumerable.Range(j, shares - j).Any(k => words[k].EndsPhrase));
        var to = MetricRules.SkipConversion(words, last);
        if (shares < 1 || !issued || to + 1 >= words.Count || words[to].Lower != "to" || words[to - 1].EndsPhrase || !BuysAMinority(words, shares - 4 < 0 ? 0 : shares - 4, first))
        {
            return null;
        }

        return sentence.NameAt[to + 1] is { Kind: not NameKind.Outlet } buyer && buyer.First == to + 1 ? buyer.Text : null;
    }

    /// <summary>Subscriptions by many ("investors subscribed to shares worth …", "in the IPO"): no one buyer.</summary>
    private static bool IsBoughtByMany(List<Word> words, int verb, int first) =>
        Enumerable.Range(Math.Max(0, verb - 3), first - Math.Max(0, verb - 3)).Any(k => words[k].Lower is "investors" or "ipo" or "public" or "shareholders" or "offering");

    /// <summary>The subscriber of shares subscribed for their worth, or the buyer new shares are issued to; null when none.</summary>
    private static string? SubscriberOrAllottee(SentenceWords sentence, int first, int last) =>
        (SubscribedSharesVerb(sentence, first) is var verb and >= 0 ? BuyerBefore(sentence, verb) : null) ?? IssuedSharesBuyer(sentence, first, last);
}
