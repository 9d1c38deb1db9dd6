using System.Net;
using DealTracker.Web.Extensions;
using DealTracker.Web.FunctionalTests.Infrastructure;
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
        using var app = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var inner = services.Single(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Replace(ServiceDescriptor.Singleton<IOutputCacheStore>(provider =>
            {
                _store.Inner = (IOutputCacheStore)(inner.ImplementationInstance ?? inner.ImplementationFactory!(provider));
                return _store;
            }));
        }));
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
