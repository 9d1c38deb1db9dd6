using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using DealTracker.Domain.Text;

namespace DealTracker.Web.Services.Editing;

/// <summary>
/// Addresses made from names: "New York Post" → "new-york-post". Full-width letters are folded (NFKC: "Ｒｅｕｔｅｒｓ" → "reuters"),
/// accents dropped ("Économie" → "economie"), Cyrillic and Greek letters transliterated ("Ведомости" → "vedomosti"); a name with
/// no letter or digit these give (Japanese, Arabic, only punctuation) gets its kind and a number ("outlet-1"), never a word
/// shared by every kind.
/// </summary>
public static class Slugs
{
    // Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian letters) and Greek, lower case: the common romanisations.
    private static readonly FrozenDictionary<char, string> _latin = new Dictionary<char, string>
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['ђ'] = "dj", ['е'] = "e", ['ё'] = "e", ['є'] = "ye",
        ['ж'] = "zh", ['з'] = "z", ['ѕ'] = "dz", ['и'] = "i", ['і'] = "i", ['ї'] = "yi", ['й'] = "y", ['ј'] = "j", ['к'] = "k", ['л'] = "l",
        ['љ'] = "lj", ['м'] = "m", ['н'] = "n", ['њ'] = "nj", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['ћ'] = "c",
        ['у'] = "u", ['ў'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['џ'] = "dz", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th", ['ι'] = "i", ['κ'] = "k",
        ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p", ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t",
        ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",
    }.ToFrozenDictionary();

    /// <summary>The slug of <paramref name="name"/>: lower-case ASCII letters and digits between hyphens; "" when the name gives none.</summary>
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        // SameName's key: width folded, invisible characters gone, lower case (Unicode); then accents split off to drop them.
        foreach (var c in SameName.Key(name).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (_latin.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 80)
        {
            slug = slug[..80].Trim('-');
        }

        return slug;
    }

    /// <summary>
    /// The slug for <paramref name="name"/>, with -2, -3… added until <paramref name="isTaken"/> says it is free; for a name that
    /// gives no slug, <paramref name="kind"/> ("outlet", "party", "deal") with the first free number: "outlet-1", "outlet-2".
    /// </summary>
    public static async Task<string> UniqueAsync(string name, string kind, Func<string, Task<bool>> isTaken)
    {
        var slug = From(name);
        var candidate = slug.Length > 0 ? slug : Numbered(kind, 1);
        for (var n = 2; await isTaken(candidate); n++)
        {
            candidate = slug.Length > 0 ? Numbered(slug, n) : Numbered(kind, n);
        }

        return candidate;
    }

    private static string Numbered(string slug, int n) => $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
}
