using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The investor-frames sweep: the investor of an investment figure when it is not simply the subject right before "will invest $X":
/// possessives ("CVC Capital Partners' £365m investment", "Bill Ackman's planned $2 billion stake", "Google's announcement of an
/// investment of up to $40 billion"), from-phrases ("an investment of $Y from X", "$Y of which came from X", "$Y came in from X"),
/// relative clauses and appositives ("The $11bn that Microsoft has reportedly put into OpenAI", "Z, in which X invested $Y", "X, which
/// already owns 10%, will invest $Y"), lists and per-investor brackets ("including B Capital ($77 million)"), pay / spend / offer / add /
/// pump frames, descriptions before a name ("telecommunications and internet conglomerate SoftBank") and passives; and the negatives (a
/// pronoun or "the company" alone names no one, several givers make a round; a controlling stake's price, other before, is the buyer's investment since the stakes-control realignment).
/// Frames are the ones wires write, e.g. https://www.latimes.com/business/story/2023-01-23/microsoft-invests-10-billion-chatgpt-maker-openai
/// ("building on $1 billion Microsoft poured into OpenAI in 2019"); https://www.medianama.com/2020/06/223-saudi-public-investment-fund-to-invest-%E2%82%B911367-crore-in-jio-platforms/
/// ("after Facebook's initial investment of ₹43,574 crore"); https://www.rnm.in/blog/corporate-finance-alert-2/ ("Oracle Corp. co-founder
/// Larry Ellison, who sits on Tesla's board, agreed to put in $1 billion"); https://www.vccircle.com/grapevine-chryscap-to-invest-in-corona-remedies-plum-insurance-to-raise-funding?amp=1
/// ("received about $17.4 million from Creador").
/// Before the sweep's fixes 707 of these 822 combinations read right (no investor for "$Y of which came from X", "$Y came in from X",
/// "The $Y that X has put into Z", "X added $Y to its investment", per-investor brackets; the target for "X offered $Y to Z"; persons'
/// possessives, relative clauses and passive agents; "Telecommunications" read as a name; "from tech group G42" read as many givers); after them all 822.
/// </summary>
public sealed class InvestorFramesSweepTests
{
    /// <summary>A name as written, the investor names accepted, its possessive as written, the name the possessive gives, and whether a person.</summary>
    private static readonly (string Written, string Accepted, string Possessive, string Owner, bool Person)[] _names =
    [
        ("SoftBank Group Corp.", "SoftBank Group Corp.|SoftBank Group", "SoftBank Group's", "SoftBank Group", false),
        ("Abu Dhabi Investment Authority", "Abu Dhabi Investment Authority", "Abu Dhabi Investment Authority's", "Abu Dhabi Investment Authority", false),
        ("KKR & Co.", "KKR & Co.|KKR", "KKR's", "KKR", false),
        ("Silver Lake", "Silver Lake", "Silver Lake's", "Silver Lake", false),
        ("Qatar Investment Authority (QIA)", "Qatar Investment Authority (QIA)|Qatar Investment Authority|QIA", "QIA's", "QIA", false),
        ("CVC Capital Partners", "CVC Capital Partners", "CVC Capital Partners'", "CVC Capital Partners", false),
        ("B Capital", "B Capital", "B Capital's", "B Capital", false),
        ("G42", "G42", "G42's", "G42", false),
        ("Bill Ackman", "Bill Ackman", "Bill Ackman's", "Bill Ackman", true),
        ("Saudi Aramco", "Saudi Aramco", "Saudi Aramco's", "Saudi Aramco", false),
        ("Toyota Motor Corp.", "Toyota Motor Corp.|Toyota Motor", "Toyota's", "Toyota", false),
        ("Mubadala Investment Company", "Mubadala Investment Company", "Mubadala's", "Mubadala", false),
        ("General Atlantic", "General Atlantic", "General Atlantic's", "General Atlantic", false),
        ("Tencent Holdings Ltd.", "Tencent Holdings Ltd.|Tencent Holdings", "Tencent's", "Tencent", false),
        ("Thrive Capital", "Thrive Capital", "Thrive Capital's", "Thrive Capital", false),
        ("Nvidia", "Nvidia", "Nvidia's", "Nvidia", false),
    ];

    /// <summary>Frames: {X} the investor, {P} its possessive, {Y} the company, {M} the money (the figure asserted). A person takes "who" and "his".</summary>
    private static readonly string[] _frames =
    [
        "{P} {M} investment in {Y} was approved by regulators on Monday.",
        "{P} planned {M} stake in {Y} drew scrutiny from lawmakers.",
        "{P} announcement of an investment of up to {M} in {Y} lifted the shares.",
        "{P} {M} bet on {Y} has paid off.",
        "{Y} welcomed {P} {M} investment, its largest ever.",
        "{Y} received an investment of {M} from {X}.",
        "{Y} said it had secured {M} from {X}.",
        "{Y} raised $4 billion in the round, {M} of which came from {X}.",
        "A further {M} came in from {X}, the company said.",
        "{Y} has won a {M} investment from {X} to fund its expansion.",
        "The {M} that {X} has reportedly put into {Y} is now at risk.",
        "{Y}, in which {X} invested {M} last year, is weighing a listing.",
        "{X}, which committed about {M} to {Y}, declined to comment.",
        "{X}, which already owns 10% of {Y}, will invest {M}.",
        "{Y} is backed by {X}, which has invested {M} in the company.",
        "{X} paid {M} for a 9.9% stake in {Y}.",
        "{X} spent {M} buying shares of {Y} last quarter.",
        "{X} offered {M} to {Y} in exchange for a minority stake.",
        "{X} agreed to buy a 20% stake in {Y} for {M}.",
        "{X} is looking to invest between {M} and $3 billion in {Y}.",
        "{X} added {M} to its investment in {Y}.",
        "{X} is committing {M} to {Y}, the companies said.",
        "{X} pumped {M} into {Y} in 2023.",
        "{X} has poured {M} into {Y}.",
        "{X} ploughed {M} into {Y} last year.",
        "{X} injected {M} into {Y} in March.",
        "{X} will plow {M} into {Y}.",
        "{M} was invested by {X} in {Y}.",
        "{Y} is backed by {M} from {X}.",
        "{Y} has been backed by {M} from {X} since 2021.",
        "{X} shelled out {M} for a 5% stake in {Y}.",
        "{X} forked out {M} for a stake in {Y}.",
        "{X} chipped in {M}, the filing showed.",
        "{Y} got {M} from {X} in exchange for a 7% stake.",
        "{X} is to inject up to {M} into {Y}, Reuters reported.",
        "{Y} said on Tuesday {X} had agreed to pump {M} into the business.",
    ];

    private static readonly string[] _targets =
        ["Intel", "OpenAI", "Six Nations Rugby", "Anthropic", "Horse Powertrain", "Databricks", "Jio Platforms", "Universal Music Group", "Mistral AI"];

    private static readonly string[] _money = ["$2 billion", "£365m", "€1.5bn", "$500 million", "Rs 5,655 crore", "¥100 billion", "$77 million", "US$250 million"];

    /// <summary>Descriptions written before a name, with the name meant.</summary>
    private static readonly (string Written, string Accepted)[] _described =
    [
        ("private equity firm Baring Asia", "Baring Asia"), ("telecommunications and internet conglomerate SoftBank", "SoftBank"),
        ("carmaker Toyota", "Toyota"), ("Japanese carmaker Toyota Motor Corp.", "Toyota Motor Corp.|Toyota Motor"),
        ("Abu Dhabi state fund Mubadala", "Mubadala"), ("US investment firm General Atlantic", "General Atlantic"),
        ("hedge fund billionaire Bill Ackman", "Bill Ackman"), ("Abu Dhabi-based tech group G42", "G42"),
        ("sovereign wealth fund Qatar Investment Authority", "Qatar Investment Authority"), ("buyout firm CVC Capital Partners", "CVC Capital Partners"),
        ("growth investor B Capital", "B Capital"), ("Chinese internet giant Tencent", "Tencent"),
    ];

    private static readonly string[] _describedFrames =
    [
        "{X} will invest {M} in {Y}.", "{Y} secured a {M} investment from {X}.", "{Y} said {X} would put in {M}.",
        "{X}, which committed about {M} to {Y}, declined to comment.", "{X} paid {M} for a 9.9% stake in {Y}.", "{X} pumped {M} into {Y}.",
        "{Y} received an investment of {M} from {X}.", "{X} agreed to buy a 20% stake in {Y} for {M}.",
        "{X} is looking to invest between {M} and $900 million in {Y}.",
    ];

    public static TheoryData<string, string, string> FrameCases()
    {
        var data = new TheoryData<string, string, string>();
        var k = 0;
        foreach (var (written, accepted, possessive, owner, person) in _names)
        {
            foreach (var template in _frames)
            {
                var frame = person ? template.Replace(", which", ", who", StringComparison.Ordinal).Replace("its investment", "his investment", StringComparison.Ordinal) : template;
                var money = _money[k % _money.Length];
                var sentence = frame.Replace("{X}", written, StringComparison.Ordinal).Replace("{P}", possessive, StringComparison.Ordinal)
                    .Replace("{Y}", _targets[k++ % _targets.Length], StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal);
                data.Add(Capitalised(sentence), money, frame.Contains("{P}", StringComparison.Ordinal) ? $"{accepted}|{owner}" : accepted);
            }
        }

        foreach (var (written, accepted) in _described)
        {
            foreach (var template in _describedFrames)
            {
                var frame = written.Contains("Ackman", StringComparison.Ordinal) ? template.Replace(", which", ", who", StringComparison.Ordinal) : template;
                var money = _money[k % _money.Length];
                var target = _targets[k++ % _targets.Length];
                data.Add(Capitalised(frame.Replace("{X}", written, StringComparison.Ordinal).Replace("{Y}", target, StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal)), money, accepted);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FrameCases))]
    public void Read_InvestorInEveryFrame_IsTheOnePuttingTheMoneyIn(string sentence, string at, string accepted)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Contains(figure.Investor, accepted.Split('|'), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Lists: each figure its own investor ({A}, {B}, {C} in the order of the figures).</summary>
    private static readonly (string Frame, string[] At)[] _lists =
    [
        ("{A} would put in $1 billion and {B} up to $500 million.", ["$1 billion", "$500 million"]),
        ("{A} invested $1 billion, {B} $500 million and {C} $200 million in {Y}.", ["$1 billion", "$500 million", "$200 million"]),
        ("{Y} raised $1.2 billion from investors including {A} ($77 million), {B} ($80 million) and {C} ($45 million).", ["$77 million", "$80 million", "$45 million"]),
        ("{A} will invest €300m in {Y}, while {B} will put in €150m.", ["€300m", "€150m"]),
        ("{A} is investing $2 billion and {B} is chipping in $1 billion.", ["$2 billion", "$1 billion"]),
        ("Of the total, {A} contributed $600 million and {B} $400 million.", ["$600 million", "$400 million"]),
    ];

    private static readonly (string A, string B, string C)[] _trios =
    [
        ("Google", "Salesforce", "Nvidia"), ("SoftBank Group Corp.", "Abu Dhabi Investment Authority", "KKR & Co."),
        ("Silver Lake", "CVC Capital Partners", "B Capital"), ("G42", "Mubadala Investment Company", "General Atlantic"),
        ("Qatar Investment Authority", "Temasek", "Thrive Capital"), ("Baron Emerging Markets Fund", "B Capital", "Tiger Global"),
    ];

    public static TheoryData<string, string, string> ListCases()
    {
        var data = new TheoryData<string, string, string>();
        for (var i = 0; i < _lists.Length; i++)
        {
            for (var j = 0; j < _trios.Length; j++)
            {
                var (a, b, c) = _trios[j];
                var sentence = _lists[i].Frame.Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal)
                    .Replace("{C}", c, StringComparison.Ordinal).Replace("{Y}", _targets[(i + j) % _targets.Length], StringComparison.Ordinal);
                string[] investors = [a, b, c];
                for (var f = 0; f < _lists[i].At.Length; f++)
                {
                    data.Add(sentence, _lists[i].At[f], investors[f]);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ListCases))]
    public void Read_ListOfInvestors_GivesEachFigureItsOwn(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Contains(figure.Investor, new[] { investor, investor.Replace(" Corp.", "", StringComparison.Ordinal), investor.Replace(" & Co.", "", StringComparison.Ordinal) });
    }

    /// <summary>
    /// Negatives: a pronoun or "the company" alone names no one; several givers make a round; a company's price is other. (A controlling
    /// or majority stake's price moved to <see cref="Read_ControllingOrMajorityStakeBought_IsTheBuyersInvestment"/> in the stakes-control
    /// realignment.) ("{Y} received {M} from its parent" is left out: a parent's money may be a loan as well as equity.)
    /// </summary>
    private static readonly (string Frame, Metric? Metric)[] _negatives =
    [
        ("It will invest {M} in {Y}, the company said.", Metric.Investment), ("The company pumped {M} into {Y} last year.", Metric.Investment),
        ("{Y} secured {M} from {A}, {B} and {C}.", Metric.RoundSize), ("{Y} raised {M} from {A} and {B}.", Metric.RoundSize),
        ("{A} will acquire {Y} for {M}.", (Metric?)null),
        ("{Y} said it had received {M} from investors.", Metric.RoundSize),
    ];

    public static TheoryData<string, string, Metric?> NegativeCases()
    {
        var data = new TheoryData<string, string, Metric?>();
        string[] money = ["$2 billion", "£365m", "€1.5bn", "$500 million", "Rs 5,655 crore"];
        for (var i = 0; i < _negatives.Length; i++)
        {
            for (var j = 0; j < _trios.Length; j++)
            {
                var (a, b, c) = _trios[j];
                var m = money[(i + j) % money.Length];
                var sentence = _negatives[i].Frame.Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal).Replace("{C}", c, StringComparison.Ordinal)
                    .Replace("{Y}", _targets[(i * 2 + j) % _targets.Length], StringComparison.Ordinal).Replace("{M}", m, StringComparison.Ordinal);
                data.Add(sentence, m, _negatives[i].Metric);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void Read_NoOneGiverNamed_NamesNoInvestor(string sentence, string at, Metric? metric)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(metric, figure.Metric);
        Assert.Null(figure.Investor);
    }

    /// <summary>
    /// Other with no investor before the stakes-control realignment; the reading makes a stake of any size bought, control
    /// included, the buyer's investment.
    /// </summary>
    private static readonly string[] _controlFrames =
    [
        "{A} paid {M} for a controlling stake in {Y}.", "{A} agreed to buy a 60% stake in {Y} for {M}.", "{A} offered {M} for a majority stake in {Y}.",
    ];

    public static TheoryData<string, string, string> ControlCases()
    {
        var data = new TheoryData<string, string, string>();
        string[] money = ["$2 billion", "£365m", "€1.5bn", "$500 million", "Rs 5,655 crore"];
        for (var i = 0; i < _controlFrames.Length; i++)
        {
            for (var j = 0; j < _trios.Length; j++)
            {
                var (a, _, _) = _trios[j];
                var m = money[(i + j) % money.Length];
                data.Add(_controlFrames[i].Replace("{A}", a, StringComparison.Ordinal).Replace("{Y}", _targets[(i * 2 + j) % _targets.Length], StringComparison.Ordinal)
                    .Replace("{M}", m, StringComparison.Ordinal), m, a);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ControlCases))]
    public void Read_ControllingOrMajorityStakeBought_IsTheBuyersInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Contains(figure.Investor, new[] { investor, investor.Replace(" Corp.", "", StringComparison.Ordinal), investor.Replace(" & Co.", "", StringComparison.Ordinal) });
    }

    /// <summary>
    /// Real sentences from outside the corpus. Before the sweep 10 of these 12 read right ("$1 billion Microsoft poured into OpenAI" was
    /// other money with no investor, twice); after it all 12. Left out, wrong before and after: "Byju Raveendran, who owns a 30% stake in
    /// Aakash, is reportedly expected to partially offload his holding to Pai for $80-90 million" (entrepreneur.com, same page) gives the
    /// seller Byju, not the buyer Pai (a stake-sale frame outside this sweep).
    /// </summary>
    [Theory]
    // https://www.latimes.com/business/story/2023-01-23/microsoft-invests-10-billion-chatgpt-maker-openai
    [InlineData("The new support, building on $1 billion Microsoft poured into OpenAI in 2019 and another round in 2021, is intended to give Microsoft access to some of the most popular and advanced artificial intelligence systems.", "$1 billion", "Microsoft")]
    // https://scmp.com/tech/big-tech/article/3207838/microsoft-invests-us10-billion-chatgpt-maker-openai
    [InlineData("The new support, building on US$1 billion Microsoft poured into OpenAI in 2019 and another round in 2021, is intended to give Microsoft access to some of the most popular and advanced artificial intelligence systems.", "US$1 billion", "Microsoft")]
    // https://www.medianama.com/2020/06/223-jio-platforms-raises-rs-13640-crore-from-mubadala-and-silver-lake/
    [InlineData("New York based investment firm KKR & Co. Inc. announced a ₹11,367 crore (~$1.5 billion) investment in Jio Platforms, the holding company for Reliance Jio, on May 21.", "₹11,367 crore", "KKR & Co. Inc.")]
    [InlineData("On May 8, Jio Platforms announced a ₹11,367 crore (~US$1.5 billion) investment from Vista Equity Partners.", "₹11,367 crore", "Vista Equity Partners")]
    [InlineData("Before this, General Atlantic announced on May 18 that it would invest ₹6,598.38 crore (~$870 million) in Jio Platforms, which also includes Reliance’s other digital ventures.", "₹6,598.38 crore", "General Atlantic")]
    // https://argaam.com/en/article/articledetail/id/573727
    [InlineData("In addition to its commitment to the first Vision Fund, the PIF made a $3.5 billion investment in Uber Technologies Inc., built up an almost 5 percent stake in Tesla Inc., and then put $1 billion into its rival, Lucid Inc.", "$3.5 billion", "PIF")]
    [InlineData("In addition to its commitment to the first Vision Fund, the PIF made a $3.5 billion investment in Uber Technologies Inc., built up an almost 5 percent stake in Tesla Inc., and then put $1 billion into its rival, Lucid Inc.", "$1 billion", "PIF")]
    // https://www.rnm.in/blog/corporate-finance-alert-2/
    [InlineData("Oracle Corp. co-founder Larry Ellison, who sits on Tesla’s board, agreed to put in $1 billion.", "$1 billion", "Larry Ellison")]
    [InlineData("Leading global PE firm KKR acquired 9.99% stake in Shriram General Insurance for INR 1,800 crore (USD 237 million).", "INR 1,800 crore", "KKR")]
    // https://www.vccircle.com/grapevine-chryscap-to-invest-in-corona-remedies-plum-insurance-to-raise-funding?amp=1
    [InlineData("The Gujarat-based drug maker received about $17.4 million from Creador in 2016.", "$17.4 million", "Creador")]
    [InlineData("Homegrown private equity fund ChrysCapital is looking to grab a 30% stake in drug manufacturer Corona Remedies for about Rs 670 crore ($90 million) at a valuation of Rs 2,300 crore.", "Rs 670 crore", "ChrysCapital")]
    // https://www.entrepreneur.com/en-in/news-and-trends/manipal-groups-ranjan-pai-to-invest-inr-250-crore-in/457396 (a typo "FirstCryas" mended)
    [InlineData("Ranjan Pai, Chairman of Manipal Group, is in advanced talks to invest INR 250 crore in mom and babycare brand FirstCry as part of a secondary share sale at a valuation of $3 billion, according to an ET report, adding that the sale is likely to cross INR 500 crore.", "INR 250 crore", "Ranjan Pai")]
    public void Read_RealSentenceOfTheClass_IsTheNamedInvestor(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }
}
