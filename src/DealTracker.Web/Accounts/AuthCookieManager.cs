using Microsoft.AspNetCore.Authentication.Cookies;

namespace DealTracker.Web.Accounts;

/// <summary>
/// The sign-in cookie's name follows the request's scheme (as the trusted proxy reports it): on
/// HTTPS it is <c>__Host-dt-auth</c>, always <c>Secure</c>, path <c>/</c> and no domain, so no
/// sub-domain or plain-HTTP page can set or overwrite it; on plain HTTP (development) it is
/// <c>dt-auth</c>. Each request reads only the name of its own scheme.
/// </summary>
public sealed class AuthCookieManager : ICookieManager
{
    /// <summary>The cookie name on plain HTTP.</summary>
    public const string Name = "dt-auth";

    /// <summary>The cookie name on HTTPS.</summary>
    public const string SecureName = "__Host-" + Name;

    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, NameFor(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, NameFor(context, key), value, Harden(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, NameFor(context, key), Harden(context, options));

    private static string NameFor(HttpContext context, string key) => context.Request.IsHttps && key == Name ? SecureName : key;

    private static CookieOptions Harden(HttpContext context, CookieOptions options)
    {
        if (!context.Request.IsHttps)
        {
            return options;
        }

        return new CookieOptions(options) { Secure = true, Path = "/", Domain = null };
    }
}
