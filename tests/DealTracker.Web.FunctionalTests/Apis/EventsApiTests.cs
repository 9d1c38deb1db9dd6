using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Events;
using DealTracker.Domain.Reports;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>/api/events applies every documented filter: outlet, party, metric and status read the reports each event stands on.</summary>
public sealed class EventsApiTests : IAsyncLifetime
{
    private const string Backed = "Event backed by a Reuters report";
    private const string Unbacked = "Event with no report";

    private readonly DealTrackerAppFactory _app = new();
    private HttpClient _client = default!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _client = _app.CreateClient();
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.IsFeatured);
        // A Reuters report on the deal with an investment claim about Amazon.
        var report = await db.Reports.AsTracking()
            .FirstAsync(r => r.Outlet!.Slug == "reuters" && r.Claims.Any(c => c.Party!.Slug == "amazon" && c.Metric == Domain.Claims.Metric.Investment));
        db.Events.Add(new DealEvent { DealId = deal.Id, Title = Backed, Occurred = PartialDate.OnDay(2026, 1, 30), Reports = [report] });
        db.Events.Add(new DealEvent { DealId = deal.Id, Title = Unbacked, Occurred = PartialDate.OnDay(2026, 1, 31) });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData("outlet=reuters")]
    [InlineData("outlet=REUTERS")]
    [InlineData("party=amazon")]
    [InlineData("metric=investment")]
    [InlineData("status=standing")]
    public async Task List_FilterByTheEventsReports_KeepsOnlyEventsStandingOnMatchingReports(string query)
    {
        var titles = await TitlesAsync(query);

        Assert.Contains(Backed, titles);
        Assert.DoesNotContain(Unbacked, titles);
    }

    [Fact]
    public async Task List_StatusRetracted_OnlyEventsWithARetractedReport()
    {
        Assert.DoesNotContain(Backed, await TitlesAsync("status=retracted"));
    }

    [Fact]
    public async Task List_NoFilter_ListsEventsWithAndWithoutReports()
    {
        var titles = await TitlesAsync("pageSize=200");

        Assert.Contains(Backed, titles);
        Assert.Contains(Unbacked, titles);
    }

    [Theory]
    [InlineData("outlet=nope", "outlet")]
    [InlineData("party=nope", "party")]
    [InlineData("metric=price", "metric")]
    [InlineData("status=maybe", "status")]
    public async Task List_BadFilterValue_Is400NamingIt(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/events?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    private async Task<List<string>> TitlesAsync(string query)
    {
        var page = await _client.GetFromJsonAsync<JsonElement>($"/api/events?{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("title").GetString()!)];
    }
}
