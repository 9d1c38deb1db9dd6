namespace DealTracker.Web.Data.Headlines;

/// <summary>
/// What the deals page shows of a deal's first headline figure, worked out when the evidence behind it is
/// saved (<see cref="DealHeadlineChanges"/>), not on every render: the lead value in words, the figure's
/// title and who reported it first. One row per deal; the figure's columns are null when the deal has no
/// standing money figure. Not part of the record: it keeps no history and is rebuilt from the claims.
/// </summary>
public sealed class DealHeadline
{
    public int DealId { get; set; }

    /// <summary>The lead value in hedge words: "up to $50B".</summary>
    public string? Figure { get; set; }

    /// <summary>"Amazon's investment".</summary>
    public string? FigureTitle { get; set; }

    /// <summary>"first reported by Reuters, 2026-01-29".</summary>
    public string? FigureSource { get; set; }
}
