using System.Globalization;
using System.Text;

namespace DealTracker.Web.Services.Editing;

/// <summary>Addresses made from names: "New York Post" → "new-york-post".</summary>
public static class Slugs
{
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
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

        return slug.Length == 0 ? "item" : slug;
    }

    /// <summary>The slug for <paramref name="name"/>, with -2, -3… added until <paramref name="isTaken"/> says it is free.</summary>
    public static async Task<string> UniqueAsync(string name, Func<string, Task<bool>> isTaken)
    {
        var slug = From(name);
        var candidate = slug;
        for (var n = 2; await isTaken(candidate); n++)
        {
            candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }
}
