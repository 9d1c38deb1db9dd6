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

    /// <summary>
    /// The most figures one answer lists. A news article states a few dozen at most; a text with more is
    /// a table or a list, and the answer says how many more there were (<c>omitted</c>).
    /// </summary>
    public const int MaxFigures = 200;

    /// <summary>The most characters of context (<c>sentence</c>) given around each figure.</summary>
    public const int ContextLength = 160;

    public static IEndpointRouteBuilder MapExtractApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/extract", ExtractAsync)
            .WithName("ExtractFigures")
            .WithTags("Extract")
            .WithSummary("Finds the money figures in a text")
            .WithDescription("Public and read-only. Body: {\"text\": \"…\"} (at most 100,000 characters). Each figure has its exact text and position, the amount in currency units (null for a range), the ISO currency, the hedge (exact, upTo, atLeast, approximately, range) and, for a range, its low and high ends; "
                + "sentence is at most 160 characters of its sentence around it, at contextStart (contextLength long) in the text. At most 200 figures are listed: total counts them all, omitted those left out.")
            .Accepts<ExtractRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
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

        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed text", "The body is not valid UTF-8. Send the text as UTF-8 JSON: {\"text\": \"…\"}.");
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
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or a string the reader cannot turn into text (an escaped lone surrogate).
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

        var found = FigureExtractor.Extract(text);
        var figures = found.Take(MaxFigures).Select(ToDto).ToList();
        return TypedResults.Ok(new ExtractResponse(figures, found.Count, found.Count - figures.Count));
    }

    private static ExtractedFigureDto ToDto(ExtractedFigure f)
    {
        var (contextStart, contextLength) = f.Context(ContextLength);
        return new ExtractedFigureDto(
            f.Text, f.Start, f.Length,
            f.Money.Hedge == Hedge.Range ? null : MoneyDto.Normalise(f.Money.Amount),
            f.Money.Currency, HedgeNames.Token(f.Money.Hedge),
            f.Money.Hedge == Hedge.Range ? MoneyDto.Normalise(f.Money.Low) : null,
            f.Money.Hedge == Hedge.Range ? MoneyDto.Normalise(f.Money.High) : null,
            f.Money.ToHedgeWords(),
            f.Sentence.Substring(contextStart - f.SentenceStart, contextLength),
            contextStart, contextLength);
    }

    private static ProblemHttpResult TooLarge() => Problem(
        StatusCodes.Status413PayloadTooLarge, "Text too long",
        $"The text can be at most {FigureExtractor.MaxTextLength:N0} characters (and the body {MaxBodyBytes / 1024:N0} KB). Send it in parts.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}

public sealed record ExtractRequest(string Text);

/// <summary>The figures found (at most <see cref="ExtractApi.MaxFigures"/>), how many there were in all, and how many were left out.</summary>
public sealed record ExtractResponse(IReadOnlyList<ExtractedFigureDto> Figures, int Total, int Omitted);

/// <summary>
/// One figure: <c>amount</c> is the stated number in currency units (null for a range); <c>low</c>/<c>high</c> are a range's ends (null otherwise);
/// <c>sentence</c> is at most <see cref="ExtractApi.ContextLength"/> characters of the figure's sentence around it, found in the text at
/// <c>contextStart</c> (<c>contextLength</c> characters).
/// </summary>
public sealed record ExtractedFigureDto(
    string Text, int Start, int Length, decimal? Amount, string Currency, string Hedge, decimal? Low, decimal? High,
    string Words, string Sentence, int ContextStart, int ContextLength);
