using DealTracker.Domain.Deals;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Pages;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Services.Pages;

/// <summary>
/// The timeline's filters come from the deal's own rows: their cost follows the deal, not the catalogue (a party filter
/// built by an EXISTS per party of the store took 1–10 s on a large store, audit E2-1).
/// </summary>
public sealed class TimelineQueryTests : IAsyncLifetime
{
    private const string Deal = "amazon-openai-2026-round";

    private readonly DealTrackerAppFactory _app = new() { ReadCache = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [SqliteOnlyTheory]
    [InlineData($"/deals/{Deal}/timeline")]
    [InlineData($"/deals/{Deal}/timeline?page=2&metric=investment")]
    [InlineData($"/deals/{Deal}/timeline?party=amazon")]
    public async Task Get_Timeline_ReadsNoWholeCatalogueTable(string path)
    {
        await AddPartiesAsync(300);
        var client = _app.CreateClient();
        await client.GetStringAsync(path); // first-request work is not the page's
        _app.Commands.Reset();

        (await client.GetAsync(path)).EnsureSuccessStatusCode();

        Assert.NotEmpty(_app.Commands.Commands);
        Assert.Empty(await SqlitePlans.CatalogueScansAsync(_app.DatabasePath, _app.Commands.Commands));
    }

    [Fact]
    public async Task PartyOptionsAsync_DealWithPartiesAndClaims_ListsTheDealsPartiesAndThoseItsClaimsNameOnly()
    {
        await AddPartiesAsync(5);
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.Slug == Deal);
        // A claim may name a party that is not one of the deal's; a party of the deal may have no claim.
        var outsider = await db.Parties.FirstAsync(p => p.Slug == "unrelated-party-1");
        var claimId = await db.Claims.Where(c => c.DealId == deal.Id && c.PartyId != null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        await db.Claims.Where(c => c.Id == claimId).ExecuteUpdateAsync(set => set.SetProperty(c => c.PartyId, outsider.Id));
        var named = (await db.DealParties.Where(d => d.DealId == deal.Id).Select(d => d.PartyId).ToListAsync())
            .Concat(await db.Claims.Where(c => c.DealId == deal.Id && c.PartyId != null).Select(c => c.PartyId!.Value).ToListAsync())
            .ToHashSet();
        var expected = (await db.Parties.ToListAsync())
            .Where(p => named.Contains(p.Id))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => new FilterOption(p.Slug, p.Name))
            .ToList();

        var options = await TimelineQuery.PartyOptionsAsync(db, deal.Id, CancellationToken.None);

        Assert.Equal(expected, options);
        Assert.Contains(new FilterOption(outsider.Slug, outsider.Name), options);
        Assert.DoesNotContain(options, o => o.Value == "unrelated-party-2");
    }

    /// <summary>Parties of no deal and no claim: the catalogue grows, the deal does not.</summary>
    private async Task AddPartiesAsync(int count)
    {
        await using var db = _app.CreateDbContext();
        for (var i = 1; i <= count; i++)
        {
            db.Parties.Add(new Party { Slug = $"unrelated-party-{i}", Name = $"Unrelated party {i}" });
        }

        await db.SaveChangesAsync();
    }
}
