using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.History;
using DealTracker.Domain.Reports;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>The editors' write API over the real pipeline: entering, editing, conflicts, retraction and history.</summary>
public sealed class ReportsApiTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();
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
    public async Task Create_ReportWithTwoFigures_ShowsOnTheTimelineAndRecordsHistory()
    {
        var response = await _editor.PostAsJsonAsync("/api/reports", NewReport(await OutletAsync("Bloomberg test"), "https://www.bloomberg.com/news/articles/amazon-openai-test"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<SavedItem>();
        Assert.Equal($"/reports/{saved!.Id}", response.Headers.Location?.OriginalString);

        var (_, timeline) = await HtmlPage.GetAsync(_app.CreateClient(), "/deals/amazon-openai-2026-round/timeline?outlet=bloomberg-test");
        var entry = Assert.Single(timeline.QuerySelectorAll(".dt-entry-title"));
        Assert.Equal("Amazon weighs $40 billion OpenAI stake", entry.Text());
        var values = timeline.QuerySelectorAll(".dt-claim-value").Select(v => v.Text()).ToList();
        Assert.Equal(["up to $40B", "$90B or more"], values);

        await using var db = _app.CreateDbContext();
        var history = await db.ChangeRecords.Where(c => c.ReportId == saved.Id || (c.ItemType == "Report" && c.ItemId == saved.Id)).ToListAsync();
        Assert.Contains(history, c => c.ItemType == "Report" && c.Action == ChangeAction.Created && c.EditorName == DealTrackerAppFactory.EditorEmail);
        Assert.Equal(2, history.Count(c => c.ItemType == "Claim" && c.Action == ChangeAction.Created));
    }

    [Fact]
    public async Task Create_WithIdsFoundThroughTheReadApi_IsSavedForThatOutletDealAndParty()
    {
        // A client that knows only the read API finds every id a report needs there.
        var reader = _app.CreateClient();
        var outlets = await reader.GetFromJsonAsync<JsonElement>("/api/outlets");
        var reutersId = outlets.EnumerateArray().Single(o => o.GetProperty("slug").GetString() == "reuters").GetProperty("id").GetInt32();
        var deal = await reader.GetFromJsonAsync<JsonElement>("/api/deals/amazon-openai-2026-round");
        var amazonId = deal.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "amazon").GetProperty("id").GetInt32();
        var deals = await reader.GetFromJsonAsync<JsonElement>("/api/deals");
        var dealId = deals.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("slug").GetString() == "amazon-openai-2026-round").GetProperty("id").GetInt32();

        var draft = NewReport(reutersId, "https://www.reuters.com/technology/ids-from-the-read-api");
        foreach (var claim in (List<Dictionary<string, object?>>)draft["claims"]!)
        {
            claim["dealId"] = dealId;
        }

        ((List<Dictionary<string, object?>>)draft["claims"]!)[0]["partyId"] = amazonId;
        var response = await _editor.PostAsJsonAsync("/api/reports", draft);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<SavedItem>();
        await using var db = _app.CreateDbContext();
        var report = await db.Reports.Include(r => r.Outlet).Include(r => r.Claims).SingleAsync(r => r.Id == saved!.Id);
        Assert.Equal("reuters", report.Outlet!.Slug);
        Assert.All(report.Claims, c => Assert.Equal(dealId, c.DealId));
        Assert.Contains(report.Claims, c => c.PartyId == amazonId);
    }

    [Fact]
    public async Task Create_NewOutletNameInsteadOfAnOutletId_Answers400NamingOutletIdAndAddsNoOutlet()
    {
        // The editor page's outlet picker can add an outlet with the report; the API picks one by id.
        var draft = NewReport(outletId: null, "https://example.com/ui-only-fields");
        draft["newOutletName"] = "UI-only outlet";
        draft["newOutletKind"] = "wire";

        var response = await _editor.PostAsJsonAsync("/api/reports", draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("OutletId", out _));
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Outlets.AnyAsync(o => o.Name == "UI-only outlet"));
        Assert.False(await db.Reports.AnyAsync(r => r.Url == "https://example.com/ui-only-fields"));
    }

    /// <summary>The API's write path refuses a report relying on its own outlet, as the form does, naming the row.</summary>
    [Fact]
    public async Task Create_RelyingOnItsOwnOutlet_Answers400NamingTheRowAndSavesNothing()
    {
        var outletId = await OutletAsync("Own outlet test");
        var draft = NewReport(outletId, "https://example.com/relies-on-itself");
        draft["reliances"] = new[] { new Dictionary<string, object?> { ["targetOutletId"] = outletId, ["kind"] = "cites" } };

        var response = await _editor.PostAsJsonAsync("/api/reports", draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("cannot rely on its own outlet (Own outlet test)", errors.GetProperty("Reliances[0]")[0].GetString(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Reports.AnyAsync(r => r.Url == "https://example.com/relies-on-itself"));
    }

    [Fact]
    public async Task Update_WithCurrentVersion_SavesAndRecordsBeforeAndAfter()
    {
        var saved = await CreateAsync("Update test outlet", "https://example.com/update-test");

        var draft = NewReport(await OutletAsync("Update test outlet"), "https://example.com/update-test");
        draft["version"] = saved.Version;
        draft["headline"] = "A corrected headline";
        draft["summary"] = "Amazon weighs $40 billion OpenAI stake";
        draft.Remove("claims");
        var response = await _editor.PutAsJsonAsync($"/api/reports/{saved.Id}", draft);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<SavedItem>();
        Assert.Equal(saved.Version + 1, updated!.Version);
        var history = await _editor.GetFromJsonAsync<JsonElement>($"/api/history/Report/{saved.Id}");
        var edit = history.GetProperty("items").EnumerateArray().First(e => e.GetProperty("action").GetString() == "edited" && e.GetProperty("itemType").GetString() == "Report");
        var change = Assert.Single(edit.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "Headline");
        Assert.Equal("Headline", change.GetProperty("field").GetString());
        Assert.Equal("Amazon weighs $40 billion OpenAI stake", change.GetProperty("before").GetString());
        Assert.Equal("A corrected headline", change.GetProperty("after").GetString());
        Assert.Equal(DealTrackerAppFactory.EditorEmail, edit.GetProperty("editorName").GetString());

        // The claims left out of the edit are kept: a claim leaves the record only by retraction.
        await using var db = _app.CreateDbContext();
        Assert.Equal(2, await db.Claims.CountAsync(c => c.ReportId == saved.Id && c.Status == ClaimStatus.Standing));
    }

    [Fact]
    public async Task Update_NewHeadlineWithTheSummaryAsRead_TimelineShowsOnlyTheNewHeadline()
    {
        var saved = await CreateAsync("Summary follows outlet", "https://example.com/summary-follows");
        var list = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/reports?outlet=summary-follows-outlet");
        var read = Assert.Single(list.GetProperty("items").EnumerateArray());

        // A client sends back what it read, the summary the store filled in from the headline included.
        var draft = NewReport(await OutletAsync("Summary follows outlet"), "https://example.com/summary-follows");
        draft["version"] = saved.Version;
        draft["headline"] = "Amazon weighs a corrected OpenAI stake";
        draft["summary"] = read.GetProperty("summary").GetString();
        draft.Remove("claims");
        var response = await _editor.PutAsJsonAsync($"/api/reports/{saved.Id}", draft);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await _app.CreateClient().GetStringAsync("/deals/amazon-openai-2026-round/timeline?outlet=summary-follows-outlet");
        Assert.Contains("Amazon weighs a corrected OpenAI stake", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Amazon weighs $40 billion OpenAI stake", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_FromAStaleVersion_Answers409AndOverwritesNothing()
    {
        var saved = await CreateAsync("Stale test outlet", "https://example.com/stale-test");
        var first = NewReport(await OutletAsync("Stale test outlet"), "https://example.com/stale-test");
        first["version"] = saved.Version;
        first["headline"] = "First editor's headline";
        first.Remove("claims");
        Assert.Equal(HttpStatusCode.OK, (await _editor.PutAsJsonAsync($"/api/reports/{saved.Id}", first)).StatusCode);

        var second = NewReport(await OutletAsync("Stale test outlet"), "https://example.com/stale-test");
        second["version"] = saved.Version; // opened before the first editor saved
        second["headline"] = "Second editor's headline";
        second.Remove("claims");
        var response = await _editor.PutAsJsonAsync($"/api/reports/{saved.Id}", second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Nothing was saved", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal("First editor's headline", (await db.Reports.SingleAsync(r => r.Id == saved.Id)).Headline);
        Assert.Equal(1, await db.ChangeRecords.CountAsync(c => c.ItemType == "Report" && c.ItemId == saved.Id && c.Action == ChangeAction.Edited));
    }

    [Fact]
    public async Task Create_JavascriptLinkAndFigureWithoutQuote_Answers400WithBothFieldsAndSavesNothing()
    {
        var draft = NewReport(await OutletAsync("Invalid test outlet"), "javascript:alert(1)");
        ((List<Dictionary<string, object?>>)draft["claims"]!)[0]["quote"] = "";
        await using var before = _app.CreateDbContext();
        var reports = await before.Reports.CountAsync();
        var claims = await before.Claims.CountAsync();

        var response = await _editor.PostAsJsonAsync("/api/reports", draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("http://", errors.GetProperty("Url")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("quote", errors.GetProperty("Claims[0].Quote")[0].GetString(), StringComparison.Ordinal);
        await using var after = _app.CreateDbContext();
        Assert.Equal(reports, await after.Reports.CountAsync());
        Assert.Equal(claims, await after.Claims.CountAsync());
    }

    [Fact]
    public async Task Create_SameLinkTwice_IsCaughtAsADuplicate()
    {
        await CreateAsync("Duplicate test outlet", "https://example.com/duplicate-test");

        var response = await _editor.PostAsJsonAsync("/api/reports", NewReport(await OutletAsync("Duplicate test outlet"), "HTTPS://Example.com/duplicate-test/#comments"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("already recorded", errors.GetProperty("Url")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_PublishedInTheFuture_Answers400()
    {
        var draft = NewReport(await OutletAsync("Future test outlet"), "https://example.com/future-test");
        draft["publishedOn"] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

        var response = await _editor.PostAsJsonAsync("/api/reports", draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("PublishedOn", out _));
    }

    [Fact]
    public async Task RetractReport_WithReason_KeepsItMarkedAndRetractsItsClaims()
    {
        var saved = await CreateAsync("Retract test outlet", "https://example.com/retract-test");

        var response = await _editor.PostAsJsonAsync($"/api/reports/{saved.Id}/retract", new { version = saved.Version, reason = "The outlet withdrew the story." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, page) = await HtmlPage.GetAsync(_app.CreateClient(), $"/reports/{saved.Id}");
        Assert.Contains("This report has been retracted", page.QuerySelector(".dt-report-retracted")!.Text(), StringComparison.Ordinal);
        Assert.Contains("The outlet withdrew the story.", page.QuerySelector(".dt-report-retracted")!.Text(), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".dt-claims li.dt-retracted").Length);
        await using var db = _app.CreateDbContext();
        Assert.Equal(ReportStatus.Retracted, (await db.Reports.SingleAsync(r => r.Id == saved.Id)).Status);
        Assert.Equal(1, await db.ChangeRecords.CountAsync(c => c.ItemType == "Report" && c.ItemId == saved.Id && c.Action == ChangeAction.Retracted));
    }

    [Fact]
    public async Task RetractReport_WithoutReason_Answers400()
    {
        var saved = await CreateAsync("No reason outlet", "https://example.com/no-reason-test");

        var response = await _editor.PostAsJsonAsync($"/api/reports/{saved.Id}/retract", new { version = saved.Version, reason = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = _app.CreateDbContext();
        Assert.Equal(ReportStatus.Standing, (await db.Reports.SingleAsync(r => r.Id == saved.Id)).Status);
    }

    [Fact]
    public async Task Update_MissingReport_Answers404()
    {
        var draft = NewReport(await OutletAsync("Missing outlet"), "https://example.com/missing");
        var response = await _editor.PutAsJsonAsync("/api/reports/999999", draft);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<SavedItem> CreateAsync(string outlet, string url)
    {
        var response = await _editor.PostAsJsonAsync("/api/reports", NewReport(await OutletAsync(outlet), url));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SavedItem>())!;
    }

    private Task<int> OutletAsync(string name) => TestOutlets.AddAsync(_app, name);

    [Theory]
    [InlineData("approximately", "79228162514264337593543950335", null)]
    [InlineData("exact", "1000000000000000000000000001", null)]
    [InlineData("range", null, "79228162514264337593543950335")]
    public async Task Create_AmountPastTheLargestHeld_Answers400AndSavesNothing(string hedge, string? amount, string? high)
    {
        var draft = NewReport(await OutletAsync("Huge amount outlet " + hedge), "https://example.com/huge-" + hedge);
        var claim = ((List<Dictionary<string, object?>>)draft["claims"]!)[0];
        claim["hedge"] = hedge;
        claim["amount"] = amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        if (high is not null)
        {
            claim["low"] = 1_000_000m;
            claim["high"] = decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture);
        }

        var response = await _editor.PostAsJsonAsync("/api/reports", draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 10^27", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Reports.AnyAsync(r => r.Url == "https://example.com/huge-" + hedge));
    }

    private Dictionary<string, object?> NewReport(int? outletId, string url) => TestReports.TwoFigures(outletId, url, _dealId, _amazonId);

    private sealed record SavedItem(int Id, int Version);
}
