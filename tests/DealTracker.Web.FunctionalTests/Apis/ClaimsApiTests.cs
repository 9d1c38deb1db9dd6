using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.History;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

public sealed class ClaimsApiTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();
    private HttpClient _editor = default!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _editor = await _app.CreateEditorClientAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Retract_ReutersInvestmentFigure_StaysVisibleMarkedAndLeavesTheHeadlineFigure()
    {
        var claim = await ReutersInvestmentClaimAsync();
        var public_ = _app.CreateClient();
        var before = await InvestmentCardAsync(public_);

        var response = await _editor.PostAsJsonAsync($"/api/claims/{claim.Id}/retract", new { version = claim.Version, reason = "Reuters corrected the figure." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await InvestmentCardAsync(public_);
        Assert.NotEqual(before, after);
        var (_, report) = await HtmlPage.GetAsync(public_, $"/reports/{claim.ReportId}");
        var retracted = Assert.Single(report.QuerySelectorAll(".dt-claims li.dt-retracted"), li => li.Text().Contains("$50B", StringComparison.Ordinal));
        Assert.Contains("Reuters corrected the figure.", retracted.Text(), StringComparison.Ordinal);
        var (_, compare) = await HtmlPage.GetAsync(public_, "/deals/amazon-openai-2026-round/compare");
        var listed = Assert.Single(compare.QuerySelectorAll(".dt-compare-retracted li"));
        Assert.Contains("Reuters", listed.Text(), StringComparison.Ordinal);
        Assert.Contains("up to $50B", listed.Text(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        var record = await db.ChangeRecords.SingleAsync(c => c.ItemType == "Claim" && c.ItemId == claim.Id && c.EditorName == DealTrackerAppFactory.EditorEmail);
        Assert.Equal(ChangeAction.Retracted, record.Action);
        Assert.Contains("Retracted", record.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_StaleVersion_Answers409AndKeepsTheNewerEdit()
    {
        var claim = await ReutersInvestmentClaimAsync();
        var edit = Draft(claim, note: "First note");
        Assert.Equal(HttpStatusCode.OK, (await _editor.PutAsJsonAsync($"/api/claims/{claim.Id}", edit)).StatusCode);

        var stale = Draft(claim, note: "Second note");
        var response = await _editor.PutAsJsonAsync($"/api/claims/{claim.Id}", stale);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Edited by someone else", problem.GetProperty("title").GetString());
        await using var db = _app.CreateDbContext();
        Assert.Equal("First note", (await db.Claims.SingleAsync(c => c.Id == claim.Id)).Note);
    }

    [Fact]
    public async Task Update_NegativeAmount_Answers400NextToTheAmount()
    {
        var claim = await ReutersInvestmentClaimAsync();
        var draft = Draft(claim, note: null);
        draft["amount"] = -5m;

        var response = await _editor.PutAsJsonAsync($"/api/claims/{claim.Id}", draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("positive", errors.GetProperty("Amount")[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<string> InvestmentCardAsync(HttpClient client)
    {
        var (_, overview) = await HtmlPage.GetAsync(client, "/deals/amazon-openai-2026-round");
        return overview.QuerySelectorAll(".dt-figure").First().Text();
    }

    private async Task<Claim> ReutersInvestmentClaimAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Claims.FirstAsync(c => c.Report!.Outlet!.Slug == "reuters" && c.Metric == Metric.Investment && c.Quote == "as much as $50 billion");
    }

    private static Dictionary<string, object?> Draft(Claim claim, string? note) => new()
    {
        ["version"] = claim.Version, ["dealId"] = claim.DealId, ["metric"] = "investment", ["partyId"] = claim.PartyId,
        ["statement"] = claim.Statement, ["quote"] = claim.Quote, ["hedge"] = "upTo", ["amount"] = claim.Amount, ["currency"] = claim.Currency,
        ["note"] = note,
    };
}
