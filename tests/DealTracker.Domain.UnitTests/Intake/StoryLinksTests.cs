using DealTracker.Domain.Intake;

namespace DealTracker.Domain.UnitTests.Intake;

public sealed class StoryLinksTests
{
    [Theory]
    [InlineData("https://www.reuters.com/technology/amazon-openai/")]
    [InlineData("http://reuters.com/technology/amazon-openai")]
    [InlineData("HTTPS://WWW.Reuters.COM:443/technology/amazon-openai#main")]
    [InlineData("http://www.reuters.com:80/technology/amazon-openai/?utm_source=rss&utm_medium=feed")]
    [InlineData("https://reuters.com/technology/amazon-openai?fbclid=IwAR0&gclid=x&mc_cid=1&mc_eid=2&msclkid=3")]
    [InlineData("  https://www.reuters.com./technology/amazon-openai  ")]
    [InlineData("https://www.reuters.com/technology/amazon-openai?ref=rss")]
    [InlineData("https://www.reuters.com/technology/amazon-openai?mod=hp_lead_pos1")]
    [InlineData("https://www.reuters.com/technology/amazon-openai?sref=Ab12&partner=rss&emc=rss")]
    [InlineData("https://www.reuters.com/technology/amazon-openai/amp")]
    [InlineData("https://www.reuters.com/amp/technology/amazon-openai")]
    [InlineData("https://www.reuters.com/technology/amazon-openai?outputType=amp")]
    [InlineData("https://amp.reuters.com/technology/amazon-openai")]
    public void Key_SpellingsOfOneLink_AreTheSame(string url) =>
        Assert.Equal("//reuters.com/technology/amazon-openai", StoryLinks.Key(url));

    [Fact]
    public void Key_ParametersInAnotherOrder_AreTheSame() =>
        Assert.Equal(StoryLinks.Key("https://example.com/a?id=7&page=2"), StoryLinks.Key("https://example.com/a?page=2&utm_campaign=x&id=7"));

    [Fact]
    public void Key_PercentEscapesInEitherCase_AreTheSame() =>
        Assert.Equal(StoryLinks.Key("https://example.com/a?q=a%2fb"), StoryLinks.Key("https://example.com/a?q=a%2Fb"));

    [Theory]
    [InlineData("https://example.com/a?id=7", "https://example.com/a?id=8")]
    [InlineData("https://example.com/amplifiers", "https://example.com")]
    [InlineData("https://amp.com/a", "https://com/a")]
    [InlineData("https://example.com/a", "https://example.com/b")]
    [InlineData("https://example.com/A", "https://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com/a")]
    [InlineData("https://news.example.com/a", "https://example.com/a")]
    public void Key_DifferentStories_Differ(string one, string other) =>
        Assert.NotEqual(StoryLinks.Key(one), StoryLinks.Key(other));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative")]
    [InlineData("")]
    [InlineData(null)]
    public void Key_NotAWebAddress_IsNull(string? url) => Assert.Null(StoryLinks.Key(url));
}
