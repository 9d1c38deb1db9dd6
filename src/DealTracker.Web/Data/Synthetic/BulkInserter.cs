using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DealTracker.Web.Data.Synthetic;

/// <summary>
/// Writes many rows of one entity type with parameterised multi-row <c>INSERT</c> statements on the
/// context's open connection and current transaction, without the change tracker. The table, its
/// columns and each value's conversion (enums by name, dates, decimals) come from the EF Core model
/// through each property's type mapping, so the same code writes what EF Core would, on SQLite and
/// on PostgreSQL. Navigations are not followed: set the foreign keys.
/// </summary>
internal sealed class BulkInserter<T>
    where T : class
{
    /// <summary>Parameters per statement: under SQLite's limit (32,766) and PostgreSQL's (65,535).</summary>
    private const int MaxParameters = 30_000;

    private const int MaxRowsPerStatement = 1_000;

    private readonly DbContext _db;

    private readonly IProperty[] _columns;

    private readonly IClrPropertyGetter[] _getters;

    private readonly RelationalTypeMapping[] _mappings;

    private readonly string _prefix;

    private readonly int _rowsPerStatement;

    private string? _fullStatement;

    private string? _singleRowStatement;

    private readonly string[] _singleRowNames;

    /// <param name="withKey">Write the primary key too (the caller chose the ids); otherwise the store generates it.</param>
    public BulkInserter(DbContext db, bool withKey)
    {
        _db = db;
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        _columns = [.. type.GetProperties().Where(p => !p.IsShadowProperty() && (withKey || !p.IsPrimaryKey()))];
        _getters = [.. _columns.Select(p => p.GetGetter())];
        _mappings = [.. _columns.Select(p => p.GetRelationalTypeMapping())];
        var sql = db.GetService<ISqlGenerationHelper>();
        _prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
                  + string.Join(", ", _columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))) + ") VALUES ";
        _rowsPerStatement = Math.Min(MaxRowsPerStatement, MaxParameters / _columns.Length);
        _singleRowNames = [.. _columns.Select((_, c) => "@p" + c)];
    }

    /// <summary>
    /// Inserts <paramref name="rows"/>: on PostgreSQL in statements of up to a thousand rows each; on SQLite one row a
    /// statement, prepared once and run again for each row (see <see cref="InsertRowByRowAsync"/>).
    /// </summary>
    public Task InsertAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken) =>
        _db.Database.IsSqlite() ? InsertRowByRowAsync(rows, cancellationToken) : InsertMultiRowAsync(rows, cancellationToken);

    /// <summary>
    /// SQLite runs in the process: a statement costs no round trip, so a thousand-row statement saves nothing, and
    /// costs a lot: SQLite finds a named parameter by a linear search of the statement's names, so binding 30,000 of
    /// them takes quadratic time, and each such statement is parsed afresh. One prepared single-row statement, run
    /// once per row, binds a dozen parameters each time.
    /// </summary>
    private async Task InsertRowByRowAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = _singleRowStatement ??= Statement(1);
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var c = 0; c < _columns.Length; c++)
            {
                var value = _getters[c].GetClrValueUsingContainingEntity(row);
                command.Parameters.Add(_mappings[c].CreateParameter(command, _singleRowNames[c], value, _columns[c].IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task InsertMultiRowAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var connection = _db.Database.GetDbConnection();
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        for (var start = 0; start < rows.Count; start += _rowsPerStatement)
        {
            var count = Math.Min(_rowsPerStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = count == _rowsPerStatement ? _fullStatement ??= Statement(count) : Statement(count);
            var p = 0;
            for (var r = start; r < start + count; r++)
            {
                for (var c = 0; c < _columns.Length; c++, p++)
                {
                    var value = _getters[c].GetClrValueUsingContainingEntity(rows[r]);
                    command.Parameters.Add(_mappings[c].CreateParameter(command, "@p" + p, value, _columns[c].IsNullable));
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private string Statement(int rows)
    {
        var text = new StringBuilder(_prefix, _prefix.Length + (rows * _columns.Length * 8));
        var p = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++, p++)
            {
                text.Append(c == 0 ? "@p" : ", @p").Append(p);
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
