using Microsoft.Data.Sqlite;

namespace DealTracker.Web.Data;

/// <summary>
/// The store is busy when another connection or process holds its write lock for longer than the
/// busy timeout (<c>Database:BusyTimeoutSeconds</c>). Such a write saved nothing and may be tried again.
/// </summary>
public static class StoreBusy
{
    /// <summary>SQLITE_BUSY: another connection holds the lock.</summary>
    public const int SqliteBusy = 5;

    /// <summary>SQLITE_LOCKED: a table is locked within the same connection's shared cache.</summary>
    public const int SqliteLocked = 6;

    /// <summary>The default wait for the write lock before a write gives up, in seconds.</summary>
    public const int DefaultTimeoutSeconds = 5;

    /// <summary>What a reader or an editor is told: nothing was saved, and trying again is safe.</summary>
    public const string Message = "The store is busy. Nothing was saved; try again.";

    /// <summary>Whether the exception (or one it wraps) is SQLite giving up on a busy or locked store.</summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked)
            {
                return true;
            }
        }

        return false;
    }
}
