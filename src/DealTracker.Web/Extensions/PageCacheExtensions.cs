using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using DealTracker.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using DealTracker.Web.Apis;
using DealTracker.Web.Hosting;

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

    /// <summary>
    /// The policy of the public read API (<c>AsPublicRead</c>): the same store-version key as the pages, varying by
    /// the query keys the endpoint reads (each names a filter or a page; <see cref="ApiQueryKeys"/>), not by others. The cached response keeps its ETag, and a cache hit
    /// answers If-None-Match with 304 itself, so clients see the same ETags and 304s as before.
    /// </summary>
    public const string PublicApiPolicy = "PublicApi";

    public static IHostApplicationBuilder AddDealTrackerPageCache(this IHostApplicationBuilder builder)
    {
        var enabled = builder.Configuration.GetValue("PageCache:Enabled", true);
        DecorateAntiforgery(builder.Services);
        var queryKeys = PublicPageQueryKeys();
        builder.Services.AddOutputCache(options =>
        {
            // Bounded in bytes: all entries together, and any one page.
            options.SizeLimit = builder.Configuration.GetValue("PageCache:SizeLimitMegabytes", 64) * 1024L * 1024L;
            options.MaximumBodySize = 4 * 1024 * 1024;
            options.AddPolicy(PublicPagePolicy, policy =>
            {
                if (!enabled)
                {
                    policy.NoCache();
                    return;
                }

                policy.Expire(TimeSpan.FromMinutes(1))
                      .SetVaryByHost(true)
                      .SetVaryByQuery(queryKeys)
                      .SetVaryByHeader("blazor-enhanced-nav")
                      .VaryByValue(context => new(
                          "store",
                          context.RequestServices.GetRequiredService<StoreVersion>().Value.ToString(CultureInfo.InvariantCulture)))
                      .VaryByValue(context => new(
                          "theme",
                          context.Request.Cookies[ThemeEndpoint.CookieName] == "dark" ? "dark" : "light"));
            });
            options.AddPolicy(PublicApiPolicy, policy =>
            {
                if (!enabled)
                {
                    policy.NoCache();
                    return;
                }

                policy.Expire(TimeSpan.FromMinutes(1))
                      .SetVaryByHost(true)
                      .AddPolicy<ApiQueryKeys>()
                      .VaryByValue(context => new(
                          "store",
                          context.RequestServices.GetRequiredService<StoreVersion>().Value.ToString(CultureInfo.InvariantCulture)));
            });
        });
        return builder;
    }

    /// <summary>
    /// Conditional requests are answered only on the validators these answers send: an ETag (the read API's
    /// <see cref="DataVersionETag"/>), never a date. The output cache would otherwise compare an If-Modified-Since with its
    /// entry's age and answer 304 to any date after it (a client clock running ahead, a bogus date a proxy copied), although
    /// no cached answer carries Last-Modified. So, on an output-cached endpoint, If-Modified-Since is dropped before the cache
    /// sees it (RFC 9110 §13.1.3: without a Last-Modified there is nothing to compare it with). Static files keep theirs.
    /// </summary>
    public static IApplicationBuilder UseOnlySentValidators(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.IfModifiedSince)
            && context.GetEndpoint()?.Metadata is { } metadata
            && (metadata.GetMetadata<IOutputCachePolicy>() is not null || metadata.GetMetadata<OutputCacheAttribute>() is not null))
        {
            context.Request.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.IfModifiedSince);
        }

        return next(context);
    });

    /// <summary>
    /// The query keys the cached pages read (their <c>[SupplyParameterFromQuery]</c> names). The
    /// cache varies by these only, so a query key no page reads (<c>?utm_source=…</c>, random junk)
    /// hits the same entry instead of adding one.
    /// </summary>
    internal static string[] PublicPageQueryKeys() =>
        [.. typeof(PageCacheExtensions).Assembly.GetTypes()
            // IsDefined first: it reads no attribute objects, so the assembly's other thousand types cost little at start-up.
            .Where(type => type.IsDefined(typeof(OutputCacheAttribute), inherit: true))
            .Where(type => type.GetCustomAttributes(typeof(OutputCacheAttribute), inherit: true)
                .OfType<OutputCacheAttribute>().Any(a => a.PolicyName == PublicPagePolicy))
            .SelectMany(type => type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(property => (Property: property, Query: property.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Query is not null)
            .Select(p => p.Query!.Name ?? p.Property.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];

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
