using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.UnitTests.Services.Editing;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("New York Post", "new-york-post")]
    [InlineData("Nasdaq/RTTNews", "nasdaq-rttnews")]
    [InlineData("Le Monde – Économie", "le-monde-economie")]
    [InlineData("\uFF32\uFF45\uFF55\uFF54\uFF45\uFF52\uFF53", "reuters")]
    [InlineData("Reu\u200Bters", "reuters")]
    [InlineData("Ведомости", "vedomosti")]
    [InlineData("Коммерсантъ", "kommersant")]
    [InlineData("Καθημερινή", "kathimerini")]
    [InlineData("Socie\u0301te\u0301 Ge\u0301ne\u0301rale", "societe-generale")]
    public void From_Name_GivesAReadableAddress(string name, string slug)
    {
        Assert.Equal(slug, Slugs.From(name));
    }

    [Theory]
    [InlineData("  !!!  ")]
    [InlineData("日本経済新聞")]
    [InlineData("الجزيرة")]
    public void From_NameWithNoLetterASlugCanHold_Empty(string name)
    {
        Assert.Equal("", Slugs.From(name));
    }

    [Fact]
    public async Task UniqueAsync_TakenSlug_AddsANumber()
    {
        var taken = new HashSet<string> { "reuters", "reuters-2" };

        Assert.Equal("reuters-3", await Slugs.UniqueAsync("Reuters", "outlet", slug => Task.FromResult(taken.Contains(slug))));
    }

    [Fact]
    public async Task UniqueAsync_NameWithNoSlug_GivesTheKindWithTheFirstFreeNumber()
    {
        var taken = new HashSet<string> { "outlet-1" };

        Assert.Equal(
            ("outlet-2", "party-1"),
            (await Slugs.UniqueAsync("日本経済新聞", "outlet", slug => Task.FromResult(taken.Contains(slug))),
             await Slugs.UniqueAsync("الجزيرة", "party", slug => Task.FromResult(taken.Contains(slug)))));
    }
}
