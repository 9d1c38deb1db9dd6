using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Data.Tallies;

/// <summary>
/// The statements that work out the kept counts (<see cref="OutletTally"/>, <see cref="DealTally"/>,
/// <see cref="FirstReport"/>) from the reports, claims and reliances: for the few outlets and deals a save touched
/// (<see cref="TallyChanges"/>), or for all of them after a bulk load and in the migration that added them.
/// Quoted identifiers and plain SQL: the same statements on SQLite and PostgreSQL.
/// </summary>
internal static class TallySql
{
    /// <summary>Ids per statement: well under SQLite's and PostgreSQL's parameter limits.</summary>
    private const int Chunk = 500;

    /// <summary>Works out every kept count from scratch (a migration, the synthetic generator's bulk load).</summary>
    public static readonly string RebuildAll = string.Join(";\n",
        "DELETE FROM \"FirstReports\"", Firsts("1 = 1"),
        "DELETE FROM \"DealTallies\"", Deals("1 = 1"),
        "DELETE FROM \"OutletTallies\"", Outlets("1 = 1"));

    public static Task RebuildAllAsync(DealTrackerDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(RebuildAll, cancellationToken);

    /// <summary>Works out again which outlet reported each figure of these deals first.</summary>
    public static Task RefreshFirstsAsync(DealTrackerDbContext db, IReadOnlyCollection<int> dealIds, CancellationToken cancellationToken) =>
        ForEachChunkAsync(db, dealIds, count => [$"DELETE FROM \"FirstReports\" WHERE {In("\"DealId\"", count)}", Firsts(In("c.\"DealId\"", count))], cancellationToken);

    public static Task RefreshDealsAsync(DealTrackerDbContext db, IReadOnlyCollection<int> dealIds, CancellationToken cancellationToken) =>
        ForEachChunkAsync(db, dealIds, count => [$"DELETE FROM \"DealTallies\" WHERE {In("\"DealId\"", count)}", Deals(In("d.\"Id\"", count))], cancellationToken);

    /// <summary>Counts these outlets' record again (after <see cref="RefreshFirstsAsync"/>, whose result it counts).</summary>
    public static Task RefreshOutletsAsync(DealTrackerDbContext db, IReadOnlyCollection<int> outletIds, CancellationToken cancellationToken) =>
        ForEachChunkAsync(db, outletIds, count => [$"DELETE FROM \"OutletTallies\" WHERE {In("\"OutletId\"", count)}", Outlets(In("o.\"Id\"", count))], cancellationToken);

    // The first dated standing money claim on each figure (deal, metric, party), by publication date then report id.
    private static string Firsts(string dealFilter) => $"""
        INSERT INTO "FirstReports" ("DealId", "Metric", "PartyKey", "OutletId")
        SELECT "DealId", "Metric", "PartyKey", "OutletId" FROM (
            SELECT c."DealId" AS "DealId", c."Metric" AS "Metric", COALESCE(c."PartyId", 0) AS "PartyKey", r."OutletId" AS "OutletId",
                   ROW_NUMBER() OVER (PARTITION BY c."DealId", c."Metric", COALESCE(c."PartyId", 0) ORDER BY r."PublishedOn", r."Id") AS "Position"
            FROM "Claims" c JOIN "Reports" r ON r."Id" = c."ReportId"
            WHERE c."Status" = 'Standing' AND c."Hedge" IS NOT NULL AND r."PublishedOn" IS NOT NULL AND {dealFilter}) AS ranked
        WHERE "Position" = 1
        """;

    private static string Deals(string dealFilter) => $"""
        INSERT INTO "DealTallies" ("DealId", "Reports", "Claims")
        SELECT d."Id",
               (SELECT COUNT(DISTINCT c."ReportId") FROM "Claims" c WHERE c."DealId" = d."Id"),
               (SELECT COUNT(*) FROM "Claims" c WHERE c."DealId" = d."Id")
        FROM "Deals" d WHERE {dealFilter}
        """;

    // "Original": a report that relies on nothing. "First": figures whose first report is the outlet's (FirstReports).
    private static string Outlets(string outletFilter) => $"""
        INSERT INTO "OutletTallies" ("OutletId", "Reports", "Claims", "Original", "First")
        SELECT o."Id",
               (SELECT COUNT(*) FROM "Reports" r WHERE r."OutletId" = o."Id"),
               (SELECT COUNT(*) FROM "Claims" c JOIN "Reports" r ON r."Id" = c."ReportId" WHERE r."OutletId" = o."Id"),
               (SELECT COUNT(*) FROM "Reports" r WHERE r."OutletId" = o."Id" AND NOT EXISTS (SELECT 1 FROM "Reliances" x WHERE x."ReportId" = r."Id")),
               (SELECT COUNT(*) FROM "FirstReports" f WHERE f."OutletId" = o."Id")
        FROM "Outlets" o WHERE {outletFilter}
        """;

    // column IN ({0}, {1}, ...): the ids go in as parameters.
    private static string In(string column, int count) =>
        $"{column} IN ({string.Join(", ", Enumerable.Range(0, count).Select(i => "{" + i + "}"))})";

    private static async Task ForEachChunkAsync(
        DealTrackerDbContext db, IReadOnlyCollection<int> ids, Func<int, string[]> statements, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Order().Chunk(Chunk))
        {
            var parameters = chunk.Cast<object>().ToArray();
            foreach (var statement in statements(chunk.Length))
            {
                await db.Database.ExecuteSqlRawAsync(statement, parameters, cancellationToken);
            }
        }
    }
}
