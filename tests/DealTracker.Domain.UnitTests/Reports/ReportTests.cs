using DealTracker.Domain.Intake;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.UnitTests.Reports;

public sealed class ReportTests
{
    [Theory]
    [InlineData("https://www.example.com/news/story/?utm_source=x#top", "//example.com/news/story")]
    [InlineData(null, null)]
    public void Url_Set_LinkKeyIsTheStoryKey(string? url, string? key)
    {
        var report = new Report { Summary = "s", Url = "https://example.com/old" };

        report.Url = url;

        Assert.Equal(key, report.LinkKey);
        Assert.Equal(StoryLinks.Key(url), report.LinkKey);
    }

    [Fact]
    public void KeyOf_KeyPastTheColumnsBytes_IsItsHashWithinTheColumn()
    {
        var url = "https://example.com/" + new string('ж', 1_500);

        var key = Report.KeyOf(url)!;

        Assert.StartsWith("sha256:", key, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(key) <= Report.LinkKeyLength);
        Assert.Equal(key, Report.KeyOf(url.Replace("https://", "http://www.", StringComparison.Ordinal)));
    }
}
