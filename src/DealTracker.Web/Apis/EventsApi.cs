using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Apis.Queries;
using DealTracker.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Apis;

/// <summary>Events of deals (talks reported, agreements signed), filtered by deal, dates and the reports they stand on, paged.</summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/events", ListAsync)
            .WithTags("Events")
            .WithName("ListEvents")
            .WithSummary("Events by date; filter by deal, from and to, and by the reports each stands on (outlet, party and metric of their claims, status); paged (page, pageSize)")
            .AsPublicRead();
        return endpoints;
    }

    public static async Task<Results<Ok<PagedList<EventDto>>, StatusCodeHttpResult, ValidationProblem>> ListAsync(
        [AsParameters] ListParameters parameters, HttpContext http, IDbContextFactory<DealTrackerDbContext> dbFactory, DataQueries queries,
        CancellationToken cancellationToken)
    {
        var (filter, problem) = await ReadApi.FilterAsync(parameters, "events", dbFactory, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // The parameters are good: a client holding the store's tag gets its 304 before the list is read.
        if (DataVersionETag.NotModified(http))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var list = await queries.EventsAsync(filter!, cancellationToken);
        ListCursor.AddNextLink(http, list.Next);
        return TypedResults.Ok(list);
    }
}
