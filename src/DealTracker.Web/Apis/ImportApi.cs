using System.ComponentModel;
using System.Text;
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
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return endpoints;
    }

    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportAsync(
        HttpRequest request,
        [FromQuery, Description("true to apply the import; by default it is a dry run that changes nothing.")] bool? apply,
        DealImporter importer,
        IOptions<HttpJsonOptions> json,
        CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: 415, title: "Send JSON", detail: "The body must be an export file (Content-Type: application/json).");
        }

        if (await RequestBodies.ReadAtMostAsync(request, DealImporter.MaxBytes, cancellationToken) is not { } body)
        {
            return TooLarge();
        }

        if (!DealImporter.TryRead(Encoding.UTF8.GetString(body), json.Value.SerializerOptions, out var document, out var error))
        {
            return TypedResults.Problem(statusCode: 400, title: "Not an export file", detail: error);
        }

        if (DealImporter.SizeErrors(document!) is { Count: > 0 } tooMany)
        {
            return TypedResults.Problem(
                statusCode: 400, title: "Too many items for one import", detail: string.Join(" ", tooMany.Values),
                extensions: new Dictionary<string, object?> { ["errors"] = tooMany.ToDictionary(e => e.Key, e => new[] { e.Value }) });
        }

        var result = await importer.RunAsync(document!, apply == true, EditorApiResults.Stamp(request.HttpContext), cancellationToken: cancellationToken);
        return TypedResults.Ok(result);
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        statusCode: 413, title: "File too large", detail: $"An import file can be at most {DealImporter.MaxBytes / 1024 / 1024} MB.");
}
