using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The attribution-tail mend (MetricRules.PooledMoney.cs): an attribution closing the sentence ("according to a filing", "according to
/// Reuters", "according to people familiar with the matter") says who told, and never changes the figure's metric; only a counter named
/// there (a tracker's data, a survey, an analytics firm) makes investors in general a market's total.
/// </summary>
public sealed class AttributionTailTests
{
    [Theory]
    [InlineData("Investors put in $3 billion, according to a filing.")]
    [InlineData("Investors put in $3 billion, according to Reuters.")]
    [InlineData("Investors put in $3 billion, according to people familiar with the matter.")]
    [InlineData("Investors invested $3 billion, according to a regulatory filing.")]
    [InlineData("Investors poured $3 billion into the company, according to the company.")]
    [InlineData("Investors put in $3 billion, according to a person briefed on the deal.")]
    public void Read_InvestorsMoneyWithAttributionTail_MetricIsAsWithoutIt(string text)
    {
        var withoutTail = text[..text.IndexOf(", according", StringComparison.Ordinal)] + ".";

        var metric = Read(text).Figures.Single().Metric;

        Assert.Equal(Read(withoutTail).Figures.Single().Metric, metric);
        Assert.Equal(Metric.Investment, metric);
    }

    [Theory]
    [InlineData("Investors put in $3 billion, according to PitchBook data.", "Investors put in $3 billion, according to a filing.")]
    [InlineData("Investors poured $3 billion into startups, according to analytics firm Dealroom.", "Investors poured $3 billion into the company, according to Reuters.")]
    [InlineData("Investors put in $3 billion, according to Crunchbase.", "Investors put in $3 billion, according to people familiar with the matter.")]
    public void Read_InvestorsMoneyCountedByATrackerOrTold_OnlyTheTrackersCountIsOther(string counted, string told)
    {
        Assert.Null(Read(counted).Figures.Single().Metric);
        Assert.Equal(Metric.Investment, Read(told).Figures.Single().Metric);
    }
}
