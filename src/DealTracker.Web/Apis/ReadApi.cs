using DealTracker.Web.Data;
using DealTracker.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Apis;

/// <summary>What every read endpoint shares: CORS for GET, the ETag filter, and parameter checking.</summary>
internal static class ReadApi
{
    public const string CorsPolicy = "PublicRead";

    /// <summary>GETs open to any origin, with ETag and 304.</summary>
    public static TBuilder AsPublicRead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireCors(CorsPolicy).AddEndpointFilter<TBuilder, DataVersionETag>();

    /// <summary>Resolves the list parameters, or the 400 that says which one is wrong.</summary>
    public static async Task<(DataFilter? Filter, ValidationProblem? Problem)> FilterAsync(
        ListParameters parameters, IDbContextFactory<DealTrackerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var (filter, errors) = await parameters.ResolveAsync(dbFactory, cancellationToken);
        return filter is null
            ? (null, TypedResults.ValidationProblem(errors, title: "Bad query parameters", detail: "Correct the parameters named in errors."))
            : (filter, null);
    }
}
