using System.Text.Json;
using DealTracker.Web.Services.Intake;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// The intake at a newsroom's scale: a feed of tens of thousands of entries lands its cap (or says it is too long) instead of failing
/// on the store's parameter limit, and one slow feed holds up neither a manual poll of another feed nor the background cycle, which
/// polls a few due feeds side by side. Concurrency is observed on the loopback feed server (who is in flight), never timed.
/// </summary>
public sealed class FeedScaleTests : IAsyncLifetime
{
    private const int MaxEntries = 20_000;

    private readonly IntakeHost _host = new()
    {
        Settings =
        {
            ["Intake:AllowPrivateAddresses"] = "true",
            ["Intake:Enabled"] = "false",
            ["Intake:MaxEntriesPerFeed"] = MaxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Intake:MaxParallelPolls"] = "2",
            ["Intake:TimeoutSeconds"] = "30",
        },
    };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Poll_FeedOfSeventeenThousandEntries_LandsThePollsCapNotAStoreParameterFailure()
    {
        // 17,000 entries are 34,000 link keys: past SQLite's 32,766 variables when each key was its own parameter.
        var id = await _host.AddFeedAsync("techcrunch", _host.Feeds.Serve("mega", Entries(17_000)));

        var poll = await _host.PollAsync(id);

        Assert.Equal(("ok", 17_000, 200, (string?)null), (poll.GetProperty("status").GetString(), Int(poll, "itemCount"), Int(poll, "newItems"), poll.GetProperty("error").GetString()));
        var again = await _host.PollAsync(id);
        Assert.Equal(("ok", 200), (again.GetProperty("status").GetString(), Int(again, "newItems")));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(400, await db.InboxItems.CountAsync(i => i.FeedId == id));
    }

    [Fact]
    public async Task Poll_FeedOfMoreEntriesThanTheBound_FailsSayingTooManyEntriesAndLandsNothing()
    {
        var id = await _host.AddFeedAsync("techcrunch", _host.Feeds.Serve("too-long", Entries(MaxEntries + 1)));

        var poll = await _host.PollAsync(id);

        const string TooMany = "Too many entries: the feed holds more than 20,000; a feed is read only when it holds at most 20,000.";
        Assert.Equal(("failed", TooMany), (poll.GetProperty("status").GetString(), poll.GetProperty("error").GetString()));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(0, await db.InboxItems.CountAsync());
        var feed = await db.OutletFeeds.SingleAsync(f => f.Id == id);
        Assert.Equal((TooMany, 1), (feed.LastError, feed.Failures));
    }

    [Fact]
    public async Task PollFeed_AnotherFeedsPollHeldOpenByItsServer_AnswersWithoutWaitingForIt()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Feeds.Routes["held"] = async context =>
        {
            arrived.TrySetResult();
            await release.Task.WaitAsync(context.RequestAborted);
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(IntakeHost.Rss(Item("Held story", "https://example.com/held")), context.RequestAborted);
        };
        var held = await _host.AddFeedAsync("reuters", _host.Feeds.Url("/t/held"));
        var quick = await _host.AddFeedAsync("forbes", _host.Feeds.Serve("quick", IntakeHost.Rss(Item("Quick story", "https://example.com/quick"))));
        var heldPoll = _host.PollAsync(held);
        await arrived.Task;

        var quickPoll = await _host.PollAsync(quick);

        var heldStillOpen = !heldPoll.IsCompleted;
        release.TrySetResult();
        var heldResult = await heldPoll;
        Assert.Equal(("ok", 1), (quickPoll.GetProperty("status").GetString(), Int(quickPoll, "newItems")));
        Assert.True(heldStillOpen, "The manual poll waited for another feed's poll to end.");
        Assert.Equal(("ok", 1), (heldResult.GetProperty("status").GetString(), Int(heldResult, "newItems")));
    }

    [Fact]
    public async Task PollDue_SlowFeeds_AreFetchedSideBySideAtMostMaxParallelPollsAtOnce()
    {
        // Each feed answers only once two of them are being fetched at the same time: polled one after another, the first would wait
        // out its time cap and fail.
        var (inFlight, most, arrivals) = (0, 0, 0);
        var two = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ids = new List<int>();
        foreach (var name in new[] { "slow-1", "slow-2", "slow-3" })
        {
            _host.Feeds.Routes[name] = async context =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);
                try
                {
                    if (Interlocked.Increment(ref arrivals) == 2)
                    {
                        two.TrySetResult();
                    }

                    await two.Task.WaitAsync(context.RequestAborted);
                    context.Response.ContentType = "application/rss+xml";
                    await context.Response.WriteAsync(IntakeHost.Rss(Item($"Story of {name}", $"https://example.com/{name}")), context.RequestAborted);
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            };
            ids.Add(await _host.AddFeedAsync("reuters", _host.Feeds.Url("/t/" + name)));
        }

        var polled = await _host.App.Services.GetRequiredService<FeedPoller>().PollDueAsync(CancellationToken.None);

        Assert.Equal((3, 2), (polled, most));
        await using var db = _host.App.CreateDbContext();
        var feeds = await db.OutletFeeds.Where(f => ids.Contains(f.Id)).Select(f => new { f.LastError, f.Failures, f.PollingUntil }).ToListAsync();
        Assert.All(feeds, f => Assert.Equal(((string?)null, 0, (DateTime?)null), (f.LastError, f.Failures, f.PollingUntil)));
        Assert.Equal(3, await db.InboxItems.CountAsync());
    }

    [Fact]
    public async Task PollDue_OneStoryInTwoFeedsFetchedTogether_LandsOneNewItemAndOneCopy()
    {
        // Both feeds answer only once both are being fetched, so their polls store what they fetched at the same moment.
        const string Story = "Nvidia agrees to buy a stake of $2 billion in a chip designer, sources say";
        var arrivals = 0;
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        foreach (var (name, outlet) in new[] { ("wire-a", "reuters"), ("wire-b", "forbes") })
        {
            _host.Feeds.Routes[name] = async context =>
            {
                if (Interlocked.Increment(ref arrivals) == 2)
                {
                    both.TrySetResult();
                }

                await both.Task.WaitAsync(context.RequestAborted);
                context.Response.ContentType = "application/rss+xml";
                await context.Response.WriteAsync(IntakeHost.Rss(Item(Story, $"https://{name}.example.com/nvidia-stake")), context.RequestAborted);
            };
            await _host.AddFeedAsync(outlet, _host.Feeds.Url("/t/" + name));
        }

        var polled = await _host.App.Services.GetRequiredService<FeedPoller>().PollDueAsync(CancellationToken.None);

        Assert.Equal(2, polled);
        await using var db = _host.App.CreateDbContext();
        var items = await db.InboxItems.Select(i => new { i.DuplicateOfId }).ToListAsync();
        Assert.Equal(2, items.Count);
        Assert.Single(items, i => i.DuplicateOfId is null);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    /// <summary>An RSS feed of <paramref name="count"/> short entries, each with its own link.</summary>
    private static string Entries(int count) =>
        IntakeHost.Rss(string.Concat(Enumerable.Range(1, count).Select(i => Item($"Mega item {i}", $"https://example.com/m/{i}"))));

    private static string Item(string title, string link) => $"<item><title>{title}</title><link>{link}</link></item>";

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
