using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.Apis;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>The public extract endpoint reads a bounded number of texts at once, across every client.</summary>
public sealed class ExtractionGateTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { ExtractMaxConcurrent = 1, ExtractQueueSeconds = 0 };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Extract_EveryTurnTaken_Answers503ProblemWithRetryAfterThenReadsOnceATurnIsFree()
    {
        var client = PeerClient.Create(_app, "127.0.0.1", forwardedFor: "198.51.100.60");
        var gate = _app.Services.GetRequiredService<ExtractionGate>();

        HttpResponseMessage busy;
        using (var held = await gate.EnterAsync(CancellationToken.None))
        {
            Assert.NotNull(held);
            busy = await client.PostAsJsonAsync("/api/extract", new { text = "Amazon will invest $50 billion." });

            // Reads of the store do not wait on the gate.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/deals")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("application/problem+json", busy.Content.Headers.ContentType?.MediaType);
        Assert.True(int.Parse(busy.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        using (var problem = JsonDocument.Parse(await busy.Content.ReadAsStringAsync()))
        {
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Contains("Try again", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var read = await client.PostAsJsonAsync("/api/extract", new { text = "Amazon will invest $50 billion." });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var body = JsonDocument.Parse(await read.Content.ReadAsStringAsync());
        Assert.Equal("$50 billion", body.RootElement.GetProperty("figures")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Extract_OneAfterAnotherFromManyClients_EachIsReadSoEveryTurnIsGivenBack()
    {
        // With one turn and no queue, a turn not given back would turn every later request away.
        for (var i = 0; i < 5; i++)
        {
            var client = PeerClient.Create(_app, "127.0.0.1", forwardedFor: $"198.51.100.{71 + i}");
            var response = await client.PostAsJsonAsync("/api/extract", new { text = $"Google would put in ${i + 1} billion." });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
