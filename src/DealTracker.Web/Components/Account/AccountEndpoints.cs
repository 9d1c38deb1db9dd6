using DealTracker.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DealTracker.Web.Components.Account;

public static class AccountEndpoints
{
    /// <summary>
    /// <c>POST /account/logout</c>: a form post (antiforgery-checked) that ends this session and every
    /// other session of the account.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (
            [FromForm] string? returnUrl,
            HttpContext context,
            SignInManager<EditorUser> signIn,
            EditorAccounts accounts) =>
        {
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await accounts.EndSessionsAsync(user);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        });
        return endpoints;
    }
}
