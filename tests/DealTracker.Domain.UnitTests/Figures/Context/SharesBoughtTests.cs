using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Shares or a stake bought are the buyer's investment (convention M1; MetricRules.SharesBought.cs). Rows: corpus sentences the rule was
/// written from (issue84 and issue85, read after their unseen measure), generated frames (buyers × amounts) and counter-examples: the price
/// of one share, the size of what a stake is in, a market sale. (Left alone: "Naver will acquire 100 percent of Wattpad shares for
/// approximately $600 million", a whole company that another rule reads as an investment, issue85's miss.)
/// </summary>
public sealed class SharesBoughtTests
{
    private static readonly string[] _buyers = ["Sony", "Kakao Corp", "Torrent Group"];
    private static readonly string[] _amounts = ["50 billion yen", "$320 million", "Rs 5,025 crore"];

    public static TheoryData<string, string> SharesBought => EveryFrameWithEveryNameAndAmount(
    [
        "{0} is purchasing a total of 12,054,100 new shares of Kadokawa Corporation for {1}.",
        "In the disclosure, {0} said its cash purchase of Lee Soo-man’s stocks amounted to {1}.",
        "The value of the deal is estimated at Rs 7,500 crore, with {0} paying {1} to acquire 66 per cent.",
        "The ownership of these shares, which cost {1}, makes {0} the largest shareholder.",
    ], _buyers, _amounts);

    public static TheoryData<string, string> NotShareMoney => EveryFrameWithEveryNameAndAmount(
    [
        "{0} agreed to buy 20 percent of Lifestyle for {1} a share.",
        "{0} is in talks to purchase a 15 per cent stake in the {1} Reko Diq mining project.",
        "{0} said the sale of its shares on the open market raised {1}.",
    ], _buyers, _amounts);

    [Theory]
    [MemberData(nameof(SharesBought))]
    // issue85 (https://www.siliconera.com/ …): new shares bought.
    [InlineData("Sony is purchasing a total of 12,054,100 new shares of Kadokawa Corporation for 50 billion yen, or almost $320 million USD.", "50 billion yen")]
    // issue85: a cash purchase of stock.
    [InlineData("In the disclosure, HYBE said its cash purchase of Lee Soo-man’s stocks amounted to 422.8 billion won ($334 million).", "422.8 billion won")]
    // issue84: money paid for stakes.
    [InlineData("The investors, should regulatory clearance be forthcoming, will pay Portugal Telecom SGPS SA (NYSE: PT) and Telefónica SA (NYSE: TEF) €400 million ($568 million) each for their respective 32.18 percent stakes.", "€400 million")]
    public void Read_SharesOrStakeBought_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    /// <summary>The one paid for a stake is its seller, not its investor.</summary>
    [Fact]
    public void Read_SellersPaidForTheirStakes_AreNoInvestors()
    {
        var figure = Figure("The investors, should regulatory clearance be forthcoming, will pay Portugal Telecom SGPS SA (NYSE: PT) and Telefónica SA (NYSE: TEF) €400 million ($568 million) each for their respective 32.18 percent stakes.", "€400 million");

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Null(figure.Investor);
    }

    [Theory]
    [MemberData(nameof(NotShareMoney))]
    // issue74: the price of one share.
    [InlineData("Nvidia will purchase Intel shares at $23.28 each, giving it nearly a 4% stake in the company.", "$23.28")]
    public void Read_SharePriceWholeCompanyOrMarketTrade_IsNotAStakeBought(string sentence, string at)
    {
        Assert.NotEqual(Metric.Investment, Figure(sentence, at).Metric);
    }
}
