using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DealTracker.Web.Hosting;

/// <summary>
/// The pages that opt out of interactive routing (<see cref="ExcludeFromInteractiveRoutingAttribute"/>: the public
/// pages, the account pages, the error pages) render as static HTML with no interactive component, yet Blazor persisted
/// prerendered component state on every page response and protected it with Data Protection: the first anonymous
/// <c>/</c> after a fresh start made the key ring's first key (an EF Core save on the first request's path). Three
/// things made that state, each left out on those pages (nothing reads it there: no circuit starts from a static page,
/// and an interactive page persists its own): the endpoint's single configured render mode (which persists even an
/// empty state), the antiforgery provider's token, and the framework's list of persistent services. The editor pages
/// and the circuits keep all three.
/// </summary>
public static class StaticPageRenderModes
{
    // The framework's metadata type is internal, so it is found by name.
    private const string ConfiguredRenderModes = "Microsoft.AspNetCore.Components.Endpoints.ConfiguredRenderModesMetadata";

    /// <summary>Without configured render modes the framework persists only a non-empty state.</summary>
    public static RazorComponentsEndpointConventionBuilder WithNoRenderModeOnStaticPages(this RazorComponentsEndpointConventionBuilder builder)
    {
        // A finally convention runs after the framework has added its configured render modes to the endpoint.
        ((IEndpointConventionBuilder)builder).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<ExcludeFromInteractiveRoutingAttribute>().Any())
            {
                foreach (var modes in endpoint.Metadata.Where(m => m.GetType().FullName == ConfiguredRenderModes).ToList())
                {
                    endpoint.Metadata.Remove(modes);
                }
            }
        });
        return builder;
    }

    /// <summary>
    /// A static page's state manager is made without the service provider, so it keeps no registry of persistent
    /// services (which it would otherwise persist on every response); circuits and interactive pages get the usual one.
    /// </summary>
    public static IServiceCollection AddNoServiceRegistryOnStaticPages(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Scoped(provider =>
        {
            var logger = provider.GetRequiredService<ILogger<ComponentStatePersistenceManager>>();
            return IsStaticPage(provider.GetRequiredService<IHttpContextAccessor>().HttpContext)
                ? new ComponentStatePersistenceManager(logger)
                : new ComponentStatePersistenceManager(logger, provider);
        }));
        return services;
    }

    /// <summary>
    /// Ends the antiforgery state provider's subscription to state persistence (its disposal does only that) for a page
    /// rendered statically: its forms still get their token from the request.
    /// </summary>
    public static void StopPersistingAntiforgeryToken(AntiforgeryStateProvider provider) => (provider as IDisposable)?.Dispose();

    private static bool IsStaticPage(HttpContext? context) =>
        context?.GetEndpoint()?.Metadata.GetMetadata<ExcludeFromInteractiveRoutingAttribute>() is not null;
}
