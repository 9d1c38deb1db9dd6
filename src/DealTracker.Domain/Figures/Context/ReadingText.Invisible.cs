using System.Globalization;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the invisible-characters mend: the characters a reader never sees, read as a reader reads them. The text the rules read is a
/// plain copy of the article, of the same length, in which
/// <list type="bullet">
/// <item>every space character (no-break space U+00A0, narrow no-break space U+202F, figure space U+2007, the other Unicode spaces) is a
/// plain space, so "The Wall\u00a0Street\u00a0Journal" is "The Wall Street Journal";</item>
/// <item>the format and control characters of a word (soft hyphen U+00AD, zero-width space, non-joiner and joiner U+200B–D, word joiner
/// U+2060, byte order mark U+FEFF, the bidi marks, embeddings and isolates U+200E/F, U+202A–E, U+2066–9, NUL and the other control
/// characters) are taken out of it and the rest of the word moves up, blanks filling its end: "Reu\u00adters" reads "Reuters ",
/// "\ufeffAmazon" "Amazon ", "Amazon\u0000" "Amazon ".</item>
/// </list>
/// Names are read from the plain copy, so they come out clean; a span read in it is mapped back to the text as written by
/// <see cref="PlainMap"/>, so every start and length still points into the original text. Words that hold a figure are left as they
/// are (the figure extractor reads its own spaces and marks, and a figure's offsets are the text's).
/// </summary>
internal static partial class ReadingText
{
    /// <summary>The plain copy of <paramref name="text"/> (the text itself when it has nothing invisible) and the map back to it.</summary>
    public static string Plain(string text, IReadOnlyList<ExtractedFigure> figures, out PlainMap map)
    {
        map = PlainMap.Identity;
        var i = 0;
        while (i < text.Length && !IsInvisible(text[i]) && !IsOtherSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var plain = text.ToCharArray();
        int[]? origin = null;
        var f = 0;
        i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                plain[i] = IsOtherSpace(text[i]) && !InFigure(figures, ref f, i, i + 1) ? ' ' : text[i];
                i++;
                continue;
            }

            // A word: a run of characters that are not spaces.
            var start = i;
            var invisible = 0;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                invisible += IsInvisible(text[i]) ? 1 : 0;
                i++;
            }

            if (invisible == 0 || InFigure(figures, ref f, start, i))
            {
                continue;
            }

            origin ??= Enumerable.Range(0, text.Length).ToArray();
            var to = start;
            for (var from = start; from < i; from++)
            {
                if (!IsInvisible(text[from]))
                {
                    plain[to] = text[from];
                    origin[to] = from;
                    to++;
                }
            }

            // The blanks that fill the word's end stand for its end.
            for (; to < i; to++)
            {
                plain[to] = ' ';
                origin[to] = i - 1;
            }
        }

        map = origin is null ? PlainMap.Identity : new PlainMap(origin);
        return new string(plain);
    }

    /// <summary>A format character (Unicode Cf: soft hyphen, zero-width characters, bidi controls, BOM) or a control character that is no space.</summary>
    private static bool IsInvisible(char c) =>
        !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control;

    /// <summary>A space character other than the plain ones the rules already read (space, tab, line breaks).</summary>
    private static bool IsOtherSpace(char c) => c > '\u007f' && char.IsWhiteSpace(c) && c is not ('\u2028' or '\u2029' or '\u0085');

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) overlaps a figure; <paramref name="f"/> walks the figures in order.</summary>
    private static bool InFigure(IReadOnlyList<ExtractedFigure> figures, ref int f, int start, int end)
    {
        while (f < figures.Count && figures[f].End <= start)
        {
            f++;
        }

        return f < figures.Count && figures[f].Start < end;
    }
}

/// <summary>Where each character of the plain copy (<see cref="ReadingText.Plain"/>) was in the text as written.</summary>
internal sealed class PlainMap
{
    public static readonly PlainMap Identity = new(null);

    private readonly int[]? _origin;

    public PlainMap(int[]? origin) => _origin = origin;

    public bool IsIdentity => _origin is null;

    /// <summary>The span of the text as written that the span [<paramref name="start"/>, start + <paramref name="length"/>) of the plain copy reads.</summary>
    public (int Start, int Length) Written(int start, int length)
    {
        if (_origin is null || length <= 0 || start < 0 || start + length > _origin.Length)
        {
            return (start, length);
        }

        var from = _origin[start];
        var to = _origin[start + length - 1] + 1;
        return (from, Math.Max(0, to - from));
    }
}
