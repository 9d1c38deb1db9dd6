using DealTracker.Domain.Text;
using Microsoft.AspNetCore.Identity;

namespace DealTracker.Web.Accounts;

/// <summary>
/// Length is what makes a password strong: at least 12 characters and at most 128, any characters,
/// no composition rules (NIST SP 800-63B), but not only white space or invisible characters (twelve
/// spaces, or zero-width spaces, are no secret anyone chose). The minimum is Identity's own rule; this
/// adds the maximum and the visible character.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<EditorUser>
{
    public const int MinimumLength = 12;

    public const int MaximumLength = 128;

    /// <summary>The error code of a password over <see cref="MaximumLength"/>.</summary>
    public const string TooLongCode = "PasswordTooLong";

    /// <summary>The error code of a password of only white space or invisible characters.</summary>
    public const string BlankCode = "PasswordBlank";

    public Task<IdentityResult> ValidateAsync(UserManager<EditorUser> manager, EditorUser user, string? password) =>
        Task.FromResult(Problem(password) is { } error ? IdentityResult.Failed(error) : IdentityResult.Success);

    private static IdentityError? Problem(string? password)
    {
        if (password is { Length: > MaximumLength })
        {
            return new IdentityError { Code = TooLongCode, Description = $"Passwords must be at most {MaximumLength} characters; this one has {password.Length}." };
        }

        // Identity's minimum-length rule speaks for an empty password.
        return password is { Length: > 0 } && VisibleText.IsBlank(password)
            ? new IdentityError { Code = BlankCode, Description = "A password cannot be only spaces or invisible characters: use words you can see and type." }
            : null;
    }
}
