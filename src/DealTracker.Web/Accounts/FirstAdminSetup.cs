using System.Security.Cryptography;
using System.Text;
using DealTracker.Web.Data;
using DealTracker.Web.Data.Nodes;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Accounts;

/// <summary>
/// The one-time set-up link for the first admin, when configuration names none. The token is random
/// and written once, to the starting node's console only; the store keeps its SHA-256 hash and expiry,
/// so any node accepts it. It dies once used (spending any live link spends them all), after
/// <see cref="Lifetime"/>, or when an admin exists by other means. A restart without an admin makes a new one.
/// </summary>
public sealed class FirstAdminSetup(IDbContextFactory<DealTrackerDbContext> dbFactory, TimeProvider time)
{
    /// <summary>How long a set-up link works after it is made.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private string? _linkMadeWithStore;

    public async Task<bool> IsOpenAsync(CancellationToken cancellationToken = default)
    {
        var now = Now();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SetupTokens.AnyAsync(t => t.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Opens set-up and returns the new token (links other nodes wrote within the hour stay live too).</summary>
    public async Task<string> OpenAsync(CancellationToken cancellationToken = default)
    {
        var link = NewLink();
        var now = Now();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.SetupTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        db.SetupTokens.Add(new SetupToken { TokenHash = link.TokenHash, ExpiresAt = link.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return link.Token;
    }

    /// <summary>A new link, not yet stored: the token to hand out, and the hash and expiry the store keeps.</summary>
    internal SetupLink NewLink()
    {
        var token = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return new SetupLink(token, Hash(token), Now() + Lifetime);
    }

    /// <summary>
    /// Records a link whose row went into a new store with the store itself (<c>FreshSqliteStore</c>), so that the
    /// first-admin work writes it out instead of opening set-up through EF Core and Identity.
    /// </summary>
    internal void MadeWithStore(SetupLink link) => Volatile.Write(ref _linkMadeWithStore, link.Token);

    /// <summary>The token of a link made with the store, once (null afterwards, or when there was none).</summary>
    internal string? TakeLinkMadeWithStore() => Interlocked.Exchange(ref _linkMadeWithStore, null);

    /// <summary>Whether <paramref name="token"/> is a live set-up token (looked up by its hash).</summary>
    public async Task<bool> AcceptsAsync(string? token, CancellationToken cancellationToken = default) =>
        await ExpiryAsync(token, cancellationToken) is not null;

    /// <summary>
    /// Spends the token: its expiry for the one caller that presented a live token first, null for any
    /// other. One DELETE of every live link, conditioned on this one being live: of two posts at once (on
    /// any nodes), only one deletes anything. Call it before creating the account; if creating then fails,
    /// <see cref="RestoreAsync"/> gives the link back.
    /// </summary>
    public async Task<DateTime?> TryCloseAsync(string? token, CancellationToken cancellationToken = default)
    {
        var expires = await ExpiryAsync(token, cancellationToken);
        if (expires is null)
        {
            return null;
        }

        var hash = Hash(token!);
        var now = Now();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var spent = await db.SetupTokens
            .Where(_ => db.SetupTokens.Any(t => t.TokenHash == hash && t.ExpiresAt > now))
            .ExecuteDeleteAsync(cancellationToken);
        return spent > 0 ? expires : null;
    }

    /// <summary>Gives back a token spent by <see cref="TryCloseAsync"/> whose account could not be created (a weak password, say), until its original expiry.</summary>
    public async Task RestoreAsync(string token, DateTime expiresAt, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = Hash(token);
        if (!await db.SetupTokens.AnyAsync(t => t.TokenHash == hash, cancellationToken))
        {
            db.SetupTokens.Add(new SetupToken { TokenHash = hash, ExpiresAt = expiresAt });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Ends set-up: every link dies.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.SetupTokens.ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<DateTime?> ExpiryAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var now = Now();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var expires = await db.SetupTokens.Where(t => t.TokenHash == hash && t.ExpiresAt > now)
            .Select(t => (DateTime?)t.ExpiresAt).FirstOrDefaultAsync(cancellationToken);
        return expires is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null;
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    /// <summary>Lower-case hex SHA-256: the token is 256 random bits, so a plain hash is enough (no salt or stretching needed).</summary>
    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>A set-up link: the token, written once to the console, and what the store keeps of it.</summary>
internal sealed record SetupLink(string Token, string TokenHash, DateTime ExpiresAt);
