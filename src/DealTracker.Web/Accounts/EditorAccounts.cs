using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Accounts;

/// <summary>An account as the admin's list shows it.</summary>
public sealed record EditorAccount(string Id, string Email, IReadOnlyList<string> Roles, bool IsLockedOut, bool IsDisabled = false);

/// <summary>
/// What an account operation came to: nothing, or the reasons it was refused. A reason about one field of the form
/// (<see cref="EmailField"/>, <see cref="PasswordField"/>) is also in <see cref="Fields"/>, so the form shows it beside that field.
/// </summary>
public sealed record AccountResult(IReadOnlyList<string> Errors)
{
    public const string EmailField = "Email";

    public const string PasswordField = "Password";

    public static readonly AccountResult Success = new([]);

    public bool Succeeded => Errors.Count == 0;

    /// <summary>True when the operation locked the account (too many wrong current passwords): its sessions have ended.</summary>
    public bool LockedOut { get; init; }

    /// <summary>The reasons that concern one field, keyed by the field (each also in <see cref="Errors"/>).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Identity's answer in the app's words: a taken user name or email is one message, whatever Identity's case rules said;
    /// Identity's "Username … is invalid" never shows (the address is checked first by <see cref="AccountEmail"/>); a
    /// password's reasons are the password field's.
    /// </summary>
    public static AccountResult From(IdentityResult result, string? email = null)
    {
        if (result.Succeeded)
        {
            return Success;
        }

        var errors = new List<string>();
        var fields = new Dictionary<string, string>();
        // Identity calls a password of spaces "too short" whatever its length: the rule it breaks is said instead.
        var blank = result.Errors.Any(e => e.Code == PasswordRules.BlankCode);
        foreach (var error in result.Errors.Where(e => !blank || e.Code != nameof(IdentityErrorDescriber.PasswordTooShort)))
        {
            var (field, message) = error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail) =>
                    (EmailField, AccountEmail.Duplicate(email ?? "")),
                nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.InvalidEmail) =>
                    (EmailField, AccountEmail.Problem(email) ?? "Write the address alone, such as name@example.com."),
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == CommonPasswordValidator.ErrorCode =>
                    (PasswordField, error.Description),
                _ => (null, error.Description),
            };
            if (errors.Contains(message))
            {
                continue;
            }

            errors.Add(message);
            if (field is not null)
            {
                fields[field] = fields.TryGetValue(field, out var before) ? $"{before} {message}" : message;
            }
        }

        return new(errors) { Fields = fields };
    }

    public static AccountResult Failed(string error) => new([error]);

    /// <summary>A refusal about one field of the form.</summary>
    public static AccountResult Failed(string field, string error) => new([error]) { Fields = new Dictionary<string, string> { [field] = error } };
}

/// <summary>
/// Creating accounts, listing them, resetting their passwords, changing their role, disabling and enabling them. Every change
/// an admin makes names the acting user's principal and is checked against the store at that moment
/// (<see cref="CheckActingAdminAsync"/>): an open page's cached sign-in is never enough.
/// </summary>
public sealed class EditorAccounts(UserManager<EditorUser> users, RoleManager<IdentityRole> roles, ILogger<EditorAccounts> logger)
{
    /// <summary>What a change refused because of the acting user's own account says.</summary>
    public const string ActingRefusal =
        "Your sign-in no longer allows changing accounts: it has been signed out, its password changed, or the account disabled, locked or no longer an admin. Nothing was changed. Sign in again to continue.";
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

    /// <summary>An admin adds an account: refused unless <paramref name="acting"/> is a current admin (<see cref="CheckActingAdminAsync"/>).</summary>
    public async Task<AccountResult> CreateAsync(ClaimsPrincipal acting, string email, string password, string role)
    {
        var action = $"add {role}";
        if (await CheckActingAdminAsync(acting, action, email) is { } refused)
        {
            return refused;
        }

        var created = await CreateAsync(email, password, role);
        if (created.Succeeded)
        {
            AccountLog.AccountChanged(logger, Name(acting), action, email.Trim());
        }

        return created;
    }

    /// <summary>
    /// Creates an account with no acting user: only for the first admin (configuration or the set-up
    /// link) and for tests. An admin's page uses <see cref="CreateAsync(ClaimsPrincipal, string, string, string)"/>.
    /// The email is checked by <see cref="AccountEmail"/> and the password by the password rules, both at once; an
    /// address already taken, in any case, is one message; a failed write to the store is a refusal, never an exception.
    /// </summary>
    public async Task<AccountResult> CreateAsync(string email, string password, string role)
    {
        email = email.Trim();
        if (!Roles.All.Contains(role))
        {
            return AccountResult.Failed($"Unknown role \"{role}\".");
        }

        if (AccountEmail.Problem(email) is { } problem)
        {
            var passwordErrors = await PasswordErrorsAsync(password);
            return AccountResult.From(IdentityResult.Failed([new IdentityError { Code = nameof(IdentityErrorDescriber.InvalidEmail), Description = problem }, .. passwordErrors]), email);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return AccountResult.Failed(AccountResult.EmailField, AccountEmail.Duplicate(email));
        }

        return await GuardStoreAsync("add", email, async () =>
        {
            var user = new EditorUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            return created.Succeeded ? AccountResult.From(await users.AddToRoleAsync(user, role)) : AccountResult.From(created, email);
        });
    }

    private async Task<List<IdentityError>> PasswordErrorsAsync(string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, new EditorUser(), password)).Errors);
        }

        return errors;
    }

    /// <summary>
    /// Runs one account write so that a failed save is a refusal in words, never an exception in a page's click handler: another
    /// writer storing the same address first (a unique index) is "already exists", a busy store says so, anything else the store
    /// refuses is logged and said plainly. Nothing is changed in each case.
    /// </summary>
    private async Task<AccountResult> GuardStoreAsync(string action, string email, Func<Task<AccountResult>> write)
    {
        try
        {
            return await write();
        }
        catch (DbUpdateException exception) when (action == "add" && StoreErrors.IsUniqueViolation(exception))
        {
            return AccountResult.Failed(AccountResult.EmailField, AccountEmail.Duplicate(email));
        }
        catch (Exception exception) when (StoreBusy.Is(exception))
        {
            return AccountResult.Failed(StoreBusy.Message);
        }
        catch (DbUpdateException exception)
        {
            AccountLog.AccountWriteFailed(logger, exception, action, email);
            return AccountResult.Failed("The store refused this change to the account. Nothing was changed; the log has the details.");
        }
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

    /// <summary>
    /// An admin sets a new password for another account, which ends its sessions and lifts any lockout
    /// (not a disabled account's). Refused unless <paramref name="acting"/> is a current admin; one's own
    /// password is changed at /account/password, with the current one.
    /// </summary>
    public async Task<AccountResult> ResetPasswordAsync(ClaimsPrincipal acting, string userId, string newPassword)
    {
        const string action = "reset the password of";
        var user = await users.FindByIdAsync(userId);
        if (await CheckActingAdminAsync(acting, action, user?.Email ?? userId) is { } refused)
        {
            return refused;
        }

        if (user is null)
        {
            return AccountResult.Failed("That account no longer exists.");
        }

        if (user.Id == users.GetUserId(acting))
        {
            return Refuse(acting, action, user, "Change your own password at /account/password (it asks for the current one). Nothing was changed.");
        }

        return await GuardStoreAsync(action, Email(user), async () =>
        {
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

            AccountLog.AccountChanged(logger, Name(acting), action, Email(user));
            return AccountResult.Success;
        });
    }

    /// <summary>
    /// A disabled account is locked out with no end (Identity's own way to bar sign-in), so
    /// <see cref="SignInManager{TUser}"/> refuses it whatever the password.
    /// </summary>
    public static bool IsDisabled(EditorUser user) => user.LockoutEnd is { } end && end >= DisabledUntil;

    /// <summary>
    /// Disables an account, which ends all its sessions at their next request (its security stamp
    /// changes) and bars sign-in until it is enabled again; or enables it. Refused unless
    /// <paramref name="acting"/> is a current admin. Nobody disables or enables their own account,
    /// and the last enabled admin is never disabled.
    /// </summary>
    public async Task<AccountResult> SetDisabledAsync(ClaimsPrincipal acting, string userId, bool disabled)
    {
        var action = disabled ? "disable" : "enable";
        var user = await users.FindByIdAsync(userId);
        if (await CheckActingAdminAsync(acting, action, user?.Email ?? userId) is { } refused)
        {
            return refused;
        }

        if (user is null)
        {
            return AccountResult.Failed("That account no longer exists.");
        }

        if (user.Id == users.GetUserId(acting))
        {
            return Refuse(acting, action, user, disabled
                ? "You cannot disable your own account. Another admin can."
                : "You cannot enable your own account. Another admin can.");
        }

        if (disabled && await IsLastEnabledAdminAsync(user))
        {
            return Refuse(acting, action, user, LastAdmin);
        }

        return await GuardStoreAsync(action, Email(user), () => disabled ? DisableAsync(acting, action, user) : EnableAsync(acting, action, user));
    }

    private const string LastAdmin = "This is the last enabled admin: make another admin first.";

    private async Task<AccountResult> EnableAsync(ClaimsPrincipal acting, string action, EditorUser user)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        AccountLog.AccountChanged(logger, Name(acting), action, Email(user));
        return AccountResult.Success;
    }

    private async Task<AccountResult> DisableAsync(ClaimsPrincipal acting, string action, EditorUser user)
    {
        await users.SetLockoutEnabledAsync(user, true);
        var locked = await users.SetLockoutEndDateAsync(user, DisabledUntil);
        if (!locked.Succeeded)
        {
            return AccountResult.From(locked);
        }

        // Two admins disabling each other at once could both pass the check above: whoever finds no
        // enabled admin left afterwards gives theirs back.
        if (await EnabledAdminCountAsync() == 0)
        {
            await users.SetLockoutEndDateAsync(user, null);
            return Refuse(acting, action, user, LastAdmin);
        }

        await users.UpdateSecurityStampAsync(user);
        AccountLog.AccountChanged(logger, Name(acting), action, Email(user));
        return AccountResult.Success;
    }

    /// <summary>
    /// Gives an account exactly one role, Editor or Admin (an account with no role gets one), and ends its sessions so that
    /// every open page of it takes the new role at once (it signs in again). Refused unless <paramref name="acting"/> is a
    /// current admin; nobody changes their own role, and the last enabled admin is never made an editor (the guard of
    /// <see cref="SetDisabledAsync"/>). Recorded in the log like every account change.
    /// </summary>
    public async Task<AccountResult> SetRoleAsync(ClaimsPrincipal acting, string userId, string role)
    {
        var action = $"give the {role} role to";
        var user = await users.FindByIdAsync(userId);
        if (await CheckActingAdminAsync(acting, action, user?.Email ?? userId) is { } refused)
        {
            return refused;
        }

        if (!Roles.All.Contains(role))
        {
            return AccountResult.Failed($"Unknown role \"{role}\".");
        }

        if (user is null)
        {
            return AccountResult.Failed("That account no longer exists.");
        }

        if (user.Id == users.GetUserId(acting))
        {
            return Refuse(acting, action, user, "You cannot change your own role. Another admin can.");
        }

        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role)
        {
            return AccountResult.Success; // already so (another admin was first): nothing to change
        }

        if (role != Roles.Admin && await IsLastEnabledAdminAsync(user))
        {
            return Refuse(acting, action, user, LastAdmin);
        }

        return await GuardStoreAsync(action, Email(user), () => ChangeRoleAsync(acting, action, user, [.. current], role));
    }

    private async Task<AccountResult> ChangeRoleAsync(ClaimsPrincipal acting, string action, EditorUser user, IReadOnlyList<string> current, string role)
    {
        var others = current.Where(r => r != role).ToList();
        var changed = current.Contains(role) ? IdentityResult.Success : await users.AddToRoleAsync(user, role);
        if (changed.Succeeded && others.Count > 0)
        {
            changed = await users.RemoveFromRolesAsync(user, others);
        }

        if (!changed.Succeeded)
        {
            return AccountResult.From(changed);
        }

        // Two admins making each other editors at once could both pass the check above: whoever finds no
        // enabled admin left afterwards gives theirs back.
        if (await EnabledAdminCountAsync() == 0)
        {
            await users.AddToRolesAsync(user, others);
            if (!current.Contains(role))
            {
                await users.RemoveFromRoleAsync(user, role);
            }

            return Refuse(acting, action, user, LastAdmin);
        }

        await users.UpdateSecurityStampAsync(user);
        AccountLog.AccountChanged(logger, Name(acting), action, Email(user));
        return AccountResult.Success;
    }

    /// <summary>
    /// Null when <paramref name="acting"/> may change accounts now, by the store rather than by its
    /// claims: the account exists, is neither disabled nor locked out, is in the Admin role, and its
    /// security stamp is the one in the principal (so signing out everywhere, a password change or
    /// reset, or disabling ends an open page's powers at once). Otherwise the refusal, logged.
    /// </summary>
    public async Task<AccountResult?> CheckActingAdminAsync(ClaimsPrincipal acting, string action, string target)
    {
        var reason = await ActingAdminProblemAsync(acting);
        if (reason is null)
        {
            return null;
        }

        AccountLog.AccountChangeRefused(logger, Name(acting), action, target, reason);
        return AccountResult.Failed(ActingRefusal);
    }

    /// <summary>
    /// Null when <paramref name="acting"/> may make an editor's change now (a report, a claim, a catalog
    /// entry, an inbox item, a feed, an import), by the store rather than by its claims: the same checks as
    /// <see cref="CheckActingAdminAsync"/>, with the Editor or the Admin role. Otherwise why not (not logged here).
    /// </summary>
    public Task<string?> ActingEditorProblemAsync(ClaimsPrincipal acting) => ActingProblemAsync(acting, adminOnly: false);

    private Task<string?> ActingAdminProblemAsync(ClaimsPrincipal acting) => ActingProblemAsync(acting, adminOnly: true);

    private async Task<string?> ActingProblemAsync(ClaimsPrincipal acting, bool adminOnly)
    {
        if (acting.Identity?.IsAuthenticated != true || users.GetUserId(acting) is not { } id)
        {
            return "not signed in";
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return "the account no longer exists";
        }

        if (IsDisabled(user))
        {
            return "the account is disabled";
        }

        if (await users.IsLockedOutAsync(user))
        {
            return "the account is locked out";
        }

        if (adminOnly ? !await users.IsInRoleAsync(user, Roles.Admin) : !await IsEditorOrAdminAsync(user))
        {
            return adminOnly ? "the account is not an admin" : "the account is neither an editor nor an admin";
        }

        var stamp = acting.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
        if (stamp is null || stamp != await users.GetSecurityStampAsync(user))
        {
            return "the sign-in has ended (security stamp changed)";
        }

        return null;
    }

    private async Task<bool> IsEditorOrAdminAsync(EditorUser user) =>
        await users.IsInRoleAsync(user, Roles.Editor) || await users.IsInRoleAsync(user, Roles.Admin);

    private async Task<bool> IsLastEnabledAdminAsync(EditorUser user) =>
        await users.IsInRoleAsync(user, Roles.Admin)
        && (await users.GetUsersInRoleAsync(Roles.Admin)).Count(admin => admin.Id != user.Id && !IsDisabled(admin)) == 0;

    private async Task<int> EnabledAdminCountAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count(admin => !IsDisabled(admin));

    private AccountResult Refuse(ClaimsPrincipal acting, string action, EditorUser user, string reason)
    {
        AccountLog.AccountChangeRefused(logger, Name(acting), action, Email(user), reason);
        return AccountResult.Failed(reason);
    }

    private static string Name(ClaimsPrincipal acting) => acting.Identity?.Name ?? "(not signed in)";

    private static string Email(EditorUser user) => user.Email ?? user.UserName ?? user.Id;

    /// <summary>
    /// Changes the signed-in user's own password (the current one is required); ends the account's
    /// other sessions. A wrong current password counts as a failed sign-in (the usual lockout applies)
    /// and a right one clears the count. When the account is locked out, nothing is checked: every
    /// session of the account ends (its security stamp changes) and the result says
    /// <see cref="AccountResult.LockedOut"/>.
    /// </summary>
    public async Task<AccountResult> ChangePasswordAsync(EditorUser user, string currentPassword, string newPassword)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return await LockedOutAsync(user);
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (changed.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
            return AccountResult.Success;
        }

        if (!changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            return AccountResult.From(changed);
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user)
            ? await LockedOutAsync(user)
            : AccountResult.Failed("The current password is not right.");
    }

    private async Task<AccountResult> LockedOutAsync(EditorUser user)
    {
        await users.UpdateSecurityStampAsync(user);
        AccountLog.LockedOut(logger, Email(user));
        var minutes = (int)Math.Ceiling(users.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes);
        return new AccountResult([$"Your account is locked for {minutes} minutes after too many wrong passwords, and you have been signed out. Sign in again after that, or ask an admin to reset your password."])
        {
            LockedOut = true,
        };
    }

    internal static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Ends every session of the account (its cookies stop working within a minute).</summary>
    public async Task EndSessionsAsync(EditorUser user) => await users.UpdateSecurityStampAsync(user);
}
