using DealTracker.Web.Services.Intake;

namespace DealTracker.Web.UnitTests.Services.Intake;

/// <summary>What a poll came to, in the words the outlet dialog shows.</summary>
public sealed class PollResultTests
{
    [Fact]
    public void Describe_PollThatLeftOutAnEntry_SaysHowManyAndWhy()
    {
        var result = new PollResult(3, "ok", 40, 39, 0, null, null, Skipped: 1);

        Assert.Equal(
            "Polled: 39 new items in the inbox; 1 entry left out: its link is longer than 2,000 characters, the most a report’s link may be.",
            result.Describe());
    }

    [Fact]
    public void Describe_PollThatLeftOutNothing_SaysOnlyWhatLanded()
    {
        var result = new PollResult(3, "ok", 40, 1, 2, null, null);

        Assert.Equal("Polled: 1 new item in the inbox, 2 duplicates folded in.", result.Describe());
    }
}
