using System.Text;

namespace DealTracker.Web.Services.Exchange;

/// <summary>
/// CSV that spreadsheets open safely: RFC 4180 quoting, and a cell that a spreadsheet would read
/// as a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
/// apostrophe so it stays text (OWASP "CSV injection").
/// </summary>
public static class SpreadsheetCsv
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static void AppendRow(StringBuilder builder, params string?[] cells) => builder.Append(Row(cells));
}
