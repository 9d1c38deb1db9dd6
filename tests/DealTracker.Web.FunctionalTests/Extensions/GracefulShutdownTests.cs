using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>
/// SIGTERM, as an orchestrator stops the app: it stops taking requests, lets the write in flight
/// finish and be acknowledged, and exits with code 0.
/// </summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly TempStore _store = new();

    [Fact]
    public async Task Sigterm_WithAWriteInFlight_StopsTakingRequestsFinishesTheWriteAndExitsZero()
    {
        await using var app = await AppProcess.StartAsync(_store.DatabasePath, new Dictionary<string, string>
        {
            ["Database__BusyTimeoutSeconds"] = "60",

            // Logs "Request starting …" so the test can see the write has reached the app.
            ["Serilog__MinimumLevel__Override__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        var editor = await app.CreateEditorClientAsync();

        // Another process holds the write lock, so the write below stays in flight until it is released.
        var locker = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _store.DatabasePath, Pooling = false }.ToString());
        await locker.OpenAsync();
        await using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        var write = editor.PostAsJsonAsync("/api/reports", new Dictionary<string, object?>
        {
            ["outletId"] = TestOutlets.SeededOutletId,
            ["headline"] = "A report in flight at SIGTERM",
            ["url"] = "https://example.com/shutdown-test",
            ["publishedOn"] = "2026-02-02",
            ["publishedPrecision"] = "day",
        });
        Assert.True(await TempStore.WaitUntilAsync(() => app.Output.Contains("POST http://127.0.0.1", StringComparison.Ordinal)
            && app.Output.Contains("/api/reports", StringComparison.Ordinal), TimeSpan.FromSeconds(30)), app.Output);

        app.Terminate();

        // It stops taking requests: a new connection is refused while the write is still in flight.
        Assert.True(await TempStore.WaitUntilAsync(() => !Answers(app.Address), TimeSpan.FromSeconds(30)), "The app kept taking requests after SIGTERM.");
        Assert.False(write.IsCompleted);
        Assert.False(app.HasExited);

        await locker.DisposeAsync();
        var response = await write;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.True(await app.WaitForExitAsync(TimeSpan.FromSeconds(40)), "The app did not exit after SIGTERM.");
        Assert.Equal(0, app.ExitCode);
        Assert.Equal([id], AppProcess.StoredReportIds(_store.DatabasePath, [id]));
        Assert.Equal("ok", AppProcess.IntegrityCheck(_store.DatabasePath));
    }

    private static bool Answers(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            client.GetAsync("/health/live").GetAwaiter().GetResult();
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => _store.Dispose();
}
