using System.Reflection;
using Serilog;
using Serilog.Settings.Configuration;

namespace DealTracker.Web.Extensions;

public static class LoggingExtensions
{
    /// <summary>
    /// The assemblies whose sinks, enrichers and formatters the "Serilog" section may name: every Serilog assembly the
    /// app ships, the set Serilog.Settings.Configuration would otherwise find by reading the app's dependency manifest and
    /// loading each library whose name holds "Serilog" (a scan that cost about 0.05 s of every start). A sink from another
    /// package needs its assembly added here.
    /// </summary>
    internal static readonly Assembly[] ConfigurationAssemblies =
    [
        typeof(Log).Assembly, // Serilog: Logger, Enrich.FromLogContext
        typeof(ConsoleLoggerConfigurationExtensions).Assembly, // Serilog.Sinks.Console
        typeof(FileLoggerConfigurationExtensions).Assembly, // Serilog.Sinks.File
        typeof(LoggerSinkConfigurationDebugExtensions).Assembly, // Serilog.Sinks.Debug
        typeof(Serilog.Formatting.Compact.CompactJsonFormatter).Assembly, // Serilog.Formatting.Compact
        typeof(SerilogHostBuilderExtensions).Assembly, // Serilog.Extensions.Hosting
        typeof(SerilogLoggingBuilderExtensions).Assembly, // Serilog.Extensions.Logging
        typeof(SerilogApplicationBuilderExtensions).Assembly, // Serilog.AspNetCore
        typeof(ConfigurationLoggerConfigurationExtensions).Assembly, // Serilog.Settings.Configuration
    ];

    /// <summary>
    /// Serilog from the "Serilog" section of configuration: console and rolling file sinks. Control characters in logged values are
    /// written as escapes (<see cref="DealTracker.Web.Hosting.ControlCharacterEscaper"/>), so no request can forge a log line.
    /// </summary>
    public static IHostApplicationBuilder AddDealTrackerLogging(this IHostApplicationBuilder builder)
    {
        // preserveStaticLogger: each host logs through its own logger, not the process-wide Log.Logger,
        // so two hosts in one process (the tests run several) never write into each other's sinks.
        builder.Services.AddSerilog(
            (services, configuration) => configuration
                .ReadFrom.Configuration(builder.Configuration, new ConfigurationReaderOptions(ConfigurationAssemblies))
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<DealTracker.Web.Hosting.ControlCharacterEscaper>(),
            preserveStaticLogger: true);
        return builder;
    }
}
