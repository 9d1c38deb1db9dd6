using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The stakes sweep: the price of a MINORITY stake, or of shares bought from the company or another holder, is the buyer's investment, and
/// the buyer is its investor ("X agreed to buy a 10% stake in Y for $M", "X paid $M for 15% of Y", "X made a $M bid for a 25% stake in Y",
/// "X will subscribe to new shares in Y worth $M", "Y will issue shares worth $M to X", "Y sold a 9.9% stake to X for $M", "Z sold its
/// stake in Y to X for $M", "X acquired a 10% stake in Y for $M from Z"); since the stakes-control realignment a majority, a controlling or
/// the remaining stake bought is the buyer's investment too (the reading); a whole company bought with no stake word, a company
/// taken private stay other (and, since convention M11, a stake's worth with no deal is an investment). Targets include names that open with a number word or
/// read as common nouns ("Six Nations Rugby", "Seven &amp; i", "Three UK", "The Athletic", "Scale AI", "Horse Powertrain").
/// Frames are the ones wires write, e.g. https://www.thetimes.co.uk/article/six-nations-sells-14-share-to-cvc-capital-partners-but-what-does-it-all-mean-ctsnqqd0t
/// ("CVC has paid £365 million for a 14.3 per cent share"), https://www.theguardian.com/sport/2021/mar/11/cvc-concludes-365m-deal-to-buy-a-seventh-share-of-six-nations-rugby-union
/// ("Six Nations Rugby has agreed to sell a stake in the tournament to private equity firm CVC Capital Partners"),
/// http://www.reuters.com/article/mpxenergia-brazil-eon-idUSE5E8LQ05E20130328 ("E.ON will subscribe for 367 million reais of new shares and
/// purchase a 24.5 percent stake from Batista"), https://d33gy59ovltp76.cloudfront.net/news/former-sale-sharks-and-stockport-county-owner-buys-37m-stake-in-manchester-giant-thg
/// ("has snapped up a £37m stake in … THG"), https://www.thetimes.co.uk/article/cvc-in-500m-six-nations-bid-x7nbf038j ("CVC in £500m Six Nations bid").
/// Before the sweep's fixes 756 of the 855 minority combinations and 168 of the 176 majority ones read right (bids and offers for a stake,
/// new shares subscribed or issued for their worth, number-word targets, a seller after "from", "a 14.3 per cent share", "the remaining 50% of").
/// </summary>
public sealed class StakePurchasesSweepTests
{
    private static readonly (string Written, string Accepted)[] _buyers =
    [
        ("SoftBank Group", "SoftBank Group"), ("Saudi Aramco", "Saudi Aramco"), ("CVC Capital Partners", "CVC Capital Partners"),
        ("Tencent Holdings", "Tencent Holdings|Tencent"), ("Mubadala", "Mubadala"), ("KKR", "KKR"), ("Berkshire Hathaway", "Berkshire Hathaway"),
        ("Abu Dhabi Investment Authority", "Abu Dhabi Investment Authority"), ("Toyota Motor Corp.", "Toyota Motor Corp.|Toyota Motor"),
        ("Meta Platforms", "Meta Platforms"), ("Alimentation Couche-Tard", "Alimentation Couche-Tard"), ("Geely", "Geely"), ("Temasek", "Temasek"),
        ("Blackstone", "Blackstone"), ("Qatar Investment Authority", "Qatar Investment Authority"),
    ];

    private static readonly string[] _targets =
    [
        "Six Nations Rugby", "Seven & i", "Three UK", "The Athletic", "Scale AI", "Horse Powertrain", "Reliance Retail", "Anthropic", "Jio Platforms",
        "Wirecard", "Rapidus", "Mistral AI", "Aston Martin", "Volvo Cars", "Nissan",
    ];

    private static readonly string[] _sellers = ["Vodafone", "Hutchison", "Elliott Management", "BlackRock", "Siemens", "the Japanese government"];

    private static readonly string[] _money = ["$2 billion", "£365m", "€1.5bn", "$500 million", "¥300 billion", "Rs 5,000 crore", "$1.2bn", "€750 million"];

    /// <summary>Minority stakes and shares bought: {X} the buyer, {Y} the company, {Z} a seller, {M} the money.</summary>
    private static readonly string[] _minorityFrames =
    [
        "{X} agreed to buy a 10% stake in {Y} for {M}.", "{X} will acquire a 20% stake in {Y} for {M}.",
        "{X} has agreed to acquire a 4.9% stake in {Y} for about {M}, the companies said.", "{X} paid {M} for 15% of {Y}.",
        "{X} paid {M} for the shares.", "{X} paid {M} for a block of {Y} shares from {Z}.", "{X} paid {M} for the stock, according to a filing.",
        "{X} made a {M} bid for a 25% stake in {Y}.", "{X}'s {M} bid for a stake in {Y} was rejected.", "{X} took a {M} stake in {Y}.",
        "{X} picked up a {M} stake in {Y}.", "{X} snapped up a {M} stake in {Y}.", "{X} bought {M} worth of {Y} shares.",
        "{X} will subscribe to new shares in {Y} worth {M}.", "{Y} will issue shares worth {M} to {X}.", "{Y} sold a 9.9% stake to {X} for {M}.",
        "{Y} has sold a 12% stake to {X} for {M}, it said on Monday.", "{Z} sold its 30% stake in {Y} to {X} for {M}.",
        "{Z} agreed to sell its 8% stake in {Y} to {X} for {M}.", "{X} raised its stake in {Y} to 19% for {M}.",
        "{X} is in talks to buy a minority stake in {Y} for up to {M}, people familiar with the matter said.",
        "The deal includes a {M} minority investment by {X}.", "{Y} announced a {M} minority investment by {X}.",
        "{X} is set to buy a 5% stake in {Y} for as much as {M}.", "{X} will pay {M} for a 7% stake in {Y}.",
        "{X} said it would buy a 24.9% stake in {Y} for {M}.", "{X} bought a 3% stake in {Y} for {M} last year.", "{X} is buying a 49% stake in {Y} for {M}.",
        "{X} will take a 40% stake in {Y} for {M}.", "{X}'s {M} investment in {Y} was completed on Friday.", "{X} is paying {M} for a minority stake in {Y}.",
        "{X} has bought shares worth {M} in {Y}.", "{X} acquired a 10% stake in {Y} for {M} from {Z}.", "{X} bought {Z}'s 15% stake in {Y} for {M}.",
        "{X} has paid {M} for a 14.3 per cent share of {Y}.",

        // More verbs, tenses, hedges and clause orders.
        "{X} is set to acquire a 9.9% stake in {Y} for as much as {M}.", "{X} purchased a 5 per cent stake in {Y} for {M}.",
        "{X} will invest {M} for a 10% stake in {Y}.", "{X} acquired 7.5% of {Y} for {M}.", "Under the deal, {X} will buy a 15% stake in {Y} for {M}.",
        "{X} agreed to pay {M} for a 30% stake in {Y}.", "{X} bought a minority stake in {Y} for {M}.", "{X} struck a deal to buy a 20% stake in {Y} for {M}.",
        "{X} offered {M} for a 25% stake in {Y}.", "{Z} plans to sell a 10% stake in {Y} to {X} for {M}.", "{Y} agreed to sell a 20% stake to {X} for {M}.",
        "{Y} is selling a minority stake to {X} for about {M}.", "{X} has bought a 2.5 percent stake in {Y} for {M}, a regulatory filing showed.",
        "{X} will spend {M} to buy a 12% stake in {Y}.", "{X} spent {M} to acquire a 6% stake in {Y}.",
        "{X} would pay roughly {M} for a 17% stake in {Y}, Bloomberg reported.", "{X} was in talks to acquire a 20% stake in {Y} for around {M}.",
        "{X} is nearing a deal to buy a 35% stake in {Y} for {M}.", "{X} bought a {M} stake in {Y}.", "{X} will take a {M} minority stake in {Y}.",
        "{X} acquired a {M} stake in {Y} last month.", "{X} has agreed to invest {M} in {Y} in exchange for a 10% stake.",
    ];

    /// <summary>
    /// Since the stakes-control realignment (the reading: a stake of any size bought is an investment by the buyer): majority,
    /// controlling, whole and remaining stakes or shares bought are the buyer's investment. These frames asserted other before.
    /// </summary>
    private static readonly string[] _controlFrames =
    [
        "{X} agreed to buy a 60% stake in {Y} for {M}.", "{X} agreed to buy a controlling stake in {Y} for {M}.",
        "{X} will buy the remaining 50% of {Y} for {M}.", "{X} agreed to buy the remaining 40% stake in {Y} for {M}.",
        "{X} will acquire a majority stake in {Y} for {M}.", "{X} bought a 51% stake in {Y} for {M}.",
        "{X} agreed to buy a 75% stake in {Y} for {M}.", "{X} took a majority stake in {Y} for {M}.",
        "{X} agreed to acquire a 100% stake in {Y} for {M}.", "{X} bought the remaining shares in {Y} for {M}.",
    ];

    /// <summary>
    /// Whole companies bought with no stake or shares word, the rest of a company, a company taken private: other. (A stake's worth with
    /// no deal was here until the twenty-fifth session; convention M11 makes it an investment, TwentyFifthSessionRulesTests.)
    /// </summary>
    private static readonly string[] _majorityFrames =
    [
        "{X} will acquire {Y} for {M}.", "{X} plans to take {Y} private for {M}.", "{X} made a {M} bid for {Y}.",
        "{X} agreed to acquire all of {Y} for {M}.", "{X} will take full control of {Y} for {M}.",
        "{X} will buy the rest of {Y} for {M}.", "{X} completed its {M} takeover of {Y}.", "{X}'s {M} acquisition of {Y} closed on Monday.",
        "{X} will buy out {Y} for {M}.", "{X} is in talks to buy {Y} for about {M}.", "{X} agreed to take {Y} private in a {M} deal.",
    ];

    // A target that opens the sentence with a number word ("Three UK will issue shares …") is read as a name only before a verb;
    // "Three Chinese firms will …" counts firms, so frames opening with {Y} keep it as written and the rule reads it from the verb after.
    private static string Fill(string frame, string buyer, string target, string seller, string money)
    {
        var sentence = frame.Replace("{X}", buyer, StringComparison.Ordinal).Replace("{Y}", target, StringComparison.Ordinal)
            .Replace("{Z}", seller, StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal);
        return Capitalised(sentence);
    }

    public static TheoryData<string, string, string> MinorityCases()
    {
        var data = new TheoryData<string, string, string>();
        for (var f = 0; f < _minorityFrames.Length; f++)
        {
            for (var j = 0; j < _buyers.Length; j++)
            {
                var (buyer, accepted) = _buyers[(f * 3 + j) % _buyers.Length];
                var money = _money[(f * 5 + j) % _money.Length];
                data.Add(Fill(_minorityFrames[f], buyer, _targets[(f + j) % _targets.Length], _sellers[(f + j) % _sellers.Length], money), money, accepted);
            }
        }

        return data;
    }

    public static TheoryData<string, string> MajorityCases()
    {
        var data = new TheoryData<string, string>();
        for (var f = 0; f < _majorityFrames.Length; f++)
        {
            for (var j = 0; j < 8; j++)
            {
                var money = _money[(f * 5 + j) % _money.Length];
                data.Add(Fill(_majorityFrames[f], _buyers[(f * 3 + j) % _buyers.Length].Written, _targets[(f + j) % _targets.Length], "", money), money);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MinorityCases))]
    public void Read_MinorityStakeOrSharesBought_IsTheBuyersInvestment(string sentence, string at, string accepted)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Contains(figure.Investor, accepted.Split('|'), StringComparer.OrdinalIgnoreCase);
    }

    public static TheoryData<string, string, string> ControlCases()
    {
        var data = new TheoryData<string, string, string>();
        for (var f = 0; f < _controlFrames.Length; f++)
        {
            for (var j = 0; j < 8; j++)
            {
                var money = _money[(f * 5 + j) % _money.Length];
                var (buyer, accepted) = _buyers[(f * 3 + j) % _buyers.Length];
                data.Add(Fill(_controlFrames[f], buyer, _targets[(f + j) % _targets.Length], "", money), money, accepted);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MajorityCases))]
    public void Read_WholeCompanyOrStakeWorth_IsOther(string sentence, string at) =>
        Assert.Null(Figure(sentence, at).Metric);

    /// <summary>Since the stakes-control realignment: a majority, controlling, whole or remaining stake bought is the buyer's investment.</summary>
    [Theory]
    [MemberData(nameof(ControlCases))]
    public void Read_MajorityControllingOrRemainingStake_IsTheBuyersInvestment(string sentence, string at, string accepted)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Contains(figure.Investor, accepted.Split('|'), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Buyers described, owned, dotted or persons, with number-word targets.</summary>
    [Theory]
    [InlineData("Japanese carmaker Toyota agreed to buy a 10% stake in Three UK for $2 billion.", "$2 billion", "Toyota")]
    [InlineData("Private equity firm CVC Capital Partners paid £365m for a 14.3% stake in Six Nations Rugby.", "£365m", "CVC Capital Partners")]
    [InlineData("Alphabet's Google took a $300 million stake in Anthropic.", "$300 million", "Google")]
    [InlineData("Reliance Retail sold a 1.2% stake to Saudi Arabia's Public Investment Fund for Rs 9,555 crore.", "Rs 9,555 crore", "Public Investment Fund")]
    [InlineData("Amazon.com Inc. agreed to buy a 9.9% stake in Seven & i for ¥300 billion.", "¥300 billion", "Amazon.com Inc.")]
    [InlineData("Elliott Management sold its 8% stake in Seven & i to Alimentation Couche-Tard for $2.5 billion.", "$2.5 billion", "Alimentation Couche-Tard")]
    [InlineData("Sovereign wealth fund GIC will subscribe to new shares in Three UK worth £500m.", "£500m", "GIC")]
    [InlineData("Three UK will issue new shares worth £500m to CK Hutchison.", "£500m", "CK Hutchison")]
    [InlineData("Mukesh Ambani bought a 5% stake in The Athletic for $50 million.", "$50 million", "Mukesh Ambani")]
    [InlineData("Mistral AI received a $500m investment after selling a 10% stake to Microsoft.", "$500m", "Microsoft")]
    public void Read_BuyerOfEveryShape_IsTheInvestor(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    /// <summary>Number-word targets are listed whole among the sentence's organisations.</summary>
    [Theory]
    [InlineData("CVC Capital Partners' £365m investment in Six Nations Rugby was completed.", "Six Nations Rugby")]
    [InlineData("Temasek will subscribe to new shares in Seven & i worth ¥300 billion.", "Seven & i")]
    [InlineData("Three UK will issue shares worth £365m to SoftBank Group.", "Three UK")]
    [InlineData("Geely made a $2 billion bid for a 25% stake in Three UK.", "Three UK")]
    public void Read_NumberWordLedTarget_IsListedWhole(string sentence, string name) =>
        Assert.Contains(Read(sentence).Organisations, o => o.Name == name);

    /// <summary>A sentence opening with a count stays a count: no organisation starts with it.</summary>
    [Theory]
    [InlineData("Three Chinese firms will invest $2 billion in Rapidus.")]
    [InlineData("Six people familiar with the matter said SoftBank would invest $1 billion.")]
    public void Read_SentenceOpeningCount_IsNoName(string sentence) =>
        Assert.DoesNotContain(Read(sentence).Organisations, o => o.Name.StartsWith("Three", StringComparison.Ordinal) || o.Name.StartsWith("Six", StringComparison.Ordinal));

    /// <summary>
    /// Real sentences from outside the corpus. Before the sweep 9 of these 13 read right ("paid £365 million for a 14.3 per cent share" was
    /// other, "Thus far the company" was a name, the receiving subject of "has secured a £365m investment after agreeing to sell … to … CVC"
    /// was its investor); after it 12. Left failing (not in this family): "One of Britain's richest men, who used to own Sale Sharks and
    /// Stockport County, has snapped up a £37m stake in … THG" (https://d33gy59ovltp76.cloudfront.net/news/former-sale-sharks-and-stockport-county-owner-buys-37m-stake-in-manchester-giant-thg:
    /// a name in the relative clause is read as the buyer).
    /// </summary>
    [Theory]
    // https://moosegazette.net/%F0%9F%94%A5private-equity-giant-cvc-capital-closes-in-on-stake-in-rugbys-six-nations-championship%F0%9F%94%A5/25919/
    [InlineData("CVC is nearing a £300 million deal with Six Nations Rugby Limited for a 14% stake in the tournament, a source close to the company told the FT.", "£300 million", "CVC")]
    // https://www.thetimes.co.uk/article/six-nations-sells-14-share-to-cvc-capital-partners-but-what-does-it-all-mean-ctsnqqd0t
    [InlineData("CVC has paid £365 million for a 14.3 per cent share.", "£365 million", "CVC")]
    // https://www.theguardian.com/sport/2021/mar/11/cvc-concludes-365m-deal-to-buy-a-seventh-share-of-six-nations-rugby-union
    [InlineData("Six Nations Rugby has agreed to sell a stake in the tournament to private equity firm CVC Capital Partners in a five-year deal understood to be worth in the region of £365m.", "£365m", "CVC Capital Partners")]
    // https://pe-insights.com/six-nations-agrees-365m-partnership-with-private-equity-firm-cvc
    [InlineData("Six Nations Rugby has secured a £365m investment after agreeing to sell 14.3 per cent of its share to private equity firm CVC.", "£365m", "CVC")]
    // https://aichief.com/news/meta-invests-14-3-billion-in-scale-ai-hires-ceo-to-lead-ai-push
    [InlineData("Meta is investing $14.3 billion to acquire a 49% stake in Scale AI and bring on its CEO, Alexandr Wang, in a major push to strengthen its artificial intelligence efforts.", "$14.3 billion", "Meta")]
    // https://www.ibtimes.com/meta-invests-143b-49-stake-scale-ai-boost-ai-capabilities-3775513
    [InlineData("Meta has completed a $14.3 billion investment in Scale AI, acquiring a 49% stake in the startup and valuing it at over $29 billion.", "$14.3 billion", "Meta")]
    // https://www.hngn.com/articles/266651/20250613/meta-makes-major-ai-move-143-billion-stake-scale-hires-ceo.htm
    [InlineData("On Thursday, the company revealed a $14.3 billion investment in AI startup Scale, securing a 49% ownership stake in the business.", "$14.3 billion", null)]
    // https://it-online.co.za/2025/06/13/meta-invests-143bn-in-ai-startup/
    [InlineData("Meta is investing $14,3-billion for a major minority stake in artificial intelligence (AI) startup, Scale AI, that works with data to train AI systems.", "$14,3-billion", "Meta")]
    // http://uk.reuters.com/article/carrefour-brazil-diniz-idUKFWN0U104G20141218
    [InlineData("PARIS Dec 18 French supermarkets group Carrefour on Thursday announced that Brazilian billionaire Abilio Diniz had bought a 10 percent stake in its Brazil division through his investment company Peninsula for about 1.8 billion reais ($663 million).", "1.8 billion reais", "Abilio Diniz")]
    // https://www.businesstoday.in/latest/story/mahindra-inks-pact-with-associate-firm-sampo-rosenlew-to-increase-its-stake-to-49-from-existing-35-121724-2018-12-18
    [InlineData("Mahindra & Mahindra on Monday said it has inked a share subscription agreement with its Finland-based associate firm Sampo Rosenlew to increase its stake to 49.04 per cent from the existing 35 per cent for Rs 37.74 crore.", "Rs 37.74 crore", "Mahindra & Mahindra")]
    // https://www.malaymail.com/news/money/2019/09/19/firm-linked-to-syed-mokhtar-increases-shares-in-media-prima/1792227
    // https://www.thetimes.co.uk/article/cvc-in-500m-six-nations-bid-x7nbf038j
    [InlineData("The private equity company bought a 27 per cent stake in the commercial arm of the Gallagher Premiership in December for £220 million.", "£220 million", null)]
    public void Read_RealStakePurchase_IsTheBuyersInvestment(string sentence, string at, string? investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }
}
