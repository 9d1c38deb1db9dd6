using System.Diagnostics;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Data.Synthetic;

/// <summary>
/// Adds a large, plausible, clearly synthetic data set to the store, for load tests and
/// performance work: companies and people, deals (<c>synthetic-deal-01</c>…) with parties, roles
/// and links, outlets (<c>synthetic-outlet-001</c>…), reports spread over 2024-01-01 to
/// 2026-11-01 (or today, when that is earlier) with partial or missing dates, reliance chains (with a few cycles), money claims in
/// every hedge around a per-deal "true" figure, other claims, retractions and timeline events
/// (<see cref="SyntheticCatalog"/>, <see cref="SyntheticReports"/>, <see cref="SyntheticLinks"/>).
/// <para>
/// The same options and seed give the same data on the same starting store: every choice comes
/// from one seeded <see cref="Random"/>, drawn in a fixed order. It only adds: the real seed and
/// any earlier synthetic run stay (slugs and links continue their numbering).
/// </para>
/// <para>
/// Reports, claims and reliances, nearly all of the rows, are written with multi-row INSERTs
/// (<see cref="BulkInserter{T}"/>), one transaction per batch of reports, not through the change
/// tracker; report ids are chosen here (after the store's highest) so claims and reliances can
/// point at them. Run it while no one else adds reports: it is a command for load-test stores.
/// </para>
/// <para>
/// Bypassing the write path does not bypass its rules: every report is one an editor or an import could save
/// (<see cref="Services.Editing.ReportDraft.Validate"/> on the clock's today: no date in the future, none read before
/// it was published), so a synthetic deal's export imports back.
/// </para>
/// </summary>
public sealed class SyntheticDataGenerator(IDbContextFactory<DealTrackerDbContext> dbFactory, ILogger<SyntheticDataGenerator> logger, TimeProvider clock)
{
    public const string DealSlugPrefix = "synthetic-deal-";

    public const string OutletSlugPrefix = "synthetic-outlet-";

    /// <summary>Adds the data set described by <paramref name="options"/> and returns what was added.</summary>
    public async Task<SyntheticDataResult> GenerateAsync(SyntheticDataOptions options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(options.Seed);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await OpenAsync(db, cancellationToken);
        var offsets = await ReadOffsetsAsync(db, cancellationToken);
        var firstReportId = (await db.Reports.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0) + 1;

        // 1. Parties, outlets and deals: small, one transaction through EF Core.
        var parties = SyntheticCatalog.BuildParties(options, offsets);
        var outlets = SyntheticCatalog.BuildOutlets(options, offsets, random);
        var deals = SyntheticCatalog.BuildDeals(options, offsets, parties, random);
        await InTransactionAsync(db, () =>
        {
            db.Parties.AddRange(parties.Companies);
            db.Parties.AddRange(parties.People);
            db.Outlets.AddRange(outlets);
            db.Deals.AddRange(deals.Select(d => d.Entity));
            return Task.CompletedTask;
        }, cancellationToken);

        // 2. Reports with their claims, in batches, oldest first so ids follow publication order.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var plans = SyntheticReports.Plan(options, offsets, outlets, deals, random, today);
        var claimCount = await AddReportsAsync(db, options, plans, firstReportId, outlets, deals, random, today, cancellationToken);

        // 3. Reliances, between reports whose ids are known.
        var reliances = SyntheticLinks.PlanReliances(plans, firstReportId, outlets, deals, random);
        var relianceWriter = new BulkInserter<Reliance>(db, withKey: false);
        await InTransactionAsync(db, () => relianceWriter.InsertAsync(reliances, cancellationToken), cancellationToken);

        // 4. Timeline events, each backed by one to three of its deal's reports.
        var eventCount = await AddEventsAsync(db, plans, firstReportId, outlets, deals, random, cancellationToken);

        // 5. The kept counts: the bulk inserts above bypass the saves that keep them.
        await InTransactionAsync(db, () => Tallies.TallySql.RebuildAllAsync(db, cancellationToken), cancellationToken);
        await RefreshStatisticsAsync(db, cancellationToken);

        // 5. The deals page's headline of every deal: the bulk inserts above bypassed the saves that keep them.
        await Services.Evidence.DealHeadlines.RefreshAllAsync(db, cancellationToken);

        var result = new SyntheticDataResult(
            parties.Companies.Count + parties.People.Count, deals.Length, deals.Sum(d => d.Entity.Links.Count), outlets.Length, plans.Length,
            claimCount, reliances.Count, eventCount, stopwatch.Elapsed);
        logger.LogInformation(
            "Added synthetic data (seed {Seed}): {Parties} parties, {Deals} deals, {DealLinks} deal links, {Outlets} outlets, {Reports} reports, "
            + "{Claims} claims, {Reliances} reliances, {Events} events in {Elapsed:0.0} s",
            options.Seed, result.Parties, result.Deals, result.DealLinks, result.Outlets, result.Reports, result.Claims, result.Reliances,
            result.Events, result.Elapsed.TotalSeconds);
        return result;
    }

    /// <summary>
    /// One connection for the whole run. On SQLite each INSERT inside a transaction keeps a statement journal,
    /// which it otherwise writes to a temporary file; keep it in memory, with a page cache larger than the default 2 MB.
    /// And no fsync at each commit (<c>synchronous = OFF</c>): an operating-system crash during the load may leave the
    /// file damaged, a risk a load-test store can take. All three settings last only as long as this connection.
    /// </summary>
    private static async Task OpenAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA synchronous = OFF;", cancellationToken);
        }
    }

    private static async Task<SyntheticOffsets> ReadOffsetsAsync(DealTrackerDbContext db, CancellationToken cancellationToken) => new(
        Deals: await db.Deals.CountAsync(d => d.Slug.StartsWith(DealSlugPrefix), cancellationToken),
        Outlets: await db.Outlets.CountAsync(o => o.Slug.StartsWith(OutletSlugPrefix), cancellationToken),
        Companies: await db.Parties.CountAsync(p => p.Slug.StartsWith(SyntheticCatalog.CompanySlugPrefix), cancellationToken),
        People: await db.Parties.CountAsync(p => p.Slug.StartsWith(SyntheticCatalog.PersonSlugPrefix), cancellationToken),
        Reports: await db.Reports.CountAsync(cancellationToken));

    /// <summary>Runs <paramref name="write"/> and saves what it added to the context, in one transaction.</summary>
    private static async Task InTransactionAsync(DealTrackerDbContext db, Func<Task> write, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await write();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task<int> AddReportsAsync(
        DealTrackerDbContext db, SyntheticDataOptions options, ReportPlan[] plans, int firstReportId, Domain.Outlets.Outlet[] outlets,
        DealPlan[] deals, Random random, DateOnly today, CancellationToken cancellationToken)
    {
        var reportWriter = new BulkInserter<Report>(db, withKey: true);
        var claimWriter = new BulkInserter<Claim>(db, withKey: false);
        var claimCount = 0;
        var nextLog = 50_000;
        for (var start = 0; start < plans.Length; start += options.BatchSize)
        {
            var end = Math.Min(start + options.BatchSize, plans.Length);
            var reports = new List<Report>(end - start);
            var claims = new List<Claim>((end - start) * 4);
            for (var i = start; i < end; i++)
            {
                var report = SyntheticReports.Build(firstReportId + i, plans[i], outlets[plans[i].Outlet], deals[plans[i].Deal], random, today);
                reports.Add(report);
                claims.AddRange(report.Claims);
            }

            await InTransactionAsync(db, async () =>
            {
                await reportWriter.InsertAsync(reports, cancellationToken);
                await claimWriter.InsertAsync(claims, cancellationToken);
            }, cancellationToken);
            claimCount += claims.Count;
            if (end >= nextLog)
            {
                logger.LogInformation("Synthetic data: {Reports} of {Total} reports written", end, plans.Length);
                nextLog += 50_000;
            }
        }

        await ContinueReportIdsAsync(db, cancellationToken);
        return claimCount;
    }

    /// <summary>
    /// PostgreSQL's identity sequence does not see ids written explicitly: move it past them, so the next report
    /// saved through EF Core gets a fresh id. (SQLite's AUTOINCREMENT already continues from the highest id.)
    /// </summary>
    private static async Task ContinueReportIdsAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(
                """SELECT setval(pg_get_serial_sequence('"Reports"', 'Id'), (SELECT MAX("Id") FROM "Reports"))""", cancellationToken);
        }
    }

    /// <summary>
    /// On PostgreSQL, fresh planner statistics and visibility map for the bulk-loaded tables: without them the
    /// planner guesses row counts from an empty table and index-only scans still visit the heap, until autovacuum
    /// gets round to them (or never, where it is off).
    /// </summary>
    private static async Task RefreshStatisticsAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(
                """VACUUM (ANALYZE) "Reports", "Claims", "Reliances", "Events", "EventReports", "Outlets", "Deals", "Parties", "DealParties", "OutletTallies", "DealTallies", "FirstReports" """,
                cancellationToken);
        }
    }

    private static async Task<int> AddEventsAsync(
        DealTrackerDbContext db, ReportPlan[] plans, int firstReportId, Domain.Outlets.Outlet[] outlets, DealPlan[] deals, Random random,
        CancellationToken cancellationToken)
    {
        // The join rows only need report ids: one placeholder per report, attached, never saved.
        var stubs = new Dictionary<int, Report>();
        var events = SyntheticLinks.BuildEvents(plans, outlets, deals, random, index =>
        {
            var id = firstReportId + index;
            if (!stubs.TryGetValue(id, out var stub))
            {
                stub = new Report { Id = id, Summary = string.Empty };
                stubs.Add(id, stub);
            }

            return stub;
        });
        await InTransactionAsync(db, () =>
        {
            db.Reports.AttachRange(stubs.Values);
            db.Events.AddRange(events);
            return Task.CompletedTask;
        }, cancellationToken);
        return events.Count;
    }
}
