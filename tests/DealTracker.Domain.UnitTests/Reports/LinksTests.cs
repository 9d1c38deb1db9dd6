using DealTracker.Domain.Reports;

namespace DealTracker.Domain.UnitTests.Reports;

public sealed class LinksTests
{
    [Theory]
    [InlineData("https://www.reuters.com/technology/amazon-openai", true)]
    [InlineData("http://example.com", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("ftp://example.com/file", false)]
    [InlineData("//example.com/path", false)]
    [InlineData("/reports/1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("https://example.com/\u202Efdp.exe", false)]
    [InlineData("https://example.com/a\u2066b", false)]
    [InlineData("https://example.com/\u200Fnews", false)]
    [InlineData("https://exa\u200Bmple.com/z", false)]
    [InlineData("https://example.com/\u200Dz", false)]
    [InlineData("https://example.com/\uFEFFz", false)]
    [InlineData("https://example.com/a\u00ADb", false)]
    [InlineData("https://example.com/a\u2060b", false)]
    [InlineData("https://example.com/a b", false)]
    [InlineData("https://example.com/caf\u00E9", true)]
    public void IsSafe_Link_OnlyAbsoluteHttpAndHttps(string? url, bool safe)
    {
        Assert.Equal(safe, Links.IsSafe(url));
    }

    [Theory]
    [InlineData("https://Example.com/news/story/", "https://example.com/news/story")]
    [InlineData("HTTPS://EXAMPLE.COM/news/story#comments", "https://example.com/news/story")]
    [InlineData("  https://example.com/news/story?id=5  ", "https://example.com/news/story?id=5")]
    [InlineData("https://example.com/", "https://example.com")]
    [InlineData("http://example.com:8080/a", "http://example.com:8080/a")]
    public void Normalise_SameStoryWrittenDifferently_GivesOneForm(string url, string expected)
    {
        Assert.Equal(expected, Links.Normalise(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a link")]
    public void Normalise_UnsafeLink_ReturnsNull(string url)
    {
        Assert.Null(Links.Normalise(url));
    }
}
