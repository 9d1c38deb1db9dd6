using System.Globalization;
using DealTracker.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;

namespace DealTracker.Web.Extensions;

/// <summary>
/// Rendered HTML of the public pages, kept per store version. Every save bumps the version, so an
/// edit shows on the next request; entries also age out after a minute. Signed-in requests and
/// responses that set a cookie are never cached (the output cache's default rules).
/// Set <c>PageCache:Enabled</c> to false to render every request.
/// </summary>
public static class PageCacheExtensions
{
    /// <summary>The output-cache policy the public pages name (<c>[OutputCache(PolicyName = …)]</c>).</summary>
    public const string PublicPagePolicy = "PublicPage";

    public static IHostApplicationBuilder AddDealTrackerPageCache(this IHostApplicationBuilder builder)
    {
        var enabled = builder.Configuration.GetValue("PageCache:Enabled", true);
        DecorateAntiforgery(builder.Services);
        builder.Services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddPolicy(PublicPagePolicy, policy =>
            {
                if (!enabled)
                {
                    policy.NoCache();
                    return;
                }

                policy.Expire(TimeSpan.FromMinutes(1))
                      .SetVaryByHost(true)
                      .SetVaryByHeader("blazor-enhanced-nav")
                      .VaryByValue(context => new(
                          "store",
                          context.RequestServices.GetRequiredService<StoreVersion>().Value.ToString(CultureInfo.InvariantCulture)))
                      .VaryByValue(context => new(
                          "theme",
                          context.Request.Cookies[ThemeEndpoint.CookieName] == "dark" ? "dark" : "light"));
            });
        });
        return builder;
    }

    // Wraps the framework's IAntiforgery (registered by AddRazorComponents) in PublicPageAntiforgery.
    private static void DecorateAntiforgery(IServiceCollection services)
    {
        services.AddAntiforgery();
        var descriptor = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(descriptor);
        services.AddSingleton<IAntiforgery>(provider => new PublicPageAntiforgery(
            descriptor.ImplementationInstance as IAntiforgery
            ?? descriptor.ImplementationFactory?.Invoke(provider) as IAntiforgery
            ?? (IAntiforgery)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!)));
    }
}
