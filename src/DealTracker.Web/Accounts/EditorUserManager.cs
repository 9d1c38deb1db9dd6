using DealTracker.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.Accounts;

/// <summary>
/// Identity's user manager with a failed sign-in counted by one atomic UPDATE in the store, so no failure is lost when
/// several are checked at once, on one node or on several (docs/editors.md, "Lockout").
/// </summary>
/// <remarks>
/// Identity's own <see cref="UserManager{TUser}.AccessFailedAsync"/> reads the count, adds one in memory and writes the
/// whole row back guarded by the concurrency stamp: of two failures checked at once the second write fails its stamp
/// check and is dropped (four parallel wrong passwords left the count at 1, and twelve never locked the account).
/// </remarks>
public sealed class EditorUserManager(
    IUserStore<EditorUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<EditorUser> passwordHasher,
    IEnumerable<IUserValidator<EditorUser>> userValidators,
    IEnumerable<IPasswordValidator<EditorUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<EditorUser>> logger,
    DealTrackerDbContext db)
    : UserManager<EditorUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    /// <summary>
    /// Counts one failed attempt in the store itself: <c>AccessFailedCount + 1</c>, and when that reaches
    /// <c>Lockout.MaxFailedAccessAttempts</c> the lockout's end set and the count reset, in one UPDATE of the row (the
    /// database serialises concurrent updates of one row, and each sees the one before it). The concurrency stamp changes
    /// too, so a stale copy of the account loaded before this failure cannot write its old count back. The
    /// <paramref name="user"/> object then carries the stored count, lockout end and stamp.
    /// </summary>
    public override async Task<IdentityResult> AccessFailedAsync(EditorUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var max = Options.Lockout.MaxFailedAccessAttempts;
        DateTimeOffset? lockoutEnd = DateTimeOffset.UtcNow.Add( // the clock Identity's IsLockedOutAsync reads
            Options.Lockout.DefaultLockoutTimeSpan);
        var stamp = Guid.NewGuid().ToString();
        DateTimeOffset? disabledUntil = EditorAccounts.DisabledUntil;
        var updated = await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(
            set => set
                // A disabled account keeps its lockout: a failure checked while an admin disabled it never shortens it to minutes.
                .SetProperty(u => u.LockoutEnd, u => u.AccessFailedCount + 1 >= max && u.LockoutEnd != disabledUntil ? lockoutEnd : u.LockoutEnd)
                .SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1 >= max ? 0 : u.AccessFailedCount + 1)
                .SetProperty(u => u.ConcurrencyStamp, stamp),
            CancellationToken);
        if (updated == 0)
        {
            return IdentityResult.Failed(ErrorDescriber.DefaultError());
        }

        var stored = await db.Users.AsNoTracking().Where(u => u.Id == user.Id)
            .Select(u => new { u.AccessFailedCount, u.LockoutEnd, u.ConcurrencyStamp }).SingleAsync(CancellationToken);
        var entry = db.Entry(user);
        if (entry.State != EntityState.Detached)
        {
            // Stored values, not changes: a later save of this account must neither write them again nor fail its stamp check.
            entry.OriginalValues[nameof(EditorUser.AccessFailedCount)] = stored.AccessFailedCount;
            entry.OriginalValues[nameof(EditorUser.LockoutEnd)] = stored.LockoutEnd;
            entry.OriginalValues[nameof(EditorUser.ConcurrencyStamp)] = stored.ConcurrencyStamp;
        }

        user.AccessFailedCount = stored.AccessFailedCount;
        user.LockoutEnd = stored.LockoutEnd;
        user.ConcurrencyStamp = stored.ConcurrencyStamp;

        return IdentityResult.Success;
    }
}
