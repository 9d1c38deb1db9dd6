using Microsoft.Extensions.Options;

namespace DealTracker.Web.Services.Intake;

/// <summary>Polls the feeds that are due, every minute, while <see cref="IntakeOptions.Enabled"/>; each feed every <see cref="IntakeOptions.PollMinutes"/>.</summary>
public sealed class IntakePollingService(FeedPoller poller, IOptions<IntakeOptions> options, TimeProvider clock, ILogger<IntakePollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Feed polling is off (Intake:Enabled is false)");
            return;
        }

        var tick = TimeSpan.FromMinutes(1);
        using var timer = new PeriodicTimer(tick, clock);
        do
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
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
