using System.Net;
using DealTracker.Web.Extensions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>The page cache: keyed only by what a page reads, so junk in the query string cannot fill memory.</summary>
public sealed class PageCacheExtensionsTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();
    private readonly CountingStore _store = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public void PublicPageQueryKeys_ArePreciselyTheKeysThePublicPagesRead()
    {
        Assert.Equal(["asOf", "from", "metric", "outlet", "page", "party", "to"], PageCacheExtensions.PublicPageQueryKeys());
    }

    [Fact]
    public async Task Get_ThousandRequestsWithJunkQueryKeys_AddOneCacheEntry()
    {
        using var app = WithCountingStore();
        var client = app.CreateClient();

        // On PostgreSQL the node's store listener bumps the store version once as it connects: let it, so every request below sees one version.
        await StoreListener.WaitUntilListeningAsync(app.Services);
        for (var i = 0; i < 1_000; i++)
        {
            var junk = i % 2 == 0 ? $"utm_source=x{i}" : $"x{Guid.NewGuid():N}={i}";
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/outlets?{junk}")).StatusCode);
        }

        Assert.Single(_store.Keys);

        // A key the page does read still gets its own entry.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/outlets?page=2")).StatusCode);
        Assert.Equal(2, _store.Keys.Count);
    }

    [Fact]
    public async Task Get_ApiRequestsWithJunkQueryKeys_AddOneCacheEntryPerEndpoint()
    {
        using var app = WithCountingStore();
        var client = app.CreateClient();
        await StoreListener.WaitUntilListeningAsync(app.Services);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/deals/amazon-openai-2026-round/export.csv?x={i}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/claims?deal=amazon-openai-2026-round&utm_source={i}")).StatusCode);
        }

        Assert.Equal(2, _store.Keys.Count);

        // A key the endpoint does read still gets its own entry.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/claims?deal=amazon-openai-2026-round&page=2")).StatusCode);
        Assert.Equal(3, _store.Keys.Count);
    }

    [Theory]
    [InlineData("/api/deals/amazon-openai-2026-round/export.json")]
    [InlineData("/api/deals/amazon-openai-2026-round/export.csv")]
    [InlineData("/api/deals")]
    [InlineData("/api/claims")]
    [InlineData("/deals/amazon-openai-2026-round/feed.atom")]
    [InlineData("/deals")]
    public async Task Get_FutureIfModifiedSince_IsAnsweredInFull(string path)
    {
        var client = _app.CreateClient();
        await StoreListener.WaitUntilListeningAsync(_app.Services);

        // Twice: the second is a cache hit, where the output cache compared the date with its entry's (no Last-Modified is sent).
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("If-Modified-Since", "Tue, 01 Jan 2030 00:00:00 GMT");
            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
            Assert.Null(response.Content.Headers.LastModified);
        }
    }

    private WebApplicationFactory<Program> WithCountingStore() => _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
    {
        var inner = services.Single(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Replace(ServiceDescriptor.Singleton<IOutputCacheStore>(provider =>
        {
            _store.Inner = (IOutputCacheStore)(inner.ImplementationInstance ?? inner.ImplementationFactory!(provider));
            return _store;
        }));
    }));

    /// <summary>The real output-cache store, counting the distinct keys stored in it.</summary>
    private sealed class CountingStore : IOutputCacheStore
    {
        public IOutputCacheStore Inner { get; set; } = default!;

        public HashSet<string> Keys { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => Inner.EvictByTagAsync(tag, cancellationToken);

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => Inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            lock (Keys)
            {
                Keys.Add(key);
            }

            return Inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
    }
}
