using System.Threading.RateLimiting;
using DealTracker.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DealTracker.Web.Accounts;

public static class AccountsExtensions
{
    /// <summary>The rate-limiting policy on the sign-in and set-up forms (per client address, posts only).</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>
    /// The rate-limiting policy on <c>POST /api/extract</c> (anonymous and CPU-bound): per client
    /// address, <c>Extract:RequestsPerMinute</c> (30 by default) a minute.
    /// </summary>
    public const string ExtractRateLimit = "extract";

    /// <summary>The authorisation policy of every editor page and write endpoint.</summary>
    public const string EditorPolicy = "Editor";

    /// <summary>The authorisation policy of account administration.</summary>
    public const string AdminPolicy = "Admin";

    /// <summary>
    /// Identity on the app's own store: cookie sign-in, the Editor and Admin roles, passwords of
    /// 12 to 128 characters with no composition rules, lockout after repeated failures, and a
    /// per-address limit on sign-in attempts.
    /// </summary>
    public static IHostApplicationBuilder AddDealTrackerAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var absoluteLifetime = builder.Configuration.GetValue("SignIn:AbsoluteLifetime", SessionLifetime.DefaultAbsolute);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingEditorStateProvider>();
        AddIdentity(services);
        ConfigureCookies(services, absoluteLifetime);
        AddPolicies(services);
        AddRateLimits(services, builder.Configuration);
        services.AddSingleton<FirstAdminSetup>();
        services.TryAddSingleton<IFirstAdminConsole, StandardOutputFirstAdminConsole>();
        services.AddSingleton<FirstAdminStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<FirstAdminStartup>());
        services.AddScoped<EditorAccounts>();
        services.AddSingleton<ActingEditors>();
        return builder;
    }

    /// <summary>Identity on the app's own store: the password rules, lockout, roles and token providers.</summary>
    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<EditorUser>(options =>
            {
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = AccountEmail.AllowedCharacters; // the user name is the email, checked first by AccountEmail
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DealTrackerDbContext>()
            .AddUserManager<EditorUserManager>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordRules>()
            .AddPasswordValidator<CommonPasswordValidator>();
    }

    /// <summary>The sign-in cookie (sliding and absolute lifetimes, statuses for the API) and the security-stamp check.</summary>
    private static void ConfigureCookies(IServiceCollection services, TimeSpan absoluteLifetime)
    {
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = AuthCookieManager.Name;
            options.CookieManager = new AuthCookieManager(); // __Host-dt-auth and Secure on HTTPS
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8); // sliding: 8 hours after the last request…
            options.SlidingExpiration = true;               // …and never more than SignIn:AbsoluteLifetime after sign-in (SessionLifetime)
            // The API answers with a status, never a redirect to a page. (The events object is kept:
            // Identity's security-stamp check hangs on it.)
            options.Events.OnSigningIn = SessionLifetime.OnSigningIn;
            options.Events.OnValidatePrincipal = SessionLifetime.ValidateAbsolute(options.Events.OnValidatePrincipal, absoluteLifetime);
            options.Events.OnRedirectToLogin = context => IsApi(context.Request) ? Status(context.Response, StatusCodes.Status401Unauthorized) : Redirect(context);
            options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request) ? Status(context.Response, StatusCodes.Status403Forbidden) : Redirect(context);
            // Signing in at the login path (or out at /account/logout) follows a ReturnUrl query parameter
            // itself: percent-encoded like every return address (a non-ASCII Location is a 500 from Kestrel).
            options.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(Hosting.LocalPaths.LocalOr(context.RedirectUri, "/"));
                return Task.CompletedTask;
            };
        });

        // Every signed-in request re-checks the account's security stamp (one small query, and only
        // editors sign in): signing out, a password reset or a removed account ends every session at once.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.Zero;
            options.OnRefreshingPrincipal = SessionLifetime.KeepSignInTime;
        });
    }

    /// <summary>The Editor and Admin authorisation policies.</summary>
    private static void AddPolicies(IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin));

    /// <summary>The per-address limits on sign-in posts and on extraction, and the 429 answer when one is reached.</summary>
    private static void AddRateLimits(IServiceCollection services, IConfiguration configuration)
    {
        var permitPerMinute = configuration.GetValue("SignIn:AttemptsPerMinute", 10);
        var extractPerMinute = configuration.GetValue("Extract:RequestsPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (IsApi(context.HttpContext.Request))
                {
                    await TypedResults.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests",
                        detail: $"Too many requests from your address. Try again in {response.Headers.RetryAfter} seconds.").ExecuteAsync(context.HttpContext);
                    return;
                }

                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(
                    "Too many sign-in attempts from your address. Wait a minute, then try again.", cancellationToken);
            };
            options.AddPolicy(SignInRateLimit, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("read"));
            options.AddPolicy(ExtractRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = extractPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
