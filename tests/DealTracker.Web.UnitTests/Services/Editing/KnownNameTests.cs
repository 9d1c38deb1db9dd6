using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.UnitTests.Services.Editing;

public sealed class KnownNameTests
{
    private static readonly IReadOnlyList<KnownName> _outlets =
    [
        KnownName.Of(1, "Reuters", "reuters", "https://www.reuters.com"),
        KnownName.Of(2, "The Wall Street Journal", "wsj", "https://www.wsj.com"),
        KnownName.Of(3, "Financial Times", "financial-times", "https://www.ft.com"),
        KnownName.Of(4, "New York Post", "new-york-post", "https://nypost.com"),
        KnownName.Of(5, "Nasdaq/RTTNews", "nasdaq-rttnews", "https://www.nasdaq.com"),
        KnownName.Of(6, "The New York Times", "new-york-times", "https://www.nytimes.com"),
    ];

    private static readonly IReadOnlyList<KnownName> _parties =
    [
        KnownName.Of(10, "Amazon", "amazon"),
        KnownName.Of(11, "Amazon Web Services (AWS)", "aws"),
        KnownName.Of(12, "OpenAI", "openai"),
        KnownName.Of(13, "SoftBank", "softbank"),
    ];

    [Theory]
    [InlineData("the Wall Street Journal", 2)]
    [InlineData("The Wall Street Journal's", 2)]
    [InlineData("WSJ", 2)]
    [InlineData("wall street journal", 2)]
    [InlineData("the FT", 3)]
    [InlineData("Financial Times", 3)]
    [InlineData("the New York Post", 4)]
    [InlineData("RTTNews", 5)]
    [InlineData("NYT", 6)]
    [InlineData("REUTERS", 1)]
    public void Match_OutletVariant_FindsTheOutlet(string written, int id)
    {
        Assert.Equal(id, KnownName.Match(written, _outlets)?.Id);
    }

    [Theory]
    [InlineData("Semafor")]
    [InlineData("The Information")]
    [InlineData("the Journal")]
    [InlineData("")]
    [InlineData("people familiar with the matter")]
    public void Match_UnknownOutlet_FindsNone(string written)
    {
        Assert.Null(KnownName.Match(written, _outlets));
    }

    [Theory]
    [InlineData("Amazon.com Inc.", 10)]
    [InlineData("amazon", 10)]
    [InlineData("Amazon Inc", 10)]
    [InlineData("AWS", 11)]
    [InlineData("Amazon Web Services", 11)]
    [InlineData("OpenAI", 12)]
    [InlineData("SoftBank Group Corp.", 13)]
    public void Match_PartyVariant_FindsTheParty(string written, int id)
    {
        Assert.Equal(id, KnownName.Match(written, _parties)?.Id);
    }

    [Fact]
    public void Match_TwoPartiesShareTheVariant_FindsNone()
    {
        IReadOnlyList<KnownName> parties = [KnownName.Of(1, "Alpha Beta"), KnownName.Of(2, "Ab Capital (AB)")];

        Assert.Null(KnownName.Match("AB", parties));
    }
}
