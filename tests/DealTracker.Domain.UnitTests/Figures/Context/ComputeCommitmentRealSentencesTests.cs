using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Real sentences of compute commitments and of their counterparts, from outside the labelled corpus (the compute-shapes sweep, see
/// <see cref="ComputeCommitmentShapesSweepTests"/>): each figure must read its metric.
/// </summary>
public sealed class ComputeCommitmentRealSentencesTests
{
    private static readonly Metric? Other = null;

    public static TheoryData<string, string, Metric?> Sentences => new()
    {
        // https://worldofsoftware.org/microsoft-has-struck-a-9-7-billion-deal-with-iren-giving-it-access-to-nvidia-chips/amp
        { "Microsoft has signed a $9.7 billion cloud services contract with artificial intelligence cloud services provider IREN, which will give it access to some of Nvidia's chips.", "$9.7 billion", Metric.ComputeCommitment },
        // https://www.newsbeep.com/112443
        { "Nebius said the contract was worth $17.4bn over the next five years, but that it could expand to $19.4bn if Microsoft increases its compute demands.", "$17.4bn", Metric.ComputeCommitment },
        { "Nebius said the contract was worth $17.4bn over the next five years, but that it could expand to $19.4bn if Microsoft increases its compute demands.", "$19.4bn", Metric.ComputeCommitment },
        // https://neurozzio.com/ai-investment/microsoft-secures-9-7b-ai-cloud-deal-with-iren
        { "Microsoft has entered into a significant agreement to purchase artificial intelligence cloud capacity from IREN Ltd. for approximately $9.7 billion.", "$9.7 billion", Metric.ComputeCommitment },
        // https://bizandtech.net/microsoft-signs-97b-ai-cloud-deal-australia%E2%80%99s-iren
        { "Microsoft signed a $9.7 billion, five-year contract with Australia's IREN on Monday to secure additional AI cloud capacity amid rising customer demand for AI services.", "$9.7 billion", Metric.ComputeCommitment },
        // https://insight.tmcnet.com/insight/amazon-aws-establishes-seven-year-38-billion-cloud-partnership-for-large-scale-ai-development-ml31qbxn
        { "A new example surfaced with Amazon's AWS unit securing a seven-year cloud computing partnership valued at $38 billion.", "$38 billion", Metric.ComputeCommitment },
        // https://breakingnewsblogs.com/?p=1247
        { "British artificial intelligence company Nscale announced Wednesday that it has secured a deal potentially valued at up to $14 billion with Microsoft to deploy approximately 200,000 Nvidia AI processors across data centers in Europe and the United States.", "$14 billion", Metric.ComputeCommitment },
        // https://yourstory.com/ai-story/microsoft-signs-97b-ai-cloud-pact-with-iren
        { "Microsoft has signed a five-year, $9.7 billion agreement with Australian AI cloud provider IREN to secure access to Nvidia's latest GB300 accelerator systems, as the software group has raced to add compute for fast-growing AI workloads.", "$9.7 billion", Metric.ComputeCommitment },
        // https://thedailyscout.com/s/-4iz5eMtCCY
        { "Meta agreed a roughly $21 billion deal with CoreWeave to secure cloud capacity, a sign that big tech is locking in vast AI compute commitments rather than buying on the spot market.", "$21 billion", Metric.ComputeCommitment },
        // https://stockscreener.finance/en/news/meta-coreweave-stocks-jump-on-expanded-ai-infrastructure-partnership-with-21b
        { "CoreWeave (NASDAQ: CRWV) and Meta (NASDAQ: META) announced an agreement valued at $21 billion to expand AI infrastructure on Thursday, leading to a jump in share price for both companies in pre-trading hours.", "$21 billion", Metric.ComputeCommitment },
        // https://www.mexc.fm/ms-MY/news/cipher-mining-cifr-stock-company-signs-5-5-billion-amazon-web-services-lease-agreement/152384
        { "Cipher Mining signed a $5.5 billion, 15-year lease agreement with Amazon Web Services to provide space and power for AI workloads", "$5.5 billion", Metric.ComputeCommitment },
        // https://evolutionaihub.com/?p=2476
        { "Microsoft has signed a $9.7 billion deal with IREN for next-gen AI cloud capacity — a move that cements the rise of former bitcoin miners as crucial players in the global AI infrastructure race.", "$9.7 billion", Metric.ComputeCommitment },
        // https://techstory.com.au/2025/07/23/openai-signs-30-billion-per-year-data-center-deal-with-oracle/
        { "In a stunning display of scale and ambition, OpenAI has agreed to pay Oracle a massive $30 billion per year to power its AI infrastructure.", "$30 billion", Metric.ComputeCommitment },
        // https://voice.lapaas.com/openai-oracle-30bn-data-center-deal
        { "OpenAI has officially confirmed it signed a $30 billion per year agreement with Oracle to lease 4.5 gigawatts of new data center capacity in the U.S.", "$30 billion", Metric.ComputeCommitment },
        // https://getcoai.com/?p=75663
        { "Oracle has signed a massive cloud services contract worth $30 billion annually, set to begin generating revenue in fiscal year 2028.", "$30 billion", Metric.ComputeCommitment },
        // https://www.jobandnetwork.com/article/1237
        { "The company has entered into a five-year agreement valued at $11.9 billion with CoreWeave, a cloud service provider specializing in GPU-accelerated compute.", "$11.9 billion", Metric.ComputeCommitment },
        // Counterparts: chips and equipment bought by the provider, capital spending, a lease guarantee, borrowing.
        // https://worldofsoftware.org/microsoft-has-struck-a-9-7-billion-deal-with-iren-giving-it-access-to-nvidia-chips/amp
        // Since the round conventions (M7): chips bought from another company are a compute commitment (other until then).
        { "IREN also said Monday that it has signed a deal with Dell Technologies to buy the chips and associated equipment for about $5.8 billion.", "$5.8 billion", Metric.ComputeCommitment },
        // Other until the named-investor-totals realignment: Microsoft's own money spent on its build-out is its investment (the reading).
        { "Microsoft spent nearly $35 billion on capital expenditures in the July-September quarter to support AI and cloud demand, with nearly half of that on computer chips and much of the rest on data center real estate.", "$35 billion", Metric.Investment },
        // https://investorsobserver.com/news/stock-update/are-googles-recent-deals-pointing-to-ai-bitcoin-pivot
        { "Google will backstop $1.4 billion of Fluidstack's lease obligations to support project-related debt financing.", "$1.4 billion", Other },
        // https://www.newsbeep.com/112443
        { "CoreWeave, which went public in March and is now worth about $45bn, has borrowed more than $12bn using its GPUs and services contracts with tech companies as collateral for the loans.", "$12bn", Other },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Read_RealComputeSentence_FigureTakesItsMetric(string sentence, string at, Metric? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }
}
