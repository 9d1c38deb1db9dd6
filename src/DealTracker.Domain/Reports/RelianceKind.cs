namespace DealTracker.Domain.Reports;

/// <summary>How a report leans on another report or outlet. Any of them means: not an independent source.</summary>
public enum RelianceKind
{
    /// <summary>"citing the Wall Street Journal".</summary>
    Cites,

    /// <summary>"a Wall Street Journal summary (via the Benton Institute)".</summary>
    Summarises,

    /// <summary>"reiterating the figures after the WSJ story circulated".</summary>
    Repeats,
}
