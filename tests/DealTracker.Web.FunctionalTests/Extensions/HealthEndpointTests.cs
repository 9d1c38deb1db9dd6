using System.Net;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>The health endpoints a load balancer or orchestrator polls: anonymous, plain text, never cached.</summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_MigratedStore_Answers200HealthyUncached(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore == true || response.Headers.CacheControl?.NoCache == true, "A health answer may be cached.");
    }

    [Fact]
    public async Task Get_HealthyProbes_StayOutOfTheRequestLogWhilePagesAreLogged()
    {
        var app = new DealTrackerAppFactory { Seed = false, Settings = { ["Serilog:MinimumLevel:Default"] = "Information" } };
        try
        {
            await app.InitializeAsync();
            var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            await client.GetAsync("/deals");

            Assert.True(await TempStore.WaitUntilAsync(() => app.Logs.Messages.Any(m => m.Contains("\"/deals\" responded", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)), string.Join("\n", app.Logs.Messages));
            Assert.DoesNotContain(app.Logs.Messages, m => m.Contains("\"/health/", StringComparison.Ordinal));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Fact]
    public async Task GetReady_MigrationNotApplied_Answers503WhileLiveStays200()
    {
        await using (var db = _app.CreateDbContext())
        {
            var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}""");
        }

        var client = _app.CreateClient();
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [PostgreSqlOnlyFact]
    public async Task GetReady_DatabaseConnectionsGone_Answers503ThenRecovers()
    {
        var client = _app.CreateClient();
        var database = new Npgsql.NpgsqlConnectionStringBuilder(_app.PostgreSqlConnectionString!).Database!;
        var server = new Npgsql.NpgsqlConnectionStringBuilder(_app.PostgreSqlConnectionString!) { Database = "postgres", Pooling = false }.ConnectionString;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        // The database refuses new connections and every open one is cut, as when it fails or is unreachable.
        await ExecuteAsync(server, $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS false");
        await ExecuteAsync(server, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");
        try
        {
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await ExecuteAsync(server, $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true");
        }

        // Back in rotation once the database answers again (the pool drops the cut connections).
        var recovered = false;
        for (var attempt = 0; attempt < 20 && !recovered; attempt++)
        {
            recovered = (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            if (!recovered)
            {
                await Task.Delay(250);
            }
        }

        Assert.True(recovered, "/health/ready stayed 503 after the database accepted connections again.");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
