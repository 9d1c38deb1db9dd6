using DealTracker.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// The real app over the real HTTP pipeline, on its own SQLite file (migrated and seeded at
/// start-up exactly as in production), with every SQL command counted.
/// </summary>
public sealed class DealTrackerAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dealtracker-tests", Guid.NewGuid().ToString("N"));

    public DealTrackerAppFactory()
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "dealtracker.db");
    }

    public string DatabasePath { get; }

    /// <summary>False to make every page render and query the store (to count its queries): no read-model or page cache.</summary>
    public bool ReadCache { get; init; } = true;

    public SqlCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:DealTracker", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("ReadCache:Enabled", ReadCache ? "true" : "false");
        builder.UseSetting("PageCache:Enabled", ReadCache ? "true" : "false");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_directory, "logs", "dealtracker-.log"));
        builder.ConfigureServices(services =>
            services.ConfigureDbContext<DealTrackerDbContext>(options => options.AddInterceptors(Commands)));
    }

    /// <summary>A short-lived context on the app's own store, for arranging and checking data.</summary>
    public DealTrackerDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>().CreateDbContext();

    public Task InitializeAsync()
    {
        // Starting the server runs the migrations and the seed.
        _ = Server;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; it never affects another test.
        }
    }
}
