using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.Extensions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Evidence;

/// <summary>
/// The overview's figure cards, the compare page's view and the timeline's outlet filter are kept per deal as they
/// stand (in <c>DealHeadlines</c>), worked out again by every save that changes what they show, and read by the
/// pages instead of the evidence. Caches off, so each page is rendered from the store.
/// </summary>
public sealed class DealKeptViewsTests : IAsyncLifetime
{
    private static readonly string[] _pages =
    [
        "/",
        "/deals/amazon-openai-2026-round",
        "/deals/amazon-openai-2026-round/compare",
        "/deals/amazon-openai-2026-round/timeline",
    ];

    private readonly DealTrackerAppFactory _app = new() { ReadCache = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Get_KeptViews_ShowWhatTheEvidenceWorkedOutOnTheRenderShows()
    {
        await AddReportAsync();
        var kept = await MainsAsync();

        await ForgetViewsAsync();
        var worked = await MainsAsync();

        Assert.Equal(worked, kept);
        Assert.Contains("Kept outlet", kept["/deals/amazon-openai-2026-round/compare"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_NewReport_PagesShowItsFigureAndOutlet()
    {
        await AddReportAsync();

        var (_, overview) = await HtmlPage.GetAsync(_app.CreateClient(), "/");
        var (_, compare) = await HtmlPage.GetAsync(_app.CreateClient(), "/deals/amazon-openai-2026-round/compare");
        var (_, timeline) = await HtmlPage.GetAsync(_app.CreateClient(), "/deals/amazon-openai-2026-round/timeline");

        Assert.Contains("$70B", overview.QuerySelector(".dt-figure-grid")!.Text(), StringComparison.Ordinal);
        Assert.Contains("$70B", compare.QuerySelector("main")!.Text(), StringComparison.Ordinal);
        Assert.Contains(timeline.QuerySelectorAll("select[name=outlet] option"), o => o.Text() == "Kept outlet");
    }

    [Fact]
    public async Task Save_OutletOnlyReliedOnRenamed_OverviewAndCompareNameItsNewName()
    {
        await using (var db = _app.CreateDbContext())
        {
            var wsj = await db.Outlets.AsTracking().SingleAsync(o => o.Slug == "wsj");
            Assert.False(await db.Reports.AnyAsync(r => r.OutletId == wsj.Id)); // named only as what other reports rely on
            wsj.Name = "The Journal";
            await db.SaveChangesAsync();
        }

        var (_, overview) = await HtmlPage.GetAsync(_app.CreateClient(), "/");
        var (_, compare) = await HtmlPage.GetAsync(_app.CreateClient(), "/deals/amazon-openai-2026-round/compare");

        var origins = overview.QuerySelector(".dt-figure-grid")!.Text();
        Assert.Contains("The Journal", origins, StringComparison.Ordinal);
        Assert.DoesNotContain("The Wall Street Journal", origins, StringComparison.Ordinal);
        Assert.Contains("The Journal", compare.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StoreWithHeadlinesButNoKeptViews_WorksThemOutOnce()
    {
        await ForgetViewsAsync();

        await _app.Services.InitialiseDatabaseAsync();

        await using var db = _app.CreateDbContext();
        Assert.True(await db.DealHeadlines.AllAsync(h => h.OverviewJson != null && h.CompareJson != null && h.TimelineOutletsJson != null));
        Assert.Equal(await db.Deals.CountAsync(), await db.DealHeadlines.CountAsync());
    }

    [Fact]
    public async Task Start_ViewsKeptBeforeTheirCurrencyAndRetractionFields_WorksThemOutAgain()
    {
        // A store at the migration before RefillKeptDealViews (by name: each provider has its own id), its views kept without the fields added since (as an older release wrote them).
        await using (var db = _app.CreateDbContext())
        {
            await db.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync("FeedPollingClaim");
            await db.Database.ExecuteSqlRawAsync(
                """UPDATE "DealHeadlines" SET "CompareJson" = replace("CompareJson", ',"Comparable":true', ''), "OverviewJson" = replace("OverviewJson", ',"ComparableWithLead":true', '')""");
            Assert.False(await db.DealHeadlines.AnyAsync(h => h.CompareJson!.Contains("\"Comparable\":true") || h.OverviewJson!.Contains("\"ComparableWithLead\":true")));
        }

        await _app.Services.InitialiseDatabaseAsync();

        await using var after = _app.CreateDbContext();
        var featured = await after.Deals.Where(d => d.Slug == "amazon-openai-2026-round").Select(d => d.Id).SingleAsync();
        var kept = await after.DealHeadlines.SingleAsync(h => h.DealId == featured);
        Assert.Contains("\"Comparable\":true", kept.CompareJson, StringComparison.Ordinal);
        Assert.Contains("\"ComparableWithLead\":true", kept.OverviewJson, StringComparison.Ordinal);
        var (_, compare) = await HtmlPage.GetAsync(_app.CreateClient(), "/deals/amazon-openai-2026-round/compare");
        Assert.DoesNotContain("not compared", compare.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Each page's main content (the rest of the page carries per-response state).</summary>
    private async Task<Dictionary<string, string>> MainsAsync()
    {
        var mains = new Dictionary<string, string>();
        foreach (var path in _pages)
        {
            var (_, page) = await HtmlPage.GetAsync(_app.CreateClient(), path);
            mains[path] = page.QuerySelector("main")!.OuterHtml;
        }

        return mains;
    }

    /// <summary>A store from before the kept views: the pages work them out from the evidence.</summary>
    private async Task ForgetViewsAsync()
    {
        await using var db = _app.CreateDbContext();
        await db.DealHeadlines.ExecuteUpdateAsync(s => s
            .SetProperty(h => h.OverviewJson, (string?)null)
            .SetProperty(h => h.CompareJson, (string?)null)
            .SetProperty(h => h.TimelineOutletsJson, (string?)null));
    }

    /// <summary>A report by a new outlet stating Amazon's investment as $70B, repeating Reuters.</summary>
    private async Task AddReportAsync()
    {
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.IsFeatured);
        var amazon = await db.Parties.SingleAsync(p => p.Slug == "amazon");
        var reuters = await db.Outlets.SingleAsync(o => o.Slug == "reuters");
        var outlet = new Outlet { Slug = "kept-outlet", Name = "Kept outlet", Kind = OutletKind.Online };
        var report = new Report { Outlet = outlet, Summary = "Kept report", Published = PartialDate.OnDay(2026, 3, 2) };
        report.Claims.Add(new Claim
        {
            DealId = deal.Id, PartyId = amazon.Id, Metric = Metric.Investment, Statement = "Amazon invests $70 billion",
            Quote = "$70 billion", Money = HedgedAmount.Exact(70_000_000_000m),
        });
        report.Reliances.Add(new Reliance { TargetOutletId = reuters.Id, Kind = RelianceKind.Repeats });
        db.Reports.Add(report);
        await db.SaveChangesAsync();
    }
}
