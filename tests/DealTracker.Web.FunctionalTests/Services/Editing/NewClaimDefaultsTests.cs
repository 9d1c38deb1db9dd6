using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Editing;

/// <summary>
/// What a claim the editor adds to a report starts as, on the real store: about the deal the report's claims
/// name, else the site's featured deal (never the first deal of some list's sort order), and of the metric chosen.
/// </summary>
public sealed class NewClaimDefaultsTests : IAsyncLifetime
{
    private const string FeaturedSlug = "amazon-openai-2026-round";
    private const string ComputeSlug = "aws-openai-compute-2025";

    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task FeaturedDealIdAsync_ALaterFeaturedDealFirstByTitle_KeepsTheDealTheHomePageShows()
    {
        await using (var db = _app.CreateDbContext())
        {
            db.Deals.Add(new Deal { Slug = "aaa-later-featured", Title = "AAA later featured deal", Summary = "Made after the seed.", IsFeatured = true });
            await db.SaveChangesAsync();
        }

        var featured = await Lookups().FeaturedDealIdAsync();

        Assert.Equal(await DealIdAsync(FeaturedSlug), featured);
        using var client = _app.CreateClient();
        var home = await client.GetStringAsync("/");
        Assert.Contains("Amazon investment in OpenAI (2026 round)", home, StringComparison.Ordinal);
        Assert.DoesNotContain("AAA later featured deal", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DealForNewClaims_NewReportThenAClaimOfAnotherDeal_FollowsTheReportsLatestClaim()
    {
        var featured = await Lookups().FeaturedDealIdAsync();
        var compute = await DealIdAsync(ComputeSlug);
        var draft = new ReportDraft();

        Assert.Equal(await DealIdAsync(FeaturedSlug), draft.DealForNewClaims(featured));

        draft.Claims.Add(ClaimDraft.New(Metric.ComputeCommitment, compute));
        Assert.Equal(compute, draft.DealForNewClaims(featured));
    }

    [Fact]
    public async Task DealForNewClaims_SeedReportWhoseLatestClaimIsAboutTheComputeDeal_IsTheComputeDeal()
    {
        int reportId;
        await using (var db = _app.CreateDbContext())
        {
            reportId = await db.Reports.Where(r => r.Outlet!.Name.Contains("Benton")).Select(r => r.Id).SingleAsync();
        }

        var draft = await _app.Services.GetRequiredService<ReportEditor>().LoadAsync(reportId);

        Assert.NotNull(draft);
        Assert.Equal(await DealIdAsync(ComputeSlug), draft.DealForNewClaims(await Lookups().FeaturedDealIdAsync()));
    }

    private EditorLookups Lookups() => _app.Services.GetRequiredService<EditorLookups>();

    private async Task<int> DealIdAsync(string slug)
    {
        await using var db = _app.CreateDbContext();
        return await db.Deals.Where(d => d.Slug == slug).Select(d => d.Id).SingleAsync();
    }
}
