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

    /// <summary>The address itself when it is local, otherwise <paramref name="fallback"/>.</summary>
    public static string LocalOr(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
