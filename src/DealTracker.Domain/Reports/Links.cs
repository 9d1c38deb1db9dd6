namespace DealTracker.Domain.Reports;

/// <summary>The only links DealTracker stores or renders are absolute http and https addresses.</summary>
public static class Links
{
    public static bool IsSafe(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

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
