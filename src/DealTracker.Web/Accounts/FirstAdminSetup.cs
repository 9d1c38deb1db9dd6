using System.Security.Cryptography;
using System.Text;

namespace DealTracker.Web.Accounts;

/// <summary>
/// The one-time set-up link for the first admin, when configuration names none. The token is
/// random, lives only in this process's memory, is written once to the console at start-up, and
/// dies once used, after <see cref="Lifetime"/>, or when an admin exists by other means. A restart
/// without an admin makes a new one.
/// </summary>
public sealed class FirstAdminSetup(TimeProvider time)
{
    /// <summary>How long a set-up link works after it is made.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private string? _token;
    private DateTimeOffset _expires;

    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _token is not null && time.GetUtcNow() < _expires;
            }
        }
    }

    /// <summary>Opens set-up and returns the new token.</summary>
    public string Open()
    {
        lock (_gate)
        {
            _token = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
            _expires = time.GetUtcNow() + Lifetime;
            return _token;
        }
    }

    /// <summary>Whether <paramref name="token"/> is the live set-up token (compared in constant time).</summary>
    public bool Accepts(string? token)
    {
        lock (_gate)
        {
            return _token is not null && token is not null && time.GetUtcNow() < _expires
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(_token), Encoding.UTF8.GetBytes(token));
        }
    }

    /// <summary>
    /// Spends the token: true for the one caller that presented the live token first. Call it before
    /// creating the account, so two posts at once cannot both create an admin; if creating then
    /// fails, <see cref="Restore"/> gives the link back.
    /// </summary>
    public bool TryClose(string? token)
    {
        lock (_gate)
        {
            if (!Accepts(token))
            {
                return false;
            }

            _token = null;
            return true;
        }
    }

    /// <summary>Gives back a token spent by <see cref="TryClose"/> whose account could not be created (a weak password, say), unless set-up has been closed or reopened since.</summary>
    public void Restore(string token)
    {
        lock (_gate)
        {
            _token ??= token;
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            _token = null;
        }
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
