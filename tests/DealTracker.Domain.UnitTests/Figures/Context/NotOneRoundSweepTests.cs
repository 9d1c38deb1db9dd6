using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A generated sweep of money that the round cues ("raise $X", "a round of $X", "secured $X", "$X in funding") read as one company's round
/// but that is no company's round (other, by the convention): a total ("Overall, … raised a total of $X", "a total fundraise of $X",
/// "$X in total funding", "brought the total financing for X to $X"), what a place, several places, a sector or many receivers drew
/// ("the UK led the way with €1bn of funding", "The countries attracted funding worth $X", "Logistics was the third-highest funded sector,
/// bringing in $X"), a company's money over a period or to date ("have already raised $X this year", ", which has raised $X from investors,",
/// "$X in funding till date"), a buyout's price, a share offering's proceeds, a fund's target and a mark passed ("surpass €10bn in venture
/// capital funding"). Beside them the real rounds that must stay rounds, with the same places, totals and verbs near them, and three frames
/// of one round no cue read (a round closed by a company at a figure, out of stealth with a figure, the figure led by an investor).
/// Frames checked against wire copy, e.g. https://www.thenationalnews.com/business/start-ups/2023/03/05/start-up-funding-in-smaller-mena-countries-surges-to-468bn-in-2022
/// ("Algeria attracted the highest funding last year with $151 million, … followed by Bahrain with $133 million"),
/// https://yourstory.com/ys-gulf/forbes-middle-east-most-funded-startups-mena-region-fintech-foodtech ("Saudi Arabia comes second with a total
/// fundraise of $520.4 million", "Overall, cloud kitchen operator Kitopi raised a total of $804 million"),
/// https://capijal.com/startups-in-mena-raised-almost-4-billion-in-2022 ("Logistics was the third-highest funded sector, bringing in $362
/// million in funding"), https://site.paytabs.com/news/mena-startups-raised-125-million-in-december-pushing-2022-total-to-3-6-billion/ ("The UAE
/// and Saudi Arabia emerged second and third, having secured $31.8 million and $31.7 million respectively"),
/// https://thetechportal.com/2015/08/01/ubers-raised-1billion-in-may-at-a-50-billion-valuation ("Including this funding round, the company has
/// raised a total sum of $6.9 billion from 11 investors").
/// Left out as truly ambiguous: "X has already raised $Y" with no period or total word (one round as often as all to date), "raise $X from
/// the share sale" with no offering word (a private share sale is a round), "raised $X, above its target of $Y" with no fund named (a
/// company's round may have a target too), and "bringing the total raised to $X" with no owner (a round's own total as often as the company's).
/// </summary>
public sealed class NotOneRoundSweepTests
{
    private static readonly Metric? Other = null;

    private static readonly string[] _companies =
        ["Kitopi", "Tabby", "Zepto", "Mistral AI", "Revolut", "Wayve", "Northvolt", "Cohere", "Moonshot AI", "Helsing", "Sarvam AI", "M-Kopa"];

    private static readonly string[] _investors =
        ["Sequoia Capital", "Tiger Global", "General Catalyst", "SoftBank Vision Fund 2", "Lightspeed Venture Partners", "Temasek", "Accel", "Mubadala"];

    private static readonly string[] _places =
        ["Saudi Arabia", "Egypt", "the UAE", "Nigeria", "Kenya", "Sweden", "the UK", "France", "Germany", "Indonesia", "Brazil", "Singapore"];

    private static readonly string[] _sectors = ["Fintech", "Logistics", "Healthtech", "Climate tech", "E-commerce", "Agritech", "Edtech", "Foodtech"];

    private static readonly string[] _buyers = ["KKR", "Blackstone", "Carlyle", "EQT", "Permira", "Advent International", "Thoma Bravo", "Silver Lake", "Apollo", "CVC Capital Partners"];

    private static readonly string[] _managers = ["Sequoia Capital", "Accel", "Index Ventures", "Bain Capital", "KKR", "EQT", "Lightspeed Venture Partners", "General Atlantic"];

    private static readonly string[] _amounts =
    [
        "$2 billion", "US$750 million", "€1.2bn", "£400m", "₹2,500 crore", "1.5 billion euros", "$900 mln", "$468 million", "€582m", "$45m",
        "3 billion yuan", "C$1.5 billion",
    ];

    private static readonly string[] _hedges = ["", "about ", "more than ", "nearly ", "close to ", "roughly ", "over ", "almost "];

    /// <summary>A frame: {S} company, {S2} another, {I} investor, {P} place, {P2} another, {K} sector, {B} buyer, {F} fund manager, {A} money.</summary>
    private sealed record Frame(string Text, Metric? A);

    private static readonly Frame[] _frames =
    [
        // Totals of one company: overall, to date, over a period, running.
        new("Overall, cloud kitchen operator {S} raised a total of {A}.", Other),
        new("Overall, {S} has raised {A}.", Other),
        new("In total, {S} has raised {A} from investors.", Other),
        new("{S} has raised {A} in total financings after its Series C round.", Other),
        new("{S} has raised {A} in total funding since it was founded.", Other),
        new("{S} had raised {A} in total funding by the end of last year.", Other),
        new("{S} has already raised {A} this year in exchange for a 25% stake.", Other),
        new("{S} has attracted {A} so far this year from investors including {I}.", Other),
        new("{S} has raised {A} over the past 12 months.", Other),
        new("{S}, which has raised {A} from investors, is now valued at $3 billion.", Other),
        new("{S}, which has raised {A} from backers including {I}, plans to expand into Europe.", Other),
        new("The company has raised {A} in funding till date.", Other),
        new("Including this funding round, {S} has raised a total sum of {A} from 11 investors.", Other),
        new("The round was led by {I}, which brought the total financing for {S} to {A}.", Other),
        new("The new funding takes {S}'s total raise to {A}.", Other),
        new("The latest round takes total funding for {S} to {A}.", Other),
        new("The deal brings {S}'s total funding to {A}.", Other),
        new("The deal takes the total raised by {S} this year to {A}.", Other),
        new("Startups from the first four cohorts have raised a total of {A}.", Other),

        // Places, several places, sectors and crowds.
        new("With {A} in funding attracted over the three-month period, {P} led the way.", Other),
        new("{P} led the way with {A} of funding.", Other),
        new("The UK led the way, followed by {P} with {A} of funding.", Other),
        new("{P} comes second with a total fundraise of {A}.", Other),
        new("{P} attracted funding worth {A} last year.", Other),
        new("{P} attracted {A} in venture funding over the quarter.", Other),
        new("{P} attracted {A} in startup investment last year.", Other),
        new("The countries attracted funding worth {A}, $987 million and $517 million, respectively.", Other),
        new("{P} and {P2} emerged second and third, having secured {A} and $31.7 million respectively.", Other),
        new("Overall, {P} stands first with 22 of its startups securing {A}.", Other),
        new("In the realm of funding value, {P} emerged as the leader, securing {A} across 12 funding rounds.", Other),
        new("{P} ranked second, with total financing amounting to {A}.", Other),
        new("Startup funding in {P} grew to {A} in 2022.", Other),
        new("{K} was the third-highest funded sector, bringing in {A} in funding.", Other),
        new("{K} was the most funded sector, attracting {A}.", Other),
        new("The {K} industry witnessed the highest total funding of {A}.", Other),
        new("European tech firms are likely to surpass {A} in venture capital funding for the first time.", Other),
        new("Startups in {P} could surpass {A} in funding this year.", Other),

        // Buyouts, offerings, funds.
        new("{B} secured a {A} buyout of the software maker.", Other),
        // Since the stakes-control realignment: a stake bought out, whatever its size, is the buyer's investment.
        new("{B} agreed a {A} buyout of the remaining stake in {S}.", Metric.Investment),
        new("{B} completed a {A} buyout of the 40% stake it did not own in {S}.", Metric.Investment),
        new("{B} agreed to take control of {S} for {A}.", Other),
        new("{B} won a {A} takeover of the retailer.", Other),
        new("SoftBank hopes to raise {A} through the offering of 10 percent of the chip designer.", Metric.RoundSize),
        new("{S} aims to raise {A} through its initial public offering.", Metric.RoundSize),
        new("{S} could raise {A} in a listing in Hong Kong next year.", Metric.RoundSize),
        new("{F} raised $10 billion for its transition fund, above its target of {A}.", Metric.RoundSize),
        new("{F} has launched a dedicated Japan fund with a target of {A}.", Metric.RoundSize),
        new("{F} is raising its fifth Asia fund, targeting {A}.", Metric.RoundSize),

        // One company's round, with places, totals and verbs near it: stays a round.
        new("{S} raised {A} in a Series B led by {I}.", Metric.RoundSize),
        new("{S} is in talks to raise {A} at a valuation of $5 billion.", Metric.RoundSize),
        new("{S} closed a {A} funding round led by {I}.", Metric.RoundSize),
        new("{S} secured {A} from {I}, Accel and Index Ventures.", Metric.RoundSize),
        new("{P}-based {S} raised {A} in a round led by {I}.", Metric.RoundSize),
        new("{S}, the {P} startup, raised {A} in a Series C round led by {I}.", Metric.RoundSize),
        new("{S} has raised {A} in a Series C round, bringing its total funding to $3 billion.", Metric.RoundSize),
        new("{S} raised {A} in a Series B round, taking its total raised to $4 billion.", Metric.RoundSize),
        new("{S} has raised {A} this year in a Series D round led by {I}.", Metric.RoundSize),
        new("{S} recently secured a total of {A} from an investor group led by {I}.", Metric.RoundSize),
        new("The funding round, which is raising {A} in total, is led by {I}.", Metric.RoundSize),
        new("{S} is expected to draw {A} in total funding, which would value the company at $8.4 billion.", Metric.RoundSize),
        new("Already backed by {I}, with a total round size of {A}, {S} is raising more.", Metric.RoundSize),
        new("Last May, {S}, one of the world's largest AI startups, raised {A} from investors including {I}.", Metric.RoundSize),
        new("{P} continued to report strong activity, with {A} raised by {S}.", Metric.RoundSize),
        new("In total, {A} was raised.", Metric.RoundSize),
        new("{S} is on top of a {A} round led by {I}.", Metric.RoundSize),

        // Three frames of one round no cue read.
        new("The two largest funding rounds of the quarter were closed by {S} at {A} and {S2} at $454.79m.", Metric.RoundSize),
        new("The largest round of the month was raised by {S} at {A}.", Metric.RoundSize),
        new("{S} emerged from stealth with a {A} war chest.", Metric.RoundSize),
        new("{S} came out of stealth with {A} in seed funding.", Metric.RoundSize),
        new("The {A} is being led by {I}.", Metric.RoundSize),
        new("The {A} was co-led by {I} and Accel.", Metric.RoundSize),
    ];

    public static TheoryData<string, string, string> Sentences
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            for (var f = 0; f < _frames.Length; f++)
            {
                for (var m = 0; m < _amounts.Length; m++)
                {
                    var frame = _frames[f];
                    var a = _hedges[(f + m) % _hedges.Length] + _amounts[m];
                    // "the UAE-based": a place with its article is no compound adjective; the bare place is.
                    var place = _places[(f + m) % _places.Length];
                    place = frame.Text.StartsWith("{P}-based", StringComparison.Ordinal) ? place.Replace("the ", "", StringComparison.Ordinal) : place;
                    var sentence = frame.Text
                        .Replace("{S2}", _companies[(f + m + 5) % _companies.Length], StringComparison.Ordinal)
                        .Replace("{S}", _companies[(f + m) % _companies.Length], StringComparison.Ordinal)
                        .Replace("{I}", _investors[(f + 2 * m) % _investors.Length], StringComparison.Ordinal)
                        .Replace("{P2}", _places[(f + m + 3) % _places.Length], StringComparison.Ordinal)
                        .Replace("{P}", place, StringComparison.Ordinal)
                        .Replace("{K}", _sectors[(f + m) % _sectors.Length], StringComparison.Ordinal)
                        .Replace("{B}", _buyers[(f + m) % _buyers.Length], StringComparison.Ordinal)
                        .Replace("{F}", _managers[(f + m) % _managers.Length], StringComparison.Ordinal)
                        .Replace("{A}", a, StringComparison.Ordinal);
                    sentence = char.ToUpperInvariant(sentence[0]) + sentence[1..];
                    data.Add(sentence, a, frame.A?.ToString() ?? "Other");
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_MoneyThatIsOrIsNotOneRound_FigureTakesTheFramesMetric(string sentence, string amount, string metric)
    {
        var reading = Read(sentence);
        var start = sentence.IndexOf(amount, StringComparison.Ordinal);
        var end = start + amount.Length;
        var inSlot = reading.Figures.Where(r => r.Figure.Start >= start && r.Figure.End <= end).ToList();

        Assert.NotEmpty(inSlot);
        Assert.All(inSlot, r => Assert.Equal(metric, r.Metric?.ToString() ?? "Other"));
    }
}
