using DealTracker.Web.Accounts;
using DealTracker.Web.Apis;
using DealTracker.Web.Components;
using DealTracker.Web.Components.Account;
using DealTracker.Web.Hosting;
using DealTracker.Web.Services.Caching;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Routing;
using MudBlazor.Services;
using Serilog;
using Serilog.Events;

namespace DealTracker.Web.Extensions;

public static class WebExtensions
{
    /// <summary>
    /// The host: components, the caches shared by pages and API, the page cache, proxy, operations, accounts and
    /// error handling. Each area registers its own services (Program.cs calls AddDealTrackerPages, …Editing, …Intake, …Api).
    /// </summary>
    public static IHostApplicationBuilder AddDealTrackerWeb(this IHostApplicationBuilder builder)
    {
        // Outside Development, `dotnet run` (ASPNETCORE_ENVIRONMENT=Production dotnet run) serves the build output, whose scoped
        // styles, module scripts and MudBlazor files live in the projects and their packages: read their manifest as Development
        // does, or every one of those requests fails. A published app has no such manifest, and this does nothing there.
        if (!builder.Environment.IsDevelopment() && builder.Environment is IWebHostEnvironment web)
        {
            Microsoft.AspNetCore.Hosting.StaticWebAssets.StaticWebAssetsLoader.UseStaticWebAssets(web, builder.Configuration);
        }

        // A form field's text reaches the server in one circuit message: SignalR's default 32 KB cap dropped a pasted 20 KB text
        // (the page carried on without it). Limits.CircuitMessageBytes carries any field's text up to Limits.FieldText characters;
        // app.js keeps a longer one in the browser and says so beside the field.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = Limits.CircuitMessageBytes);
        builder.Services.AddNoServiceRegistryOnStaticPages();
        builder.Services.AddMudServices();
        // Bounded in bytes: every entry states its estimated size (ReadModelCache.EstimateSize).
        builder.Services.AddMemoryCache(options =>
        {
            options.SizeLimit = builder.Configuration.GetValue("ReadCache:SizeLimitMegabytes", ReadModelCache.DefaultSizeLimitMegabytes) * 1024L * 1024L;
            options.TrackStatistics = true;
        });
        builder.AddDealTrackerPageCache();
        builder.AddDealTrackerProxy();
        builder.AddDealTrackerOperations();
        builder.AddDealTrackerAccounts();
        builder.AddDealTrackerPublicReadLimit();
        builder.Services.AddSingleton<ReadModelCache>();
        // Kestrel's own cap on a request body (30,000,000 bytes by default) sat below the import's 32 MB
        // (Limits.ImportBytes, docs/api.md): a 30–32 MB import got Kestrel's 413. The import is the largest body any
        // endpoint reads, and every endpoint reads its body within its own, smaller bound.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            options => options.Limits.MaxRequestBodySize = DealTracker.Web.Services.Editing.Limits.ImportBytes);

        // Bad input: a body or query value the endpoints cannot bind throws BadHttpRequestException in every
        // environment, so UnhandledExceptions answers it with problem details naming the parameter (not a bare 400).
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<UnhandledExceptions>();
        // Last: every AddDataProtection call (antiforgery, authentication) adds the key ring's loader again.
        builder.Services.RemoveKeyRingLoader();
        return builder;
    }

    public static WebApplication UseDealTrackerWeb(this WebApplication app)
    {
        // Before anything: no write and no account page is answered until the first-admin start-up is done (Accounts/FirstAdminStartup.cs).
        app.Use(app.Services.GetRequiredService<FirstAdminStartup>().HoldRequestsAsync);
        // First: the client's real address and scheme (from a trusted proxy only), then the headers every response carries.
        app.UseForwardedHeaders();
        // Each request's line, outside the exception handler, so it logs the status the client got (a body that cannot be read is
        // a 400, not a 500). An exception is logged once, as an error, by UnhandledExceptions; the request's own line stays a warning.
        // The host's own Serilog logger: without it the middleware writes to the static Log.Logger, which this app
        // never sets (AddDealTrackerLogging keeps it, so that hosts in one process stay apart), and no request is logged.
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = RequestLogLevel;
        });
        app.UseDealTrackerSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(UnhandledExceptions.Options());
            app.UseHsts();
        }

        // Pages answer a bare status with the not-found page; the API keeps its status and problem details.
        app.UseWhen(
            context => !ApiProblemDetailsWriter.IsApiPath(context.Request.Path),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseWhen(
            context => ApiProblemDetailsWriter.IsApiPath(context.Request.Path),
            api => api.UseStatusCodePages()); // a bare API or OpenAPI status (no route, wrong method, 401) gets problem details too

        // Routing after the status code pages and the exception handler, so what they re-execute (/not-found, /Error) is routed again.
        app.UseErrorPagesAsGet();
        app.UseHeadAsGet();
        app.UseCanonicalSlugs();
        app.UseRouting();
        app.UseStoreBusyHandling();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSameOriginWrites();
        app.UseOnlySentValidators();
        app.UseOutputCache();
        // After the page cache: a cached page or API answer never waits for the anonymous readers' limit (PublicReadLimit).
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseBadFormPostPage();
        app.UseKnownRequestCharsets();
        app.UseNoNulInQuery();
        app.MapStaticAssets();
        app.MapThemeEndpoint();
        app.MapDealTrackerHealth();
        app.MapAccountEndpoints();
        app.MapDealTrackerApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().WithNoRenderModeOnStaticPages();
        return app;
    }

    /// <summary>
    /// The level of a request's log line: a failure is a warning; a healthy answer to a health probe (a load balancer
    /// asks every few seconds) is debug, below the default level, so probes do not bury the requests people make.
    /// </summary>
    internal static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Warning
        : context.Request.Path.StartsWithSegments("/health") && context.Response.StatusCode < 400 ? LogEventLevel.Debug
        : LogEventLevel.Information;
}
