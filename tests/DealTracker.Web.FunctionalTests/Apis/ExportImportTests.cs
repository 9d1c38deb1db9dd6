using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DealTracker.Domain.History;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task Export_UnknownDeal_Answers404()
    {
        var response = await _source.CreateClient().GetAsync("/api/deals/no-such-deal/export.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
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
