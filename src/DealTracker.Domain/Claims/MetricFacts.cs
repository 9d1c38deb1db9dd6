namespace DealTracker.Domain.Claims;

public static class MetricFacts
{
    /// <summary>Metrics whose value is a money amount; their claims must carry one, with its quote.</summary>
    public static bool IsMoney(this Metric metric) =>
        metric is Metric.Investment or Metric.RoundSize or Metric.Valuation or Metric.ComputeCommitment or Metric.Revenue;
}
