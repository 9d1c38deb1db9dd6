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
        NameFilesByNode(builder.Configuration);
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

    /// <summary>The token in a sink's <c>path</c> replaced by <see cref="NodeName"/>: <c>logs/dealtracker-{Node}-.log</c>.</summary>
    public const string NodeToken = "{Node}";

    /// <summary>
    /// This process's name in its log file's name: <c>Logging:NodeName</c> when set, else the machine name and the process id
    /// (<c>web1-4242</c>), so two nodes started from one install directory never write one file (lines were lost, cut or
    /// NUL-filled). Only letters, digits, <c>.</c>, <c>_</c> and <c>-</c> are kept.
    /// </summary>
    public static string NodeName(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration["Logging:NodeName"] is { Length: > 0 } configured
            ? configured
            : $"{Environment.MachineName}-{Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_').ToArray());
    }

    /// <summary>Puts <see cref="NodeName"/> in place of <see cref="NodeToken"/> in every Serilog sink's <c>path</c>.</summary>
    private static void NameFilesByNode(IConfigurationManager configuration)
    {
        string? node = null;
        foreach (var sink in configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            if (sink["Args:path"] is { } path && path.Contains(NodeToken, StringComparison.Ordinal))
            {
                configuration[$"{sink.Path}:Args:path"] = path.Replace(NodeToken, node ??= NodeName(configuration), StringComparison.Ordinal);
                // One day to a hundred years: a zero or negative setting would sweep today's files, a huge one overflows TimeSpan.
                SweepOldFiles(path, TimeSpan.FromDays(Math.Clamp(configuration.GetValue("Logging:RetainDays", 14), 1, 36_500)), DateTime.UtcNow);
            }
        }
    }

    /// <summary>
    /// Deletes the log files of every node name (<paramref name="path"/>'s file name with anything in place of <see cref="NodeToken"/>)
    /// last written more than <paramref name="maxAge"/> ago. The file sink's own retention counts one name's files only, so the sets
    /// of names no longer in use (the default name's process id changes at every restart) would otherwise stay for ever. A file that
    /// cannot be deleted (another process's, or read-only) is left; logging never stops start-up.
    /// </summary>
    internal static int SweepOldFiles(string path, TimeSpan maxAge, DateTime nowUtc)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        var name = Path.GetFileNameWithoutExtension(full);
        var token = name.IndexOf(NodeToken, StringComparison.Ordinal);
        if (directory is null || token < 0 || !Directory.Exists(directory))
        {
            return 0;
        }

        var pattern = name[..token] + "*" + Path.GetExtension(full);
        var deleted = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, pattern))
            {
                try
                {
                    if (nowUtc - File.GetLastWriteTimeUtc(file) > maxAge)
                    {
                        File.Delete(file);
                        deleted++;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // In use or not ours: left for the next start.
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder cannot be listed: nothing to sweep.
        }

        return deleted;
    }
}
