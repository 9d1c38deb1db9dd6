using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.UnitTests.Services.Editing;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("New York Post", "new-york-post")]
    [InlineData("Nasdaq/RTTNews", "nasdaq-rttnews")]
    [InlineData("Le Monde – Économie", "le-monde-economie")]
    [InlineData("  !!!  ", "item")]
    public void From_Name_GivesAReadableAddress(string name, string slug)
    {
        Assert.Equal(slug, Slugs.From(name));
    }

    [Fact]
    public async Task UniqueAsync_TakenSlug_AddsANumber()
    {
        var taken = new HashSet<string> { "reuters", "reuters-2" };

        Assert.Equal("reuters-3", await Slugs.UniqueAsync("Reuters", slug => Task.FromResult(taken.Contains(slug))));
    }
}
