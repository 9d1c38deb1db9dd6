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
}
