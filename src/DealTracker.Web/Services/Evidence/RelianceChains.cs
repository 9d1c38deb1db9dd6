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
    // Quoted identifiers throughout. SQLite walks the chains with a recursive CTE of report ids. PostgreSQL
    // estimates such a CTE at ten times its seed (thousands of rows for a deal) and then hash-joins whole tables
    // (docs/performance.md): there the walk carries each step's new ids as one array row (the ids not seen yet),
    // so every step and the final join probe the indexes with "= ANY(ids)". One statement either way.
    private const string Start = "WITH RECURSIVE reached(\"Id\") AS (";

    private const string SqliteDealChainsSql = Start + "SELECT c.\"ReportId\" FROM \"Claims\" c WHERE c.\"DealId\" = {0}" + SqliteChainsSql;

    // The ids travel as one parameter (a JSON array on SQLite, an integer[] on PostgreSQL): one statement
    // (and one cached plan) whatever their number.
    private const string SqliteReportChainsSql = Start + "SELECT value FROM json_each({0})" + SqliteChainsSql;

    private const string SqliteChainsSql = """

                UNION
                SELECT r."TargetReportId" FROM "Reliances" r JOIN reached ON r."ReportId" = reached."Id"
                WHERE r."TargetReportId" IS NOT NULL
            )
            """ + EdgesSql + """

            JOIN reached ON r."ReportId" = reached."Id"
            """ + EdgesJoinsSql + """

            ORDER BY r."Id"
            """;

    private const string PostgreSqlDealChainsSql = """
            WITH RECURSIVE walk("Frontier", "Seen") AS (
                SELECT ids, ids FROM (SELECT array_agg(DISTINCT c."ReportId") AS ids FROM "Claims" c WHERE c."DealId" = {0}) seed
            """ + PostgreSqlChainsSql;

    private const string PostgreSqlReportChainsSql = """
            WITH RECURSIVE walk("Frontier", "Seen") AS (
                SELECT {0}::integer[], {0}::integer[]
            """ + PostgreSqlChainsSql;

    private const string PostgreSqlChainsSql = """

                UNION ALL
                SELECT step.ids, walk."Seen" || step.ids
                FROM walk CROSS JOIN LATERAL (
                    SELECT array_agg(DISTINCT r."TargetReportId") AS ids FROM "Reliances" r
                    WHERE r."ReportId" = ANY(walk."Frontier") AND r."TargetReportId" <> ALL(walk."Seen")) step
                WHERE step.ids IS NOT NULL
            )
            """ + EdgesSql + EdgesJoinsSql + """

            WHERE r."ReportId" = ANY(ARRAY(SELECT unnest(walk."Frontier") FROM walk))
            ORDER BY r."Id"
            """;

    private const string EdgesSql = """
            SELECT r."Id", r."ReportId", r."TargetReportId", r."TargetOutletId", r."Kind",
                   sr."OutletId" AS "SourceOutletId", so."Slug" AS "SourceOutletSlug", so."Name" AS "SourceOutletName",
                   tr."OutletId" AS "TargetReportOutletId",
                   COALESCE(tro."Slug", tout."Slug") AS "TargetSlug",
                   COALESCE(tro."Name", tout."Name") AS "TargetName"
            FROM "Reliances" r
            """;

    private const string EdgesJoinsSql = """

            JOIN "Reports" sr ON sr."Id" = r."ReportId"
            JOIN "Outlets" so ON so."Id" = sr."OutletId"
            LEFT JOIN "Reports" tr ON tr."Id" = r."TargetReportId"
            LEFT JOIN "Outlets" tro ON tro."Id" = tr."OutletId"
            LEFT JOIN "Outlets" tout ON tout."Id" = r."TargetOutletId"
            """;

    // The other direction, for the write path: every report whose chains reach one of these reports, and their claims' deals.
    private const string SqliteReachingSql = """
            WITH RECURSIVE reaching("Id") AS (
                SELECT value FROM json_each({0})
                UNION
                SELECT r."ReportId" FROM "Reliances" r JOIN reaching ON r."TargetReportId" = reaching."Id"
            )
            SELECT DISTINCT c."DealId" AS "Value" FROM "Claims" c JOIN reaching ON c."ReportId" = reaching."Id"
            """;

    private const string PostgreSqlReachingSql = """
            WITH RECURSIVE walk("Frontier", "Seen") AS (
                SELECT {0}::integer[], {0}::integer[]
                UNION ALL
                SELECT step.ids, walk."Seen" || step.ids
                FROM walk CROSS JOIN LATERAL (
                    SELECT array_agg(DISTINCT r."ReportId") AS ids FROM "Reliances" r
                    WHERE r."TargetReportId" = ANY(walk."Frontier") AND r."ReportId" <> ALL(walk."Seen")) step
                WHERE step.ids IS NOT NULL
            )
            SELECT DISTINCT c."DealId" AS "Value" FROM "Claims" c WHERE c."ReportId" = ANY(ARRAY(SELECT unnest(walk."Frontier") FROM walk))
            """;

    private RelianceChains(List<ChainRow> edges) => Edges = edges;

    /// <summary>Edges read before (kept with a deal's evidence, <see cref="KeptEvidence"/>).</summary>
    internal static RelianceChains Of(List<ChainRow> edges) => new(edges);

    /// <summary>Every edge reached, in the order the editors entered them.</summary>
    public IReadOnlyList<ChainRow> Edges { get; }

    /// <summary>The chains behind every report that carries a claim about the deal.</summary>
    public static Task<RelianceChains> ForDealAsync(DealTrackerDbContext db, int dealId, CancellationToken cancellationToken) =>
        LoadAsync(db, db.Database.IsNpgsql() ? PostgreSqlDealChainsSql : SqliteDealChainsSql, dealId, cancellationToken);

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
