namespace DealTracker.Web.Services.Intake;

/// <summary>The <c>Intake</c> settings: how often feeds are polled and the limits of every fetch.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>False stops the background poller (feeds are then polled only through <c>POST /api/feeds/{id}/poll</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Minutes between two polls of a feed.</summary>
    public int PollMinutes { get; set; } = 15;

    /// <summary>
    /// True lets fetches reach private, loopback and link-local addresses. Only for tests and closed networks:
    /// it turns off the protection against requests into the server's own network.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The longest a fetch may take, redirects and body included.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Redirects followed per fetch; each hop is checked like the first address.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The largest body read from a feed or page.</summary>
    public long MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The longest back-off after failures in a row.</summary>
    public int MaxBackoffMinutes { get; set; } = 24 * 60;

    /// <summary>Items read from one fetch of a feed at most.</summary>
    public int MaxItemsPerFetch { get; set; } = 200;

    /// <summary>
    /// The most entries a feed may hold: a longer one is a failed poll ("Too many entries…"), as a body over <see cref="MaxBytes"/>
    /// is, not a poll whose work grows without bound.
    /// </summary>
    public int MaxEntriesPerFeed { get; set; } = FeedParser.DefaultMaxEntries;

    /// <summary>How many due feeds the background cycle polls at once on a node (a manual poll never waits for them).</summary>
    public int MaxParallelPolls { get; set; } = 4;
}
