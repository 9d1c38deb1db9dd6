using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A stake built up or bought, then what it is worth, is the buyer's investment (<c>MetricRules.Cues</c>); a stake merely held and
/// what it is worth now is not.
/// </summary>
public sealed class StakesBoughtTests
{
    [Theory]
    // blind41 and blind44 (corpus), read after their first runs.
    [InlineData("LONDON/DUBAI (Reuters) – Saudi Arabia’s STC Group has amassed a 9.9% stake in Telefonica worth 2.1 billion euros ($2.25 billion), in a move to become the Spanish telecom giant’s top shareholder.", "2.1 billion euros", "STC Group")]
    [InlineData("Brookfield will first acquire a 20.3 percent stake owned by Light in Renova, worth about 200 million reais ($64 million) at current market prices.", "200 million reais", "Brookfield")]
    // Written variants.
    [InlineData("The fund has quietly built up a 5% stake in the lender worth about $1.2 billion.", "$1.2 billion", null)]
    [InlineData("Tencent snapped up a 12% stake in the game studio worth $500 million.", "$500 million", "Tencent")]
    public void Read_StakeBuiltUpOrBoughtThenWorth_IsTheBuyersInvestment(string sentence, string at, string? investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        if (investor is not null)
        {
            Assert.Equal(investor, figure.Investor);
        }
    }

    [Theory]
    // https://dailytimestory.blogspot.com/2022/04/vanguard-group-dislodges-elon-musk-as.html
    [InlineData("Vanguard’s holdings in Twitter are now worth $3.78 billion, based on the stock’s closing price on Wednesday.", "$3.78 billion")]
    public void Read_StakeHeldThenWorth_IsNoInvestment(string sentence, string at)
    {
        Assert.NotEqual(Metric.Investment, Figure(sentence, at).Metric);
    }
}
