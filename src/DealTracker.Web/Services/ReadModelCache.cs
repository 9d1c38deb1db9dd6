using DealTracker.Web.Data;
using Microsoft.Extensions.Caching.Memory;

namespace DealTracker.Web.Services;

/// <summary>
/// Keeps the public pages' read models in memory until the store changes. Every entry is keyed
/// by the <see cref="StoreVersion"/>, so any save makes every older entry unreachable (and they
/// age out). Set <c>ReadCache:Enabled</c> to false to always query.
/// </summary>
public sealed class ReadModelCache(IMemoryCache cache, StoreVersion version, IConfiguration configuration)
{
    private static readonly TimeSpan _lifetime = TimeSpan.FromMinutes(10);

    private readonly bool _enabled = configuration.GetValue("ReadCache:Enabled", true);

    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create)
    {
        if (!_enabled)
        {
            return await create();
        }

        var versioned = $"{version.Value}:{key}";
        if (cache.TryGetValue(versioned, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await create();
        if (value is not null)
        {
            cache.Set(versioned, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _lifetime });
        }

        return value;
    }
}
