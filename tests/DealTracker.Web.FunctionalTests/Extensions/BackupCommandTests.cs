using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>
/// <c>backup PATH</c> against the running app while editors write, then the restore procedure of
/// docs/operations.md: stop the app, copy the backup over the store, remove -wal and -shm, start.
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TempStore _store = new();

    [SqliteOnlyFact]
    public async Task Backup_DuringConcurrentWrites_RestoresIntactWithEveryWriteAcknowledgedBeforeIt()
    {
        var backup = _store.PathOf("backups/dealtracker-backup.db");
        IReadOnlyCollection<int> before;
        string output;
        await using (var app = await AppProcess.StartAsync(_store.DatabasePath))
        {
            var writers = new ReportWriters(await app.CreateEditorClientAsync(), TestOutlets.SeededOutletId);
            await writers.EnterOneAsync();
            using var stop = new CancellationTokenSource();
            var burst = writers.RunAsync(writers: 4, perWriter: 1_000, stop.Token);
            Assert.True(await TempStore.WaitUntilAsync(() => writers.Acknowledged.Count >= 30 || burst.IsCompleted, TimeSpan.FromSeconds(60)));

            before = writers.Acknowledged;
            (var code, output) = await AppProcess.RunCommandAsync(_store.DatabasePath, "backup", backup);
            var during = writers.Acknowledged.Count - before.Count;
            await stop.CancelAsync();
            await burst;

            Assert.True(code == 0, output);
            Assert.True(during > 0, "No write was acknowledged while the backup ran: it did not run alongside writes.");
            Assert.Equal(0, writers.Failures);
            app.Terminate();
            Assert.True(await app.WaitForExitAsync(TimeSpan.FromSeconds(40)));
        }

        Assert.Contains($"to {backup}", output, StringComparison.Ordinal);
        Assert.Contains("integrity ok", output, StringComparison.Ordinal);
        Assert.False(File.Exists(backup + "-wal"));

        // Restore as docs/operations.md says.
        File.Copy(backup, _store.DatabasePath, overwrite: true);
        File.Delete(_store.DatabasePath + "-wal");
        File.Delete(_store.DatabasePath + "-shm");
        await using var restored = await AppProcess.StartAsync(_store.DatabasePath);

        Assert.Equal("ok", AppProcess.IntegrityCheck(_store.DatabasePath));
        Assert.Empty(before.Except(AppProcess.StoredReportIds(_store.DatabasePath, before)));
        using var reader = restored.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/reports/{before.Max()}")).StatusCode);
    }

    [SqliteOnlyFact]
    public async Task Backup_ExistingFile_RefusesUnlessToldToOverwrite()
    {
        await using (await AppProcess.StartAsync(_store.DatabasePath))
        {
            // Started once, so the store exists (migrated and seeded).
        }

        var backup = _store.PathOf("existing.db");
        await File.WriteAllTextAsync(backup, "an older backup");

        var refused = await AppProcess.RunCommandAsync(_store.DatabasePath, "backup", backup);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already exists", refused.Output, StringComparison.Ordinal);
        Assert.Equal("an older backup", await File.ReadAllTextAsync(backup));

        var replaced = await AppProcess.RunCommandAsync(_store.DatabasePath, "backup", backup, "--overwrite");
        Assert.True(replaced.ExitCode == 0, replaced.Output);
        Assert.Equal("ok", AppProcess.IntegrityCheck(backup));
    }

    [SqliteOnlyFact]
    public async Task Backup_NoStore_RefusesAndCreatesNothing()
    {
        var backup = _store.PathOf("backup.db");

        var (code, output) = await AppProcess.RunCommandAsync(_store.DatabasePath, "backup", backup);

        Assert.Equal(1, code);
        Assert.Contains("No store at", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_store.DatabasePath));
        Assert.False(File.Exists(backup));
    }

    public void Dispose() => _store.Dispose();
}
