using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.Data.PostgreSql;

/// <summary>The PostgreSQL store's options, in one place for the app, the design-time factory and the tests.</summary>
public static class PostgreSqlStore
{
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
}

/// <summary>
/// Searches keep SQLite's meaning on PostgreSQL: SQLite's LIKE ignores case, PostgreSQL's does not, so
/// <c>EF.Functions.Like(x, p)</c> becomes <c>lower(x) LIKE lower(p)</c> there. Exact comparisons
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
            if (method.DeclaringType != typeof(DbFunctionsExtensions) || method.Name != nameof(DbFunctionsExtensions.Like) || arguments.Count != 3)
            {
                return null;
            }

            var mapping = Microsoft.EntityFrameworkCore.Query.ExpressionExtensions.InferTypeMapping(arguments[1], arguments[2]);
            var match = sql.ApplyTypeMapping(arguments[1], mapping);
            var pattern = sql.ApplyTypeMapping(arguments[2], mapping);
            return sql.Like(
                sql.Function("lower", [match], nullable: true, argumentsPropagateNullability: [true], typeof(string), mapping),
                sql.Function("lower", [pattern], nullable: true, argumentsPropagateNullability: [true], typeof(string), mapping));
        }
    }
}
