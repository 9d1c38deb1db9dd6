using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Services;

/// <summary>Every public page and read endpoint makes the same small number of SQL queries whatever the data size (caches off).</summary>
public sealed class QueryCountTests : IAsyncLifetime
{
    private static readonly string[] _pages =
    [
        "/",
        "/deals",
        "/deals/amazon-openai-2026-round/timeline",
        "/deals/amazon-openai-2026-round/timeline?outlet=reuters",
        "/deals/amazon-openai-2026-round/compare",
        "/deals/amazon-openai-2026-round/compare?asOf=2026-01-29",
        "/deals/amazon-openai-2026-round?asOf=2026-01-29",
        "/outlets",
        "/outlets/reuters",
        "/reports/1",
        "/deals/amazon-openai-2026-round/feed.atom",
        "/api/deals",
        "/api/deals/amazon-openai-2026-round",
        "/api/reports?deal=amazon-openai-2026-round",
        "/api/claims?deal=amazon-openai-2026-round&metric=investment",
        "/api/claims?page=3&pageSize=10",
        "/api/outlets",
        "/api/events",
        "/api/reports?pageSize=200",
        "/api/claims?pageSize=200",
    ];

    private readonly DealTrackerAppFactory _app = new() { ReadCache = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Get_EveryPublicPage_MakesTheSameFewQueriesWhateverTheDataSize()
    {
        var client = _app.CreateClient();
        var onSeed = await CountAsync(client);

        await AddReportsAsync(count: 400);
        var onBig = await CountAsync(client);

        Assert.Equal(onSeed, onBig);
        Assert.All(onSeed, page => Assert.InRange(page.Value, 1, 12));
        var (_, overview) = await HtmlPage.GetAsync(client, "/");
        Assert.Contains("405 outlets", overview.QuerySelector(".dt-figure")!.Text(), StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, int>> CountAsync(HttpClient client)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in _pages)
        {
            await client.GetStringAsync(page); // first-request work is not the page's
            _app.Commands.Reset();
            var response = await client.GetAsync(page);
            response.EnsureSuccessStatusCode();
            counts[page] = _app.Commands.Count;
        }

        return counts;
    }

    /// <summary>Adds reports by new outlets, each carrying an Amazon investment figure on the featured deal; half repeat Reuters, the others cite the report before.</summary>
    private async Task AddReportsAsync(int count)
    {
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.IsFeatured);
        var amazon = await db.Parties.SingleAsync(p => p.Slug == "amazon");
        var reuters = await db.Outlets.SingleAsync(o => o.Slug == "reuters");
        Report? previous = null;
        for (var i = 0; i < count; i++)
        {
            var outlet = new Outlet { Slug = $"synthetic-{i}", Name = $"Synthetic outlet {i}", Kind = OutletKind.Online };
            var report = new Report { Outlet = outlet, Summary = "Synthetic report", Published = PartialDate.OnDay(2026, 2, 1 + (i % 28)) };
            report.Claims.Add(new Claim
            {
                DealId = deal.Id, PartyId = amazon.Id, Metric = Metric.Investment, Statement = "Synthetic figure",
                Quote = "up to $50 billion", Money = HedgedAmount.UpTo(50_000_000_000m),
            });
            if (i % 2 == 0)
            {
                report.Reliances.Add(new Reliance { TargetOutletId = reuters.Id, Kind = RelianceKind.Repeats });
            }
            else if (previous is not null)
            {
                report.Reliances.Add(new Reliance { TargetReport = previous, Kind = RelianceKind.Cites }); // chains the read API follows to their roots
            }

            db.Reports.Add(report);
            previous = report;
        }

        await db.SaveChangesAsync();
    }
}
