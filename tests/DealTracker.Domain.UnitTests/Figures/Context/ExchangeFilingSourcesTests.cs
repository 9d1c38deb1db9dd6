using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>A filing named by its exchange's code or city ("a BSE filing", "a Hong Kong Stock Exchange filing") is a named source, named so.</summary>
public sealed class ExchangeFilingSourcesTests
{
    [Theory]
    // http://www.business-standard.com/article/markets/gateway-okays-acquisition-of-blackstone-stake-in-arm-stock-up-20-118052500655_1.html
    [InlineData("The acquisition is to be completed within a period of 90 days, subject to statutory and regulatory approvals as may be required, said in a BSE filing.", "BSE filing")]
    // blind45 and blind48 (corpus).
    [InlineData("Singapore Exchange (SGX)-listed lender Singapura Finance has disposed of all its shares in MatchMove PowerBank, a subsidiary of MatchMove Pay, for $1 million, according to an SGX filing.", "SGX filing")]
    [InlineData("The indicative time period for completion of the acquisition is December 15, 2020, Biocon said in a BSE filing.", "BSE filing")]
    // Written variants.
    [InlineData("CK Asset plans to sell The Center for HK$40.2 billion, it said in a Hong Kong Stock Exchange filing.", "Hong Kong Stock Exchange filing")]
    [InlineData("Infosys said in an NSE filing on Monday that it would sell the stake.", "NSE filing")]
    public void Read_FilingNamedByItsExchange_IsANamedSource(string sentence, string source)
    {
        Assert.Contains(source, Named(sentence));
    }

    [Fact]
    public void Read_FilingToAnExchange_IsTheFiling()
    {
        // https://shentonwire.net/2021/11/25/stake-changes-aia-starhill-global-prime-us-reit-kore-metech-qm-aptt/
        // Since convention S5 (the twenty-sixth session) a filing keeps the body it went to.
        Assert.Equal(["filing to SGX"], Named("AIA Singapore ceased to be a substantial shareholder of Starhill Global REIT after disposing of 204,800 units in the market for S$131,092, according to a filing to SGX Wednesday."));
    }
}
