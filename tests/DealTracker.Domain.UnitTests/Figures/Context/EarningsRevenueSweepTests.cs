using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The earnings-revenue sweep: revenue as earnings copy writes it, and the money beside it that is no revenue. Frames filled with
/// company names of every shape (tickers' long forms, possessives, bracketed short names, Indian and Asian names) and money in many
/// currencies, scales, hedges and bracketed conversions: revenue reported, posted, generated, booked or brought in; sales, net sales,
/// turnover, top line, billings, bookings; quarterly / first-quarter / fiscal-year revenue; changes ("rose 12% to $X from $Y", "to $X in
/// FY23 from $Y"); analysts' estimates, expectations and consensus beside revenue (revenue) and beside profit (other); forecasts and
/// guidance ranges; run rates, ARR, "$X-a-year" income; "on revenue of $X" after a loss or profit; and the counterparts that are other
/// (net income, profit, losses, EBITDA, cash flow, capex, costs, dividends, buybacks, debt, backlogs, gross merchandise value, totals brought to a figure, share
/// sales, "a year ago"). Each figure must read its slot's metric, a bracketed conversion the metric of the figure it converts.
/// Left out as truly ambiguous: an estimate whose sentence names nothing estimated ("That compares with an average analyst estimate of
/// $3.96 billion, according to data compiled by Bloomberg." reads other: it may as well be a profit estimate).
/// Frames checked against wire copy, e.g.
/// https://www.thezimbabwemail.com/technology-science/microsoft-beats-quarterly-revenue-estimates-shares-rise/ ("The company's revenue
/// rose 12% to $37.2 billion …, beating analysts' estimates of $35.72 billion"), http://en.people.cn/90777/7793371.html ("earnings
/// excluding items of 57 cents per share … on revenue of 17.18 billion dollars"),
/// https://www.kctv5.com/microsoft-beats-revenue-expectations-as-pandemic-continues-to-fuel-sales/article_4b3ad604-0801-54c3-8905-8d45f2b44f5d.html
/// ("well above the $40.2 billion analysts had predicted"), https://www.siliconinvestor.com/readmsg.aspx?msgid=15513786 ("expects fiscal
/// year revenue to range from $1.26 billion to $1.3 billion"), https://medial.app/news/worlds-richest-families-2024-waltons-at-1-with-dollar4324-billion-ambanis-at-8-shapoorji-pallonjis-at-23-see-list-here-or-company-business-news-45f073aa82e44
/// ("revenue from operations increased to Rs 1,968 crore in FY24 from Rs 1,627 crore in FY23").
/// </summary>
public sealed class EarningsRevenueSweepTests
{
    private static readonly Metric? Other = null;

    private static readonly string[] _companies =
    [
        "Nvidia", "Microsoft Corp", "Alphabet Inc's Google", "Infosys Ltd", "Reliance Industries",
        "Tata Consultancy Services (TCS)", "SAP SE", "Samsung Electronics Co", "Zomato", "Ola Electric",
        "ByteDance", "Anthropic", "Snowflake Inc.", "Hon Hai Precision Industry", "JD.com",
        "Meituan", "L'Oréal", "AT&T", "Palo Alto Networks", "ASML Holding",
        "Taiwan Semiconductor Manufacturing Co (TSMC)", "Spotify Technology SA", "Databricks", "Revolut", "Canva",
        "Mistral AI", "Flipboard", "Bharti Airtel", "Rivian Automotive", "Nykaa",
    ];

    private static readonly string[] _amounts =
    [
        "$8.1 billion", "US$1.2 billion", "€14bn", "£850m", "Rs 2,740 crore", "Rs 2,740 crore ($335 million)",
        "12 billion euros", "$500 mln", "¥2 trillion", "A$2 billion", "90 billion yuan", "₹1,500 crore",
        "S$3 billion", "HK$20.4 billion", "1.2 trillion won", "$37.2 billion", "€6 billion ($6.5 billion)", "$135m",
    ];

    private static readonly string[] _others = ["$7.29 billion", "€2.1bn", "$610 million", "£3.4 billion", "Rs 1,119 crore ($136 million)", "¥900 billion"];

    private static readonly string[] _thirds = ["$3.96 billion", "€1.9bn", "$590 million", "£3.1 billion"];

    private static readonly string[] _ranges =
    [
        "$37.7 billion to $38 billion", "between $1.26 billion and $1.3 billion", "$635-$665 million",
        "€5.1bn-€5.3bn", "from £1.1bn to £1.2bn", "Rs 2,000-2,200 crore",
    ];

    private static readonly string[] _hyphens = ["$135m", "£40m", "$2bn", "€500m"];

    private static readonly string[] _hedges = ["", "about ", "more than ", "roughly ", "nearly ", "around ", "over ", "some "];

    /// <summary>A frame: {S} company, {A} {B} {C} money, {RG} a range, {H} money before "-a-year"; the metric of each money slot.</summary>
    private sealed record Frame(string Text, Metric? A, Metric? B = null, Metric? C = null, Form Form = Form.Free);

    // Free: any hedge; Change: no hedge (figures of a change or compared); Hyphen: money written before "-a-year".
    private enum Form { Free, Change, Hyphen }

    private static readonly Frame[] _frames =
    [
        // revenue, reported
        new("{S} reported revenue of {A} for the quarter.", Metric.Revenue),
        new("{S} posted quarterly revenue of {A}, up 12% from a year earlier.", Metric.Revenue),
        new("{S} generated {A} in revenue last year.", Metric.Revenue),
        new("{S} booked {A} in sales in the three months to June.", Metric.Revenue),
        new("{S} brought in {A} in revenue in the first quarter.", Metric.Revenue),
        new("{S} brought in {A} in sales during the holiday quarter.", Metric.Revenue),
        new("{S}'s net sales grew to {A} in the fiscal year.", Metric.Revenue),
        new("{S} had a turnover of {A} last year.", Metric.Revenue),
        new("{S}'s top line grew 20% to {A}.", Metric.Revenue, Form: Form.Change),
        new("{S}'s top line came in at {A}, the company said.", Metric.Revenue),
        new("{S}'s billings climbed to {A} in the quarter.", Metric.Revenue, Form: Form.Change),
        new("{S} reported bookings of {A} for the period.", Metric.Revenue),
        new("{S} reported first-quarter sales of {A}.", Metric.Revenue),
        new("{S} said fiscal-year revenue came in at {A}.", Metric.Revenue),
        new("{S} has {A} in revenue, sources claim.", Metric.Revenue),
        new("{S} makes {A} in annual sales.", Metric.Revenue),
        new("{S} reported consolidated revenue from operations of {A} for FY24.", Metric.Revenue),
        // changes
        new("{S}'s revenue rose 12% to {A} from {B} a year earlier.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S}'s quarterly revenue fell 8% to {A}.", Metric.Revenue, Form: Form.Change),
        new("Revenue at {S} jumped 34% to {A}, compared with {B} a year ago.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S}'s sales grew 15 per cent to {A} in the June quarter.", Metric.Revenue, Form: Form.Change),
        new("{S}'s turnover slipped to {A} from {B}.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        // estimates
        new("{S} expects first-quarter revenue of {A}, compared with analysts' estimates of {B}, according to IBES data from Refinitiv.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S} reported revenue of {A}, beating analysts' estimates of {B}, according to LSEG data.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S}'s revenue rose 12% to {A}, beating analysts' estimates of {B}.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S}'s sales of {A} missed expectations of {B}.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S}'s revenue of {A} topped the consensus estimate of {B}.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S} reported revenue of {A}, topping Wall Street's estimates of {B}.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S}'s revenue came in at {A}, ahead of the {B} analysts had expected.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S} posted sales of {A}, short of the average analyst estimate of {B}.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("Analysts had expected {S} to report revenue of {A}, according to LSEG data.", Metric.Revenue),
        new("Analysts polled by FactSet expected earnings of 47 cents per share on revenue of {A}.", Metric.Revenue),
        new("Analysts polled by FactSet predicted adjusted earnings of 47 cents per share on sales of {A}.", Metric.Revenue),
        // forecasts, ranges
        new("{S} forecast fiscal-year revenue of {RG}, below estimates of {C}.", Metric.Revenue, Other, Metric.Revenue),
        new("{S} expects second-quarter revenue of {RG}.", Metric.Revenue),
        new("{S} raised its annual sales outlook to {RG}.", Metric.Revenue),
        new("{S} sees revenue in the range of {RG} for the full year.", Metric.Revenue),
        new("{S} guided for revenue of {A} in the current quarter.", Metric.Revenue),
        new("{S} forecast revenue of {A} for the year, above the consensus of {C}.", Metric.Revenue, Other, Metric.Revenue),
        // run rates
        new("{S}'s annualized revenue run rate reached {A}.", Metric.Revenue),
        new("{S} has annual recurring revenue of {A}.", Metric.Revenue),
        new("{S} surpassed {A} in annual recurring revenue.", Metric.Revenue),
        new("{S} has an ARR of {A}, the company said.", Metric.Revenue),
        new("{S} is weighing the sale of its {H}-a-year-income data centre assets.", Metric.Revenue, Form: Form.Hyphen),
        new("{S} is mulling a sale of its {H}-a-year unit.", Metric.Revenue, Form: Form.Hyphen),
        new("{S} is now a business with {A} in annual sales.", Metric.Revenue),
        // revenue beside other
        new("{S} recorded an operating loss of {A} on a revenue of {B}.", Other, Metric.Revenue),
        new("{S} recorded an operating loss of {A} on revenue of {B} in the last financial year.", Other, Metric.Revenue),
        new("{S} posted a net profit of {A} on revenue of {B}.", Other, Metric.Revenue),
        new("{S} reported net income of {A}, or 52 cents per share, on revenue of {B}.", Other, Metric.Revenue),
        new("{S} generated {A} in revenue and {B} in net income.", Metric.Revenue, Other, Form: Form.Change),
        new("{S} earned {A} in operating profit on sales of {B}.", Other, Metric.Revenue, Form: Form.Change),
        new("{S} said revenue for the year ended March rose to {A}, while net profit was {B}.", Metric.Revenue, Other, Form: Form.Change),
        new("{S} posted {A} in quarterly revenue with operating income of {B}.", Metric.Revenue, Other, Form: Form.Change),
        new("{S} earned {A} on revenue of {B}.", Other, Metric.Revenue, Form: Form.Change),
        new("{S} made a profit of {A} on {B} in sales.", Other, Metric.Revenue, Form: Form.Change),
        new("{S}'s valuation reached {A} on {B} in annualized revenue.", Metric.Valuation, Metric.Revenue, Form: Form.Change),
        new("{S} had {A} in revenue, bringing its total revenue for the year to {B}.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S}'s revenue from operations declined 81.7% to {A} in FY23 from {B} in FY22.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("{S}'s total revenue jumped 40% to {A} in CY2022 from {B} in the previous year.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        new("The deal is worth nearly three times {S}'s {A} annual revenue from its cloud business.", Metric.Revenue, Form: Form.Change),
        new("{S}'s {A} annualized run-rate figure was reported by several outlets.", Metric.Revenue, Form: Form.Change),
        new("A data centre campus could generate {A} in data leasing revenue by 2030.", Metric.Revenue),
        new("{S} reported a {A} net loss for the year.", Other, Form: Form.Change),
        // other
        new("{S}'s net revenue stood at {A}, while gross merchandise value reached {B}.", Metric.Revenue, Other, Form: Form.Change),
        new("{S}'s gross order value rose to {A} in the quarter.", Other, Form: Form.Change),
        new("{S} added {A} in future contract revenue during the quarter.", Other),
        new("The deal pushed {S}'s revenue backlog to {A}.", Other),
        new("{S} raised {A} in a Series C round, bringing its total purse to {B}.", Metric.RoundSize, Other, Form: Form.Change),
        new("{S} sold its unit for {A} a year ago.", Other, Form: Form.Change),
        new("The deal values {S}, India's biggest retailer by sales, at {A}.", Metric.Valuation),
        new("{S} has raised {A} through share sales over the past year.", Other),
        new("{S}'s net income rose to {A} from {B}.", Other, Other, Form: Form.Change),
        new("{S} reported a net loss of {A} for the quarter.", Other),
        new("{S}'s adjusted EBITDA was {A}.", Other),
        new("{S}'s operating income of {A} beat estimates of {B}.", Other, Other, Form: Form.Change),
        new("{S} posted a quarterly profit of {A}, beating analysts' estimates of {B}.", Other, Other, Form: Form.Change),
        new("{S}'s net profit of {A} missed the consensus estimate of {B}.", Other, Other, Form: Form.Change),
        new("{S}'s free cash flow reached {A}.", Other),
        new("{S} plans capital expenditures of {A} this year.", Other),
        new("{S} expects capex of {RG} this year.", Other),
        new("{S} will cut costs by {A}.", Other),
        new("{S} declared dividends of {A}.", Other),
        new("{S} returned {A} to shareholders through dividends and buybacks.", Other),
        new("{S}'s debt stood at {A} at the end of March.", Other),
        new("{S} generated {A} in net income.", Other),
        new("{S} generated {A} in free cash flow last year.", Other),
        new("{S}'s operating profit rose to {A}.", Other, Form: Form.Change),
        new("{S} reported earnings of {A} before interest, taxes, depreciation and amortization.", Other),
        new("Startups categorized as AI companies combined to bring in {A}, about a third of the total.", Other),
        new("Fintech startups brought in {A} in venture funding last quarter.", Other),
    ];

    public static TheoryData<string, string> Sentences
    {
        get
        {
            var data = new TheoryData<string, string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var f = 0; f < _frames.Length; f++)
            {
                for (var m = 0; m < _amounts.Length; m++)
                {
                    var (sentence, expected) = Fill(_frames[f], f, m);
                    if (seen.Add(sentence + "|" + expected))
                    {
                        data.Add(sentence, expected);
                    }
                }
            }

            return data;
        }
    }

    private static (string Sentence, string Expected) Fill(Frame frame, int f, int m)
    {
        var n = f + m;
        var hedge = frame.Form is Form.Change or Form.Hyphen ? "" : _hedges[n % _hedges.Length];
        var a = frame.Form == Form.Hyphen ? _hyphens[m % _hyphens.Length] : hedge + _amounts[m];
        var range = _ranges[n % _ranges.Length];
        var b = _others[n % _others.Length];
        var c = _thirds[n % _thirds.Length];
        var sentence = frame.Text
            .Replace("{S}", _companies[n % _companies.Length], StringComparison.Ordinal)
            .Replace("{H}", a, StringComparison.Ordinal)
            .Replace("{A}", a, StringComparison.Ordinal)
            .Replace("{RG}", range, StringComparison.Ordinal)
            .Replace("{B}", b, StringComparison.Ordinal)
            .Replace("{C}", c, StringComparison.Ordinal);
        var slots = new List<(int At, string Slot)>();
        foreach (var (key, text, metric) in new[] { ("{A}", a, frame.A), ("{H}", a, frame.A), ("{RG}", range, frame.A), ("{B}", b, frame.B), ("{C}", c, frame.C) })
        {
            var at = frame.Text.IndexOf(key, StringComparison.Ordinal);
            if (at >= 0)
            {
                slots.Add((at, Slot(metric, text)));
            }
        }

        return (sentence, string.Join(";", slots.OrderBy(s => s.At).Select(s => s.Slot)));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_EarningsFrame_EachFigureTakesTheFramesMetric(string sentence, string expected)
    {
        AssertSlotMetrics(sentence, expected);
    }
}
