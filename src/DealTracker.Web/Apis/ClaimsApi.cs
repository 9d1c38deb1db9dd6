using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Apis.Queries;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Apis;

/// <summary>Claims: the public list, and editing and retracting them (editors only). New claims come with their report.</summary>
public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/claims", ListAsync)
            .WithTags("Claims")
            .WithName("ListClaims")
            .WithSummary("Claims in report-date order, each with its outlet's name and its report's date; filter by deal, metric, party, outlet, status, from and to; paged")
            .AsPublicRead();

        var writes = endpoints.MapGroup("/api/claims").WithTags("Claims").AsEditorWrite().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        writes.MapPut("/{id:int}", UpdateAsync)
            .WithName("UpdateClaim")
            .WithSummary("Saves an edit of a claim; refused with 409 when someone saved it since the version sent");
        writes.MapPost("/{id:int}/retract", RetractAsync)
            .WithName("RetractClaim")
            .WithSummary("Retracts a claim with a reason: it stays visible, marked, and stops counting in headline figures");
        return endpoints;
    }

    public static async Task<Results<Ok<PagedList<ClaimDto>>, StatusCodeHttpResult, ValidationProblem>> ListAsync(
        [AsParameters] ListParameters parameters, HttpContext http, IDbContextFactory<DealTrackerDbContext> dbFactory, DataQueries queries,
        CancellationToken cancellationToken)
    {
        var (filter, problem) = await ReadApi.FilterAsync(parameters, "claims", dbFactory, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // The parameters are good: a client holding the store's tag gets its 304 before the list is read.
        if (DataVersionETag.NotModified(http))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var list = await queries.ClaimsAsync(filter!, cancellationToken);
        ListCursor.AddNextLink(http, list.Next);
        return TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<SavedItem>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, UpdateClaimRequest request, HttpContext context, ReportEditor editor, CancellationToken cancellationToken) =>
        EditorApiResults.ToHttp(await editor.SaveClaimAsync(id, request.ToDraft(), EditorApiResults.Stamp(context), cancellationToken));

    public static async Task<Results<Ok<SavedItem>, ValidationProblem, ProblemHttpResult>> RetractAsync(
        int id, RetractionRequest retraction, HttpContext context, ReportEditor editor, CancellationToken cancellationToken) =>
        EditorApiResults.ToHttp(await editor.RetractClaimAsync(id, retraction.Version, retraction.Reason, EditorApiResults.Stamp(context), cancellationToken));
}
