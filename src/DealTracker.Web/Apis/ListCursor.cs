using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace DealTracker.Web.Apis;

/// <summary>
/// The opaque <c>cursor</c> of a paged list (keyset paging): where the next page starts in the list's order, the page number it
/// leads to, and the list it belongs to, written as base64url text with a check. A client passes back what a page's <c>next</c>
/// gave; a cursor that does not decode, was altered, or belongs to another list (or another order of the same list) is refused
/// with a 400 naming <c>cursor</c>, never a 500. The check finds an altered cursor; it is no secret (the position it carries is
/// not one either: any position only starts a page elsewhere in the same public list).
/// </summary>
public static class ListCursor
{
    public const string Parameter = "cursor";

    /// <summary>No cursor this app writes is longer (a deal's title is the longest key); a longer one is refused before decoding.</summary>
    public const int MaxLength = 2048;

    /// <summary>What a 400 says of a cursor that does not decode or was altered.</summary>
    public const string NotACursor = "\"cursor\" is not a cursor this API gave: pass back the \"next\" of a page unchanged, or leave it out to start at the first page.";

    private const string Version = "1";

    /// <summary>The cursor of the page <paramref name="page"/> of <paramref name="list"/>, starting after the item whose order key is <paramref name="key"/>.</summary>
    public static string Encode(string list, int page, params string[] key)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes((string[])[Version, list, page.ToString(CultureInfo.InvariantCulture), .. key]);
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(Check(payload))}";
    }

    /// <summary>
    /// The page and key a cursor carries, or false with <paramref name="error"/> (the message for the 400) when it is not a cursor
    /// of <paramref name="list"/> with <paramref name="keyLength"/> key values.
    /// </summary>
    public static bool TryDecode(string text, string list, int keyLength, out int page, out string[] key, out string error)
    {
        (page, key, error) = (0, [], "");
        if (TryRead(text) is not { } values)
        {
            error = NotACursor;
            return false;
        }

        if (values[1] != list || values.Length != keyLength + 3
            || !int.TryParse(values[2], NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 2)
        {
            error = "\"cursor\" belongs to another list or order: pass back the \"next\" of this list's own pages, with the same order.";
            return false;
        }

        key = values[3..];
        return true;
    }

    /// <summary>
    /// The page and key of a request's cursor of <paramref name="list"/>; null without one, and null with the error (keyed
    /// <c>cursor</c>) added when it is bad or given with <c>page</c>.
    /// </summary>
    public static (int Page, string[] Key)? Read(string? cursor, string? page, string list, int keyLength, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(page))
        {
            errors[Parameter] = ["Give \"cursor\" or \"page\", not both: a cursor already says which page it starts."];
            return null;
        }

        if (!TryDecode(cursor, list, keyLength, out var next, out var key, out var error))
        {
            errors[Parameter] = [error];
            return null;
        }

        return (next, key);
    }

    /// <summary>
    /// The next page's address: this request's path and query with <c>page</c> and <c>cursor</c> replaced by the next cursor, so the
    /// filters, order and page size are kept. Written as a <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288).
    /// </summary>
    public static void AddNextLink(HttpContext http, string? next)
    {
        if (next is null)
        {
            return;
        }

        var query = http.Request.Query
            .Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals(Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(Parameter, next));
        var url = QueryHelpers.AddQueryString(http.Request.PathBase + http.Request.Path, query);
        http.Response.Headers.Append("Link", $"<{url}>; rel=\"next\"");
    }

    /// <summary>A day as a cursor writes it: yyyy-MM-dd, or empty for none.</summary>
    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static bool TryDay(string text, out DateOnly? day)
    {
        day = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool TryId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id >= 1;

    /// <summary>A stored UTC time as its ticks.</summary>
    public static string Time(DateTime time) => Number(time.Ticks);

    public static bool TryTime(string text, out DateTime time)
    {
        time = default;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks)
        {
            time = new DateTime(ticks, DateTimeKind.Utc);
            return true;
        }

        return false;
    }

    private static string[]? TryRead(string text)
    {
        if (text.Length > MaxLength || text.Split('.') is not [var body, var check])
        {
            return null;
        }

        try
        {
            var payload = WebEncoders.Base64UrlDecode(body);
            if (!CryptographicOperations.FixedTimeEquals(WebEncoders.Base64UrlDecode(check), Check(payload)))
            {
                return null;
            }

            return JsonSerializer.Deserialize<string[]>(payload) is { Length: >= 3 } values && values[0] == Version && values.All(v => v is not null)
                ? values
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    // A check of the payload (the first 12 bytes of its SHA-256 with the cursor's purpose), so an altered cursor is told from a good one.
    private static byte[] Check(byte[] payload) =>
        SHA256.HashData([.. Encoding.UTF8.GetBytes("DealTracker list cursor\n"), .. payload])[..12];
}
