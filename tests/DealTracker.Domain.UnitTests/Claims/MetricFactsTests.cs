using DealTracker.Domain.Claims;

namespace DealTracker.Domain.UnitTests.Claims;

public sealed class MetricFactsTests
{
    [Theory]
    [InlineData(Metric.Investment)]
    [InlineData(Metric.RoundSize)]
    [InlineData(Metric.Valuation)]
    [InlineData(Metric.ComputeCommitment)]
    [InlineData(Metric.Revenue)]
    public void IsMoney_MoneyMetric_ReturnsTrue(Metric metric)
    {
        Assert.True(metric.IsMoney());
    }

    [Theory]
    [InlineData(Metric.Participation)]
    [InlineData(Metric.StageOfTalks)]
    [InlineData(Metric.Response)]
    [InlineData(Metric.Context)]
    public void IsMoney_FactMetric_ReturnsFalse(Metric metric)
    {
        Assert.False(metric.IsMoney());
    }
}
