using System.Text.RegularExpressions;
using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the reader-gaps sweep: a fund vehicle named by its numeral without the word fund — "Blackstone Real Estate Partners X",
/// "Sequoia Capital Global Growth III", "Insight Partners XII", "Vision Fund 2", "Warburg Pincus Global Growth 14" — is a fund: money
/// raised for it or closed in it is its round size since the fund-raises realignment (other before: "raised $30.4 billion for
/// Blackstone Real Estate Partners X", "closed Sequoia Capital Global Growth III at $2 billion"); money committed to it is the giver's investment ("CalPERS committed $500 million to Carlyle Partners VIII",
/// other until the lp-commitments realignment). The fund investing in one company is left to the other rules ("Vision Fund 2 invested
/// $100 million in Zepto").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Words a fund vehicle's name ends in before its numeral.</summary>
    private static readonly HashSet<string> _fundVehicleWords = new(StringComparer.Ordinal)
    {
        "Fund", "Partners", "Capital", "Growth", "Ventures", "Equity", "Opportunities", "Investors", "Select", "Leaders", "Infrastructure",
        "Credit", "Buyout", "Europe", "Asia", "Global", "Strategic", "Secondaries", "Expansion",
    };

    private static readonly Regex _romanNumeral = new(@"^X{0,3}(?:IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Verbs that make the fund itself the investor of the figure ("Vision Fund 2 invested $X in Zepto").</summary>
    private static readonly HashSet<string> _fundActingVerbs = new(StringComparer.Ordinal)
    {
        "invest", "invests", "invested", "investing", "put", "puts", "poured", "pours", "led", "leads", "co-led", "backed", "bought", "buys",
        "acquired", "acquires", "paid", "pays", "injected", "agreed", "will", "would", "valued", "valuing",
    };

    /// <summary>Other when the figure is raised for, committed to or closed in a fund vehicle; else null.</summary>
    private static (Metric? Metric, bool Found)? FundVehicleReading(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = SkipConversion(words, last);
        // "a $75m commitment to Blackstone Real Estate Partners X": the commitment's noun before its fund.
        if (next + 1 < words.Count && words[next].Lower is "commitment" or "commitments" or "allocation" && !words[next].EndsPhrase)
        {
            next++;
        }

        if (next < words.Count && words[next].Lower is "for" or "to" or "into" && !words[next].EndsPhrase)
        {
            var k = next + 1;
            while (k < words.Count && k - next <= 2 && words[k].Lower is "its" or "the" or "their" or "a" or "new")
            {
                k++;
            }

            // "CalPERS committed $500 million to Carlyle Partners VIII": money put into the vehicle is the giver's investment (since the
            // lp-commitments realignment, the issue's reading); "raised $30.4 billion for Blackstone Real Estate Partners X" is its size.
            if (k < words.Count && ((sentence.NameAt[k] is { } target && target.First == k && IsFundVehicle(words, target)) || IsFundVehicleFrom(words, k)))
            {
                // Since the fund-raises realignment money raised for it is a round size (the issue's "raise $X"); since the thirty-fourth
                // session money a giver commits or approves "for" it is the giver's, as "to" it is ("PSERS will commit up to €300 million
                // for CVC European Equity Partners V", "The WSIB approved up to €150 million for Bridgepoint Capital IV").
                return words[next].Lower is "to" or "into" || CommitVerbBefore(words, first) ? (Metric.Investment, true) : (Metric.RoundSize, true);
            }
        }

        return FundVehicleClosedAt(sentence, first) ? (Metric.RoundSize, true) : null;
    }

    /// <summary>Verbs a limited partner puts money into a fund with: "commit", "approved", "allocated", "earmarked", "pledged".</summary>
    private static readonly HashSet<string> _lpCommitVerbs = new(StringComparer.Ordinal)
    {
        "commit", "commits", "committed", "committing", "approve", "approves", "approved", "approving", "allocate", "allocates", "allocated",
        "allocating", "earmark", "earmarks", "earmarked", "pledge", "pledges", "pledged",
    };

    /// <summary>A limited partner's verb right before the figure, past hedges ("will commit up to €300 million").</summary>
    private static bool CommitVerbBefore(IReadOnlyList<Word> words, int first) => ConventionVerbBefore(words, first, 0, _lpCommitVerbs) >= 0;

    /// <summary>
    /// "closed Sequoia Capital Global Growth III at $2 billion", "KKR Asian Fund IV closed at $15 billion", "Blackstone Real Estate Partners IX,
    /// which raised $20.5 billion": a vehicle's close or raise.
    /// </summary>
    private static bool FundVehicleClosedAt(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 1 || !(words[first - 1].Lower is "at" or "with" or "of" or "on" || _fundRaiseVerbs.Contains(words[first - 1].Lower)))
        {
            return false;
        }

        for (var k = first - 2; k >= 0 && first - k <= 8; k--)
        {
            if (_fundActingVerbs.Contains(words[k].Lower))
            {
                return false;
            }

            if (sentence.NameAt[k] is { } name && name.Last == k && IsFundVehicle(words, name))
            {
                return words.Any(w => w.Lower is "close" or "closed" or "closes" or "closing" or "raised" or "raise" or "raising" or "commitments");
            }

            if (words[k].EndsPhrase && k < first - 1)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Verbs a fund vehicle raises or closes its size with: "Blackstone Real Estate Partners IX, which raised $20.5 billion".</summary>
    private static readonly HashSet<string> _fundRaiseVerbs = new(StringComparer.Ordinal)
    {
        "raised", "raises", "raising", "closed", "secured", "gathered", "attracted", "drew", "collected", "amassed",
    };

    /// <summary>Whether <paramref name="name"/> is a fund vehicle: two or more words, a fund's word, then a Roman or written number.</summary>
    private static bool IsFundVehicle(List<Word> words, Name name)
    {
        var numeral = name.Last;
        if (!IsVehicleNumeral(words[numeral].Core))
        {
            // "Warburg Pincus Global Growth 14 closed": a number the name did not take.
            numeral = name.Last + 1;
            if (numeral >= words.Count || words[name.Last].EndsPhrase || words[numeral].Core.Length is < 1 or > 2 || !words[numeral].Core.All(char.IsAsciiDigit)
                || (numeral + 1 < words.Count && words[numeral + 1].Lower is "million" or "billion" or "per" or "percent" or "%"))
            {
                return false;
            }

            return numeral - name.First >= 2 && _fundVehicleWords.Contains(words[name.Last].Core);
        }

        return numeral - name.First >= 2 && _fundVehicleWords.Contains(words[numeral - 1].Core);
    }

    /// <summary>
    /// Whether a fund vehicle's name starts at word <paramref name="k"/>, read from its words when the name finder took a shorter name there
    /// ("Index Ventures said it had raised $X for Index Ventures Growth VII": the manager's name found again inside the vehicle's).
    /// </summary>
    private static bool IsFundVehicleFrom(List<Word> words, int k)
    {
        var j = k;
        while (j < words.Count && j - k < 8 && !IsVehicleNumeral(words[j].Core) && (words[j].IsCapitalised || words[j].Lower == "&") && !words[j].EndsPhrase)
        {
            j++;
        }

        if (j >= words.Count || j - k < 2 || !IsVehicleNumeral(words[j].Core) || !_fundVehicleWords.Contains(words[j - 1].Core))
        {
            return false;
        }

        // An Arabic numeral is the vehicle's only when no scale or unit follows it ("Growth 14", not "Growth 14 million").
        return !(words[j].Core.All(char.IsAsciiDigit) && j + 1 < words.Count && words[j + 1].Lower is "million" or "billion" or "per" or "percent" or "%");
    }

    private static bool IsVehicleNumeral(string core) =>
        (core.Length > 0 && _romanNumeral.IsMatch(core)) || (core.Length is >= 1 and <= 2 && core.All(char.IsAsciiDigit));
}
