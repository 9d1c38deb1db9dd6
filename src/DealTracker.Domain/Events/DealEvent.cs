using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.History;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.Events;

/// <summary>A dated happening on a deal's timeline, backed by the reports that tell of it.</summary>
public class DealEvent : IVersioned
{
    public int Id { get; set; }

    /// <summary>Goes up by one with every saved edit (optimistic concurrency).</summary>
    public int Version { get; set; }

    public int DealId { get; set; }

    public Deal? Deal { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public DatePrecision? OccurredPrecision { get; set; }

    /// <summary>The last day it may have happened on: what "as of" views filter on.</summary>
    public DateOnly? OccurredUntil { get; set; }

    public List<Report> Reports { get; set; } = [];

    /// <summary>When it happened, as precisely as known; null when the sources give no date.</summary>
    public PartialDate? Occurred
    {
        get => OccurredOn is { } start ? PartialDate.From(start, OccurredPrecision ?? DatePrecision.Day) : null;
        set
        {
            OccurredOn = value?.Start;
            OccurredPrecision = value?.Precision;
            OccurredUntil = value?.End;
        }
    }
}
