using Microsoft.AspNetCore.Http.Extensions;

namespace DealTracker.Web.Hosting;

/// <summary>
/// The site's public base address (<c>PublicBaseUrl</c>, such as <c>https://deals.example.org/</c>),
/// from which the feed and the JSON-LD build their absolute links, so a forged Host header cannot
/// put another site's address into them. Without it (development) links follow the request.
/// </summary>
public sealed class PublicAddress
{
    public PublicAddress(IConfiguration configuration)
    {
        var configured = configuration["PublicBaseUrl"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return;
        }

        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"PublicBaseUrl must be an absolute http(s) address such as https://deals.example.org/, not \"{configured}\".");
        }

        BaseUri = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>The configured base address, ending in a slash; null when not configured.</summary>
    public Uri? BaseUri { get; }

    /// <summary>The base address for links in a response to <paramref name="request"/>, ending in a slash.</summary>
    public string BaseFor(HttpRequest request) =>
        BaseUri?.AbsoluteUri ?? UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, "/");

    /// <summary>An absolute address for an app path such as <c>/deals/x</c>.</summary>
    public string Absolute(HttpRequest request, string path) => new Uri(new Uri(BaseFor(request)), path.TrimStart('/')).AbsoluteUri;
}
