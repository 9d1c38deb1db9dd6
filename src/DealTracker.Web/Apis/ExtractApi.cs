using System.Text.Json;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Money;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DealTracker.Web.Apis;

/// <summary><c>POST /api/extract</c>: the money figures in a text, as the editors' paste-and-extract finds them.</summary>
public static class ExtractApi
{
    /// <summary>The largest body accepted: room for <see cref="FigureExtractor.MaxTextLength"/> characters of JSON-escaped text.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapExtractApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/extract", ExtractAsync)
            .WithName("ExtractFigures")
            .WithTags("Extract")
            .WithSummary("Finds the money figures in a text")
            .WithDescription("Public and read-only. Body: {\"text\": \"…\"} (at most 100,000 characters). Each figure has its exact text and position, the amount in currency units (null for a range), the ISO currency, the hedge (exact, upTo, atLeast, approximately, range) and, for a range, its low and high ends.")
            .Accepts<ExtractRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(DealTracker.Web.Accounts.AccountsExtensions.ExtractRateLimit)
            .DisableAntiforgery();
        return endpoints;
    }

    public static async Task<Results<Ok<ExtractResponse>, ProblemHttpResult>> ExtractAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send JSON", "The body must be JSON (Content-Type: application/json) like {\"text\": \"…\"}.");
        }

        if (await RequestBodies.ReadAtMostAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return TooLarge();
        }

        string? text;
        try
        {
            using var json = JsonDocument.Parse(body);
            text = json.RootElement.ValueKind == JsonValueKind.Object
                   && json.RootElement.TryGetProperty("text", out var value)
                   && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body is not valid JSON. Send {\"text\": \"…\"}.");
        }

        if (text is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Missing text", "The body must have a \"text\" property holding a string: {\"text\": \"…\"}.");
        }

        if (text.Length > FigureExtractor.MaxTextLength)
        {
            return TooLarge();
        }

        var figures = FigureExtractor.Extract(text)
            .Select(f => new ExtractedFigureDto(
                f.Text, f.Start, f.Length,
                f.Money.Hedge == Hedge.Range ? null : MoneyDto.Normalise(f.Money.Amount),
                f.Money.Currency, HedgeNames.Token(f.Money.Hedge),
                f.Money.Hedge == Hedge.Range ? MoneyDto.Normalise(f.Money.Low) : null,
                f.Money.Hedge == Hedge.Range ? MoneyDto.Normalise(f.Money.High) : null,
                f.Money.ToHedgeWords(), f.Sentence))
            .ToList();
        return TypedResults.Ok(new ExtractResponse(figures));
    }

    private static ProblemHttpResult TooLarge() => Problem(
        StatusCodes.Status413PayloadTooLarge, "Text too long",
        $"The text can be at most {FigureExtractor.MaxTextLength:N0} characters (and the body {MaxBodyBytes / 1024:N0} KB). Send it in parts.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}

public sealed record ExtractRequest(string Text);

public sealed record ExtractResponse(IReadOnlyList<ExtractedFigureDto> Figures);

/// <summary>One figure: <c>amount</c> is the stated number in currency units (null for a range); <c>low</c>/<c>high</c> are a range's ends (null otherwise).</summary>
public sealed record ExtractedFigureDto(
    string Text, int Start, int Length, decimal? Amount, string Currency, string Hedge, decimal? Low, decimal? High,
    string Words, string Sentence);
