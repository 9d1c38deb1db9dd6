using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace DealTracker.Web.Accounts;

/// <summary>
/// Refuses a password found in a list of 30,000 common passwords (zxcvbn's, MIT: see
/// Accounts/CommonPasswords/README.md), whatever its case, at account creation, reset and change.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<EditorUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    private static readonly Lazy<FrozenSet<string>> _common = new(Load);

    /// <summary>How many passwords the list holds.</summary>
    public static int Count => _common.Value.Count;

    public static bool IsCommon(string password) => _common.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<EditorUser> manager, EditorUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "This password is on a list of common passwords that attackers try first. Choose another: a few unrelated words make a strong one.",
            })
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("DealTracker.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>(30_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
