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
    public static Corroboration Of(IEnumerable<ReportRef> carrying, SourceGraph graph) => Analyse(carrying, graph).Corroboration;

    /// <summary>
    /// How many independent origins stand behind the dated reports among these: the <see cref="IndependentCount"/>
    /// of <see cref="Of"/> over the reports with a date.
    /// </summary>
    public static int DatedOriginCount(IEnumerable<ReportRef> carrying, SourceGraph graph) => Analyse(carrying, graph).DatedOriginCount;

    /// <summary>
    /// <see cref="Of"/> and <see cref="DatedOriginCount"/> of the same reports in one pass over them (the headline
    /// figures ask both of every value): each report's origins are looked up once.
    /// </summary>
    public static (Corroboration Corroboration, int DatedOriginCount) Analyse(IEnumerable<ReportRef> carrying, SourceGraph graph)
    {
        var count = carrying.TryGetNonEnumeratedCount(out var known) ? known : 0;
        var seen = new HashSet<int>(count);
        var reports = new List<ReportRef>(count);
        foreach (var report in carrying)
        {
            if (seen.Add(report.ReportId))
            {
                reports.Add(report);
            }
        }

        // Report ids are distinct now, so the order is total and an unstable sort gives what a stable one would.
        reports.Sort(InDateOrder);
        var outlets = new List<string>();
        var outletNames = new HashSet<string>(StringComparer.Ordinal);
        var origins = new List<Origin>();
        var originKeys = new HashSet<string>(StringComparer.Ordinal);
        var datedKeys = new HashSet<string>(StringComparer.Ordinal);
        ReportRef? first = null;
        foreach (var report in reports)
        {
            if (outletNames.Add(report.OutletName))
            {
                outlets.Add(report.OutletName);
            }

            var dated = report.Published is not null;
            first ??= dated ? report : null;
            var reportOrigins = graph.OriginsOf(report.ReportId);
            for (var i = 0; i < reportOrigins.Count; i++)
            {
                var origin = reportOrigins[i];
                if (originKeys.Add(origin.Key))
                {
                    origins.Add(origin);
                }

                if (dated)
                {
                    datedKeys.Add(origin.Key);
                }
            }
        }

        // A stable sort: origins of the same name keep the order they were met in.
        List<Origin> byLabel = origins.Count < 2 ? origins : [.. origins.OrderBy(o => o.Label, StringComparer.Ordinal)];
        return (new Corroboration(reports, outlets, first, byLabel), datedKeys.Count);
    }

    /// <summary>Dated reports first, the earliest first; then the undated; report id last.</summary>
    private static int InDateOrder(ReportRef a, ReportRef b) => (a.Published, b.Published) switch
    {
        ({ } x, { } y) when x.CompareTo(y) is var byDate and not 0 => byDate,
        (null, not null) => 1,
        (not null, null) => -1,
        _ => a.ReportId.CompareTo(b.ReportId),
    };
}
