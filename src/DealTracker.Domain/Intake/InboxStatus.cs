namespace DealTracker.Domain.Intake;

/// <summary>Where an inbox item stands: waiting, made into a report, or set aside.</summary>
public enum InboxStatus
{
    New,

    /// <summary>An editor saved a report from it (<see cref="InboxItem.ReportId"/>).</summary>
    Done,

    /// <summary>An editor set it aside, with an optional reason.</summary>
    Dismissed,
}
