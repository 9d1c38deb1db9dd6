using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A generated sweep of an investor's money that is not one deal's investment in one company (other, by the convention): a period's
/// total or deployment with no one-company target ("invested $30 billion in 2009", "deployed a record $20 billion in the year to March",
/// "committed $29.2 billion in new investments", "invested over $100M through the program", "across 45 deals"); money for control
/// ("invest $1.5 billion to become the controlling shareholder", "for a 60 percent stake", "a $4.8 billion majority stake", "acquire a 54
/// per cent stake ... for $X"); the remaining part of a round from unnamed or several givers ("a few external investors will put in the
/// remaining $400 million", "with $70 billion possibly coming from institutions in the Middle East"); and a deal's overall value beside
/// one investor's part ("invests up to $1.05B for a non-controlling stake in Castrol, ... in a major $10.1B energy sector deal").
/// Beside them the frames that stay one investor's investment into one company, in any tense or hedge: "will invest up to $X in Y",
/// "has invested $X in Y so far", "invested $X in Y in 2019", "agreed to pay $X for a 41% stake in Y", "a non-controlling stake", a named
/// giver's "remaining $X".
/// Fillers are real sovereign and pension funds, venture and buyout firms, corporates and companies; money in several currencies.
/// Frames checked against wire copy, e.g. https://www.livemint.com/companies/news/temasek-invested-s-49-billion-in-fy21-its-highest-ever-11626169400197.html
/// ("Temasek invested S$49 billion in FY21"), https://planettechnews.com/us-venture-capital-investing-hits-highest-since-dot-com-boom
/// ("U.S. venture firms deployed $84 billion in more than 8,000 companies last year"),
/// https://www.thenationalnews.com/business/2022/01/01/sovereign-and-public-pension-fund-assets-reach-record-high-of-319tn-in-2021/
/// ("Sovereign funds deployed $106.1bn on 500 transactions"), http://youravodart.com/tech-updates/foxconn-is-buying-a-controlling-stake-in-sharp-for-3-5-billion/
/// ("Foxconn will pay 389 billion Yen ... for a controlling stake in the company"), https://matzavreview.com/2021/09/10/bill-gates-offers-luxury-four-seasons-hotels/
/// ("spending $ 2.2 billion to take control of the channel").
/// Left out as truly ambiguous: an investor's running total into one company ("bringing its total investment to $X"): the corpus
/// labels it investment six times and other twice, so it stays investment and is not generated; a bare "has invested $X so far" with
/// no target (one company's total as often as a portfolio's). Noticed and left alone: "up from $X a year earlier" after a period's
/// total reads revenue (a comparison's wording, not an investment confusion), so the generated comparison is "up from $X in 2022".
/// </summary>
public sealed class TargetlessMoneySweepTests
{
    private const string Other = "Other";
    private const string Investment = "Investment";

    private static readonly string[] _investors =
    [
        "Qatar Investment Authority", "Mubadala", "Temasek", "GIC", "the Public Investment Fund", "Abu Dhabi Investment Authority",
        "CPP Investments", "Ontario Teachers' Pension Plan", "CDPQ", "Sequoia Capital", "Accel", "Tiger Global", "Andreessen Horowitz", "KKR",
        "Blackstone", "CVC Capital Partners", "Carlyle", "TPG", "Amazon", "Microsoft", "Tencent", "Reliance Industries", "Nvidia", "TikTok",
    ];

    private static readonly string[] _companies =
        ["Tokopedia", "Castrol", "Calsonic Kansei", "Haldiram's", "Anthropic", "Mistral AI", "Zepto", "Revolut", "Flipkart", "Swiggy", "Manipal Health", "Northvolt"];

    private static readonly string[] _amounts =
    [
        "$1.5 billion", "US$750 million", "€1.2bn", "£400m", "₹1,049 crore", "C$346 million", "S$49 billion", "$900 mln", "Rs 12,000 crore",
        "1.2 trillion won ($1.1 billion)",
    ];

    private static readonly string[] _bAmounts = ["$10.1 billion", "€3bn", "$4.2 billion", "£6 billion", "$70 billion"];

    private static readonly string[] _hedges = ["", "about ", "more than ", "nearly ", "roughly ", "some "];

    private static readonly string[] _noHedgeAfter = ["to", "as", "remaining", "record", "a"];

    /// <summary>A frame: {I} investor, {J} another investor, {S} company; {A} and {B} money and the metric of each.</summary>
    private sealed record Frame(string Text, string A, string B = Other);

    private static readonly Frame[] _frames =
    [
        // A period's total or deployment, with no one-company target.
        new("{I} invested {A} in 2009 and plans to do the same this year.", Other),
        new("In that year, {I} committed {A} in new investments.", Other),
        new("Last year {I} committed {A} in new investments, its busiest year since 2021.", Other),
        new("{I} deployed a record {A} in the year to March.", Other),
        new("{I} deployed {A} last year, up from {B} in 2022.", Other),
        new("{I} has invested {A} across 45 deals so far this year.", Other),
        new("{I} invested {A} in 38 companies last year.", Other),
        new("{I} has backed nearly 70 companies and invested {A} through the program.", Other),
        new("In 2015, {I} spent {A} on venture investments.", Other),
        new("{I} poured {A} into new deals in the first half of 2024.", Other),
        new("{I} invested {A} during the financial year ended March 31, a record.", Other),
        new("{I} will invest {A} across 20 to 25 deals over the next three years.", Other),
        new("{I} invested {A} in FY21, the highest it has ever invested in a fiscal.", Other),
        new("Between 2014 and 2022, {I} invested {A} across 240 deals.", Other),

        // Money for control, even when written "invest".
        new("{I} will invest {A} to become the controlling shareholder of {S}.", Other),
        new("{I} invested {A} for a shade above 60 percent equity in {S}.", Other),
        new("{I} will pay {A} for a majority stake in {S}.", Other),
        new("{I} agreed to invest {A} to take control of {S}.", Other),
        new("{I} is bidding for a {A} majority stake in {S}.", Other),
        new("{I} will acquire a 54 per cent stake in {S} for {A}.", Other),
        new("{I} plans to spend {A} to buy 56 percent of {S}.", Other),
        new("{I} will invest {A} for a controlling stake in {S}.", Other),
        new("{I} is set to invest {A} to gain majority control of {S}.", Other),
        new("{I} could pay as much as {A} for a 70% stake in {S}, the people said.", Other),

        // The remaining part of a round from unnamed or several givers; a deal's overall value beside one investor's part.
        new("Other internal stakeholders and a few external investors will put in the remaining {A}.", Other),
        new("{I} would provide {B}, with {A} possibly coming from institutions in the Middle East.", Other, Investment),
        new("Existing investors are expected to contribute the remaining {A}, the people said.", Other),
        new("{I} invests up to {A} for a non-controlling stake in {S}, partnering with {J} in a major {B} energy sector deal.", Investment),
        new("{I} will invest {A} in {S} as part of a {B} deal led by {J}.", Investment),

        // Frames that stay one investor's investment into one company.
        new("{I} will invest up to {A} in {S}.", Investment),
        new("{I} has invested {A} in {S} so far.", Investment),
        new("{I} invested {A} in {S} in 2019.", Investment),
        new("{I} agreed to pay {A} for a 41% stake in {S}.", Investment),
        new("{I} will invest {A} for a non-controlling stake in {S}.", Investment),
        new("{I} invested {A} for a minority stake in {S} last year.", Investment),
        new("{I} poured {A} into {S} earlier this year.", Investment),
        new("{I} had previously committed {A} to {S} in November last year.", Investment),
        new("{I} will invest {A} to become the largest shareholder of {S}.", Investment),
        new("{I} will put in the remaining {A}, with {J} holding the rest.", Investment),
        new("{I} invested {A} in {S} last year and has since doubled its stake.", Investment),
    ];

    public static TheoryData<string, string> Sentences
    {
        get
        {
            var data = new TheoryData<string, string>();
            for (var f = 0; f < _frames.Length; f++)
            {
                var frame = _frames[f];
                for (var m = 0; m < _amounts.Length; m++)
                {
                    var n = f + m;
                    // No hedge after a word that is one or ends in one: "up to", "as much as", "the remaining", "a record", "a".
                    var bare = Array.Exists(_noHedgeAfter, w => frame.Text.Contains(w + " {A}", StringComparison.Ordinal));
                    var a = (bare ? "" : _hedges[n % _hedges.Length]) + _amounts[m];
                    var b = _bAmounts[n % _bAmounts.Length];
                    var text = frame.Text
                        .Replace("{I}", _investors[n % _investors.Length], StringComparison.Ordinal)
                        .Replace("{J}", _investors[(n + 7) % _investors.Length], StringComparison.Ordinal)
                        .Replace("{S}", _companies[n % _companies.Length], StringComparison.Ordinal);
                    var sentence = Capitalised(text.Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal));
                    var slots = new List<(int At, string Slot)> { (text.IndexOf("{A}", StringComparison.Ordinal), Slot(frame.A, a)) };
                    if (text.Contains("{B}", StringComparison.Ordinal))
                    {
                        slots.Add((text.IndexOf("{B}", StringComparison.Ordinal), Slot(frame.B, b)));
                    }

                    data.Add(sentence, string.Join(';', slots.OrderBy(s => s.At).Select(s => s.Slot)));
                }
            }

            return data;
        }
    }

    private static string Slot(string metric, string text) => metric + "@" + text;

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_TargetlessMoneyFrame_FigureTakesTheFramesMetric(string sentence, string expected)
    {
        var reading = Read(sentence);
        var from = 0;
        foreach (var slot in expected.Split(';'))
        {
            var at = slot.IndexOf('@', StringComparison.Ordinal);
            var text = slot[(at + 1)..];
            var start = sentence.IndexOf(text, from, StringComparison.Ordinal);
            from = start + text.Length;

            // Overlapping the slot: "up to $X", "as much as $X" span the hedge before the slot, which is no matter for the metric.
            var inSlot = reading.Figures.Where(r => r.Figure.End > start && r.Figure.Start < from).ToList();
            Assert.NotEmpty(inSlot);
            Assert.All(inSlot, r => Assert.Equal(slot[..at], r.Metric?.ToString() ?? Other));
        }
    }
}
