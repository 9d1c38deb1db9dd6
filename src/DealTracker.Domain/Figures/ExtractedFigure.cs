using DealTracker.Domain.Money;

namespace DealTracker.Domain.Figures;

/// <summary>
/// One money figure found in a text: the words as written ("as much as $50 billion"), where they
/// are (<c>text.Substring(Start, Length) == Text</c>), the hedged amount they state, and the
/// sentence they came from.
/// </summary>
/// <param name="Text">The exact matched substring, hedge words included.</param>
/// <param name="Start">Index of <paramref name="Text"/> in the input.</param>
/// <param name="Length">Length of <paramref name="Text"/>.</param>
/// <param name="Money">Currency, hedge and amount (or low and high for a range), in currency units.</param>
/// <param name="Sentence">The whole sentence holding the figure, trimmed.</param>
/// <param name="SentenceStart">Index of <paramref name="Sentence"/> in the input.</param>
public sealed record ExtractedFigure(
    string Text,
    int Start,
    int Length,
    HedgedAmount Money,
    string Sentence,
    int SentenceStart)
{
    /// <summary>Index just past the figure in the input.</summary>
    public int End => Start + Length;

    /// <summary>
    /// For a conversion ("A$23.6 billion ($17.4 billion)", "Rs 2,912.5 crore, or $631.1 million"): the index, in the
    /// same result list, of the figure it converts; null for every other figure. A conversion states the same
    /// money as that figure, so it takes that figure's hedge (and whatever else is said of that figure).
    /// </summary>
    public int? Converts { get; init; }
}
