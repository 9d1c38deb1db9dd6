using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>The anonymous, CPU-bound extract endpoint is limited per client address.</summary>
public sealed class ExtractRateLimitTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { ExtractRequestsPerMinute = 3 };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Extract_MoreRequestsThanAllowedFromOneClient_Answers429ProblemWithRetryAfter()
    {
        var client = PeerClient.Create(_app, "127.0.0.1", forwardedFor: "198.51.100.40");
        var other = PeerClient.Create(_app, "127.0.0.1", forwardedFor: "198.51.100.41");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/extract", new { text = "Amazon will invest $50 billion." })).StatusCode);
        }

        var blocked = await client.PostAsJsonAsync("/api/extract", new { text = "Amazon will invest $50 billion." });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal("application/problem+json", blocked.Content.Headers.ContentType?.MediaType);
        var retryAfter = int.Parse(blocked.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        using var problem = JsonDocument.Parse(await blocked.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Too many requests", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);

        // Another client, and every read of the API, are unaffected.
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsJsonAsync("/api/extract", new { text = "$1 billion" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/deals")).StatusCode);
    }
}
