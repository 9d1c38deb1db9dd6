using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// A SQLite store as text: its schema as SQLite keeps it (<c>sqlite_master</c>, in the order it was made) and every row of
/// every table as an <c>INSERT</c> statement, with each value's storage class kept (integer, real, text, blob, null).
/// Two stores with the same dump hold the same schema and the same rows.
/// </summary>
public static class SqliteStoreDump
{
    /// <summary>The statements that make each table, index and trigger, in <c>sqlite_master</c>'s order (SQLite's own tables and automatic indexes left out).</summary>
    public static async Task<IReadOnlyList<string>> SchemaAsync(SqliteConnection connection) =>
        await ListAsync(connection, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid", r => r.GetString(0) + ";");

    /// <summary><c>sqlite_master</c> itself (type, name, table and SQL of each entry, automatic indexes included), in order.</summary>
    public static async Task<IReadOnlyList<string>> MasterAsync(SqliteConnection connection) =>
        await ListAsync(connection, "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY rowid", r => $"{r.GetString(0)} {r.GetString(1)} on {r.GetString(2)}: {r.GetString(3)}");

    /// <summary>Every row of every table (but <c>sqlite_sequence</c>) as an insert, table by table in <c>sqlite_master</c>'s order, rows in rowid order.</summary>
    /// <param name="time">A text value written as <paramref name="timeParameter"/> instead of a literal (the seed's history time).</param>
    public static async Task<IReadOnlyList<(string Table, string Insert)>> RowsAsync(SqliteConnection connection, string? time = null, string? timeParameter = null)
    {
        var tables = await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence' ORDER BY rowid", r => r.GetString(0));
        var rows = new List<(string, string)>();
        foreach (var table in tables)
        {
            rows.AddRange((await InsertsAsync(connection, table, "rowid", time, timeParameter)).Select(insert => (table, insert)));
        }

        return rows;
    }

    /// <summary>The AUTOINCREMENT counters (<c>sqlite_sequence</c>), by table name.</summary>
    public static async Task<IReadOnlyList<string>> SequencesAsync(SqliteConnection connection) =>
        await ListAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'", r => r.GetInt64(0)) is [> 0]
            ? await InsertsAsync(connection, "sqlite_sequence", "name", null, null)
            : [];

    /// <summary>Schema, rows and counters in one text, to compare two stores.</summary>
    public static async Task<string> DescribeAsync(SqliteConnection connection)
    {
        var text = new StringBuilder();
        foreach (var line in await MasterAsync(connection))
        {
            text.AppendLine(line);
        }

        foreach (var (_, insert) in await RowsAsync(connection))
        {
            text.AppendLine(insert);
        }

        foreach (var insert in await SequencesAsync(connection))
        {
            text.AppendLine(insert);
        }

        return text.ToString();
    }

    private static async Task<List<string>> InsertsAsync(SqliteConnection connection, string table, string order, string? time, string? timeParameter)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {order}";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i => $"\"{reader.GetName(i)}\""));
        var inserts = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = Enumerable.Range(0, reader.FieldCount).Select(i => Literal(reader.GetValue(i), time, timeParameter));
            inserts.Add($"INSERT INTO \"{table}\" ({columns}) VALUES ({string.Join(", ", values)});");
        }

        return inserts;
    }

    private static string Literal(object value, string? time, string? timeParameter) => value switch
    {
        DBNull => "NULL",
        long number => number.ToString(CultureInfo.InvariantCulture),
        double real => real.ToString("R", CultureInfo.InvariantCulture) is var r && (r.Contains('.') || r.Contains('E')) ? r : r + ".0",
        string text when time is not null && text == time => timeParameter!,
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        byte[] blob => "X'" + Convert.ToHexString(blob) + "'",
        _ => throw new NotSupportedException($"A SQLite value of type {value.GetType()}"),
    };

    private static async Task<List<T>> ListAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<T>();
        while (await reader.ReadAsync())
        {
            list.Add(read(reader));
        }

        return list;
    }
}
