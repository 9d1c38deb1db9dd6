using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// The app (with the intake settings a test gives) beside a loopback <see cref="FeedServer"/>, an editor's client,
/// and the two calls every intake test makes: watch a feed, poll it.
/// </summary>
public sealed class IntakeHost : IAsyncLifetime
{
    /// <summary>The app's extra settings; none is the production default, with private addresses (so the feed server) out of reach.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    public DealTrackerAppFactory App { get; private set; } = default!;

    public FeedServer Feeds { get; private set; } = default!;

    public HttpClient Editor { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Feeds = await FeedServer.StartAsync();
        App = new DealTrackerAppFactory { Settings = Settings };
        await App.InitializeAsync();
        Editor = await App.CreateEditorClientAsync();
    }

    public async Task DisposeAsync()
    {
        await Feeds.DisposeAsync();
        await ((IAsyncLifetime)App).DisposeAsync();
    }

    /// <summary>An RSS 2.0 feed titled "Test wire" holding <paramref name="items"/> (its &lt;item&gt; elements).</summary>
    public static string Rss(string items) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test wire</title>{items}</channel></rss>";

    /// <summary>Watches <paramref name="url"/> for the outlet (asserting 201) and returns the feed's id.</summary>
    public async Task<int> AddFeedAsync(string outlet, string url)
    {
        var response = await Editor.PostAsJsonAsync($"/api/outlets/{outlet}/feeds", new { url });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>Polls the feed now (asserting 200) and returns what came of it.</summary>
    public async Task<JsonElement> PollAsync(int feedId)
    {
        var response = await Editor.PostAsync($"/api/feeds/{feedId}/poll", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
