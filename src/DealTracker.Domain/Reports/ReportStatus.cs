namespace DealTracker.Domain.Reports;

public enum ReportStatus
{
    /// <summary>The report stands as published.</summary>
    Standing,

    /// <summary>Withdrawn (by its outlet, or found to be wrong); kept and shown as retracted, its claims no longer counted.</summary>
    Retracted,
}
