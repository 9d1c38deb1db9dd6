using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Events;
using DealTracker.Domain.History;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data.Synthetic;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>Exports (JSON and spreadsheet-safe CSV) and the import: dry run, apply, and the round trip into an empty store.</summary>
public sealed class ExportImportTests : IAsyncLifetime
{
    private const string ExportPath = "/api/deals/amazon-openai-2026-round/export.json";

    private readonly DealTrackerAppFactory _source = new();
    private readonly DealTrackerAppFactory _empty = new() { Seed = false };

    public async Task InitializeAsync()
    {
        await _source.InitializeAsync();
        await _empty.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_source).DisposeAsync();
        await ((IAsyncLifetime)_empty).DisposeAsync();
    }

    [Fact]
    public async Task ExportThenImportIntoAnEmptyStore_GivesBackTheSameData()
    {
        var exported = await _source.CreateClient().GetStringAsync(ExportPath);
        var editor = await _empty.CreateEditorClientAsync();

        var response = await editor.PostAsync("/api/import?apply=true", new StringContent(exported, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("applied").GetBoolean());
        Assert.Equal(0, result.GetProperty("rejected").GetInt32());
        var reimported = await _empty.CreateClient().GetStringAsync(ExportPath);
        Assert.Equal(Normalise(exported), Normalise(reimported));

        // The public pages show the imported deal, and the history records who imported each item.
        var (page, overview) = await HtmlPage.GetAsync(_empty.CreateClient(), "/deals/amazon-openai-2026-round");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("up to $50B", overview.QuerySelector(".dt-figure")!.Text(), StringComparison.Ordinal);
        await using var db = _empty.CreateDbContext();
        Assert.Equal(await db.Reports.CountAsync(), await db.ChangeRecords.CountAsync(c => c.ItemType == "Report" && c.Action == ChangeAction.Created && c.EditorName == DealTrackerAppFactory.EditorEmail));
    }

    // Every export reads back, whatever its reports rely on: a report dated only "2026" relying on one of 29 January 2026 (the export
    // writes it first), a dated report relying on an undated one (written last), equal dates with the relied-on report the newer,
    // two reports relying on each other, retractions and events; and synthetic deals (partial dates, cycles, events, retractions).
    [Fact]
    public async Task ExportThenImportIntoAnEmptyStore_VariedDeals_GivesBackTheSameDataWithNothingRejected()
    {
        await AddRelianceTangleAsync();
        await ActivatorUtilities.CreateInstance<SyntheticDataGenerator>(_source.Services)
            .GenerateAsync(new SyntheticDataOptions { Deals = 2, Outlets = 12, Reports = 240, Claims = 600, Seed = 7 });
        var editor = await _empty.CreateEditorClientAsync();

        foreach (var slug in new[] { "amazon-openai-2026-round", "synthetic-deal-01", "synthetic-deal-02" })
        {
            var path = $"/api/deals/{slug}/export.json";
            var exported = await _source.CreateClient().GetStringAsync(path);

            var response = await editor.PostAsync("/api/import?apply=true", new StringContent(exported, Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(result.GetProperty("applied").GetBoolean());
            Assert.Equal("", string.Join(" | ", result.GetProperty("lines").EnumerateArray()
                .Where(l => l.GetProperty("outcome").GetString() == "rejected").Select(l => $"{l.GetProperty("item")}: {l.GetProperty("reason")}")));
            // Synthetic deals may have two events of one title and date, which the import matches as one (events match by title and
            // date): their reports are compared, their events are not.
            var withEvents = !slug.StartsWith(SyntheticDataGenerator.DealSlugPrefix, StringComparison.Ordinal);
            Assert.Equal(ByContent(exported, withEvents), ByContent(await _empty.CreateClient().GetStringAsync(path), withEvents));
        }
    }

    private async Task AddRelianceTangleAsync()
    {
        await using var db = _source.CreateDbContext();
        var deal = await db.Deals.AsTracking().SingleAsync(d => d.Slug == "amazon-openai-2026-round");
        var outlets = await db.Outlets.AsTracking().OrderBy(o => o.Id).Take(2).ToListAsync();
        var relied = await db.Reports.AsTracking().Where(r => r.Claims.Any(c => c.DealId == deal.Id) && r.PublishedPrecision == DatePrecision.Day)
            .OrderBy(r => r.PublishedOn).FirstAsync();
        Claim Said(string statement) => new() { DealId = deal.Id, Metric = Metric.Context, Statement = statement, Quote = statement };
        Report Made(string headline, PartialDate? published, int outlet) => new()
        {
            Outlet = outlets[outlet], Headline = headline, Summary = $"{headline}, for the round trip.",
            Url = $"https://example.com/round-trip/{headline.ToLowerInvariant().Replace(' ', '-')}", Published = published, Claims = [Said($"{headline} says so")],
        };

        var roundUp = Made("Year round-up", PartialDate.InYear(relied.PublishedOn!.Value.Year), 0);
        roundUp.Reliances.Add(new Reliance { TargetReport = relied, Kind = RelianceKind.Summarises });
        var undated = Made("Undated account", null, 1);
        var onUndated = Made("Dated follow-up", PartialDate.OnDay(2026, 2, 3), 0);
        onUndated.Reliances.Add(new Reliance { TargetReport = undated, Kind = RelianceKind.Cites, Note = "as told there" });
        var first = Made("Same day first", PartialDate.OnDay(2026, 2, 4), 0);
        var second = Made("Same day second", PartialDate.OnDay(2026, 2, 4), 1);
        var cycleA = Made("Cycle one", PartialDate.InMonth(2026, 2), 0);
        var cycleB = Made("Cycle two", PartialDate.OnDay(2026, 2, 10), 1);
        cycleA.Reliances.Add(new Reliance { TargetReport = cycleB, Kind = RelianceKind.Cites });
        var retracted = Made("Withdrawn story", PartialDate.OnDay(2026, 2, 11), 1);
        retracted.Claims.Add(Said("A second claim, retracted first"));
        db.Reports.AddRange(roundUp, undated, onUndated, second, first, cycleA, cycleB, retracted);
        await db.SaveChangesAsync();

        // The older report of a day relies on the newer one; the cycle closes; a claim is retracted before its report.
        first.Reliances.Add(new Reliance { TargetReport = second, Kind = RelianceKind.Cites });
        cycleB.Reliances.Add(new Reliance { TargetReport = cycleA, Kind = RelianceKind.Summarises });
        retracted.Claims[1].Status = ClaimStatus.Retracted;
        retracted.Claims[1].RetractionReason = "The claim was wrong.";
        retracted.Status = ReportStatus.Retracted;
        retracted.RetractionReason = "The outlet withdrew the story.";
        retracted.Claims[0].Status = ClaimStatus.Retracted;
        retracted.Claims[0].RetractionReason = "Retracted with its report: The outlet withdrew the story.";
        db.Events.Add(new DealEvent { Deal = deal, Title = "Round-trip event", Occurred = PartialDate.InMonth(2026, 2), Reports = [roundUp, undated, cycleB] });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Import_DryRun_SaysWhatWouldBeAddedAndChangesNothing()
    {
        var exported = await _source.CreateClient().GetStringAsync(ExportPath);
        var editor = await _empty.CreateEditorClientAsync();

        var response = await editor.PostAsync("/api/import", new StringContent(exported, Encoding.UTF8, "application/json"));

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("applied").GetBoolean());
        Assert.Equal(JsonSerializer.Deserialize<JsonElement>(exported).GetProperty("reports").GetArrayLength(),
            result.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("kind").GetString() == "Report" && l.GetProperty("outcome").GetString() == "added"));
        await using var db = _empty.CreateDbContext();
        Assert.Equal(0, await db.Reports.CountAsync());
        Assert.Equal(0, await db.Deals.CountAsync());
    }

    [Fact]
    public async Task Import_SameFileIntoItsOwnStore_FindsEverythingUnchanged()
    {
        var exported = await _source.CreateClient().GetStringAsync(ExportPath);
        var editor = await _source.CreateEditorClientAsync();

        var result = await (await editor.PostAsync("/api/import", new StringContent(exported, Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, result.GetProperty("added").GetInt32());
        Assert.Equal(0, result.GetProperty("changed").GetInt32());
        Assert.Equal(0, result.GetProperty("rejected").GetInt32());
        Assert.True(result.GetProperty("unchanged").GetInt32() > 10);
    }

    [Fact]
    public async Task Import_InvalidReports_AreRejectedWithTheirReasonAndTheRestApplies()
    {
        var document = JsonNode.Parse(await _source.CreateClient().GetStringAsync(ExportPath))!;
        var reports = document["reports"]!.AsArray();
        var bad = reports.Count - 1; // the last report: nothing relies on it
        reports[bad]!["url"] = "javascript:alert(1)";
        var editor = await _empty.CreateEditorClientAsync();

        var response = await editor.PostAsync("/api/import?apply=true", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var rejected = Assert.Single(result.GetProperty("lines").EnumerateArray(), l => l.GetProperty("outcome").GetString() == "rejected");
        Assert.Contains("http", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        await using var db = _empty.CreateDbContext();
        Assert.Equal(reports.Count - 1, await db.Reports.CountAsync());
    }

    [Fact]
    public async Task Import_NotAnExport_Answers400()
    {
        var editor = await _empty.CreateEditorClientAsync();

        var response = await editor.PostAsync("/api/import", new StringContent("""{"format": "something-else"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a DealTracker export", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_CellsThatLookLikeFormulas_AreNeutralised()
    {
        await using (var db = _source.CreateDbContext())
        {
            var claim = await db.Claims.AsTracking().FirstAsync(c => c.Report!.Outlet!.Slug == "axios");
            claim.Statement = "=HYPERLINK(\"http://evil.example\",\"click\")";
            claim.Note = "@SUM(1+1)";
            await db.SaveChangesAsync();
        }

        var response = await _source.CreateClient().GetAsync("/api/deals/amazon-openai-2026-round/export.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType, StringComparison.Ordinal);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1+1)", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.StartsWith("report_id,outlet,headline", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    // Texts are trimmed of invisible characters as of white space, whatever is written (U+200B, U+FEFF), and the CSV check looks
    // past any left; a claim retracted before its report keeps its own reason, and its row has the report's reason beside it.
    [Fact]
    public async Task ExportCsv_ClaimRetractedBeforeItsReportAndTextsLedByInvisibleCharacters_RowsHaveBothReasonsAndNoFormula()
    {
        var editor = await _source.CreateEditorClientAsync();
        int outletId, dealId;
        await using (var db = _source.CreateDbContext())
        {
            outletId = await db.Outlets.Where(o => o.Slug == "reuters").Select(o => o.Id).SingleAsync();
            dealId = await db.Deals.Where(d => d.Slug == "amazon-openai-2026-round").Select(d => d.Id).SingleAsync();
        }

        var created = await editor.PostAsJsonAsync("/api/reports", new Dictionary<string, object?>
        {
            ["outletId"] = outletId, ["headline"] = "\uFEFFInvisible first\u200B", ["summary"] = "\u200B\u00A0A summary",
            ["claims"] = new[]
            {
                new Dictionary<string, object?> { ["dealId"] = dealId, ["metric"] = "context", ["statement"] = "\u200B=2+2 zero width first", ["quote"] = "\u2060two and two" },
                new Dictionary<string, object?> { ["dealId"] = dealId, ["metric"] = "context", ["statement"] = "Standing until the report goes", ["quote"] = "standing" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        int reportId, claimId;
        await using (var db = _source.CreateDbContext())
        {
            var report = await db.Reports.Include(r => r.Claims).SingleAsync(r => r.Headline == "Invisible first");
            Assert.Equal("A summary", report.Summary);
            Assert.Equal(["=2+2 zero width first", "Standing until the report goes"], report.Claims.OrderBy(c => c.Id).Select(c => c.Statement));
            Assert.Equal("two and two", report.Claims.OrderBy(c => c.Id).First().Quote);
            (reportId, claimId) = (report.Id, report.Claims.Min(c => c.Id));
        }

        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/claims/{claimId}/retract", new { version = await VersionAsync(claimId, report: false), reason = "\u200B=The figure was wrong" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/reports/{reportId}/retract", new { version = await VersionAsync(reportId, report: true), reason = "+Withdrawn by the outlet" })).StatusCode);

        var csv = (await _source.CreateClient().GetStringAsync("/api/deals/amazon-openai-2026-round/export.csv")).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n");
        var header = lines[0].Split(',').ToList();
        var rows = lines.Where(l => l.StartsWith($"{reportId},", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        Assert.Equal(2, rows.Count);
        string Cell(string[] row, string column) => row[header.IndexOf(column)];
        Assert.All(rows, row => Assert.Equal("'+Withdrawn by the outlet", Cell(row, "report_retraction_reason")));
        Assert.Equal(["'=2+2 zero width first", "Standing until the report goes"], rows.Select(r => Cell(r, "statement")));
        Assert.Equal(["'=The figure was wrong", "Retracted with its report: +Withdrawn by the outlet"], rows.Select(r => Cell(r, "retraction_reason")));
    }

    private async Task<int> VersionAsync(int id, bool report)
    {
        await using var db = _source.CreateDbContext();
        return report ? await db.Reports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync()
                      : await db.Claims.Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
    }

    [Fact]
    public async Task Export_UnknownDeal_Answers404()
    {
        var response = await _source.CreateClient().GetAsync("/api/deals/no-such-deal/export.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // Ids, the export time and the order of reports of one date belong to each store: each report is named by its link (or
    // headline), the reports sorted by it; everything else must match.
    private static string ByContent(string export, bool withEvents)
    {
        var node = JsonNode.Parse(export)!;
        node["exportedAt"] = null;
        if (!withEvents)
        {
            node["events"] = new JsonArray();
        }

        var reports = node["reports"]!.AsArray();
        var names = reports.ToDictionary(r => r!["id"]!.GetValue<int>(), r => (r!["url"] ?? r["headline"] ?? r["summary"])!.GetValue<string>());
        foreach (var report in reports)
        {
            report!["id"] = names[report["id"]!.GetValue<int>()];
            foreach (var reliance in report["reliances"]!.AsArray().Concat(report["reliesOn"]!.AsArray()))
            {
                foreach (var field in new[] { "report", "reportId" })
                {
                    if (reliance![field] is { } target)
                    {
                        reliance[field] = names[target.GetValue<int>()];
                    }
                }
            }
        }

        var sorted = reports.OrderBy(r => r!["id"]!.GetValue<string>(), StringComparer.Ordinal).Select(r => r!.DeepClone()).ToArray();
        node["reports"] = new JsonArray(sorted);
        foreach (var item in node["events"]!.AsArray())
        {
            var mapped = item!["reports"]!.AsArray().Select(r => names[r!.GetValue<int>()]).Order(StringComparer.Ordinal).ToArray();
            item["reports"] = new JsonArray([.. mapped.Select(n => (JsonNode)n)]);
        }

        return node.ToJsonString();
    }

    // Ids and the export time belong to each store; everything else must match.
    private static string Normalise(string export)
    {
        var node = JsonNode.Parse(export)!;
        node["exportedAt"] = null;
        var reports = node["reports"]!.AsArray();
        var ids = reports.Select((r, i) => (Id: r!["id"]!.GetValue<int>(), Index: i)).ToDictionary(x => x.Id, x => x.Index);
        foreach (var report in reports)
        {
            report!["id"] = ids[report["id"]!.GetValue<int>()];
            foreach (var reliance in report["reliances"]!.AsArray())
            {
                if (reliance!["report"] is { } target)
                {
                    reliance["report"] = ids[target.GetValue<int>()];
                }
            }

            foreach (var reliance in report["reliesOn"]!.AsArray())
            {
                if (reliance!["reportId"] is { } target)
                {
                    reliance["reportId"] = ids[target.GetValue<int>()];
                }
            }
        }

        foreach (var item in node["events"]!.AsArray())
        {
            var mapped = item!["reports"]!.AsArray().Select(r => ids[r!.GetValue<int>()]).Order().ToArray();
            item["reports"] = new JsonArray([.. mapped.Select(i => (JsonNode)i)]);
        }

        return node.ToJsonString();
    }
}
