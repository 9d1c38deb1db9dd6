using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using DealTracker.Web.Data;
using DealTracker.Web.Data.FreshStore;
using DealTracker.Web.Data.Seed;
using DealTracker.Web.Extensions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DealTracker.Web.FunctionalTests.Data.FreshStore;

/// <summary>
/// A new SQLite store is made from the committed scripts in <c>Data/FreshStore</c> instead of migrations and the seeder.
/// These tests write the scripts from a store made the usual way (and fail when the committed ones differ), and prove
/// that a store made from them is that same store: schema, migration history and every row, and that it takes a later
/// migration like any migrated store.
/// </summary>
public sealed class FreshStoreScriptTests : IDisposable
{
    /// <summary>Set to 1 to rewrite the committed scripts from the current migrations and seed.</summary>
    private const string WriteVariable = "DEALTRACKER_WRITE_FRESH_STORE";

    private static readonly DateTimeOffset ScriptClock = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly TempStore _store = new();

    [Fact]
    public async Task Scripts_AsCommitted_MatchAStoreMigratedAndSeeded()
    {
        var (schema, seed) = await WriteScriptsAsync();

        var committed = (FreshSqliteStore.ReadScript(FreshSqliteStore.SchemaResource), FreshSqliteStore.ReadScript(FreshSqliteStore.SeedResource));
        if (committed != (schema, seed) && Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            var folder = Path.Combine(RepositoryRoot(), "src", "DealTracker.Web", "Data", "FreshStore");
            await File.WriteAllTextAsync(Path.Combine(folder, "schema.sql"), schema);
            await File.WriteAllTextAsync(Path.Combine(folder, "seed.sql"), seed);
            Assert.Fail($"The scripts in {folder} were rewritten: rebuild and run the tests again.");
        }

        const string Rewrite = "The migrations or the seed changed: rewrite Data/FreshStore/schema.sql and seed.sql with "
            + WriteVariable + "=1 dotnet test tests/DealTracker.Web.FunctionalTests --filter FreshStoreScriptTests (docs/operations.md).";
        Assert.True(committed.Item1 == schema, Rewrite);
        Assert.True(committed.Item2 == seed, Rewrite);
        Assert.Contains(FreshSqliteStore.TimeParameter, seed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TryCreateAsync_NewFile_SameStoreAsTheMigrationsAndTheSeed(bool seed)
    {
        var now = new DateTimeOffset(2026, 12, 1, 23, 59, 58, TimeSpan.Zero).AddTicks(1234567);
        var migrated = await MigrateAsync(_store.PathOf("migrated.db"), seed, now);
        var path = _store.PathOf("scripted.db");

        Assert.True(await FreshSqliteStore.TryCreateAsync(ConnectionString(path), seed, now.UtcDateTime, CancellationToken.None));

        Assert.Equal(await DescribeAsync(migrated), await DescribeAsync(path));
        await using var db = Context(path);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(seed ? 2 : 0, await db.Deals.CountAsync());
    }

    [Fact]
    public async Task MigrateAsync_StoreFromTheScriptsAndALaterMigration_AppliesTheLaterMigrationOnly()
    {
        var path = _store.PathOf("scripted.db");
        Assert.True(await FreshSqliteStore.TryCreateAsync(ConnectionString(path), seed: true, DateTime.UtcNow, CancellationToken.None));

        await using var db = Context(path, builder => builder.ReplaceService<IMigrationsAssembly, WithLaterMigration>());
        Assert.Equal([LaterMigration.Id], await db.Database.GetPendingMigrationsAsync());
        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(2, await db.Database.SqlQueryRaw<int>("SELECT COUNT(\"LaterNote\") AS \"Value\" FROM \"Deals\"").SingleAsync());
    }

    [Fact]
    public async Task TryCreateAsync_TwoProcessesOnOneNewFile_OneCreatesTheStore()
    {
        var path = _store.PathOf("shared.db");
        var now = DateTime.UtcNow;

        var created = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            FreshSqliteStore.TryCreateAsync(ConnectionString(path) + ";Default Timeout=30", seed: true, now, CancellationToken.None))));

        Assert.Single(created, c => c);
        await using var db = Context(path);
        Assert.Equal(2, await db.Deals.CountAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task TryCreateAsync_FileWithATable_ChangesNothing()
    {
        var path = _store.PathOf("used.db");
        await using (var connection = new SqliteConnection(ConnectionString(path)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE \"Notes\" (\"Text\" TEXT)";
            await command.ExecuteNonQueryAsync();
        }

        var before = await DescribeAsync(path);

        Assert.False(await FreshSqliteStore.TryCreateAsync(ConnectionString(path), seed: true, DateTime.UtcNow, CancellationToken.None));
        Assert.Equal(before, await DescribeAsync(path));
    }

    /// <summary>The two scripts, written from a store migrated (schema.sql) and one migrated and seeded (seed.sql: the rows the seed adds).</summary>
    private async Task<(string Schema, string Seed)> WriteScriptsAsync()
    {
        var migratedPath = await MigrateAsync(_store.PathOf("schema.db"), seed: false, ScriptClock);
        var seededPath = await MigrateAsync(_store.PathOf("seed.db"), seed: true, ScriptClock);
        await using var migrated = await OpenAsync(migratedPath);
        await using var seeded = await OpenAsync(seededPath);
        var time = ScriptClock.UtcDateTime.ToString(FreshSqliteStore.TimeFormat, CultureInfo.InvariantCulture);

        var schema = new StringBuilder(Header("the schema and the migration history the committed migrations make"));
        foreach (var statement in await SqliteStoreDump.SchemaAsync(migrated))
        {
            schema.Append(statement).Append('\n');
        }

        var migratedRows = await SqliteStoreDump.RowsAsync(migrated);
        foreach (var (_, insert) in migratedRows)
        {
            schema.Append(insert).Append('\n');
        }

        var seed = new StringBuilder(Header($"the rows the seed adds (Data/Seed); {FreshSqliteStore.TimeParameter} is the time of the start-up"));
        var left = migratedRows.Select(row => row.Insert).ToList();
        foreach (var (_, insert) in await SqliteStoreDump.RowsAsync(seeded, time, FreshSqliteStore.TimeParameter))
        {
            if (!left.Remove(insert))
            {
                seed.Append(insert).Append('\n');
            }
        }

        Assert.True(left.Count == 0, "The seed changed rows the migrations insert; the seed script cannot express that: " + string.Join(" ", left));
        seed.Append("DELETE FROM sqlite_sequence;\n");
        foreach (var insert in await SqliteStoreDump.SequencesAsync(seeded))
        {
            seed.Append(insert).Append('\n');
        }

        return (schema.ToString(), seed.ToString());
    }

    private static string Header(string what) =>
        $"-- Generated by FreshStoreScriptTests (tests/DealTracker.Web.FunctionalTests/Data/FreshStore): {what}.\n"
        + "-- Do not edit: rewrite it with " + WriteVariable + "=1 when a migration or the seed changes (docs/operations.md).\n";

    /// <summary>A new store made the usual way: the app's store registration, EF Core's migrations, then the seeder.</summary>
    private static async Task<string> MigrateAsync(string path, bool seed, DateTimeOffset now)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(now));
        builder.Configuration["ConnectionStrings:" + DataExtensions.ConnectionName] = "Data Source=" + path;
        builder.AddDealTrackerData();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        if (seed)
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync());
        }

        return path;
    }

    private static string ConnectionString(string path) => "Data Source=" + path;

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(ConnectionString(path) + ";Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<string> DescribeAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        return await SqliteStoreDump.DescribeAsync(connection);
    }

    private static DealTrackerDbContext Context(string path, Action<DbContextOptionsBuilder<DealTrackerDbContext>>? configure = null)
    {
        var builder = new DbContextOptionsBuilder<DealTrackerDbContext>()
            .UseSqlite(ConnectionString(path) + ";Pooling=False")
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        configure?.Invoke(builder);
        return new DealTrackerDbContext(builder.Options, TimeProvider.System);
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", ".."));

    public void Dispose() => _store.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>The committed migrations and one more, as if a developer had just added it.</summary>
#pragma warning disable EF1001 // MigrationsAssembly is EF Core's own implementation, extended here only to add a migration.
    private sealed class WithLaterMigration(
        ICurrentDbContext currentContext,
        IDbContextOptions options,
        IMigrationsIdGenerator idGenerator,
        IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
        : Microsoft.EntityFrameworkCore.Migrations.Internal.MigrationsAssembly(currentContext, options, idGenerator, logger)
    {
        public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
            new SortedDictionary<string, TypeInfo>(base.Migrations.ToDictionary(m => m.Key, m => m.Value)) { [LaterMigration.Id] = typeof(LaterMigration).GetTypeInfo() };
    }
#pragma warning restore EF1001

    [DbContext(typeof(DealTrackerDbContext))]
    [Migration(Id)]
    private sealed class LaterMigration : Migration
    {
        public const string Id = "29991231000000_LaterNote";

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "LaterNote", table: "Deals", type: "TEXT", nullable: false, defaultValue: "later");
        }
    }
}
