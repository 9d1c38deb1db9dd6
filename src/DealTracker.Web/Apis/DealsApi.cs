using System.ComponentModel;
using System.Globalization;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Apis.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DealTracker.Web.Apis;

/// <summary>Deals: the list, and one deal with its headline figures and corroboration.</summary>
public static class DealsApi
{
    public static IEndpointRouteBuilder MapDealsApi(this IEndpointRouteBuilder endpoints)
    {
        var deals = endpoints.MapGroup("/api/deals").WithTags("Deals").AsPublicRead();

        deals.MapGet("/", ListAsync)
            .WithName("ListDeals")
            .WithSummary("Every deal, with its stage and how many reports and claims it has");
        deals.MapGet("/{slug}", GetAsync)
            .WithName("GetDeal")
            .WithSummary("One deal: its parties, headline figures (lead value, other values, agreement interval) and corroboration")
            .WithDescription("asOf (yyyy-MM-dd) gives the figures as they stood on that day.");
        return endpoints;
    }

    public static async Task<Ok<IReadOnlyList<DealSummaryDto>>> ListAsync(DealApiQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.ListAsync(cancellationToken));

    public static async Task<Results<Ok<DealDetailDto>, ProblemHttpResult, ValidationProblem>> GetAsync(
        [Description("The deal's slug, such as amazon-openai-2026-round.")] string slug,
        [FromQuery, Description("A day (yyyy-MM-dd): the figures as reported by then.")] string? asOf,
        DealApiQuery query, CancellationToken cancellationToken)
    {
        DateOnly? day = null;
        if (!string.IsNullOrEmpty(asOf))
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["asOf"] = ["\"asOf\" must be a date written yyyy-MM-dd, such as 2026-01-28."] },
                    title: "Bad query parameters");
            }

            day = parsed;
        }

        return await query.GetAsync(slug, day, cancellationToken) is { } deal
            ? TypedResults.Ok(deal)
            : TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"No deal has the slug \"{slug}\".");
    }
}
