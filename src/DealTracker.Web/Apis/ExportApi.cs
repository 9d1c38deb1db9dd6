using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Exchange;
using Microsoft.AspNetCore.Http.HttpResults;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.Apis;

/// <summary>A deal's reports and claims as a JSON document (the import format) or as spreadsheet-safe CSV.</summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/api/deals/{slug}").WithTags("Exports").AsPublicRead();
        exports.MapGet("/export.json", JsonAsync)
            .WithName("ExportDealJson")
            .WithSummary("The deal's reports, claims, outlets, parties and events as one JSON document (what the import reads)")
            .Produces<DealExportDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        exports.MapGet("/export.csv", CsvAsync)
            .WithName("ExportDealCsv")
            .WithSummary("One row per claim on the deal, with its report and outlet; cells a spreadsheet would run as formulas are neutralised")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    public static async Task<Results<PushStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult>> JsonAsync(
        [Description("The deal's slug.")] string slug, HttpContext http, DealExporter exporter, IDbContextFactory<DealTrackerDbContext> dbFactory,
        IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        if (await ReadApi.DealNotModifiedAsync(slug, http, dbFactory, cancellationToken))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var document = await exporter.ExportAsync(slug, cancellationToken);
        if (document is null)
        {
            return NotFound(slug);
        }

        // Written to the response as it is serialised: no byte array of the whole document beside the document.
        var options = new JsonSerializerOptions(json.Value.SerializerOptions) { WriteIndented = true };
        return TypedResults.Stream(
            stream => JsonSerializer.SerializeAsync(stream, document, options, cancellationToken), "application/json; charset=utf-8", $"{slug}.json");
    }

    public static async Task<Results<PushStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult>> CsvAsync(
        [Description("The deal's slug.")] string slug, HttpContext http, DealExporter exporter, IDbContextFactory<DealTrackerDbContext> dbFactory,
        CancellationToken cancellationToken)
    {
        if (await ReadApi.DealNotModifiedAsync(slug, http, dbFactory, cancellationToken))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var document = await exporter.ExportAsync(slug, cancellationToken);
        if (document is null)
        {
            return NotFound(slug);
        }

        return TypedResults.Stream(stream => WriteCsvAsync(stream, document, cancellationToken), "text/csv; charset=utf-8", $"{slug}.csv");
    }

    /// <summary>One row per claim, written to the response a few rows at a time (not one string, then its bytes, then a copy).</summary>
    private static async Task WriteCsvAsync(Stream stream, DealExportDocument document, CancellationToken cancellationToken)
    {
        // A byte-order mark, so spreadsheet programs read the file as UTF-8 ("€", "’").
        await stream.WriteAsync(Encoding.UTF8.GetPreamble(), cancellationToken);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        var rows = new StringBuilder();
        SpreadsheetCsv.AppendRow(rows,
            "report_id", "outlet", "headline", "summary", "url", "published", "published_precision", "report_status",
            "report_retraction_reason", "metric", "party", "statement", "quote", "words", "amount", "currency", "hedge", "low", "high", "talks_stage",
            "claim_status", "retraction_reason", "note", "relies_on");
        var outlets = document.Outlets.ToDictionary(o => o.Slug, o => o.Name);
        foreach (var report in document.Reports)
        {
            foreach (var claim in report.Claims)
            {
                SpreadsheetCsv.AppendRow(rows,
                    report.Id.ToString(CultureInfo.InvariantCulture), outlets.GetValueOrDefault(report.Outlet, report.Outlet), report.Headline, report.Summary,
                    report.Url, report.Published?.Date, report.Published?.Precision, report.Status,
                    report.RetractionReason, claim.Metric, claim.Party, claim.Statement, claim.Quote, claim.Money?.Words ?? claim.TalksStage,
                    Number(claim.Money?.Amount), claim.Money?.Currency, claim.Money?.Hedge, Number(claim.Money?.Low), Number(claim.Money?.High),
                    claim.TalksStage, claim.Status, claim.RetractionReason ?? (report.Status == "retracted" ? report.RetractionReason : null), claim.Note,
                    ReliesOnText(report.ReliesOn));
            }

            if (rows.Length >= 32 * 1024)
            {
                await writer.WriteAsync(rows, cancellationToken);
                rows.Clear();
            }
        }

        await writer.WriteAsync(rows, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>"The Wall Street Journal (summarising); Reuters (citing, report 12)": what the claim's report relies on.</summary>
    internal static string? ReliesOnText(IReadOnlyList<RelianceDto>? reliances) =>
        reliances is null or [] ? null : string.Join("; ", reliances.Select(r =>
            $"{r.Outlet.Name} ({KindWords(r.Kind)}{(r.ReportId is { } id ? $", report {id.ToString(CultureInfo.InvariantCulture)}" : "")})"));

    private static string KindWords(string kind) => kind switch
    {
        "cites" => "citing",
        "summarises" => "summarising",
        "repeats" => "repeating",
        _ => kind,
    };

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static ProblemHttpResult NotFound(string slug) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"No deal has the slug \"{slug}\".");
}
