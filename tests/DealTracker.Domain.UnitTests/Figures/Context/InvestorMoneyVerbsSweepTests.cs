using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The investor-verbs sweep: the investor of an investment figure is the subject of whatever money verb puts it in (bet, wager, offer,
/// pay, spend, shell out, fork out, plough, pump, inject, commit, pledge, earmark, deploy, chip in, contribute, provide, back ... with,
/// tie up with ... to the tune of, participate with), of a hedged or dropped plan ("is contemplating / weighing / mulling a $X
/// investment", "scrapped / shelved a planned $X investment", "announced a $X investment"), or the owner or agent of a deal noun ("X's
/// $Y stake buy", "X's announcement of up to $Y", "a $Y investment by X", "the investment was made by X to the tune of $Y", "X's
/// purchase of a 3% stake in Z for $Y"); never the company after in / into / on / to. Frames are the ones wires write, e.g.
/// https://blackchristiannews.com/2017/08/softbank-and-vision-fund-invest-4-4-billion-in-wework/ ("the Japanese conglomerate has chosen
/// to bet $4.4 billion on WeWork"); http://pbokelly.blogspot.com/2017/03/softbank-drops-100-million-investment.html ("SoftBank Group Corp.
/// scrapped a planned $100 million investment in a smartphone startup"); https://www.dealstreetasia.com/stories/softbank-considers-investment-of-over-1-billion-in-wework-63877/
/// ("SoftBank Group Corp is considering an investment of more than $1 billion in ... WeWork"); https://www.vccircle.com/grapevine-saudi-fund-general-atlantic-may-back-jio-medlife-seeks-funding
/// ("Vista Equity Partners decided to pump in $1.5 billion"); http://www.newindianexpress.com/business/2019/jun/18/media-baron-raghav-bahl-invests-rs-50-crore-more-in-the-quint-1991866.html
/// ("Bahl is deploying $36.13 million (Rs 252 crore) in capital").
/// Before the sweep's fixes 617 of these 800 combinations read right (no investment for "offered $X to Y", "tied up with Y to the tune
/// of $X", "a $X funding in Y", "providing a $X Series A round", "X's announcement of up to $X in Y", "was made by X to the tune of";
/// no investor for "X's 9.9% stake buy for $X", "its purchase of a 3% stake ... for $X", "about X committing $X", a person as the subject
/// of "bet", "deploy", "announced / scrapped / is weighing a $X investment" or as agent and giver, a place-owned name offering money);
/// after them all 800.
/// </summary>
public sealed class InvestorMoneyVerbsSweepTests
{
    /// <summary>An investor as written, the names accepted ("|"), its possessive as written, and whether a person (takes "who" / "his").</summary>
    private static readonly (string Written, string Accepted, string Possessive, bool Person)[] _investors =
    [
        ("SoftBank", "SoftBank", "SoftBank's", false),
        ("SoftBank Group Corp.", "SoftBank Group Corp.|SoftBank Group", "SoftBank Group's", false),
        ("Amazon", "Amazon", "Amazon's", false),
        ("Temasek Holdings", "Temasek Holdings|Temasek", "Temasek's", false),
        ("Sequoia Capital China", "Sequoia Capital China", "Sequoia Capital China's", false),
        ("Vista Equity Partners", "Vista Equity Partners", "Vista Equity Partners'", false),
        ("Qatar Investment Authority", "Qatar Investment Authority", "Qatar Investment Authority's", false),
        ("PIF", "PIF", "PIF's", false),
        ("ADIA", "ADIA", "ADIA's", false),
        ("Saudi Arabia's Public Investment Fund", "Public Investment Fund|Saudi Arabia's Public Investment Fund", "the Public Investment Fund's", false),
        ("Ford Motor Co.", "Ford Motor Co.|Ford Motor", "Ford's", false),
        ("Cox Automotive", "Cox Automotive", "Cox Automotive's", false),
        ("General Atlantic", "General Atlantic", "General Atlantic's", false),
        ("Reliance Industries Ltd", "Reliance Industries Ltd|Reliance Industries Ltd.|Reliance Industries", "Reliance's", false),
        ("Sam Altman", "Sam Altman", "Sam Altman's", true),
        ("Mr. Kalanick", "Mr. Kalanick|Kalanick", "Mr. Kalanick's", true),
    ];

    private static readonly string[] _targets =
        ["WeWork", "Anthropic", "Magic Leap", "Rivian", "Reliance Retail Ventures", "Essential Products", "Rain AI", "Intas Pharmaceuticals", "Mistral AI", "Jio Platforms"];

    private static readonly string[] _money = ["$4.4 billion", "$500 million", "₹185.7 crore", "Rs 43,574 crore", "€2bn", "£365m", "US$750 million", "$1-billion", "$120 million"];

    /// <summary>Money verbs and verb phrases: {X} the investor, {P} its possessive, {Y} the company, {M} the money.</summary>
    private static readonly string[] _verbFrames =
    [
        "{X} has chosen to bet {M} on {Y}.",
        "{X} bet {M} on {Y} last year.",
        "{X} is wagering {M} on {Y}, people familiar with the matter said.",
        "{X} has offered {M} to {Y} for a minority stake.",
        "{X} offered {M} to {Y}.",
        "{X} paid {M} for shares in {Y}.",
        "{X} spent {M} on a minority stake in {Y}.",
        "{X} shelled out {M} for a 5% stake in {Y}.",
        "{X} will fork out {M} for a stake in {Y}.",
        "{X} will plough {M} into {Y}.",
        "{X} is set to pump {M} into {Y}.",
        "{X} injected {M} into {Y} last month.",
        "Two weeks ago I wrote about {X} committing {M} to {Y}.",
        "{X} has pledged {M} to {Y}.",
        "{X} has earmarked {M} for a stake in {Y}.",
        "{X} will deploy {M} in {Y}.",
        "{X} wrote a {M} cheque to {Y}.",
        "{X} has entered into advanced discussions to participate with {M} in {Y}.",
        "{X} chipped in {M} for {Y}.",
        "{X} contributed {M} to {Y}.",
        "{X} provided {M} to {Y} in exchange for a 10% stake.",
        "{X} backed {Y} with {M}.",
        "Earlier this year, {X} tied up with {Y} to the tune of {M}.",
        "{X} is contemplating a {M} investment in {Y}.",
        "{X} is contemplating a {M} funding in {Y}, for a stake of about 1%.",
        "{X} is weighing a {M} investment in {Y}, Bloomberg reported.",
        "{X} is mulling a {M} investment in {Y}.",
        "{X} is in talks over a {M} investment in {Y}.",
        "{X} is considering an investment of {M} in {Y}.",
        "{X} scrapped a planned {M} investment in {Y}.",
        "{X} has shelved a {M} investment in {Y}.",
        "{X} cancelled its planned {M} investment in {Y}.",
        "{X} dropped a proposed {M} investment in {Y}.",
        "{X} announced a {M} investment in {Y} on Tuesday.",
        "{X} unveiled a {M} investment in {Y}.",
        "{X} disclosed a {M} investment in {Y} in a filing.",
        "{X} made a {M} investment in {Y} in 2021.",
        "{X} was the earliest investor in {Y}, providing a {M} Series A round in 2015.",
    ];

    /// <summary>Deal nouns with an owner or an agent.</summary>
    private static readonly string[] _nounFrames =
    [
        "Following {P} 9.9% stake buy for {M}, {Y} drew more investors.",
        "{P} announcement of up to {M} in {Y} lifted the shares.",
        "{P} commitment of {M} to {Y} was announced on Monday.",
        "{P} offer of {M} for a stake in {Y} was rejected.",
        "{P} {M} bet on {Y} has paid off.",
        "{P} {M} stake in {Y} is now worth more.",
        "The {M} investment by {X} values {Y} at $2.65bn.",
        "A {M} investment by {X} in {Y} was approved on Friday.",
        "The highest investment in this round was made by {X} to the tune of {M}, {Y} said.",
        "The other big transaction by {X} last year was its purchase of a 3% stake in {Y} for {M} from Singapore's GIC.",
        "{P} purchase of a 3% stake in {Y} for {M} closed in June.",
        "{Y} was funded with {M} from {X}.",
    ];

    public static TheoryData<string, string, string, string> VerbCases() => Cases(_verbFrames, 0);

    public static TheoryData<string, string, string, string> NounCases() => Cases(_nounFrames, 5);

    private static TheoryData<string, string, string, string> Cases(string[] frames, int k)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (written, accepted, possessive, person) in _investors)
        {
            foreach (var template in frames)
            {
                var frame = person ? template.Replace("its purchase", "his purchase", StringComparison.Ordinal).Replace("its planned", "his planned", StringComparison.Ordinal) : template;
                var money = _money[k % _money.Length];
                var target = _targets[k++ % _targets.Length];
                var sentence = frame.Replace("{X}", written, StringComparison.Ordinal).Replace("{P}", possessive, StringComparison.Ordinal)
                    .Replace("{Y}", target, StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal);
                var names = frame.Contains("{P}", StringComparison.Ordinal) ? $"{accepted}|{possessive.Replace("the ", "", StringComparison.Ordinal).TrimEnd('s').TrimEnd('\'', '’')}" : accepted;
                data.Add(Capitalised(sentence), money, names, target);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VerbCases))]
    public void Read_SubjectOfAnyMoneyVerb_IsTheInvestor(string sentence, string at, string accepted, string target)
    {
        AssertInvestmentBy(sentence, at, accepted, target);
    }

    [Theory]
    [MemberData(nameof(NounCases))]
    public void Read_OwnerOrAgentOfADealNoun_IsTheInvestor(string sentence, string at, string accepted, string target)
    {
        AssertInvestmentBy(sentence, at, accepted, target);
    }

    /// <summary>
    /// Negatives: a bid for a whole company is no investment; chips bought are compute, no investment (convention M7, since the thirtieth
    /// session for "invest … in Nvidia chips" as for "spend … on Nvidia chips"); a pronoun names no investor; the company raising
    /// its own round is no investor.
    /// </summary>
    [Theory]
    [InlineData("SoftBank offered $2 billion to acquire Intel.", "$2 billion", null)]
    [InlineData("Microsoft will invest $5 billion in Nvidia chips.", "$5 billion", Metric.ComputeCommitment)]
    [InlineData("SoftBank scrapped a planned $100 million investment in India.", "$100 million", null)]
    [InlineData("Earlier this year, Ford tied up with the government to the tune of $500 million.", "$500 million", null)]
    [InlineData("It is contemplating a $500 million investment in WeWork.", "$500 million", Metric.Investment)]
    [InlineData("WeWork is contemplating a $500 million funding round.", "$500 million", Metric.RoundSize)]
    public void Read_NoCompanyOrNoGiverNamed_NamesNoInvestor(string sentence, string at, Metric? metric)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(metric, figure.Metric);
        Assert.Null(figure.Investor);
    }

    /// <summary>
    /// Rows that asserted other with no investor under the ninth session's convention, moved here by the realignments to the issue's
    /// reading: a named organisation's own money is its investment, whatever it goes into.
    /// </summary>
    [Theory]
    // Stakes-control: a stake of any size bought is the buyer's.
    [InlineData("SoftBank offered $2 billion for a controlling stake in Intel.", "$2 billion", "SoftBank")]
    // Named-investor-totals: money into a country or the giver's own build-out.
    [InlineData("SoftBank will pour $2 billion into India.", "$2 billion", "SoftBank")]
    // Lp-commitments: money into a fund.
    [InlineData("Smart Pension has announced a £330m investment in two Octopus Energy generation funds.", "£330m", "Smart Pension")]
    public void Read_NamedGiversOwnMoney_IsItsInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    /// <summary>
    /// Real sentences from outside the corpus. Before the sweep 14 of these 15 read right (the common verbs were read already: "agreed to
    /// invest", "decided to pump in", "is deploying", "is considering an investment of"); "Israel Corp just gave it a $100m funding" was a
    /// round with no investor; after it all 15. Left out, wrong before and after: "George Soros has joined the ranks of billionaires going
    /// green, after snapping up a $US2.8 billion stake in ... Rivian" (https://thedriven.io/2022/02/14/soros-buys-into-rivian-joining-green-billionaires-investing-in-electric-vehicle-makers/amp:
    /// the subject of a main clause before "after snapping up", no investor) and "... pitched their idea to Elon Musk, a serial entrepreneur
    /// who agreed to invest US$6.5 million in its Series A round" (https://www.theedgesingapore.com/views/tech/tesla-challengers-use-spacs-play-catch:
    /// Tesla, an appositive's relative clause, outside this sweep); "Sequoia Capital led the way with $21m"
    /// (https://thehustle.co/03112020-sequoia-capital-vc-finix-stripe/amp/) is other, a leader's part left to the rounds' rules.
    /// </summary>
    [Theory]
    // https://www.dealstreetasia.com/stories/softbank-considers-investment-of-over-1-billion-in-wework-63877/
    [InlineData("SoftBank Group Corp is considering an investment of more than $1 billion in office-space sharing start-up WeWork, the Wall Street Journal reported, citing people familiar with the matter.", "$1 billion", "SoftBank Group Corp")]
    // http://www.newsonjapan.com/html/newsdesk/article/123563.php
    [InlineData("Japan's SoftBank Group has agreed to invest an additional $1 billion in shared-office company WeWork, where SoftBank CEO Masayoshi Son sees the potential for a repeat of his lucrative bet on Alibaba Group Holding.", "$1 billion", "SoftBank Group")]
    // https://www.dealstreetasia.com/stories/softbank-is-said-to-invest-in-wework-at-17-billion-valuation-68023/
    [InlineData("SoftBank Group Corp. invested $300 million in WeWork Cos., a person familiar with the matter said, an influx of cash that values the New York-based coworking giant at more than $17 billion.", "$300 million", "SoftBank Group Corp.")]
    // https://www.vccircle.com/grapevine-saudi-fund-general-atlantic-may-back-jio-medlife-seeks-funding
    [InlineData("Last month, Facebook Inc. agreed to pay $5.7 billion for a 9.99% stake in Jio Platforms.", "$5.7 billion", "Facebook Inc.")]
    [InlineData("This month, private equity firms Silver Lake Partners agreed to invest $747 million and Vista Equity Partners decided to pump in $1.5 billion.", "$747 million", "Silver Lake Partners")]
    [InlineData("This month, private equity firms Silver Lake Partners agreed to invest $747 million and Vista Equity Partners decided to pump in $1.5 billion.", "$1.5 billion", "Vista Equity Partners")]
    [InlineData("General Atlantic wishes to invest up to $950 million in Jio Platforms, the report said, adding that the deal could be completed this month.", "$950 million", "General Atlantic")]
    // https://vccircle.com/grapevine-twitter-may-invest-in-sharechat-jsw-weighs-british-steel-bid?amp=1
    [InlineData("Microblogging site Twitter Inc. may invest more than $50 million (Rs 346 crore) in Indian vernacular social networking app ShareChat, a media report said.", "$50 million", "Twitter Inc.")]
    // http://www.newindianexpress.com/business/2019/jun/18/media-baron-raghav-bahl-invests-rs-50-crore-more-in-the-quint-1991866.html
    [InlineData("Serial media entrepreneur Raghav Bahl invested an additional $7.2 million (Rs 50 crore) in his flagship news website 'The Quint', said data intelligence platform paper.vc on Tuesday.", "$7.2 million", "Raghav Bahl")]
    [InlineData("In total, Bahl is deploying $36.13 million (Rs 252 crore) in capital, which is an unprecedented investment, considering the cumulative investment of $21.5 million since the company was founded five years ago.", "$36.13 million", "Bahl")]
    // https://globalventuringreview.com/tag/relay-therapeutics/
    [InlineData("The latest is Google, which is paying $4.5bn for a 7.7% stake in Jio, the deal coming in the wake of parent company Alphabet’s recent pledge to invest some $10bn in India over the coming years.", "$4.5bn", "Google")]
    [InlineData("Meanwhile Facebook paid $5.7bn for a 10% stake in April.", "$5.7bn", "Facebook")]
    // https://theglobalview.com/electric-car-project-gets-100m-boost/
    [InlineData("Israel Corp just gave it a $100m funding shot-in-the-arm to take a 33% stake in the business.", "$100m", "Israel Corp")]
    // https://thedriven.io/2022/02/14/soros-buys-into-rivian-joining-green-billionaires-investing-in-electric-vehicle-makers/amp
    [InlineData("Tesla achieved the status of most valuable carmaker in the world in 2021 with just four-volume production models, and Warren Buffet’s 10% investment worth $US232 million into China EV giant BYD has now ballooned to $US2 billion.", "$US232 million", "Warren Buffet")]
    // https://www.pymnts.com/artificial-intelligence-2/2024/report-musk-liked-investors-plan-3-billion-funding-round-for-xai/
    [InlineData("The funding round would follow major fundraising efforts by AI firms in recent months, such as Microsoft’s $13 billion investment into OpenAI, maker of ChatGPT.", "$13 billion", "Microsoft")]
    public void Read_RealSentence_NamesTheOnePuttingTheMoneyIn(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    /// <summary>The figure at <paramref name="at"/> is an investment by one of the accepted names, never by the target.</summary>
    private static void AssertInvestmentBy(string sentence, string at, string accepted, string target)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.NotEqual(target, figure.Investor);
        Assert.Contains(figure.Investor, accepted.Split('|'), StringComparer.OrdinalIgnoreCase);
    }
}
