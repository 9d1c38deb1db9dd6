using System.Net;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Web.Data;
using DealTracker.Web.Data.Synthetic;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Data.Synthetic;

/// <summary>The synthetic data generator, run against the real start-up's seeded SQLite file.</summary>
public sealed class SyntheticDataGeneratorTests(SyntheticDataGeneratorTests.GeneratedStore store)
    : IClassFixture<SyntheticDataGeneratorTests.GeneratedStore>
{
    private static readonly SyntheticDataOptions _small = new() { Deals = 3, Outlets = 20, Reports = 300, Claims = 900 };

    [Fact]
    public void GenerateAsync_SmallOptions_AddsExactlyTheRequestedCounts()
    {
        var (before, after) = (store.Before, store.After);

        Assert.Equal(before.Deals + _small.Deals, after.Deals);
        Assert.Equal(before.Outlets + _small.Outlets, after.Outlets);
        Assert.Equal(before.Reports + _small.Reports, after.Reports);
        Assert.Equal(before.Claims + _small.Claims, after.Claims);
        Assert.Equal(after.Reliances - before.Reliances, store.Result.Reliances);
        Assert.Equal(after.Events - before.Events, store.Result.Events);
        Assert.Equal((_small.Deals, _small.Outlets, _small.Reports, _small.Claims),
                     (store.Result.Deals, store.Result.Outlets, store.Result.Reports, store.Result.Claims));
    }

    [Fact]
    public async Task GenerateAsync_SmallOptions_KeepsEveryOutletsAndDealsCountsAsACountOverTheStoreGives()
    {
        // The bulk inserts bypass the saves that keep the counts: the generator works them out at the end.
        await using var db = store.App.CreateDbContext();

        var kept = await FreshCounts.KeptOutletsAsync(db);

        Assert.Equal(await FreshCounts.OutletsAsync(db), kept);
        Assert.Equal(await FreshCounts.DealsAsync(db), await FreshCounts.KeptDealsAsync(db));
        Assert.Contains(kept, k => k.Key.StartsWith(SyntheticDataGenerator.OutletSlugPrefix, StringComparison.Ordinal) && k.Value.First > 0);
    }

    [Fact]
    public async Task GenerateAsync_SmallOptions_KeepsTheSeedDeal()
    {
        await using var db = store.App.CreateDbContext();

        var slugs = await db.Deals.Select(d => d.Slug).ToListAsync();

        Assert.Contains("amazon-openai-2026-round", slugs);
        Assert.Contains("synthetic-deal-01", slugs);
        Assert.Contains("synthetic-deal-03", slugs);
    }

    [Fact]
    public async Task GenerateAsync_SmallOptions_EveryMoneyClaimHasQuoteCurrencyAndEachHedgeOccurs()
    {
        await using var db = store.App.CreateDbContext();

        var money = await db.Claims
            .Where(c => c.Deal!.Slug.StartsWith(SyntheticDataGenerator.DealSlugPrefix) && c.Hedge != null)
            .Select(c => new { c.Quote, c.Currency, c.Statement, Hedge = c.Hedge!.Value })
            .ToListAsync();

        Assert.InRange(money.Count, _small.Claims / 2, _small.Claims * 9 / 10); // about 70% are money figures
        Assert.All(money, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Quote));
            Assert.False(string.IsNullOrWhiteSpace(c.Statement));
            Assert.Matches("^[A-Z]{3}$", c.Currency);
        });
        Assert.Equal(Enum.GetValues<Hedge>().Order(), money.Select(c => c.Hedge).Distinct().Order());
    }

    [Fact]
    public async Task GenerateAsync_SmallOptions_AddsReliancesRetractionsPartialDatesAndEvents()
    {
        await using var db = store.App.CreateDbContext();
        var synthetic = db.Reports.Where(r => r.Outlet!.Slug.StartsWith(SyntheticDataGenerator.OutletSlugPrefix));

        var undated = await synthetic.CountAsync(r => r.PublishedOn == null);
        var precisions = await synthetic.Where(r => r.PublishedPrecision != null).Select(r => r.PublishedPrecision!.Value).Distinct().CountAsync();
        var onReports = await db.Reliances.CountAsync(r => r.TargetReportId != null);
        var onOutlets = await db.Reliances.CountAsync(r => r.TargetOutlet!.Slug.StartsWith(SyntheticDataGenerator.OutletSlugPrefix));
        var retracted = await db.Claims.CountAsync(c => c.Status == ClaimStatus.Retracted && c.RetractionReason != null);
        var eventsWithReports = await db.Events.CountAsync(e => e.Deal!.Slug.StartsWith(SyntheticDataGenerator.DealSlugPrefix) && e.Reports.Count > 0);

        Assert.InRange(undated, 1, _small.Reports / 5);
        Assert.Equal(3, precisions); // day, month and year
        Assert.True(onReports > 0 && onOutlets > 0, $"{onReports} reliances on reports, {onOutlets} on outlets");
        Assert.True(retracted > 0);
        Assert.Equal(store.Result.Events, eventsWithReports);
    }

    [Fact]
    public async Task GenerateAsync_SameSeedOnTwoFreshStores_GivesTheSameData()
    {
        var first = await GenerateOnFreshStoreAsync(_small);
        var second = await GenerateOnFreshStoreAsync(_small);

        Assert.Equal(_small.Claims, first.Amounts.Count);
        Assert.Equal(first.Amounts, second.Amounts);
        Assert.Equal(first.Dates, second.Dates);
        Assert.Equal(first.Reliances, second.Reliances);
    }

    // The generator writes past the editors' write path, not past its rules: on a day before the set's last date, no report is
    // published or read in the future (a report dated only by its year was read up to 30 days after the year ended).
    [Fact]
    public async Task GenerateAsync_ClockBeforeTheSetsLastDay_WritesNoDateTheEditorsRulesRefuse()
    {
        var clock = new ManualClock();
        clock.Advance(new DateTimeOffset(2025, 3, 15, 12, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        var today = new DateOnly(2025, 3, 15);
        var app = new DealTrackerAppFactory();
        try
        {
            await app.InitializeAsync();
            await ActivatorUtilities.CreateInstance<SyntheticDataGenerator>(app.Services, clock).GenerateAsync(_small);

            await using var db = app.CreateDbContext();
            var reports = await db.Reports.Where(r => r.Outlet!.Slug.StartsWith(SyntheticDataGenerator.OutletSlugPrefix))
                .Select(r => new { r.Id, r.PublishedOn, r.PublishedPrecision, r.RetrievedOn }).ToListAsync();
            var refused = reports
                .Select(r => (r.Id, Errors: new ReportDraft
                {
                    PublishedOn = r.PublishedOn, PublishedPrecision = r.PublishedPrecision ?? DatePrecision.Day, RetrievedOn = r.RetrievedOn,
                }.Validate(today)))
                .Where(r => r.Errors.ContainsKey(nameof(ReportDraft.PublishedOn)) || r.Errors.ContainsKey(nameof(ReportDraft.RetrievedOn)))
                .Select(r => $"report {r.Id}: {string.Join(" ", r.Errors.Values)}")
                .ToList();

            Assert.Equal(_small.Reports, reports.Count);
            Assert.Empty(refused);
            Assert.Contains(reports, r => r.RetrievedOn == today || r.PublishedOn?.Year == 2025);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Fact]
    public void Huge_Preset_Has300kReportsAMillionClaims200DealsAnd2000Outlets()
    {
        var huge = SyntheticDataOptions.Huge;

        Assert.Equal((200, 2_000, 300_000, 1_000_000), (huge.Deals, huge.Outlets, huge.Reports, huge.Claims));
        Assert.Same(huge, SyntheticDataOptions.ForSize("HUGE"));
    }

    [Fact]
    public async Task GenerateAsync_HugePresetAtOneHundredth_AddsItsShapeAndTheStoreTakesNewReportsAfter()
    {
        var scaled = SyntheticDataOptions.Huge.Scaled(0.01); // 2 deals, 20 outlets, 3,000 reports, 10,000 claims
        var app = new DealTrackerAppFactory();
        try
        {
            await app.InitializeAsync();
            Counts before;
            await using (var db = app.CreateDbContext())
            {
                before = await Counts.ReadAsync(db);
            }

            var result = await ActivatorUtilities.CreateInstance<SyntheticDataGenerator>(app.Services).GenerateAsync(scaled);

            await using var check = app.CreateDbContext();
            var after = await Counts.ReadAsync(check);
            Assert.Equal((2, 20, 3_000, 10_000), (scaled.Deals, scaled.Outlets, scaled.Reports, scaled.Claims));
            Assert.Equal((before.Deals + 2, before.Outlets + 20, before.Reports + 3_000, before.Claims + 10_000),
                         (after.Deals, after.Outlets, after.Reports, after.Claims));
            Assert.Equal(result.Reliances, after.Reliances - before.Reliances);
            var perDeal = await check.Claims.Where(c => c.Deal!.Slug.StartsWith(SyntheticDataGenerator.DealSlugPrefix))
                .GroupBy(c => c.DealId).Select(g => g.Count()).ToListAsync();
            Assert.All(perDeal, count => Assert.InRange(count, 3_500, 6_500)); // about 5,000 claims per deal, as at full size

            // Report ids were written explicitly: a report saved the usual way still gets a fresh id.
            var outletId = await check.Outlets.Select(o => o.Id).FirstAsync();
            check.Reports.Add(new Domain.Reports.Report { OutletId = outletId, Summary = "Entered after the synthetic set" });
            await check.SaveChangesAsync();
            Assert.Equal(before.Reports + 3_001, await check.Reports.CountAsync());
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Fact]
    public async Task Get_SyntheticDealOverview_Returns200WithTheDeal()
    {
        var (response, page) = await HtmlPage.GetAsync(store.App.CreateClient(), "/deals/synthetic-deal-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Synthetic deal 01", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
    }

    private static async Task<Snapshot> GenerateOnFreshStoreAsync(SyntheticDataOptions options)
    {
        var app = new DealTrackerAppFactory();
        try
        {
            await app.InitializeAsync();
            await ActivatorUtilities.CreateInstance<SyntheticDataGenerator>(app.Services).GenerateAsync(options);
            await using var db = app.CreateDbContext();
            // Rows are formatted here, not in SQL (PostgreSQL cannot concatenate mixed column types in one array).
            var claims = await db.Claims.Where(c => c.Deal!.Slug.StartsWith(SyntheticDataGenerator.DealSlugPrefix)).OrderBy(c => c.Id)
                .Select(c => new { c.Metric, c.Hedge, c.Amount, c.AmountLow, c.AmountHigh, c.Currency, c.Quote }).ToListAsync();
            var reports = await db.Reports.Where(r => r.Outlet!.Slug.StartsWith(SyntheticDataGenerator.OutletSlugPrefix)).OrderBy(r => r.Id)
                .Select(r => new { r.PublishedOn, r.PublishedPrecision, r.Url }).ToListAsync();
            var reliances = await db.Reliances.OrderBy(r => r.Id).Select(r => new { r.ReportId, r.TargetReportId, r.TargetOutletId, r.Kind }).ToListAsync();
            return new Snapshot(
                [.. claims.Select(c => $"{c.Metric} {c.Hedge} {c.Amount} {c.AmountLow} {c.AmountHigh} {c.Currency} {c.Quote}")],
                [.. reports.Select(r => $"{r.PublishedOn} {r.PublishedPrecision} {r.Url}")],
                [.. reliances.Select(r => $"{r.ReportId} {r.TargetReportId} {r.TargetOutletId} {r.Kind}")]);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private sealed record Snapshot(List<string> Amounts, List<string> Dates, List<string> Reliances);

    public sealed record Counts(int Deals, int Outlets, int Reports, int Claims, int Reliances, int Events)
    {
        public static async Task<Counts> ReadAsync(DealTrackerDbContext db) => new(
            await db.Deals.CountAsync(), await db.Outlets.CountAsync(), await db.Reports.CountAsync(),
            await db.Claims.CountAsync(), await db.Reliances.CountAsync(), await db.Events.CountAsync());
    }

    /// <summary>A fresh seeded store with the small synthetic set added once, shared by the tests above.</summary>
    public sealed class GeneratedStore : IAsyncLifetime
    {
        public DealTrackerAppFactory App { get; } = new();

        public Counts Before { get; private set; } = null!;

        public Counts After { get; private set; } = null!;

        public SyntheticDataResult Result { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await App.InitializeAsync();
            await using (var db = App.CreateDbContext())
            {
                Before = await Counts.ReadAsync(db);
            }

            Result = await ActivatorUtilities.CreateInstance<SyntheticDataGenerator>(App.Services).GenerateAsync(_small);
            await using (var db = App.CreateDbContext())
            {
                After = await Counts.ReadAsync(db);
            }
        }

        public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
    }
}
