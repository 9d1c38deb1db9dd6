using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>
/// A deal's figures when a claim names a party that is not one of the deal's (its real slug everywhere), and when a figure is
/// reported in two currencies (not compared: no conflict across them, each currency's own agreement).
/// </summary>
public sealed class DealFiguresApiTests : IAsyncLifetime
{
    private const string Deal = "/api/deals/amazon-openai-2026-round";

    private readonly DealTrackerAppFactory _app = new();
    private HttpClient _client = default!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _client = _app.CreateClient();
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.IsFeatured);
        var outsider = new Party { Slug = "blackstone", Name = "Blackstone", Kind = PartyKind.Company };
        var outlet = new Outlet { Slug = "euro-daily", Name = "Euro Daily", Kind = OutletKind.Online };
        var report = new Report { Outlet = outlet, Summary = "Euro Daily on the round", Published = PartialDate.OnDay(2026, 2, 2) };
        report.Claims.Add(new Claim
        {
            DealId = deal.Id, Party = outsider, Metric = Metric.Investment, Statement = "Blackstone invests $5 billion",
            Quote = "$5 billion", Money = HedgedAmount.Exact(5_000_000_000m),
        });
        report.Claims.Add(new Claim
        {
            DealId = deal.Id, Metric = Metric.RoundSize, Statement = "The round is €90 billion to €120 billion",
            Quote = "€90 billion to €120 billion", Money = HedgedAmount.Between(90_000_000_000m, 120_000_000_000m, "EUR"),
        });
        db.Reports.Add(report);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Get_FigureOfAPartyNotOfTheDeal_HasThePartysRealSlug()
    {
        var figure = await FigureAsync("investment", "blackstone");

        Assert.Equal("Blackstone", figure.GetProperty("party").GetProperty("name").GetString());
        var claims = await _client.GetFromJsonAsync<JsonElement>("/api/claims?party=blackstone");
        Assert.Equal("blackstone", claims.GetProperty("items")[0].GetProperty("party").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Get_EveryFigureParty_HasASlug()
    {
        var deal = await _client.GetFromJsonAsync<JsonElement>(Deal);

        Assert.All(
            deal.GetProperty("figures").EnumerateArray().Where(f => f.GetProperty("party").ValueKind == JsonValueKind.Object),
            f => Assert.False(string.IsNullOrEmpty(f.GetProperty("party").GetProperty("slug").GetString())));
    }

    [Fact]
    public async Task GetTimeline_PartyNamedOnlyInAClaim_IsOfferedByThePartyFilter()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/deals/amazon-openai-2026-round/timeline");

        Assert.Contains(page.QuerySelectorAll("#party option"), o => o.GetAttribute("value") == "blackstone");
    }

    [Fact]
    public async Task Get_RoundSizeInEurosBesideDollars_NotComparedNoConflictEachCurrencyAgrees()
    {
        var figure = await FigureAsync("roundSize", null);

        Assert.False(figure.GetProperty("hasConflict").GetBoolean());
        Assert.True(figure.GetProperty("mixedCurrencies").GetBoolean());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("agreement").ValueKind);
        var agreements = figure.GetProperty("agreementsByCurrency").EnumerateArray().ToList();
        Assert.Contains(agreements, a => a.GetProperty("currency").GetString() == "USD");
        Assert.Contains(agreements, a => a.GetProperty("currency").GetString() == "EUR" && a.GetProperty("words").GetString() == "€90B–€120B");
        var euro = figure.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("value").GetProperty("currency").GetString() == "EUR");
        Assert.False(euro.GetProperty("comparableWithLead").GetBoolean());
        Assert.All(
            figure.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("value").GetProperty("currency").GetString() == "USD"),
            v => Assert.True(v.GetProperty("comparableWithLead").GetBoolean()));
    }

    [Fact]
    public async Task GetCompare_RoundSizeInEurosBesideDollars_SaysDifferentCurrenciesNotConflict()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/deals/amazon-openai-2026-round/compare");

        var roundSize = page.QuerySelectorAll(".dt-pairs").Single(p => p.QuerySelectorAll("li").Any(li => li.TextContent.Contains('€')));
        var euroPairs = roundSize.QuerySelectorAll("li").Where(li => li.TextContent.Contains('€')).ToList();
        Assert.NotEmpty(euroPairs);
        Assert.All(euroPairs, li =>
        {
            Assert.Contains("different currencies", li.Text(), StringComparison.Ordinal);
            Assert.DoesNotContain("cannot both be right", li.Text(), StringComparison.Ordinal);
        });
        var column = roundSize.GetAttribute("data-column");
        Assert.Empty(page.QuerySelectorAll($"td[data-column='{column}'] .dt-cell-conflict"));
        Assert.DoesNotContain(page.QuerySelectorAll($"td.dt-verdict[data-column='{column}']"), td => td.Text().Contains("no value fits", StringComparison.Ordinal));
    }

    private async Task<JsonElement> FigureAsync(string metric, string? party)
    {
        var deal = await _client.GetFromJsonAsync<JsonElement>(Deal);
        return deal.GetProperty("figures").EnumerateArray().Single(f =>
            f.GetProperty("metric").GetString() == metric
            && (party is null ? f.GetProperty("party").ValueKind == JsonValueKind.Null : f.GetProperty("party").GetProperty("slug").GetString() == party));
    }
}
