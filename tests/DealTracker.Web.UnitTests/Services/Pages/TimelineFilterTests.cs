using DealTracker.Domain.Claims;
using DealTracker.Web.Services.Pages;

namespace DealTracker.Web.UnitTests.Services.Pages;

public sealed class TimelineFilterTests
{
    public static TheoryData<TimelineFilter> Narrowing => new()
    {
        new TimelineFilter("reuters", null, null, null, null, null),
        new TimelineFilter(null, "amazon", null, null, null, null),
        new TimelineFilter(null, null, Metric.Investment, null, null, null),
        new TimelineFilter(null, null, null, new DateOnly(2026, 1, 1), null, null),
        new TimelineFilter(null, null, null, null, new DateOnly(2026, 1, 1), null),
        new TimelineFilter(null, null, null, null, null, new DateOnly(2026, 1, 1), Page: 3),
    };

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    public void ShowsEveryReport_OnlyAPage_IsTrue(int page) =>
        Assert.True(new TimelineFilter(null, null, null, null, null, null, page).ShowsEveryReport);

    [Theory]
    [MemberData(nameof(Narrowing))]
    public void ShowsEveryReport_AnyFilter_IsFalse(TimelineFilter filter) =>
        Assert.False(filter.ShowsEveryReport);
}
