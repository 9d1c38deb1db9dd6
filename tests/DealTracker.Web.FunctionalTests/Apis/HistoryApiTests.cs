using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.History;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>
/// <c>GET /api/history/{itemType}/{id}</c> over the real pipeline: every change reachable a page at a time with the total, a 404 that
/// says so for an item that is not there, and every item type its own answers name accepted.
/// </summary>
public sealed class HistoryApiTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private static readonly EditorStamp _stamp = new("history-api-test", DealTrackerAppFactory.EditorEmail);

    [Fact]
    public async Task Get_ReportWithMoreChangesThanTheLargestPage_PagesThroughEveryChangeDownToItsCreation()
    {
        var reportId = await SaveReportAsync(Unique("Much edited"));
        const int edits = 250;
        await using (var db = app.CreateDbContext())
        {
            db.ChangeRecords.AddRange(Enumerable.Range(1, edits).Select(i => new ChangeRecord
            {
                ItemType = "Report", ItemId = reportId, ReportId = reportId, Action = ChangeAction.Edited, At = DateTime.UtcNow,
                EditorId = "history-api-test", EditorName = DealTrackerAppFactory.EditorEmail,
                Changes = $$"""[{"field":"SourceNote","before":"note {{i - 1}}","after":"note {{i}}"}]""",
            }));
            await db.SaveChangesAsync();
        }

        var editor = await app.CreateEditorClientAsync();
        var first = await editor.GetFromJsonAsync<JsonElement>($"/api/history/Report/{reportId}?pageSize=200");
        var second = await editor.GetFromJsonAsync<JsonElement>($"/api/history/report/{reportId}?pageSize=200&page=2");
        var byDefault = await editor.GetFromJsonAsync<JsonElement>($"/api/history/Report/{reportId}");
        var pastTheEnd = await editor.GetFromJsonAsync<JsonElement>($"/api/history/Report/{reportId}?page=99");

        var total = edits + 2; // the report's creation and its claim's, and every edit
        Assert.Equal((total, 1, 200), (first.GetProperty("total").GetInt32(), first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32()));
        var entries = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(total, entries.Count);
        var ids = entries.Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(total, ids.Distinct().Count());
        Assert.Equal(("Report", "created"), (entries[^1].GetProperty("itemType").GetString(), entries[^1].GetProperty("action").GetString()));
        Assert.Equal((50, total), (byDefault.GetProperty("items").GetArrayLength(), byDefault.GetProperty("total").GetInt32()));
        Assert.Equal((0, total), (pastTheEnd.GetProperty("items").GetArrayLength(), pastTheEnd.GetProperty("total").GetInt32()));
    }

    [Theory]
    [InlineData("Report", "999999", "There is no report 999999.")]
    [InlineData("Claim", "2147483647", "There is no claim 2147483647.")]
    [InlineData("Report", "0", "There is no report \"0\"")]
    [InlineData("Report", "-1", "There is no report \"-1\"")]
    [InlineData("Report", "2147483648", "There is no report \"2147483648\"")]
    [InlineData("DealEvent", "abc", "There is no event \"abc\"")]
    public async Task Get_NoSuchItem_Answers404ProblemNamingIt(string itemType, string id, string says)
    {
        var editor = await app.CreateEditorClientAsync();

        var response = await editor.GetAsync($"/api/history/{itemType}/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(says, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ItemTypesItsOwnAnswersName_AreAcceptedInAnyCase()
    {
        var reportId = await SaveReportAsync(Unique("Relies on Reuters"), relyOnReuters: true);
        var dealId = await SaveDealAsync();
        var editor = await app.CreateEditorClientAsync();
        var report = await editor.GetFromJsonAsync<JsonElement>($"/api/history/Report/{reportId}");
        var deal = await editor.GetFromJsonAsync<JsonElement>($"/api/history/Deal/{dealId}");
        var reliance = report.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("itemType").GetString() == "Reliance");
        var partyRow = deal.GetProperty("items").EnumerateArray().First(e => e.GetProperty("itemType").GetString() == "DealParty");

        var ofReliance = await editor.GetAsync($"/api/history/Reliance/{reliance.GetProperty("itemId").GetInt32()}");
        var ofPartyRow = await editor.GetAsync($"/api/history/dealparty/{partyRow.GetProperty("itemId").GetInt32()}");

        Assert.Equal(HttpStatusCode.OK, ofReliance.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ofPartyRow.StatusCode);
        var relianceEntry = Assert.Single((await ofReliance.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        Assert.Equal(reliance.GetProperty("id").GetInt64(), relianceEntry.GetProperty("id").GetInt64());
        var partyRowEntry = Assert.Single((await ofPartyRow.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        Assert.Equal("DealParty", partyRowEntry.GetProperty("itemType").GetString());
    }

    [Theory]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=abc", "page")]
    public async Task Get_BadPageOrPageSize_Answers400NamingIt(string query, string parameter)
    {
        var editor = await app.CreateEditorClientAsync();

        var response = await editor.GetAsync($"/api/history/Claim/1?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out _), errors.GetRawText());
    }

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    private async Task<int> SaveReportAsync(string headline, bool relyOnReuters = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = app.CreateDbContext();
        var dealId = (await db.Deals.FirstAsync(d => d.IsFeatured)).Id;
        var forbes = (await db.Outlets.FirstAsync(o => o.Slug == "forbes")).Id;
        var reuters = (await db.Outlets.FirstAsync(o => o.Slug == "reuters")).Id;
        var saved = await scope.ServiceProvider.GetRequiredService<ReportEditor>().SaveAsync(new ReportDraft
        {
            OutletId = forbes, Headline = headline, Url = $"https://example.com/history-api/{Guid.NewGuid():N}",
            Reliances = relyOnReuters ? [new RelianceDraft { TargetOutletId = reuters, Kind = RelianceKind.Cites }] : [],
            Claims = [new ClaimDraft { DealId = dealId, Metric = Metric.Valuation, Statement = $"{headline}: a valuation", Quote = "$5 billion", Amount = 5_000_000_000m }],
        }, _stamp);
        Assert.True(saved.Succeeded, saved.Message + string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {e.Value}")));
        return saved.Id;
    }

    private async Task<int> SaveDealAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<CatalogEditor>();
        var party = await editor.SavePartyAsync(new PartyDraft { Name = Unique("History party") }, _stamp);
        Assert.True(party.Succeeded, party.Message);
        var deal = await editor.SaveDealAsync(new DealDraft
        {
            Title = Unique("History deal"), Summary = "A deal arranged by the history API test.",
            Parties = [new DealPartyDraft { PartyId = party.Id, Role = PartyRole.Raising }],
        }, _stamp);
        Assert.True(deal.Succeeded, deal.Message);
        return deal.Id;
    }
}
