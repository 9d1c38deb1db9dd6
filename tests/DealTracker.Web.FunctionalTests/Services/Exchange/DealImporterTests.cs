using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DealTracker.Domain.Claims;
using DealTracker.Domain.History;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DealTracker.Web.FunctionalTests.Services.Exchange;

/// <summary>The importer through the editors' write path: limits, retraction rules, missing lists, and linear time.</summary>
public sealed class DealImporterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly EditorStamp _editor = new("import-test", "import@dealtracker.test");

    private readonly DealTrackerAppFactory _app = new() { Seed = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private DealImporter Importer => _app.Services.GetRequiredService<DealImporter>();

    // On the default store. On PostgreSQL 10,000 reports import in 11-13 s but at 10.4-12x the time of 1,000
    // (measured 2026-12-01): still to be brought under 10x with the PostgreSQL performance work (issue 11).
    [SqliteOnlyFact]
    public async Task RunAsync_TenThousandReports_TakesUnderTenTimesAsLongAsAThousand()
    {
        await Importer.RunAsync(Generate("warm-up", 200), apply: true, _editor); // JIT, connection pool, query plans

        // The machines here are shared and noisy: a second try (new deals) is allowed before calling it quadratic.
        var tries = new List<string>();
        var slug = "";
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            slug = $"ten-thousand-{attempt}";
            var small = await TimeAsync(Generate($"one-thousand-{attempt}", 1_000));
            var large = await TimeAsync(Generate(slug, 10_000));
            var ratio = large.Elapsed / small.Elapsed;
            tries.Add($"10,000 reports took {large.Elapsed.TotalSeconds:F1} s, 1,000 took {small.Elapsed.TotalSeconds:F1} s: {ratio:F1}x");
            output.WriteLine(tries[^1]);
            Assert.Equal(1_000, small.Result.Lines.Count(l => l.Kind == "Report" && l.Outcome == ImportOutcome.Added));
            Assert.Equal(10_000, large.Result.Lines.Count(l => l.Kind == "Report" && l.Outcome == ImportOutcome.Added));
            if (ratio < 10)
            {
                break;
            }

            Assert.True(attempt < 2, $"Not linear: {string.Join("; ", tries)}.");
        }

        // Every item is in the history, as the editors' saves record them.
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.Slug == slug);
        Assert.Equal(30_000, await db.Claims.CountAsync(c => c.DealId == deal.Id));
        var reportIds = db.Claims.Where(c => c.DealId == deal.Id).Select(c => c.ReportId);
        Assert.Equal(10_000, await db.ChangeRecords.CountAsync(c => c.ItemType == "Report" && c.Action == ChangeAction.Created && reportIds.Contains(c.ItemId)));
    }

    [Fact]
    public async Task RunAsync_RetractedReport_RetractsItsStandingClaimsAsAnEditorWould()
    {
        var document = Generate("retractions", 2);
        var reports = document.Reports.ToList();
        reports[1] = reports[1] with { Status = "retracted", RetractionReason = "The outlet withdrew the story." };
        await Importer.RunAsync(document with { Reports = reports }, apply: true, _editor);

        await using var db = _app.CreateDbContext();
        var retracted = await db.Reports.Include(r => r.Claims).SingleAsync(r => r.Url == reports[1].Url);
        Assert.Equal(ReportStatus.Retracted, retracted.Status);
        Assert.All(retracted.Claims, c =>
        {
            Assert.Equal(ClaimStatus.Retracted, c.Status);
            Assert.Equal("Retracted with its report: The outlet withdrew the story.", c.RetractionReason);
        });
        Assert.All((await db.Reports.Include(r => r.Claims).SingleAsync(r => r.Url == reports[0].Url)).Claims, c => Assert.Equal(ClaimStatus.Standing, c.Status));
    }

    [Fact]
    public async Task RunAsync_RetractionOfAnImportedReport_RetractsItsClaimsInTheStore()
    {
        var document = Generate("later-retraction", 1);
        await Importer.RunAsync(document, apply: true, _editor);
        var report = document.Reports[0] with { Status = "retracted", RetractionReason = "Corrected." };

        var result = await Importer.RunAsync(document with { Reports = [report] }, apply: true, _editor);

        var line = Assert.Single(result.Lines, l => l.Kind == "Report");
        Assert.Contains("retracted", line.Changes);
        await using var db = _app.CreateDbContext();
        var stored = await db.Reports.Include(r => r.Claims).SingleAsync(r => r.Url == report.Url);
        Assert.All(stored.Claims, c => Assert.Equal(ClaimStatus.Retracted, c.Status));
        Assert.Equal(3, await db.ChangeRecords.CountAsync(c => c.ItemType == "Claim" && c.Action == ChangeAction.Retracted && c.ReportId == stored.Id));
    }

    [Fact]
    public async Task RunAsync_OverTheLimits_RejectsTheReportNamingTheFieldAndStoresNothingOfIt()
    {
        var document = Generate("limits", 3);
        var reports = document.Reports.ToList();
        reports[0] = reports[0] with { Claims = [reports[0].Claims[0] with { Quote = new string('q', Limits.Quote + 1) }] };
        reports[1] = reports[1] with { Claims = [.. Enumerable.Range(0, Limits.ClaimsPerReport + 1).Select(i => reports[1].Claims[0] with { Statement = $"Figure {i}." })] };
        reports[2] = reports[2] with { Headline = new string('h', Limits.Headline + 1) };

        var result = await Importer.RunAsync(document with { Reports = reports }, apply: true, _editor);

        var rejected = result.Lines.Where(l => l.Kind == "Report" && l.Outcome == ImportOutcome.Rejected).ToList();
        Assert.Equal(3, rejected.Count);
        Assert.StartsWith("claims[0].quote: A quote can be at most 2000 characters.", rejected[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("claims: A report can state at most 100 claims", rejected[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("headline: A headline can be at most 500 characters.", rejected[2].Reason, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    [Fact]
    public async Task RunAsync_DryRunByDefaultThroughTheApi_StoresNothing()
    {
        var editor = await _app.CreateEditorClientAsync();

        var response = await editor.PostAsync("/api/import", Json(Generate("dry-run", 5)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("applied").GetBoolean());
        Assert.Equal(5, result.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("kind").GetString() == "Report"));
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    [Theory]
    [InlineData("deal.parties")]
    [InlineData("reports.reliances")]
    [InlineData("reports.claims")]
    [InlineData("parties")]
    [InlineData("outlets")]
    [InlineData("events")]
    public async Task Import_ListLeftOutOrNull_IsTakenAsEmptyNot500(string path)
    {
        var editor = await _app.CreateEditorClientAsync();
        foreach (var remove in new[] { true, false })
        {
            var document = JsonNode.Parse(JsonSerializer.Serialize(Generate("missing-lists", 2), JsonSerializerOptions.Web))!;
            var (parent, name) = path.Split('.') is [var list, var field] ? (document[list]!, field) : (document, path);
            foreach (var holder in parent is JsonArray array ? [.. array.Select(a => a!.AsObject())] : new[] { parent.AsObject() })
            {
                if (remove)
                {
                    holder.Remove(name);
                }
                else
                {
                    holder[name] = null;
                }
            }

            var response = await editor.PostAsync("/api/import?apply=true", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Import_MoreReportsThanTheLimit_Answers400NamingReportsAndStoresNothing()
    {
        var document = Generate("too-many", 1);
        var editor = await _app.CreateEditorClientAsync();
        var many = Enumerable.Range(0, Limits.ReportsPerImport + 1).Select(i => document.Reports[0] with { Id = i, Url = null, Claims = [], Reliances = [] }).ToList();

        var response = await editor.PostAsync("/api/import?apply=true", Json(document with { Reports = many }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("at most 10,000 reports", problem.GetProperty("errors").GetProperty("reports")[0].GetString(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    private async Task<(ImportResult Result, TimeSpan Elapsed)> TimeAsync(DealExportDocument document)
    {
        var watch = Stopwatch.StartNew();
        var result = await Importer.RunAsync(document, apply: true, _editor);
        return (result, watch.Elapsed);
    }

    private static StringContent Json(DealExportDocument document) =>
        new(JsonSerializer.Serialize(document, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");

    /// <summary>A deal with <paramref name="count"/> reports from 20 outlets, three figures each, every fifth relying on the one before, and events.</summary>
    internal static DealExportDocument Generate(string slug, int count)
    {
        var outlets = Enumerable.Range(0, 20).Select(i => new ExportOutlet($"{slug}-outlet-{i}", $"Outlet {i} of {slug}", "online", $"https://outlet{i}.example")).ToList();
        var parties = new List<ExportParty>
        {
            new($"{slug}-buyer", $"Buyer of {slug}", "company", "The investor.", null),
            new($"{slug}-seller", $"Seller of {slug}", "company", null, null),
        };
        var reports = Enumerable.Range(1, count).Select(i => new ExportReport(
            i, outlets[i % outlets.Count].Slug, $"Report {i} on {slug}", $"Buyer weighs a stake in Seller, report {i}.",
            $"https://outlet{i % outlets.Count}.example/{slug}/{i}", new PartialDateDto($"2025-{1 + (i % 12):00}-{1 + (i % 28):00}", "day"), null, null,
            "standing", null,
            i % 5 == 0 ? [new ExportReliance(i - 1, null, "cites", "As first reported.")] : [],
            [
                new ExportClaim("investment", $"{slug}-buyer", $"Buyer could invest up to ${i % 90 + 10} billion.", $"as much as ${i % 90 + 10} billion",
                    new MoneyDto((i % 90 + 10) * 1_000_000_000m, "USD", "upTo", null, null, ""), null, "standing", null, null),
                new ExportClaim("valuation", null, $"Seller would be valued around ${i % 500 + 100} billion.", $"around ${i % 500 + 100} billion",
                    new MoneyDto((i % 500 + 100) * 1_000_000_000m, "USD", "approximately", null, null, ""), null, "standing", null, null),
                new ExportClaim("stageOfTalks", null, "The talks are at an early stage.", null, null, "early", "standing", null, "Sources say."),
            ])).ToList();
        var events = Enumerable.Range(1, Math.Max(1, count / 100)).Select(i => new ExportEvent(
            $"Event {i}", null, new PartialDateDto($"2025-{1 + (i % 12):00}", "month"), [i * 50 % count + 1])).ToList();
        return new DealExportDocument(
            DealExportDocument.FormatName, DealExportDocument.CurrentVersion, DateTimeOffset.UtcNow,
            new ExportDeal(slug, $"Deal {slug}", $"A generated deal: {slug}.", "inTalks", null,
                [new ExportDealParty($"{slug}-buyer", "prospectiveInvestor", null), new ExportDealParty($"{slug}-seller", "raising", null)]),
            outlets, parties, reports, events);
    }
}
