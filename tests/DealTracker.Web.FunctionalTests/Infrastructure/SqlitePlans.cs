using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// Asks SQLite how it runs the commands the app sent (EXPLAIN QUERY PLAN): a test can then prove a page reads no whole
/// catalogue table (every party, report, outlet or deal of the store), which no count of queries or timing shows.
/// </summary>
public static partial class SqlitePlans
{
    /// <summary>The catalogue tables: they grow with the store, not with one deal.</summary>
    private static readonly string[] _catalogue = ["Parties", "Reports", "Outlets", "Deals"];

    /// <summary>"Parties (SCAN p)" for each step of a command's plan that reads a catalogue table whole.</summary>
    public static async Task<List<string>> CatalogueScansAsync(string databasePath, IEnumerable<RecordedCommand> commands)
    {
        var scans = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        foreach (var command in commands.Where(c => c.Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
        {
            var aliases = AliasPattern().Matches(command.Text)
                .Where(m => _catalogue.Contains(m.Groups["table"].Value))
                .ToDictionary(m => m.Groups["alias"].Value, m => m.Groups["table"].Value);
            foreach (var step in await PlanAsync(connection, command))
            {
                if (ScanPattern().Match(step) is { Success: true } scan && aliases.TryGetValue(scan.Groups["alias"].Value, out var table))
                {
                    scans.Add($"{table} ({step}) in: {command.Text}");
                }
            }
        }

        return scans;
    }

    private static async Task<List<string>> PlanAsync(SqliteConnection connection, RecordedCommand recorded)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + recorded.Text;
        foreach (var (name, value) in recorded.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    [GeneratedRegex("\"(?<table>\\w+)\" AS \"(?<alias>\\w+)\"")]
    private static partial Regex AliasPattern();

    // "SCAN p" or "SCAN p USING INDEX …": every row of the table (a SEARCH reads only the rows its key names).
    [GeneratedRegex("^SCAN (?<alias>\\w+)\\b")]
    private static partial Regex ScanPattern();
}
