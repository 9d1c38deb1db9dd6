using System.ComponentModel;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Exchange;
using Microsoft.AspNetCore.Http.HttpResults;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.Apis;

/// <summary><c>POST /api/import</c>: an export document checked (dry run) or applied (editors only).</summary>
public static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/import").WithTags("Import").AsEditorWrite()
            .MapPost("/", ImportAsync)
            .WithName("Import")
            .WithSummary("Checks an export file and says what would be added, changed or rejected and why; with apply=true, applies it in one transaction")
            .Accepts<DealExportDocument>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return endpoints;
    }

    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportAsync(
        HttpRequest request,
        [FromQuery, Description("true to apply the import; false, or left out, for a dry run that changes nothing. No other value is read.")] string[]? apply,
        DealImporter importer,
        IOptions<HttpJsonOptions> json,
        CancellationToken cancellationToken)
    {
        if (ReadApply(apply) is not { } applying)
        {
            return TypedResults.Problem(
                statusCode: 400, title: "Unknown value of apply", detail: $"{ApplyError} Nothing was read or saved.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["apply"] = [ApplyError] } });
        }

        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: 415, title: "Send JSON", detail: "The body must be an export file (Content-Type: application/json).");
        }

        if (RequestBodies.OtherCharset(request) is { } charset)
        {
            return TypedResults.Problem(statusCode: 415, title: "Send UTF-8", detail: $"An import file must be UTF-8 JSON, not {Limits.Clip(charset, 40)}. Save it as UTF-8 and send it again.");
        }

        if (await RequestBodies.ReadAtMostAsync(request, DealImporter.MaxBytes, cancellationToken) is not { } body)
        {
            return TooLarge();
        }

        if (!DealImporter.TryRead(body, json.Value.SerializerOptions, out var document, out var error))
        {
            return TypedResults.Problem(statusCode: 400, title: "Not an export file", detail: error);
        }

        if (DealImporter.SizeErrors(document!) is { Count: > 0 } tooMany)
        {
            return TypedResults.Problem(
                statusCode: 400, title: "Too many items for one import", detail: string.Join(" ", tooMany.Values),
                extensions: new Dictionary<string, object?> { ["errors"] = tooMany.ToDictionary(e => e.Key, e => new[] { e.Value }) });
        }

        try
        {
            var result = await importer.RunAsync(document!, applying, EditorApiResults.Stamp(request.HttpContext), cancellationToken: cancellationToken);
            return TypedResults.Ok(result);
        }
        catch (ImportConflictException exception)
        {
            return TypedResults.Problem(statusCode: 409, title: "The store changed during the import", detail: exception.Message);
        }
    }

    private const string ApplyError = "\"apply\" must be true (apply the import) or false (a dry run), given once; leave it out for a dry run.";

    // apply=true or apply=false (any case), once; left out, a dry run. Any other value ("yes", "1", two values) is refused, never guessed.
    private static bool? ReadApply(string[]? values) => values switch
    {
        null or [] => false,
        [var one] when bool.TryParse(one, out var value) && one.Trim() == one => value,
        _ => null,
    };

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        statusCode: 413, title: "File too large", detail: $"An import file can be at most {DealImporter.MaxBytes / 1024 / 1024} MB.");
}
