using System.Text;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>A fingerprint of the whole store: tests that send refused or bad requests assert it is unchanged.</summary>
public static class StoreFingerprint
{
    /// <summary>Every table's row count and highest id, and the sum of its versions where it has them: any write changes it (either store).</summary>
    public static async Task<string> OfAsync(DealTrackerAppFactory app)
    {
        var builder = new StringBuilder();
        await using var db = app.CreateDbContext();
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = await ColumnAsync(connection, postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");

        Assert.Contains("Claims", tables);
        foreach (var table in tables)
        {
            var columns = await ColumnAsync(connection, postgres
                ? $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'"
                : $"SELECT name FROM pragma_table_info('{table}')");
            var numberedRows = columns.Contains("Id") && !table.StartsWith("AspNet", StringComparison.Ordinal) && !table.StartsWith("__", StringComparison.Ordinal)
                && !table.StartsWith("DataProtection", StringComparison.Ordinal);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*), {(numberedRows ? "MAX(\"Id\")" : "0")}, {(columns.Contains("Version") ? "SUM(\"Version\")" : "0")} FROM \"{table}\"";
            await using var row = await command.ExecuteReaderAsync();
            await row.ReadAsync();
            builder.Append(table).Append(':').Append(row.GetValue(0)).Append('/').Append(row.GetValue(1)).Append('/').Append(row.GetValue(2)).Append(' ');
        }

        return builder.ToString();
    }

    private static async Task<List<string>> ColumnAsync(System.Data.Common.DbConnection connection, string sql)
    {
        var values = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
