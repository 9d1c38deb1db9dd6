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
    /// A short window of the sentence around the figure, at most <paramref name="maxLength"/> characters
    /// (or the figure itself when it is longer): the whole sentence when it fits, otherwise the figure with
    /// as much of the sentence on each side as fits, balanced. Never splits a surrogate pair.
    /// </summary>
    /// <returns>The window's index in the input and its length.</returns>
    public (int Start, int Length) Context(int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        var sentenceEnd = SentenceStart + Sentence.Length;
        if (Sentence.Length <= maxLength || Start < SentenceStart || End > sentenceEnd)
        {
            return Sentence.Length <= maxLength ? (SentenceStart, Sentence.Length) : (Start, Length);
        }

        var room = Math.Max(0, maxLength - Length);
        var before = Math.Min(room / 2, Start - SentenceStart);
        var after = Math.Min(room - before, sentenceEnd - End);
        before = Math.Min(room - after, Start - SentenceStart);
        var start = Start - before;
        var end = End + after;
        if (start > SentenceStart && char.IsLowSurrogate(Sentence[start - SentenceStart]))
        {
            start++;
        }

        if (end < sentenceEnd && char.IsHighSurrogate(Sentence[end - SentenceStart - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    /// <summary>
    /// For a conversion ("A$23.6 billion ($17.4 billion)", "Rs 2,912.5 crore, or $631.1 million"): the index, in the
    /// same result list, of the figure it converts; null for every other figure. A conversion states the same
    /// money as that figure, so it takes that figure's hedge (and whatever else is said of that figure).
    /// </summary>
    public int? Converts { get; init; }
}
