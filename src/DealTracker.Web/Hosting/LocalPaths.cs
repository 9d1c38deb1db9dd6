using System.Text;

namespace DealTracker.Web.Hosting;

/// <summary>Return addresses taken from a request: only a path on this site, never another site (no open redirect).</summary>
public static class LocalPaths
{
    /// <summary>
    /// True for "/deals?x=1"; false for "//evil.example", "/\evil.example", "https://…", empty, and any address
    /// with a control character (a redirect to it would fail, and a CR or LF could split the response header).
    /// </summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);

    /// <summary>
    /// The address itself when it is local, with any non-ASCII character percent-encoded as UTF-8
    /// ("/é" becomes "/%C3%A9": Kestrel refuses a non-ASCII <c>Location</c> header with a 500); otherwise,
    /// or when it holds a lone surrogate (no character to encode), <paramref name="fallback"/>.
    /// Every return address the app follows goes through here.
    /// </summary>
    public static string LocalOr(string? url, string fallback) =>
        IsLocal(url) && EscapeNonAscii(url!) is { } escaped ? escaped : fallback;

    /// <summary>The address with each non-ASCII character percent-encoded as UTF-8; null when it holds a lone surrogate.</summary>
    private static string? EscapeNonAscii(string url)
    {
        if (Ascii.IsValid(url))
        {
            return url;
        }

        var escaped = new StringBuilder(url.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        var remaining = url.AsSpan();
        while (!remaining.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(remaining, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return null;
            }

            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
            }
            else
            {
                var length = rune.EncodeToUtf8(utf8);
                foreach (var b in utf8[..length])
                {
                    escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            remaining = remaining[consumed..];
        }

        return escaped.ToString();
    }
}
