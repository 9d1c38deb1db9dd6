using DealTracker.Domain.Outlets;

namespace DealTracker.Domain.Intake;

/// <summary>
/// A feed address (RSS 2.0, Atom or JSON Feed) watched for an outlet's new pieces, with what the last
/// fetches came to: the validators for the next conditional GET, the last success, the last error and the
/// back-off after failures.
/// </summary>
public class OutletFeed
{
    public int Id { get; set; }

    public int OutletId { get; set; }

    public Outlet? Outlet { get; set; }

    /// <summary>The feed's address as the editor gave it (http or https, no credentials, at most 2048 characters).</summary>
    public required string Url { get; set; }

    /// <summary>The address in its normalised form, so the same feed is not watched twice.</summary>
    public required string NormalisedUrl { get; set; }

    /// <summary>The feed's own title, from its last successful read.</summary>
    public string? Title { get; set; }

    /// <summary>The ETag of the last successful fetch, sent back as If-None-Match.</summary>
    public string? ETag { get; set; }

    /// <summary>The Last-Modified of the last successful fetch, sent back as If-Modified-Since.</summary>
    public string? LastModified { get; set; }

    /// <summary>When the feed was last fetched, successfully or not (UTC).</summary>
    public DateTime? LastPolledAt { get; set; }

    /// <summary>When the feed was last read successfully (a 304 counts), UTC.</summary>
    public DateTime? LastSuccessAt { get; set; }

    /// <summary>Why the last fetch failed, in words an editor can act on; null after a success.</summary>
    public string? LastError { get; set; }

    public DateTime? LastErrorAt { get; set; }

    /// <summary>How many items the feed held at its last successful read.</summary>
    public int ItemCount { get; set; }

    /// <summary>How many of those were new to the inbox.</summary>
    public int NewItemCount { get; set; }

    /// <summary>Failures in a row since the last success; the back-off doubles with each.</summary>
    public int Failures { get; set; }

    /// <summary>The background poller leaves the feed alone until then (UTC).</summary>
    public DateTime? BackoffUntil { get; set; }

    /// <summary>
    /// While set and later than now (UTC), a poll holds the feed: the one poll, on any node, that claimed it by a
    /// conditional update; cleared when that poll is recorded, and lapsing by itself if its node dies.
    /// </summary>
    public DateTime? PollingUntil { get; set; }

    public DateTime CreatedAt { get; set; }
}
