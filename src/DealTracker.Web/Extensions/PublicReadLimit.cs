using System.Globalization;
using System.Threading.RateLimiting;
using DealTracker.Web.Data.PostgreSql;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace DealTracker.Web.Extensions;

/// <summary>
/// Bounds how many anonymous public reads (the public pages and the read API, <c>GET</c> or <c>HEAD</c>) the node renders at
/// once, so a flood of readers cannot starve the signed-in editors' work of processor time and store connections (audit G4:
/// with 64 anonymous readers on uncached pages, a save took 11.4 s at the median on PostgreSQL, 5.0 s on SQLite). A read over
/// <c>PublicReads:MaxConcurrent</c> waits its turn in a queue of at most <c>PublicReads:QueueLimit</c>; past that it is turned
/// away at once with the busy answer (503, <c>Retry-After</c>, <see cref="StoreBusyExtensions.WriteBusyAsync"/>).
/// The limiter stands after the page cache (<c>UseOutputCache</c>), so a cached page or API answer never waits for it; signed-in
/// requests (editors, whose pages the cache never keeps), writes, sign-in, health checks and static files are never limited.
/// </summary>
public static class PublicReadLimit
{
    public const string MaxConcurrentSetting = "PublicReads:MaxConcurrent";

    public const string QueueLimitSetting = "PublicReads:QueueLimit";

    /// <summary>Reads rendered at once by default, per processor (and, on PostgreSQL, never more than half the node's pool).</summary>
    public const int DefaultPerProcessor = 2;

    /// <summary>Reads that may wait for a turn by default, per processor.</summary>
    public const int DefaultQueuePerProcessor = 100;

    private const string Partition = "anonymous-public-reads";

    /// <summary>
    /// Adds the limit to the app's rate limiter as its global limiter (the per-endpoint sign-in and extract limits stay as
    /// they are). Refuses to start on a setting that is not a count (a negative number) with a message naming it.
    /// </summary>
    public static IHostApplicationBuilder AddDealTrackerPublicReadLimit(this IHostApplicationBuilder builder)
    {
        var (maxConcurrent, queueLimit) = Settings(builder.Configuration, Environment.ProcessorCount);
        if (maxConcurrent == 0)
        {
            return builder; // 0: no limit
        }

        var limiterOptions = new ConcurrencyLimiterOptions
        {
            PermitLimit = maxConcurrent,
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        builder.Services.PostConfigure<RateLimiterOptions>(options =>
        {
            var others = options.OnRejected;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Applies(context)
                ? RateLimitPartition.GetConcurrencyLimiter(Partition, _ => limiterOptions)
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = (context, cancellationToken) => Applies(context.HttpContext)
                ? new ValueTask(StoreBusyExtensions.WriteBusyAsync(context.HttpContext, StoreBusyExtensions.MessageFor(context.HttpContext.Request)))
                : others?.Invoke(context, cancellationToken) ?? ValueTask.CompletedTask;
        });
        return builder;
    }

    /// <summary>
    /// The configured (or default) reads at once and queue length. By default: two reads a processor, and on PostgreSQL no more
    /// than half the node's connection pool (so editors always find connections); a queue of a hundred a processor.
    /// </summary>
    internal static (int MaxConcurrent, int QueueLimit) Settings(IConfiguration configuration, int processors)
    {
        var maxConcurrent = configuration.GetValue<int?>(MaxConcurrentSetting) ?? DefaultMaxConcurrent(configuration, processors);
        var queueLimit = configuration.GetValue<int?>(QueueLimitSetting) ?? DefaultQueuePerProcessor * Math.Max(1, processors);
        if (maxConcurrent < 0)
        {
            throw new InvalidOperationException(
                $"{MaxConcurrentSetting} is {maxConcurrent.ToString(CultureInfo.InvariantCulture)}: set how many anonymous page and API reads a node renders at once (1 or more), or 0 for no limit.");
        }

        if (queueLimit < 0)
        {
            throw new InvalidOperationException(
                $"{QueueLimitSetting} is {queueLimit.ToString(CultureInfo.InvariantCulture)}: set how many anonymous reads may wait for a turn (0 or more; 0 turns away every read past {MaxConcurrentSetting} at once).");
        }

        return (maxConcurrent, queueLimit);
    }

    private static int DefaultMaxConcurrent(IConfiguration configuration, int processors)
    {
        var limit = DefaultPerProcessor * Math.Max(1, processors);
        if (DataExtensions.IsPostgreSql(configuration) && configuration.GetConnectionString(DataExtensions.ConnectionName) is { Length: > 0 } connectionString)
        {
            var pool = new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlStore.WithPoolBound(connectionString)).MaxPoolSize;
            limit = Math.Min(limit, Math.Max(1, pool / 2));
        }

        return limit;
    }

    /// <summary>
    /// An anonymous GET or HEAD of a public page or the read API (the endpoints with a page-cache policy): what the limit counts.
    /// By the time it is asked, the page cache has answered every request it could.
    /// </summary>
    internal static bool Applies(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<IOutputCachePolicy>() is not null || metadata.GetMetadata<OutputCacheAttribute>() is not null);
}
