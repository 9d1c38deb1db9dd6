using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A generated sweep of compute commitments in every shape wires write them (the issue: "to buy $X of computing / cloud services" →
/// computeCommitment): buyers and providers of every name shape (labs, hyperscalers, neoclouds, former bitcoin miners, clouds named
/// with their parent or an acronym in brackets) in frames of signing a deal for compute, a provider supplying compute to a buyer
/// for or worth the figure, a buyer paying a provider per month or year to secure or rent compute, multi-year compute commitments,
/// deals grown by or to the figure, a contract's total value, compute bought by its amount; and their counterparts that are no
/// compute (a company bought, money to build data centres, equity in a compute company, a provider's backlog, chip sales, a chip
/// maker's or a neocloud's value, debt).
/// Frames checked against wire copy: https://worldofsoftware.org/microsoft-has-struck-a-9-7-billion-deal-with-iren-giving-it-access-to-nvidia-chips/amp
/// ("Microsoft has signed a $9.7 billion cloud services contract with … IREN"), https://www.bisnow.com/national/news/data-center/meta-signs-142b-deal-with-with-ai-cloud-firm-coreweave-131206
/// ("CoreWeave will provide Meta Platforms with artificial intelligence computing as a service"; "expanded its cloud services
/// agreement with OpenAI by $6.5B"), https://algeriatech.news/meta-coreweave-21b-ai-computing-contract-2026 ("an expanded agreement
/// with Meta Platforms to provide AI cloud capacity for approximately $21 billion"), https://neurozzio.com/ai-investment/microsoft-secures-9-7b-ai-cloud-deal-with-iren
/// ("an agreement to purchase artificial intelligence cloud capacity from IREN Ltd. for approximately $9.7 billion"),
/// https://www.mexc.fm/ms-MY/news/cipher-mining-cifr-stock-company-signs-5-5-billion-amazon-web-services-lease-agreement/152384
/// ("signed a $5.5 billion, 15-year lease agreement with Amazon Web Services").
/// Decided: "the total contract value will reach $X" alone names no compute (other, never a valuation); after a compute figure in
/// its sentence, or with compute named in it, it is that compute deal's value (computeCommitment); and in running text the same
/// amount restated from the sentence before keeps its reading there ("Calculated at $920 million per month, …"). A provider's
/// backlog or remaining performance obligations are other (contracted revenue of many buyers, no one commitment).
/// </summary>
public sealed class ComputeCommitmentShapesSweepTests
{
    private static readonly Metric? Other = null;

    private static readonly string[] _buyers =
    [
        "OpenAI", "Anthropic", "Meta Platforms", "Microsoft", "xAI", "Mistral AI",
        "Meta", "Humain", "G42", "Thinking Machines Lab", "Saudi Arabia's Humain", "Elon Musk's xAI",
    ];
    private static readonly string[] _providers =
    [
        "Oracle", "CoreWeave", "Nebius Group", "Lambda", "Crusoe",
        "Nscale", "IREN", "Cipher Mining", "TeraWulf", "Google Cloud",
        "Amazon Web Services (AWS)", "Microsoft Azure", "Fluidstack", "Nebius", "Amazon's AWS",
        "Alphabet's Google",
    ];
    // What compute is bought as; "AI infrastructure" only where a verb of supplying or renting takes it (alone after "for" it is a
    // build-out's purpose by the convention, kept out of the Purpose frames).
    private static readonly string[] _things =
    [
        "AI compute", "cloud capacity", "GPU capacity", "AI infrastructure", "data-centre capacity", "data center capacity",
        "TPUs", "servers", "computing power", "Nvidia GPUs", "cloud services", "AI cloud capacity",
        "compute capacity", "artificial intelligence infrastructure", "high-performance computing capacity", "Nvidia GB300 GPUs", "Blackwell GPU clusters", "graphics processing units",
        "data-center capacity",
    ];
    private static readonly string[] _amounts =
    [
        "$300 billion", "$17.4B", "US$38 billion", "€14bn", "£1.5bn", "$9.7bn (A$14.9bn)",
        "$14.2 billion", "$5.5 billion", "$920 million", "¥2 trillion", "$1.4bn", "€2 billion ($2.3 billion)",
        "Rs 8,000 crore", "$21bn", "$3 billion",
    ];
    private static readonly string[] _hedges = ["", "up to ", "as much as ", "about ", "more than ", "nearly ", "roughly ", "approximately ", "around ", ""];
    private static readonly string[] _attributiveHedges = ["", "roughly ", "nearly ", "", "about "];

    /// <summary>A frame: {B} buyer, {P} provider, {T} compute bought, {A} money; the metric of the money; which hedges it takes; Purpose: {T} only after "for".</summary>
    private sealed record Frame(string Text, Metric? Metric, Form Form, bool Purpose = false);

    // Free: any hedge; Attributive: hedges that read before a noun; Bare: no hedge (after "by", "to" or before ", five-year").
    private enum Form { Free, Attributive, Bare }

    private static readonly Frame[] _frames =
    [
        new("{B} signed a {A} deal with {P} for {T}.", Metric.ComputeCommitment, Form.Attributive, Purpose: true),
        new("{B} has struck a {A} contract with {P} for {T}.", Metric.ComputeCommitment, Form.Attributive, Purpose: true),
        new("{B} inked a {A} agreement with {P} for {T}.", Metric.ComputeCommitment, Form.Attributive, Purpose: true),
        new("{B} signed a deal with {P} worth {A} for {T}.", Metric.ComputeCommitment, Form.Free, Purpose: true),
        new("{B} struck an agreement with {P} valued at {A} for {T}.", Metric.ComputeCommitment, Form.Free, Purpose: true),
        new("{P} will provide {T} to {B} for {A} over five years.", Metric.ComputeCommitment, Form.Free),
        new("{P} agreed to supply {B} with {T} worth {A}.", Metric.ComputeCommitment, Form.Free),
        new("{P} will deliver {T} to {B} under a contract worth {A}.", Metric.ComputeCommitment, Form.Free),
        new("{P} formed an agreement with {B} to provide {T} for {A} over the next five years.", Metric.ComputeCommitment, Form.Free),
        new("In September, {P} signed an agreement with {B} to supply {T} for {A} through 2031.", Metric.ComputeCommitment, Form.Free),
        new("{B} will pay {P} {A} per month to secure {T}.", Metric.ComputeCommitment, Form.Free),
        new("Under the agreement, {B} will pay {P} {A} a year for access to {T}.", Metric.ComputeCommitment, Form.Free),
        new("{B} will pay {P} {A} to rent {T}.", Metric.ComputeCommitment, Form.Free),
        new("{B} agreed to lease {T} from {P} for {A}.", Metric.ComputeCommitment, Form.Free),
        new("{B} signed a {A} multi-year compute agreement with {P}.", Metric.ComputeCommitment, Form.Attributive),
        new("{P} signed a five-year, {A} cloud contract with {B}.", Metric.ComputeCommitment, Form.Bare),
        new("{B} signed a {A} multiyear cloud commitment with {P}.", Metric.ComputeCommitment, Form.Attributive),
        new("{B} has committed to spend {A} on {P}'s cloud.", Metric.ComputeCommitment, Form.Free),
        new("{B} committed to spend {A} on compute from {P} over seven years.", Metric.ComputeCommitment, Form.Free),
        new("{B} has agreed to spend {A} on {T} from {P}.", Metric.ComputeCommitment, Form.Free),
        new("{B} expanded its contract with {P} by {A} for additional {T}.", Metric.ComputeCommitment, Form.Bare, Purpose: true),
        new("{P} expanded its agreement with {B} for {T} to {A}.", Metric.ComputeCommitment, Form.Bare, Purpose: true),
        new("{B} signed a contract with {P} valued at {A} for {T}.", Metric.ComputeCommitment, Form.Free, Purpose: true),
        new("{B} agreed to buy {A} of {T} from {P}.", Metric.ComputeCommitment, Form.Free),
        new("{B} is paying {P} {A} for {T}.", Metric.ComputeCommitment, Form.Free, Purpose: true),
        new("Under the deal, {P} will provide {B} with {T} worth {A} over five years.", Metric.ComputeCommitment, Form.Free),
        new("{B} entered into an agreement to purchase {T} from {P} for {A}.", Metric.ComputeCommitment, Form.Free),
        new("{P} announced an expanded agreement with {B} to provide {T} for {A} through 2032.", Metric.ComputeCommitment, Form.Free),
        new("{B} and {P} signed a {A} compute deal.", Metric.ComputeCommitment, Form.Attributive),
        new("{P} won a {A} contract from {B} to supply {T}.", Metric.ComputeCommitment, Form.Attributive),
        new("{P} has secured a {A} contract to provide {T} to {B}.", Metric.ComputeCommitment, Form.Attributive),
        new("{B} will spend {A} on {T} from {P} over the next five years.", Metric.ComputeCommitment, Form.Free),
        new("{B} agreed to a {A} deal with {P} for {T}.", Metric.ComputeCommitment, Form.Attributive, Purpose: true),
        new("{B} signed a {A}, five-year agreement with {P} to secure {T}.", Metric.ComputeCommitment, Form.Bare),
        new("{P} landed a contract worth {A} to supply {B} with {T}.", Metric.ComputeCommitment, Form.Free),
        new("{B} reached a deal to rent {T} from {P} for {A}.", Metric.ComputeCommitment, Form.Free),
        new("{P} will sell {T} to {B} in a deal worth {A}.", Metric.ComputeCommitment, Form.Free),
        new("The contract, worth {A}, gives {B} access to {T} from {P}.", Metric.ComputeCommitment, Form.Free),
        new("{B} has signed a {A} deal to access {T} from {P}.", Metric.ComputeCommitment, Form.Attributive),
        new("{P} said the contract with {B} to provide {T} was worth {A}.", Metric.ComputeCommitment, Form.Free),
        new("{B} will pay {P} {A} per month from October 2026 to June 2029 to secure approximately 110,000 {T}.", Metric.ComputeCommitment, Form.Free),
        new("{P} agreed to provide {B} with {T} for {A} a year.", Metric.ComputeCommitment, Form.Free),
        new("The total contract value of {B}'s agreement to rent {T} from {P} will reach {A}.", Metric.ComputeCommitment, Form.Free),
        new("{P} has contracted {A} of {T} to {B}.", Metric.ComputeCommitment, Form.Free),
        new("{B} committed {A} to {P}'s cloud over eight years.", Metric.ComputeCommitment, Form.Free),
        new("{P} struck a {A} agreement to supply {T} to {B} over the next decade.", Metric.ComputeCommitment, Form.Attributive),
        new("{P} said {B} agreed to pay {A} for {T} through 2030.", Metric.ComputeCommitment, Form.Free, Purpose: true),
        new("{B} has agreed to purchase {A} of {T} from {P}.", Metric.ComputeCommitment, Form.Free),
        new("The total contract value will reach {A}.", Other, Form.Free),
        new("{B} bought data centre operator {P} for {A}.", Other, Form.Free),
        new("{B} agreed to buy {P}'s data centres for {A}.", Other, Form.Free),
        // Other until the named-investor-totals realignment: the buyer's own money into its own build-out is its investment in the
        // issue's reading ("invest $X"); buying compute stays a compute commitment and buying chips other.
        new("{B} will invest {A} to build AI infrastructure in Texas.", Metric.Investment, Form.Free),
        // Since the round conventions (docs/issue-reading/conventions.md, M6/M7): a loan is other (a round size from the fund-raises realignment until then).
        new("{P} secured a {A} loan to buy {T}.", Other, Form.Attributive),
        new("Nvidia will invest {A} in {P}.", Metric.Investment, Form.Free),
        new("Nvidia's sales of {T} rose to {A} last quarter.", Metric.Revenue, Form.Bare),
        // Counterparts: a company bought, money to build data centres, equity in a compute company, backlog, chip sales, a chip maker's or a neocloud's value, debt.
        new("{B} agreed to acquire {P}, which runs data centres, for {A}.", Other, Form.Free),
        new("{B} will spend {A} to build data centres for {T}.", Other, Form.Free, Purpose: true), // the labelling conventions, M3
        new("{B} plans to invest {A} in new data centres to house {T}.", Metric.Investment, Form.Free),
        new("{B} invested {A} in {P}.", Metric.Investment, Form.Free),
        new("{B} will invest {A} in {P}, the AI cloud provider.", Metric.Investment, Form.Free),
        new("{B} bought a {A} stake in {P}.", Metric.Investment, Form.Attributive),
        new("{P}'s remaining performance obligations rose to {A}.", Other, Form.Free),
        new("{P} reported a backlog of {A}.", Other, Form.Free),
        new("Nvidia's market value topped {A}.", Other, Form.Free),
        new("{P} was valued at {A} in its latest funding round.", Metric.Valuation, Form.Free),
        new("Nvidia's data-centre revenue rose to {A}.", Metric.Revenue, Form.Free),
        new("{P} raised {A} in debt to buy GPUs.", Metric.RoundSize, Form.Free),
    ];

    public static TheoryData<string, string> Sentences => EveryFrameWithEveryForm(_frames, _amounts.Length, Fill);

    private static (string Sentence, string Expected) Fill(Frame frame, int f, int m)
    {
        var n = f + m;
        var hedge = frame.Form switch
        {
            Form.Bare => "",
            Form.Attributive => _attributiveHedges[n % _attributiveHedges.Length],
            _ => _hedges[n % _hedges.Length],
        };
        var a = hedge + _amounts[m];
        var buyer = _buyers[(f + (m * 5)) % _buyers.Length];
        var provider = _providers[((f * 5) + (m * 3) + 1) % _providers.Length];
        // A buyer is never its own provider ("Microsoft" and "Microsoft Azure", "Humain" and "Saudi Arabia's Humain").
        if (buyer.Split(' ')[^1] == provider.Split(' ')[^1] || (buyer.Contains("Microsoft", StringComparison.Ordinal) && provider.Contains("Microsoft", StringComparison.Ordinal)))
        {
            provider = _providers[((f * 5) + (m * 3) + 2) % _providers.Length];
        }

        var pool = frame.Purpose ? _things.Where(t => !t.Contains("infrastructure", StringComparison.Ordinal)).ToArray() : _things;
        var sentence = frame.Text
            .Replace("{B}", buyer, StringComparison.Ordinal)
            .Replace("{P}", provider, StringComparison.Ordinal)
            .Replace("{T}", pool[((f * 3) + (m * 5)) % pool.Length], StringComparison.Ordinal)
            .Replace("{A}", a, StringComparison.Ordinal);
        sentence = sentence.StartsWith("xAI", StringComparison.Ordinal) ? sentence : Capitalised(sentence);
        return (sentence, Slot(frame.Metric, a));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_ComputeCommitmentFrame_TheFigureTakesTheFramesMetric(string sentence, string expected)
    {
        AssertSlotMetrics(sentence, expected);
    }

    [Fact]
    public void Read_ContractValueAfterAComputeSentence_BothFiguresAreCompute()
    {
        // https://en.wedoany.com/shortnews/213658.html: the rate restated in the next sentence keeps its reading, and the contract's
        // total value after it is that compute deal's value.
        var text = "Under the agreement, Google will pay SpaceX $920 million per month from October 2026 to June 2029 to secure approximately "
            + "110,000 NVIDIA GPUs. Calculated at $920 million per month, the total contract value will reach approximately $29.44 billion.";

        var metrics = Read(text).Figures.Select(f => f.Metric).ToList();

        Assert.Equal([Metric.ComputeCommitment, Metric.ComputeCommitment, Metric.ComputeCommitment], metrics);
    }

    [Fact]
    public void Read_ContractValueAlone_IsOtherNotAValuation()
    {
        var metrics = Read("Calculated at $920 million per month, the total contract value will reach approximately $29.44 billion.").Figures
            .Select(f => f.Metric).ToList();

        Assert.Equal([Other, Other], metrics);
    }

    [Theory]
    [InlineData("Microsoft will pay $2.3 billion to acquire Nebius's GPU unit.")]
    [InlineData("Meta agreed to pay about €2bn to buy CoreWeave's cloud business.")]
    public void Read_PaidToAcquireAComputeBusiness_IsOther(string sentence)
    {
        Assert.All(Read(sentence).Figures, f => Assert.Null(f.Metric));
    }
}
