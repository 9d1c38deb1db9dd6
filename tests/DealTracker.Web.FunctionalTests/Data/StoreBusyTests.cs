using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Data;

/// <summary>
/// Another process holds the store's write lock: writes wait the busy timeout, then answer 503
/// "try again" and save nothing; reads keep answering (WAL readers never wait for the writer).
/// </summary>
public sealed class StoreBusyTests : IAsyncLifetime
{
    // Every read goes to the store (no cache), so the reads below prove the store answers them.
    private readonly DealTrackerAppFactory _app = new() { ReadCache = false, BusyTimeoutSeconds = 1 };
    private HttpClient _editor = default!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _editor = await _app.CreateEditorClientAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [SqliteOnlyFact]
    public async Task CreateReport_WhileAnotherProcessHoldsTheWriteLock_Answers503WithRetryAfterAndSavesNothing()
    {
        var before = await CountReportsAsync();
        HttpResponseMessage response;
        await using (await HoldWriteLockAsync())
        {
            response = await _editor.PostAsJsonAsync("/api/reports", NewReport("https://example.com/busy-test"));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The store is busy; try again", problem.GetProperty("title").GetString());
        Assert.Equal(StoreBusy.Message, problem.GetProperty("detail").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After header.");
        Assert.Equal(before, await CountReportsAsync());
        await using (var db = _app.CreateDbContext())
        {
            Assert.False(await db.Outlets.AnyAsync(o => o.Name == "Busy test wire"));
        }

        // Once the lock is released, the same write goes through.
        var retried = await _editor.PostAsJsonAsync("/api/reports", NewReport("https://example.com/busy-test"));
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(before + 1, await CountReportsAsync());
    }

    [SqliteOnlyFact]
    public async Task Reads_WhileAnotherProcessHoldsTheWriteLock_AnswerFromTheStore()
    {
        await using var locked = await HoldWriteLockAsync();
        var reader = _app.CreateClient();

        var page = await reader.GetAsync("/deals/amazon-openai-2026-round/timeline");
        var api = await reader.GetAsync("/api/reports");
        var ready = await reader.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.NotEqual(0, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [SqliteOnlyFact]
    public async Task SaveAsync_WhileTheStoreIsLocked_ReturnsBusyWithTheMessageTheEditorPageShows()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<CatalogEditor>();
        var stamp = new EditorStamp("test-editor", DealTrackerAppFactory.EditorEmail);

        EditResult result;
        await using (await HoldWriteLockAsync())
        {
            result = await editor.SaveOutletAsync(new OutletDraft { Name = "Busy outlet", Kind = Domain.Outlets.OutletKind.Wire }, stamp);
        }

        Assert.Equal(EditOutcome.Busy, result.Outcome);
        Assert.Equal("The store is busy. Nothing was saved; try again.", result.Message);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Outlets.AnyAsync(o => o.Name == "Busy outlet"));
        Assert.False(await db.ChangeRecords.AnyAsync(c => c.ItemType == "Outlet" && c.EditorName == DealTrackerAppFactory.EditorEmail));
    }

    [SqliteOnlyFact]
    public async Task SignIn_WrongPasswordWhileTheStoreIsLocked_Answers503SayingTheStoreIsBusy()
    {
        var client = _app.CreateBrowserLikeClient();
        var form = await SignIn.FormFieldsAsync(client, "/account/login");
        form["Input.Email"] = DealTrackerAppFactory.EditorEmail;
        form["Input.Password"] = "not the password";

        HttpResponseMessage response;
        await using (await HoldWriteLockAsync())
        {
            // A failed sign-in counts the failure against the account: a write.
            response = await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(StoreBusy.Message, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After header.");
    }

    /// <summary>A separate connection (as another process would) that takes the write lock and keeps it until disposed.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _app.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<int> CountReportsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Reports.CountAsync();
    }

    private static Dictionary<string, object?> NewReport(string url) => new()
    {
        ["outletId"] = TestOutlets.SeededOutletId,
        ["headline"] = "A report entered while the store is locked",
        ["url"] = url,
        ["publishedOn"] = "2026-02-02",
        ["publishedPrecision"] = "day",
    };
}
