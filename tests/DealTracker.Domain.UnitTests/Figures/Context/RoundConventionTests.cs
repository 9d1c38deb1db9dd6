using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The labelling conventions M4–M8 (docs/issue-reading/conventions.md) as the rules read them (<c>MetricRules.RoundConventionReading</c>,
/// MetricRules.RoundConventions.cs): a loan or a credit facility, money raised over a company's life or several deals, and a threshold many
/// rounds passed are other; a note or bond sale, a debt round and a fund closed are a round size; chips, servers or capacity bought are a
/// compute commitment; sales for a period stay revenue. Rows: corpus sentences the relabelling changed, sentences from stored pages that are
/// not in the corpus (their url above each), and a generated cross product (names × amounts × frames) with counter-examples.
/// </summary>
public sealed class RoundConventionTests
{
    private static readonly string[] _names = ["Acme Robotics", "Kavak", "Northvolt"];
    private static readonly string[] _amounts = ["$500 million", "€2 billion"];

    private static readonly string[] _loanFrames =
    [
        "{0} secured a {1} revolving credit facility from a group of banks.",
        "{0} signed a {1} term loan with HSBC and Santander.",
        "{0} is in talks with banks to raise {1}.",
        "{0} may borrow {1} from international banks to fund the plant.",
        "{0} has agreed a loan of about {1} with its lenders.",
    ];

    private static readonly string[] _totalFrames =
    [
        "{0} has raised {1} to date.",
        "So far, {0} has raised {1}.",
        "{0} has raised {1} since its founding in 2015.",
        "Since its launch in 2019, {0} has raised {1} in funding.",
        "{0} had raised {1} from 12 investors.",
    ];

    private static readonly string[] _thresholdFrames =
    [
        "Only 14 startups raised {1} or more this year.",
        "There were 56 rounds of {1} or more in 2024, according to PitchBook.",
    ];

    private static readonly string[] _roundFrames =
    [
        "{0} raised {1} in a Series B round led by Sequoia.",
        "{0} has raised {1} in a Series C round, the largest to date.",
        "{0} disclosed a {1} note sale in a securities filing.",
        "{0} privately sold {1} of bonds to fund its campus.",
        "{0} markets {1} bonds for its new data center.",
        "{0} has closed its third fund, securing {1} of commitments.",
        "{0} raised {1} in a debt round from 360 One.",
    ];

    private static readonly string[] _computeFrames =
    [
        "{0} agreed to purchase GPUs and servers from Dell for {1}.",
        "{0} agreed to buy {1} of Nvidia chips.",
        "{0} signed a {1} deal with a chip company called Broadcom.",
    ];

    public static TheoryData<string, string> Loans => Generated(_loanFrames);

    public static TheoryData<string, string> Totals => Generated(_totalFrames);

    public static TheoryData<string, string> Thresholds => Generated(_thresholdFrames);

    public static TheoryData<string, string> Rounds => Generated(_roundFrames);

    public static TheoryData<string, string> Compute => Generated(_computeFrames);

    /// <summary>Counter-examples: a company bought is no compute; an investor's convertible is its investment.</summary>
    public static TheoryData<string, string> CompanyBought => Generated(["{0} agreed to buy chipmaker Altera for {1}."]);

    public static TheoryData<string, string> Convertibles => Generated(["Google will invest {1} in {0} through convertible debt."]);

    private static TheoryData<string, string> Generated(string[] frames) => EveryFrameWithEveryNameAndAmount(frames, _names, _amounts);

    [Theory]
    // corpus blind46.json (relabelled by the conventions)
    [InlineData("Recently, CoreWeave obtained a $650 million credit line from several investment banks.", "$650 million")]
    // corpus blind46.json (relabelled by the conventions)
    [InlineData("The Public Investment Fund is raising about $15 billion from a group of international banks to finance new investments, the people said, asking not to be identified as the information is private.", "about $15 billion")]
    // corpus blind44.json (relabelled by the conventions)
    [InlineData("Chinese electric vehicle (EV) manufacturer WM Motor has secured RMB11.5 billion ($1.78 billion) in debt from domestic banks.", "RMB11.5 billion")]
    // corpus blind41.json (relabelled by the conventions)
    [InlineData("KKR and Singtel are understood to be in discussions with banks over a loan of around S$5bn, or about $3.9bn, to help finance the acquisition.", "around S$5bn")]
    // corpus blind47.json (relabelled by the conventions)
    [InlineData("Otonomo has raised $82 million, to date.", "$82 million")]
    // corpus blind29.json (relabelled by the conventions)
    [InlineData("To date, the venture has raised around $50bn.", "around $50bn")]
    // corpus blind35.json (relabelled by the conventions)
    [InlineData("So far this year, venture capital firms have invested in artificial intelligence startups with 56 rounds of $100 million or more, according to investor database PitchBook.", "$100 million or more")]
    // outside the corpus: https://www.itiger.com/hant/news/2467830383
    [InlineData("Synlait Milk (NZE:SML, ASX:SM1) entered definitive documents for NZ$450 million in syndicated loans to refinance its bank debt, according to a Monday filing with the Australian and New Zealand bourses.", "NZ$450 million")]
    // outside the corpus: https://www.itiger.com/hant/news/2467830383
    [InlineData("The new facility comprises a NZ$160 million working capital facility, a NZ$205 million revolving credit facility, and a NZ$75 million term loan, according to the filing.", "NZ$160 million")]
    // outside the corpus: https://www.itiger.com/hant/news/2467830383
    [InlineData("The new facility comprises a NZ$160 million working capital facility, a NZ$205 million revolving credit facility, and a NZ$75 million term loan, according to the filing.", "NZ$205 million")]
    // outside the corpus: https://www.itiger.com/hant/news/2467830383
    [InlineData("The new facility comprises a NZ$160 million working capital facility, a NZ$205 million revolving credit facility, and a NZ$75 million term loan, according to the filing.", "NZ$75 million")]
    // outside the corpus: https://alecnews.com/murray-cod-lands-43-million-in-funding-and-fresh-real-estate
    [InlineData("murray cod australia (ASX:MCA) has secured a $43 million loan from Westpac to complete the purchase of property adjacent to the Bilbul site near Griffith, New South Wales.", "$43 million")]
    // outside the corpus: https://alecnews.com/murray-cod-lands-43-million-in-funding-and-fresh-real-estate
    [InlineData("The financing package includes a $30 million term loan, a $10 million overdraft facility and a $3 million equipment loan facility.", "$30 million")]
    // outside the corpus: https://alecnews.com/murray-cod-lands-43-million-in-funding-and-fresh-real-estate
    [InlineData("The financing package includes a $30 million term loan, a $10 million overdraft facility and a $3 million equipment loan facility.", "$10 million")]
    // outside the corpus: https://alecnews.com/murray-cod-lands-43-million-in-funding-and-fresh-real-estate
    [InlineData("The financing package includes a $30 million term loan, a $10 million overdraft facility and a $3 million equipment loan facility.", "$3 million")]
    // outside the corpus: https://www.sciencegroup.com/news-detail/extended-bank-facilities-20-02-19/
    [InlineData("As outlined in the announcement dated 24 January 2019 related to the corporate strategic review, the Group has now finalised the extension of the bank loan, increasing the debt from £12.75 million at 31 December 2018 to £17.5 million.", "£12.75 million")]
    // outside the corpus: https://www.sciencegroup.com/news-detail/extended-bank-facilities-20-02-19/
    [InlineData("As outlined in the announcement dated 24 January 2019 related to the corporate strategic review, the Group has now finalised the extension of the bank loan, increasing the debt from £12.75 million at 31 December 2018 to £17.5 million.", "£17.5 million")]
    // outside the corpus: https://news.crunchbase.com/venture/startup-megarounds-sustainability-ai-health-care/
    [InlineData("So far this year, just 97 U.S.-based companies have landed a round of $100 million or more at Series A through Series D, per Crunchbase data.", "$100 million or more")]
    // outside the corpus: https://news.crunchbase.com/venture/startup-megarounds-sustainability-ai-health-care/
    [InlineData("Globally, a similar phenomenon is playing out. Fewer than 200 companies have announced Series A through D rounds of $100 million or more this year.", "$100 million or more")]
    // outside the corpus: https://admin.mondaq.com/unitedstates/corporate-and-company-law/1667636/the-rise-and-fall-and-rise-again-of-vc-mega-rounds
    [InlineData("2015 was the first year to see 100 rounds in which companies raised $100 million or more in venture financing.", "$100 million or more")]
    // outside the corpus: https://news.crunchbase.com/?p=92543
    [InlineData("That equates to around $157 billion spread across more than 300 reported rounds.", "around $157 billion")]
    // outside the corpus: https://yourstory.com/2018/09/weekly-funding-roundup-theres-a-new-unicorn-in-town-and-its-cornered-half-of-the-500m-raised-this-week
    [InlineData("Three companies raised funding of $100 million or more, including GreyOrange, which raised $140 million, also in a Series C round.", "$100 million or more")]
    public void Read_LoanTotalOrThreshold_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // corpus issue68.json (relabelled by the conventions)
    [InlineData("Oracle had also disclosed a $25 billion note sale on February 2 in a securities filing.", "$25 billion")]
    // corpus blind17.json (relabelled by the conventions)
    [InlineData("Healthtech firm Pharmeasy emerged as the top recipient, raising Rs 1,700 crore ($193 million) in a debt round from 360 One.", "Rs 1,700 crore")]
    // corpus issue77.json (relabelled by the conventions)
    [InlineData("Vantage Capital, Africa’s largest mezzanine fund manager has successfully closed its fourth mezzanine fund, securing a total of $377 million of commitments from a mix of European and US-based commercial investors and development finance institutions.", "$377 million")]
    // outside the corpus: https://alecnews.com/murray-cod-lands-43-million-in-funding-and-fresh-real-estate
    [InlineData("He added that the new facility and MCA’s $20.4 million equity raise in June will give the company “strong financial capacity to execute on its strategy.”", "$20.4 million")]
    // outside the corpus: https://gmteight.com/flash/detail/1292589
    [InlineData("Google affiliated company plans to issue $5.7 billion in junk bonds to support data center construction.", "$5.7 billion")]
    // outside the corpus: https://news.hamidun.com/en/news/8339/centros-de-datos-vinculados-a-google-preparan-una-emisi-n-r-
    [InlineData("Google-linked data centers are preparing a $5.7 billion bond issuance — it could become the largest high-yield offering for AI infrastructure.", "$5.7 billion")]
    // outside the corpus: https://dailyalpha.us/news/google-linked-data-centers-launch-record-dollar57b-junk-bond-sale-fueling-ai-infrastructure-boom-69e03a6a1b7d3e42c27b8e27
    [InlineData("In February, a similar data center leased to Nvidia successfully raised $3.8 billion.", "$3.8 billion")]
    // outside the corpus: https://trends.glance.com/story/articles/Business/IN/en/cnbc-tv18/s-8a90979888-4b008795-98c2-5038-b7ff-09048223b6ec?summary=false
    [InlineData("Other blockbuster deals from the tech sector include Oracle Corp.’s $18 billion high-grade offering last month.", "$18 billion")]
    // outside the corpus: https://trends.glance.com/story/articles/Business/IN/en/cnbc-tv18/s-8a90979888-4b008795-98c2-5038-b7ff-09048223b6ec?summary=false
    [InlineData("It comes soon after a joint venture funding a Meta data center in Louisiana privately sold about $27 billion of bonds, much of which were originally bought by Pacific Investment Management Co.", "about $27 billion")]
    // outside the corpus: https://www.newsbang.com/news/article/story_id-p008-78136
    [InlineData("SE Cosmos LLC markets $999 million bonds for SoftBank Austin data center project", "$999 million")]
    // outside the corpus: https://www.buyoutsinsider.com/vc-fund-briefs-week-of-sept-22-2008/
    [InlineData("True Ventures has closed its second fund with $195 million in capital commitments.", "$195 million")]
    // outside the corpus: https://www.buyoutsinsider.com/vc-fund-briefs-week-of-sept-22-2008/
    [InlineData("The Palo Alto, Calif.-based firm raised $155 million, plus a $9 million side vehicle, for its inaugural fund in 2006.", "$155 million")]
    // outside the corpus: https://www.buyoutsinsider.com/vc-fund-briefs-week-of-sept-22-2008/
    [InlineData("The Louisville, Ky.-based firm, which invests primarily in early stage health care services and technology, media and communications, and business services, announced in the new spring it had raised $163 million in capital commitments, exceeding its $150 million target.", "$163 million")]
    // outside the corpus: https://www.buyoutsinsider.com/vc-fund-briefs-week-of-sept-22-2008/
    [InlineData("The Louisville, Ky.-based firm, which invests primarily in early stage health care services and technology, media and communications, and business services, announced in the new spring it had raised $163 million in capital commitments, exceeding its $150 million target.", "$150 million")]
    // outside the corpus: https://www.buyoutsinsider.com/vc-fund-briefs-week-of-sept-22-2008/
    [InlineData("Ascent Venture Partners is raising $200 million for its fifth fund, according to a regulatory filing.", "$200 million")]
    // outside the corpus: https://www.buyoutsinsider.com/vc-fund-briefs-week-of-sept-22-2008/
    [InlineData("The firm raised $143 million for its previous fund, which closed in 2001.", "$143 million")]
    // outside the corpus: https://www.nbcwashington.com/news/business/money-report/dell-shares-pop-on-report-of-5-billion-deal-for-ai-servers-for-elon-musks-xai/3845368/
    [InlineData("In December xAI announced a $6 billion funding round.", "$6 billion")]
    // outside the corpus: https://yourstory.com/2018/09/weekly-funding-roundup-theres-a-new-unicorn-in-town-and-its-cornered-half-of-the-500m-raised-this-week
    [InlineData("Three companies raised funding of $100 million or more, including GreyOrange, which raised $140 million, also in a Series C round.", "$140 million")]
    // outside the corpus: https://hottopicharbor.com/mega-rounds-take-over-startup-funding-as-fewer-companies-grab-bigger-checks
    [InlineData("Saronic, which makes autonomous surface vessels, raised $600 million in a Series C round.", "$600 million")]
    // outside the corpus: https://www.bqprime.com/business/startup-street-explainer-how-series-funding-works
    [InlineData("In the past couple of months, InsuranceDekho raised a large $150 million Series A round.", "$150 million")]
    // outside the corpus: https://yourstory.com/2018/09/weekly-funding-roundup-theres-a-new-unicorn-in-town-and-its-cornered-half-of-the-500m-raised-this-week
    [InlineData("The startup, founded by ex-Flipkart executives Vaibhav Gupta, Amod Malviya and Sujeet Kumar, had raised about $50 million from Lightspeed and Apoletto Asia in February this year.", "about $50 million")]
    public void Read_OneRoundOfferingOrFundClose_IsRoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // corpus blind57.json (relabelled by the conventions)
    [InlineData("Shares of IREN surged about 18% in premarket trading after the announcement, with the company also entering into an agreement with Dell Technologies to purchase the chips and ancillary equipment for about $5.8 billion.", "about $5.8 billion")]
    // corpus tuning.json (relabelled by the conventions)
    [InlineData("The company is also likely behind another $10 billion deal with a chip company called Broadcom.", "$10 billion")]
    // outside the corpus: https://www.nbcwashington.com/news/business/money-report/dell-shares-pop-on-report-of-5-billion-deal-for-ai-servers-for-elon-musks-xai/3845368/
    [InlineData("Dell would sell $5 billion worth of servers containing Nvidia graphics processing units to Elon Musk's artificial intelligence startup, xAI.", "$5 billion")]
    // outside the corpus: https://www.nbcwashington.com/news/business/money-report/dell-shares-pop-on-report-of-5-billion-deal-for-ai-servers-for-elon-musks-xai/3845368/
    [InlineData("Dell shares jumped to a session high on Friday following a report saying Elon Musk's startup xAI was getting ready to agree to buy $5 billion in artificial intelligence servers from the hardware maker.", "$5 billion")]
    // outside the corpus: https://telecomtalk.info/dell-usd5billion-ai-server-deal-with-xai/989914/
    [InlineData("Dell Technologies (Dell) is finalising a deal worth over USD 5 billion to supply Elon Musk's AI startup, xAI, with servers optimised for artificial intelligence (AI) workloads.", "over USD 5 billion")]
    // outside the corpus: https://telecomtalk.info/dell-usd5billion-ai-server-deal-with-xai/989914/
    [InlineData("The surge in demand for AI infrastructure has driven major investments, with Hewlett Packard Enterprise recently securing a USD 1 billion deal to supply AI servers for Musk's social media platform, X.", "USD 1 billion")]
    // outside the corpus: https://pulseaugur.com/cluster/53277-iren-buys-1-6b-nvidia-blackwell-systems-from-dell-for-ai
    [InlineData("Data center operator IREN has agreed to purchase NVIDIA's air-cooled Blackwell systems from Dell for approximately $1.6 billion.", "approximately $1.6 billion")]
    // outside the corpus: https://pulseaugur.com/cluster/53277-iren-buys-1-6b-nvidia-blackwell-systems-from-dell-for-ai
    [InlineData("The deal is part of a larger five-year cloud AI services contract valued at $3.4 billion between IREN and Dell.", "$3.4 billion")]
    // outside the corpus: https://dailyaiheadlines.com/?p=332445
    [InlineData("Oracle to buy $40bn of Nvidia chips for OpenAI’s new US data centre", "$40bn")]
    public void Read_ChipsServersOrCapacityBought_IsComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    // outside the corpus: https://www.hdmune.cn/news/detail/12560605236258?channelCode=SSSS&vipCode=s1pz
    [InlineData("Applied Digital stated that, as reported in October, the North Dakota data center project is expected to generate $5 billions in revenue over the 15-year contract period.", "$5")]
    // outside the corpus: https://www.nbcwashington.com/news/business/money-report/dell-shares-pop-on-report-of-5-billion-deal-for-ai-servers-for-elon-musks-xai/3845368/
    [InlineData("Dell's total revenue for the quarter ended Nov. 1 totaled $24.37 billion, up 10% year over year.", "$24.37 billion")]
    public void Read_SalesForAPeriod_IsRevenue(string sentence, string at)
    {
        Assert.Equal(Metric.Revenue, Figure(sentence, at).Metric);
    }

    /// <summary>Rows older tests asserted a round size for (loans, debt from banks, thresholds many raisers passed, a total raised): other under M4–M6.</summary>
    [Theory]
    // Moved from ContextReaderEleventhRoundRulesTests.
    [InlineData("According to TechCrunch, 49 US AI startups raised $100 million or more in 2025 alone, matching records set in previous boom years but with significantly higher individual deal sizes.", "$100 million")]
    // Moved from ContextReaderEleventhRoundRulesTests.
    [InlineData("California accounted for half of all rounds in which companies raised $100 million or more in 2024.", "$100 million")]
    // Moved from ContextReaderEleventhRoundRulesTests.
    [InlineData("USD.AI says it closed a $34 million GPU-backed loan for a Swedish customer, financing 96 servers loaded with 768 Nvidia GPUs through its on-chain credit stack.", "$34 million")]
    // Moved from ContextReaderEleventhRoundRulesTests.
    [InlineData("London-based AI cloud provider Nscale has secured a $1.4bn (£1.03bn) delayed draw term loan backed by GPUs, in one of the largest private credit deals yet tied directly to AI hardware deployments in Europe.", "£1.03bn")]
    // Moved from ContextReaderEleventhRoundRulesTests.
    [InlineData("London-based AI cloud provider Nscale has secured a $1.4bn (£1.03bn) delayed draw term loan backed by GPUs, in one of the largest private credit deals yet tied directly to AI hardware deployments in Europe.", "$1.4bn")]
    // Moved from ContextReaderEleventhRoundRulesTests.
    [InlineData("This relationship is formalized through a multi-year agreement exceeding $20 billion for the provision of 750 megawatts of compute power, as well as a $1 billion loan secured by warrants for 33 million shares.", "$1 billion")]
    // Moved from ContextReaderEleventhRoundRulesTests.
    [InlineData("The investment firm could raise more than $3 billion through a five-year loan, one of the people said.", "$3 billion")]
    // Moved from ContextReaderEleventhRoundRulesTests.
    [InlineData("The AI cloud startup said Thursday it secured a $1 billion syndicated senior secured credit facility to scale its fleet of NVIDIA-powered AI servers and add more data center capacity as demand for high-performance compute keeps surging.", "$1 billion")]
    // Moved from ContextReaderTwelfthRoundRulesTests.
    [InlineData("According to TechCrunch, 49 US AI startups raised $100 million or more in 2025 alone, matching records set in previous boom years.", "$100 million")]
    // Moved from ContextReaderTwelfthRoundRulesTests.
    [InlineData("Notably, nine startups raised $500 million or more, making October the second-busiest month in the past two years for such large funding deals.", "$500 million")]
    // Moved from ContextReaderVariantRulesTests.
    [InlineData("The company borrowed $5 billion from banks.", "$5 billion")]
    // Moved from ContextReaderVariantRulesTests.
    [InlineData("The company took out a $5 billion loan.", "$5 billion")]
    // Moved from RoundGiversTests.
    [InlineData("The Public Investment Fund is raising about $15 billion from a group of international banks to finance new investments, the people said, asking not to be identified as the information is private.", "$15 billion")]
    // Moved from PooledMoneyTests.
    [InlineData("Banking sources told Reuters that Saudi Aramco is in preliminary talks with banks to borrow about $ 10 billion to finance the acquisition deal for 70% of the Saudi Basic Industries Corporation.", "10 billion")]
    // Moved from PooledMoneyTests.
    [InlineData("Indian energy major Reliance Industries is in talks with banks to raise as much as $1.5 billion in dollar-denominated loans, a Bloomberg report said on Saturday, citing two people familiar with the development.", "$1.5 billion")]
    // Moved from WorthTests.
    [InlineData("Mexican challenger bank, albo, has raised $45 million in a Series B funding round, putting its total raised at more than $72 million.", "$72 million")]
    public void Read_LoanOrThreshold_SinceTheConventions_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }
    /// <summary>Rows older tests asserted other for: a bond sale and a debt round are one raise, a round size under M5–M6.</summary>
    [Theory]
    // Moved from ContextReaderVariantRulesTests.
    [InlineData("The company sold $5 billion of bonds.", "$5 billion")]
    // Moved from ContextReaderSeventhRoundRulesTests.
    [InlineData("The startup raised Rs 900 crore in a debt round from Alteria Capital.", "Rs 900 crore")]
    public void Read_BondsSoldOrDebtRound_SinceTheConventions_IsRoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }
    /// <summary>Rows older tests asserted other for: chips bought from another company are a compute commitment under M7.</summary>
    [Theory]
    // Moved from ContextReaderVariantRulesTests.
    [InlineData("The startup will buy $10 billion of Nvidia processors.", "$10 billion")]
    public void Read_ChipsBought_SinceTheConventions_IsComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }
    [Theory]
    [MemberData(nameof(Loans))]
    [MemberData(nameof(Totals))]
    [MemberData(nameof(Thresholds))]
    [MemberData(nameof(CompanyBought))]
    public void Read_GeneratedLoanTotalThresholdOrTakeover_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Read_GeneratedRoundNoteSaleOrFundClose_IsRoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(Compute))]
    public void Read_GeneratedComputeBought_IsComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(Convertibles))]
    public void Read_GeneratedConvertibleFromAnInvestor_IsInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }
}
