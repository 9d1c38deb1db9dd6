using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-first session: the size of a listing is a round size (convention M5, "IPO"), read where no rule read the figure
/// (the shapes MetricRules.ListingsFundsAndValues.cs reads, "a $2 billion IPO", "an IPO worth $2 billion", are read there first):
/// an offering's or an issue's worth after its noun, an aside in brackets between ("filed for an Initial Public Offering (IPO) worth
/// between ₹26,519-27,870 crore", "had brought an issue of ₹20,557 crores"), and an issue's size after a linking verb ("the IPO size
/// has been pegged at Rs 27,870 crore", "the issue size is $2 billion"). A price per share ("a price band of INR 440 to INR 465 per
/// equity share for the IPO") and a valuation at the listing are not sizes and keep their readings.
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Nouns of a listing whose size the figure may be: "IPO", "offering", "issue", "listing".</summary>
    private static readonly HashSet<string> _listingSizeNouns = new(StringComparer.Ordinal)
    {
        "ipo", "ipos", "offering", "issue", "listing", "flotation", "float",
    };

    /// <summary>Hedges between the connector and the figure: "worth between", "pegged at around", "of up to".</summary>
    private static readonly HashSet<string> _listingSizeHedges = new(StringComparer.Ordinal)
    {
        "between", "about", "around", "roughly", "nearly", "approximately", "some", "up", "to", "over", "more", "than", "as", "much", "almost",
        "just", "under", "close", "least", "at",
    };

    /// <summary>The metric after the listing-size cue: a round size for a listing's size that no rule read, the rules' metric else.</summary>
    private static Metric? ListingSizeReading(SentenceWords sentence, int first, int last, Metric? metric) =>
        (metric is null && !IsSharePrice(sentence, last) && (IsListingSize(sentence.Words, first) || IsOneListingsSize(sentence, first, last)))
        || (metric is null or Metric.Investment && !IsSharePrice(sentence, last) && IsOfferingProceeds(sentence.Words, first, last)) ? Metric.RoundSize : metric;

    /// <summary>
    /// Since the twenty-second session (the miss class "IPO, offering or debt-package sizes", 11 of 19 sets): an offering's gross proceeds
    /// ("anticipating gross proceeds of $389 million", "resulting in gross proceeds of approximately USD2.5 billion"), an IPO that "could
    /// gross up to" the figure, and an Indian issue's two parts ("Rs 5,500 crore from the fresh issue of shares and Rs 645.56 crore from
    /// the offer for sale"); since the thirty-fifth session, an anchor book's aggregate and an issue's take at its price band. A seller's "cash
/// proceeds" from a stake keep their reading.
    /// </summary>
    private static bool IsOfferingProceeds(List<Word> words, int first, int last)
    {
        var k = first - 1;
        while (k > 0 && first - k <= 4 && _listingSizeHedges.Contains(words[k].Lower) && !words[k].EndsPhrase)
        {
            k--;
        }

        if (k >= 2 && words[k].Lower == "of" && words[k - 1].Lower == "proceeds" && words[k - 2].Lower == "gross")
        {
            return true;
        }

        // Since the forty-sixth session: an offering's "total proceeds" ("a bought deal financing for total proceeds of $132.3 million",
        // "the over-allotment … for total proceeds of $26.3 million"), with the offering named before it and no sale of a holding.
        if (k >= 2 && words[k].Lower == "of" && words[k - 1].Lower == "proceeds" && words[k - 2].Lower is "total" or "aggregate")
        {
            var before = words.Take(k - 2).Select(w => w.Lower).ToList();
            if (before.Any(w => w is "financing" or "offering" or "placement" or "over-allotment" or "overallotment" or "bought-deal")
                && !before.Any(w => w is "sale" or "sold" or "sell" or "sells" or "selling" or "disposal" or "divestment"))
            {
                return true;
            }
        }

        if (k >= 1 && words[k].Lower == "gross" && words[k - 1].Lower is "could" or "would" or "will" or "may" or "might" or "to" or "should")
        {
            return true;
        }

        // Since the thirty-fifth session: an Indian issue's anchor book and its take at the price band ("allocated 32,23,411 shares to 15
        // anchor investors at Rs 446 per share, …, aggregating Rs 143.76 crore", "will garner around Rs 479.21 crore at the upper end of
        // the price band").
        if (k >= 0 && ((words[k].Lower is "aggregating" or "aggregate" or "totalling" or "totaling" && words.Any(w => w.Lower == "anchor"))
            || (words[k].Lower is "garner" or "garners" or "garnered" or "mop" or "mops" or "mopped" or "raise" or "raises" or "raised" or "fetch" or "fetches"
                && PriceBandAfter(words, last))))
        {
            return true;
        }

        // Second round: "would increase the size of the offering to almost $132.8m", "The net proceeds for King will be $344 million".
        var resizedTo = k >= 1 && words[k].Lower == "to" ? k - 1 : k;
        if (resizedTo >= 3 && words[resizedTo].Lower is "offering" or "ipo" or "issue" && Phrase(words, resizedTo - 3, 3) == "size of the")
        {
            return true;
        }

        if (k >= 2 && words[k].Lower is "be" or "were" or "are" or "totalled" or "totaled" or "of"
            && Phrase(words, Math.Max(0, k - 6), Math.Min(6, k)) is var subject && (subject.Contains("net proceeds", StringComparison.Ordinal) || subject.Contains("gross proceeds", StringComparison.Ordinal))
            && !words.Any(w => w.Lower is "stake" or "stakes" or "sale" or "selling" or "sold"))
        {
            return true;
        }

        // "… from the fresh issue of shares", "… from the offer for sale", "through a fresh issue".
        var after = SkipConversion(words, last);
        if (after + 2 < words.Count && words[after].Lower is "from" or "through" or "via" && !words[last].EndsPhrase)
        {
            var at = words[after + 1].Lower is "the" or "a" or "its" ? after + 2 : after + 1;
            return at + 1 < words.Count && ((words[at].Lower == "fresh" && words[at + 1].Lower == "issue")
                || (at + 2 < words.Count && words[at].Lower == "offer" && words[at + 1].Lower == "for" && words[at + 2].Lower == "sale"));
        }

        // Since the fortieth session: an issue's part written before its noun, or after a count of shares ("a Rs 1,500 crore fresh share
        // issue and a Rs 579 crore offer-for-sale", "a fresh issue of 40.31 crore equity shares worth Rs 1,290.13 crore").
        return (!words[last].EndsPhrase && IssuePartAt(words, after, forward: true)) || IssuePartBefore(words, k);
    }

    /// <summary>"worth Rs 860.08 crore" after "an offer-for-sale (OFS) of 26.87 crore shares": the share count between may hold only
    /// numbers, scale and share words and an aside in brackets.</summary>
    private static bool IssuePartBefore(List<Word> words, int k)
    {
        if (k < 1 || words[k].Lower is not ("worth" or "aggregating" or "totalling" or "totaling") || words[k].EndsPhrase)
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && k - j <= 8; j--)
        {
            if (IssuePartAt(words, j, forward: false))
            {
                return true;
            }

            var lower = words[j].Lower;
            if ((words[j].EndsPhrase && !words[j].InBrackets) || !(words[j].InBrackets || lower.Any(char.IsDigit)
                || lower is "of" or "up" or "to" or "upto" or "equity" or "shares" or "share" or "new" or "crore" or "lakh" or "million" or "billion"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// An issue's part at <paramref name="at"/>: "fresh (share/equity) issue", "offer-for-sale", "offer for sale" or "OFS" read forward
    /// from its first word, or backward from its last.
    /// </summary>
    private static bool IssuePartAt(List<Word> words, int at, bool forward)
    {
        if (at < 0 || at >= words.Count)
        {
            return false;
        }

        var lower = words[at].Lower;
        if (lower is "offer-for-sale" or "ofs")
        {
            return true;
        }

        if (forward)
        {
            var next = at + 1 < words.Count && words[at].Lower == "fresh" && !words[at].EndsPhrase ? at + 1 : -1;
            next = next > 0 && words[next].Lower is "share" or "equity" && !words[next].EndsPhrase ? next + 1 : next;
            return (next > 0 && next < words.Count && words[next].Lower == "issue")
                || (at + 2 < words.Count && lower == "offer" && words[at + 1].Lower == "for" && words[at + 2].Lower == "sale");
        }

        if (lower == "issue" && at >= 1)
        {
            var before = words[at - 1].Lower is "share" or "equity" && at >= 2 ? at - 2 : at - 1;
            return words[before].Lower == "fresh";
        }

        return lower == "sale" && at >= 2 && words[at - 1].Lower == "for" && words[at - 2].Lower == "offer";
    }

    /// <summary>"at the upper end of the price band", "at the top end of the price band" within a few words after the figure.</summary>
    private static bool PriceBandAfter(List<Word> words, int last)
    {
        var phrase = Phrase(words, SkipConversion(words, last), 9);
        return phrase.StartsWith("at the ", StringComparison.Ordinal) && phrase.Contains("price band", StringComparison.Ordinal);
    }

    private static bool IsListingSize(List<Word> words, int first)
    {
        var k = first - 1;
        while (k > 0 && first - k <= 4 && _listingSizeHedges.Contains(words[k].Lower) && !words[k].EndsPhrase)
        {
            k--;
        }

        // "an issue of ₹20,557 crores", "(IPO) worth between": the listing noun right before, past an aside in brackets.
        if (k >= 1 && words[k].Lower is "worth" or "of" && !words[k].EndsPhrase)
        {
            var head = k - 1;
            while (head > 0 && words[head].InBrackets && k - head <= 4)
            {
                head--;
            }

            return IsListingNoun(words, head);
        }

        // "the IPO size has been pegged at", "the issue size is": a listing's size as the subject of a linking verb.
        var link = k >= 1 && words[k].Lower == "at" ? k - 1 : k;
        while (link > 0 && k - link <= 3 && words[link].Lower is "has" or "have" or "had" or "been" or "was" or "is" or "be" or "will" or "pegged" or "set"
            or "fixed" or "estimated" or "expected" or "likely" or "to")
        {
            link--;
        }

        return link < k && link >= 1 && words[link].Lower == "size" && !words[link].EndsPhrase && IsListingNoun(words, link - 1);
    }

    /// <summary>"IPO", "public offering", "initial public offering", "rights issue", "an issue": a listing, not any offering or issue.</summary>
    private static bool IsListingNoun(List<Word> words, int i)
    {
        if (i < 0 || !_listingSizeNouns.Contains(words[i].Lower) || words[i].Possessive)
        {
            return false;
        }

        return words[i].Lower switch
        {
            "offering" => i >= 1 && words[i - 1].Lower is "public" or "share" or "stock" or "equity" or "initial" or "secondary" or "rights",
            "issue" => i >= 1 && words[i - 1].Lower is "an" or "the" or "its" or "rights" or "share" or "public" or "bonus" or "bond" or "ipo",
            "float" => i >= 1 && words[i - 1].Lower is "stock" or "share" or "market",
            _ => true,
        };
    }
}
