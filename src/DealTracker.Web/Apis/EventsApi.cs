using DealTracker.Web.Data;
using DealTracker.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using DealTracker.Web.Services.Api;

namespace DealTracker.Web.Apis;

/// <summary>Events of deals (talks reported, agreements signed), filtered by deal and dates, paged.</summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/events", ListAsync)
            .WithTags("Events")
            .WithName("ListEvents")
            .WithSummary("Events by date; filter by deal, from and to; paged (page, pageSize)")
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
