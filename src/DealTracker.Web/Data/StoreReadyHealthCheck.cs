using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealTracker.Web.Data;

/// <summary>
/// Ready when the store answers a query and every committed migration is applied. A store that does not
/// answer within <see cref="Timeout"/> (a database host gone, a connection that hangs) counts as not answering,
/// so a load balancer's probe gets its 503 before its own time-out.
/// </summary>
public sealed class StoreReadyHealthCheck(IDbContextFactory<DealTrackerDbContext> dbFactory) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(timeout.Token);
            if (!await db.Database.CanConnectAsync(timeout.Token))
            {
                return HealthCheckResult.Unhealthy("The store does not answer.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(timeout.Token)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The store answers and its migrations are applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store did not answer within {Timeout.TotalSeconds:F0} s.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", exception);
        }
    }
}
