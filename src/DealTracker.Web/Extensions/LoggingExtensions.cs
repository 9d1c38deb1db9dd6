using Serilog;

namespace DealTracker.Web.Extensions;

public static class LoggingExtensions
{
    /// <summary>Serilog from the "Serilog" section of configuration: console and rolling file sinks.</summary>
    public static IHostApplicationBuilder AddDealTrackerLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
