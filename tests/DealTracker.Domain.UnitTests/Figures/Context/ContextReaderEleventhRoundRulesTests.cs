using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The eleventh round's classes of miss (blind25 and blind26), each tested on the corpus sentences that showed it and on at least three
/// real sentences of the same class from pages no corpus set holds (their addresses are in the comments): debt taken on (loans, credit
/// facilities, private credit) is other; money for GPUs or compute capacity named after the figure is a compute commitment; what many
/// startups raised is a market total; shares bought for their worth are the buyer's investment; "an investment of $X from" a described giver names the giver; data names its provider; a bank, analyst or outlet that estimates, projects or forecasts is a named source; an outlet a
/// speaker told, explained to or shared details with, and a document seen by an outlet, name that outlet.
/// </summary>
public sealed class ContextReaderEleventhRoundRulesTests
{
    // ---------------------------------------------------------------- debt taken on is other

    [Theory]
    // blind25 (Crusoe), blind26 (ADQ), blind25 (Lambda/Microsoft: the loan beside a compute agreement).
    // https://www.cityam.com/nscale-bags-1-4bn-loan-as-ai-infrastructure-shifts-to-private-credit
    // https://web-origin.lbkrs.com/news/249213186
    [InlineData("Crusoe last month raised a $750 million credit facility from Brookfield Asset Management BAM to expand its data centers and acquire more graphics processing units from Nvidia Corp.", "$750 million")]
    // https://thedailyscout.com/s/QfXNJBaQF4Y
    // https://testing.dev.theedgesingapore.com/news/artificial-intelligence/ai-startup-nscale-chases-bytedance-deal-and-us18-billion-debt
    [InlineData("The biggest chunk of the financing would be a US$1.8 billion private credit deal led by Goldman Sachs bankers, according to the offering document that was prepared for investors.", "US$1.8 billion")]
    public void Read_DebtTakenOn_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    // Moved to RoundConventionTests (the round conventions M4/M6: loans and thresholds many raisers passed are other).
    [Theory]
    [InlineData("The startup raised $50 million in a Series B round led by Accel.", "$50 million", Metric.RoundSize)]
    [InlineData("The company raised $200 million in convertible notes and equity from existing investors.", "$200 million", Metric.RoundSize)]
    public void Read_RoundsBesideNoLoan_StayRounds(string sentence, string at, Metric metric)
    {
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- compute bought by its amount

    [Theory]
    // blind25 (Humain), blind25 (Lambda/Microsoft), blind25 (OpenAI's gigawatts).
    [InlineData("At the heart of this expansion is a $540 million order for 18,000 Nvidia GPUs—pending U.S. regulatory approval—but also a sweeping partnership with AMD that could evolve into a joint venture, giving the chipmaker equity ties to Saudi capital.", "$540 million")]
    [InlineData("This relationship is formalized through a multi-year agreement exceeding $20 billion for the provision of 750 megawatts of compute power, as well as a $1 billion loan secured by warrants for 33 million shares.", "$20 billion")]
    [InlineData("OpenAI, the startup at the heart of the AI boom, recently signed multiple deals that may cost over $1 trillion to secure about 26 gigawatts of computing capacity, enough to power roughly 20 million U.S. homes.", "$1 trillion")]
    // https://b2bdaily.com/it/chinese-tech-behemoths-order-5-billion-worth-of-ai-gpus-from-nvidia
    [InlineData("Chinese tech behemoths have recently made a massive investment in artificial intelligence (AI) GPUs, ordering a staggering $5 billion worth of GPUs from NVIDIA.", "$5 billion")]
    // https://aesopacademy.org/ai-academy/modules/what-s-coming-next/what-s-coming-next-m5.html
    [InlineData("In March 2023, Meta disclosed it had ordered roughly 350,000 Nvidia H100 GPUs — a single purchase that would have cost somewhere north of $10 billion at list price.", "$10 billion")]
    // https://www.binance.com/en/news/flash/7797852
    [InlineData("According to Foresight News, Tether has reportedly purchased 10,000 Nvidia H100 GPUs for $420 million, acquiring a 20% stake in Bitcoin miner Northern Data.", "$420 million")]
    public void Read_MoneyForGpusOrComputeCapacity_IsAComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    // https://techtusa.com/hardware/chinese-tech-giants-offer-a-whopping-5-billion-dollars-to-nvidia-185641 (chips stay other)
    [InlineData("Reports also indicate a hefty order for roughly 70,000 A800 chips for next year's delivery, which equates to around $700 million.", "$700 million")]
    [InlineData("The fund invested $300 million to secure a minority stake in the data centre operator.", "$300 million")]
    // A company bought, money invested per amount of GPUs (lead, after the round over-read both on a fresh set).
    [InlineData("SoftBank is pursuing a $6.5 billion acquisition of Ampere Computing and backing the Stargate data center project.", "$6.5 billion")]
    [InlineData("Nvidia would invest $10bn for every $35bn of GPUs that OpenAI buys.", "$10bn")]
    public void Read_MoneyForChipsOrAStake_IsNoComputeCommitment(string sentence, string at)
    {
        Assert.NotEqual(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- what many startups raised is a market total

    [Theory]
    // blind26 (African startups, both figures).
    [InlineData("After raising a record $6.5 billion in 2022, African startups have failed to hit the same heights, raising $3.5 billion in 2023 and $3.2 billion in 2024, and are on pace to raise similar figures this year.", "$6.5 billion")]
    [InlineData("After raising a record $6.5 billion in 2022, African startups have failed to hit the same heights, raising $3.5 billion in 2023 and $3.2 billion in 2024, and are on pace to raise similar figures this year.", "$3.5 billion")]
    // https://technext24.com/2024/01/03/african-startup-funding-declined-2023/
    [InlineData("African tech startups raised $2.9 billion in 2023 as funding declined by 39% YOY", "$2.9 billion")]
    [InlineData("According to the report, African tech startups managed to raise a total of $2.9 billion in funding.", "$2.9 billion")]
    // https://funderlyst.com/?p=2807
    [InlineData("According to the African Tech Startups Funding Report, a total of 406 startups raised a combined total of $2.4 billion in funding, down 27.8% from the previous year.", "$2.4 billion")]
    // https://vuink.com/post/grpupehapu-d-dpbz/2024/01/23/2023-vc-funding-in-africa
    [InlineData("Data trackers set the amount raised by African startups in 2023 at between $2.9 billion and $4.1 billion, from $4.6 billion to $6.5 billion in total funding the previous year.", "$2.9 billion")]
    // https://pe-insights.com/?p=271368
    [InlineData("Fuelled by excess global liquidity, funding raised by Japanese startups exceeded $3 billion in the first six months of the year, a half-year record, according to startup data provider INITIAL.", "$3 billion")]
    // https://techlivefeeds.com/?p=2392
    [InlineData("In 2023, African startups faced a funding challenge, securing $3.191 billion, a significant drop compared to previous years.", "$3.191 billion")]
    public void Read_WhatManyStartupsRaised_IsAMarketTotal(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // blind26: one round's size, however many startups reached it.
    [InlineData("Of note: In March, Axios reported that, before 2021, just eight African startups had raised $100 million or more in a single round.", "$100 million")]
    // blind2 labels a quarter's total of many startups a round (no year or "total" named): left as it was.
    // (Moved: "is raising $200 million from General Catalyst" is one giver's investment by the written convention, RoundGiversTests.)
    // A floor each round reached ("$X or more") sizes one round, even with a year named (lead, after blind27's run).
    // https://admin.mondaq.com/unitedstates/corporate-and-company-law/1667636/the-rise-and-fall-and-rise-again-of-vc-mega-rounds
    [InlineData("The fintech, one of Kenya's fastest-growing startups, raised $30 million last week.", "$30 million")]
    public void Read_OneRoundBesideStartups_StaysTheRound(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- the giver of "an investment of $X from …", past a place and a description

    [Theory]
    // blind26 (Hillhouse, IMM, DFC).
    [InlineData("Woowa Brothers, developer of the food delivery service app Baemin, received investments worth 57 billion won from China’s Hillhouse Capital Group, one of the biggest investment firms in Asia.", "57 billion won", "Hillhouse Capital Group")]
    [InlineData("Webtoon site Lezhin Comics’ parent company, Lezhin Entertainment, followed with 50 billion won in investments from Korean private equity firm IMM.", "50 billion won", "IMM")]
    [InlineData("In the latest series B funding round, it has obtained $51.5 million, including an equity investment of $18 million from the U.S. International Development Finance Corporation (DFC).", "$18 million", "U.S. International Development Finance Corporation")]
    // https://tahav.com/science-and-technology/indias-bharti-invests-500m-in-uk-space-start-up-oneweb/
    [InlineData("UK-based space start-up OneWeb has received a cash injection of $500m (£361m) from Indian firm Bharti Global.", "$500m", "Bharti Global")]
    // https://novapangaea.com/?p=178
    [InlineData("First, NPT secured investment of £1.5m from the Northern Powerhouse Investment Fund, accompanied by £0.7m of investments from angels, including additional investments from Par Equity (their third round of support) and Cambridge Angels (their second).", "£1.5m", "Northern Powerhouse Investment Fund")]
    public void Read_AnInvestmentOfFromADescribedGiver_NamesTheGiver(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    // ---------------------------------------------------------------- shares bought for an amount

    [Theory]
    // blind26 (Sony/Kadokawa, Zijin), blind25 (Nvidia/Intel).
    [InlineData("On Jan. 17, Sony will acquire Kadokawa shares worth some 50 billion yen through a third-party new share allotment.", "50 billion yen", "Sony")]
    [InlineData("Zijin Mining would purchase 32.7 million shares out of nearly 97.1 million common shares of the Vancouver, Canada-based company at C$1.75 per share, coming to nearly C$57.3 million ($41.90 million) upon completion of the offering by Aug. 12.", "C$57.3 million", "Zijin Mining")]
    [InlineData("Nvidia's $5 billion Intel stock purchase is already worth $7.58 billion, turning the recently approved bailout of its rival into a shrewd financial play.", "$5 billion", "Nvidia")]
    // http://themarketsareopen.blogspot.com/2012/10/s-sprint-nextel-corporation-nyses-may-get.html
    [InlineData("CNBC said that while the details of the deal are still being worked out \"Softbank will buy $8 billion worth of shares directly from Sprint and tender for another $12 billion worth of the shares from existing holders.\"", "$8 billion", "Softbank")]
    // https://newshare24.com/2024/12/19/balaji-telefilms-to-raise-rs-131-crore-via-preferential-share-allotment
    [InlineData("The Duke Endowment will purchase 11,29,971 shares for Rs 8.27 crore.", "Rs 8.27 crore", "Duke Endowment")]
    // https://www.newslooks.com/elon-musk-buys-1b-tesla-shares-before-shareholders-vote
    [InlineData("Tesla shares jumped over 7% in premarket trading Monday after Elon Musk disclosed buying over 2.5 million shares worth $1 billion.", "$1 billion", "Elon Musk")]
    public void Read_SharesBoughtForAnAmount_IsTheBuyersInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    // http://www.aol.com/article/2013/05/29/pricelinecom-to-float-convertible-notes-share-buyb/20588321/ (a buyback)
    [InlineData("The company says it will use the proceeds of the convertible notes to buy back an initial $450 million worth of its shares in \"privately negotiated, off-market transactions.\"", "$450 million")]
    // https://www.betaarchive.com/forum/viewtopic.php?f=2&t=52 (a buyback)
    [InlineData("Microsoft Corp., the world's largest software company, on Friday announced a shift in the timing of its plans to buy back $40 billion worth of its own shares, saying it expects to acquire $3.8 billion worth in an undersubscribed tender offer that expired overnight and shifting the balance to its long-term program.", "$40 billion")]
    public void Read_SharesBoughtBack_IsNoInvestment(string sentence, string at)
    {
        Assert.NotEqual(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_SharesBoughtBySeveralListedBuyers_KeepsTheFirstBuyer()
    {
        // blind3: the older rules name the first of the listed buyers.
        var figure = Figure("Singapore state investment company Temasek Holdings Pte. Ltd., its newly established investment company Seatown Holdings Pte. and private-equity firm Hopu Investment Management Co. have bought US$235 million worth of new shares issued by Chinese pork producer China Yurun Food Group Ltd., a person familiar with the situation said Thursday.", "US$235 million");
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.StartsWith("Temasek", figure.Investor, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- data from a provider

    [Theory]
    // blind26 (Crunchbase twice).
    [InlineData("Global benchmarks indicate that Latin America was the fastest-growing region in the world for venture funding in 2021 according to the most recent data coming from Crunchbase.", "Crunchbase")]
    [InlineData("According to recent data also released by Crunchbase, $13.3 billion in 2021 went to late-stage deals, which accounts to more than two-thirds of the total funding.", "Crunchbase")]
    // https://cointime.ai/flash-news/nervous-investors-drive-vc-funding-for-startups-down-55-98592
    [InlineData("US startups raised $37 billion from venture capitalists in the first quarter of this year, the lowest amount in 13 consecutive quarters, according to data from research firm PitchBook and the National Venture Capital Association.", "PitchBook")]
    [InlineData("Exit activity, comprising initial public offerings and sales to other companies, dropped to $71.4 billion in 2022, the first instance of a dip below $100 billion in six years, the PitchBook data found.", "PitchBook")]
    // https://newsletter.businessinsider.com/ (PitchBook second quarter)
    [InlineData("In the second quarter of this year, venture capitalists plowed $62.3 billion into startups in the US, according to a recent report from PitchBook.", "PitchBook")]
    public void Read_DataFromAProvider_NamesTheProvider(string sentence, string source)
    {
        Assert.Contains(source, Named(sentence));
    }

    // ---------------------------------------------------------------- estimates as named sources

    [Theory]
    // blind25, blind26.
    [InlineData("Major tech companies, including Alphabet, Amazon.com, Meta, Microsoft and CoreWeave, are on track to spend $400 billion on AI infrastructure this year, Morgan Stanley estimates.", "Morgan Stanley")]
    [InlineData("Bloomberg estimated the divestment was worth $3.6 billion for ADQ, which still retains 90 percent of shares.", "Bloomberg")]
    // https://theinformationmachine.fyi/items/23721/
    [InlineData("Morgan Stanley projects Google, Amazon, Microsoft, and Meta will collectively spend $1 trillion on AI infrastructure in 2027, up from $250 billion in 2024, representing roughly a 4x increase in three years.", "Morgan Stanley")]
    // https://reportify.ai/news/1176629140015812608
    [InlineData("Morgan Stanley forecasts that AI software revenue will reach US$1.1 trillion by 2028, suggesting that the current investment cycle is part of a longer-term profit trajectory rather than a speculative bubble.", "Morgan Stanley")]
    // https://screen.yahoo.com/jefferies-estimates-abbvie-could-deal-174103846.html
    [InlineData("Jefferies analysts estimate that AbbVie could improve its offer to 55 pounds a share, or $55 billion.", "Jefferies")]
    [InlineData("Analysts at Jefferies are estimating that pharmaceutical company AbbVie could find itself a deal if it sweetens its $46 billion takeover offer for London-listed rival Shire.", "Jefferies")]
    public void Read_ABankAnalystOrOutletEstimates_IsANamedSource(string sentence, string source)
    {
        Assert.Contains(source, Named(sentence));
    }

    [Theory]
    [InlineData("Microsoft estimates its AI business will pass $10 billion in annual revenue this year.")]
    [InlineData("The company estimates that the plant will cost about $2 billion.")]
    public void Read_APartyEstimatingItsOwnFigures_IsNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    [Theory]
    // "estimates" as a noun after a capitalised common word opening the sentence (lead, after blind27's run).
    [InlineData("Industry estimates peg the cost of a 1-gigawatt data center at around $50 billion, with roughly $35 billion of that typically allocated to chips.")]
    // https://www.brainybrat.com/billion-dollar-data-centers-shocking-truths-behind-their-rise
    [InlineData("Some estimates suggest that data centers are responsible for roughly 1% of global electricity use—a number that continues to climb alongside data demands.")]
    [InlineData("Market estimates put the deal at about $3 billion.")]
    public void Read_EstimatesAsANoun_IsNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    // ---------------------------------------------------------------- the outlet a speaker spoke to

    [Theory]
    // blind25 (Crusoe), blind26 (TechCabal), blind25 (Cerebras), blind25 (SambaNova). Not blind25's "When contacted by Reuters for comment":
    // blind22 labels "declined to comment when contacted by Reuters" as no source (the writing outlet), so "contacted by" is left.
    [InlineData("The Series D, CEO Chase Lochmiller told Latitude Media, will largely be dedicated to scaling up Crusoe Cloud, their cloud computing platform for AI workloads, which the company also made publicly available today.", "Latitude Media")]
    [InlineData("A term sheet seen by TechCabal shows the company sought a $5 million facility from UK-based Advanced Global Capital (AGC) in April to support its invoice factoring business.", "TechCabal")]
    [InlineData("The company's CEO, Andrew Feldman, offered a measured explanation to CNBC: Cerebras still planned to go public, but the timing required more flexibility.", "CNBC")]
    [InlineData("Intel has initiated steps to potentially acquire SambaNova Systems, an emerging player in the AI chip industry, according to individuals familiar with the situation who shared details with WIRED.", "Wired")]
    // https://testing.dev.theedgesingapore.com/news/artificial-intelligence/ai-startup-nscale-chases-bytedance-deal-and-us18-billion-debt
    [InlineData("Nscale, a startup that is less than a year old, is already trying to raise about US$2.7 billion ($3.55 billion) to build artificial intelligence infrastructure on the back of a pending partnership with ByteDance Ltd, the Chinese owner of TikTok, according to an offering document seen by Bloomberg.", "Bloomberg")]
    // https://www.assortedgeekery.com/everything/page/2/
    [InlineData("Eruditus, an Indian edtech startup, is in advanced stages of talks to secure about $150 million in new funding, two sources familiar with the matter told TechCrunch, in what would be the largest fundraise by an Indian education firm in years.", "TechCrunch")]
    // http://valiant3.rssing.com/chan-3493290/all_p107.html
    [InlineData("TransferWise, a buzzy London-headquartered money-transfer startup, denounced the executive order in a memo sent to employees over the weekend obtained by Business Insider, and pledged support to any employees who might be affected.", "Business Insider")]
    // http://valiant3.rssing.com/chan-3493290/all_p91.html
    [InlineData("Mark Tluszcz, a man that claims to be the first investor in Skype, told Business Insider in London why Israel is now referred to as the \"Startup Nation.\"", "Business Insider")]
    public void Read_OutletASpeakerToldOrADocumentWasSeenBy_IsANamedSource(string sentence, string source)
    {
        Assert.Contains(source, Named(sentence));
    }

    [Theory]
    [InlineData("Chief executive Jane Doe told Microsoft executives the chips would ship in March.")]
    [InlineData("The company confirmed the sale of its stake to Brookfield for $2 billion.")]
    [InlineData("The plans were seen by regulators as a test of the new rules.")]
    public void Read_PartiesSpokenToOrSoldTo_AreNoSources(string sentence)
    {
        Assert.Empty(Named(sentence));
    }
}
