using System.Globalization;
using System.Text;

namespace DealTracker.Domain.Text;

/// <summary>
/// The one rule for "the same name" of outlets, parties and deals, wherever names are checked (the editor dialogs, the write API,
/// the import) and searched: Unicode compatibility-normalised (NFKC: "Ｒｅｕｔｅｒｓ" is "Reuters", "é" written as "e\u0301" is "é"),
/// without format and other invisible characters ("Reu\u200Bters" is "Reuters"), white space collapsed ("Open  AI" is "Open AI")
/// and case folded in Unicode ("SOCIÉTÉ" is "société").
/// </summary>
public static class SameName
{
    /// <summary>The key two names share when they are the same name; "" for null or a name with nothing visible.</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var rune in Normalised(name).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                space = builder.Length > 0;
                continue;
            }

            if (IsDropped(rune))
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(rune.ToString());
        }

        // Case folded (upper then lower: "ς" and "σ" are one letter), then composed again: dropping a joiner may have put a letter beside its mark.
        return Normalised(builder.ToString().ToUpperInvariant().ToLowerInvariant());
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the same name (<see cref="Key"/>); blank names are no name.</summary>
    public static bool Same(string? a, string? b) => Key(a) is { Length: > 0 } key && key == Key(b);

    // A character shown as nothing that is no white space: format characters (U+200B, a joiner, a bidi mark), controls, and the blank fillers.
    private static bool IsDropped(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control
        || (rune.IsBmp && VisibleText.IsInvisible((char)rune.Value)
            && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
        || rune.Value == 0x034F;

    // NFKC, and the text as it is when it holds a lone surrogate half (which cannot be normalised).
    private static string Normalised(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
