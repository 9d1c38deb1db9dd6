using System.Net;
using System.Net.Sockets;

namespace DealTracker.Web.Services.Intake;

/// <summary>
/// Which addresses the intake may fetch from: http and https only, no credentials in the address, and (unless
/// <see cref="IntakeOptions.AllowPrivateAddresses"/>) only public IP addresses, checked on the address actually
/// connected to, after DNS resolution, on every redirect.
/// </summary>
public static class AddressGuard
{
    /// <summary>The longest address accepted.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>
    /// Why the address cannot be fetched or watched (scheme, length, credentials, a space or an invisible character), or null when
    /// it may be. An address it accepts always has a <see cref="Domain.Intake.StoryLinks.Key"/>.
    /// </summary>
    public static string? CheckUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "Give the address, starting with http:// or https://.";
        }

        url = url.Trim();
        if (url.Length > MaxUrlLength)
        {
            return $"The address can be at most {MaxUrlLength} characters.";
        }

        if (url.Any(char.IsControl))
        {
            return "The address cannot hold control characters (such as NUL, tab or a line break).";
        }

        if (Domain.Reports.Links.HasDirectionMarks(url))
        {
            return "The address cannot hold invisible direction marks (such as U+202E), which would show it in another order than it is.";
        }

        // The same rule as every stored link (Links.IsSafe, StoryLinks.Key): what the key cannot key is refused here, in words.
        if (Domain.Text.VisibleText.FirstNotInAddress(url) is { } hidden)
        {
            return char.IsWhiteSpace(hidden)
                ? $"The address cannot hold a space (U+{(int)hidden:X4}); write it as %20, or check the address was copied whole."
                : $"The address cannot hold an invisible character (U+{(int)hidden:X4}, such as a zero-width space or a soft hyphen); type the address again.";
        }

        // On Unix "/feeds/rss.xml" parses as an absolute file: address; it is a relative path all the same.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.IsFile && !url.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            return "The address must be a full web address starting with http:// or https://.";
        }

        if (CheckUri(uri) is { } refused)
        {
            return refused;
        }

        // Whatever passed must have a story key (the feeds' and the inbox's unique column): never a null to store.
        return string.IsNullOrEmpty(uri.Host) || Domain.Intake.StoryLinks.Key(url) is null
            ? "The address must be a full web address starting with http:// or https://."
            : null;
    }

    /// <summary>Why the absolute address cannot be fetched (scheme, credentials), or null when it may be.</summary>
    public static string? CheckUri(Uri uri)
    {
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"Only http and https addresses are fetched, not {uri.Scheme}.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The address may not hold a user name or password.";
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="host"/> is a name reserved for the local machine or network, refused without asking
    /// DNS: <c>localhost</c> and <c>*.localhost</c> (RFC 6761), <c>*.local</c> (mDNS), <c>*.internal</c> and
    /// <c>*.home.arpa</c> (private use), with or without a trailing dot.
    /// </summary>
    public static bool IsLocalName(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        return name == "localhost" || name == "local" || name == "internal"
            || name.EndsWith(".localhost", StringComparison.Ordinal) || name.EndsWith(".local", StringComparison.Ordinal)
            || name.EndsWith(".internal", StringComparison.Ordinal) || name.EndsWith(".home.arpa", StringComparison.Ordinal);
    }

    /// <summary>
    /// Why fetching <paramref name="uri"/> is refused before any connection when private addresses are not allowed
    /// (an IP literal that is not public, in any spelling the address parser accepts, or a local name), or null.
    /// </summary>
    public static string? CheckHost(Uri uri)
    {
        // Host as written ("[::1]", "127.0.0.1."), then as sent to DNS (IdnHost: full-width digits folded to ASCII).
        if (IPAddress.TryParse(uri.Host.Trim('[', ']').TrimEnd('.'), out var literal) || IPAddress.TryParse(uri.IdnHost.TrimEnd('.'), out literal))
        {
            return IsPublic(literal) ? null : PrivateAddressMessage(literal);
        }

        return IsLocalName(uri.IdnHost) ? PrivateAddressMessage(uri.Host) : null;
    }

    /// <summary>The message for an address refused because it is not public.</summary>
    public static string PrivateAddressMessage(IPAddress address) => PrivateAddressMessage(address.ToString());

    /// <summary>The message for a host (an address or a local name) refused because it is not public.</summary>
    public static string PrivateAddressMessage(string host) =>
        $"Refused: private address ({host}). Feeds and pages are fetched only from public addresses.";

    /// <summary>
    /// Whether the address is on the public internet: not loopback, private (10/8, 172.16/12, 192.168/16),
    /// CGNAT (100.64/10), link-local (169.254/16, fe80::/10), unique-local (fc00::/7), unspecified (0.0.0.0/8, ::),
    /// multicast, broadcast, reserved or documentation ranges; an IPv4 address inside IPv6 (mapped, compatible,
    /// NAT64, 6to4) is judged as the IPv4 address it carries.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                       // 0.0.0.0/8 "this network"
        || b[0] == 10                                   // private
        || b[0] == 127                                  // loopback
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)   // 100.64/10 carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)                 // link-local (cloud metadata lives here)
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)    // private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)      // IETF protocol assignments
        || (b[0] == 192 && b[1] == 0 && b[2] == 2)      // documentation
        || (b[0] == 192 && b[1] == 88 && b[2] == 99)    // 6to4 relay anycast
        || (b[0] == 192 && b[1] == 168)                 // private
        || (b[0] == 198 && (b[1] == 18 || b[1] == 19))  // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)   // documentation
        || (b[0] == 203 && b[1] == 0 && b[2] == 113)    // documentation
        || b[0] >= 224);                                // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address) || IPAddress.IPv6Any.Equals(address)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC)
        {
            return false; // fc00::/7 unique local
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
        {
            return false; // 2001:db8::/32 documentation
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            return false; // 2001::/32 Teredo: the IPv4 end cannot be checked
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4([b[2], b[3], b[4], b[5]]); // 2002::/16 6to4
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsPublicV4([b[12], b[13], b[14], b[15]]); // 64:ff9b::/96 NAT64
        }

        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return false; // ::a.b.c.d (deprecated IPv4-compatible) and the rest of ::/96
        }

        return (b[0] & 0xE0) == 0x20; // only 2000::/3 is global unicast
    }
}

/// <summary>A fetch refused by <see cref="AddressGuard"/>: the message says why, for the editor.</summary>
public sealed class FetchRefusedException(string message) : Exception(message);
