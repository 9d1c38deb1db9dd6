using System.Text;
using DealTracker.Domain.Text;

namespace DealTracker.Web.Services.Exchange;

/// <summary>
/// CSV that spreadsheets open safely: RFC 4180 quoting, and a cell that a spreadsheet would read
/// as a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
/// apostrophe so it stays text (OWASP "CSV injection"). The check looks past invisible characters at the start (a zero-width
/// space, a byte-order mark, white space: <see cref="VisibleText.IsInvisible"/>), which a spreadsheet may drop before it reads
/// the cell.
/// </summary>
public static class SpreadsheetCsv
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var first = VisibleText.FirstVisible(value);
        if (value[0] is '\t' or '\r' || (first < value.Length && value[first] is '=' or '+' or '-' or '@'))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static void AppendRow(StringBuilder builder, params string?[] cells) => builder.Append(Row(cells));
}
