using Microsoft.AspNetCore.Identity;

namespace DealTracker.Web.Accounts;

/// <summary>
/// Length is what makes a password strong: at least 12 characters and at most 128, any characters,
/// no composition rules (NIST SP 800-63B). The minimum is Identity's own rule; this adds the maximum.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<EditorUser>
{
    public const int MinimumLength = 12;

    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<EditorUser> manager, EditorUser user, string? password) =>
        Task.FromResult(password is { Length: > MaximumLength }
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = $"Passwords must be at most {MaximumLength} characters." })
            : IdentityResult.Success);
}
