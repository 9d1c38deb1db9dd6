using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.Figures.Context;

/// <summary>What <see cref="ContextReader"/> proposes for a text: per figure and for the text as a whole.</summary>
/// <param name="Figures">One reading per figure, in the figures' order.</param>
/// <param name="Organisations">Each organisation the text names, once, at its first mention (outlets and people left out).</param>
/// <param name="Sources">The outlets, filings and unnamed people the text cites.</param>
/// <param name="Stages">Words saying how far the talks have got.</param>
/// <param name="Responses">Parties that declined to comment or did not respond.</param>
public sealed record ContextReading(
    IReadOnlyList<FigureReading> Figures,
    IReadOnlyList<NamedSpan> Organisations,
    IReadOnlyList<SourceMention> Sources,
    IReadOnlyList<StageMention> Stages,
    IReadOnlyList<ResponseMention> Responses);

/// <summary>What a figure is about and who puts the money in.</summary>
/// <param name="Figure">The figure as <see cref="FigureExtractor"/> found it.</param>
/// <param name="Metric">
/// <see cref="Claims.Metric.Investment"/>, <see cref="Claims.Metric.RoundSize"/>, <see cref="Claims.Metric.Valuation"/>,
/// <see cref="Claims.Metric.ComputeCommitment"/> or <see cref="Claims.Metric.Revenue"/>; null for anything else
/// (market value, share prices, net worth, forecasts).
/// </param>
/// <param name="Investor">For an investment, the organisation putting the money in when the sentence names it.</param>
/// <param name="Converts">For a currency conversion in brackets ("1.3 billion euros ($1.5 billion)"), the index of the figure it converts.</param>
/// <param name="Hedge">The figure's hedge, or for a conversion written without one, the hedge of the figure it converts.</param>
public sealed record FigureReading(ExtractedFigure Figure, Metric? Metric, string? Investor, int? Converts, Hedge Hedge);

/// <summary>A name and where it is: <c>text.Substring(Start, Length)</c> is how it is written.</summary>
public sealed record NamedSpan(string Name, int Start, int Length);

/// <summary>Whether a source is named (an outlet, agency, data provider or filing) or anonymous (people not named).</summary>
public enum SourceKind
{
    Named,
    Anonymous,
}

/// <summary>
/// A source the text relies on: "Semafor" (named), "people familiar with the matter" (anonymous). <c>Name</c> is the words as
/// written, <c>text.Substring(Start, Length)</c> ("the Journal" gives "Journal", "the FT report" gives "FT").
/// </summary>
/// <param name="Outlet">
/// For a known outlet, agency or data provider, its canonical name ("The Wall Street Journal" for "Journal", "Financial Times" for
/// "FT"), for matching against stored outlets; null otherwise.
/// </param>
public sealed record SourceMention(string Name, SourceKind Kind, int Start, int Length, string? Outlet = null)
{
    /// <summary>
    /// A named source cited by a document's or publication's noun rather than by a name ("the report", "a regulatory filing",
    /// "its website", "the newspaper"): not an outlet to add. False for a known outlet ("the Journal").
    /// </summary>
    public bool IsDocument => Kind == SourceKind.Named && Outlet is null && CitedNouns.IsDocument(Name);
}

/// <summary>Words giving the stage of the talks ("advanced talks") and the stage they mean.</summary>
public sealed record StageMention(TalksStage Stage, string Wording, int Start, int Length);

/// <summary>A party's response to the report: "Amazon declined to comment". <c>Party</c> is null when no name is written ("It declined to comment").</summary>
public sealed record ResponseMention(string? Party, string Wording, int Start, int Length);
