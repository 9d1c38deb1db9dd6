namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>A theory about SQLite itself (its query plans): skipped on the PostgreSQL run.</summary>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute()
    {
        if (DealTrackerAppFactory.PostgreSqlServer is not null)
        {
            Skip = $"SQLite-specific; {DealTrackerAppFactory.PostgreSqlVariable} runs the tests on PostgreSQL.";
        }
    }
}
