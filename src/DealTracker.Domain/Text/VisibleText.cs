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
}
