using DealTracker.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Extensions;

/// <summary>
/// <c>dotnet run --project src/DealTracker.Web -- backup PATH [--overwrite]</c>: a consistent copy of
/// the store taken with SQLite's online backup API while the app keeps serving (and writing), checked
/// with <c>PRAGMA integrity_check</c>. It never migrates, seeds or creates the store it copies.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    private const string Usage = "Usage: backup PATH [--overwrite]";

    /// <returns>True when the arguments named the backup command, which has run: the caller should exit instead of serving.</returns>
    public static async Task<bool> RunBackupCommandAsync(this WebApplication app, string[] args, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }

        var overwrite = args.Skip(1).Contains("--overwrite");
        var paths = args.Skip(1).Where(a => a != "--overwrite").ToList();
        if (paths.Count != 1 || paths[0].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(Usage);
            Environment.ExitCode = 2;
            return true;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>();
        string connectionString;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        var (code, message) = await BackupAsync(connectionString, Path.GetFullPath(paths[0]), overwrite, cancellationToken);
        await (code == 0 ? Console.Out : Console.Error).WriteLineAsync(message);
        Environment.ExitCode = code;
        return true;
    }

    /// <summary>Copies the store to <paramref name="target"/> (through a temporary file, so a failed backup leaves nothing behind).</summary>
    /// <returns>The exit code (0 done, 1 refused or failed) and what to print.</returns>
    internal static async Task<(int Code, string Message)> BackupAsync(string connectionString, string target, bool overwrite, CancellationToken cancellationToken = default)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        if (!File.Exists(source.DataSource))
        {
            return (1, $"No store at {source.DataSource}: nothing was backed up.");
        }

        if (File.Exists(target) && !overwrite)
        {
            return (1, $"{target} already exists: nothing was backed up. Choose another path, or add --overwrite to replace it.");
        }

        if (Path.GetFullPath(target) == Path.GetFullPath(source.DataSource))
        {
            return (1, "The backup path is the store itself: nothing was backed up.");
        }

        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var from = new SqliteConnection(source.ToString()))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await from.OpenAsync(cancellationToken);
                await to.OpenAsync(cancellationToken);

                // One step under one read transaction: a snapshot of every committed write, while writers go on (WAL).
                from.BackupDatabase(to);

                // The copy is a single self-contained file (no -wal beside it), checked before it is handed over.
                await ExecuteAsync(to, "PRAGMA journal_mode=DELETE;", cancellationToken);
                var check = await ExecuteAsync(to, "PRAGMA integrity_check;", cancellationToken);
                if (check != "ok")
                {
                    return (1, $"The copy failed its integrity check ({check}): nothing was backed up.");
                }
            }

            File.Move(partial, target, overwrite);
            return (0, $"Backed up {source.DataSource} to {target} ({new FileInfo(target).Length:N0} bytes, integrity ok).");
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task<string?> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(cancellationToken))?.ToString();
    }
}
