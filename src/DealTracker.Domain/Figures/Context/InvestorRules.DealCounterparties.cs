namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the stakes sweep: the party a stake deal is made "with" buys the stake ("closed a $5.7 billion deal with Facebook for a 9.99%
/// stake in Jio") unless the stake is in that party itself: "CVC is nearing a £300 million deal with Six Nations Rugby Limited for a 14%
/// stake in the tournament" (a stake in the party, or in "the" thing the party is, sells it), where the subject buys.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Whether the stake word at <paramref name="stake"/> is followed by "in" the party or "in the" thing it runs.</summary>
    private static bool IsStakeInTheParty(SentenceWords sentence, int stake, Name party)
    {
        var words = sentence.Words;
        var j = stake;
        while (j < words.Count && j <= stake + 3 && words[j].Lower != "in" && !words[j].EndsPhrase)
        {
            j++;
        }

        if (j + 1 >= words.Count || words[j].Lower != "in" || words[j].EndsPhrase)
        {
            return false;
        }

        if (sentence.NameAt[j + 1] is { } named && named.First == j + 1)
        {
            return SameInvestor(named.Text, party.Text);
        }

        // "for a 14% stake in the tournament": the thing the party runs, not another's unit ("in its digital unit" is the subject's).
        return words[j + 1].Lower == "the" && j + 2 < words.Count && char.IsLower(words[j + 2].Core.FirstOrDefault());
    }
}
