using DealTracker.Web.Data;
using DealTracker.Web.Data.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Extensions;

public static class DataExtensions
{
    public const string ConnectionName = "DealTracker";

    private const string DefaultConnection = "Data Source=data/dealtracker.db";

    /// <summary>
    /// Registers the SQLite store. <c>ConnectionStrings:DealTracker</c> overrides the default file
    /// under <c>data/</c>; a relative path is taken from the content root and its folder is created.
    /// </summary>
    public static IHostApplicationBuilder AddDealTrackerData(this IHostApplicationBuilder builder)
    {
        var connectionString = ResolveConnectionString(
            builder.Configuration.GetConnectionString(ConnectionName) ?? DefaultConnection,
            builder.Environment.ContentRootPath);
        connectionString = WithBusyTimeout(connectionString, builder.Configuration.GetValue("Database:BusyTimeoutSeconds", StoreBusy.DefaultTimeoutSeconds));

        builder.Services.AddSingleton<StoreVersion>();
        builder.Services.AddDbContextFactory<DealTrackerDbContext>((services, options) =>
            options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                   .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                   .AddInterceptors(services.GetRequiredService<StoreVersion>()));
        builder.Services.AddScoped<DatabaseSeeder>();
        return builder;
    }

    /// <summary>Applies the committed migrations, switches the file to WAL mode and seeds an empty store (unless <c>Seed:Enabled</c> is false).</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Seed:Enabled=false starts an empty store (for an import into a fresh database).
        if (scope.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Seed:Enabled", true))
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(cancellationToken);
        }
    }

    /// <summary>
    /// How long a write waits for another connection's write lock before it fails as busy
    /// (<see cref="StoreBusy"/>): Microsoft.Data.Sqlite retries a busy command until its timeout,
    /// which is the connection string's <c>Default Timeout</c>.
    /// </summary>
    internal static string WithBusyTimeout(string connectionString, int seconds) =>
        new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = Math.Max(1, seconds) }.ToString();

    internal static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(source, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
