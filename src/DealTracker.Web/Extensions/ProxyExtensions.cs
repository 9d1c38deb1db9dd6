using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using DealTracker.Web.Hosting;

namespace DealTracker.Web.Extensions;

/// <summary>
/// Running behind a TLS-terminating reverse proxy (docs/operations.md, "Behind a reverse proxy").
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only from the addresses in
/// <c>ForwardedHeaders:KnownProxies</c> (and networks in <c>ForwardedHeaders:KnownNetworks</c>);
/// with neither set, only from loopback. From anyone else they are ignored, so a client cannot
/// choose its own rate-limit bucket or pretend to be on HTTPS.
/// </summary>
public static class ProxyExtensions
{
    /// <summary>HSTS on HTTPS responses (as the proxy saw them): one year.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IHostApplicationBuilder AddDealTrackerProxy(this IHostApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            if (proxies.Length == 0 && networks.Length == 0)
            {
                options.KnownProxies.Add(IPAddress.Loopback);
                options.KnownProxies.Add(IPAddress.IPv6Loopback);
            }

            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        builder.Services.AddSingleton<PublicAddress>();

        // The antiforgery cookie is Secure on HTTPS too (the framework's default never sets it).
        builder.Services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(options =>
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = false; // the newsroom's other sub-domains are not ours to pin
        });
        return builder;
    }
}
