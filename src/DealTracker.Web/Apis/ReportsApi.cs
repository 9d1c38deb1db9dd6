using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Apis.Queries;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Apis;

/// <summary>Reports: the public list, and entering, editing and retracting them (editors only).</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/reports", ListAsync)
            .WithTags("Reports")
            .WithName("ListReports")
            .WithSummary("Reports by date; filter by deal, outlet, party, metric, status, from and to; paged (page, pageSize)")
            .AsPublicRead();

        var writes = endpoints.MapGroup("/api/reports").WithTags("Reports").AsEditorWrite().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        writes.MapPost("/", CreateAsync)
            .WithName("CreateReport")
            .WithSummary("Enters a report with its claims and what it relies on (editors only)");
        writes.MapPut("/{id:int}", UpdateAsync)
            .WithName("UpdateReport")
            .WithSummary("Saves an edit of a report; refused with 409 when someone saved it since the version sent");
        writes.MapPost("/{id:int}/retract", RetractAsync)
            .WithName("RetractReport")
            .WithSummary("Retracts a report and its standing claims, with a reason; nothing is deleted");
        return endpoints;
    }

    public static async Task<Results<Ok<PagedList<ReportDto>>, StatusCodeHttpResult, ValidationProblem>> ListAsync(
        [AsParameters] ListParameters parameters, HttpContext http, IDbContextFactory<DealTrackerDbContext> dbFactory, DataQueries queries,
        CancellationToken cancellationToken)
    {
        var (filter, problem) = await ReadApi.FilterAsync(parameters, "reports", dbFactory, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // The parameters are good: a client holding the store's tag gets its 304 before the list is read.
        if (DataVersionETag.NotModified(http))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var list = await queries.ReportsAsync(filter!, cancellationToken);
        ListCursor.AddNextLink(http, list.Next);
        return TypedResults.Ok(list);
    }

    public static async Task<Results<Created<SavedItem>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateReportRequest request, HttpContext context, ReportEditor editor, CancellationToken cancellationToken)
    {
        if (RequestBodies.NullLists(request) is { Count: > 0 } nullLists)
        {
            return BadBody(nullLists);
        }

        var result = await editor.SaveAsync(request.ToDraft(), EditorApiResults.Stamp(context), cancellationToken);
        return EditorApiResults.ToHttp(result).Result switch
        {
            Ok<SavedItem> ok => TypedResults.Created($"/reports/{ok.Value!.Id}", ok.Value),
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException(),
        };
    }

    public static async Task<Results<Ok<SavedItem>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, UpdateReportRequest request, HttpContext context, ReportEditor editor, CancellationToken cancellationToken)
    {
        if (RequestBodies.NullLists(request) is { Count: > 0 } nullLists)
        {
            return BadBody(nullLists);
        }

        return EditorApiResults.ToHttp(await editor.SaveAsync(request.ToDraft(id), EditorApiResults.Stamp(context), cancellationToken));
    }

    public static async Task<Results<Ok<SavedItem>, ValidationProblem, ProblemHttpResult>> RetractAsync(
        int id, RetractionRequest retraction, HttpContext context, ReportEditor editor, CancellationToken cancellationToken) =>
        EditorApiResults.ToHttp(await editor.RetractReportAsync(id, retraction.Version, retraction.Reason, EditorApiResults.Stamp(context), cancellationToken));

    private static ValidationProblem BadBody(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Nothing was saved", detail: "Correct the fields named in errors.");
}
