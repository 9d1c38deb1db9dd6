using DealTracker.Domain.Deals;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Editing;

/// <summary>
/// One rule for "the same name" in the catalog's write path against a real store (the seed's Reuters, Amazon and the Amazon–OpenAI
/// deal): a name differing only by invisible characters, width, Unicode form, spacing or case is refused beside its field, as is a
/// deal title already in use; a refusal stores nothing. A name with no Latin letters gets a slug of its kind.
/// </summary>
public sealed class CatalogEditorNameTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const string SeedDealTitle = "Amazon investment in OpenAI (2026 round)";

    private static readonly EditorStamp _stamp = new("catalog-name-test", DealTrackerAppFactory.EditorEmail);

    [Theory]
    [InlineData("Reu\u200Bters")]
    [InlineData("\uFF32\uFF45\uFF55\uFF54\uFF45\uFF52\uFF53")]
    [InlineData("reuters\u2060")]
    [InlineData("R\u0435uters")]
    public async Task SaveOutletAsync_SeedOutletsNameInAnotherForm_ReturnsInvalidAndStoresNothing(string name)
    {
        await using var before = app.CreateDbContext();
        var count = await before.Outlets.CountAsync();

        var result = await UseAsync(e => e.SaveOutletAsync(new OutletDraft { Name = name }, _stamp));

        Assert.Equal("There is already an outlet called Reuters.", result.Errors[nameof(OutletDraft.Name)]);
        await using var after = app.CreateDbContext();
        Assert.Equal(count, await after.Outlets.CountAsync());
    }

    [Theory]
    [InlineData("Ama\u200Bzon")]
    [InlineData("AMAZON")]
    [InlineData("Amazon.com Inc.")]
    [InlineData("\uFF21\uFF4D\uFF41\uFF5A\uFF4F\uFF4E")]
    public async Task SavePartyAsync_SeedPartysNameInAnotherForm_ReturnsInvalidNamingItAndStoresNothing(string name)
    {
        await using var before = app.CreateDbContext();
        var count = await before.Parties.CountAsync();

        var result = await UseAsync(e => e.SavePartyAsync(new PartyDraft { Name = name }, _stamp));

        Assert.Contains("already called Amazon", result.Errors[nameof(PartyDraft.Name)].Replace("a party called", "already called", StringComparison.Ordinal), StringComparison.Ordinal);
        await using var after = app.CreateDbContext();
        Assert.Equal(count, await after.Parties.CountAsync());
    }

    [Fact]
    public async Task SavePartyAsync_SameNameInNfdOrWithDoubleSpaces_ReturnsInvalidForTheSecond()
    {
        Assert.True((await UseAsync(e => e.SavePartyAsync(new PartyDraft { Name = "Société Générale" }, _stamp))).Succeeded);
        Assert.True((await UseAsync(e => e.SavePartyAsync(new PartyDraft { Name = "Open AI Foundation" }, _stamp))).Succeeded);

        var nfd = await UseAsync(e => e.SavePartyAsync(new PartyDraft { Name = "Socie\u0301te\u0301 Ge\u0301ne\u0301rale" }, _stamp));
        var spaced = await UseAsync(e => e.SavePartyAsync(new PartyDraft { Name = "Open  AI Foundation" }, _stamp));

        Assert.Equal(
            ("There is already a party called Société Générale.", "There is already a party called Open AI Foundation."),
            (nfd.Errors[nameof(PartyDraft.Name)], spaced.Errors[nameof(PartyDraft.Name)]));
    }

    [Theory]
    [InlineData(SeedDealTitle)]
    [InlineData("amazon investment in openai (2026 round)")]
    [InlineData("Amazon investment in OpenAI\u200B  (2026 round)")]
    public async Task SaveDealAsync_TitleOfAnotherDeal_ReturnsInvalidAndStoresNothing(string title)
    {
        await using var before = app.CreateDbContext();
        var count = await before.Deals.CountAsync();
        var party = await before.Parties.Where(p => p.Slug == "openai").Select(p => p.Id).SingleAsync();

        var result = await UseAsync(e => e.SaveDealAsync(NewDeal(title, party), _stamp));

        Assert.Equal(
            $"There is already a deal called {SeedDealTitle}: give this one a title that tells them apart.",
            result.Errors[nameof(DealDraft.Title)]);
        await using var after = app.CreateDbContext();
        Assert.Equal(count, await after.Deals.CountAsync());
    }

    [Fact]
    public async Task SaveDealAsync_EditKeepingItsTitle_Saves()
    {
        await using var db = app.CreateDbContext();
        var id = await db.Deals.Where(d => d.Title == SeedDealTitle).Select(d => d.Id).SingleAsync();
        var draft = (await UseAsync(e => e.LoadDealAsync(id)))!;
        draft.StageNote = "Kept its title.";

        var result = await UseAsync(e => e.SaveDealAsync(draft, _stamp));

        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task SaveOutletAsync_NameWithNoLatinLetters_GetsASlugOfItsKind()
    {
        var result = await UseAsync(e => e.SaveOutletAsync(new OutletDraft { Name = "日本経済新聞" }, _stamp));

        await using var db = app.CreateDbContext();
        Assert.Matches("^outlet-[0-9]+$", await db.Outlets.Where(o => o.Id == result.Id).Select(o => o.Slug).SingleAsync());
    }

    private static DealDraft NewDeal(string title, int partyId) => new()
    {
        Title = title,
        Summary = "A deal arranged by the catalog name test.",
        Parties = [new() { PartyId = partyId, Role = PartyRole.Raising }],
    };

    private async Task<T> UseAsync<T>(Func<CatalogEditor, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<CatalogEditor>());
    }
}
