using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.Data.PostgreSql;

/// <summary>The PostgreSQL store's options, in one place for the app, the design-time factory and the tests.</summary>
public static class PostgreSqlStore
{
    /// <summary>
    /// The most pooled connections a node opens when its connection string names no <c>Maximum Pool Size</c> (Npgsql's own default
    /// is 100). A 2-core node gains nothing from more statements in flight than a few per core: past that they queue on its CPUs
    /// and the server's, holding a server slot each. Twenty keeps four nodes, their four listeners and a few admin sessions within
    /// PostgreSQL's default <c>max_connections</c> of 100 less its 3 reserved slots (4 × 20 + 4 + 5 = 89 ≤ 97); a request that finds
    /// all twenty busy waits the connection string's <c>Timeout</c> (15 s by default), then answers 503 "the store is busy".
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    /// <summary>
    /// The connection string with <c>Maximum Pool Size=</c><see cref="DefaultMaxPoolSize"/> added when it names none
    /// (as <c>Maximum Pool Size</c> or <c>MaxPoolSize</c>, in any case); one that names it is returned as given.
    /// </summary>
    public static string WithPoolBound(string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (string key in builder.Keys)
        {
            if (key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() is "MAXIMUMPOOLSIZE" or "MAXPOOLSIZE")
            {
                return connectionString;
            }
        }

        builder["Maximum Pool Size"] = DefaultMaxPoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return builder.ConnectionString;
    }

    public static DbContextOptionsBuilder<DealTrackerDbContext> Configure(DbContextOptionsBuilder<DealTrackerDbContext> options, string connectionString)
    {
        Configure((DbContextOptionsBuilder)options, connectionString);
        return options;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options.UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new CaseInsensitiveLikeExtension());
        return options;
    }

    /// <summary>
    /// Creates the database the connection string names when it does not exist yet, over plain Npgsql connections
    /// (to the server's <c>postgres</c> database), so that nodes starting together on an empty server race quietly:
    /// EF's creator would log the loser's "database already exists" as a failed command before it could be caught.
    /// Returns true when this call created it.
    /// </summary>
    public static async Task<bool> EnsureDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(target.Database) || await ExistsAsync(target, cancellationToken))
        {
            return false;
        }

        var server = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{target.Database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (Npgsql.PostgresException exception) when (exception.SqlState is Npgsql.PostgresErrorCodes.DuplicateDatabase or Npgsql.PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it first (two CREATE DATABASE at once can also meet on pg_database's unique index).
            return false;
        }
    }

    private static async Task<bool> ExistsAsync(Npgsql.NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var probe = new Npgsql.NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(probe.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (Npgsql.PostgresException exception) when (exception.SqlState == Npgsql.PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }
}

/// <summary>
/// Searches keep SQLite's meaning on PostgreSQL: SQLite's LIKE ignores case, PostgreSQL's does not, so
/// <c>EF.Functions.Like(x, p)</c> becomes <c>lower(x) LIKE lower(p)</c> there (with its escape character, when one is given). Exact comparisons
/// (slugs) are case-sensitive on both providers, as they are on SQLite today.
/// </summary>
internal sealed class CaseInsensitiveLikeExtension : IDbContextOptionsExtension
{
    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services) =>
        services.AddScoped<IMethodCallTranslatorPlugin, CaseInsensitiveLikePlugin>();

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "CaseInsensitiveLike ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["DealTracker:CaseInsensitiveLike"] = "1";
    }
}

internal sealed class CaseInsensitiveLikePlugin(ISqlExpressionFactory sql) : IMethodCallTranslatorPlugin
{
    public IEnumerable<IMethodCallTranslator> Translators { get; } = [new Translator(sql)];

    private sealed class Translator(ISqlExpressionFactory sql) : IMethodCallTranslator
    {
        public SqlExpression? Translate(
            SqlExpression? instance,
            System.Reflection.MethodInfo method,
            IReadOnlyList<SqlExpression> arguments,
            Microsoft.EntityFrameworkCore.Diagnostics.IDiagnosticsLogger<DbLoggerCategory.Query> logger)
        {
            // Like(_, match, pattern) and Like(_, match, pattern, escape): the editor lists search with an escape character.
            if (method.DeclaringType != typeof(DbFunctionsExtensions) || method.Name != nameof(DbFunctionsExtensions.Like) || arguments.Count is not (3 or 4))
            {
                return null;
            }

            var mapping = Microsoft.EntityFrameworkCore.Query.ExpressionExtensions.InferTypeMapping(arguments[1], arguments[2]);
            var match = sql.ApplyTypeMapping(arguments[1], mapping);
            var pattern = sql.ApplyTypeMapping(arguments[2], mapping);
            var escape = arguments.Count == 4 ? sql.ApplyTypeMapping(arguments[3], mapping) : null;
            return sql.Like(
                sql.Function("lower", [match], nullable: true, argumentsPropagateNullability: [true], typeof(string), mapping),
                sql.Function("lower", [pattern], nullable: true, argumentsPropagateNullability: [true], typeof(string), mapping),
                escape);
        }
    }
}
