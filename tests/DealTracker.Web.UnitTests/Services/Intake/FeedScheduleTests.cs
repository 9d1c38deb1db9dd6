using DealTracker.Web.Services.Intake;

namespace DealTracker.Web.UnitTests.Services.Intake;

public sealed class FeedScheduleTests
{
    [Theory]
    [InlineData(15, "They are polled every 15 minutes (a feed that keeps failing waits longer, up to 24 hours).")]
    [InlineData(1, "They are polled every 1 minute (a feed that keeps failing waits longer, up to 24 hours).")]
    [InlineData(120, "They are polled every 2 hours (a feed that keeps failing waits longer, up to 24 hours).")]
    [InlineData(90, "They are polled every 90 minutes (a feed that keeps failing waits longer, up to 24 hours).")]
    public void Describe_PollMinutesConfigured_StatesThatInterval(int minutes, string expected) =>
        Assert.Equal(expected, FeedSchedule.Describe(new IntakeOptions { PollMinutes = minutes }));

    [Fact]
    public void Describe_PollerDisabled_SaysFeedsAreReadOnlyWhenPolledByHand() =>
        Assert.StartsWith("Background polling is off", FeedSchedule.Describe(new IntakeOptions { Enabled = false }), StringComparison.Ordinal);

    [Fact]
    public void BackingOff_BackoffUntilInTheFuture_StatesTheFailuresAndTheEnd()
    {
        var now = new DateTime(2026, 12, 7, 1, 0, 0, DateTimeKind.Utc);

        var text = FeedSchedule.BackingOff(Feed(3, now.AddMinutes(120)), now);

        Assert.Equal("Backing off after 3 failures in a row: next poll not before 7 Dec 2026 03:00 UTC.", text);
    }

    [Fact]
    public void BackingOff_NoBackoffOrOneThatHasEnded_IsNull()
    {
        var now = new DateTime(2026, 12, 7, 1, 0, 0, DateTimeKind.Utc);

        Assert.Null(FeedSchedule.BackingOff(Feed(0, null), now));
        Assert.Null(FeedSchedule.BackingOff(Feed(2, now.AddMinutes(-1)), now));
    }

    private static FeedView Feed(int failures, DateTime? backoffUntil) =>
        new(1, "wire", "https://feeds.example.com/rss", null, DateTime.UnixEpoch, null, null, null, null, 0, 0, failures, backoffUntil);
}
