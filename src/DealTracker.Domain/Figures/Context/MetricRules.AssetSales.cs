using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twentieth session: a business, unit or assets sold whole to a buyer for the figure is a purchase of assets, other (convention
/// M1: "agreed to buy Y for $Z", "the purchase of assets"), read after every other rule: "completed the sale of its steel-making coal
/// business to Glencore for around $US6.9 billion", "announced the sale of its Hospitality Solutions business unit to TPG for $1.1
/// billion", "sold its Indian operations to Data Infrastructure Trust for INR 210 billion". A stake, shares or a per cent sold stays
/// the buyer's investment ("the sale of a 20% stake in its unit to KKR for $1 billion").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of a business or assets sold whole: "business", "unit", "operations".</summary>
    private static readonly HashSet<string> _soldAssetNouns = new(StringComparer.Ordinal)
    {
        "business", "businesses", "unit", "units", "division", "divisions", "operations", "operation", "assets", "arm", "brand", "brands",
        "portfolio", "subsidiary", "plant", "plants", "mine", "mines", "towers", "segment",
    };

    /// <summary>Words of a part, not the whole: "stake", "shares", "20%".</summary>
    private static readonly HashSet<string> _soldPartNouns = new(StringComparer.Ordinal)
    {
        "stake", "stakes", "shares", "share", "percent", "per", "interest", "holding", "equity",
    };

    /// <summary>Other (null) when the figure is the price of a business or assets sold whole to a buyer; the rules' metric else.</summary>
    private static Metric? AssetSaleReading(SentenceWords sentence, int first, Metric? metric)
    {
        var words = sentence.Words;
        var f = first - 1;
        while (f > 0 && words[f].Lower is "about" or "around" or "roughly" or "approximately" or "nearly" or "some" or "over" or "more" or "than" or "up" or "to"
            && !words[f - 1].EndsPhrase)
        {
            f--;
        }

        if (metric is null || f < 3 || words[f].Lower != "for" || words[f - 1].EndsPhrase)
        {
            return metric;
        }

        // Back from "for" to "to <buyer>", then to the sale: "the sale of its … business to Glencore for".
        var to = f - 1;
        while (to > 0 && f - to <= 6 && words[to].Lower != "to" && !words[to].EndsPhrase)
        {
            to--;
        }

        if (words[to].Lower != "to" || sentence.NameAt[to + 1] is null)
        {
            return metric;
        }

        for (var s = to - 1; s >= 0 && to - s <= 10 && !words[s].EndsPhrase; s--)
        {
            if (words[s].Lower is "sale" or "sold" or "sell" or "sells" or "selling" or "divest" or "divested" or "divestment" or "divesting")
            {
                var span = words.Skip(s + 1).Take(to - s - 1).ToList();
                return span.Any(w => _soldAssetNouns.Contains(w.Lower)) && !span.Any(w => _soldPartNouns.Contains(w.Lower) || w.Core.EndsWith('%'))
                    ? null : metric;
            }
        }

        return metric;
    }
}
