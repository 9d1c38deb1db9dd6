using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace DealTracker.Web.Components.Pages.Admin.Users;

/// <summary>
/// The principal an account page acts as. A circuit's sign-in is cached (re-validated once a minute),
/// so it is never trusted to be an admin: <see cref="DealTracker.Web.Accounts.EditorAccounts"/> checks the
/// acting account in the store at the moment of every change.
/// </summary>
internal static class AdminCheck
{
    public static async Task<ClaimsPrincipal> ActingUserAsync(Task<AuthenticationState>? state) =>
        state is null ? new ClaimsPrincipal(new ClaimsIdentity()) : (await state).User;
}
