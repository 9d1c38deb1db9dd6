using DealTracker.Domain.Intake;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// Two nodes polling feeds that carry the same story: the other node stores the link between this poll's look-up
/// and its save. The unique link index keeps one item; this poll reads what it fetched again, finds the link stored, and records
/// no failure and no back-off (a lost race is not the feed's fault).
/// </summary>
public sealed class PollClashTests : IAsyncLifetime
{
    private readonly IntakeHost _host = new() { Settings = { ["Intake:AllowPrivateAddresses"] = "true" } };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Poll_OtherNodeStoresTheSameLinkFirst_ReadsItAgainKeepsOneItemAndRecordsNoFailure()
    {
        var url = _host.Feeds.Serve("clash", "<rss version=\"2.0\"><channel><title>Wire</title><item><title>Clashing story</title><link>https://example.com/clash</link></item></channel></rss>");
        var feedId = await _host.AddFeedAsync("reuters", url);
        var services = _host.App.Services;
        var factory = new OtherNodeFirst(services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>());
        var poller = new FeedPoller(factory, services.GetRequiredService<SafeFetcher>(), TimeProvider.System,
            services.GetRequiredService<IOptions<IntakeOptions>>(), NullLogger<FeedPoller>.Instance);

        var result = await poller.PollAsync(feedId, CancellationToken.None);

        Assert.Equal(("ok", null, 0), (result!.Status, result.Error, result.NewItems));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal("Other node's copy", (await db.InboxItems.SingleAsync()).Title);
        var feed = await db.OutletFeeds.SingleAsync(f => f.Id == feedId);
        Assert.Equal((null, 0, (DateTime?)null, (DateTime?)null), (feed.LastError, feed.Failures, feed.BackoffUntil, feed.PollingUntil));
        Assert.NotNull(feed.LastSuccessAt);
    }

    /// <summary>Before the first save of a poll, stores the feed's link as the other node would.</summary>
    private sealed class OtherNodeFirst(IDbContextFactory<DealTrackerDbContext> inner) : IDbContextFactory<DealTrackerDbContext>
    {
        private bool _raced;

        public DealTrackerDbContext CreateDbContext()
        {
            var db = inner.CreateDbContext();
            db.SavingChanges += (_, _) =>
            {
                if (_raced)
                {
                    return;
                }

                _raced = true;
                using var other = inner.CreateDbContext();
                other.InboxItems.Add(new InboxItem
                {
                    OutletId = other.Outlets.Single(o => o.Slug == "reuters").Id, Title = "Other node's copy", Link = "https://example.com/clash",
                    NormalisedLink = StoryLinks.Key("https://example.com/clash")!, TitleKey = "other nodes copy", FetchedAt = DateTime.UtcNow,
                });
                other.SaveChangesAsync().GetAwaiter().GetResult(); // the event is synchronous; the store allows only SaveChangesAsync
            };
            return db;
        }
    }
}
