using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A generated sweep of money that is not one deal's investment, round, valuation, compute commitment or revenue (other, by the
/// issue's "anything else (market value, share prices, net worth, chip prices) → other"): a market's or a period's totals, averages
/// and medians; what a firm manages, holds or sits on; market value, share and product prices, net worth; an acquisition's price and
/// its parts; forecasts, capital spending, listing and trust proceeds. Beside them the frames that keep their metric: one company's
/// round, one company's valuation, one investor's investment into one company. Fillers are real places, crowds, firms, listed
/// companies, people, acquirers and targets; money in several currencies and hedges.
/// Frames checked against wire copy, e.g. http://staging.wamda.com/index.php/2022/10/mena-startups-raised-173-million-september-2022
/// ("Startups in Mena raised $173 million across 51 deals"), http://123.123.enodoworks.com/?p=1023988 ("startups raking in a total of
/// $1.2 billion across 113 transactions"), https://www.moneycontrol.com/news/technology/fintech-startup-investors-shun-asia-in-2019-flock-to-americas-and-europe-4772111.html
/// ("the total funding for technology startups this year dipped by 22 percent to USD 293 billion from USD 375 billion"),
/// https://www.businessdailyafrica.com/bd/markets/capital-markets/kenyan-start-up-funding-declined-sh15bn-in-2021-3678982 ("funding for
/// young local firms fell to $411 million … from $549 million"), http://www.cnbc.com/id/39194553/page/2 ("with assets under management
/// of $34.94 billion"), https://www.laitimes.com/en/article/6t2ba_79elo.html ("has a market capitalization of $2.6 trillion"),
/// https://www.sherwood.news/tech/companies-hoarding-nvidia-gpu-chips-meta-tesla ("Each Nvidia H100 can cost up to $40,000").
/// Left out as truly ambiguous: "X is worth $N" for a listed company with no market word (a private valuation as often as a market
/// value), and "the deal values Y at $N" for a takeover (a valuation by its words, a takeover's price by the convention).
/// </summary>
public sealed class MarketMoneySweepTests
{
    private static readonly Metric? Other = null;

    private static readonly string[] _places =
        ["Kenya", "Nigeria", "India", "Singapore", "Saudi Arabia", "Egypt", "France", "Germany", "Indonesia", "Brazil", "the UAE", "Southeast Asia"];

    private static readonly string[] _crowds =
    [
        "Indian startups", "African startups", "startups in the MENA region", "startups from Europe", "European fintechs", "Saudi startups",
        "climate tech startups", "Nigerian start-ups", "AI startups", "edtech companies", "Latin American startups", "UK tech firms",
    ];

    private static readonly string[] _periods = ["in 2023", "last year", "in the first quarter", "in the first half of 2024", "in May", "so far this year"];

    private static readonly string[] _firms =
    [
        "BlackRock", "Vanguard", "Temasek", "SoftBank Group", "Berkshire Hathaway", "Tiger Global", "Sequoia Capital", "Mubadala", "KKR",
        "Norway's sovereign wealth fund", "Brookfield Asset Management", "General Atlantic", "the Public Investment Fund",
    ];

    private static readonly string[] _listed =
        ["Nvidia", "Arm Holdings", "Reliance Industries", "Tata Consultancy Services", "Alibaba", "Samsung Electronics", "Tesla", "Saudi Aramco", "Zomato", "Rolls-Royce"];

    private static readonly string[] _people = ["Elon Musk", "Mukesh Ambani", "Jensen Huang", "Gautam Adani", "Bernard Arnault", "Masayoshi Son"];

    private static readonly string[] _acquirers = ["Synopsys", "Cisco", "Thoma Bravo", "Mars", "Chevron", "Microsoft", "Adnoc", "Capital One"];

    private static readonly string[] _targets = ["Ansys", "Splunk", "Darktrace", "Kellanova", "Hess", "Activision Blizzard", "Covestro", "Discover Financial"];

    private static readonly string[] _companies = ["Flutterwave", "Mistral AI", "Zepto", "Revolut", "Wayve", "Moniepoint", "Anthropic", "Sarvam AI", "Tabby", "Northvolt"];

    private static readonly string[] _investors = ["Amazon", "Nvidia", "Google", "Tencent", "Temasek", "Mubadala", "SoftBank Group", "General Catalyst"];

    private static readonly string[] _amounts =
    [
        "$2 billion", "US$750 million", "€1.2bn", "£400m", "₹2,500 crore", "1.5 billion euros", "$900 mln", "$2.5 billion (£1.9 billion)",
        "€500 million ($540 million)", "C$1.5 billion", "3 billion yuan", "$638m", "Rs 12,000 crore",
    ];

    private static readonly string[] _prices = ["$58.49", "€312.40", "£7.85", "Rs 1,245", "HK$98.50", "$30,000", "$25,000"];

    private static readonly string[] _hedges = ["", "about ", "more than ", "nearly ", "roughly ", "some ", "over ", "almost "];

    /// <summary>A frame: {G} crowd, {L} place, {P} period, {F} firm, {C} listed company, {H} person, {Q} acquirer, {T} target, {S} company,
    /// {I} investor; {A} and {B} money ({A} a price when <paramref name="Price"/>); the metric of each.</summary>
    private sealed record Frame(string Text, Metric? A, Metric? B = null, bool Price = false);

    private static readonly Frame[] _frames =
    [
        // A market's, a place's or a period's totals, averages and medians.
        new("{G} raised {A} {P}.", Other),
        new("{L} raised a record {A} in startup funding {P}.", Other),
        new("{G} raised venture capital of {A} {P}.", Other),
        new("{G} secured a total of {A} through 45 transactions {P}.", Other),
        new("{L} topped the charts with {A} raised across nine deals.", Other),
        new("Seed funding added up to {A}, down from {B}.", Other, Other),
        new("Late-stage funding reached {A} in total {P}.", Other),
        new("Total deal value dipped 3 per cent to {A} {P}.", Other),
        new("The median value of seed rounds rose to {A} {P}.", Other),
        new("{G} raised an average of {A} per round {P}.", Other),
        new("Venture capitalists have bet {A} on {G} {P}.", Other),
        new("The {A} invested in the domain {P} was a record.", Other),
        new("{L} secured {A} {P}, as per Tracxn data.", Other),
        new("Funding for {G} fell 40 per cent to {A} {P}.", Other),
        new("Investors poured {A} into {G} {P}, according to Crunchbase.", Other),
        new("Venture investment in {L} totalled {A} {P}.", Other),
        new("{L}'s startups attracted {A} in venture funding {P}.", Other),
        new("Startup funding in {L} dropped to {A} {P} from {B} a year earlier.", Other, Other),
        new("The average seed round in {L} was {A} {P}.", Other),
        new("Series A rounds {P} averaged {A}.", Other),

        // What a firm manages, holds or sits on.
        new("{F} manages {A} in assets.", Other),
        new("{F} has assets under management of {A}.", Other),
        new("{F} has {A} on its balance sheet.", Other),
        new("{F}, with {A} worth of shares in listed companies, is among the largest investors.", Other),
        new("The value of {F}'s public holdings reached {A}.", Other),
        new("{F} had {A} in outstanding investments at the end of March.", Other),
        new("{F} is sitting on {A} in cash.", Other),
        new("{F}, which oversees {A} in assets, declined to comment.", Other),
        new("{F} had {A} of dry powder at the end of the year.", Other),
        new("{F}'s portfolio was valued at {A} at the end of June.", Other),

        // Market value, prices, net worth.
        new("{C} has a market capitalisation of {A}.", Other),
        new("{C}'s shares rose 5 per cent, giving it a market valuation of {A}.", Other),
        new("{C}, which has a market value of {A}, did not comment.", Other),
        new("Shares of {C} fell 31 cents to {A}.", Other, Price: true),
        new("{C}'s shares closed at {A} on Friday.", Other, Price: true),
        new("{H} has a net worth of {A}.", Other),
        new("{H}'s fortune is estimated at {A}.", Other),
        new("Each chip costs {A}.", Other, Price: true),
        new("The H100 is priced at {A} per GPU.", Other, Price: true),
        new("The chips sell for {A} apiece.", Other, Price: true),

        // An acquisition's price and its parts.
        new("{Q} agreed to acquire {T} in a deal valued at {A}, including {B} in equity value and $1.1 billion in assumption of debt.", Other, Other),
        new("{Q} agreed to acquire {T} in a deal valued at {A}, including {B} in assumption of debt.", Other, Other),
        new("{Q} agreed to acquire {T} for {A}, including {B} of debt.", Other, Other),
        new("The deal gives {T} a total enterprise value of {A}, including {B} of debt.", Other, Other),
        new("{Q}'s offer represents a takeover price of {A}.", Other),
        new("{Q} will buy {T} for {A} in cash and stock.", Other),
        new("{Q} agreed to buy {T} in an all-stock deal valued at {A}.", Other),

        // Forecasts, capital spending, listings, trusts.
        new("JLL expects {A} in phased funding over seven years.", Other),
        new("{C} announced a {A} capital expenditure for the year.", Other),
        new("{C} plans capital expenditure of {A} this year.", Other),
        new("{G} will raise {A} in venture capital funding by 2027, the report forecasts.", Other),
        new("{C} raised {A} in its initial public offering.", Metric.RoundSize),
        new("The SPAC raised {A} in its trust.", Other),
        new("The blank-check company raised {A} in its IPO.", Metric.RoundSize),

        // Frames that keep their metric, also beside market money.
        new("{S} raised {A} in a Series D.", Metric.RoundSize),
        new("{S} raised {A} in a Series C round led by {I}.", Metric.RoundSize),
        new("{S} is valued at {A}.", Metric.Valuation),
        new("{S} was valued at {A} in its latest funding round.", Metric.Valuation),
        new("{I} invested {A} in {S}.", Metric.Investment),
        new("{I} will invest {A} in {S}, the companies said.", Metric.Investment),
        new("{S} raised {A} in a Series B round, the largest of the {B} raised by {G} {P}.", Metric.RoundSize, Other),
        new("{G} raised {B} {P}, with {S} raising {A} in a Series C round.", Metric.RoundSize, Other),
    ];

    private static readonly string[] _bAmounts = ["$8.1 billion", "€3bn", "$61.5 billion", "£6 billion", "$3.2 billion (£2.5 billion)", "¥1.1 trillion"];

    public static TheoryData<string, string, string, string, string> Sentences
    {
        get
        {
            var data = new TheoryData<string, string, string, string, string>();
            for (var f = 0; f < _frames.Length; f++)
            {
                var frame = _frames[f];
                var count = frame.Price ? _prices.Length : _amounts.Length;
                for (var m = 0; m < count; m++)
                {
                    var a = frame.Price ? _prices[m] : _hedges[(f + m) % _hedges.Length] + _amounts[m];
                    var b = _bAmounts[(f + m) % _bAmounts.Length];
                    var sentence = Capitalised(Fill(frame.Text, f + m).Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal));
                    data.Add(sentence, a, frame.A?.ToString() ?? "Other", frame.Text.Contains("{B}", StringComparison.Ordinal) ? b : "", frame.B?.ToString() ?? "Other");
                }
            }

            return data;
        }
    }

    private static string Fill(string text, int n) => text
        .Replace("{G}", _crowds[n % _crowds.Length], StringComparison.Ordinal)
        .Replace("{L}", _places[n % _places.Length], StringComparison.Ordinal)
        .Replace("{P}", _periods[n % _periods.Length], StringComparison.Ordinal)
        .Replace("{F}", _firms[n % _firms.Length], StringComparison.Ordinal)
        .Replace("{C}", _listed[n % _listed.Length], StringComparison.Ordinal)
        .Replace("{H}", _people[n % _people.Length], StringComparison.Ordinal)
        .Replace("{Q}", _acquirers[n % _acquirers.Length], StringComparison.Ordinal)
        .Replace("{T}", _targets[n % _targets.Length], StringComparison.Ordinal)
        .Replace("{S}", _companies[n % _companies.Length], StringComparison.Ordinal)
        .Replace("{I}", _investors[(n + 3) % _investors.Length], StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_MarketMoneyFrame_FigureTakesTheFramesMetric(string sentence, string amount, string metric, string second, string secondMetric)
    {
        var reading = Read(sentence);
        AssertSlot(reading, sentence, amount, metric);
        if (second.Length > 0)
        {
            AssertSlot(reading, sentence, second, secondMetric);
        }
    }

    private static void AssertSlot(ContextReading reading, string sentence, string amount, string metric)
    {
        var start = sentence.IndexOf(amount, StringComparison.Ordinal);
        var end = start + amount.Length;
        // Overlapping the slot: "added up to $X" spans the verb's particle as a hedge, which is no matter for the metric.
        var inSlot = reading.Figures.Where(r => r.Figure.End > start && r.Figure.Start < end).ToList();

        Assert.NotEmpty(inSlot);
        Assert.All(inSlot, r => Assert.Equal(metric, r.Metric?.ToString() ?? "Other"));
    }
}
