using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Data;

/// <summary>What a failed save means, whichever provider raised it.</summary>
public static class StoreErrors
{
    /// <summary>True when the save broke the unique index on <paramref name="table"/>.<paramref name="column"/>.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception, string table, string column) => exception.InnerException switch
    {
        // SQLITE_CONSTRAINT: "UNIQUE constraint failed: Reports.Url".
        SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.Message.Contains($"{table}.{column}", StringComparison.Ordinal),
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } postgres => postgres.ConstraintName == $"IX_{table}_{column}",
        _ => false,
    };

    /// <summary>True when the save broke any unique index: another writer stored the same slug or link first.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal),
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };
}
