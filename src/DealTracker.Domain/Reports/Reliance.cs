namespace DealTracker.Domain.Reports;

/// <summary>
/// One report relying on another report, or on an outlet's reporting when the piece
/// itself is not in the store ("attributed to WSJ reporting"). Exactly one target is set.
/// </summary>
public class Reliance
{
    public int Id { get; set; }

    public int ReportId { get; set; }

    public Report? Report { get; set; }

    public int? TargetReportId { get; set; }

    public Report? TargetReport { get; set; }

    public int? TargetOutletId { get; set; }

    public Outlets.Outlet? TargetOutlet { get; set; }

    public RelianceKind Kind { get; set; }

    /// <summary>The words that show the reliance: "citing the Wall Street Journal".</summary>
    public string? Note { get; set; }
}
