using DealTracker.Web.Hosting;
using Microsoft.Net.Http.Headers;

namespace DealTracker.Web.Apis;

/// <summary>
/// Editor API writes come from the site itself or from a script, never from another site's page. The session cookie is
/// SameSite=Lax, which keeps it off a cross-site POST, but not off a POST from a sibling host of the same site
/// (<c>evil.example.org</c> against <c>deals.example.org</c>), and an endpoint without a body (polling a feed) takes no JSON
/// that a form could not send. So an editor write (POST, PUT, PATCH, DELETE) is refused with 403 when the browser says it
/// comes from elsewhere (<c>Sec-Fetch-Site</c> other than <c>same-origin</c> or <c>none</c>, or an <c>Origin</c> other than the
/// site's own or <c>PublicBaseUrl</c>), and with 415 when its body is one a plain HTML form can send.
/// A client that sends neither header (curl, a script) is not a browser and goes on to the editor check as before.
/// </summary>
public static class SameOriginWrites
{
    /// <summary>Marks an endpoint as an editor write that only the site's own pages and scripts may call.</summary>
    public sealed class Marker;

    private static readonly string[] _formTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    /// <summary>After authorisation: strangers still get 401 and non-editors 403 first, and no body is read before the check.</summary>
    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is null
            || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            await next(context);
            return;
        }

        if (Refusal(request) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    /// <summary>The answer to a write that another site could have made, or null when it is the site's own.</summary>
    internal static IResult? Refusal(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none"))
        {
            return CrossSite($"The browser says this request came from another site (Sec-Fetch-Site: {Shorten(fetchSite)}).");
        }

        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length > 0 && !IsOwnOrigin(request, origin))
        {
            return CrossSite($"The request came from {Shorten(origin)}, not from this site.");
        }

        // A Content-Type that does not parse ("text/plain;;") is refused too: it is no JSON, and it used to slip past the form-type check.
        var contentType = request.ContentType;
        if (!string.IsNullOrEmpty(contentType) && (!MediaTypeHeaderValue.TryParse(contentType, out var type)
            || _formTypes.Any(form => type.MediaType.Equals(form, StringComparison.OrdinalIgnoreCase))))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send JSON",
                detail: "Editor API writes take application/json bodies (or none), never a form's.");
        }

        return null;
    }

    private static bool IsOwnOrigin(HttpRequest request, string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false; // "null" (a sandboxed frame or a file) and junk are not the site
        }

        // No Host (HTTP/1.0) or an odd one makes no address: only PublicBaseUrl can then match, and nothing throws.
        var configured = request.HttpContext.RequestServices.GetService<PublicAddress>()?.BaseUri;
        return (Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var own) && SameOrigin(uri, own))
            || (configured is not null && SameOrigin(uri, configured));
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme.Equals(b.Scheme, StringComparison.OrdinalIgnoreCase) && a.IdnHost.Equals(b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    private static IResult CrossSite(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site write refused", detail: detail);

    private static string Shorten(string value) => value.Length <= 100 ? value : value[..100] + "…";
}
