using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using DealTracker.Web.Services.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// Two nodes polling one watched feed at the same moment: each poll claims the feed first, so the outlet's site is fetched
/// once, and the poll that finds the feed claimed is neither a failure nor a back-off.
/// </summary>
public sealed class PollClaimTests : IAsyncLifetime
{
    private readonly IntakeHost _host = new() { Settings = { ["Intake:AllowPrivateAddresses"] = "true", ["Intake:Enabled"] = "false" } };
    private DealTrackerAppFactory? _otherNode;
    private int _fetches;

    public Task InitializeAsync() => _host.InitializeAsync();

    public async Task DisposeAsync()
    {
        if (_otherNode is not null)
        {
            await ((IAsyncLifetime)_otherNode).DisposeAsync();
        }

        await _host.DisposeAsync();
    }

    [Fact]
    public async Task PollDue_TwoNodesAtTheSameTick_FetchTheFeedOnceAndRecordNoFailure()
    {
        var feedId = await _host.AddFeedAsync("reuters", SlowFeed());
        var (nodeA, nodeB) = (NewPoller(), NewPoller()); // each with its own one-at-a-time gate, as on two nodes

        var polled = await Task.WhenAll(nodeA.PollDueAsync(CancellationToken.None), nodeB.PollDueAsync(CancellationToken.None));

        Assert.Equal((1, 1), (polled.Sum(), _fetches));
        await AssertHealthyAsync(feedId, items: 1);
    }

    [Fact]
    public async Task PollDue_AnotherNodePolledThisInterval_LeavesTheFeedAlone()
    {
        var feedId = await _host.AddFeedAsync("reuters", SlowFeed());
        Assert.Equal(1, await NewPoller().PollDueAsync(CancellationToken.None));

        Assert.Equal(0, await NewPoller().PollDueAsync(CancellationToken.None));

        Assert.Equal(1, _fetches);
        await AssertHealthyAsync(feedId, items: 1);
    }

    [Fact]
    public async Task PollFeed_ManualPollsOnTwoNodesAtOnce_OneReadsTheFeedAndTheOtherSaysAPollIsRunning()
    {
        var feedId = await _host.AddFeedAsync("reuters", SlowFeed());
        _otherNode = DealTrackerAppFactory.OnTheSameStoreAs(_host.App);
        _otherNode.Settings["Intake:AllowPrivateAddresses"] = "true";
        _otherNode.Settings["Intake:Enabled"] = "false";
        await _otherNode.InitializeAsync();
        var otherEditor = await _otherNode.CreateEditorClientAsync();

        var responses = await Task.WhenAll(
            _host.Editor.PostAsync($"/api/feeds/{feedId}/poll", null), otherEditor.PostAsync($"/api/feeds/{feedId}/poll", null));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var results = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(["busy", "ok"], results.Select(r => r.GetProperty("status").GetString()).Order());
        var busy = results.Single(r => r.GetProperty("status").GetString() == "busy");
        Assert.Equal(FeedPoller.AlreadyPolling, busy.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, busy.GetProperty("backoffUntil").ValueKind);
        Assert.Equal(1, _fetches);
        await AssertHealthyAsync(feedId, items: 1);
    }

    [Fact]
    public async Task PollFeed_AfterThePollEnds_PollsAgain()
    {
        var feedId = await _host.AddFeedAsync("reuters", SlowFeed());
        Assert.Equal("ok", (await _host.PollAsync(feedId)).GetProperty("status").GetString());

        var again = await _host.PollAsync(feedId);

        Assert.Equal(("ok", 2), (again.GetProperty("status").GetString(), _fetches));
        await using var db = _host.App.CreateDbContext();
        Assert.Null((await db.OutletFeeds.SingleAsync(f => f.Id == feedId)).PollingUntil);
    }

    /// <summary>A feed of one story that takes half a second to answer, so two polls started together overlap; counts its fetches.</summary>
    private string SlowFeed()
    {
        var body = IntakeHost.Rss("<item><title>One story</title><link>https://example.com/one-story</link></item>");
        _host.Feeds.Routes["slow-one"] = async context =>
        {
            Interlocked.Increment(ref _fetches);
            await Task.Delay(500, context.RequestAborted);
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(body, context.RequestAborted);
        };
        return _host.Feeds.Url("/t/slow-one");
    }

    private FeedPoller NewPoller()
    {
        var services = _host.App.Services;
        return new FeedPoller(services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>(), services.GetRequiredService<SafeFetcher>(),
            TimeProvider.System, services.GetRequiredService<IOptions<IntakeOptions>>(), NullLogger<FeedPoller>.Instance);
    }

    private async Task AssertHealthyAsync(int feedId, int items)
    {
        await using var db = _host.App.CreateDbContext();
        var feed = await db.OutletFeeds.AsNoTracking().SingleAsync(f => f.Id == feedId);
        Assert.Equal((null, 0, (DateTime?)null, (DateTime?)null), (feed.LastError, feed.Failures, feed.BackoffUntil, feed.PollingUntil));
        Assert.NotNull(feed.LastSuccessAt);
        Assert.Equal(items, await db.InboxItems.CountAsync(i => i.FeedId == feedId));
    }
}
