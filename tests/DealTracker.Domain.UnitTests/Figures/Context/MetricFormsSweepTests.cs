using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A generated sweep of the metric family across the forms wires write it: each frame (round size, valuation, investment,
/// compute commitment, revenue, other; changes and tranches) is filled with real company, investor and provider names and with
/// money written in several currencies, scales and hedges, with and without a bracketed conversion. Every figure in a slot must
/// read the slot's metric; a conversion takes the metric and the hedge of the figure it converts.
/// Frames checked against wire copy, e.g.
/// https://www.bnnbloomberg.ca/china-chip-startup-biren-seeking-funds-at-2-7-billion-valuation-1.1743913 ("is seeking to raise
/// fresh funds at a valuation of about 17 billion yuan ($2.7 billion)"), https://block-chain.click/?p=4337 ("is planning to raise
/// about $500 million at a pre-money valuation of $8.5 billion"), https://www.itpro.com/cloud/cloud-computing/google-strikes-major-win-with-usd10-billion-meta-cloud-deal
/// ("a six-year, $10 billion cloud contract"), https://globalventuringreview.com/tag/relay-therapeutics/ ("paying $4.5bn for a
/// 7.7% stake in Jio", "channel up to $10bn into India"), https://www.zawya.com/en/wealth/funds/middle-east-funds-in-talks-to-lead-byjus-1bln-funding-round-a2xi3xzs
/// ("its proposed $1 billion fundraising round").
/// </summary>
public sealed class MetricFormsSweepTests
{
    private static readonly Metric? Other = null;

    private static readonly string[] _companies =
        ["Anthropic", "Mistral AI", "Horse Powertrain", "Databricks", "Zepto", "Revolut", "Northvolt", "Figure AI", "Cohere", "Sarvam AI"];

    private static readonly string[] _investors =
        ["Amazon", "Saudi Aramco", "SoftBank Group", "Microsoft", "Nvidia", "Temasek", "Mubadala", "Tencent", "Toyota Motor", "General Atlantic"];

    private static readonly string[] _providers = ["Oracle", "Microsoft", "Google", "CoreWeave", "Amazon Web Services", "Nebius"];

    // Money as written: symbols, codes, words, Indian units, short scales, and bracketed conversions.
    private static readonly string[] _amounts =
    [
        "$2 billion", "US$750 million", "€1.2bn", "£400m", "¥300 billion", "₹2,500 crore", "1.5 billion euros", "$900 mln",
        "$2.5 billion (£1.9 billion)", "€500 million ($540 million)", "Rs 1,200 crore ($144 million)", "C$1.5 billion", "3 billion yuan",
        "200 million pounds", "HK$4 billion (US$510 million)",
    ];

    // Second and third figures of a sentence: distinct from every first figure.
    private static readonly string[] _others = ["$8 billion", "€3bn", "$61.5 billion", "£6 billion", "$350 billion (£265 billion)", "¥1.1 trillion"];

    private static readonly string[] _hedges = ["", "up to ", "as much as ", "about ", "roughly ", "more than ", "at least ", "nearly "];

    // Hedges that read before a noun ("a roughly $2 billion stake").
    private static readonly string[] _attributiveHedges = ["", "roughly ", "nearly ", ""];

    private static readonly string[] _ranges = ["between $1 billion and $2 billion", "$3-$4 billion", "between €400 million and €600 million"];

    /// <summary>A frame: {S} company, {I} investor, {P} provider, {A} {B} {C} money; the metric of each money slot; how A is written.</summary>
    private sealed record Frame(string Text, Metric? A, Metric? B = null, Metric? C = null, Form Form = Form.Free);

    // Free: any hedge and a range; NoRange: any hedge, no range; Attributive: hedges that read before a noun; Change: no hedge.
    private enum Form { Free, NoRange, Attributive, Change }

    private static readonly Frame[] _frames =
    [
        // round size
        new("{S} raised {A} in a Series B funding round led by {I}.", Metric.RoundSize),
        new("{S} is seeking to raise {A}, people familiar with the matter said.", Metric.RoundSize),
        new("{S} is in talks to raise {A} from investors including {I}, Bloomberg News reported.", Metric.RoundSize),
        new("{S} is raising {A} in a new funding round, according to The Information.", Metric.RoundSize),
        new("{S} said on Tuesday it had raised {A} in a financing round.", Metric.RoundSize),
        new("{S} plans to raise {A} in fresh funding.", Metric.RoundSize),
        new("{S} is expected to raise {A} in the round.", Metric.RoundSize),
        new("{S} was said to be raising {A} from investors.", Metric.RoundSize),
        new("{S} has secured {A} in a funding round led by {I}.", Metric.RoundSize),
        new("{S} launched a funding round that could total {A}.", Metric.RoundSize),
        new("{S} completed a fundraise of {A}.", Metric.RoundSize),
        new("The financing round of {A} was led by {I}.", Metric.RoundSize),
        new("{S} is looking to raise {A} to fund its expansion.", Metric.RoundSize),
        new("{S} closed its {A} Series C round.", Metric.RoundSize, Form: Form.Attributive),
        new("{S} announced a {A} funding round led by {I}.", Metric.RoundSize, Form: Form.Attributive),
        new("{I} led the {A} round in {S}.", Metric.RoundSize, Form: Form.Attributive),
        new("{S} raised {A} at a valuation of {B}.", Metric.RoundSize, Metric.Valuation),
        new("{S} is in talks to raise {A} at a pre-money valuation of {B}, sources said.", Metric.RoundSize, Metric.Valuation),
        new("{S} raised its fundraising target from {A} to {B}.", Metric.RoundSize, Metric.RoundSize, Form: Form.Change),
        new("{S} increased the size of its funding round from {A} to {B}.", Metric.RoundSize, Metric.RoundSize, Form: Form.Change),
        new("{S} has raised {A} in a Series A round co-led by {I} and Sequoia Capital.", Metric.RoundSize),
        new("{S} said it raised {A} from {I}, Lightspeed Venture Partners and Andreessen Horowitz.", Metric.RoundSize),
        new("{S} is in early talks to raise new funding of {A}, the Financial Times reported.", Metric.RoundSize),
        new("{S} announced on Monday that it had closed a Series D financing of {A}.", Metric.RoundSize),
        new("{S} aims to raise {A} by the end of the year.", Metric.RoundSize),
        new("{S} was said to be in talks to raise {A}.", Metric.RoundSize),
        new("{S} has tapped investors for {A} in fresh capital.", Metric.RoundSize),
        new("{S} is raising {A} in a round led by {I} that values it at {B}.", Metric.RoundSize, Metric.Valuation),
        new("A funding round of {A} led by {I} values {S} at {B}.", Metric.RoundSize, Metric.Valuation),
        new("{S} would raise {A} at a {B} valuation.", Metric.RoundSize, Metric.Valuation),
        new("{S}, which is raising {A}, declined to comment.", Metric.RoundSize),
        new("In the round, which raised {A}, {I} invested {B}.", Metric.RoundSize, Metric.Investment),
        new("{S} is seeking {A} in new funding, people familiar with the matter said.", Metric.RoundSize),
        // valuation
        new("{S} is valued at {A}.", Metric.Valuation),
        new("The deal values {S} at {A}.", Metric.Valuation),
        new("The round values the company at {A}, the people said.", Metric.Valuation),
        new("{S} would be valued at {A} after the round.", Metric.Valuation),
        new("{S} could be valued at {A} in the deal.", Metric.Valuation),
        new("The investment gives {S} a post-money valuation of {A}.", Metric.Valuation),
        new("{S} is seeking a valuation of {A}.", Metric.Valuation),
        new("{S} was last valued at {A} in a funding round.", Metric.Valuation),
        new("The funding would value {S} at {A}.", Metric.Valuation),
        new("{I} invested in {S} at a {A} valuation.", Metric.Valuation, Form: Form.Attributive),
        new("{S}'s valuation rose to {A}.", Metric.Valuation),
        new("Investors cut {S}'s valuation from {A} to {B}.", Metric.Valuation, Metric.Valuation, Form: Form.Change),
        new("{S} lowered its valuation target from {A} to {B}.", Metric.Valuation, Metric.Valuation, Form: Form.Change),
        new("{I} invested {A} in {S} at a valuation of {B}.", Metric.Investment, Metric.Valuation),
        new("{I} invested in {S}, valuing the company at {A}.", Metric.Valuation),
        new("{S} fetched a valuation of {A} in the round.", Metric.Valuation),
        new("{S}'s pre-money valuation is {A}.", Metric.Valuation),
        new("{S}'s valuation more than doubled to {A}.", Metric.Valuation),
        new("{S} was valued at {A} in its last round, up from {B} a year earlier.", Metric.Valuation, Metric.Valuation),
        new("{I} will buy a stake in {S} in a deal that values it at {A}.", Metric.Valuation),
        // investment
        new("{I} will invest {A} in {S}.", Metric.Investment),
        new("{I} plans to invest {A} in {S}, the companies said.", Metric.Investment),
        new("{I} has agreed to invest {A} in {S}.", Metric.Investment),
        new("{I} would put {A} into {S}.", Metric.Investment),
        new("{I} is set to pour {A} into {S}.", Metric.Investment),
        new("{I} injected {A} into {S}.", Metric.Investment),
        new("{I} committed {A} to {S}.", Metric.Investment),
        new("{I} bought a stake in {S} for {A}.", Metric.Investment),
        new("{I} agreed to buy a minority stake in {S} for {A}.", Metric.Investment),
        new("{I} made an investment of {A} in {S}.", Metric.Investment),
        new("{I}'s investment in {S} could reach {A}.", Metric.Investment),
        new("{I} is expected to invest {A} in {S}.", Metric.Investment),
        new("{I} was said to be investing {A} in {S}.", Metric.Investment),
        new("{I} will take a {A} stake in {S}.", Metric.Investment, Form: Form.Attributive),
        new("{I} will make a {A} investment in {S}.", Metric.Investment, Form: Form.Attributive),
        new("{I} will invest {A} in {S}, with {B} upfront and {C} over time.", Metric.Investment, Metric.Investment, Metric.Investment),
        new("{I} agreed to invest {A} in {S}, including {B} in cash and {C} in later tranches.", Metric.Investment, Metric.Investment, Metric.Investment),
        new("{I} raised its planned investment in {S} from {A} to {B}.", Metric.Investment, Metric.Investment, Form: Form.Change),
        new("{I} is investing {A} in {S}.", Metric.Investment),
        new("{I} has invested {A} in {S} since 2019.", Other), // since the labelling conventions (M4): a total so far
        new("{I} will invest {A} in {S} as part of the round.", Metric.Investment),
        new("{I} agreed to inject {A} into {S}'s battery unit.", Metric.Investment),
        new("{I} will acquire a 10% stake in {S} for {A}.", Metric.Investment),
        new("{S} will receive {A} from {I}.", Metric.Investment),
        new("{I} will buy {A} worth of {S} shares.", Metric.Investment),
        new("{I} is investing an additional {A} in {S}.", Metric.Investment),
        new("{I} wrote a {A} check to {S}.", Metric.Investment, Form: Form.Attributive),
        new("{I}'s {A} investment in {S} was announced on Monday.", Metric.Investment, Form: Form.Attributive),
        new("{I} doubled its investment in {S} from {A} to {B}.", Metric.Investment, Metric.Investment, Form: Form.Change),
        new("{I} will invest {A} in {S}, with an initial {B} and the rest later.", Metric.Investment, Metric.Investment),
        new("{I} will invest {A} in {S} in two tranches, {B} now and {C} next year.", Metric.Investment, Metric.Investment, Metric.Investment),
        // compute
        new("{S} agreed to buy {A} of computing capacity from {P}.", Metric.ComputeCommitment),
        new("{S} will purchase {A} of cloud services from {P}.", Metric.ComputeCommitment),
        new("{S} has committed to spend {A} on GPU capacity from {P}.", Metric.ComputeCommitment),
        new("{S} will spend {A} on Azure over the next five years.", Metric.ComputeCommitment),
        new("{S} struck a compute deal worth {A} with {P}.", Metric.ComputeCommitment),
        new("{S} signed a cloud computing agreement with {P} valued at {A}.", Metric.ComputeCommitment),
        new("{S} signed a {A} cloud contract with {P}.", Metric.ComputeCommitment, Form: Form.Attributive),
        new("{P} won a {A} computing deal from {S}.", Metric.ComputeCommitment, Form: Form.Attributive),
        new("{S} signed a deal to buy {A} worth of computing power from {P}.", Metric.ComputeCommitment),
        new("{S} committed to buy {A} in cloud services from {P}.", Metric.ComputeCommitment),
        new("{S} has agreed to spend {A} on {P}'s cloud services.", Metric.ComputeCommitment),
        new("{S} signed a {A} agreement with {P} for GPU capacity.", Metric.ComputeCommitment, Form: Form.Attributive),
        // revenue
        new("{S} has annualized revenue of {A}.", Metric.Revenue),
        new("{S}'s revenue run rate reached {A}.", Metric.Revenue),
        new("{S} has annual recurring revenue of {A}.", Metric.Revenue),
        new("{S}'s ARR topped {A}, the company said.", Metric.Revenue),
        new("{S} had sales of {A} last year.", Metric.Revenue),
        new("{S} expects revenue of {A} this year.", Metric.Revenue),
        new("{S} generated {A} in revenue last year.", Metric.Revenue),
        new("{S} is on track to reach {A} in annualized revenue.", Metric.Revenue),
        new("{S} reported revenue of {A} for 2024.", Metric.Revenue),
        new("{S} posted annual sales of {A}.", Metric.Revenue),
        new("{S}'s annualized revenue is expected to hit {A} by year-end.", Metric.Revenue),
        new("{S} projects {A} in revenue for 2026.", Metric.Revenue),
        new("{S} said its revenue run-rate had surpassed {A}.", Metric.Revenue),
        new("{S} raised its revenue forecast from {A} to {B}.", Metric.Revenue, Metric.Revenue, Form: Form.Change),
        // other
        new("{S}'s market value rose to {A}.", Other),
        new("{I}'s market capitalization topped {A} on Monday.", Other),
        new("{I}'s shares rose to {A}.", Other),
        new("The founder's net worth reached {A}.", Other),
        new("The chips cost {A} each.", Other),
        new("{S} raised {A} in debt financing.", Metric.RoundSize),
        new("{I} agreed to acquire {S} for {A}.", Other),
        new("{I} made an offer of {A} for {S}.", Other),
        new("The European Commission fined {I} {A}.", Other),
        // Other until the named-investor-totals realignment: a named organisation's own money put in is its investment, whatever it
        // goes into (a country, a build-out, many companies), in the reading.
        new("{I} will invest {A} in the United States.", Metric.Investment),
        // Other until the lp-commitments realignment: money committed to a fund is the giver's investment in the reading.
        new("{I} committed {A} to a new venture fund.", Metric.Investment),
        // Since the round conventions (docs/issue-reading/conventions.md, M6/M7): a loan is other (a round size from the fund-raises realignment until then).
        new("{S} took out a loan of {A}.", Other),
        new("{I}'s market cap hit {A}.", Other),
        new("{I}'s stock closed at {A} on Friday.", Other),
        new("{I} will spend {A} on new data centers in Texas.", Other), // since the labelling conventions (M3): own spending
        new("{I} bought {S} for {A}.", Other),
        // Other until the stakes-control realignment: a stake of any size bought is the buyer's investment in the reading.
        new("{I} agreed to buy a majority stake in {S} for {A}.", Metric.Investment),
        new("{S} secured a {A} loan from {I}.", Other, Form: Form.Attributive),
        new("{S} issued {A} of bonds.", Metric.RoundSize),
        // Other until convention M10 (the twentieth session): a fund's size is a round size whoever provides the money.
        new("{I} launched a {A} fund to invest in startups.", Metric.RoundSize, Form: Form.Attributive),
        // A range into many companies reads as each cheque's size ("invest between $1 million and $5 million in startups"): truly
        // ambiguous, so this frame is swept without a range. An investment since the named-investor-totals realignment.
        new("{I} will invest {A} in Indian startups.", Metric.Investment, Form: Form.NoRange),
        new("Nvidia's H100 chips sell for {A} each.", Other),
        new("{S} was fined {A} by regulators.", Other),
        new("{S} raised {A} in its IPO.", Metric.RoundSize),
        new("{S} raised {A} in an initial public offering on the Nasdaq.", Metric.RoundSize),
        new("{S} has raised {A} to date.", Other),
        new("{I} took a {A} charge on the investment.", Other, Form: Form.Attributive),
    ];

    public static TheoryData<string, string> Sentences
    {
        get
        {
            var data = new TheoryData<string, string>();
            for (var f = 0; f < _frames.Length; f++)
            {
                for (var m = 0; m < _amounts.Length; m++)
                {
                    var (sentence, expected) = Fill(_frames[f], f, m);
                    data.Add(sentence, expected);
                }

                if (_frames[f].Form == Form.Free)
                {
                    var (sentence, expected) = FillRange(_frames[f], f);
                    data.Add(sentence, expected);
                }
            }

            return data;
        }
    }

    private static (string Sentence, string Expected) Fill(Frame frame, int f, int m)
    {
        var hedge = frame.Form switch
        {
            Form.Change => "",
            Form.Attributive => _attributiveHedges[(f + m) % _attributiveHedges.Length],
            _ => _hedges[(f + m) % _hedges.Length],
        };
        var a = hedge + _amounts[m];
        return Compose(frame, f + m, a);
    }

    private static (string Sentence, string Expected) FillRange(Frame frame, int f) =>
        Compose(frame, f, _ranges[f % _ranges.Length]);

    private static (string Sentence, string Expected) Compose(Frame frame, int n, string a)
    {
        var b = _others[n % _others.Length];
        var c = _others[(n + 1) % _others.Length];
        var sentence = frame.Text
            .Replace("{S}", _companies[n % _companies.Length], StringComparison.Ordinal)
            .Replace("{I}", _investors[(n + 3) % _investors.Length], StringComparison.Ordinal)
            .Replace("{P}", _providers[n % _providers.Length], StringComparison.Ordinal)
            .Replace("{A}", a, StringComparison.Ordinal)
            .Replace("{B}", b, StringComparison.Ordinal)
            .Replace("{C}", c, StringComparison.Ordinal);
        var slots = new List<string> { Slot(frame.A, a) };
        if (frame.Text.Contains("{B}", StringComparison.Ordinal))
        {
            slots.Add(Slot(frame.B, b));
        }

        if (frame.Text.Contains("{C}", StringComparison.Ordinal))
        {
            slots.Add(Slot(frame.C, c));
        }

        return (sentence, string.Join(";", slots));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_MoneyFrame_EachFigureTakesTheFramesMetric(string sentence, string expected)
    {
        AssertSlotMetrics(sentence, expected);
    }
}
