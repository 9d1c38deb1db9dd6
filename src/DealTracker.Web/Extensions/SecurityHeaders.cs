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

    /// <summary>
    /// The policy for a response whose own inline scripts were hashed (the API reference page, see
    /// <see cref="SecurityHeadersExtensions"/>): the app's hashes plus those.
    /// </summary>
    internal const string ExtraScriptHashesKey = "dt-csp-script-hashes";

    /// <summary>Adds the headers to the response.</summary>
    public void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Items[ExtraScriptHashesKey] is IReadOnlyList<string> extra
            ? BuildPolicy(ImportMapHashes(endpoints).Concat(extra).Distinct())
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        // The framework's antiforgery adds X-Frame-Options to forms; frame-ancestors says the same for every response.
        headers.XFrameOptions = "DENY";
    }
}

public static partial class SecurityHeadersExtensions
{
    /// <summary>The API reference (Scalar) starts itself with an inline module script of its own.</summary>
    public const string ApiReferencePath = "/api/reference";

    /// <summary>Security headers on every response, set as it starts (so error pages and static files carry them too).</summary>
    public static IApplicationBuilder UseDealTrackerSecurityHeaders(this IApplicationBuilder app)
    {
        var headers = ActivatorUtilities.CreateInstance<SecurityHeaders>(app.ApplicationServices);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                headers.Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

        // Scalar's page (a small, fixed document: request values in it are URL- and JSON-encoded by
        // Scalar) is buffered and its inline scripts hashed, so it works without 'unsafe-inline'.
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments(ApiReferencePath) && HttpMethods.IsGet(context.Request.Method),
            branch => branch.Use(HashInlineScriptsAsync));
    }

    private static async Task HashInlineScriptsAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && buffer.Length < 64 * 1024)
        {
            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            context.Items[SecurityHeaders.ExtraScriptHashesKey] = InlineScripts()
                .Matches(html)
                .Select(match => SecurityHeaders.Hash(match.Groups[1].Value))
                .ToList();
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex InlineScripts();
}
