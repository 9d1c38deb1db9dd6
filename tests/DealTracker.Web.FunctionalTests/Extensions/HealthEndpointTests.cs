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
}
