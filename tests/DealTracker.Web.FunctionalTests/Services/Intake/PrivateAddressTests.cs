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
    private readonly DealTrackerAppFactory _app = new();
    private FeedServer _feeds = default!;
    private HttpClient _editor = default!;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        await _app.InitializeAsync();
        _editor = await _app.CreateEditorClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _feeds.DisposeAsync();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    [Fact]
    public async Task Poll_FeedOnLoopbackByAddressOrName_IsRefusedWithAVisibleStatusAndNeverRequested()
    {
        var byAddress = await AddFeedAsync(_feeds.Url("/reuters/technology.xml"));
        var byName = await AddFeedAsync(_feeds.Url("/techcrunch/ai.atom").Replace("127.0.0.1", "localhost", StringComparison.Ordinal));

        var first = await PollAsync(byAddress);
        var second = await PollAsync(byName);

        Assert.Equal("refused", first.GetProperty("status").GetString());
        Assert.Equal("Refused: private address (127.0.0.1). Feeds and pages are fetched only from public addresses.", first.GetProperty("error").GetString());
        Assert.Equal("refused", second.GetProperty("status").GetString());
        Assert.StartsWith("Refused: private address (", second.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(_feeds.Requests);

        var feed = (await _editor.GetFromJsonAsync<JsonElement>("/api/outlets/reuters/feeds")).EnumerateArray().First(f => f.GetProperty("id").GetInt32() == byAddress);
        Assert.StartsWith("Refused: private address", feed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.InboxItems.CountAsync());
    }

    [Fact]
    public async Task Article_OnLoopback_IsRefusedWith422AndAMessage()
    {
        var response = await _editor.PostAsJsonAsync("/api/article", new { url = _feeds.Url("/article.html") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Refused: private address (127.0.0.1)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(_feeds.Requests);
    }

    private async Task<int> AddFeedAsync(string url)
    {
        var response = await _editor.PostAsJsonAsync("/api/outlets/reuters/feeds", new { url });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<JsonElement> PollAsync(int feedId)
    {
        var response = await _editor.PostAsync($"/api/feeds/{feedId}/poll", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
