using DealTracker.Web.Hosting;
namespace DealTracker.Web.Apis;

/// <summary>
/// <c>GET /theme?mode=dark&amp;returnUrl=/deals</c>: remembers the reader's theme in a cookie for a
/// year and goes back. A plain link, so it works before the interactive circuit and without script.
/// </summary>
public static class ThemeEndpoint
{
    public const string CookieName = "dt-theme";

    public static IEndpointRouteBuilder MapThemeEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/theme", (string? mode, string? returnUrl, HttpContext context) =>
        {
            var theme = mode == "dark" ? "dark" : "light";
            context.Response.Cookies.Append(CookieName, theme, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });

            return TypedResults.LocalRedirect(LocalPaths.LocalOr(returnUrl, "/"));
        }).ExcludeFromDescription();
        return app;
    }
}
