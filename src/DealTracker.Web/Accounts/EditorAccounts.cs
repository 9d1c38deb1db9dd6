using DealTracker.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Accounts;

/// <summary>An account as the admin's list shows it.</summary>
public sealed record EditorAccount(string Id, string Email, IReadOnlyList<string> Roles, bool IsLockedOut, bool IsDisabled = false);

/// <summary>What an account operation came to: nothing, or the reasons it was refused.</summary>
public sealed record AccountResult(IReadOnlyList<string> Errors)
{
    public static readonly AccountResult Success = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AccountResult From(IdentityResult result) =>
        result.Succeeded ? Success : new(result.Errors.Select(e => e.Description).ToList());

    public static AccountResult Failed(string error) => new([error]);
}

/// <summary>Creating accounts, listing them and resetting their passwords.</summary>
public sealed class EditorAccounts(UserManager<EditorUser> users, RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public async Task<bool> AnyAdminAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;

    public Task<EditorUser?> FindByEmailAsync(string email) => users.FindByEmailAsync(email.Trim());

    public async Task<AccountResult> CreateAsync(string email, string password, string role)
    {
        email = email.Trim();
        if (!Roles.All.Contains(role))
        {
            return AccountResult.Failed($"Unknown role \"{role}\".");
        }

        if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            return AccountResult.Failed("Enter a valid email address.");
        }

        var user = new EditorUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AccountResult.From(created);
        }

        return AccountResult.From(await users.AddToRoleAsync(user, role));
    }

    public async Task<IReadOnlyList<EditorAccount>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var accounts = new List<EditorAccount>(all.Count);
        foreach (var user in all)
        {
            accounts.Add(new EditorAccount(user.Id, user.Email ?? user.UserName ?? user.Id, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user) && !IsDisabled(user), IsDisabled(user)));
        }

        return accounts;
    }

    /// <summary>Sets a new password, ends the account's sessions and lifts any lockout.</summary>
    public async Task<AccountResult> ResetPasswordAsync(string userId, string newPassword)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountResult.Failed("That account no longer exists.");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return AccountResult.From(reset);
        }

        if (!IsDisabled(user))
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return AccountResult.Success;
    }

    /// <summary>
    /// A disabled account is locked out with no end (Identity's own way to bar sign-in), so
    /// <see cref="SignInManager{TUser}"/> refuses it whatever the password.
    /// </summary>
    public static bool IsDisabled(EditorUser user) => user.LockoutEnd is { } end && end >= DisabledUntil;

    /// <summary>
    /// Disables an account, which ends all its sessions at their next request (its security stamp
    /// changes) and bars sign-in until it is enabled again; or enables it. An admin cannot disable
    /// their own account, nor the last enabled admin.
    /// </summary>
    public async Task<AccountResult> SetDisabledAsync(string userId, bool disabled, string? actingUserId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountResult.Failed("That account no longer exists.");
        }

        if (!disabled)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return AccountResult.Success;
        }

        if (user.Id == actingUserId)
        {
            return AccountResult.Failed("You cannot disable your own account. Another admin can.");
        }

        if (await users.IsInRoleAsync(user, Roles.Admin)
            && (await users.GetUsersInRoleAsync(Roles.Admin)).Count(admin => admin.Id != user.Id && !IsDisabled(admin)) == 0)
        {
            return AccountResult.Failed("This is the last enabled admin: make another admin first.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        var locked = await users.SetLockoutEndDateAsync(user, DisabledUntil);
        if (!locked.Succeeded)
        {
            return AccountResult.From(locked);
        }

        await users.UpdateSecurityStampAsync(user);
        return AccountResult.Success;
    }

    /// <summary>Changes the signed-in user's own password (the current one is required); ends the account's other sessions.</summary>
    public async Task<AccountResult> ChangePasswordAsync(EditorUser user, string currentPassword, string newPassword)
    {
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (changed.Succeeded)
        {
            return AccountResult.Success;
        }

        return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
            ? AccountResult.Failed("The current password is not right.")
            : AccountResult.From(changed);
    }

    private static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Ends every session of the account (its cookies stop working within a minute).</summary>
    public async Task EndSessionsAsync(EditorUser user) => await users.UpdateSecurityStampAsync(user);
}
