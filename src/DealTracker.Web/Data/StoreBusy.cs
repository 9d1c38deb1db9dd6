using Microsoft.Data.Sqlite;
using Npgsql;

namespace DealTracker.Web.Data;

/// <summary>
/// The store is busy when it cannot take the request's work now, before any of it was done, so nothing was saved and it
/// may be tried again: on SQLite, another connection or process held the write lock for longer than the busy timeout
/// (<c>Database:BusyTimeoutSeconds</c>); on PostgreSQL, no connection could be had, because every one of the node's pool was
/// in use for the pool's wait (<c>Maximum Pool Size</c>, <c>Timeout</c> in the connection string) or because the server
/// refused a new one (<c>max_connections</c> reached, or starting up or shutting down).
/// </summary>
public static class StoreBusy
{
    /// <summary>SQLITE_BUSY: another connection holds the lock.</summary>
    public const int SqliteBusy = 5;

    /// <summary>SQLITE_LOCKED: a table is locked within the same connection's shared cache.</summary>
    public const int SqliteLocked = 6;

    /// <summary>The default wait for the write lock before a write gives up, in seconds.</summary>
    public const int DefaultTimeoutSeconds = 5;

    /// <summary>What an editor (or any other write) is told: nothing was saved, and trying again is safe.</summary>
    public const string Message = "The store is busy. Nothing was saved; try again.";

    /// <summary>What a read (a page, an editor page loading, the read API) is told: it had nothing to save, so it says nothing of saving.</summary>
    public const string ReadMessage = "The store is busy; try again in a moment.";

    /// <summary>
    /// Whether the exception (or one it wraps) is SQLite giving up on a busy or locked store, or PostgreSQL giving no connection:
    /// the node's pool exhausted for its whole wait, or the server refusing the connection (53300 too_many_connections,
    /// 57P03 cannot_connect_now). Each happens when a connection is opened, before any statement is sent.
    /// </summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked:
                case PostgresException { SqlState: PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow }:
                case NpgsqlException npgsql when IsPoolExhausted(npgsql):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Npgsql's "The connection pool has been exhausted, …": no pooled connection came free within the connection string's
    /// <c>Timeout</c>. It wraps a <see cref="TimeoutException"/>, as a connection attempt that timed out also does, so the message
    /// tells them apart (a timed-out command is not this: it may have been carried out).
    /// </summary>
    private static bool IsPoolExhausted(NpgsqlException exception) =>
        exception is not PostgresException
        && exception.InnerException is TimeoutException
        && exception.Message.StartsWith("The connection pool has been exhausted", StringComparison.Ordinal);
}
