using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DealTracker.Domain.Text;

/// <summary>
/// The one rule for text a reader cannot see: white space, control and format characters (a zero-width space U+200B, a
/// zero-width joiner, a byte-order mark, a soft hyphen, the bidirectional marks), combining marks with nothing to combine with,
/// and the fillers that render as blank (U+115F, U+1160, U+3164, U+FFA0, U+2800). A required text made only of these says
/// nothing, like white space; a web address may hold none of them.
/// </summary>
public static class VisibleText
{
    /// <summary>True for a character that shows nothing by itself.</summary>
    public static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800' or '\u034F'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// True when <paramref name="text"/> is null or shows nothing: only white space, invisible characters and combining marks
    /// (which show only on a letter before them). "\u200b" and "\u0301\u0301" are blank; "é" written as "e\u0301" is not.
    /// </summary>
    public static bool IsBlank([NotNullWhen(false)] string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            // A surrogate half belongs to a character outside the basic plane (an emoji, a CJK extension letter): visible.
            if (char.IsSurrogate(c) || !IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The one trim of every text an editor, the API or an import writes: white space and invisible characters off both ends
    /// (a zero-width space U+200B or a byte-order mark U+FEFF is trimmed as a space is), so no stored text begins or ends with
    /// something a reader cannot see. Combining marks are trimmed only at the start, where they have nothing to combine with; at
    /// the end they belong to the letter before them ("e\u0301", an emoji's U+FE0F). A text that is blank (<see cref="IsBlank"/>)
    /// trims to "".
    /// </summary>
    public static string Trim(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsSurrogate(text[start]) && IsInvisible(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && !char.IsSurrogate(text[end - 1]) && IsInvisible(text[end - 1]) && !IsMark(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary>The index of the first character of <paramref name="text"/> a reader sees (<see cref="IsInvisible"/>); its length when none.</summary>
    public static int FirstVisible(string text)
    {
        var at = 0;
        while (at < text.Length && !char.IsSurrogate(text[at]) && IsInvisible(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The first character of a web address that no address may hold (white space, control, format, invisible); null when none.</summary>
    public static char? FirstNotInAddress(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsSurrogate(c) && (IsInvisible(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// True for a bidirectional embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069): it shows nothing itself but
    /// shows the text after it in another order than it is written ("\u202EsretueR" reads "Reuters"). Names and one-line texts may
    /// hold none; the intake leaves them out of what feeds send.
    /// </summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The first bidirectional control of <paramref name="text"/> (<see cref="IsBidiControl"/>); null when none.</summary>
    public static char? FirstBidiControl(string? text)
    {
        foreach (var c in text ?? "")
        {
            if (IsBidiControl(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary><paramref name="text"/> without its bidirectional controls (<see cref="IsBidiControl"/>).</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? WithoutBidiControls(string? text) =>
        text is null || FirstBidiControl(text) is null ? text : string.Concat(text.Where(c => !IsBidiControl(c)));
}
