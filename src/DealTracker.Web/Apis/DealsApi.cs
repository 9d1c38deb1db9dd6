using System.ComponentModel;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Apis.Queries;
using DealTracker.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Apis;

/// <summary>Deals: the list, and one deal with its headline figures and corroboration.</summary>
public static class DealsApi
{
    public static IEndpointRouteBuilder MapDealsApi(this IEndpointRouteBuilder endpoints)
    {
        var deals = endpoints.MapGroup("/api/deals").WithTags("Deals").AsPublicRead();

        deals.MapGet("/", ListAsync)
            .WithName("ListDeals")
            .WithSummary("The deals, paged, with their stage and how many reports and claims they have");
        deals.MapGet("/{slug}", GetAsync)
            .WithName("GetDeal")
            .WithSummary("One deal: its parties, headline figures (lead value, other values, agreement interval) and corroboration")
            .WithDescription("asOf (yyyy-MM-dd) gives the figures as they stood on that day.");
        return endpoints;
    }

    public static async Task<Results<Ok<PagedList<DealSummaryDto>>, ValidationProblem>> ListAsync(
        [AsParameters] PageParameters parameters, HttpContext http, DealApiQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize, after, errors) = parameters.Resolve();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad query parameters", detail: "Correct the parameters named in errors.");
        }

        var list = await query.ListAsync(page, pageSize, after, cancellationToken);
        ListCursor.AddNextLink(http, list.Next);
        return TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<DealDetailDto>, StatusCodeHttpResult, ProblemHttpResult, ValidationProblem>> GetAsync(
        [Description("The deal's slug, such as amazon-openai-2026-round.")] string slug,
        [FromQuery, Description("A day (yyyy-MM-dd): the figures as reported by then.")] string? asOf,
        HttpContext http, DealApiQuery query, IDbContextFactory<DealTrackerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var day = ListParameters.ParseDate(asOf, "asOf", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad query parameters");
        }

        if (await ReadApi.DealNotModifiedAsync(slug, http, dbFactory, cancellationToken))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return await query.GetAsync(slug, day, cancellationToken) is { } deal
            ? TypedResults.Ok(deal)
            : TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"No deal has the slug \"{slug}\".");
    }
}
