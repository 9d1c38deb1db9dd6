using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A generated sweep of valuations in every shape the wires write them: the cue words ("valued at", "valuation of",
/// "pre-money" / "post-money") in clauses where something else in the sentence could override them (a conditional "if the deal goes
/// through", a takeover or a stake sale around "a deal that valued X at", a merger's two companies, reported speech), and the shapes
/// without the cue words that still put a value on a company ("valuing the unit at", "at a company value of", "a $1bn-valued company",
/// "hit the $1bn mark", "peg its worth", "went from $X to $Y in valuation", "its previous pricing of", "the previous $X" after a
/// valuation, a bracketed figure after "its valuation", "the amount would be closer to $Y" after a valuation). Filled with real company,
/// investor and seller names of every shape, money in several currencies and scales, hedges and bracketed conversions. The counterparts
/// stay other: a listed company's market value or capitalisation, a takeover's price ("agreed to buy X for $Y", "a deal valued at $Y"),
/// a fund's size, a holding's or a stake's worth.
/// Frames checked against wire copy, e.g. https://business-standard.com/article/international/vodafone-sells-stake-in-its-16-billion-vantage-towers-ag-to-kkr-gip-122110901193_1.html
/// ("agreed to sell a stake in its towers unit to KKR &amp; Co. … in a deal valuing the business at €16.2 billion ($16.3 billion)"),
/// https://knfoz.com/article/bp-to-sell-majority-stake-in-10bn-castrol-business-to-us-investment-firm-694bc6443ed17a191437b3e2 ("in a deal
/// that values the division at $10.1bn"), https://benton.org/author/dana-cimilluca ("it would value New York-based Kustomer at a little over
/// $1 billion"), https://magazine.verdict.co.uk/verdict_magazine_may20/deals_in_brief ("The transaction values Stripe at $36bn"; "The deal is
/// valued at £15.2bn, with O2 valued at £12.7bn and Virgin Media at £18.7bn").
/// </summary>
public sealed class ValuationShapesSweepTests
{
    private static readonly Metric? Other = null;
    private static readonly Metric? Valuation = Metric.Valuation;

    // Companies valued: one word, several words, lower-case led, dotted, with a place or a suffix.
    private static readonly string[] _companies =
    [
        "Stripe", "Reliance Retail", "xAI", "Blockchain.com", "Thinking Machines Lab", "Safe Superintelligence", "Perplexity AI", "Zepto",
        "Flutterwave", "Mistral AI", "Revolut", "ByteDance", "Anduril Industries", "Klarna", "SpaceX", "Databricks", "Ola Electric",
    ];

    private static readonly string[] _investors =
    [
        "Silver Lake", "Bank Leumi", "SoftBank Group", "Thrive Capital", "Abu Dhabi's MGX", "Qatar Investment Authority", "Tiger Global",
        "General Atlantic", "KKR", "T. Rowe Price", "Brookfield Asset Management",
    ];

    // Sellers of a stake or a unit.
    private static readonly string[] _sellers = ["Intel", "Vodafone Group", "BP", "Bilfinger", "Siemens", "Tata Sons", "Toshiba", "Walt Disney"];

    // Listed companies: their worth is market value.
    private static readonly string[] _listed = ["Apple", "Nvidia", "Reliance Industries", "Microsoft", "Tata Consultancy Services", "Saudi Aramco", "Tesla"];

    // What a deal values, named by a noun: "valuing the unit at $X".
    private static readonly string[] _things = ["unit", "business", "service", "division", "company", "startup", "team", "platform", "group", "venture"];

    private static readonly string[] _amounts =
    [
        "$700 million", "Rs 4.3 lakh crore ($57 billion)", "$15 billion", "€16.2 billion ($16.3 billion)", "$8.75 billion", "£850m",
        "10.8 trillion won ($8.3 billion)", "US$1.2 billion", "12 billion euros", "Rs 8,000 crore", "$1bn", "¥2 trillion", "A$2 billion",
        "$500 mln", "90 billion yuan",
    ];

    // Second figures: distinct from every first figure.
    private static readonly string[] _others = ["$5.2 billion", "€2.1bn", "$157 billion", "£3.4 billion", "$26 billion", "¥900 billion"];

    private static readonly string[] _hedges = ["", "about ", "over ", "up to ", "as much as ", "more than ", "roughly ", "nearly ", "around ", "a little over "];

    // Money a hyphen joins to "-valued" ("The $1bn-valued women's health company").
    private static readonly string[] _joined = ["$1bn", "$2 billion", "£500m", "€3bn", "$750 million"];

    /// <summary>{S} {S2} company, {I} investor, {C} seller, {L} listed company, {T} thing, {A} {B} money; the metric of each slot.</summary>
    private sealed record Frame(string Text, Metric? A, Metric? B = null, Form Form = Form.Free);

    // Free: any hedge; Plain: no hedge; Joined: A is money joined to a word by a hyphen; Range: A is "between X and Y".
    private enum Form { Free, Plain, Joined, Range }

    private static readonly Frame[] _frames =
    [
        // The cue words where a deal, a takeover or a condition around them could override them.
        new("As per the people aware of the development, if the deal goes through, the startup could be valued at {A}.", Valuation),
        new("If the deal goes through, {S} will be valued at {A}.", Valuation),
        new("If the transaction is completed, {S} would be valued at {A}, the people said.", Valuation),
        new("Once the acquisition closes, the combined company is expected to be valued at {A}.", Valuation),
        new("{C} agreed to buy out minority investor {I} in a deal that valued the {T} at {A}.", Valuation),
        new("{I} agreed to buy {S} in a record deal that valued the {T} at {A}.", Valuation),
        new("{C} agreed to sell 51% of {S} to {I}, valuing the {T} at {A}.", Valuation),
        new("{C} has agreed to sell a stake in its {T} to {I} in a deal valuing the business at {A}.", Valuation),
        new("{I} will acquire a 65% stake in {S}, in a deal that values the {T} at {A}.", Valuation),
        new("The sale of the shares to {I} values {S} at {A}, {C} said.", Valuation),
        new("{S} merged with {S2} in an all-stock transaction that valued {S} at {A} and {S2} at {B}.", Valuation, Valuation, Form.Plain),
        new("People familiar with the matter said the deal would value {S} at {A}.", Valuation),
        new("{I} is in talks to lead a round that could value {S} at {A}, Bloomberg News reported.", Valuation),
        new("{S}, which was valued at {A} in a private funding round a year ago, is in talks with {I}.", Valuation),
        new("{S}, valued at {A}, has held talks with {I} about a new round.", Valuation),
        new("{S} was last valued at {A}, according to PitchBook.", Valuation),
        new("After the investment, {S} will be valued at {A}, the company said.", Valuation),
        new("{S} is expected to be valued at {A} after the deal, the people said.", Valuation),
        // The noun cues.
        new("The funding gives {S} a post-money valuation of {A}.", Valuation),
        new("{I} invested in {S} at a pre-money valuation of {A}.", Valuation),
        new("The deal implies a valuation of {A} for {S}.", Valuation),
        new("{C} agreed to sell its {T} to {I} at a valuation of {A}.", Valuation),
        new("{S} is in talks at a valuation of {A}, though a source told CNBC that the amount would be closer to {B}.", Valuation, Valuation, Form.Plain),
        new("The deal gives {S} an enterprise value of {A}.", Valuation),
        // Shapes without the cue words.
        new("Yesterday, {C} completed the sale of 9.5% of {S} to {I}, at a company value of {A}.", Valuation),
        new("The {A}-valued {S} raised {B} last year.", Valuation, Metric.RoundSize, Form.Joined),
        new("{S} hit the {A} mark in March when it raised {B}.", Valuation, Metric.RoundSize, Form.Plain),
        new("{S} also aimed to peg its worth somewhere {A}.", Valuation, Form: Form.Range),
        new("{S} put its worth at {A}, compared to the previous {B}.", Valuation, Valuation, Form.Plain),
        new("{S} went from {B} to {A} in valuation over just a year.", Valuation, Valuation, Form.Plain),
        new("{S} saw its valuation plunge 49% to {A} on July 4 from the previous {B}.", Valuation, Valuation, Form.Plain),
        new("{S} raised money at a significantly higher valuation cap than its previous pricing of {A}.", Valuation),
        new("{S}'s new valuation is a 50-plus-percent jump from November's {A} sticker.", Valuation, Form: Form.Plain),
        new("{S} will look to raise {B} at {A}, tripling its valuation after its most recent round in September 2020 ({B2}).", Valuation, Metric.RoundSize, Form.Plain),
        new("{S} is now worth {A} after the round, people familiar with the matter said.", Valuation),
        new("The deal puts {S}'s valuation at {A}.", Valuation),
        // The counterparts: market value, a takeover's price, a fund's size, a holding's worth.
        new("{L} has a market capitalisation of {A}.", Other),
        new("{L}'s market value rose to {A} on Monday.", Other),
        new("{L} agreed to buy {S} for {A}.", Other),
        new("{L} agreed to acquire {S} in a deal valued at {A}.", Other),
        new("{I} closed its latest fund at {A}.", Metric.RoundSize),
        new("{I}'s holdings in {S} were valued at {A} at the end of the quarter.", Other),
        new("{L} is valued at {A} on the stock market.", Other),
        new("The market values {L} at {A}.", Other),
        new("{L} hit the {A} mark in market value on Monday.", Other, Form: Form.Plain),
        new("{L} became the first company to hit the {A} mark.", Other, Form: Form.Plain),
        new("Forbes puts his worth at {A}.", Other),
        new("{L} lost {A} in valuation on Monday.", Other, Form: Form.Plain),
        new("{I} signed a licensing deal with {L}, valued at {A}, according to a source.", Other),
        // Left out: "plans to sell its stake in X, valued at $Y": a whole holding sold (other) or a minority stake's price (investment),
        // which the stake-sales rules decide from words this sweep does not vary.
    ];

    public static TheoryData<string, string> Sentences => EveryFrameWithEveryForm(_frames, _amounts.Length, Fill);

    private static (string Sentence, string Expected) Fill(Frame frame, int f, int m)
    {
        var n = f + m;
        var a = frame.Form switch
        {
            Form.Joined => _joined[n % _joined.Length],
            Form.Plain => _amounts[m],
            Form.Range => "between " + _amounts[m].Split(" (")[0] + " and " + _others[n % _others.Length],
            _ => _hedges[n % _hedges.Length] + _amounts[m],
        };
        var b = _others[n % _others.Length];
        var b2 = _others[(n + 1) % _others.Length];
        var sentence = frame.Text
            .Replace("{S2}", _companies[(n + 3) % _companies.Length], StringComparison.Ordinal)
            .Replace("{S}", _companies[n % _companies.Length], StringComparison.Ordinal)
            .Replace("{I}", _investors[(n + 2) % _investors.Length], StringComparison.Ordinal)
            .Replace("{C}", _sellers[n % _sellers.Length], StringComparison.Ordinal)
            .Replace("{L}", _listed[n % _listed.Length], StringComparison.Ordinal)
            .Replace("{T}", _things[n % _things.Length], StringComparison.Ordinal)
            .Replace("{A}", a, StringComparison.Ordinal)
            .Replace("{B2}", b2, StringComparison.Ordinal)
            .Replace("{B}", b, StringComparison.Ordinal);
        var slots = new List<(int At, string Slot)>
        {
            (frame.Text.IndexOf("{A}", StringComparison.Ordinal), Slot(frame.A, a)),
        };
        if (frame.Text.Contains("{B}", StringComparison.Ordinal))
        {
            slots.Add((frame.Text.IndexOf("{B}", StringComparison.Ordinal), Slot(frame.B, b)));
        }

        if (frame.Text.Contains("{B2}", StringComparison.Ordinal))
        {
            slots.Add((frame.Text.IndexOf("{B2}", StringComparison.Ordinal), Slot(Valuation, b2)));
        }

        return (sentence, string.Join(";", slots.OrderBy(s => s.At).Select(s => s.Slot)));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_ValuationShape_EachFigureTakesTheFramesMetric(string sentence, string expected)
    {
        AssertSlotMetrics(sentence, expected);
    }
}
