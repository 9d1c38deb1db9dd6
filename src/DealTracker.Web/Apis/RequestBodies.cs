using DealTracker.Web.Apis.Contracts;

namespace DealTracker.Web.Apis;

/// <summary>Reading a JSON body with a size limit, whatever Content-Length claims.</summary>
internal static class RequestBodies
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/> (read no further than that).</summary>
    public static async Task<byte[]?> ReadAtMostAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var body = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > maxBytes)
            {
                return null;
            }
        }

        return body.ToArray();
    }

    /// <summary>
    /// The charset the body is declared in when it is not UTF-8 (nor its subset US-ASCII), such as "utf-16"; null when it is UTF-8
    /// or says nothing. Bodies are read as UTF-8 bytes, so such a body is refused (415) as such, never misread.
    /// </summary>
    public static string? OtherCharset(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.Charset.Value?.Trim('"') is { Length: > 0 } charset
        && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
        && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
            ? charset
            : null;

    /// <summary>
    /// The lists of a report body that are null or hold a null (<c>"claims": null</c>, <c>"reliances": [null]</c>),
    /// keyed by field: a 400 naming the field, never a 500. Leave a list out, or send [], for none.
    /// </summary>
    public static Dictionary<string, string[]> NullLists(ReportRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "claims", request.Claims);
        Check(errors, "reliances", request.Reliances);
        return errors;
    }

    private static void Check<T>(Dictionary<string, string[]> errors, string field, List<T>? list)
        where T : class
    {
        if (list is null)
        {
            errors[field] = [$"\"{field}\" must be a list: leave it out or send [] for none, not null."];
            return;
        }

        var index = list.IndexOf(null!);
        if (index >= 0)
        {
            errors[$"{field}[{index}]"] = [$"Each item of \"{field}\" must be an object, not null."];
        }
    }
}
