using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using DealTracker.Web.Extensions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Services.Evidence;

/// <summary>
/// The deals page reads each deal's headline as the last save left it: every save that changes the evidence
/// (a claim, a reliance, a report, a party's or outlet's name) works it out again in the same transaction, and
/// start-up works out the ones a store lacks. Caches off, so each page is rendered from the store.
/// </summary>
public sealed class DealHeadlinesTests : IAsyncLifetime
{
    private const string AmazonCard = "Amazon’s investment: up to $50B (first reported by Reuters, 29 Jan 2026)";

    private readonly DealTrackerAppFactory _app = new() { ReadCache = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Save_ClaimsByMoreIndependentOutlets_DealsPageLeadsWithTheOverviewsNewFigure()
    {
        await AddInvestmentReportsAsync(count: 8);

        var card = await FeaturedCardAsync();
        var (_, overview) = await HtmlPage.GetAsync(_app.CreateClient(), "/");

        Assert.Equal("Amazon’s investment: $60B (first reported by Headline outlet 0, 1 Mar 2026)", card);
        Assert.Contains("$60B", overview.QuerySelector(".dt-figure")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ThoseOutletsThenRelyOnOne_DealsPageGoesBackToTheSeedsLead()
    {
        await AddInvestmentReportsAsync(count: 8);
        Assert.StartsWith("Amazon’s investment: $60B", await FeaturedCardAsync(), StringComparison.Ordinal);

        // The same reports, now all repeating the first one: one origin, so the seed's figure leads again.
        await using (var db = _app.CreateDbContext())
        {
            var reports = await db.Reports.Where(r => r.Outlet!.Slug.StartsWith("headline-outlet-")).OrderBy(r => r.Id).ToListAsync();
            foreach (var report in reports.Skip(1))
            {
                db.Reliances.Add(new Reliance { ReportId = report.Id, TargetReportId = reports[0].Id, Kind = RelianceKind.Repeats });
            }

            await db.SaveChangesAsync();
        }

        Assert.Equal(AmazonCard, await FeaturedCardAsync());
    }

    [Fact]
    public async Task Save_PartyRenamed_DealsPageTitlesTheFigureWithTheNewName()
    {
        await using (var db = _app.CreateDbContext())
        {
            var amazon = await db.Parties.AsTracking().SingleAsync(p => p.Slug == "amazon");
            amazon.Name = "Amazon.com";
            await db.SaveChangesAsync();
        }

        Assert.StartsWith("Amazon.com’s investment: up to $50B", await FeaturedCardAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StoreWithoutHeadlines_WorksThemOutOnce()
    {
        await using (var db = _app.CreateDbContext())
        {
            await db.DealHeadlines.ExecuteDeleteAsync();
        }

        var (_, before) = await HtmlPage.GetAsync(_app.CreateClient(), "/deals");
        Assert.Null(before.QuerySelector(".dt-deal-card-figure"));

        await _app.Services.InitialiseDatabaseAsync();

        Assert.Equal(AmazonCard, await FeaturedCardAsync());
    }

    private async Task<string> FeaturedCardAsync()
    {
        var (_, page) = await HtmlPage.GetAsync(_app.CreateClient(), "/deals");
        return page.QuerySelector(".dt-deal-card .dt-deal-card-figure")!.Text();
    }

    /// <summary>Reports by new outlets, dated from 1 March 2026, each stating Amazon's investment as $60B.</summary>
    private async Task AddInvestmentReportsAsync(int count)
    {
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.IsFeatured);
        var amazon = await db.Parties.SingleAsync(p => p.Slug == "amazon");
        for (var i = 0; i < count; i++)
        {
            var outlet = new Outlet { Slug = $"headline-outlet-{i}", Name = $"Headline outlet {i}", Kind = OutletKind.Online };
            var report = new Report { Outlet = outlet, Summary = "Headline report", Published = PartialDate.OnDay(2026, 3, 1 + i) };
            report.Claims.Add(new Claim
            {
                DealId = deal.Id, PartyId = amazon.Id, Metric = Metric.Investment, Statement = "Amazon invests $60 billion",
                Quote = "$60 billion", Money = HedgedAmount.Exact(60_000_000_000m),
            });
            db.Reports.Add(report);
        }

        await db.SaveChangesAsync();
    }
}
