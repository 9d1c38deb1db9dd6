using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// An issuer's own bond sale is a round size whoever the issuer is (convention M5; MetricRules.BondSales.cs). Rows: corpus sentences the
/// rule was written from (issue84, read after its unseen measure), generated frames (issuers × amounts) and counter-examples: an order
/// book, bonds bought, debt owed, many issuers' total.
/// </summary>
public sealed class BondSalesTests
{
    private static readonly string[] _issuers = ["Nigeria", "Kenya", "Oracle"];
    private static readonly string[] _amounts = ["$1.25 billion", "€700 million", "¥50 billion"];

    public static TheoryData<string, string> BondSales => EveryFrameWithEveryNameAndAmount(
    [
        "On Thursday, {0} sold {1} of 12-year securities with a yield of 7.14 percent.",
        "{0} has issued a {1} Eurobond to fund business growth.",
        "{0} began the sale of a {1} Eurobond on Wednesday.",
        "Mid-May, {0} raised {1} during a Eurobond issuance divided into two lots.",
        "{0} raised {1} from a sale of bonds in a bid to satisfy credit rating agencies.",
        "The {1} sale of 15-year debt by {0} attracted strong demand.",
    ], _issuers, _amounts);

    public static TheoryData<string, string> NotASale => EveryFrameWithEveryNameAndAmount(
    [
        "The fund bought {1} of Treasuries issued by {0}.",
        "{0} has {1} of debt.",
        "The sale by {0} attracted more than {1} of orders.",
    ], _issuers, _amounts);

    [Theory]
    [MemberData(nameof(BondSales))]
    // issue84 (https://www.reuters.com/ …): a country's securities sold.
    [InlineData("On Thursday, Nigeria sold $1.25 billion of 12-year securities with a yield of 7.14 percent and a separate 20-year tranche, also $1.25 billion, at 7.7 percent, according to the finance ministry.", "$1.25 billion")]
    // issue84: a sale of debt named before what it is.
    [InlineData("The €12bn sale of 15-year debt attracted more than €135bn of orders, and marked the largest green bond deal.", "€12bn")]
    // issue84: a state bank's Eurobond.
    [InlineData("Nigeria’s Bank of Industry (BOI) has issued a €700 million Eurobond to fund business growth in Nigeria.", "€700 million")]
    public void Read_IssuersOwnBondSale_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [MemberData(nameof(NotASale))]
    // issue68: many issuers' total for a year.
    [InlineData("US companies have sold $1.7tn of investment-grade bonds in 2025, a near-record sum stoked by a rush of borrowing.", "$1.7tn")]
    // issue84: an order book beside the sale.
    [InlineData("The €12bn sale of 15-year debt attracted more than €135bn of orders.", "more than €135bn")]
    public void Read_BondsBoughtOwedOrOrdered_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }
}
