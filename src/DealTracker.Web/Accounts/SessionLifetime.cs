using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DealTracker.Web.Accounts;

/// <summary>
/// A session's absolute lifetime: however active, it ends <c>SignIn:AbsoluteLifetime</c> (12 hours
/// by default) after the password was entered. The sign-in time travels in the cookie as a claim,
/// kept when the cookie slides and when the security-stamp check rebuilds the principal.
/// </summary>
public static class SessionLifetime
{
    public const string SignedInAtClaim = "dt:signed_in_at";

    public static readonly TimeSpan DefaultAbsolute = TimeSpan.FromHours(12);

    /// <summary>Stamps a fresh sign-in with its time (a refreshed sign-in that already has one keeps it).</summary>
    public static Task OnSigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SignedInAtClaim))
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            identity.AddClaim(new Claim(SignedInAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether the principal's session began longer ago than <paramref name="absolute"/> (or never said when).</summary>
    public static bool HasExpired(ClaimsPrincipal? principal, DateTimeOffset now, TimeSpan absolute) =>
        principal?.FindFirst(SignedInAtClaim)?.Value is not { } value
        || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        || now - DateTimeOffset.FromUnixTimeSeconds(seconds) >= absolute;

    /// <summary>Wraps the cookie's principal validation (Identity's security-stamp check) with the absolute-lifetime check.</summary>
    public static Func<CookieValidatePrincipalContext, Task> ValidateAbsolute(Func<CookieValidatePrincipalContext, Task> next, TimeSpan absolute) =>
        async context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (HasExpired(context.Principal, now, absolute))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await next(context);
        };

    /// <summary>The security-stamp check builds a new principal: carry the sign-in time over.</summary>
    public static Task KeepSignInTime(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SignedInAtClaim) is { } claim && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(c => c.Type == SignedInAtClaim))
        {
            identity.AddClaim(new Claim(SignedInAtClaim, claim.Value));
        }

        return Task.CompletedTask;
    }
}
