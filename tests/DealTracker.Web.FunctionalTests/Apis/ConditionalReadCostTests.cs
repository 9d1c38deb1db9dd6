using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>
/// A client that revalidates with the store's tag gets its 304 before the answer is built: an export of a large deal took
/// as long to answer 304 as 200 (audit E2-3). Counted in SQL commands, with the caches off so every request reaches the handler.
/// </summary>
public sealed class ConditionalReadCostTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { ReadCache = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData("/api/deals/amazon-openai-2026-round/export.json", 1)]
    [InlineData("/api/deals/amazon-openai-2026-round/export.csv", 1)]
    [InlineData("/api/deals/amazon-openai-2026-round", 1)]
    [InlineData("/api/claims?deal=amazon-openai-2026-round", 1)]
    [InlineData("/api/reports", 0)]
    [InlineData("/api/events", 0)]
    public async Task Get_WithItsETag_Is304BeforeTheAnswerIsBuilt(string path, int lookups)
    {
        var client = _app.CreateClient();
        await StoreListener.WaitUntilListeningAsync(_app.Services);
        var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var built = _app.Commands.Count;

        _app.Commands.Reset();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        // Only the request's own check (the deal's slug), not the answer's queries.
        Assert.True(_app.Commands.Count <= lookups, $"{_app.Commands.Count} commands (the 200 took {built}):{Environment.NewLine}{_app.Commands.Texts}");
    }

    [Fact]
    public async Task Get_UnknownDealWithAnyETag_Is404()
    {
        var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/deals/nope/export.json");
        request.Headers.TryAddWithoutValidation("If-None-Match", "*");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }
}
