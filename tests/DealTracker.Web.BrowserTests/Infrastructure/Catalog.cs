using DealTracker.Domain.Claims;
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

    /// <summary>
    /// A new report, from a new outlet named after <paramref name="label"/>, with one $2 billion investment claim on a new deal;
    /// the claim's id.
    /// </summary>
    public static async Task<int> CreateClaimAsync(this DealTrackerServer server, string label)
    {
        var outletId = await server.CreateOutletAsync(Unique($"{label} wire"));
        var dealId = await server.CreateDealAsync(Unique($"{label} deal"));
        var saved = await server.UseAsync<ReportEditor, EditResult>(editor => editor.SaveAsync(new ReportDraft
        {
            OutletId = outletId,
            Headline = "A company could invest $2 billion",
            Summary = "A company is weighing an investment of $2 billion.",
            Url = $"https://example.com/{label.ToLowerInvariant()}/{Guid.NewGuid():N}",
            PublishedOn = new DateOnly(2026, 2, 1),
            Claims = [new ClaimDraft { DealId = dealId, Metric = Metric.Investment, Statement = "A company may invest $2 billion.", Quote = "$2 billion", Amount = 2_000_000_000m }],
        }, Arranger));
        Assert.True(saved.Succeeded, saved.Message);
        var report = await server.UseAsync<ReportEditor, ReportDraft?>(editor => editor.LoadAsync(saved.Id));
        return Assert.Single(report!.Claims).Id!.Value;
    }

    /// <summary>The outlets whose name contains <paramref name="search"/>, as the editors' list finds them.</summary>
    public static Task<AdminPage> FindOutletsAsync(this DealTrackerServer server, string? search) =>
        server.UseAsync<EditorLookups, AdminPage>(lookups => lookups.OutletsAsync(search, 1));
}
