using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The second investor-frames sweep: WHO puts the money in, in frames the reader missed. (1) a money noun followed by "from X" when one
/// named organisation gives it all ("a $4bn funding deal from Amazon into the start-up", "The initial new investment from Amazon is $5
/// billion"); several givers listed stay a round. (2) a participle or "after" opener whose subject comes after ("Having invested Rs
/// 5,655 crore in Jio Platforms earlier this month, Silver Lake has now infused another Rs 4,546 crore": "Having" is never a name).
/// (3) the owner of a money noun by possessive with words between ("Vision Blue's previously announced US$40 million equity funding",
/// "Microsoft's roughly $13 billion bet on OpenAI"), and bets / wagers ("CalPERS is making a $1 billion wager that …"). (4) appositives
/// between the investor and its verb: a place ("…Retirement System, Harrisburg, committed roughly $1.29 billion"), a description with
/// brackets ("ADQ, an Abu Dhabi sovereign wealth fund (SWF), announced a $35bn investment into …"), a relative clause. (5) a unit or
/// arm as the subject ("The core unit of Mitsubishi UFJ Financial Group (MUFG) is looking at buying a stake … for around $1.75
/// billion", "a unit of X", "X's venture arm"). (6) a leader putting in part of a round ("ASML led Mistral AI's latest investment round
/// by putting in €1.3 billion of a €1.7 billion raise": investment by ASML, the raise a round size).
/// Names of many shapes (one word, several, Inc. / Corp. / Group / Capital / Partners, "&", acronyms, "Saudi Arabia's Public Investment
/// Fund", "Pennsylvania Public School Employees' Retirement System"), targets, money forms ($, €, ₹ / Rs crore, conversions in brackets).
/// Before the sweep's fixes 374 of these 708 combinations read right ("Having" read as the investor; no investor for "a $X funding deal from
/// X", "The initial new investment from X is $Y", units and arms, a place between commas (read as the investor), "X's previously announced
/// $Y equity funding for Z"; a wager read as other money; the round's company for "X led Z's round by investing $Y"); after them all 708.
/// </summary>
public sealed class InvestorFramesSecondSweepTests
{
    /// <summary>A name as written, the investor names accepted, and its possessive as written with the name the possessive gives.</summary>
    private static readonly (string Written, string Accepted, string Possessive, string Owner)[] _names =
    [
        ("Amazon", "Amazon", "Amazon's", "Amazon"),
        ("Nvidia Corp.", "Nvidia Corp.|Nvidia", "Nvidia's", "Nvidia"),
        ("Silver Lake", "Silver Lake", "Silver Lake's", "Silver Lake"),
        ("Thrive Capital", "Thrive Capital", "Thrive Capital's", "Thrive Capital"),
        ("CVC Capital Partners", "CVC Capital Partners", "CVC Capital Partners'", "CVC Capital Partners"),
        ("KKR & Co. Inc.", "KKR & Co. Inc.|KKR & Co.|KKR", "KKR's", "KKR"),
        ("ADQ", "ADQ", "ADQ's", "ADQ"),
        ("CalPERS", "CalPERS", "CalPERS'", "CalPERS"),
        ("Mitsubishi UFJ Financial Group (MUFG)", "Mitsubishi UFJ Financial Group (MUFG)|Mitsubishi UFJ Financial Group|MUFG", "MUFG's", "MUFG"),
        ("Saudi Arabia's Public Investment Fund", "Saudi Arabia's Public Investment Fund|Public Investment Fund|PIF", "PIF's", "PIF"),
        ("Pennsylvania Public School Employees' Retirement System", "Pennsylvania Public School Employees' Retirement System", "Pennsylvania Public School Employees' Retirement System's", "Pennsylvania Public School Employees' Retirement System"),
        ("Tencent Holdings Ltd.", "Tencent Holdings Ltd.|Tencent Holdings|Tencent", "Tencent's", "Tencent"),
        ("Johnson & Johnson", "Johnson & Johnson", "Johnson & Johnson's", "Johnson & Johnson"),
        ("Vision Blue Resources", "Vision Blue Resources|Vision Blue", "Vision Blue's", "Vision Blue"),
        ("SoftBank Group Corp.", "SoftBank Group Corp.|SoftBank Group|SoftBank", "SoftBank Group's", "SoftBank Group"),
        ("Abu Dhabi Investment Authority", "Abu Dhabi Investment Authority", "Abu Dhabi Investment Authority's", "Abu Dhabi Investment Authority"),
    ];

    /// <summary>
    /// Frames: {X} the investor, {P} its possessive, {Y} the company, {L} a place, {M} the money checked and {N} a second figure. Each
    /// frame's checks: the slot ("M" or "N"), its metric, and whether its investor is {X} (else none).
    /// </summary>
    private static readonly (string Frame, (string Slot, Metric Metric, bool ByX)[] Checks)[] _frames =
    [
        // 1. A money noun followed by "from X".
        ("Reuters reported a {M} funding deal from {X} into {Y}.", [("M", Metric.Investment, true)]),
        ("{Y} announced a {M} funding deal from {X} on Monday.", [("M", Metric.Investment, true)]),
        ("The initial new investment from {X} is {M}, {Y} said.", [("M", Metric.Investment, true)]),
        ("The first investment from {X} will be {M}, with more to follow.", [("M", Metric.Investment, true)]),
        ("{Y} received a {M} investment from {X}.", [("M", Metric.Investment, true)]),
        ("{Y} secured {M} in new funding from {X}.", [("M", Metric.Investment, true)]),
        ("{Y} has landed {M} in fresh funding from {X} to expand its data centres.", [("M", Metric.Investment, true)]),
        ("The deal includes a {M} equity investment from {X}, {Y} said.", [("M", Metric.Investment, true)]),
        ("{Y} said the {M} funding commitment from {X} would be paid in two tranches.", [("M", Metric.Investment, true)]),
        ("{Y}, which makes chips, got a {M} funding deal from {X} last week.", [("M", Metric.Investment, true)]),
        ("Shares rose after {Y} disclosed a {M} equity investment from {X}.", [("M", Metric.Investment, true)]),
        // 2. A participle or "after" opener whose subject comes after.
        ("Having invested {N} in {Y} earlier this month, {X} has now infused another {M}.", [("N", Metric.Investment, true), ("M", Metric.Investment, true)]),
        ("After investing {M} in {Y} last year, {X} is weighing a second bet.", [("M", Metric.Investment, true)]),
        ("Having already put {M} into {Y}, {X} is now seeking a board seat.", [("M", Metric.Investment, true)]),
        ("After pumping {M} into {Y} in 2023, {X} said it would hold off.", [("M", Metric.Investment, true)]),
        ("On Monday, after committing {M} to {Y}, {X} said it was done.", [("M", Metric.Investment, true)]),
        ("{Y} said that, having invested {M} in the company in May, {X} would not invest more.", [("M", Metric.Investment, true)]),
        // 3. The owner of a money noun by possessive, with words between; bets and wagers.
        ("{P} previously announced {M} equity funding for {Y} was completed.", [("M", Metric.Investment, true)]),
        ("{P} earlier {M} investment in {Y} made it the largest backer.", [("M", Metric.Investment, true)]),
        ("{P} roughly {M} bet on {Y} has paid off.", [("M", Metric.Investment, true)]),
        ("{P} long-awaited {M} investment in {Y} closed on Friday.", [("M", Metric.Investment, true)]),
        ("{P} most recent {M} injection into {Y} came in March.", [("M", Metric.Investment, true)]),
        ("{X} is making a {M} wager that {Y} will outgrow its rivals.", [("M", Metric.Investment, true)]),
        ("{X} made a {M} bet on {Y} in 2021.", [("M", Metric.Investment, true)]),
        ("Analysts said {P} {M} wager on {Y} looked costly.", [("M", Metric.Investment, true)]),
        // 4. Appositives between the investor and its verb.
        ("{X}, {L}, committed roughly {M} to {Y}.", [("M", Metric.Investment, true)]),
        ("{X}, an Abu Dhabi sovereign wealth fund (SWF), announced a {M} investment into {Y}.", [("M", Metric.Investment, true)]),
        ("{X}, a long-time backer of the company, will invest {M} in {Y}.", [("M", Metric.Investment, true)]),
        ("{X}, which already owns a stake, will put in {M}.", [("M", Metric.Investment, true)]),
        ("{X}, which backed {Y} in 2021, is investing a further {M}.", [("M", Metric.Investment, true)]),
        // 5. A unit or an arm as the subject.
        ("The core unit of {X} is looking at buying a stake of about 40 percent in {Y} for around {M}.", [("M", Metric.Investment, true)]),
        ("A unit of {X} will invest {M} in {Y}.", [("M", Metric.Investment, true)]),
        ("{P} venture arm invested {M} in {Y}.", [("M", Metric.Investment, true)]),
        ("{P} investment arm has put {M} into {Y}.", [("M", Metric.Investment, true)]),
        ("A subsidiary of {X} agreed to invest {M} in {Y}.", [("M", Metric.Investment, true)]),
        ("{Y} said a unit of {X} would invest {M} in the company.", [("M", Metric.Investment, true)]),
        // 6. A leader putting in part of a round.
        ("{X} led {Y}'s latest investment round by putting in {M} of a {N} raise.", [("M", Metric.Investment, true), ("N", Metric.RoundSize, false)]),
        ("{X} led the round, putting in {M} of the {N} raised.", [("M", Metric.Investment, true), ("N", Metric.RoundSize, false)]),
        ("{X} led {Y}'s funding round by investing {M}.", [("M", Metric.Investment, true)]),
        ("In March, {X} led the round by committing {M}, {Y} said.", [("M", Metric.Investment, true)]),
    ];

    private static readonly string[] _targets =
        ["Anthropic", "Jio Platforms", "Mistral AI", "Bank Danamon", "Horse Powertrain", "Databricks", "Scale AI", "the start-up"];

    private static readonly string[] _places = ["Harrisburg", "Sacramento", "Seattle", "Abu Dhabi", "Tokyo"];

    private static readonly string[] _money =
        ["$4bn", "$5 billion", "€1.3 billion", "Rs 5,655 crore", "₹4,546 crore", "US$40 million", "£365 million ($460 million)", "$1.75 billion"];

    private static readonly string[] _second = ["$6 billion", "€1.7 billion", "Rs 11,367 crore", "$2.5bn"];

    public static TheoryData<string, string, Metric, string> FrameCases()
    {
        var data = new TheoryData<string, string, Metric, string>();
        var k = 0;
        foreach (var (written, accepted, possessive, owner) in _names)
        {
            foreach (var (frame, checks) in _frames)
            {
                var money = _money[k % _money.Length];
                var second = _second[k % _second.Length];
                var target = _targets[k % _targets.Length];
                var sentence = Capitalised(frame.Replace("{X}", written, StringComparison.Ordinal).Replace("{P}", possessive, StringComparison.Ordinal)
                    .Replace("{Y}", target, StringComparison.Ordinal).Replace("{L}", _places[k % _places.Length], StringComparison.Ordinal)
                    .Replace("{M}", money, StringComparison.Ordinal).Replace("{N}", second, StringComparison.Ordinal));
                k++;
                var investor = frame.Contains("{P}", StringComparison.Ordinal) ? $"{accepted}|{owner}" : accepted;
                foreach (var (slot, metric, byX) in checks)
                {
                    data.Add(sentence, slot == "M" ? money : second, metric, byX ? investor : "");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FrameCases))]
    public void Read_InvestorInEveryFrame_IsTheOnePuttingTheMoneyIn(string sentence, string money, Metric metric, string accepted)
    {
        AssertReadAs(sentence, money, metric, accepted);
    }

    /// <summary>Negatives: several givers after "from" make a round; an opener's object is no investor; "Having" is never a name.</summary>
    private static readonly (string Frame, Metric Metric)[] _negatives =
    [
        ("{Y} secured {M} in new funding from {A} and {B}.", Metric.RoundSize),
        ("{Y} received a {M} investment from {A}, {B} and {C}.", Metric.RoundSize),
        ("Having raised {M} from investors including {A}, {Y} is now eyeing a listing.", Metric.RoundSize),
        ("After raising {M} last year, {Y} is in talks with {A}.", Metric.RoundSize),
    ];

    private static readonly (string A, string B, string C)[] _trios =
    [
        ("Google", "Salesforce", "Nvidia"), ("SoftBank Group Corp.", "Abu Dhabi Investment Authority", "KKR & Co. Inc."),
        ("Silver Lake", "CVC Capital Partners", "B Capital"), ("Saudi Arabia's Public Investment Fund", "Mubadala Investment Company", "General Atlantic"),
        ("Johnson & Johnson", "Temasek", "Thrive Capital"),
    ];

    public static TheoryData<string, string, Metric, string> NegativeCases()
    {
        var data = new TheoryData<string, string, Metric, string>();
        for (var i = 0; i < _negatives.Length; i++)
        {
            for (var j = 0; j < _trios.Length; j++)
            {
                var (a, b, c) = _trios[j];
                var money = _money[(i + j) % _money.Length];
                var sentence = Capitalised(_negatives[i].Frame.Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal)
                    .Replace("{C}", c, StringComparison.Ordinal).Replace("{Y}", _targets[(i + j) % _targets.Length], StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal));
                data.Add(sentence, money, _negatives[i].Metric, "");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void Read_SeveralGiversOrNoneNamed_NamesNoInvestor(string sentence, string money, Metric metric, string accepted)
    {
        AssertReadAs(sentence, money, metric, accepted);
    }

    /// <summary>
    /// Real sentences from outside the corpus, not tuned on. Of 14 found, 13 read right before the sweep and the same 13 after it. Left
    /// out, wrong before and after: "Having invested Rs. 5,655.75 crores (around $750 million) in Jio Platforms earlier this month, US private
    /// equity fund, Silver Lake, has now reportedly infused …" (https://beebom.com/silver-lake-invests-an-additional-rs-4546-crores-in-jio-platforms/):
    /// a description set off by commas before the subject ("US private equity fund, Silver Lake,") is outside the opener frame read here.
    /// </summary>
    [Theory]
    // https://beebom.com/silver-lake-invests-an-additional-rs-4546-crores-in-jio-platforms/
    [InlineData("Reliance yesterday also announced a Rs. 9,093.6 crores ($1.2 billion) investment in Jio Platforms from Abu Dhabi state fund, Mubadala Investment.", "Rs. 9,093.6 crores", Metric.Investment, "Mubadala Investment")]
    // https://www.datacenterdynamics.com/en/news/amazon-invests-275bn-in-ai-startup-anthropic-as-part-of-planned-4bn-deal/
    [InlineData("In September 2023, Amazon made an initial investment of $1.25bn for a minority stake in the company.", "$1.25bn", Metric.Investment, "Amazon")]
    // https://europeantech.news/?p=55838
    [InlineData("Two investors in Figure's funding round told BI that Amazon had committed to invest $50 million at one point.", "$50 million", Metric.Investment, "Amazon")]
    // http://globalventuringreview.com/tag/toyota/
    [InlineData("Ke.com, a spinoff of online real estate portal Lianjia that utilises technologies such as virtual reality and 3D modelling, has secured nearly $1.2bn in a series D round led by an $800m investment by Tencent.", "$800m", Metric.Investment, "Tencent")]
    [InlineData("Toyota has invested $600m in Didi Chuxing at a reported $62bn valuation, as part of a joint venture agreement that will involve the companies partnering to provide additional services to the latter's drivers.", "$600m", Metric.Investment, "Toyota")]
    [InlineData("Microsoft is making its own big capital outlay, investing $1bn in artificial intelligence research organisation OpenAI.", "$1bn", Metric.Investment, "Microsoft")]
    // https://chinaeconomicreview.com/cic-to-buy-morgan-stanley-stake-for-5bn/
    [InlineData("China Investment Corp will buy up to a 9.9% stake in US investment bank Morgan Stanley for US$5 billion, the Wall Street Journal reported.", "US$5 billion", Metric.Investment, "China Investment Corp")]
    [InlineData("Abu Dhabi's fund paid US$7.5 billion for a 4.9% stake in Citigroup and Singapore's Government Investment Corporation invested US$9.72 billion in a 9% stake in Swiss bank UBS.", "US$9.72 billion", Metric.Investment, "Government Investment Corporation|Singapore's Government Investment Corporation")]
    // https://www.centralbanking.com/central-banking/news/1422270/abu-dhabi-swf-invests-usd7-billion-citigroup
    [InlineData("Abu Dhabi Investment Authority, the world's biggest sovereign wealth fund, has bought an equity stake in Citigroup, the world's biggest bank, of up to 4.9% for $7.5 billion it emerged on Monday.", "$7.5 billion", Metric.Investment, "Abu Dhabi Investment Authority")]
    // http://www.efinancialnews.com/digest/2011-08-23/korean-sovereign-wealth-fund-adds-usd-78-million-to-bofa-stake
    [InlineData("Korea Investment Corp., which owned a 0.67% stake in Bank of America as of June 30 as per figures compiled by Bloomberg, on Monday revealed that it has bought an additional holding worth $78m (€54.3m) in the Charlotte-based lender.", "$78m", Metric.Investment, "Korea Investment Corp.|Korea Investment")]
    // https://www.pionline.com/article/20171212/ONLINE/171219915/pennpsers-commits-1-3-billion-to-alternatives
    [InlineData("At its Dec. 8 meeting, the PennPSERS board agreed to commit $400 million to Children's Investment Fund, a hedge fund managed by TCI Fund Management.", "$400 million", Metric.Investment, "PennPSERS")]
    // https://www.bloomberg.com/news/articles/2023-01-10/calpers-makes-1-billion-bet-on-up-and-coming-firms-as-new-cio-reshapes-pension
    [InlineData("Calpers, the largest public pension fund in the US, will invest $500 million each with TPG Inc. and GCM Grosvenor to help launch funds backing up-and-coming private equity firms, pension officials said.", "$500 million", Metric.Investment, "Calpers")]
    // https://www.alternativeswatch.com/2019/12/11/calpers-adds-1-2bn-to-private-equity/
    [InlineData("CalPERS previously has invested in two other Madison Dearborn funds putting $150 million and $300 million in 2000 and 2006, respectively.", "$150 million", Metric.Investment, "CalPERS")]
    public void Read_RealSentenceOfTheClass_IsTheNamedInvestor(string sentence, string money, Metric metric, string accepted)
    {
        AssertReadAs(sentence, money, metric, accepted);
    }

    /// <summary>
    /// Every figure overlapping the money slot (a hedge such as "around" in the figure, a bracketed conversion too) reads <paramref name="metric"/> and one of the
    /// <paramref name="accepted"/> investors ("|"-joined; "" for none).
    /// </summary>
    private static void AssertReadAs(string sentence, string money, Metric metric, string accepted)
    {
        var reading = Read(sentence);
        var start = sentence.IndexOf(money, StringComparison.Ordinal);
        var inSlot = reading.Figures.Where(r => r.Figure.Start < start + money.Length && r.Figure.End > start).ToList();
        Assert.NotEmpty(inSlot);
        foreach (var figure in inSlot)
        {
            var readsAs = figure.Metric == metric && (accepted.Length == 0
                ? figure.Investor is null
                : accepted.Split('|').Contains(figure.Investor, StringComparer.OrdinalIgnoreCase));
            Assert.True(readsAs, $"{sentence} => {figure.Figure.Text}: {figure.Metric} / {figure.Investor ?? "null"}");
        }
    }
}
