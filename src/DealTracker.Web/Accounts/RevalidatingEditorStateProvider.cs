using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.Accounts;

/// <summary>
/// Re-checks an open editor page's sign-in every minute: when the account's security stamp has
/// changed (signed out, password reset, disabled, removed), or the session has passed its absolute
/// lifetime, the page loses its access.
/// </summary>
internal sealed class RevalidatingEditorStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> options,
    IConfiguration configuration,
    TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (SessionLifetime.HasExpired(authenticationState.User, time.GetUtcNow(), configuration.GetValue("SignIn:AbsoluteLifetime", SessionLifetime.DefaultAbsolute)))
        {
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        return await IsStampValidAsync(users, authenticationState.User);
    }

    private async Task<bool> IsStampValidAsync(UserManager<EditorUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await users.GetSecurityStampAsync(user);
    }
}
