namespace DealTracker.Web.Data.Headlines;

/// <summary>
/// What the deals page shows of a deal's first headline figure, worked out when the evidence behind it is
/// saved (<see cref="DealHeadlineChanges"/>), not on every render: the lead value in words, the figure's
/// title and who reported it first. One row per deal; the figure's columns are null when the deal has no
/// standing money figure. The same save also keeps the deal's pages' costly parts as they stand (the overview's
/// figure cards, latest reports and counts, the compare page's view, the timeline's outlet filter), as JSON. Not
/// part of the record: it keeps no history and is rebuilt from the claims.
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

    /// <summary>
    /// The overview's headline figure cards, latest reports and counts as they stand (no <c>asOf</c>), as JSON; null
    /// until worked out (a row from before the column). <see cref="Services.Evidence.DealHeadlines"/> writes it.
    /// </summary>
    public string? OverviewJson { get; set; }

    /// <summary>The compare page's matrix, charts and reliance graph as they stand, as JSON; null until worked out.</summary>
    public string? CompareJson { get; set; }

    /// <summary>The timeline's outlet filter (every outlet with a claim about the deal), as JSON; null until worked out.</summary>
    public string? TimelineOutletsJson { get; set; }

    /// <summary>
    /// What the deal's <c>?asOf=</c> views are cut from: its dated reports, their outlets, its standing comparable claims and
    /// the reliance edges behind them, in the compact binary form of <see cref="Services.Evidence.KeptEvidence"/>; null until
    /// worked out (a row from before the column).
    /// </summary>
    public byte[]? AsOfEvidence { get; set; }
}
