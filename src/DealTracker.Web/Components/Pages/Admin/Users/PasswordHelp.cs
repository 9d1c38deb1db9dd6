using DealTracker.Web.Accounts;

namespace DealTracker.Web.Components.Pages.Admin.Users;

/// <summary>The password rule in words, from <see cref="PasswordRules"/>.</summary>
internal static class PasswordHelp
{
    public static readonly string Text =
        $"{PasswordRules.MinimumLength} to {PasswordRules.MaximumLength} characters, any characters. A phrase of several words is long and easy to remember.";
}
