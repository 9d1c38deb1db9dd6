using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Data;

/// <summary>
/// kill -9 of the real app process in the middle of a burst of concurrent writes: every write that
/// was acknowledged (201) is in the store after a restart, and the store passes its integrity check.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Writers = 6;
    private const int ReportsPerWriter = 150;

    private readonly TempStore _store = new();

    [SqliteOnlyFact]
    public async Task Kill9_DuringConcurrentWrites_LosesNoAcknowledgedWriteAndStoreStaysIntact()
    {
        ReportWriters writers;
        Task burst;
        await using (var app = await AppProcess.StartAsync(_store.DatabasePath))
        {
            writers = new ReportWriters(await app.CreateEditorClientAsync(), TestOutlets.SeededOutletId);
            await writers.EnterOneAsync();
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            burst = writers.RunAsync(Writers, ReportsPerWriter, bound.Token);

            // Mid-burst: enough writes acknowledged to matter, while every writer is still writing.
            Assert.True(await TempStore.WaitUntilAsync(() => writers.Acknowledged.Count >= 60 || burst.IsCompleted, TimeSpan.FromSeconds(90)));
            Assert.False(burst.IsCompleted, "The burst ended before the kill: it proves nothing.");
            await app.KillAsync();
            await burst;
        }

        var acknowledged = writers.Acknowledged;
        Assert.True(writers.Failures > 0, "No write was cut off by the kill.");
        Assert.Equal("ok", AppProcess.IntegrityCheck(_store.DatabasePath));

        await using var restarted = await AppProcess.StartAsync(_store.DatabasePath);
        var stored = AppProcess.StoredReportIds(_store.DatabasePath, acknowledged);
        Assert.Empty(acknowledged.Except(stored));
        Assert.Equal("ok", AppProcess.IntegrityCheck(_store.DatabasePath));
        using var reader = restarted.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/reports/{acknowledged.Max()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/health/ready")).StatusCode);
    }

    public void Dispose() => _store.Dispose();
}
