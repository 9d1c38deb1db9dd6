using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The labelling conventions of issue 12 for the boundary between investment and other and for a listed company's value
/// (docs/issue-reading/conventions.md, clauses M1-M4 and M9; <c>MetricRules.Conventions.cs</c>), each class crossed with investors,
/// companies and money of several shapes, with counterparts the rules must not take:
/// <list type="bullet">
/// <item>M4: totals over many deals, up to now or over a half-year are other ("has invested a total of", "in more than 40 startups",
/// "across 52 deals", "since 2015", "so far", "brings its total investment to", "In total", "cumulative"); one deal stays an
/// investment, and so does a plan ("will invest $X in 15 startups") and two givers' "a total of".</item>
/// <item>M3: spending without an invest word on a company's own operations is other ("will spend $X to build a new factory");
/// spending on shares or another company, and "invest", stay investments; spending on chips or cloud is left to the compute rules.</item>
/// <item>M2: two named givers' money into one company is an investment ("A and B will invest $X in OpenAI").</item>
/// <item>M9: "the first company to hit $4 trillion valuation", "Nvidia, valued at $4.3tn, …", "a market valuation of $X" are other.</item>
/// </list>
/// Corpus TOTAL metric 6286/7119 before, 6226/7119 after the relabelling of these clauses, 6326/7119 with the rules. Fresh sentences
/// from outside the corpus (pages search, each with its address): 22 of 33 figures right before the rules, 32 of 33 after (left: "Tube
/// Investments of India … has decided to invest an additional ₹100 crore in CG Power", read as other by an older rule).
/// </summary>
public sealed class ConventionTests
{
    private static readonly string[] _investors = ["Intel Capital", "SoftBank Group", "Temasek", "Tiger Global Management", "Mubadala", "GV", "Naspers Ltd"];

    private static readonly string[] _money = ["$1.2 billion", "€300 million", "Rs 4,000 crore", "US$150m", "¥7.3 billion", "£40 million"];

    private static readonly string[] _totalFrames =
    [
        "{X} has invested a total of {M} in Zepto.",
        "{X} has invested {M} in more than 40 startups.",
        "{X} invested {M} across 52 deals last year.",
        "Since 2015, {X} has invested {M} in Zepto.",
        "{X} has poured {M} into Indian startups so far.",
        "The new cheque brings {X}'s total investment in Zepto to {M}.",
        "In total, {X} has invested {M} in the company.",
        "{X} has deployed {M} in 82 deals over the past five years.",
        "{X} invested {M} in the first half of the year.",
        "{X} has committed {M} to Zepto to date.",
    ];

    private static readonly string[] _dealFrames =
    [
        "{X} has invested {M} in Zepto.",
        "{X} will invest {M} in 15 startups over the next three years.",
        "{X} invested {M} in Zepto last year.",
        "Zepto, in which {X} invested {M} last year, is weighing a listing.",
        "{X} injected a total of {M} into Zepto in March.",
        "{X} and Sequoia have invested a total of {M} in Zepto.",
    ];

    private static readonly string[] _companies = ["Ford", "Eli Lilly", "Foxconn", "Reliance Industries", "Hyundai Motor", "Tata Steel"];

    private static readonly string[] _spendFrames =
    [
        "{C} will spend {M} to build a new factory in Texas.",
        "{C} is spending {M} on new data centres in Ohio.",
        "{C} plans to spend {M} over the next five years on logistics.",
        "{C} has spent {M} to expand its plants in India.",
        "{C} said it would spend {M} to set up a new assembly line.",
    ];

    private static readonly string[] _notOwnSpendFrames =
    [
        "{C} will spend {M} to buy Intel shares.",
        "{C} will invest {M} to build a new factory in Texas.",
        "{C} will spend {M} in Rivian, a rival to Tesla.",
    ];

    private static readonly (string A, string B)[] _pairs =
    [
        ("Nvidia", "Microsoft"), ("KKR", "Qatar Investment Authority"), ("Toyota", "Sony"), ("Temasek", "GIC"), ("Amazon", "Google"),
    ];

    private static readonly string[] _groupFrames =
    [
        "{A} and {B} will invest {M} in OpenAI.",
        "{A} and {B} are in talks to invest up to {M} in Anthropic.",
        "{A} and {B} injected {M} into Banco Votorantim last year.",
    ];

    private static string Filled(string frame, string slot, string name, string money) =>
        frame.Replace(slot, name, StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal);

    public static TheoryData<string, string> TotalCases()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var frame in _totalFrames)
        {
            foreach (var x in _investors)
            {
                var money = _money[k++ % _money.Length];
                data.Add(Filled(frame, "{X}", x, money), money);
            }
        }

        return data;
    }

    public static TheoryData<string, string> DealCases()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var frame in _dealFrames)
        {
            foreach (var x in _investors)
            {
                var money = _money[k++ % _money.Length];
                data.Add(Filled(frame, "{X}", x, money), money);
            }
        }

        return data;
    }

    public static TheoryData<string, string> SpendCases()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var frame in _spendFrames)
        {
            foreach (var c in _companies)
            {
                var money = _money[k++ % _money.Length];
                data.Add(Filled(frame, "{C}", c, money), money);
            }
        }

        return data;
    }

    public static TheoryData<string, string> NotOwnSpendCases()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var frame in _notOwnSpendFrames)
        {
            foreach (var c in _companies)
            {
                var money = _money[k++ % _money.Length];
                data.Add(Filled(frame, "{C}", c, money), money);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> GroupCases()
    {
        var data = new TheoryData<string, string, string>();
        var k = 0;
        foreach (var frame in _groupFrames)
        {
            foreach (var (a, b) in _pairs)
            {
                var money = _money[k++ % _money.Length];
                data.Add(frame.Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal),
                    money, a + "|" + b);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TotalCases))]
    public void Read_TotalOverDealsOrUpToNow_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(DealCases))]
    public void Read_OneDealOrAPlan_StaysAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(SpendCases))]
    public void Read_SpendingOnItsOwnOperations_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(NotOwnSpendCases))]
    public void Read_SpendingOnSharesOrAnotherCompanyOrInvesting_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(GroupCases))]
    public void Read_NamedGroupIntoOneCompany_IsAnInvestment(string sentence, string at, string accepted)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.True(figure.Investor is { } investor && accepted.Split('|').Any(a => investor.Contains(a, StringComparison.Ordinal)), $"{sentence} => {figure.Investor ?? "null"}");
    }

    [Theory]
    [InlineData("Nvidia became the first company to hit $4 trillion valuation.", "$4 trillion")]
    [InlineData("Microsoft, valued at $3.9tn, agreed to invest $5 billion in Anthropic.", "$3.9tn")]
    [InlineData("Apple became the first company to reach $3 trillion market value on Monday.", "$3 trillion")]
    [InlineData("Zeekr's current market valuation of $13 billion is higher than XPeng's.", "$13 billion")]
    public void Read_ListedCompanysMarketValue_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("ElevenLabs, valued at about $1.4 trillion, counts Nvidia among its backers.", "$1.4 trillion")]
    [InlineData("Anduril just doubled its market valuation to $28 billion.", "$28 billion")]
    [InlineData("It will target a public market valuation of up to $40bn, two people familiar with the company's plans said.", "$40bn")]
    public void Read_ValuationTheWordsDoNotMakeListed_StaysAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }

    /// <summary>Real sentences of the classes, from the corpus (relabelled by the conventions) and from outside it (pages search).</summary>
    [Theory]
    // Corpus (blind33, blind64, blind42, blind22, blind45, blind56, blind43, blind53, blind7).
    [InlineData("Stripping out that deal, Abu Dhabi’s Mubadala was the most active sovereign wealth fund, investing a record $32.7 billion over 40 transactions, according to the report.", "$32.7 billion", null)]
    [InlineData("In 2023, the largest state investment fund in the world in 2023 was the Sovereign Fund Saudi Arabia (PIF), which invested $31.6 billion in 49 transactions, which is 33% more than in 2022.", "$31.6 billion", null)]
    [InlineData("Prosus has invested $536 million in Byju’s since 2018.", "$536 million", null)]
    [InlineData("The latest investment takes the total Wipro has put in Imanis to $4.05 million.", "$4.05 million", null)]
    [InlineData("Ford has said it is spending $11 billion to bring out 40 electrified vehicles by 2022, including a Mustang-inspired battery powered crossover utility vehicle next year.", "$11 billion", null)]
    [InlineData("In London, Vantage is spending £750m to build two centres, one near Park Royal and the other in North Acton, that are expected to be completed in 2026.", "£750m", null)]
    [InlineData("Nvidia, valued at $4.3tn, pledged to make the tech industry’s largest private investment into OpenAI, spending up to $100bn to fund new computing power.", "$4.3tn", null)]
    [InlineData("NEW YORK : Nvidia, Amazon and Microsoft are in talks to invest up to US$60 billion in OpenAI, The Information reported yesterday.", "US$60 billion", Metric.Investment)]
    [InlineData("Votorantim Financas and Banco do Brasil injected a total of 2 billion reais ($980 million) into Banco Votorantim last year to reinforce the lender’s capital.", "2 billion reais", Metric.Investment)]
    // Outside the corpus.
    // https://contacted.org/2019/07/startups-weekly-2019-vc-spending-may-eclipse-2018-record/
    [InlineData("So far in 2019, VCs have invested $62 billion in U.S. startups.", "$62 billion", null)]
    [InlineData("Around the world, VCs have invested a total of $104 billion in 2019.", "$104 billion", null)]
    // https://thestrategist.media/US-start-ups-attract-record-investment-in-2021_a5703.amp.html
    [InlineData("Venture capitalists invested $166.6bn in startups in 2020, which was also a record.", "$166.6bn", null)]
    // http://www.smartplanet.com/blog/bulletin/google-ventures-ups-fund-to-300m-a-year/5174
    [InlineData("To date, Google has invested $300 million into more than 130 companies.", "$300 million", null)]
    // http://uk.reuters.com/article/venture-investments-nearrecord-idUKL1N0UU04420150116
    [InlineData("U.S. venture capitalists invested $48.39 billion last year, the biggest total since 2000, according to new data from the National Venture Capital Association.", "$48.39 billion", null)]
    // https://boudkov.com/2018/04/04/meet-the-government-backed-vc-funds-that-are-hedging-on-silicon-valley/
    [InlineData("Back in June last year, Cool Japan Fund injected $10M in the micro-VC, making it at the time the largest LP on board.", "$10M", Metric.Investment)]
    // https://www.dtnext.in/news/business/exide-invests-additional-rs-40-cr-in-its-subsidiary-772419
    [InlineData("With this investment, the total investment made by the company in EESL stands at Rs 1,965 crore.", "Rs 1,965 crore", null)]
    [InlineData("Battery maker Exide Industries Ltd on Wednesday said it has further invested nearly Rs 40 crore in its wholly-owned arm Exide Energy Solutions Ltd.", "Rs 40 crore", Metric.Investment)]
    // https://apple-iphone-blog.blogspot.com/2007/04/ipod-maker-announces-1bn-expansion.html
    [InlineData("Foxconn, the manufacturer of Apple's iPod, will spend $1bn to set up a new factory complex in northern China, the local government in the region has announced.", "$1bn", null)]
    // https://bioethics.com/archives/99695
    [InlineData("Eli Lilly on Tuesday said it will spend $5 billion to build a manufacturing facility in Goochland County, Virginia, to boost production capacity for targeted cancer drugs.", "$5 billion", null)]
    [InlineData("The company announced in February that it would spend at least $27 billion to build four new domestic manufacturing plants, adding to $23 billion in previous investments since 2020.", "$27 billion", null)]
    [InlineData("The company announced in February that it would spend at least $27 billion to build four new domestic manufacturing plants, adding to $23 billion in previous investments since 2020.", "$23 billion", null)]
    // https://tablet-news.com/foxconn-will-build-a-special-apple-plant-in-taiwan-for-displays-production/
    [InlineData("The Foxconn Technology Group plans to spend almost $3 billion in the next two years to build a brand new factory in Taiwan, a unit that will supply displays exclusively for Apple.", "$3 billion", null)]
    // https://evertiq.com/news/37388
    [InlineData("Foxconn will invest some $5 billion over five years on a new electronics manufacturing facility, several newspapers report.", "$5 billion", Metric.Investment)]
    // https://financeinsider.top/en/factory-developments-financing-and-expansions-in-may-2025
    [InlineData("General Motors is set to invest $888 million in its Tonawanda Propulsion plant to support the production of its sixth-generation V-8 engines.", "$888 million", Metric.Investment)]
    // https://www.arkansasonline.com/news/2022/feb/05/company-to-invest-billions-in-chips/
    [InlineData("Texas Instruments revealed plans Thursday to invest $3.5 billion annually in its U.S. semiconductor chip manufacturing through 2025.", "$3.5 billion", Metric.Investment)]
    // https://www.pionline.com/sovereign-wealth-funds/sovereign-fund-assets-dip-2022-investments-keep-growing-report
    [InlineData("GIC, Singapore, was the most active sovereign investor last year, investing $40.3 billion in 73 deals, followed by major Gulf investors.", "$40.3 billion", null)]
    [InlineData("Overall, sovereign funds invested 38% more than they did in 2021, with $152.5 billion across 427 transactions.", "$152.5 billion", null)]
    // https://economymiddleeast.com/news/gcc-manages-38-percent-of-global-swf-assets-in-2024-mubadala-leads-investments
    [InlineData("The Abu Dhabi-based SWF, Mubadala, emerged as the lead investor in 2024, deploying $29.2 billion across 52 deals, a 67% increase from the previous year.", "$29.2 billion", null)]
    // https://www.ictbusiness.biz/business/apple-becomes-first-u-s-company-to-hit-1-trillion-value
    [InlineData("Apple became the first U.S.-based company with a market value of $1 trillion, according to Bloomberg.", "$1 trillion", null)]
    // http://mywiloo.com/2018/08/apple-becomes-first-company-to-reach-1-trillion-worth/
    [InlineData("Apple is the first company to reach the long sought-after $1 trillion market valuation, making it the first company on record to ever reach the mark.", "$1 trillion", null)]
    // https://www.freshnessmag.com/2018/08/02/apple-1-trillion-dollar-valuation/
    [InlineData("Amazon's market cap was $877 billion as of Tuesday's close, Google parent Alphabet was $858 billion and Microsoft was at $817 billion.", "$877 billion", null)]
    // https://www.bnnbloomberg.ca/france-and-germany-commit-1-1-billion-each-to-eu-startup-funds-1.1720257
    [InlineData("France and Germany intend to commit a billion euros each as an initial pledge for the ETCI, with other European countries to unveil their engagement in the coming weeks.", "a billion euros", Metric.Investment)]
    // http://www.akturk.com/en/author/akturk/
    [InlineData("U.S. chip giant Intel has agreed to buy Israeli driverless technology firm Mobileye for $15.3 billion, the largest ever acquisition of an Israeli high-tech company.", "$15.3 billion", null)]
    [InlineData("Last October, Qualcomm announced a $47 billion deal to acquire NXP, the largest automotive chip supplier.", "$47 billion", null)]
    [InlineData("After receiving an investment of $130 million from Goldman Sachs in 2007, it listed on the New York Stock Exchange in 2014.", "$130 million", Metric.Investment)]
    [InlineData("It has a market value of $10.6 billion.", "$10.6 billion", null)]
    // https://www.usatoday.com/story/money/2018/05/08/takeda-agrees-buy-shire-62-b-pharmaceutical-industry-deal/589419002/
    [InlineData("Takeda Pharmaceutical has agreed to buy Shire PLC for $62 billion, successfully ending a takeover battle for the Ireland-based drugmaker.", "$62 billion", null)]
    // https://montreal.ctvnews.ca/botox-manufacturer-makes-friendly-takeover-deal-blocking-laval-company-1.2105344
    [InlineData("Allergan has reached a friendly deal to be acquired by Actavis PLC in a deal valued at US$66 billion.", "US$66 billion", null)]
    // https://www.brecorder.com/news/40051566/acacia-agrees-to-ciscos-increased-offer-of-45bn
    [InlineData("Optical component maker Acacia Communications Inc on Thursday agreed to Cisco Systems Inc's increased offer of $4.5 billion.", "$4.5 billion", null)]
    // https://globalventuringreview.com/tag/relay-therapeutics/
    [InlineData("Qualcomm Ventures and Intel Capital had supplied a total of $350m for it earlier this month.", "$350m", Metric.Investment)]
    [InlineData("Alphabet announced that it intends to channel up to $10bn into India through a newly formed vehicle dubbed Google for India Digitization Fund.", "$10bn", Metric.Investment)]
    public void Read_RealSentenceOfTheConventions_TakesItsMetric(string sentence, string at, Metric? metric)
    {
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }
}
