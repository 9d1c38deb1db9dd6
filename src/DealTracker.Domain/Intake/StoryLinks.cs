using System.Globalization;

namespace DealTracker.Domain.Intake;

/// <summary>
/// The key that recognises one story under the many spellings of its link: http or https, the host in any case and
/// with or without <c>www.</c>, a default port written out, a trailing slash, a fragment, tracking parameters
/// (<c>utm_*</c>, <c>fbclid</c>, <c>gclid</c>, <c>mc_cid</c>, <c>ref</c>, <c>mod</c>…), an AMP copy (<c>/amp</c>, <c>amp.</c>,
/// <c>outputType=amp</c>), the case of a percent-escape and the order of the other parameters do not matter.
/// </summary>
public static partial class StoryLinks
{
    /// <summary>Query parameters that only say where a click came from, left out of the key (and <c>utm_*</c>).</summary>
    public static readonly IReadOnlySet<string> TrackingParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid", "li_fat_id",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv",
        "rb_clickid", "s_cid", "ncid", "cmpid", "ocid", "smid", "taid", "ref_src", "ref_url", "sr_share", "soc_src", "soc_trk",
        "at_medium", "at_campaign", "wt.mc_id", "wt_mc", "cmp", "spm",
        "ref", "mod", "sref", "partner", "emc", "xtor", "ito", "ftag", "tpcc", "guccounter", "guce_referrer", "guce_referrer_sig",
        "traffic_source", "rss", "feedtype", "outputtype", "amp",
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
        foreach (var prefix in (string[])["www.", "amp."])
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length && host[prefix.Length..].Contains('.', StringComparison.Ordinal))
            {
                host = host[prefix.Length..];
            }
        }

        var port = uri.IsDefaultPort || (uri.Port is 80 or 443) ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : string.Empty;

        // The AMP copy of a page is the page: "/story/amp" and "/amp/story" are "/story".
        if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }
        else if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[4..];
        }

        var parameters = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p[..(p.IndexOf('=') is >= 0 and var at ? at : p.Length)]))
            .Select(p => PercentEscapeRegex().Replace(p, m => m.Value.ToUpperInvariant())) // "%2f" and "%2F" are one character
            .Order(StringComparer.Ordinal)
            .ToList();
        var query = parameters.Count == 0 ? string.Empty : "?" + string.Join('&', parameters);
        return $"//{host}{port}{path}{query}";
    }

    [System.Text.RegularExpressions.GeneratedRegex("%[0-9a-f]{2}", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PercentEscapeRegex();

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
