using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-fifth session: in a sentence about one listing, a figure no rule read that a listing's word or a raise sits right
/// beside is that listing's size (convention M5, "IPO"), read by the sentence and the figure's neighbours rather than one phrasing:
/// "hoped for an IPO of some $1.75 billion before scaling it back to $750 million", "amended their IPO estimates to about $180 million",
/// "passing its initial and amended estimates of $100 million and $152 million", "its USD4.6 billion debut on the Hong Kong stock
/// exchange", "the largest tech sector IPO in Hong Kong since SenseTime Group raised $740 million".
/// <para>A sentence about many listings or a market ("IPOs", "listings", "combined", "in total", "average", "activity", "Global IPO volume
/// stood at", "Proceeds rose 44 per cent") is a total (M4) and is left alone, as are a listing's price ("its IPO price of HK$17",
/// "priced at"), money raised "before the IPO", and any figure whose neighbours speak of a valuation, a market value, a share price,
/// sales or profit. "A $32bn listing" names the company's value at its
/// listing more often than the money raised, so "listing" right after the figure is no cue.</para>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Whether the figure at words <paramref name="first"/>..<paramref name="last"/> is the size of the one listing its sentence is about.</summary>
    private static bool IsOneListingsSize(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var text = sentence.Text;
        var own = text[sentence.Start..sentence.End];
        if (!OneListingPattern().IsMatch(own) || ManyListingsPattern().IsMatch(own))
        {
            return false;
        }

        var start = words[first].Start;
        var end = words[SkipConversion(words, last) - 1].End;
        var before = text[Math.Max(sentence.Start, start - 60)..start];
        var after = text[end..Math.Min(sentence.End, end + 50)];
        var around = text[Math.Max(sentence.Start, start - 40)..Math.Min(sentence.End, end + 30)];
        return !NotAListingSizePattern().IsMatch(around) && !ListingPricePattern().IsMatch(before) && !BeforeTheListingPattern().IsMatch(after)
            && (ListingCueBeforePattern().IsMatch(before) || ListingCueAfterPattern().IsMatch(after));
    }

    [GeneratedRegex(@"\b(?:IPO|initial public offering|listing|debut|flotation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneListingPattern();

    [GeneratedRegex(@"\b(?:IPOs|listings|offerings|debutants|combined|in total|total(?:l)?ing|average|median|market|activity|a record|each|volumes?|global(?:ly)?|worldwide|stood at|proceeds (?:rose|fell|jumped|dropped|climbed|declined))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ManyListingsPattern();

    [GeneratedRegex(@"valu|market (?:value|cap)|capitali[sz]ation|per share|a share|revenue|sales|profit|loss|income", RegexOptions.IgnoreCase)]
    private static partial Regex NotAListingSizePattern();

    [GeneratedRegex(@"\b(?:price|priced)\b[^.;]{0,12}$", RegexOptions.IgnoreCase)]
    private static partial Regex ListingPricePattern();

    [GeneratedRegex(@"^\W*(?:before|ahead of) (?:the|its) (?:IPO|listing)", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeTheListingPattern();

    [GeneratedRegex(@"\b(?:IPOs?|offering|listing|debut|estimates?|raised|raise|raising|netted|netting|gross|proceeds|seeks?|seeking|aims? to raise|sized?|scal\w+ (?:it )?(?:back|down) to|cut to|downsized to|upsized to)\b[^.;:]{0,25}$", RegexOptions.IgnoreCase)]
    private static partial Regex ListingCueBeforePattern();

    [GeneratedRegex(@"^\W{0,3}(?:in (?:its|an|the|a) )?(?:IPO|initial public offering|debut|offering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListingCueAfterPattern();
}
