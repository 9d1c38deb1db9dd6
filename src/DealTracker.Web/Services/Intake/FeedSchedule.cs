using System.Globalization;

namespace DealTracker.Web.Services.Intake;

/// <summary>How the outlet's feeds dialog words the polling schedule: the configured interval and a feed's back-off.</summary>
public static class FeedSchedule
{
    /// <summary>
    /// "They are polled every 15 minutes." from <see cref="IntakeOptions.PollMinutes"/> (whole hours in hours), or,
    /// with <see cref="IntakeOptions.Enabled"/> false, that the background poller is off.
    /// </summary>
    public static string Describe(IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return "Background polling is off on this server (Intake:Enabled), so feeds are read only when polled here.";
        }

        return $"They are polled every {Interval(options.PollMinutes)} (a feed that keeps failing waits longer, up to {Interval(options.MaxBackoffMinutes)}).";
    }

    /// <summary>
    /// "Backing off after 3 failures in a row: next poll not before 7 Dec 2026 02:15 UTC." while the feed's
    /// <see cref="FeedView.BackoffUntil"/> is after <paramref name="now"/> (UTC); null when it is not backing off.
    /// </summary>
    public static string? BackingOff(FeedView feed, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (feed.BackoffUntil is not { } until || until <= now)
        {
            return null;
        }

        var failures = feed.Failures == 1 ? "1 failure" : $"{feed.Failures.ToString("N0", CultureInfo.InvariantCulture)} failures";
        return $"Backing off after {failures} in a row: next poll not before {until.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)}.";
    }

    /// <summary>"1 minute", "15 minutes", "1 hour", "24 hours", "90 minutes".</summary>
    public static string Interval(int minutes) => minutes switch
    {
        1 => "1 minute",
        60 => "1 hour",
        > 60 when minutes % 60 == 0 => $"{(minutes / 60).ToString(CultureInfo.InvariantCulture)} hours",
        _ => $"{minutes.ToString(CultureInfo.InvariantCulture)} minutes",
    };
}
