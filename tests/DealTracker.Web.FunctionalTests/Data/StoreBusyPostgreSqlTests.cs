using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Data;

/// <summary>
/// PostgreSQL gives no connection: the node's pool is exhausted for its whole wait, or the server refuses new connections.
/// Readers, the read API and editors' writes answer 503 "the store is busy" with Retry-After, as on a busy SQLite store, and
/// nothing is saved.
/// </summary>
public sealed class StoreBusyPostgreSqlTests : IAsyncLifetime
{
    // A pool of two (start-up holds the migration lock on one connection while it migrates on the other) that waits one second;
    // every read goes to the store (no cache).
    private readonly PageLoadGate _gate = new();
    private readonly DealTrackerAppFactory _app;
    private HttpClient _editor = default!;

    public StoreBusyPostgreSqlTests() => _app = new()
    {
        ReadCache = false,
        PostgreSqlOptions = "Maximum Pool Size=2;Timeout=1",
        MoreServices = services =>
        {
            services.AddHttpContextAccessor();
            services.ConfigureDbContext<DealTrackerDbContext>(options => options.AddInterceptors(_gate));
        },
    };

    /// <summary>What a read is told: it had nothing to save (a write is told <see cref="StoreBusy.Message"/>).</summary>
    private const string ReadBusy = "The store is busy; try again in a moment.";

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _gate.Accessor = _app.Services.GetRequiredService<IHttpContextAccessor>();
        _editor = await _app.CreateEditorClientAsync();
    }

    public Task DisposeAsync()
    {
        _gate.Proceed();
        return ((IAsyncLifetime)_app).DisposeAsync();
    }

    [PostgreSqlOnlyFact]
    public async Task Requests_WhileEveryPooledConnectionIsHeld_Answer503WithRetryAfterAndSaveNothing()
    {
        var before = await CountReportsAsync();
        var reader = _app.CreateClient();
        HttpResponseMessage page, api, write;
        await using (var first = _app.CreateDbContext())
        await using (var second = _app.CreateDbContext())
        {
            // The app's own pool: both of its connections taken, as by two long requests.
            await first.Database.OpenConnectionAsync();
            await second.Database.OpenConnectionAsync();

            page = await reader.GetAsync("/deals");
            api = await reader.GetAsync("/api/reports");
            write = await _editor.PostAsJsonAsync("/api/reports", NewReport("https://example.com/pool-exhausted"));
        }

        await AssertBusyPageAsync(page, ReadBusy);
        await AssertBusyProblemAsync(api, ReadBusy);
        await AssertBusyProblemAsync(write, StoreBusy.Message);
        Assert.Equal(before, await CountReportsAsync());

        // Connections free again: the same requests go through.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/deals")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _editor.PostAsJsonAsync("/api/reports", NewReport("https://example.com/pool-exhausted"))).StatusCode);
        Assert.Equal(before + 1, await CountReportsAsync());
    }

    [PostgreSqlOnlyFact]
    public async Task EditorPages_WhileEveryPooledConnectionIsHeld_Answer503WithRetryAfterSayingTheStoreIsBusy()
    {
        HttpResponseMessage desk, reports, outlets;
        await using (var first = _app.CreateDbContext())
        await using (var second = _app.CreateDbContext())
        {
            await first.Database.OpenConnectionAsync();
            await second.Database.OpenConnectionAsync();

            desk = await _editor.GetAsync("/admin");
            reports = await _editor.GetAsync("/admin/reports");
            outlets = await _editor.GetAsync("/admin/outlets");
        }

        await AssertBusyPageAsync(desk, ReadBusy);
        await AssertBusyPageAsync(reports, ReadBusy);
        await AssertBusyPageAsync(outlets, ReadBusy);

        // Connections free again: the editor's pages load.
        Assert.Equal(HttpStatusCode.OK, (await _editor.GetAsync("/admin/reports")).StatusCode);
    }

    [PostgreSqlOnlyFact]
    public async Task EditorPage_PoolExhaustedAfterSignInWhileItLoads_Answers503WithRetryAfterSayingTheStoreIsBusy()
    {
        // The editor's sign-in is checked (its own connection, returned), then the page loads: the pool is taken just then.
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/reports");
        request.Headers.Add(PageLoadGate.Header, "1");
        var loading = _editor.SendAsync(request);
        await _gate.Opening.WaitAsync(TimeSpan.FromMinutes(1));
        HttpResponseMessage response;
        await using (var first = _app.CreateDbContext())
        await using (var second = _app.CreateDbContext())
        {
            await first.Database.OpenConnectionAsync();
            await second.Database.OpenConnectionAsync();
            _gate.Proceed();
            response = await loading;
        }

        await AssertBusyPageAsync(response, ReadBusy);
    }

    [PostgreSqlOnlyFact]
    public async Task Requests_WhileTheServerRefusesNewConnections_Answer503WithRetryAfterAndSaveNothing()
    {
        var before = await CountReportsAsync();
        var reader = _app.CreateClient();
        HttpResponseMessage page, api, write;
        await SetConnectionLimitAsync(0); // the server answers 53300 too_many_connections to a new connection
        try
        {
            await using (var db = _app.CreateDbContext())
            {
                Npgsql.NpgsqlConnection.ClearPool((Npgsql.NpgsqlConnection)db.Database.GetDbConnection()); // no idle connection to reuse
            }

            page = await reader.GetAsync("/deals");
            api = await reader.GetAsync("/api/reports");
            write = await _editor.PostAsJsonAsync("/api/reports", NewReport("https://example.com/server-full"));
        }
        finally
        {
            await SetConnectionLimitAsync(-1);
        }

        await AssertBusyPageAsync(page, ReadBusy);
        await AssertBusyProblemAsync(api, ReadBusy);
        await AssertBusyProblemAsync(write, StoreBusy.Message);
        Assert.Equal(before, await CountReportsAsync());
    }

    private async Task SetConnectionLimitAsync(int limit)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(_app.PostgreSqlConnectionString) { Pooling = false };
        var database = builder.Database!;
        builder.Database = "postgres";
        await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"ALTER DATABASE \"{database}\" CONNECTION LIMIT {limit}", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task AssertBusyPageAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After header.");
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
    }

    private static async Task AssertBusyProblemAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After header.");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, problem.GetProperty("detail").GetString());
    }

    private async Task<int> CountReportsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Reports.CountAsync();
    }

    private static Dictionary<string, object?> NewReport(string url) => new()
    {
        ["outletId"] = TestOutlets.SeededOutletId,
        ["headline"] = "A report entered while the store gives no connection",
        ["url"] = url,
        ["publishedOn"] = "2026-02-02",
        ["publishedPrecision"] = "day",
    };

    /// <summary>
    /// Holds the first connection a signed-in request carrying <see cref="Header"/> opens after its sign-in was checked (the
    /// page's own load) until the test has taken the pool.
    /// </summary>
    private sealed class PageLoadGate : DbConnectionInterceptor
    {
        public const string Header = "X-Test-Page-Load";

        private readonly TaskCompletionSource _opening = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _proceed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IHttpContextAccessor? Accessor { get; set; }

        public Task Opening => _opening.Task;

        public void Proceed() => _proceed.TrySetResult();

        public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (Accessor?.HttpContext is { } context && context.Request.Headers.ContainsKey(Header)
                && context.User.Identity?.IsAuthenticated == true && _opening.TrySetResult())
            {
                await _proceed.Task;
            }

            return result;
        }
    }
}
