namespace DealTracker.Domain.Analysis;

/// <summary>
/// Who stands behind a figure: the outlets that carry it, who reported it first and when,
/// and how many independent origins remain once reliance chains are followed to their roots.
/// Ten outlets repeating one scoop is one origin.
/// </summary>
public sealed record Corroboration(
    IReadOnlyList<ReportRef> Reports,
    IReadOnlyList<string> Outlets,
    ReportRef? First,
    IReadOnlyList<Origin> Origins)
{
    public int OutletCount => Outlets.Count;

    public int IndependentCount => Origins.Count;

    /// <summary>Analyses the reports that carry one figure.</summary>
    public static Corroboration Of(IEnumerable<ReportRef> carrying, SourceGraph graph)
    {
        var reports = carrying
            .DistinctBy(r => r.ReportId)
            .OrderBy(r => r.Published is null)
            .ThenBy(r => r.Published)
            .ThenBy(r => r.ReportId)
            .ToList();
        var outlets = reports.Select(r => r.OutletName).Distinct().ToList();
        var first = reports.FirstOrDefault(r => r.Published is not null);
        var origins = reports
            .SelectMany(r => graph.OriginsOf(r.ReportId))
            .DistinctBy(o => o.Key)
            .OrderBy(o => o.Label, StringComparer.Ordinal)
            .ToList();
        return new Corroboration(reports, outlets, first, origins);
    }

    /// <summary>
    /// How many independent origins stand behind the dated reports among these: the <see cref="IndependentCount"/>
    /// of <see cref="Of"/> over the reports with a date, without listing, sorting or naming anything.
    /// </summary>
    public static int DatedOriginCount(IEnumerable<ReportRef> carrying, SourceGraph graph) =>
        carrying
            .Where(r => r.Published is not null)
            .SelectMany(r => graph.OriginsOf(r.ReportId))
            .Select(o => o.Key)
            .Distinct()
            .Count();
}
