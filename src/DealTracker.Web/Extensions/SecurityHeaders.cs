using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace DealTracker.Web.Extensions;

/// <summary>
/// The security headers every response carries (pages, API, static files, errors): a
/// Content-Security-Policy, <c>X-Content-Type-Options</c>, <c>Referrer-Policy</c> and
/// <c>Permissions-Policy</c>. See docs/operations.md ("Security headers") for why each source is there.
/// </summary>
/// <remarks>
/// Inline scripts are allowed by hash, not by nonce: the public pages are kept by the output cache,
/// and a nonce inside cached HTML would be replayed to every reader. The one inline script the app
/// renders is Blazor's import map (<c>&lt;ImportMap /&gt;</c>), whose text is fixed per build: it is
/// hashed once from the endpoints' <see cref="ImportMapDefinition"/> metadata, exactly as the
/// component writes it. JSON-LD blocks are data, never executed, and need no hash.
/// </remarks>
public sealed class SecurityHeaders(EndpointDataSource endpoints)
{
    /// <summary>Features the app never uses, denied to the page and to anything it embeds.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), "
        + "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), "
        + "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    private readonly Lazy<string> _policy = new(() => BuildPolicy(ImportMapHashes(endpoints)));

    /// <summary>The Content-Security-Policy of every response.</summary>
    public string ContentSecurityPolicy => _policy.Value;

    /// <summary>
    /// script-src: the app's own files and the import map's hash. style-src keeps 'unsafe-inline':
    /// MudBlazor writes style attributes and a theme &lt;style&gt; element at run time (a style cannot
    /// run script). connect-src 'self' covers enhanced navigation's fetches and the Blazor circuit's
    /// same-origin WebSocket.
    /// </summary>
    internal static string BuildPolicy(IEnumerable<string> scriptHashes)
    {
        var hashes = string.Concat(scriptHashes.Select(hash => $" 'sha256-{hash}'"));
        return "default-src 'self'; "
            + $"script-src 'self'{hashes}; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self'; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";
    }

    /// <summary>Base64 SHA-256 of a script's text, as a CSP hash source wants it.</summary>
    public static string Hash(string script) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    private static IEnumerable<string> ImportMapHashes(EndpointDataSource endpoints) =>
        endpoints.Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<ImportMapDefinition>())
            .OfType<ImportMapDefinition>()
            .Select(definition => Hash(definition.ToString()))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Adds the headers to the response (unless a handler already set them).</summary>
    public void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        // The framework's antiforgery adds X-Frame-Options to forms; frame-ancestors says the same for every response.
        headers.XFrameOptions = "DENY";
    }
}

public static class SecurityHeadersExtensions
{
    /// <summary>Security headers on every response, set as it starts (so error pages and static files carry them too).</summary>
    public static IApplicationBuilder UseDealTrackerSecurityHeaders(this IApplicationBuilder app)
    {
        var headers = ActivatorUtilities.CreateInstance<SecurityHeaders>(app.ApplicationServices);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                headers.Apply(context.Response);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
