using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.FunctionalTests.Services.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DealTracker.Web.FunctionalTests.Data.Tallies;

/// <summary>
/// The outlets' and deals' counts are kept by the saves, not counted on each render: after every kind of edit
/// (a new report, a moved and redated one, a reliance, a retraction, an import, a migration) the outlet pages and
/// the read API show what a count over the whole store gives. Caches off, so every read renders.
/// </summary>
public sealed class KeptCountsTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { ReadCache = false };
    private HttpClient _editor = default!;
    private int _dealId;
    private int _amazonId;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _editor = await _app.CreateEditorClientAsync();
        await using var db = _app.CreateDbContext();
        _dealId = (await db.Deals.SingleAsync(d => d.IsFeatured)).Id;
        _amazonId = (await db.Parties.SingleAsync(p => p.Slug == "amazon")).Id;
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task CreateReport_WithTheEarliestFigures_IsCountedAndItsOutletIsFirst()
    {
        var before = await ShownCountsAsync();

        await CreateAsync("Early bird", "2026-01-01");

        var after = await ShownCountsAsync();
        Assert.Equal(new OutletCounts(1, 2, 1, 2), after["early-bird"]);
        Assert.Equal(before["financial-times"].First - 1, after["financial-times"].First); // Amazon's investment moves to the early bird
        Assert.Equal(before["reuters"].First - 1, after["reuters"].First); // and so does the round size
        var (_, list) = await HtmlPage.GetAsync(_app.CreateClient(), "/outlets");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.Text() == "Early bird");
        Assert.Equal(["Wire service", "1", "2", "2", "1"], row.QuerySelectorAll("td").Select(td => td.Text()).ToArray());
    }

    [Fact]
    public async Task UpdateReport_ToAnotherOutletLaterWithAReliance_MovesItsCountsAndGivesFirstBack()
    {
        var before = await ShownCountsAsync();
        var saved = await CreateAsync("Moved from", "2026-01-01");
        var draft = NewReport(await TestOutlets.AddAsync(_app, "Moved to"), "2026-03-01", claims: false);
        draft["version"] = saved.Version;
        draft["reliances"] = new List<object> { new { targetOutletId = await OutletIdAsync("reuters"), kind = "repeats" } };

        Assert.Equal(HttpStatusCode.OK, (await _editor.PutAsJsonAsync($"/api/reports/{saved.Id}", draft)).StatusCode);

        var after = await ShownCountsAsync();
        Assert.Equal(new OutletCounts(0, 0, 0, 0), after["moved-from"]);
        Assert.Equal(new OutletCounts(1, 2, 0, 0), after["moved-to"]); // relies on Reuters: not original; later than the others: not first
        Assert.Equal(before["financial-times"], after["financial-times"]);
        Assert.Equal(before["reuters"], after["reuters"]);
        var (_, page) = await HtmlPage.GetAsync(_app.CreateClient(), "/outlets/moved-to");
        Assert.Single(page.QuerySelectorAll(".dt-report"));
    }

    [Fact]
    public async Task RetractClaim_TheEarliestInvestmentFigure_StaysCountedButIsNoLongerFirst()
    {
        var before = await ShownCountsAsync();
        var saved = await CreateAsync("Retracting outlet", "2026-01-01");
        await using var db = _app.CreateDbContext();
        var claim = await db.Claims.SingleAsync(c => c.ReportId == saved.Id && c.Metric == Metric.Investment);

        var response = await _editor.PostAsJsonAsync($"/api/claims/{claim.Id}/retract", new { version = claim.Version, reason = "Corrected." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await ShownCountsAsync();
        Assert.Equal(new OutletCounts(1, 2, 1, 1), after["retracting-outlet"]); // still first with the round size
        Assert.Equal(before["financial-times"], after["financial-times"]);
    }

    [Fact]
    public async Task RetractReport_WithTheEarliestFigures_StaysCountedButIsFirstWithNothing()
    {
        var before = await ShownCountsAsync();
        var saved = await CreateAsync("Withdrawn outlet", "2026-01-01");

        var response = await _editor.PostAsJsonAsync($"/api/reports/{saved.Id}/retract", new { version = saved.Version, reason = "Withdrawn." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await ShownCountsAsync();
        Assert.Equal(new OutletCounts(1, 2, 1, 0), after["withdrawn-outlet"]);
        Assert.Equal(before["reuters"], after["reuters"]);
    }

    [Fact]
    public async Task Import_ADealWithItsOutlets_CountsEveryImportedReportAndClaim()
    {
        var document = DealImporterTests.Generate("kept-import", 40);

        var response = await _editor.PostAsync(
            "/api/import?apply=true", new StringContent(JsonSerializer.Serialize(document, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await ShownCountsAsync();
        Assert.Equal(40, Enumerable.Range(0, 20).Sum(i => after[$"kept-import-outlet-{i}"].Reports));
        Assert.Equal(120, Enumerable.Range(0, 20).Sum(i => after[$"kept-import-outlet-{i}"].Claims));
    }

    [Fact]
    public async Task Migrate_FromTheVersionBeforeKeptCounts_FillsTheCountsOfWhatIsStored()
    {
        await CreateAsync("Stored before", "2026-01-01");
        await using (var db = _app.CreateDbContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("SeveralNodes"); // drops the kept counts
            await migrator.MigrateAsync(); // and fills them again from the stored reports
        }

        var after = await ShownCountsAsync();
        Assert.Equal(new OutletCounts(1, 2, 1, 2), after["stored-before"]);
        Assert.Equal(new OutletCounts(1, 9, 1, 1), after["reuters"]); // first with the valuation only now
    }

    /// <summary>
    /// What <c>/api/outlets</c> shows for each outlet, after checking that it and <c>/api/deals</c> equal a count over the
    /// whole store (and that the kept rows do too).
    /// </summary>
    private async Task<Dictionary<string, OutletCounts>> ShownCountsAsync()
    {
        var reader = _app.CreateClient();
        var outlets = (await reader.GetFromJsonAsync<JsonElement>("/api/outlets")).EnumerateArray().ToDictionary(
            o => o.GetProperty("slug").GetString()!,
            o => new OutletCounts(Int(o, "reports"), Int(o, "claims"), Int(o, "original"), Int(o, "first")));
        var deals = (await reader.GetFromJsonAsync<JsonElement>("/api/deals?pageSize=200")).GetProperty("items").EnumerateArray().ToDictionary(
            d => d.GetProperty("slug").GetString()!,
            d => new DealCounts(Int(d, "reports"), Int(d, "claims")));
        await using var db = _app.CreateDbContext();
        var freshOutlets = await FreshCounts.OutletsAsync(db);
        Assert.Equal(Sorted(freshOutlets), Sorted(outlets));
        Assert.Equal(Sorted(freshOutlets), Sorted(await FreshCounts.KeptOutletsAsync(db)));
        Assert.Equal(Sorted(await FreshCounts.DealsAsync(db)), Sorted(deals));
        return outlets;
    }

    private static int Int(JsonElement item, string name) => item.GetProperty(name).GetInt32();

    private static List<KeyValuePair<string, T>> Sorted<T>(Dictionary<string, T> counts) => [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal)];

    private async Task<int> OutletIdAsync(string slug)
    {
        await using var db = _app.CreateDbContext();
        return (await db.Outlets.SingleAsync(o => o.Slug == slug)).Id;
    }

    private async Task<SavedItem> CreateAsync(string outlet, string publishedOn)
    {
        var response = await _editor.PostAsJsonAsync("/api/reports", NewReport(await TestOutlets.AddAsync(_app, outlet), publishedOn, claims: true));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SavedItem>())!;
    }

    private Dictionary<string, object?> NewReport(int outletId, string publishedOn, bool claims)
    {
        var draft = TestReports.TwoFigures(outletId, $"https://example.com/kept-counts/{outletId}", _dealId, _amazonId, publishedOn);
        if (!claims)
        {
            draft.Remove("claims"); // an edit that leaves the claims as they are
        }

        return draft;
    }

    private sealed record SavedItem(int Id, int Version);
}
