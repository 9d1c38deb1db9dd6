namespace DealTracker.Domain.Reports;

/// <summary>
/// The only links DealTracker stores or renders are absolute http and https addresses, holding no white space inside them and no
/// invisible character (<see cref="Text.VisibleText.FirstNotInAddress"/>): a zero-width space, a soft hyphen or a byte-order mark in
/// "https://exa\u200Bmple.com" makes an address that reads as another.
/// </summary>
public static class Links
{
    public static bool IsSafe(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && !HasDirectionMarks(url!)
        && Text.VisibleText.FirstNotInAddress(url!.Trim()) is null;

    /// <summary>
    /// Whether the text holds a bidirectional formatting character (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). A web address may
    /// not (RFC 3987, section 4.1): in a link, "https://x.example/\u202Efdp.exe" would show its address in another order than it is.
    /// </summary>
    public static bool HasDirectionMarks(string text) =>
        text.Any(c => c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));

    /// <summary>The link itself when it is safe to render, otherwise null.</summary>
    public static string? SafeOrNull(string? url) => IsSafe(url) ? url : null;

    /// <summary>
    /// The form a link is stored in, so the same piece entered twice is recognised: trimmed,
    /// scheme and host in lower case, no fragment, no trailing slash on the path. Null when the
    /// link is not safe.
    /// </summary>
    public static string? Normalise(string? url)
    {
        if (!IsSafe(url?.Trim()))
        {
            return null;
        }

        var uri = new Uri(url!.Trim());
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : string.Empty;
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}{uri.Query}";
    }
}
