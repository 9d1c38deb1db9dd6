using DealTracker.Web.Accounts;
using DealTracker.Web.Data;
using DealTracker.Web.Data.FreshStore;
using DealTracker.Web.Data.Nodes;
using DealTracker.Web.Data.PostgreSql;
using DealTracker.Web.Data.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DealTracker.Web.Extensions;

public static class DataExtensions
{
    public const string ConnectionName = "DealTracker";

    internal const string DefaultConnection = "Data Source=data/dealtracker.db";

    /// <summary>The setting that chooses the store: <c>Sqlite</c> (the default) or <c>PostgreSQL</c>.</summary>
    public const string ProviderSetting = "Database:Provider";

    /// <summary>
    /// Registers the store. On SQLite (the default), <c>ConnectionStrings:DealTracker</c> overrides the default file
    /// under <c>data/</c>; a relative path is taken from the content root and its folder is created. With
    /// <c>Database:Provider=PostgreSQL</c>, <c>ConnectionStrings:DealTracker</c> is an Npgsql connection string.
    /// </summary>
    public static IHostApplicationBuilder AddDealTrackerData(this IHostApplicationBuilder builder)
    {
        // The store stamps its history with the app's clock (a test may register its own first).
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoreVersion>();
        builder.Services.AddScoped<DatabaseSeeder>();
        builder.AddDealTrackerKeyRing();
        if (IsPostgreSql(builder.Configuration))
        {
            var npgsql = PostgreSqlStore.WithPoolBound(builder.Configuration.GetConnectionString(ConnectionName)
                ?? throw new InvalidOperationException($"{ProviderSetting} is PostgreSQL: set ConnectionStrings:{ConnectionName} to an Npgsql connection string."));

            // Other nodes' edits: LISTEN/NOTIFY on the store, the version row as the fallback.
            builder.Services.AddSingleton(services => new PostgreSqlStoreChanges(
                npgsql,
                services.GetRequiredService<StoreVersion>(),
                services.GetService<TimeProvider>() ?? TimeProvider.System,
                services.GetRequiredService<ILogger<PostgreSqlStoreChanges>>()));
            builder.Services.AddHostedService(services => services.GetRequiredService<PostgreSqlStoreChanges>());
            builder.Services.AddDbContextFactory<DealTrackerDbContext, PostgreSqlDbContextFactory>((services, options) =>
                PostgreSqlStore.Configure(options, npgsql)
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                    .ConfigureWarnings(IgnorePendingModelChanges)
                    .AddInterceptors(services.GetRequiredService<StoreVersion>()));
            return builder;
        }

        var connectionString = ResolveConnectionString(
            builder.Configuration.GetConnectionString(ConnectionName) ?? DefaultConnection,
            builder.Environment.ContentRootPath);
        connectionString = WithBusyTimeout(connectionString, builder.Configuration.GetValue("Database:BusyTimeoutSeconds", StoreBusy.DefaultTimeoutSeconds));

        builder.Services.AddDbContextFactory<DealTrackerDbContext>((services, options) =>
            options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                   .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                   .ConfigureWarnings(IgnorePendingModelChanges)
                   .AddInterceptors(services.GetRequiredService<StoreVersion>()));
        return builder;
    }

    /// <summary>
    /// Start-up does not diff the model against the migrations (see <see cref="MigrateAsync"/>); the SQLite store uses
    /// the compiled model in <c>Data/CompiledModels/Sqlite</c>, which <c>CompiledModelTests</c> keeps in step.
    /// </summary>
    private static void IgnorePendingModelChanges(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    /// <summary>True when <c>Database:Provider</c> names PostgreSQL; anything else but Sqlite (or nothing) is refused.</summary>
    public static bool IsPostgreSql(IConfiguration configuration) => configuration[ProviderSetting] switch
    {
        null or "" => false,
        var name when name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => false,
        var name when name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || name.Equals("Postgres", StringComparison.OrdinalIgnoreCase) => true,
        var name => throw new InvalidOperationException($"{ProviderSetting} is '{name}': use Sqlite or PostgreSQL."),
    };

    /// <summary>
    /// Applies the committed migrations, switches a SQLite file to WAL mode and seeds an empty store (unless
    /// <c>Seed:Enabled</c> is false). A SQLite file with no table yet is instead made in one transaction from the
    /// committed scripts in <c>Data/FreshStore</c>, the same store the migrations and the seed would make. On PostgreSQL the whole of it runs under a session advisory lock, so
    /// nodes starting together migrate and seed one after the other: the first does the work, the others
    /// find nothing pending and a store that is not empty.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>();
        await using var lockHolder = await factory.CreateDbContextAsync(cancellationToken);
        var postgreSql = lockHolder is PostgreSqlDealTrackerDbContext;
        if (postgreSql)
        {
            await TakeMigrationLockAsync(lockHolder, cancellationToken);
        }

        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataExtensions).FullName!);
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var started = clock.GetTimestamp();
        try
        {
            bool created;
            await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            {
                // A new SQLite file is made from the committed scripts in one go (Data/FreshStore); any other store migrates.
                created = !postgreSql && await TryCreateFreshSqliteStoreAsync(db, scope.ServiceProvider, clock, cancellationToken);
                if (!created)
                {
                    await MigrateAsync(db, logger, cancellationToken);
                }

                if (!postgreSql)
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                }
            }

            LogStep(logger, created ? "created from the fresh-store scripts" : "migrated", clock.GetElapsedTime(started).TotalMilliseconds);
            if (!created)
            {
                await SeedAsync(scope.ServiceProvider, cancellationToken);
                LogStep(logger, "seeded", clock.GetElapsedTime(started).TotalMilliseconds);
                await RefreshMissingHeadlinesAsync(factory, cancellationToken);
                await KeyReportLinksAsync(factory, logger, cancellationToken);
            }

            if (postgreSql)
            {
                // Under the lock, so that nodes starting together on an empty store make one key, not one each. A
                // single SQLite process makes its first key when it first needs one (a sign-in, a form), not at start-up.
                scope.ServiceProvider.EnsureKeyRing();

                // The caches start empty at the store's current version: the listener bumps them only when it moves from here.
                if (scope.ServiceProvider.GetService<PostgreSqlStoreChanges>() is { } changes)
                {
                    await changes.ReadBaselineAsync(cancellationToken);
                }
            }
        }
        finally
        {
            if (postgreSql)
            {
                await lockHolder.Database.ExecuteSqlRawAsync(ReleaseMigrationLock, CancellationToken.None);
                await lockHolder.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Creates the PostgreSQL database when it does not exist yet, then takes the migration lock on <paramref name="lockHolder"/>'s connection.</summary>
    private static async Task TakeMigrationLockAsync(DealTrackerDbContext lockHolder, CancellationToken cancellationToken)
    {
        // The database itself must exist before a lock can be taken in it (Migrate would create it).
        await PostgreSqlStore.EnsureDatabaseAsync(lockHolder.Database.GetConnectionString()!, cancellationToken);

        await lockHolder.Database.OpenConnectionAsync(cancellationToken);
        await lockHolder.Database.ExecuteSqlRawAsync(TakeMigrationLock, cancellationToken);
    }

    /// <summary>
    /// Applies the migrations the store lacks, if any. A store already at the latest migration costs one read of the
    /// history table. The check for model changes no migration covers is left to the tests (<c>MigrationsTests</c>):
    /// at start-up it would build the whole design-time model a second time (<see cref="RelationalEventId.PendingModelChangesWarning"/>
    /// is ignored in the context options).
    /// </summary>
    private static async Task MigrateAsync(DealTrackerDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (db is PostgreSqlDealTrackerDbContext)
        {
            // Npgsql finds out whether its history table exists by reading it and catching the failure, which EF logs as
            // an error first: an operator would see "Failed executing DbCommand" at every first start (efcore.pg #3407).
            // EF's own create-if-not-exists script makes the same table beforehand, under the migration lock.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogDebug("Applying {Count} migrations", pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    private static void LogStep(ILogger logger, string step, double milliseconds) =>
        logger.LogDebug("Store start-up: {Step} after {Milliseconds:F0} ms", step, milliseconds);

    /// <summary>The PostgreSQL advisory lock held while a node migrates and seeds (its key is any fixed number: "DTmigr" in ASCII).</summary>
    internal const string TakeMigrationLock = "SELECT pg_advisory_lock(75129403565938)";

    private const string ReleaseMigrationLock = "SELECT pg_advisory_unlock(75129403565938)";

    /// <summary>Deals without a stored headline (a store from before the table, or loaded in bulk) get theirs once.</summary>
    private static async Task RefreshMissingHeadlinesAsync(IDbContextFactory<DealTrackerDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await Services.Evidence.DealHeadlines.RefreshMissingAsync(db, cancellationToken);
    }

    private static async Task KeyReportLinksAsync(IDbContextFactory<DealTrackerDbContext> factory, ILogger logger, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await ReportLinkKeys.FillMissingAsync(db, cancellationToken) is > 0 and var keyed)
        {
            logger.LogInformation("Stored the story key of {Reports} report links (the duplicate-link check's index)", keyed);
        }
    }

    /// <summary>Seed:Enabled=false starts an empty store (for an import into a fresh database).</summary>
    /// <summary>
    /// Makes a new SQLite file from the fresh-store scripts, with its roles and, when configuration names no admin, the
    /// first-admin set-up link in it (a new store has no admin), which <see cref="FirstAdmin"/> then only writes out.
    /// </summary>
    private static async Task<bool> TryCreateFreshSqliteStoreAsync(DealTrackerDbContext db, IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
    {
        var setup = services.GetRequiredService<FirstAdminSetup>();
        var link = FirstAdmin.AdminConfigured(services.GetRequiredService<IConfiguration>()) ? null : setup.NewLink();
        var normalizer = services.GetRequiredService<Microsoft.AspNetCore.Identity.ILookupNormalizer>();
        var roles = Roles.All.Select(role => (role, normalizer.NormalizeName(role) ?? role)).ToList();
        var accounts = new FreshStoreAccounts(roles, link?.TokenHash, link?.ExpiresAt ?? default);
        var created = await FreshSqliteStore.TryCreateAsync(
            db.Database.GetConnectionString()!, SeedEnabled(services), clock.GetUtcNow().UtcDateTime, accounts, cancellationToken);
        if (created && link is not null)
        {
            setup.MadeWithStore(link);
        }

        return created;
    }

    private static bool SeedEnabled(IServiceProvider services) => services.GetRequiredService<IConfiguration>().GetValue("Seed:Enabled", true);

    private static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (SeedEnabled(services))
        {
            await services.GetRequiredService<DatabaseSeeder>().SeedAsync(cancellationToken);
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
