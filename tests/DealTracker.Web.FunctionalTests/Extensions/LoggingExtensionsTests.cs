using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>
/// The "Serilog" section still configures the sinks and levels now that its reader is handed the Serilog assemblies
/// instead of scanning the dependency manifest for them. The app runs as a real process (AppProcess): the rolling file
/// named in configuration gets the lines, at the levels configuration sets, and so does the console.
/// </summary>
public sealed class LoggingExtensionsTests : IDisposable
{
    private readonly TempStore _store = new();

    private string LogDirectory => Path.Combine(Path.GetDirectoryName(_store.DatabasePath)!, "logs");

    [Fact]
    public async Task AddDealTrackerLogging_InformationFromConfiguration_WritesRequestLinesToFileAndConsole()
    {
        await using var app = await AppProcess.StartAsync(_store.DatabasePath, new Dictionary<string, string>
        {
            ["Serilog__MinimumLevel__Default"] = "Information",
        });

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/deals")).StatusCode);

        Assert.True(
            await TempStore.WaitUntilAsync(() => ReadLogs().Contains("HTTP GET /deals responded 200", StringComparison.Ordinal), TimeSpan.FromSeconds(10)),
            "No request line in the rolling log file: " + ReadLogs());
        Assert.True(
            await TempStore.WaitUntilAsync(() => app.Output.Contains("HTTP GET /deals responded 200", StringComparison.Ordinal), TimeSpan.FromSeconds(10)),
            "No request line on the console: " + app.Output);
    }

    [Fact]
    public async Task AddDealTrackerLogging_WarningFromConfiguration_LeavesRequestLinesOut()
    {
        // AppProcess sets Serilog__MinimumLevel__Default=Warning; an override lowers one category back to Information.
        await using var app = await AppProcess.StartAsync(_store.DatabasePath, new Dictionary<string, string>
        {
            ["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information",
        });

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/deals")).StatusCode);

        Assert.True(
            await TempStore.WaitUntilAsync(() => ReadLogs().Contains("Application started", StringComparison.Ordinal), TimeSpan.FromSeconds(10)),
            "The overridden category wrote nothing to the rolling log file: " + ReadLogs());
        Assert.DoesNotContain("GET /deals responded", ReadLogs(), StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();

    private string ReadLogs()
    {
        if (!Directory.Exists(LogDirectory))
        {
            return "(no folder " + LogDirectory + ")";
        }

        return string.Concat(Directory.GetFiles(LogDirectory, "dealtracker-*.log").Select(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }
}
