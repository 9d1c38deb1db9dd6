namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// An outlet's own writer is the outlet, not a second source: "Puck's Teddy Schleifer reported" names Puck, "Axios' Dan Primack
/// reported" names Axios. A name written right after a cited outlet's possessive is dropped, and a source read across a plural
/// possessive ("Axios' Dan Primack") is cut back to the outlet.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Drops writers named after their outlet's possessive and cuts "Axios' Dan Primack" back to "Axios".</summary>
    private static void OutletWriterSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < found.Count; n++)
        {
            var source = found[n];
            if (source.Kind != SourceKind.Named || words.FindIndex(w => w.Start == source.Start) is not (var first and >= 0))
            {
                continue;
            }

            // "Axios' Dan Primack": an outlet written with a bare apostrophe, then its writer.
            var apostrophe = words[first].Core.Length > 1 && first + 1 < words.Count && words[first].End < text.Length
                && text[words[first].End] is '\'' or '’' && words[first].End + 1 < source.Start + source.Length;
            if (apostrophe && Lexicon.OutletName(words[first].Core) is not null)
            {
                found[n] = new SourceMention(words[first].Core, SourceKind.Named, words[first].Start, words[first].End - words[first].Start);
                continue;
            }

            // "Puck's Teddy Schleifer": a name right after a cited outlet's possessive.
            var outletBefore = first > 0 && words[first - 1].Possessive && !words[first - 1].EndsPhrase
                && found.Any(f => f.Kind == SourceKind.Named && f.Start + f.Length >= words[first - 1].End - 2 && f.Start <= words[first - 1].Start);
            if (outletBefore && sentence.NameAt[first] is { } writer && writer.First == first && writer.Kind != NameKind.Outlet)
            {
                found.RemoveAt(n--);
            }
        }
    }
}
