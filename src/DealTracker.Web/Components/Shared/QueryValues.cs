using System.Globalization;
using DealTracker.Domain.Dates;
using Microsoft.AspNetCore.Components;

namespace DealTracker.Web.Components.Shared;

/// <summary>Reads query-string values the way every page does: unknown or malformed values are reported, never guessed.</summary>
public static class QueryValues
{
    /// <summary>Parses "2026-01-28"; a malformed value yields an error message to show beside the control.</summary>
    public static DateOnly? Date(string? value, string label, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (IsoDay.TryParse(value, out var date))
        {
            return date;
        }

        errors.Add($"“{Shorten(value)}” is not a date for {label}: use the form 2026-01-28. It was ignored.");
        return null;
    }

    /// <summary>
    /// Parses a page number ("3"); empty means the first page. Anything else (a word, 0, a negative
    /// or a number too large to be a page) yields an error message, and the first page.
    /// </summary>
    public static int Page(string? value, ICollection<string> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 1;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
        {
            return page;
        }

        errors.Add($"“{Shorten(value)}” is not a page number: pages are numbered from 1.");
        return 1;
    }

    /// <summary>A page number for the editor lists: anything but a whole number from 1 means the first page.</summary>
    public static int PageOrFirst(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;

    /// <summary>
    /// Gives a statically rendered page's response a 4xx status (400 for a bad query value) while the page
    /// itself still renders with its message. No-op once the response has started or when there is no
    /// request (an interactive render). Not for 404: Blazor leaves a 404's body to the not-found page.
    /// </summary>
    public static void SetStatus(HttpContext? context, int status)
    {
        if (context is { Response.HasStarted: false } && context.Response.StatusCode < 400 && status >= 400)
        {
            context.Response.StatusCode = status;
        }
    }

    /// <summary>
    /// Reports each of the page's query keys given more than once (<c>?page=1&amp;page=2</c>): the page reads the first
    /// value only, and says so, as a bad request.
    /// </summary>
    public static void Repeated(HttpContext? context, ICollection<string> errors, params string[] keys)
    {
        if (context is null)
        {
            return;
        }

        foreach (var key in keys)
        {
            if (context.Request.Query.TryGetValue(key, out var values) && values.Count > 1)
            {
                errors.Add($"“{key}” was given {values.Count} times: only the first, “{Shorten(values[0] ?? "")}”, was read.");
            }
        }
    }

    /// <summary>
    /// The page's own address (base-relative, from "/") for links it writes: on a cached public page only the path and the
    /// query keys a cached page reads (<see cref="Extensions.PageCacheExtensions.PublicPageQueryKeys"/>), since the page
    /// cache ignores every other key and would otherwise serve one reader's <c>?utm_source=…</c> or junk to everyone.
    /// Elsewhere (a page the cache never keeps, an interactive render) the whole address.
    /// </summary>
    public static string SelfAddress(NavigationManager navigation, HttpContext? context)
    {
        var relative = "/" + navigation.ToBaseRelativePath(navigation.Uri);
        if (context?.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute>()
                .Any(a => a.PolicyName == Extensions.PageCacheExtensions.PublicPagePolicy) != true)
        {
            return relative;
        }

        var cut = relative.IndexOfAny(['?', '#']);
        if (cut < 0)
        {
            return relative;
        }

        var path = relative[..cut];
        var kept = context.Request.Query
            .Where(q => _cachedKeys.Contains(q.Key))
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .ToList();
        return kept.Count == 0 ? path : $"{path}?{string.Join("&", kept)}";
    }

    private static readonly HashSet<string> _cachedKeys = new(Extensions.PageCacheExtensions.PublicPageQueryKeys(), StringComparer.OrdinalIgnoreCase);

    /// <summary>A value echoed back in a message, cut to a readable length.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    public static string With(string path, params (string Name, string? Value)[] values)
    {
        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
