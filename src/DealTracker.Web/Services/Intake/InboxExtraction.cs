using System.Text.Json;
using System.Text.Json.Serialization;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using DealTracker.Domain.Money;

namespace DealTracker.Web.Services.Intake;

/// <summary>What the extractor and the context reader found in an item's title and summary (stored as JSON on the item).</summary>
public sealed record InboxExtraction(
    IReadOnlyList<InboxFigure> Figures,
    IReadOnlyList<InboxSource> Sources,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<InboxStage> Stages,
    IReadOnlyList<InboxResponse> Responses)
{
    public static readonly InboxExtraction Empty = new([], [], [], [], []);

    /// <summary>
    /// At most this many figures, sources, organisations, stages and responses are kept for an item: a summary written as a
    /// list of thousands of amounts stays a small row and a small inbox page.
    /// </summary>
    public const int MaxEach = 50;

    /// <summary>Longer sentences are kept as <see cref="ContextLength"/> characters around the figure.</summary>
    public const int MaxSentenceLength = 500;

    /// <summary>The characters of a long sentence kept around its figure (as <c>/api/extract</c> gives them).</summary>
    public const int ContextLength = 160;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Reads <paramref name="text"/> (cut to <see cref="FigureExtractor.MaxTextLength"/>) with the figure extractor and the context reader,
    /// which reads the <paramref name="known"/> names (the tracked parties) whole.
    /// </summary>
    public static InboxExtraction Read(string text, KnownNames? known = null)
    {
        if (text.Length > FigureExtractor.MaxTextLength)
        {
            text = text[..FigureExtractor.MaxTextLength];
        }

        var figures = FigureExtractor.Extract(text);
        var reading = ContextReader.Read(text, figures, known);
        return new InboxExtraction(
            [.. reading.Figures.Take(MaxEach).Select(r => new InboxFigure(
                r.Figure.Text, r.Figure.Money.Currency, r.Hedge,
                r.Figure.Money.Hedge == Hedge.Range ? null : r.Figure.Money.Amount,
                r.Figure.Money.Hedge == Hedge.Range ? r.Figure.Money.Low : null,
                r.Figure.Money.Hedge == Hedge.Range ? r.Figure.Money.High : null,
                r.Metric, r.Investor, r.Converts is not null, r.Figure.Money.ToHedgeWords(), SentenceOf(r.Figure)))],
            [.. reading.Sources.Take(MaxEach).Select(s => new InboxSource(s.Name, s.Kind))],
            [.. reading.Organisations.Take(MaxEach).Select(o => o.Name)],
            [.. reading.Stages.Take(MaxEach).Select(s => new InboxStage(s.Stage, s.Wording))],
            [.. reading.Responses.Take(MaxEach).Select(r => new InboxResponse(r.Party, r.Wording))]);
    }

    /// <summary>The figure's sentence, or a window of it around the figure when the sentence is longer than <see cref="MaxSentenceLength"/>.</summary>
    private static string SentenceOf(ExtractedFigure figure)
    {
        if (figure.Sentence.Length <= MaxSentenceLength)
        {
            return figure.Sentence;
        }

        var (start, length) = figure.Context(ContextLength);
        return figure.Sentence.Substring(start - figure.SentenceStart, length);
    }

    public string ToJson() => JsonSerializer.Serialize(this, _json);

    /// <summary>The stored JSON read back; <see cref="Empty"/> for none.</summary>
    public static InboxExtraction FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? Empty : JsonSerializer.Deserialize<InboxExtraction>(json, _json) ?? Empty;
}

/// <summary>
/// A money figure: its words, currency, hedge and amount (or low and high for a range), the metric and investor
/// the context reader proposes (metric null for "other"), and whether it only converts the figure before it.
/// </summary>
public sealed record InboxFigure(
    string Text, string Currency, Hedge Hedge, decimal? Amount, decimal? Low, decimal? High,
    Metric? Metric, string? Investor, bool IsConversion, string Words, string Sentence);

/// <summary>A cited source: named (an outlet, agency, filing) or anonymous (people not named).</summary>
public sealed record InboxSource(string Name, SourceKind Kind);

public sealed record InboxStage(TalksStage Stage, string Wording);

public sealed record InboxResponse(string? Party, string Wording);
