using DealTracker.Web.Accounts;
using DealTracker.Web.Apis.Queries;
using DealTracker.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Apis;

/// <summary>What every read endpoint shares: CORS for GET, the ETag filter, and parameter checking.</summary>
internal static class ReadApi
{
    public const string CorsPolicy = "PublicRead";

    /// <summary>GETs open to any origin, with ETag and 304; anonymous reads are served from the page cache's store-version entries.</summary>
    public static RouteHandlerBuilder AsPublicRead(this RouteHandlerBuilder builder) =>
        builder.RequireCors(CorsPolicy).AddEndpointFilter<RouteHandlerBuilder, DataVersionETag>()
            .CacheOutput(Extensions.PageCacheExtensions.PublicApiPolicy)
            .Produces(StatusCodes.Status304NotModified);

    public static RouteGroupBuilder AsPublicRead(this RouteGroupBuilder builder) =>
        builder.RequireCors(CorsPolicy).AddEndpointFilter<RouteGroupBuilder, DataVersionETag>()
            .CacheOutput(Extensions.PageCacheExtensions.PublicApiPolicy)
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void), []));

    /// <summary>Editor-only writes: documented with the 401 and 403 they give to others.</summary>
    public static RouteGroupBuilder AsEditorWrite(this RouteGroupBuilder builder) =>
        builder.RequireAuthorization(AccountsExtensions.EditorPolicy)
            .WithMetadata(new SameOriginWrites.Marker())
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(void), []))
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(void), []));

    /// <summary>Documents the problem statuses a group's endpoints may answer.</summary>
    public static RouteGroupBuilder WithProblems(this RouteGroupBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }

        return builder;
    }

    /// <summary>
    /// True when the client's If-None-Match is the store's tag (<see cref="DataVersionETag"/>) and the deal exists: the
    /// 304 is answered before the export is built (one lookup by slug), so polling with the tag costs next to nothing (an export, a deal).
    /// An unknown deal stays a 404 whatever the tag.
    /// </summary>
    internal static async Task<bool> DealNotModifiedAsync(
        string slug, HttpContext http, IDbContextFactory<DealTrackerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        if (!DataVersionETag.NotModified(http))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Deals.AnyAsync(d => d.Slug == slug, cancellationToken);
    }

    /// <summary>Resolves the list parameters, or the 400 that says which one is wrong.</summary>
    public static async Task<(DataFilter? Filter, ValidationProblem? Problem)> FilterAsync(
        ListParameters parameters, string list, IDbContextFactory<DealTrackerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var (filter, errors) = await parameters.ResolveAsync(list, dbFactory, cancellationToken);
        return filter is null
            ? (null, TypedResults.ValidationProblem(errors, title: "Bad query parameters", detail: "Correct the parameters named in errors."))
            : (filter, null);
    }
}
