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

    private string Tag() => storeChanges?.SharedVersion is { } shared
        ? $"\"{_buildId}-s{shared.ToString(CultureInfo.InvariantCulture)}\""
        : $"\"{_processId}-{storeVersion.Value.ToString(CultureInfo.InvariantCulture)}\"";

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
