using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Real wire sentences from outside the corpus (addresses in the comments), one row each: the metric of every figure in order,
/// a bracketed conversion left out (it takes the metric of the figure it converts). Read right before the metric sweep: 10 of 14;
/// after: 11 of 14 (the IPO proceeds "raised approximately $486m in an offering on the Shanghai Stock Exchange" are other now).
/// </summary>
public sealed class MetricRealSentencesTests
{
    // Still read wrong, left out of the rows (each needs a rule of its own, noted in docs/extractor.md):
    // https://globalventuringreview.com/tag/relay-therapeutics/
    //   "The latest is Google, which is paying $4.5bn for a 7.7% stake in Jio, the deal coming in the wake of parent company Alphabet’s recent pledge to invest some $10bn in India over the coming years." (Investment; Other)
    // https://carscoops.com/2018/06/2-billion-chinese-investment-faraday-future-cleared-u-s-committee
    //   "The remaining $1.2 billion will be provided in two $600 million parts if Faraday Future meets certain goals." (Investment; Investment)
    // https://www.ibtimes.com/japans-softbank-takes-first-step-fulfill-pledge-trump-invests-1-billion-us-satellite-2462885
    //   "The $1 billion investment by the Japanese tech giant is the largest among the $1.2 billion in capital raised by OneWeb from its existing investors." (Investment; RoundSize)
    [Theory]
    // https://www.bnnbloomberg.ca/china-chip-startup-biren-seeking-funds-at-2-7-billion-valuation-1.1743913
    [InlineData("Chip designer Shanghai Biren Intelligent Technology Co. is seeking to raise fresh funds at a valuation of about 17 billion yuan ($2.7 billion) to fuel its growth, according to people familiar with the matter.", "Valuation")]
    // https://block-chain.click/?p=4337
    [InlineData("Elon Musk’s brain implant company Neuralink is planning to raise about $500 million at a pre-money valuation of $8.5 billion, Bloomberg News reported on Wednesday, citing people with knowledge of the matter.", "RoundSize;Valuation")]
    // https://www.businessinsider.com.au/report-uber-is-trying-to-raise-at-least-1-billion-with-a-valuation-of-over-17-billion-2014-11
    [InlineData("Uber is trying to raise at least $US1 billion in new capital at a valuation of over $US17 billion, The Financial Times reports.", "RoundSize;Valuation")]
    // https://www.zawya.com/en/wealth/funds/middle-east-funds-in-talks-to-lead-byjus-1bln-funding-round-a2xi3xzs
    [InlineData("Indian edtech firm Byju’s is in advanced talks with Middle East-based sovereign funds to lead its proposed $1 billion fundraising round.", "RoundSize")]
    // https://globalventuringreview.com/tag/relay-therapeutics/
    [InlineData("Meanwhile Facebook paid $5.7bn for a 10% stake in April.", "Investment")]
    // https://globalventuringreview.com/tag/relay-therapeutics/
    // Other until the named-investor-totals realignment: Alphabet's own money into India is its investment in the reading.
    [InlineData("Alphabet announced that it intends to channel up to $10bn into India through a newly formed vehicle dubbed Google for India Digitization Fund.", "Investment")]
    // https://globalventuringreview.com/tag/relay-therapeutics/
    [InlineData("On GUV, Paige, a US-based cancer pathology software spinout of Memorial Sloan Kettering Cancer Center, extended its series B round to $70m with commitments from Goldman Sachs Merchant Banking Division and Healthcare Venture Partners.", "RoundSize")]
    // https://thecsrjournal.in/google-secures-10b-cloud-deal-meta-accelerate-ai-push
    [InlineData("Alphabet’s latest earnings report revealed that its cloud division is on track to generate $50 billion this year.", "Revenue")]
    // https://globalventuringreview.com/tag/relay-therapeutics/
    [InlineData("There’s been more IPO action this past week, beginning with electric vehicle battery producer Farasis Energy, which raised approximately $486m in an offering on the Shanghai Stock Exchange’s Star Market.", "RoundSize")]
    // https://www.scmp.com/tech/tech-trends/article/3246159/openai-talks-raise-new-funding-us100-billion-valuation-making-chatgpt-creator-one-worlds-most
    [InlineData("The San Francisco, California-based company is set to complete a separate tender offer in early January, which would allow employees to sell their shares at a valuation of US$86 billion, Bloomberg previously reported.", "Valuation")]
    // https://www.ibtimes.com/japans-softbank-takes-first-step-fulfill-pledge-trump-invests-1-billion-us-satellite-2462885
    [InlineData("Japan’s SoftBank announced Monday that it had agreed to invest $1 billion in the U.S. tech company OneWeb Ltd., which plans to build and deploy a constellation of hundreds of internet-beaming satellites in low-Earth orbit over the next decade.", "Investment")]
    public void Read_RealWireSentence_EachFigureTakesItsMetric(string sentence, string metrics)
    {
        var read = Read(sentence).Figures.Where(f => f.Converts is null).Select(f => f.Metric?.ToString() ?? "Other");

        Assert.Equal(metrics.Split(';'), read);
    }
}
