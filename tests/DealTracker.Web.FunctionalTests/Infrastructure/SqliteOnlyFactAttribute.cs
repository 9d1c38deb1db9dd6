namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>A test about the SQLite file itself (its journal mode, its locks): skipped on the PostgreSQL run.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (DealTrackerAppFactory.PostgreSqlServer is not null)
        {
            Skip = $"SQLite-specific; {DealTrackerAppFactory.PostgreSqlVariable} runs the tests on PostgreSQL.";
        }
    }
}
