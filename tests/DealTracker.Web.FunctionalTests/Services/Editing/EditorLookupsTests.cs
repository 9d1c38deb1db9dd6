using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
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
