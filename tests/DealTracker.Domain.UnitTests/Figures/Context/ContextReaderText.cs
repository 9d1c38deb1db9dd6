using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// What the context-reader test classes read from a sentence (`using static`): the reading, its named and anonymous sources, and the
/// first figure whose text contains a given string. A class that needs exactly one such figure keeps its own <c>Figure</c>. Also the
/// text helpers the generated sweeps share: a sentence's first letter capitalised, a source's span as written, a name without "The".
/// </summary>
internal static class ContextReaderText
{
    public static ContextReading Read(string text) => ContextReader.Read(text, FigureExtractor.Extract(text));

    public static List<string> Named(string text) =>
        Read(text).Sources.Where(s => s.Kind == SourceKind.Named).Select(s => s.Name).ToList();

    public static List<string> Anonymous(string text) =>
        Read(text).Sources.Where(s => s.Kind == SourceKind.Anonymous).Select(s => s.Name).ToList();

    public static bool HasAnonymous(string text) => Read(text).Sources.Any(s => s.Kind == SourceKind.Anonymous);

    public static FigureReading Figure(string text, string at) =>
        Read(text).Figures.First(f => f.Figure.Text.Contains(at, StringComparison.Ordinal));

    /// <summary>A generated sentence as a wire starts it: "venture firm a16z will invest" → "Venture firm a16z will invest".</summary>
    public static string Capitalised(string sentence) => char.ToUpperInvariant(sentence[0]) + sentence[1..];

    /// <summary>The words a source's span covers in <paramref name="sentence"/>.</summary>
    public static string Spanned(string sentence, SourceMention source) => sentence.Substring(source.Start, source.Length);

    /// <summary>"The Globe and Mail" → "Globe and Mail": names compared with their article aside.</summary>
    public static string WithoutThe(string name) => name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
