using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// Arranging catalog items straight through the app's own write path, so a test of one page does not
/// depend on another page. Every test shares one store: give every item a <see cref="Unique"/> name.
/// </summary>
public static class Catalog
{
    /// <summary>The editor named in the history of items the tests arrange.</summary>
    public static readonly EditorStamp Arranger = new("browser-tests", "browser tests");

    /// <summary>"Outlet 3f9c2a1b": a name no other test (or run) uses.</summary>
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<T> UseAsync<TService, T>(this DealTrackerServer server, Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static async Task<int> CreateOutletAsync(this DealTrackerServer server, string name, string? homepage = null)
    {
        var result = await server.UseAsync<CatalogEditor, EditResult>(editor =>
            editor.SaveOutletAsync(new OutletDraft { Name = name, Homepage = homepage }, Arranger));
        Assert.True(result.Succeeded, result.Message);
        return result.Id;
    }

    public static async Task<int> CreatePartyAsync(this DealTrackerServer server, string name, string? description = null)
    {
        var result = await server.UseAsync<CatalogEditor, EditResult>(editor =>
            editor.SavePartyAsync(new PartyDraft { Name = name, Description = description }, Arranger));
        Assert.True(result.Succeeded, result.Message);
        return result.Id;
    }

    public static async Task<int> CreateDealAsync(this DealTrackerServer server, string title)
    {
        var result = await server.UseAsync<CatalogEditor, EditResult>(editor =>
            editor.SaveDealAsync(new DealDraft { Title = title, Summary = $"{title}, arranged by a browser test." }, Arranger));
        Assert.True(result.Succeeded, result.Message);
        return result.Id;
    }

    /// <summary>The outlets whose name contains <paramref name="search"/>, as the editors' list finds them.</summary>
    public static Task<AdminPage> FindOutletsAsync(this DealTrackerServer server, string? search) =>
        server.UseAsync<EditorLookups, AdminPage>(lookups => lookups.OutletsAsync(search, 1));
}
