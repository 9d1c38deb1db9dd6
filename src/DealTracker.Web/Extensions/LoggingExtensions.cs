using Serilog;

namespace DealTracker.Web.Extensions;

public static class LoggingExtensions
{
    /// <summary>Serilog from the "Serilog" section of configuration: console and rolling file sinks.</summary>
    public static IHostApplicationBuilder AddDealTrackerLogging(this IHostApplicationBuilder builder)
    {
        // preserveStaticLogger: each host logs through its own logger, not the process-wide Log.Logger,
        // so two hosts in one process (the tests run several) never write into each other's sinks.
        builder.Services.AddSerilog(
            (services, configuration) => configuration
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }
}
