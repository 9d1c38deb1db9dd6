using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The last of the conventions' classes (MetricRules.ConventionClasses.cs): a price of one share is other whatever frame it sits in.
/// Rows: issue87 and issue88's misses the rule was fitted to (read after their unseen measure) and frames.
/// </summary>
public sealed class ConventionClassesTests
{
    [Theory]
    // issue87 (https://www.dailyexpertnews.com/world/metsera-calls-novo-nordisks-new-offer-superior-to-pfizers-offer/): a takeover proposal's price per share, after "values … at".
    [InlineData("Novo Nordisk's new proposal values Metsera at up to $86.20 per share, for a total of about $10 billion.", "up to $86.20")]
    [InlineData("Meanwhile, Pfizer's new proposal values Metsera at up to $70 per share, for a total of about $8.1 billion.", "up to $70")]
    // issue88 (https://test.daily8.com/en/article/29302d8a86162e6129a4a52e4aeccf37): "the offer values X at $Y per share".
    [InlineData("The offer values Core Scientific at $20.40 per share, representing a premium of around 66 per cent compared to the stock's closing price.", "$20.40")]
    [InlineData("The deal values the startup at $12 a share.", "$12")]
    public void Read_PricePerShare_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // The total the same proposal puts on the company stays a valuation of the deal.
    [InlineData("The deal values the startup at $12 billion.", "$12 billion")]
    public void Read_ValueOfTheWholeCompany_IsAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }
}
