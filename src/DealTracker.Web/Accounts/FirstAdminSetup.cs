using System.Security.Cryptography;
using System.Text;

namespace DealTracker.Web.Accounts;

/// <summary>
/// The one-time set-up link for the first admin, when configuration names none. The token is
/// random, lives only in this process's memory, is logged once at start-up, and dies once used
/// (or when an admin exists by other means). A restart without an admin makes a new one.
/// </summary>
public sealed class FirstAdminSetup
{
    private readonly Lock _gate = new();
    private string? _token;

    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _token is not null;
            }
        }
    }

    /// <summary>Opens set-up and returns the new token.</summary>
    public string Open()
    {
        lock (_gate)
        {
            _token = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
            return _token;
        }
    }

    /// <summary>Whether <paramref name="token"/> is the live set-up token (compared in constant time).</summary>
    public bool Accepts(string? token)
    {
        lock (_gate)
        {
            return _token is not null && token is not null
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(_token), Encoding.UTF8.GetBytes(token));
        }
    }

    /// <summary>Uses the token up: true for the one caller that presented the live token first.</summary>
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
