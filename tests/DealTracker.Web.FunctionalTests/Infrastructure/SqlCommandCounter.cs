using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// Counts the SQL commands the app sends, so a test can prove a page's query count stays fixed; <see cref="Reads"/>
/// counts the ones that only read (a <c>SELECT</c> or <c>WITH</c> statement), the rest are writes.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;
    private int _reads;

    public int Count => Volatile.Read(ref _count);

    public int Reads => Volatile.Read(ref _reads);

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _reads, 0);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Counted(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return ValueTask.FromResult(result);
    }

    private void Counted(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        var text = command.CommandText.AsSpan().TrimStart();
        if (text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _reads);
        }
    }
}
