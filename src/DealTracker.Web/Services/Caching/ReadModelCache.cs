using System.Text.Json;
using System.Text.Json.Serialization;
using DealTracker.Web.Data;
using Microsoft.Extensions.Caching.Memory;

namespace DealTracker.Web.Services.Caching;

/// <summary>
/// Keeps the public pages' read models in memory until the store changes. Every entry is keyed
/// by the <see cref="StoreVersion"/>, so any save makes every older entry unreachable (and they
/// age out). The cache is bounded in bytes: each entry counts its estimated size (see
/// <see cref="EstimateSize"/>) against <c>ReadCache:SizeLimitMegabytes</c> (64 by default), and
/// the least recently used entries are dropped beyond it. Set <c>ReadCache:Enabled</c> to false to always query.
/// </summary>
public sealed class ReadModelCache(IMemoryCache cache, StoreVersion version, IConfiguration configuration)
{
    /// <summary>The default bound of the memory cache, in megabytes (every entry states its size in bytes).</summary>
    public const int DefaultSizeLimitMegabytes = 64;

    private static readonly TimeSpan _lifetime = TimeSpan.FromMinutes(10);

    private static readonly JsonSerializerOptions _sizing = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        MaxDepth = 64,
        Converters = { new JsonStringEnumConverter() },
    };

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
            cache.Set(versioned, value, new MemoryCacheEntryOptions { Size = EstimateSize(value), SlidingExpiration = _lifetime });
        }

        return value;
    }

    /// <summary>
    /// An estimate of what a read model holds in memory, in bytes: twice its JSON length (strings are
    /// UTF-16 in memory; objects add headers) plus a fixed kilobyte. A model that cannot be measured counts 1 MB.
    /// </summary>
    internal static long EstimateSize(object value)
    {
        try
        {
            using var counter = new CountingStream();
            JsonSerializer.Serialize(counter, value, value.GetType(), _sizing);
            return (2 * counter.Length) + 1024;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A property that cannot be written as JSON must not cost the reader the page.
            return 1024 * 1024;
        }
    }

    /// <summary>Counts the bytes written to it and keeps none.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
