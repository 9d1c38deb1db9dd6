using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// Counts the SQL commands the app sends, so a test can prove a page's query count stays fixed; <see cref="Reads"/>
/// counts the ones that only read (a <c>SELECT</c> or <c>WITH</c> statement), the rest are writes.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<RecordedCommand> _commands = new();
    private int _count;
    private int _reads;

    public int Count => Volatile.Read(ref _count);

    public int Reads => Volatile.Read(ref _reads);

    /// <summary>The first 200 characters of each of the first 50 commands since the last reset, for a failing assertion's message.</summary>
    public string Texts => string.Join(Environment.NewLine, _texts);

    /// <summary>The first 200 commands since the last reset, whole, with their parameters (to ask the store for their plans).</summary>
    public IReadOnlyList<RecordedCommand> Commands => [.. _commands];

    public void Reset()
    {
        _commands.Clear();
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _reads, 0);
        _texts.Clear();
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
        if (Interlocked.Increment(ref _count) <= 50)
        {
            _texts.Enqueue(command.CommandText[..Math.Min(200, command.CommandText.Length)]);
        }

        if (_commands.Count < 200)
        {
            _commands.Enqueue(new RecordedCommand(
                command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        }

        var text = command.CommandText.AsSpan().TrimStart();
        if (text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _reads);
        }
    }
}

/// <summary>A command the app sent: its text and its parameters' names and values.</summary>
public sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
