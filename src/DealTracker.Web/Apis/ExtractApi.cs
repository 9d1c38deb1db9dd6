using System.Text.Json;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
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

        var extracted = FigureExtractor.Extract(text);
        var figures = extracted
            .Select(f => new ExtractedFigureDto(
                f.Text, f.Start, f.Length,
                f.Money.Hedge == Hedge.Range ? null : MoneyDto.Normalise(f.Money.Amount),
                f.Money.Currency, HedgeNames.Token(f.Money.Hedge),
                f.Money.Hedge == Hedge.Range ? MoneyDto.Normalise(f.Money.Low) : null,
                f.Money.Hedge == Hedge.Range ? MoneyDto.Normalise(f.Money.High) : null,
                f.Money.ToHedgeWords(), f.Sentence))
            .ToList();
        return TypedResults.Ok(WithContext(new ExtractResponse(figures), ContextReader.Read(text, extracted)));
    }

    /// <summary>Adds what the context reader proposes: each figure's metric and investor, and the text's organisations, sources, stages and responses.</summary>
    private static ExtractResponse WithContext(ExtractResponse response, ContextReading reading) => response with
    {
        Figures = response.Figures
            .Select((figure, i) => figure with
            {
                Metric = reading.Figures[i].Metric is { } metric ? ApiText.Token(metric) : "other",
                Investor = reading.Figures[i].Investor,
            })
            .ToList(),
        Organisations = reading.Organisations.Select(o => new ExtractedOrganisationDto(o.Name, o.Start, o.Length)).ToList(),
        Sources = reading.Sources.Select(s => new ExtractedSourceDto(s.Name, ApiText.Token(s.Kind), s.Start, s.Length)).ToList(),
        Stages = reading.Stages.Select(s => new ExtractedStageDto(ApiText.Token(s.Stage), s.Wording, s.Start, s.Length)).ToList(),
        Responses = reading.Responses.Select(r => new ExtractedResponseDto(r.Party, r.Wording, r.Start, r.Length)).ToList(),
    };

    private static ProblemHttpResult TooLarge() => Problem(
        StatusCodes.Status413PayloadTooLarge, "Text too long",
        $"The text can be at most {FigureExtractor.MaxTextLength:N0} characters (and the body {MaxBodyBytes / 1024:N0} KB). Send it in parts.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}

public sealed record ExtractRequest(string Text);

public sealed record ExtractResponse(IReadOnlyList<ExtractedFigureDto> Figures)
{
    /// <summary>Each organisation the text names, once, at its first mention (outlets and people left out).</summary>
    public IReadOnlyList<ExtractedOrganisationDto> Organisations { get; init; } = [];

    /// <summary>The outlets, filings (<c>named</c>) and unnamed people (<c>anonymous</c>) the text cites.</summary>
    public IReadOnlyList<ExtractedSourceDto> Sources { get; init; } = [];

    /// <summary>Words giving the stage of the talks: <c>early</c>, <c>advanced</c>, <c>final</c>.</summary>
    public IReadOnlyList<ExtractedStageDto> Stages { get; init; } = [];

    /// <summary>Parties' responses: "Amazon declined to comment"; <c>party</c> is null when no name is written.</summary>
    public IReadOnlyList<ExtractedResponseDto> Responses { get; init; } = [];
}

/// <summary>One figure: <c>amount</c> is the stated number in currency units (null for a range); <c>low</c>/<c>high</c> are a range's ends (null otherwise).</summary>
public sealed record ExtractedFigureDto(
    string Text, int Start, int Length, decimal? Amount, string Currency, string Hedge, decimal? Low, decimal? High,
    string Words, string Sentence)
{
    /// <summary>What the figure is about: investment, roundSize, valuation, computeCommitment, revenue or other.</summary>
    public string Metric { get; init; } = "other";

    /// <summary>For an investment, the organisation putting the money in when the text names it.</summary>
    public string? Investor { get; init; }
}

public sealed record ExtractedOrganisationDto(string Name, int Start, int Length);

/// <summary>A cited source: <c>kind</c> is <c>named</c> (outlet, agency, data provider, filing) or <c>anonymous</c>.</summary>
public sealed record ExtractedSourceDto(string Name, string Kind, int Start, int Length);

public sealed record ExtractedStageDto(string Stage, string Wording, int Start, int Length);

public sealed record ExtractedResponseDto(string? Party, string Wording, int Start, int Length);
