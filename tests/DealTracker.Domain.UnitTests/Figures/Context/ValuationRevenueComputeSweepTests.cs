using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A generated sweep of the three metrics besides investment and round size (valuation, computeCommitment, revenue) and of the
/// money that only looks like them (market value, share prices, net worth, profit and losses, cash burn, chips and data-centre
/// build-outs: other), in the frames wires write them. Frames are filled with real company, investor and cloud-provider names and
/// with money in several currencies, scales and hedges; each figure must read its slot's metric, a bracketed conversion the metric of
/// the figure it converts. Extends <see cref="MetricFormsSweepTests"/> (whose frames are not repeated here): attributive forms ("a $5
/// billion annualized run rate", "the $825B mark"), changes ("jumped to $X from $Y"), clause orders (an appositive "valued at", a
/// fronted "at a valuation of"), revenue per period ("in monthly revenue"), bookings, and compute deals grown ("expanded its pact by
/// another $X, bringing the total value of the contract to $Y").
/// Frames checked against wire copy, e.g. https://news.anyfans.com/?p=71359 ("CoreWeave has expanded its partnership with OpenAI in a
/// new deal worth up to $6.5 billion, bringing the total value of their agreements to $22.4 billion"), https://thedailyscout.com/s/xPbMgbVgnSk
/// ("Meta just agreed to spend another $21 billion with CoreWeave for artificial intelligence cloud capacity"),
/// https://www.livemint.com/global/debt-is-fueling-the-next-wave-of-the-ai-boom/amp-11759154628960.html ("signed a $300 billion,
/// five-year contract"), https://www.discoverheadlines.com/2026/02/the-ai-gold-rush-anthropics-380bn.html ("Anthropic's annualised
/// revenue has grown tenfold … reaching $14bn"), https://thedailyscout.com/s/gOUjELJl8hw ("its annualized revenue run rate hit that
/// level"), https://link.techcrunch.com/click/24911986.265646/aHR0cHM6Ly90ZWNoY3J1bmNoLmNvbS8yMDIxLzA4LzE2L3RoZS1oeXBlcmFjdGl2ZS1sYXRlLXN0YWdlLW1hcmtldC1zaG91bGQta2VlcC10aGUtc3RhcnR1cC1pbnZlc3RpbmctZ2FtZS1hZm9vdC8_dXRtX21lZGl1bT1UQ25ld3NsZXR0ZXImdHBjYz1UQ2RhaWx5bmV3c2xldHRlcg/50108636dc87ac0b4fa81206B5021e02b
/// ("Carta closed a $500 million Series G at a $7.4 billion price tag").
/// </summary>
public sealed class ValuationRevenueComputeSweepTests
{
    private static readonly Metric? Other = null;

    private static readonly string[] _companies =
    [
        "OpenAI", "xAI", "Perplexity AI", "Safe Superintelligence", "Helsing", "Klarna", "Swiggy", "Ola Electric", "Thinking Machines Lab",
        "ElevenLabs", "Scale AI", "Monzo", "Reliance Retail", "Shein", "Aleph Alpha", "Moonshot AI",
    ];

    private static readonly string[] _investors =
    [
        "SoftBank", "Thrive Capital", "Andreessen Horowitz", "Abu Dhabi's MGX", "Qatar Investment Authority", "Sequoia Capital", "Fidelity",
        "BlackRock", "Lightspeed", "Alibaba Group", "T. Rowe Price", "Tiger Global",
    ];

    private static readonly string[] _providers =
    [
        "Oracle", "CoreWeave", "Google Cloud", "Amazon Web Services", "Nebius", "Nscale", "Microsoft", "Crusoe", "Lambda", "Alphabet's Google",
    ];

    // Sellers of cloud capacity only ("neoclouds"): a pact or a deal they strike is compute bought, with no compute word beside it.
    private static readonly string[] _neoclouds = ["CoreWeave", "Nebius", "Nscale", "Crusoe", "Lambda"];

    // Money as written: symbols, codes, words, Indian units, short scales, and bracketed conversions.
    private static readonly string[] _amounts =
    [
        "$300 billion", "US$1.2 billion", "€14bn", "£850m", "¥2 trillion", "Rs 8,000 crore", "12 billion euros", "$500 mln",
        "$40 billion (£30 billion)", "€6 billion ($6.5 billion)", "₹1,500 crore ($180 million)", "A$2 billion", "90 billion yuan",
        "$1.4 trillion", "S$3 billion",
    ];

    // Second figures of a sentence: distinct from every first figure.
    private static readonly string[] _others = ["$61.5 billion", "€2.1bn", "$157 billion", "£3.4 billion", "$26 billion (£19 billion)", "¥900 billion"];

    private static readonly string[] _hedges = ["", "about ", "more than ", "roughly ", "nearly ", "around ", "over ", "as much as "];

    // Hedges that read before a noun ("a roughly $2 billion valuation").
    private static readonly string[] _attributiveHedges = ["", "roughly ", "nearly ", ""];

    /// <summary>A frame: {S} company, {I} investor, {P} provider, {N} neocloud, {A} {B} money; the metric of each money slot; whether A takes a hedge.</summary>
    private sealed record Frame(string Text, Metric? A, Metric? B = null, Form Form = Form.Free);

    // Free: any hedge; Attributive: hedges that read before a noun; Change: no hedge (two figures of a change, or after "another").
    private enum Form { Free, Attributive, Change }

    private static readonly Frame[] _frames =
    [
        // valuation
        new("{I} invested in {S}, valuing it at {A}.", Metric.Valuation),
        new("The investment by {I} values {S} at {A}, the people said.", Metric.Valuation),
        new("The round, led by {I}, priced {S} at {A}.", Metric.Valuation),
        new("The deal gives {S} an implied valuation of {A}.", Metric.Valuation),
        new("{S} is raising money at a post-money valuation of {A}, according to Bloomberg News.", Metric.Valuation),
        new("{S}'s valuation jumped to {A} from {B}.", Metric.Valuation, Metric.Valuation, Form.Change),
        new("{S}'s valuation has climbed to {A}, up from {B} in its last round.", Metric.Valuation, Metric.Valuation, Form.Change),
        new("The tender offer would top {S}'s most recent {A} mark.", Metric.Valuation, Form: Form.Attributive),
        new("Investors are weighing a deal above {S}'s latest {A} mark.", Metric.Valuation, Form: Form.Attributive),
        new("The new funding would make {S} worth {A}.", Metric.Valuation),
        new("{S} is now worth {A} after the round led by {I}.", Metric.Valuation),
        new("{S}, which was valued at {A} last year, declined to comment.", Metric.Valuation),
        new("{S}, valued at {A}, counts {I} among its backers.", Metric.Valuation),
        new("At a valuation of {A}, {S} would rank among the most valuable startups.", Metric.Valuation),
        new("{I} is in talks to lead a round that would value {S} at {A}.", Metric.Valuation),
        new("The secondary sale values {S} at {A}, people familiar with the matter said.", Metric.Valuation),
        new("{S} fetched a {A} valuation in the round led by {I}.", Metric.Valuation, Form: Form.Attributive),
        new("{S} is seeking a pre-money valuation of {A}.", Metric.Valuation),
        new("{S} was last valued at {A}, according to PitchBook.", Metric.Valuation),
        new("{I} bought shares in {S} at a valuation of {A}.", Metric.Valuation),
        new("{S} commands a valuation of {A} after the deal.", Metric.Valuation),
        new("The round doubles {S}'s valuation to {A}.", Metric.Valuation),
        new("{S} closed the round at a {A} price tag.", Metric.Valuation, Form: Form.Attributive),
        new("{S}'s market capitalisation rose to {A}.", Other),
        new("{I}'s market value fell to {A} on Tuesday.", Other),
        new("{I} shares were trading at {A} on Friday.", Other),
        new("{S}'s stock has fallen to {A}.", Other),
        new("The company's founder has a net worth of {A}.", Other),
        new("{I} manages assets of {A}.", Other),
        // revenue
        new("{S} hit a {A} annualized run rate as of June.", Metric.Revenue, Form: Form.Attributive),
        new("{S} reached a {A} annualised revenue run rate in March.", Metric.Revenue, Form: Form.Attributive),
        new("{S} has an annualized run-rate revenue of {A}.", Metric.Revenue),
        new("{S}'s run rate stood at {A} at the end of the quarter.", Metric.Revenue),
        new("{S} crossed {A} in annual recurring revenue.", Metric.Revenue),
        new("{S} has {A} in ARR, the company said.", Metric.Revenue),
        new("{S} reported a turnover of {A} for the year.", Metric.Revenue),
        new("{S}'s revenue rose to {A} from {B}.", Metric.Revenue, Metric.Revenue, Form.Change),
        new("{S}'s annual revenue climbed to {A} from {B} a year earlier.", Metric.Revenue, Metric.Revenue, Form.Change),
        new("{S} generates {A} in revenue a year.", Metric.Revenue),
        new("{S} earns {A} in monthly revenue.", Metric.Revenue),
        new("{S}'s revenue from operations declined to {A} from {B}.", Metric.Revenue, Metric.Revenue, Form.Change),
        new("{S} expects bookings of {A} this year.", Metric.Revenue),
        new("{S} booked {A} in sales last year.", Metric.Revenue),
        new("{S} recorded sales of {A} in the year to March.", Metric.Revenue),
        new("{S}'s annualized revenue is on track to reach {A}.", Metric.Revenue),
        new("{S} is generating {A} in annualized revenue, people familiar with the matter said.", Metric.Revenue),
        new("{S}'s profit rose to {A}.", Other),
        new("{S} posted a net income of {A}.", Other),
        new("{S}'s net loss widened to {A}.", Other),
        new("{S} reported EBITDA of {A}.", Other),
        new("{S} expects to burn {A} in cash this year.", Other),
        new("{S}'s cash burn could reach {A} next year.", Other),
        // compute commitment
        new("{S} agreed to buy {A} of computing power from {P}.", Metric.ComputeCommitment),
        new("{S} signed a six-year, {A} cloud deal with {P}.", Metric.ComputeCommitment),
        new("{S} agreed to spend {A} on Azure over the next few years.", Metric.ComputeCommitment),
        new("{S} signed a {A} compute deal with {P}.", Metric.ComputeCommitment, Form: Form.Attributive),
        new("{S} has contracted {A} of capacity from {P}.", Metric.ComputeCommitment),
        new("{N} signed a {A} pact with {S}.", Metric.ComputeCommitment, Form: Form.Attributive),
        new("{N} expanded its pact with {S} by another {A}, bringing the total value of the contract to {B}.", Metric.ComputeCommitment, Metric.ComputeCommitment, Form.Change),
        new("{S} is paying {A} per month for Colossus capacity.", Metric.ComputeCommitment),
        new("{P} signed a {A} GPU capacity agreement with {S}.", Metric.ComputeCommitment, Form: Form.Attributive),
        new("{S} agreed to spend another {A} with {P} for cloud capacity.", Metric.ComputeCommitment, Form: Form.Change),
        new("{S} has committed to spend {A} on cloud services from {P}.", Metric.ComputeCommitment),
        new("{P} will provide {S} with GPU capacity worth {A}.", Metric.ComputeCommitment),
        new("{S} struck a cloud deal with {P} worth {A}.", Metric.ComputeCommitment),
        // Other until the named-investor-totals realignment: a named organisation's own money spent on its own build-out is its
        // investment in the reading ("invest $X", "put in $X"); buying chips stays other ("chip prices").
        // Since the labelling conventions (M3): spending without an invest word on its own data centres is other; "invest" stays.
        new("{S} will spend {A} to build data centres in Texas.", Other),
        new("{S} plans to invest {A} in new data centers this year.", Metric.Investment),
        // Since the round conventions (docs/issue-reading/conventions.md, M6/M7): chips bought from another company are a compute commitment (other until then).
        new("{S} will buy {A} of Nvidia chips.", Metric.ComputeCommitment),
        new("{S}'s capital expenditure will reach {A} this year.", Other),
        new("{P} plans capital spending of {A} next year.", Other),
    ];

    public static TheoryData<string, string> Sentences => EveryFrameWithEveryForm(_frames, _amounts.Length, Fill);

    private static (string Sentence, string Expected) Fill(Frame frame, int f, int m)
    {
        var hedge = frame.Form switch
        {
            Form.Change => "",
            Form.Attributive => _attributiveHedges[(f + m) % _attributiveHedges.Length],
            _ => _hedges[(f + m) % _hedges.Length],
        };
        var a = hedge + _amounts[m];
        var n = f + m;
        var b = _others[n % _others.Length];
        var sentence = frame.Text
            .Replace("{S}", _companies[n % _companies.Length], StringComparison.Ordinal)
            .Replace("{I}", _investors[(n + 5) % _investors.Length], StringComparison.Ordinal)
            .Replace("{P}", _providers[n % _providers.Length], StringComparison.Ordinal)
            .Replace("{N}", _neoclouds[n % _neoclouds.Length], StringComparison.Ordinal)
            .Replace("{A}", a, StringComparison.Ordinal)
            .Replace("{B}", b, StringComparison.Ordinal);
        var slots = new List<string> { Slot(frame.A, a) };
        if (frame.Text.Contains("{B}", StringComparison.Ordinal))
        {
            slots.Add(Slot(frame.B, b));
        }

        return (sentence, string.Join(";", slots));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_ValueRevenueOrComputeFrame_EachFigureTakesTheFramesMetric(string sentence, string expected)
    {
        AssertSlotMetrics(sentence, expected);
    }
}
