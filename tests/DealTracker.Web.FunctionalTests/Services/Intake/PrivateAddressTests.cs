using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// With <c>Intake:AllowPrivateAddresses</c> false (the production default) the feed server on loopback is out of
/// reach: by IP, by a host name that resolves to it, and for the article reader. The refusal is a visible status.
/// </summary>
public sealed class PrivateAddressTests : IAsyncLifetime
{
    private readonly IntakeHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Poll_FeedOnLoopbackByAddressOrName_IsRefusedWithAVisibleStatusAndNeverRequested()
    {
        var byAddress = await AddFeedAsync(_host.Feeds.Url("/reuters/technology.xml"));
        var byName = await AddFeedAsync(_host.Feeds.Url("/techcrunch/ai.atom").Replace("127.0.0.1", "localhost", StringComparison.Ordinal));

        var first = await PollAsync(byAddress);
        var second = await PollAsync(byName);

        Assert.Equal("refused", first.GetProperty("status").GetString());
        Assert.Equal("Refused: private address (127.0.0.1). Feeds and pages are fetched only from public addresses.", first.GetProperty("error").GetString());
        Assert.Equal("refused", second.GetProperty("status").GetString());
        Assert.StartsWith("Refused: private address (", second.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(_host.Feeds.Requests);

        var feed = (await _host.Editor.GetFromJsonAsync<JsonElement>("/api/outlets/reuters/feeds")).EnumerateArray().First(f => f.GetProperty("id").GetInt32() == byAddress);
        Assert.StartsWith("Refused: private address", feed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(0, await db.InboxItems.CountAsync());
    }

    [Fact]
    public async Task Article_OnLoopback_IsRefusedWith422AndAMessage()
    {
        var response = await _host.Editor.PostAsJsonAsync("/api/article", new { url = _host.Feeds.Url("/article.html") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Refused: private address (127.0.0.1)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(_host.Feeds.Requests);
    }

    private Task<int> AddFeedAsync(string url) => _host.AddFeedAsync("reuters", url);

    private Task<JsonElement> PollAsync(int feedId) => _host.PollAsync(feedId);
}
