using DealTracker.Web.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace DealTracker.Web.Components.Pages.Admin.Users;

/// <summary>
/// The account dialogs check again, at the moment of the change, that the signed-in user is an admin:
/// a circuit can outlive the role it was opened with.
/// </summary>
internal static class AdminCheck
{
    public const string Refusal = "Only an admin can change accounts. Nothing was changed.";

    public static async Task<bool> IsAdminAsync(Task<AuthenticationState>? state) =>
        state is not null && (await state).User is { Identity.IsAuthenticated: true } user && user.IsInRole(Roles.Admin);
}
