using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A deal, agreement or offer the figure sizes to buy a minority stake is the buyer's investment, the buyer being the clause's subject
/// (<c>InvestorRules.StakeDealBuyVerb</c>, <c>InvestorRules.StakeDealBuyer</c>); a deal for a whole company or a majority stays other.
/// </summary>
public sealed class StakeDealsTests
{
    [Theory]
    // blind41, blind39 and blind32 misses.
    [InlineData("Aramco has signed a definitive agreement to purchase a minority stake in liquefied natural gas (LNG) company MidOcean Energy in a deal valued at $500m (SR1.8bn).", "$500m", "Aramco")]
    [InlineData("Aramco has signed a definitive agreement to purchase a minority stake in liquefied natural gas (LNG) company MidOcean Energy in a deal valued at $500m (SR1.8bn).", "SR1.8bn", "Aramco")]
    [InlineData("(Bloomberg) -- Blackstone Inc. is close to a C$7 billion ($5 billion) agreement to buy a minority stake in parts of Rogers Communications Inc.’s wireless infrastructure, according to a person familiar with the matter.", "C$7 billion", "Blackstone Inc.")]
    // Written variant.
    [InlineData("Temasek is nearing a $400 million deal to acquire a 12% stake in the logistics firm, people familiar with the matter said.", "$400 million", "Temasek")]
    public void Read_DealForAMinorityStake_IsTheBuyersInvestment(string sentence, string at, string buyer)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(buyer, figure.Investor);
    }

    [Theory]
    // blind32 miss: the buyer is not named in the clause; the metric is read.
    [InlineData("Meta’s latest move in the AI space has stunned the industry: a massive $14.3 billion deal to acquire a 49% stake in Scale AI, a company renowned for delivering high-quality training data for artificial intelligence models.", "$14.3 billion")]
    public void Read_DealForAMinorityStakeWithTheBuyerElsewhere_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Theory]
    // Outside the corpus: a whole company, a majority, assets.
    // https://megaproject.com/news/oilandgas/brookfield-infrastructure-to-acquire-colonial-pipeline-in-9-billion-deal
    [InlineData("Brookfield Infrastructure Partners LP and its institutional partners have agreed to acquire Colonial Enterprises Inc., the operator of the largest fuel pipeline in the United States, in a transaction valued at $9 billion.", "$9 billion")]
    // https://www.ainvest.com/news/blackstone-group-bx-us-is-set-to-acquire-a-minority-stake-in-eqt-corporation-s-eqt-us-interstate-natural-gas-pipeline-for-3-5-billion-24101010660b20b1124e400e/
    [InlineData("EQT has agreed to sell $1.1 billion in assets to Equinor and said at the time it planned to sell a minority stake in its pipelines.", "$1.1 billion")]
    // Written variants.
    public void Read_DealForAWholeCompanyOrAMajority_IsNoInvestment(string sentence, string at)
    {
        Assert.NotEqual(Metric.Investment, Figure(sentence, at).Metric);
    }

    /// <summary>Moved in the stakes-control realignment from Read_DealForAWholeCompanyOrAMajority_IsNoInvestment, which asserted the old
    /// convention (a majority, controlling, remaining or whole stake's price, or a stake sold with no buyer, was no investment): in the
    /// issue's reading a stake of any size bought is the buyer's investment.</summary>
    [Theory]
    [InlineData("The fund signed a $2 billion agreement to buy a 60% stake in the operator.", "$2 billion")]
    [InlineData("The fund signed a $2 billion agreement to buy a majority stake in the operator.", "$2 billion")]
    public void Read_DealForAMajorityStake_IsAnInvestment(string sentence, string at) =>
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
}
