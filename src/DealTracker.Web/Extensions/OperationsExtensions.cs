using DealTracker.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealTracker.Web.Extensions;

/// <summary>
/// What load balancers and orchestrators rely on: health endpoints, and a graceful stop on SIGTERM
/// (Kestrel stops accepting, in-flight requests finish within <c>Shutdown:TimeoutSeconds</c>, exit code 0).
/// </summary>
public static class OperationsExtensions
{
    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddDealTrackerOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreReadyHealthCheck>("store", tags: [ReadyTag]);
        var shutdownSeconds = builder.Configuration.GetValue("Shutdown:TimeoutSeconds", 30);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(shutdownSeconds));
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c>: the process is up (no check; it never touches the store).
    /// <c>/health/ready</c>: the store answers and its migrations are applied; 503 otherwise.
    /// Plain text ("Healthy" / "Unhealthy"), never cached, no sign-in needed.
    /// </summary>
    public static IEndpointRouteBuilder MapDealTrackerHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous().DisableRateLimiting();
        return endpoints;
    }
}
