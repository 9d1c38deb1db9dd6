namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>A test of PostgreSQL behaviour (several nodes on one server): runs only when DEALTRACKER_TEST_POSTGRES is set.</summary>
public sealed class PostgreSqlOnlyFactAttribute : FactAttribute
{
    public PostgreSqlOnlyFactAttribute()
    {
        if (DealTrackerAppFactory.PostgreSqlServer is null)
        {
            Skip = $"Needs a PostgreSQL server: set {DealTrackerAppFactory.PostgreSqlVariable} (see .ci/postgres.sh).";
        }
    }
}
