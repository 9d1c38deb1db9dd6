namespace DealTracker.Web.Hosting;

/// <summary>
/// One address per deal and outlet: slugs are lower case (<c>Slugs.From</c>), so a GET or HEAD of a page or API resource
/// whose slug has capitals (<c>/deals/Amazon-OpenAI-2026-Round/timeline</c>, <c>/outlets/Reuters</c>,
/// <c>/api/deals/X/export.csv</c>) is redirected permanently (308) to the lower-case address, its query kept. A link
/// written in capitals keeps working, and caches and search engines see one address.
/// </summary>
public static class CanonicalSlugs
{
    private static readonly string[] _prefixes = ["/deals", "/outlets", "/api/deals"];

    public static IApplicationBuilder UseCanonicalSlugs(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && Canonical(context.Request.Path) is { } canonical)
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = (context.Request.PathBase + canonical).ToUriComponent() + context.Request.QueryString.ToUriComponent();
            return;
        }

        await next(context);
    });

    /// <summary>The address with its slug in lower case, or null when it already is (or is no slug in capitals).</summary>
    internal static PathString? Canonical(PathString path)
    {
        foreach (var prefix in _prefixes)
        {
            if (!path.StartsWithSegments(prefix, StringComparison.Ordinal, out var rest) || !rest.HasValue || rest.Value!.Length < 2)
            {
                continue;
            }

            var value = rest.Value;
            var end = value.IndexOf('/', 1);
            var slug = end < 0 ? value[1..] : value[1..end];
            // Only a slug in capitals: letters, digits and hyphens. Anything else is no slug and stays a 404 where it is.
            if (!slug.Any(char.IsAsciiLetterUpper) || !slug.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return null;
            }

            return new PathString(prefix + "/" + slug.ToLowerInvariant() + (end < 0 ? "" : value[end..]));
        }

        return null;
    }
}
