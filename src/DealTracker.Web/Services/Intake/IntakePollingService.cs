using Microsoft.Extensions.Options;

namespace DealTracker.Web.Services.Intake;

/// <summary>Polls the feeds that are due, every minute from a minute after start, while <see cref="IntakeOptions.Enabled"/>; each feed every <see cref="IntakeOptions.PollMinutes"/>.</summary>
public sealed class IntakePollingService(FeedPoller poller, IOptions<IntakeOptions> options, TimeProvider clock, ILogger<IntakePollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Feed polling is off (Intake:Enabled is false)");
            return;
        }

        // The first poll is at the first tick, a minute after start, not during it: polling then would hold up the host's
        // start and the first request by about 0.3 s (docs/performance.md, Start-up).
        var tick = TimeSpan.FromMinutes(1);
        using var timer = new PeriodicTimer(tick, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await poller.PollDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Polling the feeds failed; trying again at the next tick");
            }
        }
    }
}
