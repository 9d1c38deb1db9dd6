using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DealTracker.Web.Services.Exchange;
using Microsoft.AspNetCore.Http.HttpResults;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
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

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> JsonAsync(
        [Description("The deal's slug.")] string slug, DealExporter exporter, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var document = await exporter.ExportAsync(slug, cancellationToken);
        if (document is null)
        {
            return NotFound(slug);
        }

        var options = new JsonSerializerOptions(json.Value.SerializerOptions) { WriteIndented = true };
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(document, options), "application/json; charset=utf-8", $"{slug}.json");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(
        [Description("The deal's slug.")] string slug, DealExporter exporter, CancellationToken cancellationToken)
    {
        var document = await exporter.ExportAsync(slug, cancellationToken);
        if (document is null)
        {
            return NotFound(slug);
        }

        var csv = new StringBuilder();
        SpreadsheetCsv.AppendRow(csv,
            "report_id", "outlet", "headline", "summary", "url", "published", "published_precision", "report_status",
            "report_retraction_reason", "metric", "party", "statement", "quote", "words", "amount", "currency", "hedge", "low", "high", "talks_stage",
            "claim_status", "retraction_reason", "note", "relies_on");
        var outlets = document.Outlets.ToDictionary(o => o.Slug, o => o.Name);
        foreach (var report in document.Reports)
        {
            foreach (var claim in report.Claims)
            {
                SpreadsheetCsv.AppendRow(csv,
                    report.Id.ToString(CultureInfo.InvariantCulture), outlets.GetValueOrDefault(report.Outlet, report.Outlet), report.Headline, report.Summary,
                    report.Url, report.Published?.Date, report.Published?.Precision, report.Status,
                    report.RetractionReason, claim.Metric, claim.Party, claim.Statement, claim.Quote, claim.Money?.Words ?? claim.TalksStage,
                    Number(claim.Money?.Amount), claim.Money?.Currency, claim.Money?.Hedge, Number(claim.Money?.Low), Number(claim.Money?.High),
                    claim.TalksStage, claim.Status, claim.RetractionReason ?? (report.Status == "retracted" ? report.RetractionReason : null), claim.Note,
                    ReliesOnText(report.ReliesOn));
            }
        }

        // A byte-order mark, so spreadsheet programs read the file as UTF-8 ("€", "’").
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"{slug}.csv");
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
