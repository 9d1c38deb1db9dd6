using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DealTracker.Web.Data.FreshStore;

/// <summary>
/// Makes a new, empty SQLite store in one transaction from two committed scripts, instead of applying every migration
/// and then the seed through EF Core (the slowest part of a first start: docs/performance.md, Start-up).
/// <c>schema.sql</c> is the store the migrations leave (every table and index as the migrations made them, the
/// migration history and the rows the migrations insert); <c>seed.sql</c> holds the rows <see cref="Seed.DatabaseSeeder"/>
/// adds, kept tables and history included, with the history's time left as a parameter. <c>FreshStoreScriptTests</c>
/// writes both from a store migrated and seeded the usual way, fails when they differ from the committed ones, and
/// proves that a store made from them equals the migrated one and takes a later migration as usual. A store with any
/// table in it is left alone (the caller migrates and seeds it as before).
/// </summary>
internal static class FreshSqliteStore
{
    /// <summary>The parameter <c>seed.sql</c> writes the history's time with.</summary>
    internal const string TimeParameter = "$now";

    /// <summary>How EF Core's SQLite provider writes a <see cref="DateTime"/> (TEXT).</summary>
    internal const string TimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    internal const string SchemaResource = "DealTracker.Web.fresh-store-schema.sql";

    internal const string SeedResource = "DealTracker.Web.fresh-store-seed.sql";

    /// <summary>
    /// Creates the store from the scripts when its file holds no table yet (a new file, or an empty one), under SQLite's
    /// write lock, so a second process opening the same new file waits and then finds the store made.
    /// </summary>
    /// <returns>True when the store was created here; false when it already had tables (nothing was changed).</returns>
    public static async Task<bool> TryCreateAsync(string connectionString, bool seed, DateTime utcNow, CancellationToken cancellationToken) =>
        await TryCreateAsync(connectionString, seed, utcNow, accounts: null, cancellationToken);

    /// <summary>
    /// As above, and with <paramref name="accounts"/> the store's roles (and a first-admin set-up link's row, when given)
    /// go in with it, in the same transaction: what the first-admin work would otherwise write through EF Core and Identity.
    /// </summary>
    public static async Task<bool> TryCreateAsync(string connectionString, bool seed, DateTime utcNow, FreshStoreAccounts? accounts, CancellationToken cancellationToken)
    {
        // A connection of its own, outside the pool, without foreign key checks (the rows go in table by table).
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false, ForeignKeys = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the write lock
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM sqlite_master";
            if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0)
            {
                return false;
            }
        }

        await ExecuteAsync(connection, ReadScript(SchemaResource), null, cancellationToken);
        if (seed)
        {
            await ExecuteAsync(connection, ReadScript(SeedResource), utcNow.ToString(TimeFormat, CultureInfo.InvariantCulture), cancellationToken);
        }

        if (accounts is not null)
        {
            await InsertAccountsAsync(connection, accounts, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task InsertAccountsAsync(SqliteConnection connection, FreshStoreAccounts accounts, CancellationToken cancellationToken)
    {
        foreach (var (role, normalized) in accounts.Roles)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\", \"ConcurrencyStamp\") VALUES ($id, $name, $normalized, $stamp)";
            insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
            insert.Parameters.AddWithValue("$name", role);
            insert.Parameters.AddWithValue("$normalized", normalized);
            insert.Parameters.AddWithValue("$stamp", Guid.NewGuid().ToString());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (accounts.SetupTokenHash is { } hash)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO \"SetupTokens\" (\"TokenHash\", \"ExpiresAt\") VALUES ($hash, $expires)";
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$expires", accounts.SetupTokenExpiresAt.ToString(TimeFormat, CultureInfo.InvariantCulture));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    internal static string ReadScript(string resource)
    {
        using var stream = typeof(FreshSqliteStore).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string script, string? time, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = script;
        if (time is not null)
        {
            command.Parameters.AddWithValue(TimeParameter, time);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>
/// The account rows a new store starts with: its roles (each name with the form Identity looks it up by), and the hash and
/// expiry of a first-admin set-up link, if any.
/// </summary>
internal sealed record FreshStoreAccounts(IReadOnlyList<(string Name, string NormalizedName)> Roles, string? SetupTokenHash, DateTime SetupTokenExpiresAt);
