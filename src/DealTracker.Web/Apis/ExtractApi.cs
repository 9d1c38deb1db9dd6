using System.Text.Json;
using DealTracker.Web.Accounts;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Exchange;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DealTracker.Web.Apis;

/// <summary><c>POST /api/extract</c>: the money figures in a text, as the editors' paste-and-extract finds them.</summary>
public static class ExtractApi
{
    /// <summary>
    /// The largest body accepted: room for <see cref="FigureExtractor.MaxTextLength"/> characters of JSON-escaped text, each escaped as
    /// six bytes ("\u00e9", as Python's json.dumps writes any non-ASCII character), so a text within the limit is never a 413.
    /// </summary>
    public const int MaxBodyBytes = 640 * 1024;

    /// <summary>
    /// The most figures one answer lists (and the most organisations, sources, stages and responses). A news
    /// article states a few dozen at most; a text with more is a table or a list, and the answer says how
    /// many were left out (<c>omitted</c>, <c>omittedMentions</c>).
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
            .WithDescription("Public and read-only. Body: {\"text\": \"…\"} (at most 100,000 characters). The store's party and outlet names are read whole where the text writes them. Each figure has its exact text and position, the amount in currency units (null for a range), the ISO currency, the hedge (exact, upTo, atLeast, approximately, range) and, for a range, its low and high ends; "
                + "sentence is at most 160 characters of its sentence around it, found at contextStart (contextLength long) in the text. "
                + "At most 200 figures are listed (total counts them all, omitted those left out), and at most 200 of each of organisations, sources, stages and responses (omittedMentions counts the rest).")
            .Accepts<ExtractRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(AccountsExtensions.ExtractRateLimit)
            .DisableAntiforgery();
        return endpoints;
    }

    public static async Task<Results<Ok<ExtractResponse>, ProblemHttpResult>> ExtractAsync(HttpRequest request, StoreNames storeNames, ExtractionGate gate, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send JSON", "The body must be JSON (Content-Type: application/json) like {\"text\": \"…\"}.");
        }

        // The body is read as UTF-8 bytes: a body declared in another charset ("charset=utf-16") is refused as such, not misread.
        if (RequestBodies.OtherCharset(request) is { } charset)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send UTF-8", $"The body must be UTF-8 JSON, not {charset}.");
        }

        if (await RequestBodies.ReadAtMostAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return TooLarge();
        }

        // A UTF-8 byte-order mark before the JSON is no part of it.
        if (body is [0xEF, 0xBB, 0xBF, ..])
        {
            body = body[3..];
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

        var names = await storeNames.ReadAsync(cancellationToken);
        using var turn = await gate.EnterAsync(cancellationToken);
        if (turn is null)
        {
            request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, gate.Wait.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status503ServiceUnavailable, "Busy", "The server is reading other texts right now. Try again in a few seconds.");
        }

        var extracted = FigureExtractor.Extract(text);
        var figures = extracted.Take(MaxFigures).Select(ToDto).ToList();
        return TypedResults.Ok(WithContext(new ExtractResponse(figures) { Total = extracted.Count, Omitted = extracted.Count - figures.Count },
            ContextReader.Read(text, extracted, names.Names), names.Outlets));
    }

    // The figure with a short context, not its whole sentence: 200 figures of one long sentence stay small.
    private static ExtractedFigureDto ToDto(ExtractedFigure f)
    {
        var (contextStart, contextLength) = f.Context(ContextLength);
        return new ExtractedFigureDto(
            f.Text, f.Start, f.Length,
            f.Money.Hedge == Hedge.Range ? null : Amounts.Normalise(f.Money.Amount),
            f.Money.Currency, EnumNames.Token(f.Money.Hedge),
            f.Money.Hedge == Hedge.Range ? Amounts.Normalise(f.Money.Low) : null,
            f.Money.Hedge == Hedge.Range ? Amounts.Normalise(f.Money.High) : null,
            f.Money.ToHedgeWords(), f.Sentence.Substring(contextStart - f.SentenceStart, contextLength))
        {
            ContextStart = contextStart,
            ContextLength = contextLength,
        };
    }

    /// <summary>Adds what the context reader proposes: each figure's metric and investor, and the text's organisations, sources, stages and responses (at most <see cref="MaxFigures"/> of each).</summary>
    /// <remarks>
    /// A source's <c>outlet</c> is the known outlet it names, as the paste panel maps it (<see cref="OutletNames"/>: "WSJ" is
    /// "The Wall Street Journal"), or null when it names none of the store's outlets (an unknown "Semafor", a document).
    /// </remarks>
    private static ExtractResponse WithContext(ExtractResponse response, ContextReading reading, IReadOnlyList<KnownName> outlets) => response with
    {
        Figures = response.Figures
            .Select((figure, i) => figure with
            {
                Metric = reading.Figures[i].Metric is { } metric ? EnumNames.Token(metric) : "other",
                Investor = reading.Figures[i].Investor,
            })
            .ToList(),
        Organisations = reading.Organisations.Take(MaxFigures).Select(o => new ExtractedOrganisationDto(o.Name, o.Start, o.Length)).ToList(),
        Sources = reading.Sources.Take(MaxFigures).Select(s => new ExtractedSourceDto(s.Name, EnumNames.Token(s.Kind), s.Start, s.Length, KnownOutlet(s, outlets))).ToList(),
        Stages = reading.Stages.Take(MaxFigures).Select(s => new ExtractedStageDto(EnumNames.Token(s.Stage), s.Wording, s.Start, s.Length)).ToList(),
        Responses = reading.Responses.Take(MaxFigures).Select(r => new ExtractedResponseDto(r.Party, r.Wording, r.Start, r.Length)).ToList(),
        OmittedMentions = new[] { reading.Organisations.Count, reading.Sources.Count, reading.Stages.Count, reading.Responses.Count }
            .Sum(count => Math.Max(0, count - MaxFigures)),
    };

    private static string? KnownOutlet(SourceMention source, IReadOnlyList<KnownName> outlets) =>
        source.Kind != SourceKind.Named ? null : ArticleProposals.OutletOf(source, outlets)?.Name;

    private static ProblemHttpResult TooLarge() => Problem(
        StatusCodes.Status413PayloadTooLarge, "Text too long",
        $"The text can be at most {FigureExtractor.MaxTextLength:N0} characters (and the body {MaxBodyBytes / 1024:N0} KB). Send it in parts.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
