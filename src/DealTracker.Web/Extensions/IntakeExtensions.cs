using System.Net;
using DealTracker.Web.Services.Intake;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace DealTracker.Web.Extensions;

public static class IntakeExtensions
{
    /// <summary>
    /// Watched feeds and the inbox: the <c>Intake</c> settings, the safe HTTP client (address check in the
    /// connection, no automatic redirects, decompression, a bounded retry and time cap), the poller and its
    /// background service, the inbox and the article reader.
    /// </summary>
    public static IHostApplicationBuilder AddDealTrackerIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IntakeOptions>().Bind(builder.Configuration.GetSection(IntakeOptions.Section))
            .Validate(o => o.PollMinutes >= 1 && o.TimeoutSeconds is >= 1 and <= 120 && o.MaxRedirects is >= 0 and <= 20 && o.MaxBytes > 0 && o.MaxItemsPerFetch >= 1
                && o.MaxEntriesPerFeed >= 1 && o.MaxParallelPolls is >= 1 and <= 64,
                "Intake: PollMinutes ≥ 1, TimeoutSeconds 1–120, MaxRedirects 0–20, MaxBytes > 0, MaxItemsPerFetch ≥ 1, MaxEntriesPerFeed ≥ 1, MaxParallelPolls 1–64.")
            .ValidateOnStart();

        builder.Services.AddHttpClient(SafeFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(services =>
            {
                var allowPrivate = services.GetRequiredService<IOptions<IntakeOptions>>().Value.AllowPrivateAddresses;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    ConnectTimeout = TimeSpan.FromSeconds(5),
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectCallback = (context, cancellationToken) => SafeFetcher.ConnectAsync(context.DnsEndPoint, allowPrivate, cancellationToken),
                };
            })
            .AddResilienceHandler("intake", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<IntakeOptions>>().Value;
                pipeline.AddTimeout(TimeSpan.FromSeconds(settings.TimeoutSeconds));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    // One retry of a transient fault (5xx, 408, 429, a dropped connection), never of a refused address.
                    MaxRetryAttempts = 1,
                    Delay = TimeSpan.FromMilliseconds(500),
                    BackoffType = DelayBackoffType.Exponential,

                    // A server's "Retry-After: 3600" would have the retry wait out the whole time cap and then report a time-out; the
                    // one retry comes after the short delay, and a second 503 is reported as the 503 it is.
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(
                        !IsRefusal(args.Outcome.Exception) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                });
            });

        builder.Services.AddSingleton<SafeFetcher>();
        builder.Services.AddSingleton<FeedPoller>();
        builder.Services.AddSingleton<ArticleReader>();
        builder.Services.AddScoped<FeedService>();
        builder.Services.AddScoped<InboxService>();
        builder.Services.AddHostedService<IntakePollingService>();
        return builder;
    }

    private static bool IsRefusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is FetchRefusedException)
            {
                return true;
            }
        }

        return false;
    }
}
