using System.Globalization;
using System.Text;

namespace DealTracker.Domain.Text;

/// <summary>
/// The one rule for "the same name" of outlets, parties and deals, wherever names are checked (the editor dialogs, the write API,
/// the import) and searched: Unicode compatibility-normalised (NFKC: "Ｒｅｕｔｅｒｓ" is "Reuters", "é" written as "e\u0301" is "é"),
/// without format and other invisible characters ("Reu\u200Bters" is "Reuters"), white space collapsed ("Open  AI" is "Open AI"),
/// case folded in Unicode ("SOCIÉTÉ" is "société"), and Cyrillic or Greek look-alike letters in a word with Latin ones read as Latin
/// ("Rеuters" with a Cyrillic "е" is "Reuters").
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
        return LatinLookAlikes(Normalised(builder.ToString().ToUpperInvariant().ToLowerInvariant()));
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the same name (<see cref="Key"/>); blank names are no name.</summary>
    public static bool Same(string? a, string? b) => Key(a) is { Length: > 0 } key && key == Key(b);

    /// <summary>
    /// Cyrillic and Greek letters that look like Latin ones ("е" U+0435 in "Rеuters"), as Latin, in a word that also holds a Latin
    /// letter: a word mixing scripts so is a Latin name written to look the same. A word wholly in Cyrillic or Greek keeps its letters
    /// ("Газпром"; "Сосо" is not "Coco").
    /// </summary>
    private static string LatinLookAlikes(string key)
    {
        if (!key.Any(c => _latinOf.ContainsKey(c)))
        {
            return key;
        }

        var words = key.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word.Any(c => _latinOf.ContainsKey(c)) && word.Any(IsLatinLetter))
            {
                words[w] = string.Concat(word.Select(c => _latinOf.TryGetValue(c, out var latin) ? latin : c));
            }
        }

        return string.Join(' ', words);
    }

    private static bool IsLatinLetter(char c) => c is (>= 'a' and <= 'z') or (>= '\u00DF' and <= '\u024F') && char.IsLetter(c);

    // Lower-case Cyrillic and Greek letters whose own form, or whose capital, is drawn as a Latin letter (the key is lower case: "в" is
    // the "В" that looks like "B").
    private static readonly Dictionary<char, char> _latinOf = new()
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['т'] = 't',
        ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['һ'] = 'h', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l',
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['ζ'] = 'z', ['η'] = 'h', ['ι'] = 'i', ['κ'] = 'k', ['μ'] = 'm', ['ν'] = 'v', ['ο'] = 'o',
        ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x',
    };

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
