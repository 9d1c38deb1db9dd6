using DealTracker.Domain.Reports;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Services.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DealTracker.Web.Apis;

/// <summary>Outlets with their record: reports, claims, how often original and first.</summary>
public static class OutletsApi
{
    public static IEndpointRouteBuilder MapOutletsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/outlets", ListAsync)
            .WithTags("Outlets")
            .WithName("ListOutlets")
            .WithSummary("Every outlet with its kind, report and claim counts, and how often it was original or first")
            .AsPublicRead();
        return endpoints;
    }

    public static async Task<Ok<IReadOnlyList<OutletDto>>> ListAsync(OutletQueries outlets, CancellationToken cancellationToken)
    {
        var list = await outlets.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<OutletDto>>([.. list.Select(o => new OutletDto(o.Id, o.Slug, o.Name, o.Kind, Links.SafeOrNull(o.Homepage), o.Reports, o.Claims, o.Original, o.First))]);
    }
}
