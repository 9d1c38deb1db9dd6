namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the stakes sweep: money a company receives for a stake it sells ("Six Nations Rugby has secured a £365m investment after agreeing
/// to sell 14.3 per cent of its share to private equity firm CVC", "Mistral AI received a $500m investment after selling a 10% stake to
/// Microsoft"): the receiving subject is paid, the buyer named after the sale's "to" invests.
/// </summary>
internal static partial class InvestorRules
{
    private static readonly HashSet<string> _stakeReceivingVerbs = new(StringComparer.Ordinal)
    {
        "secured", "secures", "received", "receives", "won", "landed", "attracted", "got", "gets", "bagged",
    };

    /// <summary>The buyer of a stake whose sale brought the received figure; null when the sentence is no such sale.</summary>
    internal static string? BuyerOfStakeSoldForReceivedMoney(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "a" or "an" or "about" or "around" or "some" or "nearly" or "roughly")
        {
            verb--;
        }

        var next = MetricRules.SkipConversion(words, last);
        if (verb < 1 || !_stakeReceivingVerbs.Contains(words[verb].Lower) || next >= words.Count || words[next].Lower is not ("investment" or "injection")
            || words[next].EndsPhrase)
        {
            return null;
        }

        for (var j = next + 1; j < words.Count && j <= next + 6; j++)
        {
            if (_sellingVerbs.Contains(words[j].Lower) && !IsOfferedSelling(words, j))
            {
                return StakeSoldToAfter(sentence, j);
            }
        }

        return null;
    }

    /// <summary>"sell 14.3 per cent of its share to private equity firm CVC": the buyer after "to", with a stake or a percentage between.</summary>
    private static string? StakeSoldToAfter(SentenceWords sentence, int sell)
    {
        var words = sentence.Words;
        var stake = false;
        for (var j = sell + 1; j < words.Count && j <= sell + 10 && !words[j - 1].EndsPhrase; j++)
        {
            var lower = words[j].Lower;
            stake |= lower is "stake" or "shares" or "percent" or "holding" || lower.EndsWith('%') || (lower == "cent" && words[j - 1].Lower == "per");
            if (lower == "to" && stake && j + 1 < words.Count)
            {
                return sentence.GiverAfterDescriptor(j + 1)?.Text;
            }
        }

        return null;
    }
}
