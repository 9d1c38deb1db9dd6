using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.UnitTests.Services.Editing;

public sealed class OutletNamesTests
{
    private static readonly IReadOnlyList<KnownName> _outlets =
    [
        KnownName.Of(1, "Reuters", "reuters", "https://www.reuters.com"),
        KnownName.Of(2, "The Wall Street Journal", "wsj", "https://www.wsj.com"),
        KnownName.Of(3, "Bloomberg", "bloomberg", "https://www.bloomberg.com"),
        KnownName.Of(4, "Financial Times", "financial-times", "https://www.ft.com"),
    ];

    [Theory]
    [InlineData("Wall Street Journal", 2)]
    [InlineData("the wall street journal", 2)]
    [InlineData("WSJ", 2)]
    [InlineData("wsj.com", 2)]
    [InlineData("Bloomberg News", 3)]
    [InlineData("BLOOMBERG", 3)]
    [InlineData("FT", 4)]
    [InlineData("The Financial Times Newspaper", 4)]
    public void Match_OtherNameOfAKnownOutlet_GivesThatOutlet(string written, int id)
    {
        Assert.Equal(id, OutletNames.Match(written, _outlets)?.Id);
    }

    [Theory]
    [InlineData("Semafor")]
    [InlineData("News")]
    [InlineData("Bloomberg Law")]
    [InlineData("")]
    public void Match_NameOfNoKnownOutlet_GivesNull(string written)
    {
        Assert.Null(OutletNames.Match(written, _outlets));
    }

    [Fact]
    public void Names_NewOutletWrittenByItsInitials_IsThatOutlet()
    {
        Assert.True(OutletNames.Names("NYT", KnownName.Of(0, "New York Times")));
        Assert.True(OutletNames.Names("The New York Times", KnownName.Of(0, "NYT")));
        Assert.False(OutletNames.Names("New York Post", KnownName.Of(0, "New York Times")));
    }
}
