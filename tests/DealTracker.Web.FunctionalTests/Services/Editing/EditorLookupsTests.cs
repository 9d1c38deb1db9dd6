using System.Globalization;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Editing;

/// <summary>
/// The editor lists' search against a real store: "%" and "_" are searched for literally, and the catalogue finds non-ASCII names
/// in any case and Unicode form (SQLite's LIKE folds ASCII only).
/// </summary>
public sealed class EditorLookupsTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private static readonly EditorStamp _stamp = new("lookups-test", DealTrackerAppFactory.EditorEmail);

    [Theory]
    [InlineData("%", "Fifty%Fifty Capital")]
    [InlineData("_", "Under_score Partners")]
    public async Task PartiesAsync_Wildcard_FindsOnlyNamesHoldingIt(string search, string name)
    {
        await SavePartyAsync(name);

        var page = await UseAsync(l => l.PartiesAsync(search, 1));

        Assert.Equal(name, Assert.Single(page.Rows).Title);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task ReportsAndClaimsAsync_Wildcard_MatchNothingWithoutIt(string search)
    {
        var (reports, claims) = (await UseAsync(l => l.ReportsAsync(search, 1)), await UseAsync(l => l.ClaimsAsync(search, 1)));

        Assert.Equal((0, 0), (reports.Total, claims.Total));
    }

    [Theory]
    [InlineData("SOCIÉTÉ")]
    [InlineData("société")]
    [InlineData("Socie\u0301te\u0301")]
    public async Task PartiesAsync_NonAsciiInAnyCaseOrForm_FindsTheParty(string search)
    {
        await SavePartyAsync("Société Nouvelle");

        var page = await UseAsync(l => l.PartiesAsync(search, 1));

        Assert.Contains(page.Rows, r => r.Title == "Société Nouvelle");
    }

    [Fact]
    public async Task OutletsAsync_SearchInOtherCase_FindsTheOutlet()
    {
        var page = await UseAsync(l => l.OutletsAsync("REUTERS", 1));

        Assert.Equal("Reuters", Assert.Single(page.Rows).Title);
    }

    [Fact]
    public async Task ReportsAndClaimsAsync_SearchInOtherCase_FindTheSeedsReutersReportAndItsClaims()
    {
        // The lists search with an escape character (so "%" is literal); on PostgreSQL, too, case must not count.
        var (reports, claims) = (await UseAsync(l => l.ReportsAsync("REUTERS", 1)), await UseAsync(l => l.ClaimsAsync("REUTERS", 1)));
        var choices = await UseAsync(l => l.ReportChoicesAsync("REUTERS"));

        Assert.True(reports.Total > 0 && claims.Total > 0 && choices.Count > 0, $"{reports.Total} reports, {claims.Total} claims, {choices.Count} choices");
    }

    [Theory]
    [InlineData(DatePrecision.Month, "2025-11-01", "Nov 2025")]
    [InlineData(DatePrecision.Year, "2025-01-01", "2025")]
    [InlineData(DatePrecision.Day, "2025-11-17", "17 Nov 2025")]
    public async Task ReportsClaimsAndChoices_PartialPublishedDate_ShowItAsPreciselyAsKnown(DatePrecision precision, string on, string expected)
    {
        var headline = $"Precision {precision} lookup headline";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>().CreateDbContextAsync();
            if (!await db.Reports.AnyAsync(r => r.Headline == headline))
            {
                var dealId = (await db.Deals.FirstAsync(d => d.IsFeatured)).Id;
                var outletId = (await db.Outlets.FirstAsync(o => o.Slug == "reuters")).Id;
                var saved = await scope.ServiceProvider.GetRequiredService<ReportEditor>().SaveAsync(new ReportDraft
                {
                    OutletId = outletId, Headline = headline, Url = $"https://example.com/precision-{precision}",
                    PublishedOn = DateOnly.Parse(on, CultureInfo.InvariantCulture), PublishedPrecision = precision,
                    Claims = [new ClaimDraft { DealId = dealId, Metric = Metric.Valuation, Statement = $"{headline} claim", Quote = "$5 billion", Amount = 5_000_000_000m }],
                }, _stamp);
                Assert.True(saved.Succeeded, saved.Message + string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {e.Value}")));
            }
        }

        var reports = await UseAsync(l => l.ReportsAsync(headline, 1));
        var claims = await UseAsync(l => l.ClaimsAsync($"{headline} claim", 1));
        var choices = await UseAsync(l => l.ReportChoicesAsync(headline));

        Assert.Equal(expected, Assert.Single(reports.Rows).Date);
        Assert.Equal(expected, Assert.Single(claims.Rows).Date);
        Assert.EndsWith($"({expected})", Assert.Single(choices).Label, StringComparison.Ordinal);
    }

    private async Task SavePartyAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CatalogEditor>().SavePartyAsync(new PartyDraft { Name = name }, _stamp);
        Assert.True(result.Succeeded || result.Errors.Values.Any(e => e.StartsWith("There is already", StringComparison.Ordinal)), result.Message);
    }

    private async Task<T> UseAsync<T>(Func<EditorLookups, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<EditorLookups>());
    }
}
