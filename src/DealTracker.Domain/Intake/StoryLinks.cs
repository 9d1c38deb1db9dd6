using System.Globalization;

namespace DealTracker.Domain.Intake;

/// <summary>
/// The key that recognises one story under the many spellings of its link: http or https, the host in any case and
/// with or without <c>www.</c>, a default port written out, a trailing slash, a fragment, tracking parameters
/// (<c>utm_*</c>, <c>fbclid</c>, <c>gclid</c>, <c>mc_cid</c>…) and the order of the other parameters do not matter.
/// </summary>
public static class StoryLinks
{
    /// <summary>Query parameters that only say where a click came from, left out of the key (and <c>utm_*</c>).</summary>
    public static readonly IReadOnlySet<string> TrackingParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid", "li_fat_id",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv",
        "rb_clickid", "s_cid", "ncid", "cmpid", "ocid", "smid", "taid", "ref_src", "ref_url", "sr_share", "soc_src", "soc_trk",
        "at_medium", "at_campaign", "wt.mc_id", "wt_mc", "cmp", "spm",
    };

    /// <summary>The story key of <paramref name="url"/> (<c>//host/path?sorted-params</c>), or null when it is not an http or https address.</summary>
    public static string? Key(string? url)
    {
        if (!Reports.Links.IsSafe(url?.Trim()))
        {
            return null;
        }

        var uri = new Uri(url!.Trim());
        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal) && host.Length > 4)
        {
            host = host[4..];
        }

        var port = uri.IsDefaultPort || (uri.Port is 80 or 443) ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : string.Empty;
        var parameters = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p[..(p.IndexOf('=') is >= 0 and var at ? at : p.Length)]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var query = parameters.Count == 0 ? string.Empty : "?" + string.Join('&', parameters);
        return $"//{host}{port}{path}{query}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
