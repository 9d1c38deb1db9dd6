using DealTracker.Web.Accounts;
using DealTracker.Web.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using DealTracker.Web.Hosting;

namespace DealTracker.Web.Components.Account;

public static class AccountEndpoints
{
    /// <summary>
    /// <c>POST /account/logout</c>: a form post (antiforgery-checked) that ends this session and every
    /// other session of the account.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async Task<Results<RedirectHttpResult, StatusCodeHttpResult>> (
            HttpContext context,
            IAntiforgery antiforgery,
            SignInManager<EditorUser> signIn,
            EditorAccounts accounts) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                // The sign-out form has expired or was forged: a bare 400, which the status code pages answer with the site's page.
                return TypedResults.StatusCode(StatusCodes.Status400BadRequest);
            }

            var returnUrl = (await context.Request.ReadFormAsync()).TryGetValue("returnUrl", out var value) ? value.ToString() : null;
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await accounts.EndSessionsAsync(user);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(LocalPaths.LocalOr(returnUrl, "/"));
        }).DisableAntiforgery().ExcludeFromDescription(); // antiforgery checked above, so a bad token gets a clear 400 rather than an exception
        return endpoints;
    }
}
