using System.Globalization;
using DealTracker.Web.Data;
using DealTracker.Web.Data.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace DealTracker.Web.Apis;

/// <summary>
/// An endpoint filter for the read API: the response's ETag is the store's version, so a client that sends it back
/// in If-None-Match gets 304 Not Modified until something is saved. On PostgreSQL it is the store-wide counter every node
/// shares (<see cref="PostgreSqlStoreChanges.SharedVersion"/>) with this build's id, so a tag one node gave is good on every
/// node of the same release and changes with a new one. On SQLite (one process) it is the process's own version with a value
/// unique to the process, since that version restarts with it. The request is checked first: only an answer that would be a
/// 200 carries the ETag or becomes a 304; a 400 or 404 stays itself, without an ETag.
/// </summary>
public sealed class DataVersionETag(StoreVersion storeVersion, PostgreSqlStoreChanges? storeChanges = null) : IEndpointFilter
{
    private static readonly string _processId = Guid.NewGuid().ToString("N")[..12];

    /// <summary>This build's id (deterministic builds give the same sources the same id): answers change shape with a release.</summary>
    private static readonly string _buildId = typeof(DataVersionETag).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // The version before the handler reads: a save during the read makes the ETag older, never newer, than the body.
        var etag = new EntityTagHeaderValue(Tag(), isWeak: true);
        http.Items[typeof(DataVersionETag)] = etag;
        var result = await next(context);
        if (Unwrapped(result) is IStatusCodeHttpResult { StatusCode: StatusCodes.Status304NotModified })
        {
            // The handler answered early (NotModified), after its own checks and before its work: the 304 carries the tag.
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.ETag = etag.ToString();
            return result;
        }

        if (!Succeeds(result))
        {
            return result;
        }

        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = etag.ToString();
        return Matches(http, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : result;
    }

    /// <summary>
    /// True when the request's If-None-Match names the tag this filter gives the answer: a handler whose answer costs
    /// much (an export) asks this once its request is known to be good (the deal exists, the parameters are right) and
    /// answers 304 before building anything. False outside the filter.
    /// </summary>
    public static bool NotModified(HttpContext http) =>
        http.Items.TryGetValue(typeof(DataVersionETag), out var tag) && tag is EntityTagHeaderValue etag && Matches(http, etag);

    private static bool Matches(HttpContext http, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var sent)
        && sent.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));

    private string Tag() => storeChanges?.SharedVersion is { } shared
        ? $"\"{_buildId}-s{shared.ToString(CultureInfo.InvariantCulture)}\""
        : $"\"{_processId}-{storeVersion.Value.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>True when the handler's result is a 2xx answer (a result that states no status is one).</summary>
    internal static bool Succeeds(object? result) =>
        Unwrapped(result) is not IStatusCodeHttpResult { StatusCode: { } status } || status is >= 200 and < 300;

    /// <summary>The result a <c>Results&lt;…&gt;</c> union holds (itself for any other).</summary>
    private static object? Unwrapped(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result;
    }
}
