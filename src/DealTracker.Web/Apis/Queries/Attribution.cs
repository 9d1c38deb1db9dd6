using DealTracker.Domain.Analysis;
using DealTracker.Domain.Reports;
using DealTracker.Domain.Text;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Evidence;
using DealTracker.Web.Services.Exchange;

namespace DealTracker.Web.Apis.Queries;

/// <summary>
/// On whose authority a set of reports stands: what each relies on directly, and the independent
/// origins its reliance chains lead back to (through <see cref="SourceGraph"/>). Loaded in one
/// query for the whole set, following chains through reports outside it, whatever its size.
/// </summary>
internal sealed class Attribution
{
    private readonly SourceGraph _graph;
    private readonly ILookup<int, RelianceDto> _reliesOn;
    private readonly Dictionary<int, NamedRef> _outlets;

    private Attribution(IReadOnlyCollection<AttributedReport> reports, RelianceChains chains)
    {
        var edges = chains.Edges;
        _outlets = reports.Select(r => (r.OutletId, r.Outlet))
            .Concat(edges.Select(e => (e.SourceOutletId, new NamedRef(e.SourceOutletSlug, e.SourceOutletName))))
            .Concat(edges.Select(e => (e.ReliedOnOutletId, new NamedRef(e.TargetSlug, e.TargetName))))
            .GroupBy(o => o.Item1)
            .ToDictionary(g => g.Key, g => g.First().Item2);
        _reliesOn = edges.ToLookup(
            e => e.ReportId,
            e => new RelianceDto(new NamedRef(e.TargetSlug, e.TargetName), EnumNames.Token(e.RelianceKind), e.TargetReportId));
        _graph = chains.GraphWith(reports.Select(r => new ReportRef(r.Id, r.OutletId, r.Outlet.Name, null)));
    }

    /// <summary>What the report relies on directly, in the order the editor entered it.</summary>
    public IReadOnlyList<RelianceDto> ReliesOn(int reportId) => [.. _reliesOn[reportId]];

    /// <summary>The independent origins behind the report: the report itself when it relies on no one.</summary>
    public IReadOnlyList<OriginDto> OriginsOf(int reportId) =>
        [.. _graph.RootsOf(reportId).Select(root => new OriginDto(
            root.Origin.OutletId is { } outletId && _outlets.TryGetValue(outletId, out var outlet) ? outlet : null,
            root.ReportId, root.Origin.Label))];

    /// <summary>The reliance chains behind the reports, in one query.</summary>
    public static async Task<Attribution> LoadAsync(DealTrackerDbContext db, IReadOnlyCollection<AttributedReport> reports, CancellationToken cancellationToken) =>
        new(reports, await RelianceChains.ForReportsAsync(db, reports.Select(r => r.Id), cancellationToken));
}

/// <summary>A report to attribute: its id and its outlet.</summary>
internal sealed record AttributedReport(int Id, int OutletId, NamedRef Outlet);
