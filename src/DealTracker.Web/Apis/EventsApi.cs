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

    public static async Task<Results<Ok<PagedList<EventDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListParameters parameters, IDbContextFactory<DealTrackerDbContext> dbFactory, DataQueries queries, CancellationToken cancellationToken)
    {
        var (filter, problem) = await ReadApi.FilterAsync(parameters, dbFactory, cancellationToken);
        return problem ?? (Results<Ok<PagedList<EventDto>>, ValidationProblem>)TypedResults.Ok(await queries.EventsAsync(filter!, cancellationToken));
    }
}
