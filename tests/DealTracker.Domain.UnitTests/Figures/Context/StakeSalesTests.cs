using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The price of a minority stake sold is what its buyer invests, whether or not the buyer is named (<c>MetricRules.MinorityStakeSoldFor</c>,
/// <c>InvestorRules.StakeSaleBuyer</c>); the seller is never the investor.
/// </summary>
public sealed class StakeSalesTests
{
    [Theory]
    // blind33 misses.
    [InlineData("Indian billionaire Sunil Mittal sold a 0.84% stake in Bharti Airtel for $976 million, with 25% going to Bharti Telecom to strengthen its control.", "$976 million")]
    [InlineData("Vodafone has sold its remaining 3% stake in Indus Towers for $330 million, marking its exit from the company.", "$330 million")]
    // blind34 misses.
    [InlineData("Mukesh Ambani-led Reliance Retail is holding talks with Silver Lake to sell a 1.7-1.8 per cent stake in the entity for around Rs 7,500 crore.", "Rs 7,500 crore")]
    [InlineData("The broadcaster sold a 4.9 per cent stake in its advertising subsidiary Arabian Contracting Services for SAR417m and paid off a loan of almost SAR500m to Istedamah Holding.", "SAR417m")]
    public void Read_MinorityStakeSoldForAPrice_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_StakeSoldWithNoBuyerNamed_NamesNoInvestor()
    {
        // The seller the sentence opens with does not invest.
        Assert.Null(Figure("Vodafone has sold its remaining 3% stake in Indus Towers for $330 million, marking its exit from the company.", "$330 million").Investor);
    }

    [Theory]
    [InlineData("Reliance Industries sold a 2.32 per cent stake in Jio Platforms to Vista Equity Partners for Rs 11,367 crore.", "Rs 11,367 crore", "Vista Equity Partners")]
    [InlineData("The founder sold a 10% stake for $50 million to Tiger Global.", "$50 million", "Tiger Global")]
    public void Read_StakeSoldToABuyer_TheBuyerInvests(string sentence, string at, string buyer)
    {
        Assert.Equal(buyer, Figure(sentence, at).Investor);
    }

    [Theory]
    // A majority stake sold is a takeover's price, not an investment.
    [InlineData("Intel sold a 51% stake in Altera for $4.46 billion.", "$4.46 billion")]
    // No percentage: whether the stake is a minority is not said.
    [InlineData("Vodafone sold its stake in the venture for $330 million.", "$330 million")]
    public void Read_StakeNotShownToBeAMinority_IsNoInvestmentByThisRule(string sentence, string at)
    {
        Assert.NotEqual(Metric.Investment, Figure(sentence, at).Metric);
    }
}
