using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using DealTracker.Web.Services.Caching;

namespace DealTracker.Web.FunctionalTests.Services.Caching;

/// <summary>The read-model cache counts bytes, not entries, and never holds more than its bound.</summary>
public sealed class ReadModelCacheTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public void EstimateSize_LargerModel_CountsItsBytes()
    {
        var small = ReadModelCache.EstimateSize(new[] { "a headline" });
        var large = ReadModelCache.EstimateSize(Enumerable.Range(0, 1_000).Select(i => $"headline number {i:D6} of a long list").ToArray());

        Assert.InRange(small, 1_024, 2_048);
        Assert.True(large > 2 * 1_000 * 30, $"A model of 1,000 thirty-character strings counted {large} bytes.");
    }

    [Fact]
    public async Task Get_ManyDistinctTimelines_StayWithinTheByteBound()
    {
        using var app = _app.WithWebHostBuilder(builder => builder.UseSetting("ReadCache:SizeLimitMegabytes", "1"));
        var client = app.CreateClient();
        var cache = (MemoryCache)app.Services.GetRequiredService<IMemoryCache>();

        for (var day = 0; day < 120; day++)
        {
            var asOf = new DateOnly(2026, 1, 1).AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/deals/amazon-openai-2026-round/timeline?asOf={asOf}")).StatusCode);
        }

        var statistics = cache.GetCurrentStatistics()!;
        // Several (each timeline is measured, not counted at the 1 MB fallback), not all: 120 timelines do not fit in 1 MB.
        Assert.InRange(statistics.CurrentEntryCount, 2, 119);
        Assert.True(statistics.CurrentEstimatedSize > statistics.CurrentEntryCount * 1_024, "Entries are not counted in bytes.");
        Assert.InRange(statistics.CurrentEstimatedSize!.Value, 0, 1024 * 1024);
    }
}
