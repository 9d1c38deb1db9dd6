using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// What the words saying what a figure is worth tell (<c>MetricRules.FourteenthRoundReading</c>, MetricRules.Worth.cs): a compute deal's
/// value, money committed to compute, an investment in a company that rents out compute, a valuation named before the figure, a company
/// now worth a figure, a round worth a figure, money already put in or added, and amounts in brackets after the names of a list.
/// </summary>
public sealed class WorthTests
{
    [Theory]
    // blind38, blind36, blind40, blind8, blind27 misses.
    [InlineData("The contract, which, according to CNBC and the Financial Times, is worth up to $24 billion, includes the delivery of approximately 200,000 Nvidia GB300 GPUs.", "$24 billion")]
    [InlineData("Microsoft has formalized a five-year agreement with Nebius Group to secure AI computing infrastructure, with a base value of $17.4 billion, and options that could increase the total value to $19.4 billion.", "$17.4 billion")]
    [InlineData("Microsoft has formalized a five-year agreement with Nebius Group to secure AI computing infrastructure, with a base value of $17.4 billion, and options that could increase the total value to $19.4 billion.", "$19.4 billion")]
    [InlineData("The large-scale deployment includes a four-year engagement valued at over $1 billion under which Nvidia will establish one of the Asia-Pacific region's largest DGX Cloud clusters within Yotta's infrastructure.", "$1 billion")]
    [InlineData("CoreWeave’s five-year agreement with OpenAI was reported at up to $11.9 billion, and other specialist arrangements in the market have been valued in the low-to-mid single-digit billions.", "$11.9 billion")]
    [InlineData("Meta signed a $21 billion expanded deal with CoreWeave on April 9, 2026, extending a prior $14.2 billion contract — total committed spend now reaches $35.2 billion through December 2032.", "$14.2 billion")]
    [InlineData("Meta signed a $21 billion expanded deal with CoreWeave on April 9, 2026, extending a prior $14.2 billion contract — total committed spend now reaches $35.2 billion through December 2032.", "$35.2 billion")]
    // Outside the corpus.
    // https://www.newsbeep.com/112443
    [InlineData("Nebius said the contract was worth $17.4bn over the next five years, but that it could expand to $19.4bn if Microsoft increases its compute demands.", "$19.4bn")]
    // https://aimmediahouse.com/market-industry/microsoft-turns-to-nebius-to-meet-ais-relentless-gpu-demands
    [InlineData("The company signed a multiyear agreement to buy GPU capacity from Nebius valued at $17.4 billion over five years, with options that could take the total to about $19.4 billion.", "$17.4 billion")]
    // https://trendinginfo.blog/?p=26523
    [InlineData("In September, CoreWeave disclosed an order worth at least $6.3 billion from Nvidia in a filing with the U.S. Securities and Exchange Commission.", "$6.3 billion")]
    // https://cloudnews.tech/?p=28638
    [InlineData("The latest move, announced on November 3, 2025, was the most striking: a seven-year contract with AWS valued at $38 billion to run and scale training workloads, inference, and — crucially — agentic AI.", "$38 billion")]
    // https://vimarsana.com/article/aws-locks-up-nsa-cloud-deal-after-protest-202204285804
    [InlineData("The National Security Agency (NSA) confirmed that it re-awarded a cloud computing contract believed to be worth up to $10 billion to Amazon Web Services (AWS) after the agency’s initial award of the deal to AWS last summer was derailed by a protest by Microsoft.", "$10 billion")]
    // https://www.emarketer.com/content/aws-awarded-10-billion-nsa-contract-microsoft-wants-payback-jedi
    [InlineData("AWS signed its first major cloud deal, worth $600 million, with the CIA back in 2013.", "$600 million")]
    // https://www.technewshub.co.uk/post/amazon-web-services-tops-azure-by-getting-a-cloud-contract-from-nsa-worth-over-10-billion
    [InlineData("However, the NSA has quietly re-awarded the cloud contract worth 10 billion USD to AWS with a ten years deal.", "10 billion USD")]
    // The deal noun after a comma and a term (blind32; outside: https://baptistaresearch.com/microsoft-inks-17-4b-deal-with-nebius-is-this-the-next-ai-infrastructure-superpower).
    [InlineData("The Wall Street Journal revealed a staggering $300 billion, five-year cloud commitment between Oracle and OpenAI, starting 2027.", "$300 billion")]
    [InlineData("In a landmark development that could shift the competitive dynamics of AI infrastructure globally, Amsterdam-based Nebius Group has signed a $17.4 billion, five-year GPU supply agreement with Microsoft.", "$17.4 billion")]
    // Amounts in brackets after the names deals were made with (blind15).
    [InlineData("First, it’s a big number, even for public cloud market leader AWS — as big as AWS’ deals with the CIA ($600 million) and Salesforce ($400 million) combined.", "$600 million")]
    [InlineData("First, it’s a big number, even for public cloud market leader AWS — as big as AWS’ deals with the CIA ($600 million) and Salesforce ($400 million) combined.", "$400 million")]
    public void Read_ComputeDealWorthAFigure_IsAComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    // blind22, blind27, blind29, blind30, blind36, blind16 misses.
    [InlineData("Anthropic's side of the deal is equally staggering: the company has committed more than $100 billion over the next ten years to AWS technologies, spanning Graviton and Trainium2 through Trainium4 chips.", "$100 billion")]
    [InlineData("Anthropic has committed approximately $200 billion over the next 5 years to Google Cloud for TPU compute and cloud services, according to a report by The Information on May 5, 2026.", "$200 billion")]
    [InlineData("The company has committed more than $33 billion to neocloud providers including Nebius, CoreWeave, Nscale, and Lambda.", "$33 billion")]
    [InlineData("Anthropic recently made a similar blockbuster commitment, pledging over $100 billion to Amazon Web Services (AWS).", "$100 billion")]
    [InlineData("But the real kicker is the commitment from Anthropic itself: they are locking in more than $100bn in AWS cloud spending over the next 10 years.", "$100bn")]
    [InlineData("Snapchat parent Snap had committed to $3 billion in cloud spending from 2017 through 2021, although that spending is split between two providers: AWS and Alphabet's Google Cloud.", "$3 billion")]
    // Outside the corpus (read right before this rule too, by older ones).
    // https://gettidyflow.com/blog/amazon-anthropic-330-billion-ai-investment-2026
    [InlineData("In exchange, Anthropic has committed to spending more than $100 billion on Amazon Web Services over the next decade, with 5 gigawatts of training compute earmarked for AWS infrastructure.", "$100 billion")]
    // https://reportify.ai/news/1198189331857281024
    [InlineData("Nvidia has committed to purchasing $6.3 billion of unsold CoreWeave cloud capacity through 2032, raising questions about the actual demand for AI services from end-users.", "$6.3 billion")]
    // The verb after the figure (blind16).
    [InlineData("In addition to the $2 billion Snap committed to spending on Google cloud infrastructure over the next five years, the company also revealed today in an amended filing that it expects to spend $1 billion on Amazon’s cloud services over the same time frame.", "$2 billion")]
    public void Read_MoneyCommittedToCompute_IsAComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    // blind36 misses.
    [InlineData("The company has been at the center of several major deals in the past year, including a $250 million investment in CoreWeave, a cloud services provider that leases Nvidia GPUs.", "$250 million")]
    [InlineData("Previously, the company also announced plans to invest $500 million in self-driving car startup Wayve and £500 million (about $667.7 million) in UK cloud services provider Nscale.", "£500 million")]
    // Outside the corpus.
    // https://www.ultrathink.ai/news/nvidia-2b-investment-coreweave-ai-infrastructure
    [InlineData("The company announced a $2 billion investment in CoreWeave, the AI-focused cloud provider, despite CoreWeave's significant debt burden.", "$2 billion")]
    // https://www.unbiasedtimes.org/article/2495
    [InlineData("Nvidia's $2 billion investment in CoreWeave, announced on Monday, will support the construction of 5 gigawatts of AI data centers by 2030.", "$2 billion")]
    // https://ryxel.ai/news/technology/2026/1/26/coreweave-surges-10-percent-nvidia-2-billion-ai-factories
    [InlineData("CoreWeave shares surged more than 10% on Monday after Nvidia announced a $2 billion equity investment in the cloud infrastructure provider, deepening a partnership aimed at building massive AI computing facilities across the United States.", "$2 billion")]
    // https://trendinginfo.blog/?p=26523
    [InlineData("Shares of CoreWeave popped 12% on Monday after Nvidia announced it has invested $2 billion in the artificial intelligence infrastructure provider.", "$2 billion")]
    public void Read_InvestmentInACompanyThatRentsOutCompute_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_InvestmentInACloudService_StaysACompute()
    {
        // A cloud service is no company: money put in it is compute.
        const string sentence = "Microsoft described the $25 billion investment in Azure as the largest in its history, citing demand for cloud computing.";

        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, "$25 billion").Metric);
    }

    [Fact]
    public void Read_MoneyCommittedToAClubsInfrastructure_IsNoCompute()
    {
        // blind14: "infrastructure" alone is no compute.
        const string sentence = "Sir Jim Ratcliffe is to commit $300m (£245m) from his multibillion pound fortune to Manchester United Football Club’s ageing infrastructure as part of a deal to acquire a 25% stake that will be unveiled this month.";

        Assert.Equal(Metric.Investment, Figure(sentence, "$300m").Metric);
    }

    [Theory]
    // blind38, blind37, blind35, blind25 misses.
    [InlineData("Just last week, Bloomberg reported that Mistral is even working on reaching a total valuation of 12 billion euros through external financing.", "12 billion euros")]
    [InlineData("Mastercard's investment into the business is based on a 16x multiple on a total enterprise valuation of about US$5.2 billion.", "US$5.2 billion")]
    [InlineData("The US retail giant in FY24 increased its shareholding by 10 per cent to approximately 85 per cent by paying USD 3.5 billion, taking the enterprise valuation of Flipkart to USD 35 billion.", "USD 35 billion")]
    [InlineData("Now the company is worth €12 billion.", "€12 billion")]
    [InlineData("However, the Financial Times reported the company is now worth about €12 billion, making it one of Europe’s most valuable private tech firms.", "€12 billion")]
    // Outside the corpus.
    // https://pymnts.com/news/investment-tracker/2020/monzo-raises-80-million-dollars-at-lower-1-billion-valuation
    [InlineData("The company’s valuation after this funding round is now 1.2 billion pounds ($1.6 billion).", "1.2 billion pounds")]
    // https://businessat.co.uk/sky/digital-bank-monzo-expands-fundraising-in-deal-with-top-tech-investor/?print=print
    [InlineData("The digital bank, which has millions of customers in Britain, recently secured a valuation in excess of £4bn after concluding the initial phase of its funding round.", "£4bn")]
    // https://tmrblog.com/uk-fintech-firm-monzo-raises-85m-from-us-venture-capital-investors/
    [InlineData("With this investment, the company has crossed the milestone valuation of over £1 billion, making it the most recent UK start-up technology company to accomplish this feat.", "£1 billion")]
    // https://thetechportal.com/2015/08/01/ubers-raised-1billion-in-may-at-a-50-billion-valuation
    [InlineData("Uber, has now made available a filing, according to which, the company had closed a new funding round worth of around $1 billion in May, surging its valuation to a staggering $50 billion.", "$50 billion")]
    // https://qz.com/1305719/electric-scooter-company-bird-is-the-fastest-startup-ever-to-become-a-unicorn
    [InlineData("Electric scooter startup Bird is the fastest company to reach a valuation of $1 billion.", "$1 billion")]
    // What a deal makes a company worth (blind34).
    [InlineData("The deal breaks a record in global sports valuations, making holding company City Football Group (CFG) worth £3.73bn ($4.8bn).", "£3.73bn")]
    // A data-centre company's enterprise value is no compute deal's value (blind41, which the rule had not seen: it read compute).
    [InlineData("The deal values STT GDC, wholly owned by Temasek, at an enterprise value of S$13.8 billion and comes as global investment in the sector surges due to the rising demand for computing capacity, driven by artificial intelligence (AI).", "S$13.8 billion")]
    public void Read_ValuationNamedBeforeOrCompanyNowWorth_IsAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }

    [Theory]
    // A listed company's worth is market value (outside the corpus: https://www.newsbeep.com/112443).
    [InlineData("CoreWeave, which went public in March and is now worth about $45bn, has borrowed more than $12bn using its GPUs and services contracts with tech companies as collateral for the loans.", "$45bn")]
    // blind17: no "now", no round: left to the older rules (other).
    [InlineData("Today the company is worth $150 billion U.S.", "$150 billion")]
    // blind24: a fund is no company.
    [InlineData("HONG KONG: Hong Kong will launch a fund worth HK$5 billion (23 billion baht) next month to support local tech companies and attract foreign start-ups, the city's finance chief has said.", "HK$5 billion")]
    public void Read_WorthOfAListedCompanyOrAFund_IsNoValuation(string sentence, string at)
    {
        Assert.NotEqual(Metric.Valuation, Figure(sentence, at).Metric);
    }

    [Theory]
    // blind38, blind21 misses.
    [InlineData("Mistral AI, again, is in the running for a new fundraising which is rumored to be worth 600 million euros, or double the investments that the very young start-up managed to garner over the first 10 months of its existence.", "600 million euros")]
    [InlineData("The leader of August’s private investments haul was the Berlin-based biotech T-knife with a Series B round worth a hefty €93.2M.", "€93.2M")]
    // Outside the corpus.
    // https://thetechportal.com/2015/08/01/ubers-raised-1billion-in-may-at-a-50-billion-valuation
    [InlineData("Uber, has now made available a filing, according to which, the company had closed a new funding round worth of around $1 billion in May, surging its valuation to a staggering $50 billion.", "$1 billion")]
    // https://businessat.co.uk/sky/digital-bank-monzo-expands-fundraising-in-deal-with-top-tech-investor/?print=print
    [InlineData("City sources said on Sunday that Monzo could announce as soon as this week that Hedosophia and Singapore’s Government Investment Corporation (GIC) were participating in an overall fundraising worth close to £500m.", "£500m")]
    public void Read_RoundWorthAFigure_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // Many deals worth a figure are a market's total (outside the corpus).
    // https://tech.eu/2023/04/28/this-week-in-european-tech-28-april-2023/
    [InlineData("This week, our research team tracked more than 95 tech funding deals worth over €1.3 billion, and over 15 exits, M&A transactions, rumours, and related news stories across Europe.", "€1.3 billion")]
    // blind23: a financing framework is debt.
    [InlineData("Saudi Arabia’s National Infrastructure Fund and Humain, an artificial intelligence company backed by the Public Investment Fund, have agreed on a financing framework worth up to $1.2 billion.", "$1.2 billion")]
    public void Read_DealsOrFinancingFrameworkWorthAFigure_IsNoRoundSize(string sentence, string at)
    {
        Assert.NotEqual(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // blind36 misses.
    [InlineData("How it works: Google invested $500 million up front and will add $1.5 billion more over an unspecified time period.", "$1.5 billion")]
    [InlineData("Combined with the $8bn already poured in, Amazon's total stake now exceeds $13bn.", "$8bn")]
    // Outside the corpus (read right before this rule too).
    // https://gettidyflow.com/blog/amazon-anthropic-330-billion-ai-investment-2026
    [InlineData("Amazon announced on April 20 that it is investing an additional $5 billion in Anthropic immediately, with provisions to inject up to $200 billion more as the AI company hits commercial milestones.", "$200 billion")]
    public void Read_MoneyAlreadyPutInOrAddedMore_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Theory]
    // Without "already" money ploughed or pumped in is a market's total (blind21, blind38).
    [InlineData("This year, the pace of dealmaking has accelerated, with $9.3 billion pumped into Latin American businesses in the first six months.", "$9.3 billion")]
    // "adding £410M of new debt" says no "more" (blind24).
    public void Read_MoneyPumpedWithoutAlreadyOrAddedWithoutMore_IsNotReadByThisRule(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // Since the fund-raises realignment (the "raise $X"): one organisation's fund raise, close or target, debt raise with no one
    // giver named, or offering is a round size; these rows asserted other under the old convention and were moved here.
    [InlineData("Behind autonomous driving company Wayve’s record-breaking $1.05B round, battery provider Zenobē Energy secured the second-largest deal of H1, adding £410M of new debt to its existing £241m.", "£410M")]
    public void Read_MoneyPumpedWithoutAlreadyOrAddedWithoutMore_SinceTheFundRaisesRealignment_IsRoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    // blind38 misses.
    [InlineData("Despite these challenges, notable funding deals during this period include EV charger company Easy Go (€30 million), life-science firm Luma Vision (€20 million), and software firms Clouds Myth (€10 million) and Alvirus (€5.5 million).", "€20 million")]
    [InlineData("Despite these challenges, notable funding deals during this period include EV charger company Easy Go (€30 million), life-science firm Luma Vision (€20 million), and software firms Clouds Myth (€10 million) and Alvirus (€5.5 million).", "€5.5 million")]
    public void Read_BracketedAmountAfterANameInAList_TakesTheFirstItemsMetric(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_BracketedAmountsInAListOfInvestments_AllReadAlike()
    {
        // Outside the corpus: https://askitsolution1.blogspot.com/2016/05/the-10-biggest-european-tech-stories.html (the labels call
        // these rounds; the list's first item reads as an investment, and the rule carries that along: read alike, not yet right).
        const string sentence = "Other notable investments in Europe included France-based car rental marketplace startup Drivy (€31 million) and p2p-lender Lendix ($13.5 million), and German IoT tech company Tado ($23 million).";

        Assert.Equal(Figure(sentence, "€31 million").Metric, Figure(sentence, "$23 million").Metric);
    }

    [Fact]
    public void Read_BracketedAmountAfterAComparison_IsNotCarriedAlong()
    {
        // blind38: "over four times the amount of Berlin (£1.9bn)" compares cities; it is no list item.
        const string sentence = "London has dominated tech investment in Europe this year, raising £8.6bn, double that of Paris (£3.9bn) and over four times the amount of Berlin (£1.9bn).";

        Assert.Null(Figure(sentence, "£1.9bn").Metric);
    }
}
