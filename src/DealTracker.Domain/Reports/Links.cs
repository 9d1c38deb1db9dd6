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
}
