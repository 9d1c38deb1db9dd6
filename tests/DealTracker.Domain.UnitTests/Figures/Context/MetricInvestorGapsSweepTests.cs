using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The metric-and-investor gaps sweep: nine classes of sentence, each a real miss on unseen sentences, generated over frames × name
/// shapes × verbs and tenses × positions, with the negatives that must stay as they are (the issue's reading, docs/extractor.md "####
/// The issue's reading"):
/// <list type="number">
/// <item>a ticker or exchange code in brackets after the investor ("Nvidia ( NVDA ) agreed to invest", "(NASDAQ: NVDA)", "(9984.T)",
/// "(BSE: 500325)") keeps it the investor;</item>
/// <item>a participle after a clause ("…, committing another $10 billion for a 49% stake") keeps the clause's subject as the investor;</item>
/// <item>a government or administration as the subject ("the Trump administration would invest $8.9 billion") is the investor, while
/// money it provides in support, subsidies or grants stays other;</item>
/// <item>starting or seeding a fund ("is starting the fund off with $2 billion", "seeded the fund with", "anchoring it with") is the
/// seeder's investment;</item>
/// <item>an organisation investing in an instrument ("had invested in a $1.25-billion note from Anthropic") is the investor, not the
/// note's issuer nor a regulator named before;</item>
/// <item>a valuation compared ("plunged … to $6.7 billion compared with the $45.6 billion it achieved", "fell from $X to $Y", "down
/// from $X") is a valuation at both ends;</item>
/// <item>a company's, a held stake's or a portfolio's market value ("boosting the company's value to", "lifted the value of the
/// government's Intel stake to", "bringing the market value of the investment portfolio to") is other;</item>
/// <item>money a company attracted or received from investors it does not name is a round size;</item>
/// <item>"Rs 70 crs and Rs 30 crs respectively" (the figure extractor's plural of crore) are each listed investor's investment.</item>
/// <item>(class 10, relabelled corpus figures the rules did not read) a holder's right or option to invest ("gives MAM the right to
/// invest another $4.1B"), "with SoftBank planning to invest", one fund's raise ("the fund aims to raise", "Vision Fund, which has so
/// far secured") and money raised "from its founding partners".</item>
/// </list>
/// Before the sweep's fixes 315 of these 574 combinations read right (tickers 42/63, participles 42/49, governments and their support
/// 36/54, seeded funds 0/42, notes 7/35, valuations compared 20/40, held and market values 10/33, attracted or received from investors
/// 26/57, crores respectively 24/60 (the extractor read no "crs"), rights and plans 28/42, fund raises 24/43; every negative row
/// right); after them all 574.
/// </summary>
public sealed class MetricInvestorGapsSweepTests
{
    private const string Investment = "Investment";
    private const string RoundSize = "RoundSize";
    private const string Valuation = "Valuation";
    private const string Other = "Other";

    // Investors of several shapes: one word, a lower-case-led brand, a suffixed group, a multi-word holding, a place-led fund.
    private static readonly (string Written, string Accepted)[] _investors =
    [
        ("Nvidia", "Nvidia"),
        ("SoftBank Group Corp.", "SoftBank Group Corp.|SoftBank Group"),
        ("Microsoft", "Microsoft"),
        ("Reliance Industries", "Reliance Industries"),
        ("Tencent Holdings", "Tencent Holdings|Tencent"),
        ("Toyota Motor Corp", "Toyota Motor Corp|Toyota Motor|Toyota"),
        ("Amazon", "Amazon"),
    ];

    // Tickers and exchange codes as wires print them after a name.
    private static readonly string[] _tickers = ["( NVDA )", "(NASDAQ: NVDA)", "(NVDA.O)", "(9984.T)", "(BSE: 500325)", "(NYSE: GM)", "(TSE: 7203)"];

    private static readonly string[] _targets = ["Intel", "OpenAI", "Anthropic", "Rapidus", "Mistral AI", "Jio Platforms", "Reliance Retail Ventures"];

    private static readonly string[] _money = ["$5 billion", "$10 billion", "₹1,200 crore", "€2bn", "£365m", "US$750 million", "$1.25-billion"];

    private static readonly string[] _governments =
        ["the Trump administration", "the U.S. government", "the Japanese government", "the Biden administration", "the German government", "the UK government"];

    /// <summary>Class 1: {X} the investor as written, {T} its ticker, {Y} the company, {M} the money.</summary>
    private static readonly string[] _tickerFrames =
    [
        "{X} {T} agreed to invest {M} in {Y}.",
        "{Y} shares surged on Thursday after {X} {T} agreed to invest {M} in the rival company and jointly develop new chips.",
        "{Y} ( INTC ) shares surged on Thursday after {X} {T} agreed to invest {M} in the rival company.",
        "The deal comes after {X} {T} agreed in September to invest {M} in {Y}.",
        "{X} {T} will invest {M} in {Y}, the companies said.",
        "On Monday, {X} {T} said it would invest {M} in {Y}.",
        "{X} {T} has invested {M} in {Y}.",
        "{X} {T} is investing {M} in {Y} for a minority stake.",
        "{X} {T} said on Tuesday it will pour {M} into {Y}.",
    ];

    /// <summary>Class 2: a participle after the clause whose subject {X} is.</summary>
    private static readonly string[] _participleFrames =
    [
        "{X} in January deepened its partnership with ChatGPT developer {Y}, committing another {M} for a 49% stake in the company.",
        "{X} expanded its alliance with {Y} last year, investing {M} in the startup.",
        "{X} doubled down on its bet on {Y} on Tuesday, putting in {M}.",
        "{X} stepped up its support for {Y}, pumping {M} into the company.",
        "{X} has deepened its ties with {Y}, committing {M} to the company.",
        "Last year {X} signed a deal with {Y}, investing {M} for a minority stake.",
        "{X} sealed its partnership with {Y} in March, pouring {M} into the firm.",
    ];

    /// <summary>Class 3: a government or administration {G} as the subject.</summary>
    private static readonly string[] _governmentFrames =
    [
        "The deal comes about a month after {Y} said that {G} would invest {M} in the company.",
        "{Y} said that {G} would invest {M} in the company.",
        "{G} will invest {M} in {Y}, officials said.",
        "Last month, {G} agreed to invest {M} in {Y}.",
        "{G} has invested {M} in {Y}.",
        "{G} is set to invest {M} in {Y} for a 10% stake.",
    ];

    /// <summary>Class 3 negatives: money a government provides in support, subsidies or grants stays other.</summary>
    private static readonly string[] _governmentSupportFrames =
    [
        "{G} will provide {M} in support to {Y}.",
        "{G} will provide {M} in subsidies for {Y}'s new plant.",
        "{G} has provided {M} in grants to {Y}.",
    ];

    /// <summary>Class 4: starting or seeding a fund.</summary>
    private static readonly string[] _seedFrames =
    [
        "{X} is starting the fund off with {M}.",
        "{X} seeded the fund with {M}.",
        "{X} will seed the new fund with {M}, the company said.",
        "{X} launched a venture fund on Monday, anchoring it with {M}.",
        "{X} has seeded its new AI fund with {M}.",
        "{X} said it was starting the vehicle off with {M} of its own money.",
    ];

    /// <summary>Class 5: an organisation investing in an instrument issued by {Y}.</summary>
    private static readonly string[] _noteFrames =
    [
        "In {X}'s quarterly report to the US Securities and Exchange Commission this week, the company detailed that it had invested in a {M} note from {Y} that can convert to equity.",
        "{X} had invested in a {M} note from {Y} that can convert to equity.",
        "{X} has invested in a {M} convertible note issued by {Y}.",
        "{X} said it would invest in a {M} convertible note from {Y}.",
        "The filing showed that {X} invested in a {M} note from {Y} last year.",
    ];

    /// <summary>Class 6: a valuation compared: {A} the lower, {B} the higher figure.</summary>
    private static readonly (string Frame, bool LowFirst)[] _valuationCompareFrames =
    [
        ("The company’s valuation plunged in its latest funding round to {A} compared with the {B} it achieved in June 2021.", true),
        ("{Y}'s valuation fell from {B} to {A}.", false),
        ("{Y}'s valuation rose from {A} to {B} in its latest round.", true),
        ("{Y}'s valuation jumped to {B}, up from {A} last year.", false),
        ("{Y}'s valuation was cut to {A}, down from {B}.", true),
        ("{Y}'s valuation was cut from {B} to {A} in the new round.", false),
        ("In the new round, {Y}'s valuation dropped to {A} compared with {B} a year earlier.", true),
        ("Following this round, the company’s valuation jumped from {A} at the end of the previous funding round in June to {B}.", true),
    ];

    /// <summary>Class 7: a company's, a held stake's or a portfolio's market value.</summary>
    private static readonly string[] _marketValueFrames =
    [
        "The rally boosted the New York-based company’s value to about {M}.",
        "The surge also lifted the value of the U.S. government’s {Y} stake to {M}.",
        "The gains brought the market value of {X}'s investment portfolio to about {M}.",
        "Shares rose 8%, lifting the company's value to {M}.",
        "The stock jump pushed the value of {X}'s stake in {Y} to {M}.",
        "The rise also boosted the value of {X}'s holdings in {Y} to {M}.",
    ];

    /// <summary>Class 7 negatives: a round that lifts a valuation is a valuation.</summary>
    private static readonly string[] _roundValuationFrames =
    [
        "The round lifted {Y}'s valuation to {M}.",
        "The new funding boosted {Y}'s valuation to {M}.",
    ];

    /// <summary>Class 8: money attracted or received from investors not named.</summary>
    private static readonly string[] _attractedFrames =
    [
        "{Y} has successfully attracted {M} from multi-national investors.",
        "{Y} attracted {M} from global investors in its Series D.",
        "{Y} received {M} from investors.",
        "Startup {Y} received {M} in new funding.",
        "{Y} has attracted {M} from new and existing investors.",
        "Last year, {Y} received {M} from a group of institutional investors.",
        "Point-of-sale system operator {Y} received {M} in August, according to Crunchbase.",
        "Rival {Y} collected {M} in February 2022.",
        "{Y} has received {M} in new funding.",
    ];

    /// <summary>Class 8 negatives: grants and subsidies received stay other.</summary>
    private static readonly string[] _receivedSupportFrames =
    [
        "{Y} received {M} in federal grants.",
        "{Y} has received {M} in subsidies from the state.",
    ];

    /// <summary>Class 8 negatives: money attracted from one named giver is that giver's investment.</summary>
    private static readonly string[] _attractedFromOneFrames =
    [
        "{Y} attracted {M} from {X}.",
        "{Y} received {M} from {X} last month.",
    ];

    /// <summary>Class 10 (relabelled corpus figures): a named holder's right or option to invest, an investor after "with" planning to.</summary>
    private static readonly string[] _rightFrames =
    [
        "The agreement gives {X} the right to invest another {M} in future projects.",
        "{X} has the option to invest up to {M} in {Y}.",
        "Under the deal, {X} will have the right to invest an additional {M} in {Y}.",
        "The partners are preparing a project, with {X} planning to invest {M} over six years.",
        "The consortium was formed last year, with {X} expected to invest {M} in the venture.",
        "Talks continue, with {X} set to invest {M} in {Y}.",
    ];

    /// <summary>Class 10: one fund's raise, and money raised from a company's own partners or investors no name names.</summary>
    private static readonly string[] _fundRaiseFrames =
    [
        "The fund aims to raise around {M} in total.",
        "{Y} Growth Fund, which has so far secured {M}, is backed by {X}.",
        "The new fund is looking to raise as much as {M}.",
        "The vehicle has already raised {M}.",
        "The joint venture has raised about {M} from its founding partners, which also include {X}.",
        "{Y} secured roughly {M} in funding from its existing investors.",
        "{Y} raised {M} from its shareholders.",
    ];

    /// <summary>Class 10 negatives: raised from a named giver is its investment.</summary>
    private static readonly string[] _raisedFromOneFrames =
    [
        "{Y} has secured {M} from {X}.",
    ];

    /// <summary>Since the nineteenth session a company's raise from one giver is its round (convention M5); asserted an investment until then.</summary>
    private static readonly string[] _raisedRoundFromOneFrames =
    [
        "{Y} raised {M} from {X}.",
    ];

    private static readonly (string A, string B)[] _fundPairs =
        [("SBI MF", "Axis MF"), ("HDFC Mutual Fund", "ICICI Prudential"), ("Temasek", "GIC"), ("Nippon India MF", "Kotak MF")];

    private static readonly (string A, string B)[] _croreForms =
        [("Rs 70 crs", "Rs 30 crs"), ("Rs 70 Crs.", "Rs 30 Crs."), ("Rs 70 cr", "Rs 30 cr"), ("Rs 70 crores", "Rs 30 crores"), ("₹70 crs", "₹30 crs")];

    /// <summary>Class 9: "have invested X and Y respectively".</summary>
    private static readonly string[] _respectiveFrames =
    [
        "{A} and {B} have also invested {MA} and {MB} respectively.",
        "{A} and {B} invested {MA} and {MB} respectively in the company.",
        "In the pre-IPO round, {A} and {B} put in {MA} and {MB} respectively.",
    ];

    public static TheoryData<string, string> TickerCases()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var (written, accepted) in _investors)
        {
            foreach (var frame in _tickerFrames)
            {
                // Every frame meets every ticker, money form and company across the investors.
                var ticker = _tickers[(k + (k / _tickerFrames.Length)) % _tickers.Length];
                var money = _money[(k * 3) % _money.Length];
                var target = _targets[(k * 2 + 1) % _targets.Length];
                k++;
                var sentence = frame.Replace("{X}", written, StringComparison.Ordinal).Replace("{T}", ticker, StringComparison.Ordinal)
                    .Replace("{Y}", target, StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal);
                data.Add(Capitalised(sentence), Slot(Investment, money, $"{written} {ticker}|{accepted}"));
            }
        }

        return data;
    }

    public static TheoryData<string, string> ParticipleCases() => InvestorCases(_participleFrames, 0);

    public static TheoryData<string, string> SeedCases() => InvestorCases(_seedFrames, 2);

    public static TheoryData<string, string> NoteCases() => InvestorCases(_noteFrames, 4);

    public static TheoryData<string, string> GovernmentCases()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var government in _governments)
        {
            foreach (var frame in _governmentFrames)
            {
                var (sentence, money) = Fill(frame, ("", ""), government, k++);
                data.Add(Capitalised(sentence), Slot(Investment, money, government));
            }

            foreach (var frame in _governmentSupportFrames)
            {
                var (sentence, money) = Fill(frame, ("", ""), government, k++);
                data.Add(Capitalised(sentence), Slot(Other, money, null));
            }
        }

        return data;
    }

    public static TheoryData<string, string> ValuationCompareCases()
    {
        var data = new TheoryData<string, string>();
        (string Low, string High)[] pairs = [("$6.7 billion", "$45.6 billion"), ("€2bn", "€6bn"), ("£365m", "£1.2bn"), ("US$750 million", "US$3 billion"), ("₹1,200 crore", "₹5,000 crore")];
        var k = 0;
        foreach (var (frame, lowFirst) in _valuationCompareFrames)
        {
            foreach (var (low, high) in pairs)
            {
                var target = _targets[k++ % _targets.Length];
                var sentence = frame.Replace("{Y}", target, StringComparison.Ordinal).Replace("{A}", low, StringComparison.Ordinal).Replace("{B}", high, StringComparison.Ordinal);
                var (one, two) = lowFirst ? (low, high) : (high, low);
                data.Add(Capitalised(sentence), Slot(Valuation, one, null) + ";" + Slot(Valuation, two, null));
            }
        }

        return data;
    }

    public static TheoryData<string, string> MarketValueCases() => MetricCases(_marketValueFrames, Other, 1);

    public static TheoryData<string, string> RoundValuationCases() => MetricCases(_roundValuationFrames, Valuation, 3);

    public static TheoryData<string, string> AttractedCases() => MetricCases(_attractedFrames, RoundSize, 5);

    public static TheoryData<string, string> AttractedFromOneCases() => InvestorCases(_attractedFromOneFrames, 6);

    public static TheoryData<string, string> RightCases() => InvestorCases(_rightFrames, 3);

    public static TheoryData<string, string> FundRaiseCases() => MetricCases(_fundRaiseFrames, RoundSize, 4);

    public static TheoryData<string, string> RaisedFromOneCases() => InvestorCases(_raisedFromOneFrames, 5);

    public static TheoryData<string, string> RaisedRoundFromOneCases() => MetricCases(_raisedRoundFromOneFrames, RoundSize, 5);

    public static TheoryData<string, string> ReceivedSupportCases() => MetricCases(_receivedSupportFrames, Other, 2);

    public static TheoryData<string, string> RespectiveCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var frame in _respectiveFrames)
        {
            foreach (var (a, b) in _fundPairs)
            {
                foreach (var (ma, mb) in _croreForms)
                {
                    var sentence = frame.Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal)
                        .Replace("{MA}", ma, StringComparison.Ordinal).Replace("{MB}", mb, StringComparison.Ordinal);
                    data.Add(sentence, Slot(Investment, ma.TrimEnd('.'), a) + ";" + Slot(Investment, mb.TrimEnd('.'), b));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TickerCases))]
    public void Read_TickerAfterTheInvestor_KeepsTheInvestor(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(ParticipleCases))]
    public void Read_ParticipleAfterAClause_KeepsTheClausesSubject(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(GovernmentCases))]
    public void Read_GovernmentSubject_InvestsButSupportIsOther(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(SeedCases))]
    public void Read_StartingOrSeedingAFund_IsTheSeedersInvestment(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(NoteCases))]
    public void Read_InvestedInANote_IsTheHoldersInvestment(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(ValuationCompareCases))]
    public void Read_ValuationCompared_IsAValuationAtBothEnds(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(MarketValueCases))]
    public void Read_CompanyStakeOrPortfolioValue_IsOther(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(RoundValuationCases))]
    public void Read_RoundLiftingAValuation_IsAValuation(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(AttractedCases))]
    public void Read_AttractedFromUnnamedInvestors_IsARoundSize(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(AttractedFromOneCases))]
    public void Read_AttractedFromOneNamedGiver_IsItsInvestment(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(RightCases))]
    public void Read_RightOrPlanToInvest_IsTheHoldersInvestment(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(FundRaiseCases))]
    public void Read_FundRaiseOrRaisedFromItsPartners_IsARoundSize(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(RaisedFromOneCases))]
    public void Read_SecuredFromOneNamedGiver_IsItsInvestment(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(RaisedRoundFromOneCases))]
    public void Read_RaisedFromOneNamedGiver_IsTheCompanysRoundSize(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(ReceivedSupportCases))]
    public void Read_GrantsOrSubsidiesReceived_AreOther(string sentence, string expected) => AssertRead(sentence, expected);

    [Theory]
    [MemberData(nameof(RespectiveCases))]
    public void Read_CroresInvestedRespectively_AreEachListedInvestors(string sentence, string expected) => AssertRead(sentence, expected);

    /// <summary>
    /// Real sentences from outside the corpus (search corpus "pages"), labelled before they were run and not tuned on. Of 25, 18 read
    /// right before the sweep's rules and the same 18 after (one more figure right: Watcha's "attracted 36 billion won in Series D
    /// investment in 2020" is now a round size). Left out, wrong before and after: "Foursquare also raised a down round at a valuation
    /// of $250 million, way below its peak of $650 million from 2013" (https://www.vox.com/2016/2/24/11588206/here-are-57-companies-that-have-to-slash-their-valuations-to-raise:
    /// the peak is a valuation, read other); "Beauty brand Memebox received the largest investment of 143 billion won ($126.2 million)"
    /// (http://koreajoongangdaily.joins.com/news/article/article.aspx?aid=3031919&amp;cloc=etc%7Cjad%7Cgooglenews: a round, read as Memebox's
    /// investment); "Watcha … received 49 billion won in bridge rounds … in December last year" (https://occipitals.net/head-of-a-corporate-venture-investment-company/:
    /// a round, read other); "the firm decided to write down the value of its stake by 25 percent, dropping it from $13.9 billion to
    /// $10.4 billion" (https://vator.tv/n/43be: a held stake's value, read as an investment); "Shares of oil company OGX … rose nearly 8
    /// percent on Thursday after Batista offered to buy up to $1 billion of stock in the company" (http://www.reuters.com/article/us-ogx-shares-idUSBRE89O0RM20121025:
    /// Batista's, no investor read); "IE Venture Fund I has entered into an agreement to invest about Rs 252 million"
    /// (https://www.moneycontrol.com/news/business/stocks/info-edge-gains-7-on-investment-in-qyuki-digital-media-4896821.html: no investor
    /// read); "… when the government injected nearly $50 billion into General Motors" (https://thequickflash.com/en/article/trump-administration-vying-to-own-big-stake-in-intel-af:
    /// "Great Recession" read as the investor, where a bare "the government" names no one).
    /// </summary>
    [Theory]
    // https://americanistpress.com/nvidia-invests-5-billion-in-intel-as-china-bans-their-chip-and-u-s-questions-chinese-involvement
    [InlineData("Nvidia said it will invest $5 billion in Intel as part of a deal to co-develop data center and PC chips with the troubled chipmaker, which took on the U.S. government as an investor last month.", "Investment@$5 billion=Nvidia")]
    [InlineData("Softbank also made a $2 billion investment with Intel in August.", "Investment@$2 billion=Softbank")]
    // http://vihochips.com/articles/Nvidia-s-AI-investment-portfolio
    [InlineData("Nvidia's holdings in publicly traded securities are valued at $4.33 billion, while the valuation of its non-market equity securities has risen to $3.8 billion, up from $1.8 billion a year ago.", "Other@$4.33 billion=;Other@$3.8 billion=;Other@$1.8 billion=")]
    // https://news.crunchbase.com/venture/decembers-down-rounds-could-be-a-harbinger/
    [InlineData("Boston-based cybersecurity startup Snyk raised a $196.5 million Series G at a $7.4 billion valuation.", "RoundSize@$196.5 million=;Valuation@$7.4 billion=")]
    [InlineData("The company previously was valued at $40 billion in January, when it raised a $1 billion Series D.", "Valuation@$40 billion=;RoundSize@$1 billion=")]
    // http://koreajoongangdaily.joins.com/news/article/article.aspx?aid=3031919&cloc=etc%7Cjad%7Cgooglenews
    [InlineData("Woowa Brothers, developer of the food delivery service app Baemin, received investments worth 57 billion won from China’s Hillhouse Capital Group, one of the biggest investment firms in Asia.", "Investment@57 billion won=Hillhouse Capital Group|Hillhouse Capital")]
    // https://www.marketscreener.com/quote/stock/SK-INNOVATION-CO-LTD-6499820/news/S-Korea-s-unicorn-numbers-soar-ignite-hopes-of-more-blockbuster-IPOs-37392882/
    // (Since the nineteenth session a round raised from one giver is a round size, convention M5; asserted Anchor Equity Partners's investment until then.)
    [InlineData("Just this week Kurly Inc, which operates online grocery service Market Kurly, announced it raised 250 billion won ($209.88 million) from Anchor Equity Partners as it concluded its investment rounds prior to an initial public offering (IPO), giving it a valuation of 4 trillion won.", "RoundSize@250 billion won=;Valuation@4 trillion won=")]
    // http://www.avcj.com/avcj/analysis/59719/korean-start-ups-pursuing-critical-mass
    [InlineData("E-commerce player Coupang recently received a $1 billion investment from SoftBank Corp. that values the business as $5 billion.", "Investment@$1 billion=SoftBank Corp.|SoftBank;Valuation@$5 billion=")]
    // http://news.koreaherald.com/view.php?ud=20200130000669&np=10&mp=1
    [InlineData("By segment, smart health care companies received 617.2 billion won, while sharing-economy businesses and financial technology firms attracted 276.1 billion won and 120.7 billion won, respectively.", "Other@617.2 billion won=;Other@276.1 billion won=;Other@120.7 billion won=")]
    // https://www.hindustantimes.com/business-news/reliance-shares-jump-over-8-after-facebook-jio-deal/story-q2pWaWA8HULz79b4dOJWLO.html
    [InlineData("Shares of Reliance Industries Ltd jumped over 8% on Wednesday to a near seven-week high after Facebook announced it will invest $5.7 billion (Rs 43,574 crore) to buy a 10% stake in Jio Platforms.", "Investment@$5.7 billion=Facebook")]
    [InlineData("The company’s market valuation also jumped by Rs 45,527.62 crore to Rs 8,29,084.62 crore.", "Other@Rs 45,527.62 crore=;Other@Rs 8,29,084.62 crore=")]
    // http://www.reuters.com/article/barnesnoble-microsoft-idUSL4E8FU6YS20120430
    [InlineData("Microsoft Corp will invest $300 million in Barnes & Noble Inc’s digital and college businesses in a deal that values the businesses at $1.7 billion.", "Investment@$300 million=Microsoft Corp|Microsoft;Valuation@$1.7 billion=")]
    // https://news.crunchbase.com/fintech-ecommerce/stripe-cuts-valuation-unicorn-shares/
    [InlineData("In one of the more dramatic examples, fintech unicorn Klarna last year saw its valuation plummet 86% to $6.7 billion in a new funding round.", "Valuation@$6.7 billion=")]
    // https://mail.bigdatafinance.tw/finance/fintech/4178-fintech-giant-stripe-cuts-internal-valuation-by-28-report
    [InlineData("Earlier this year, Instacart lowered down its internal valuation to $24 billion from $39 billion, to help with retention and recruiting.", "Valuation@$24 billion=;Valuation@$39 billion=")]
    // https://redherring.com/top-story/stripe-lowers-internal-valuation-as-private-startups-re-evaluate-worth
    [InlineData("In March, grocery delivery startup Instacart lowered its internal valuation by 38% from $39 billion to $24 billion.", "Valuation@$39 billion=;Valuation@$24 billion=")]
    [InlineData("Klarna Bank, a payments startup, closed a funding round in July with a valuation of $6.7 billion, a gigantic fall from its $45 billion valuation in June last year.", "Valuation@$6.7 billion=;Valuation@$45 billion=")]
    // https://it-online.co.za/2025/08/20/us-government-to-buy-into-intel/
    [InlineData("The news follows yesterday’s announcement that Softbank Group will invest a further $2-billion in the US chip-maker.", "Investment@$2-billion=Softbank Group")]
    // https://www.ainvest.com/news/micron-tsmc-government-stake-key-benefitor-chips-act-funds-2508
    [InlineData("At Intel’s current market value, such a holding would be worth about $11.1 billion, roughly in line with the $10.9 billion in CHIPS Act grants the company has been awarded.", "Investment@$11.1 billion=;Other@$10.9 billion=")]
    public void Read_OutsideSentence_ReadsAsLabelled(string sentence, string expected) => AssertRead(sentence, expected);

    private static TheoryData<string, string> InvestorCases(string[] frames, int k)
    {
        var data = new TheoryData<string, string>();
        foreach (var investor in _investors)
        {
            foreach (var frame in frames)
            {
                var (sentence, money) = Fill(frame, investor, "", k++);
                data.Add(Capitalised(sentence), Slot(Investment, money, investor.Accepted));
            }
        }

        return data;
    }

    private static TheoryData<string, string> MetricCases(string[] frames, string metric, int k)
    {
        var data = new TheoryData<string, string>();
        foreach (var investor in _investors)
        {
            foreach (var frame in frames)
            {
                var (sentence, money) = Fill(frame, investor, "", k++);
                data.Add(Capitalised(sentence), Slot(metric, money, null));
            }
        }

        return data;
    }

    private static (string Sentence, string Money) Fill(string frame, (string Written, string Accepted) investor, string government, int k)
    {
        // Rotated apart, so that every frame meets every money form and company across the names.
        var money = _money[(k + (k / 5)) % _money.Length];
        var target = _targets[(k * 3 + (k / 7)) % _targets.Length];
        var possessive = investor.Written.EndsWith('s') ? investor.Written + "'" : investor.Written + "'s";
        var sentence = frame.Replace("{X}'s", possessive, StringComparison.Ordinal).Replace("{X}", investor.Written, StringComparison.Ordinal).Replace("{G}", government, StringComparison.Ordinal)
            .Replace("{Y}", target, StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal);
        return (sentence, money);
    }

    /// <summary>"Investment@$5 billion=Nvidia|Nvidia ( NVDA )": the figure's metric and, for an investment, the investor accepted (none after "=").</summary>
    private static string Slot(string metric, string money, string? investor) => $"{metric}@{money}=" + (metric == Investment ? investor ?? "" : "");

    /// <summary>
    /// Every ";"-joined slot: the first figure at its text reads its metric, and an investment its investor (any "|" spelling, "The" and
    /// case aside; none when the slot names none).
    /// </summary>
    internal static void AssertRead(string sentence, string expected)
    {
        var reading = Read(sentence);
        var from = 0;
        foreach (var slot in expected.Split(';'))
        {
            var at = slot.IndexOf('@', StringComparison.Ordinal);
            var eq = slot.IndexOf('=', at);
            var metric = slot[..at];
            var text = slot[(at + 1)..eq];
            var accepted = slot[(eq + 1)..];
            var start = sentence.IndexOf(text, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"{text} not in {sentence}");
            from = start + text.Length;
            var figure = reading.Figures.FirstOrDefault(r => r.Figure.Start < from && r.Figure.End > start);
            Assert.True(figure is not null, $"no figure at {text}: {sentence}");
            var read = $"{figure.Metric?.ToString() ?? Other} investor={figure.Investor ?? "null"}";
            Assert.True(metric == (figure.Metric?.ToString() ?? Other), $"{sentence} => {text}: {read}, expected {metric}");
            if (metric == Investment)
            {
                var names = accepted.Length == 0 ? [] : accepted.Split('|').Select(Plain).ToList();
                var ok = names.Count == 0 ? figure.Investor is null : figure.Investor is { } investor && names.Contains(Plain(investor));
                Assert.True(ok, $"{sentence} => {text}: {read}, expected {(accepted.Length == 0 ? "no investor" : accepted)}");
            }
        }

        static string Plain(string name) => WithoutThe(name.Trim().TrimEnd('.')).ToLowerInvariant();
    }
}
