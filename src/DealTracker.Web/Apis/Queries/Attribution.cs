using DealTracker.Domain.Analysis;
using DealTracker.Domain.Reports;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Exchange;
using Microsoft.EntityFrameworkCore;

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

    private Attribution(IReadOnlyCollection<AttributedReport> reports, List<ChainRow> edges)
    {
        _outlets = reports.Select(r => (r.OutletId, r.Outlet))
            .Concat(edges.Select(e => (e.SourceOutletId, new NamedRef(e.SourceOutletSlug, e.SourceOutletName))))
            .Concat(edges.Select(e => (e.TargetReportOutletId ?? e.TargetOutletId ?? 0, new NamedRef(e.TargetSlug, e.TargetName))))
            .GroupBy(o => o.Item1)
            .ToDictionary(g => g.Key, g => g.First().Item2);
        _reliesOn = edges.OrderBy(e => e.Id).ToLookup(
            e => e.ReportId,
            e => new RelianceDto(new NamedRef(e.TargetSlug, e.TargetName), ExchangeText.Token(Enum.Parse<RelianceKind>(e.Kind)), e.TargetReportId));
        _graph = new SourceGraph(
            reports.Select(r => new ReportRef(r.Id, r.OutletId, r.Outlet.Name, null))
                .Concat(edges.Select(e => new ReportRef(e.ReportId, e.SourceOutletId, e.SourceOutletName, null)))
                .Concat(edges.Where(e => e.TargetReportId is not null)
                             .Select(e => new ReportRef(e.TargetReportId!.Value, e.TargetReportOutletId!.Value, e.TargetName, null))),
            edges.Select(e => new RelianceEdge(e.ReportId, e.TargetReportId, e.TargetOutletId, Enum.Parse<RelianceKind>(e.Kind))),
            edges.Where(e => e.TargetOutletId is not null).DistinctBy(e => e.TargetOutletId).ToDictionary(e => e.TargetOutletId!.Value, e => e.TargetName));
    }

    /// <summary>What the report relies on directly, in the order the editor entered it.</summary>
    public IReadOnlyList<RelianceDto> ReliesOn(int reportId) => [.. _reliesOn[reportId]];

    /// <summary>The independent origins behind the report: the report itself when it relies on no one.</summary>
    public IReadOnlyList<OriginDto> OriginsOf(int reportId) =>
        [.. _graph.RootsOf(reportId).Select(root => new OriginDto(
            root.Origin.OutletId is { } outletId && _outlets.TryGetValue(outletId, out var outlet) ? outlet : null,
            root.ReportId, root.Origin.Label))];

    /// <summary>The reliance chains behind the reports, in one query.</summary>
    public static async Task<Attribution> LoadAsync(DealTrackerDbContext db, IReadOnlyCollection<AttributedReport> reports, CancellationToken cancellationToken)
    {
        // The ids travel as one parameter (a JSON array on SQLite, an integer[] on PostgreSQL): one statement
        // (and one cached plan) whatever their number. Quoted identifiers read the same on both providers.
        var distinct = reports.Select(r => r.Id).Distinct().ToArray();
        var postgreSql = db.Database.IsNpgsql();
        object ids = postgreSql ? distinct : System.Text.Json.JsonSerializer.Serialize(distinct);
        var edges = await db.Database.SqlQueryRaw<ChainRow>(postgreSql ? PostgreSqlChainsSql : SqliteChainsSql, ids).ToListAsync(cancellationToken);
        return new Attribution(reports, edges);
    }

    private const string SqliteChainsSql = "WITH RECURSIVE reached(\"Id\") AS (SELECT value FROM json_each({0})" + ChainsSql;

    private const string PostgreSqlChainsSql = "WITH RECURSIVE reached(\"Id\") AS (SELECT unnest({0})" + ChainsSql;

    private const string ChainsSql = """

                UNION
                SELECT r."TargetReportId" FROM "Reliances" r JOIN reached ON r."ReportId" = reached."Id"
                WHERE r."TargetReportId" IS NOT NULL
            )
            SELECT r."Id", r."ReportId", r."TargetReportId", r."TargetOutletId", r."Kind",
                   sr."OutletId" AS "SourceOutletId", so."Slug" AS "SourceOutletSlug", so."Name" AS "SourceOutletName",
                   tr."OutletId" AS "TargetReportOutletId",
                   COALESCE(tro."Slug", tout."Slug") AS "TargetSlug",
                   COALESCE(tro."Name", tout."Name") AS "TargetName"
            FROM "Reliances" r
            JOIN reached ON r."ReportId" = reached."Id"
            JOIN "Reports" sr ON sr."Id" = r."ReportId"
            JOIN "Outlets" so ON so."Id" = sr."OutletId"
            LEFT JOIN "Reports" tr ON tr."Id" = r."TargetReportId"
            LEFT JOIN "Outlets" tro ON tro."Id" = tr."OutletId"
            LEFT JOIN "Outlets" tout ON tout."Id" = r."TargetOutletId"
            """;

    /// <summary>One reliance edge reached from the reports, with the outlets on both ends.</summary>
    public sealed class ChainRow
    {
        public int Id { get; init; }

        public int ReportId { get; init; }

        public int? TargetReportId { get; init; }

        public int? TargetOutletId { get; init; }

        public required string Kind { get; init; }

        public int SourceOutletId { get; init; }

        public required string SourceOutletSlug { get; init; }

        public required string SourceOutletName { get; init; }

        public int? TargetReportOutletId { get; init; }

        public required string TargetSlug { get; init; }

        public required string TargetName { get; init; }
    }
}

/// <summary>A report to attribute: its id and its outlet.</summary>
internal sealed record AttributedReport(int Id, int OutletId, NamedRef Outlet);
