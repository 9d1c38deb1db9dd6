using DealTracker.Domain.Analysis;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Evidence;

/// <summary>
/// The reliance edges reachable from a set of reports, following chains through reports outside
/// the set, in one recursive CTE whatever the number of reports or the length of the chains; and
/// the <see cref="SourceGraph"/> over them. The deal pages start from a deal's reports, the API's
/// lists from a page of report ids.
/// </summary>
internal sealed class RelianceChains
{
    // Quoted identifiers: the same statement on SQLite and PostgreSQL; the seed is chosen from constants.
    private const string Start = "WITH RECURSIVE reached(\"Id\") AS (";

    private const string DealChainsSql = Start + "SELECT c.\"ReportId\" FROM \"Claims\" c WHERE c.\"DealId\" = {0}" + ChainsSql;

    // The ids travel as one parameter (a JSON array on SQLite, an integer[] on PostgreSQL): one statement
    // (and one cached plan) whatever their number.
    private const string SqliteReportChainsSql = Start + "SELECT value FROM json_each({0})" + ChainsSql;

    private const string PostgreSqlReportChainsSql = Start + "SELECT unnest({0})" + ChainsSql;

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
            ORDER BY r."Id"
            """;

    // The other direction, for the write path: every report whose chains reach one of these reports, and their claims' deals.
    private const string ReachingSql = """

                UNION
                SELECT r."ReportId" FROM "Reliances" r JOIN reaching ON r."TargetReportId" = reaching."Id"
            )
            SELECT DISTINCT c."DealId" AS "Value" FROM "Claims" c JOIN reaching ON c."ReportId" = reaching."Id"
            """;

    private const string SqliteReachingSql = "WITH RECURSIVE reaching(\"Id\") AS (SELECT value FROM json_each({0})" + ReachingSql;

    private const string PostgreSqlReachingSql = "WITH RECURSIVE reaching(\"Id\") AS (SELECT unnest({0})" + ReachingSql;

    private RelianceChains(List<ChainRow> edges) => Edges = edges;

    /// <summary>Every edge reached, in the order the editors entered them.</summary>
    public IReadOnlyList<ChainRow> Edges { get; }

    /// <summary>The chains behind every report that carries a claim about the deal.</summary>
    public static Task<RelianceChains> ForDealAsync(DealTrackerDbContext db, int dealId, CancellationToken cancellationToken) =>
        LoadAsync(db, DealChainsSql, dealId, cancellationToken);

    /// <summary>The chains behind these reports.</summary>
    public static Task<RelianceChains> ForReportsAsync(DealTrackerDbContext db, IEnumerable<int> reportIds, CancellationToken cancellationToken)
    {
        var (sql, ids) = Seed(db, reportIds, SqliteReportChainsSql, PostgreSqlReportChainsSql);
        return LoadAsync(db, sql, ids, cancellationToken);
    }

    /// <summary>The deals with a claim in these reports or in any report whose reliance chains reach them.</summary>
    public static async Task<List<int>> DealsReachingAsync(DealTrackerDbContext db, IEnumerable<int> reportIds, CancellationToken cancellationToken)
    {
        var (sql, ids) = Seed(db, reportIds, SqliteReachingSql, PostgreSqlReachingSql);
        return await db.Database.SqlQueryRaw<int>(sql, ids).ToListAsync(cancellationToken);
    }

    /// <summary>The statement for the provider, and the ids as its one parameter.</summary>
    private static (string Sql, object Ids) Seed(DealTrackerDbContext db, IEnumerable<int> reportIds, string sqlite, string postgreSql)
    {
        var distinct = reportIds.Distinct().ToArray();
        return db.Database.IsNpgsql() ? (postgreSql, distinct) : (sqlite, System.Text.Json.JsonSerializer.Serialize(distinct));
    }

    private static async Task<RelianceChains> LoadAsync(DealTrackerDbContext db, string sql, object seed, CancellationToken cancellationToken) =>
        new(await db.Database.SqlQueryRaw<ChainRow>(sql, seed).ToListAsync(cancellationToken));

    /// <summary>The reliance graph over <paramref name="reports"/> and every report the edges mention.</summary>
    public SourceGraph GraphWith(IEnumerable<ReportRef> reports)
    {
        var all = reports
            .Concat(Edges.Select(e => new ReportRef(e.ReportId, e.SourceOutletId, e.SourceOutletName, null)))
            .Concat(Edges.Where(e => e.TargetReportId is not null)
                         .Select(e => new ReportRef(e.TargetReportId!.Value, e.TargetReportOutletId!.Value, e.TargetName, null)));
        var outletNames = Edges
            .Where(e => e.TargetOutletId is not null)
            .DistinctBy(e => e.TargetOutletId)
            .ToDictionary(e => e.TargetOutletId!.Value, e => e.TargetName);
        return new SourceGraph(all, Edges.Select(e => new RelianceEdge(e.ReportId, e.TargetReportId, e.TargetOutletId, e.RelianceKind)), outletNames);
    }

    /// <summary>One reliance edge, with the outlets on both ends.</summary>
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

        /// <summary>The outlet the edge points at: the target report's, or the target outlet.</summary>
        public int ReliedOnOutletId => TargetReportOutletId ?? TargetOutletId ?? 0;

        public RelianceKind RelianceKind => Enum.Parse<RelianceKind>(Kind);
    }
}
