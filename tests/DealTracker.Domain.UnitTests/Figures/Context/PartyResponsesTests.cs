using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Parties' responses to a report (<c>ResponseRules</c>): declining to comment or to say, not responding, denying or confirming,
/// each for the party the sentence names, also across an aside ("Microsoft, which committed about $2 billion, declined").
/// </summary>
public sealed class PartyResponsesTests
{
    [Theory]
    // https://www.timeslive.co.za/motoring/news/2020-01-24-stroll-sets-sights-on-aston-martin/
    [InlineData("Representatives for Aston Martin and Geely declined to comment, while a representative for Stroll couldn’t immediately be reached for comment.", "Aston Martin|Geely|Stroll")]
    // https://japantimes.co.jp/news/2014/12/05/business/corporate-business/itochu-cp-group-reportedly-in-talks-to-invest-in-citic
    [InlineData("Spokesmen for Itochu, CP Group and CITIC declined to comment.", "Itochu|CP Group|CITIC")]
    // https://www.rte.ie/news/business/2013/0829/470938-vodafone-verizon-stake
    [InlineData("A Verizon spokesman declined to comment on the Bloomberg and Wall Street Journal reports.", "Verizon")]
    // http://in.rediff.com/money/2007/jan/01hutch.htm
    [InlineData("When contacted, a Reliance spokesperson declined to comment on the issue.", "Reliance")]
    // https://unfoldnews.io/apollo-sees-a-5-billion-investment-in-intel-bloomberg-news-reports/
    [InlineData("Apollo and Intel did not immediately respond to a Reuters request for comment.", "Apollo|Intel")]
    // Corpus sentences (blind sets): an aside between the party and its response, a confirmation, a denial.
    [InlineData("SoftBank, one of Flipkart’s major investors, declined to comment on fundraise talks early this month.", "SoftBank")]
    [InlineData("Xiaomi Corp confirmed the investment to Reuters.", "Xiaomi Corp")]
    [InlineData("Microsoft confirmed the deal in a statement, noting its alignment with the company’s broader AI infrastructure roadmap.", "Microsoft")]
    // Written variants.
    [InlineData("Microsoft, which committed about $2 billion, declined to comment.", "Microsoft")]
    [InlineData("A spokesman for SoftBank said the company does not comment on speculation.", "SoftBank")]
    [InlineData("Amazon denied the report.", "Amazon")]
    [InlineData("Anthropic declined to say how much it raised.", "Anthropic")]
    public void Read_PartyResponds_ProposesAResponseForEachParty(string sentence, string parties)
    {
        var found = Read(sentence).Responses.Select(r => r.Party).Distinct().ToList();

        Assert.Equal(parties.Split('|'), found);
    }

    [Theory]
    // Corpus sentences: a report confirmed or dismissed by no party of the deal.
    [InlineData("Documents provided by CB Insights confirmed a report by Recode last month stating that NBCUniversal was providing $200m of funding to the company at the same $1.5bn valuation at which it invested $200m in August 2015.")]
    [InlineData("According to the dismissed report, the massive cloud deal was worth a whopping $3 billion, arguably one of the largest cloud infrastructure leasing deals.")]
    public void Read_ReportConfirmedOrDeniedByNoParty_ProposesNoResponse(string sentence)
    {
        Assert.Empty(Read(sentence).Responses);
    }

    [Fact]
    public void Read_CouldNotBeReachedForComment_KeepsTheWholeWording()
    {
        var response = Assert.Single(Read("A representative for Stroll couldn’t immediately be reached for comment.").Responses);

        Assert.Equal("Stroll couldn’t immediately be reached for comment", response.Wording);
    }
}
