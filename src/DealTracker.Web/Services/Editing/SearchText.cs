using DealTracker.Domain.Text;

namespace DealTracker.Web.Services.Editing;

/// <summary>
/// How the editor lists search: the text searched for is found literally ("%" and "_" are characters, not wildcards). The catalogue
/// (outlets, parties, deals, events) compares as names are compared (<see cref="SameName"/>: "SOCIÉTÉ" finds "Société", however its
/// accents are encoded, "reuters" finds "Reu\u200Bters"); reports and claims, too many to read into memory, are searched by the
/// store's LIKE with "%", "_" and "\" escaped.
/// </summary>
public static class SearchText
{
    /// <summary>The escape character of <see cref="LikePattern"/>.</summary>
    public const string Escape = "\\";

    /// <summary>The search's key (<see cref="SameName.Key"/>); "" when there is nothing to search for.</summary>
    public static string Key(string? search) => SameName.Key(search);

    /// <summary>Whether <paramref name="text"/> holds the search whose key is <paramref name="key"/>.</summary>
    public static bool Matches(string? text, string key) => SameName.Key(text).Contains(key, StringComparison.Ordinal);

    /// <summary>"50%_off" → "%50\%\_off%": a LIKE pattern finding the trimmed text anywhere, literally.</summary>
    public static string LikePattern(string search) =>
        "%" + search.Trim().Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal).Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
