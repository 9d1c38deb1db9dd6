using DealTracker.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace DealTracker.Web.Extensions;

/// <summary>
/// The Data Protection key ring (which signs and encrypts the sign-in cookie and the antiforgery tokens)
/// lives in the store, under one fixed application name: a cookie or form minted by one node is accepted
/// by every other node, and by any node after a restart or a redeploy to another folder.
/// </summary>
public static class KeyRingExtensions
{
    /// <summary>The application name that isolates the key ring's purposes; fixed, so every node and every release agree.</summary>
    public const string ApplicationName = "DealTracker";

    public static IHostApplicationBuilder AddDealTrackerKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DealTrackerDbContext>();
        return builder;
    }

    /// <summary>
    /// Removes Data Protection's hosted service, which loads the key ring as the host starts and makes the first key when
    /// the store has none: an EF Core save on the start-up path for a key no anonymous page needs (StaticPageRenderModes).
    /// The ring is loaded when first used instead; the first form or sign-in makes the first key. PostgreSQL still makes
    /// it at start-up, under the migration lock (<see cref="EnsureKeyRing"/>), so that nodes starting together make one.
    /// Called after every registration: each AddDataProtection call adds the service again.
    /// </summary>
    public static IServiceCollection RemoveKeyRingLoader(this IServiceCollection services)
    {
        foreach (var loader in services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            services.Remove(loader);
        }

        return services;
    }

    /// <summary>
    /// Loads the key ring now, creating its first key if the store has none. Called at start-up under the
    /// migration lock, so that nodes starting together on an empty store make one key, not one each.
    /// </summary>
    public static void EnsureKeyRing(this IServiceProvider services)
    {
        if (services.GetService<IDataProtectionProvider>() is { } provider)
        {
            _ = provider.CreateProtector("DealTracker.KeyRingCheck").Protect([1]);
        }
    }
}
