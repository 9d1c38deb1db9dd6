using System.Globalization;
using DealTracker.Web.Data;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace DealTracker.Web.Apis;

/// <summary>
/// An endpoint filter for the read API: the response's ETag is the store's version (with a value
/// unique to this process, since the version restarts with it), so a client that sends it back
/// in If-None-Match gets 304 Not Modified until something is saved. The request is checked first:
/// only an answer that would be a 200 carries the ETag or becomes a 304; a 400 or 404 stays itself, without an ETag.
/// </summary>
public sealed class DataVersionETag(StoreVersion storeVersion) : IEndpointFilter
{
    private static readonly string _processId = Guid.NewGuid().ToString("N")[..12];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // The version before the handler reads: a save during the read makes the ETag older, never newer, than the body.
        var etag = new EntityTagHeaderValue($"\"{_processId}-{storeVersion.Value.ToString(CultureInfo.InvariantCulture)}\"", isWeak: true);
        var result = await next(context);
        if (!Succeeds(result))
        {
            return result;
        }

        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = etag.ToString();
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var sent)
            && sent.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return result;
    }

    /// <summary>True when the handler's result is a 2xx answer (a result that states no status is one).</summary>
    internal static bool Succeeds(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result is not IStatusCodeHttpResult { StatusCode: { } status } || status is >= 200 and < 300;
    }
}
