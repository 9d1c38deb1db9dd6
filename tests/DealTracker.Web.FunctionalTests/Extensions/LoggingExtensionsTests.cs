using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.Extensions.Configuration;

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

    [Fact]
    public async Task AddDealTrackerLogging_TwoNodesFromOneDirectory_EachWritesItsOwnFile()
    {
        var settings = new Dictionary<string, string>
        {
            ["Serilog__MinimumLevel__Default"] = "Information",
            ["Serilog__WriteTo__1__Args__path"] = Path.Combine(LogDirectory, "dealtracker-{Node}-.log"),
        };
        await using var nodeA = await AppProcess.StartAsync(_store.DatabasePath, new Dictionary<string, string>(settings) { ["Logging__NodeName"] = "node-a" });
        await using var nodeB = await AppProcess.StartAsync(_store.DatabasePath, settings); // no name: machine name and process id

        Assert.Equal(HttpStatusCode.OK, (await nodeA.CreateClient().GetAsync("/deals")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nodeB.CreateClient().GetAsync("/outlets")).StatusCode);

        Assert.True(
            await TempStore.WaitUntilAsync(() => Directory.Exists(LogDirectory) && Directory.GetFiles(LogDirectory).Length == 2, TimeSpan.FromSeconds(10)),
            "Not one file per node: " + ReadLogs());
        var fileA = Assert.Single(Directory.GetFiles(LogDirectory, "dealtracker-node-a-*.log"));
        var fileB = Assert.Single(Directory.GetFiles(LogDirectory, $"dealtracker-{Environment.MachineName}-*.log"));
        Assert.True(
            await TempStore.WaitUntilAsync(() => Read(fileA).Contains("GET /deals responded 200", StringComparison.Ordinal)
                && Read(fileB).Contains("GET /outlets responded 200", StringComparison.Ordinal), TimeSpan.FromSeconds(10)),
            "Request lines missing: " + ReadLogs());
        Assert.DoesNotContain("GET /outlets", Read(fileA), StringComparison.Ordinal);
    }

    [Fact]
    public void NodeName_NotConfigured_IsTheMachineNameAndProcessId()
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.Equal($"{Environment.MachineName}-{Environment.ProcessId}", Web.Extensions.LoggingExtensions.NodeName(configuration));
    }

    [Fact]
    public void NodeName_ConfiguredWithASlash_KeepsOnlyFileNameCharacters()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Logging:NodeName", "../web 1")]).Build();

        Assert.Equal(".._web_1", Web.Extensions.LoggingExtensions.NodeName(configuration));
    }

    [Fact]
    public void SweepOldFiles_OldSetsOfOtherNodeNames_DeletesOnlyOldLogFiles()
    {
        Directory.CreateDirectory(LogDirectory);
        var now = DateTime.UtcNow;
        string Write(string name, int daysOld)
        {
            var file = Path.Combine(LogDirectory, name);
            File.WriteAllText(file, "line");
            File.SetLastWriteTimeUtc(file, now.AddDays(-daysOld));
            return file;
        }

        var oldRestart = Write("dealtracker-web1-4242-20261101.log", 20);
        var oldNode = Write("dealtracker-b-20261110.log", 15);
        var recent = Write("dealtracker-web1-5151-20261206.log", 1);
        var notALog = Write("dealtracker-notes.txt", 30);
        var another = Write("other-20261101.log", 30);

        var deleted = Web.Extensions.LoggingExtensions.SweepOldFiles(Path.Combine(LogDirectory, "dealtracker-{Node}-.log"), TimeSpan.FromDays(14), now);

        Assert.Equal(2, deleted);
        Assert.False(File.Exists(oldRestart));
        Assert.False(File.Exists(oldNode));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(notALog));
        Assert.True(File.Exists(another));
    }

    private static string Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
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
