using System.Globalization;
using DealTracker.Web.Data;
using Microsoft.Net.Http.Headers;

namespace DealTracker.Web.Apis;

/// <summary>
/// An endpoint filter for the read API: the response's ETag is the store's version (with a value
/// unique to this process, since the version restarts with it), so a client that sends it back
/// in If-None-Match gets 304 Not Modified until something is saved.
/// </summary>
public sealed class DataVersionETag(StoreVersion storeVersion) : IEndpointFilter
{
    private static readonly string _processId = Guid.NewGuid().ToString("N")[..12];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var etag = new EntityTagHeaderValue($"\"{_processId}-{storeVersion.Value.ToString(CultureInfo.InvariantCulture)}\"", isWeak: true);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = etag.ToString();
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var sent)
            && sent.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return await next(context);
    }
}
