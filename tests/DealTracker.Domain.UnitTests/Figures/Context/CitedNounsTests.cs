using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

public sealed class CitedNounsTests
{
    [Theory]
    [InlineData("report")]
    [InlineData("joint statement")]
    [InlineData("regulatory filing")]
    [InlineData("SEC filing")]
    [InlineData("court papers")]
    [InlineData("company’s annual report")]
    [InlineData("website")]
    [InlineData("newspaper")]
    [InlineData("news agency")]
    [InlineData("filings with the ministry of corporate affairs")]
    [InlineData("documents from the $54.1 billion pension fund")]
    [InlineData("French media")]
    [InlineData("local press")]
    [InlineData("the Japanese business daily")]
    [InlineData("State media")]
    [InlineData("reporting")]
    [InlineData("public reporting")]
    [InlineData("Chinese media outlets")]
    [InlineData("the data firm")]
    [InlineData("filing with the Securities and Exchange Commission")]
    [InlineData("Wednesday filing with the U.S. Securities and Exchange Commission")]
    [InlineData("filing to the Abu Dhabi Securities Exchange")]
    [InlineData("regulatory filing by NOS")]
    [InlineData("disclosure to the Hong Kong Stock Exchange")]
    [InlineData("its S-1")]
    [InlineData("its 10\u2011Q")]
    [InlineData("Form 8-K")]
    public void IsDocument_NounWithoutAName_True(string name) => Assert.True(CitedNouns.IsDocument(name));

    [Theory]
    [InlineData("Semafor")]
    [InlineData("Caixin magazine")]
    [InlineData("Nikkei business daily")]
    [InlineData("industry website tech.eu")]
    [InlineData("e27")]
    [InlineData("36kr")]
    [InlineData("ministry")]
    [InlineData("the Canadian Press")]
    [InlineData("Associated Press")]
    [InlineData("Bloomberg Media")]
    [InlineData("Korea JoongAng Daily")]
    [InlineData("report by The Information")]
    [InlineData("Wall Street Journal")]
    [InlineData("")]
    public void IsDocument_ANameOrNoCitedNoun_False(string name) => Assert.False(CitedNouns.IsDocument(name));

    [Theory]
    [InlineData("OpenAI has held talks with other investors too, according to the report.", true)]
    [InlineData("Anthropic raised $13 billion, a regulatory filing showed.", true)]
    [InlineData("The company raised $300 million, according to court papers.", true)]
    [InlineData("The company raised $300 million, Semafor reported.", false)]
    [InlineData("SoftBank will invest $40 billion, according to the Journal.", false)]
    [InlineData("The group is in talks to invest $2 billion in the startup, French media reported.", true)]
    [InlineData("The firm raised $40 million, a filing with the Securities and Exchange Commission showed.", true)]
    public void IsDocument_SourceRead_TellsADocumentFromAnOutlet(string text, bool expected)
    {
        var source = Assert.Single(Read(text).Sources);

        Assert.Equal(expected, source.IsDocument);
    }

    [Fact]
    public void IsDocument_AnonymousSource_False()
    {
        var source = Assert.Single(Read("Amazon could invest $4 billion, according to people familiar with the report.").Sources);

        Assert.Equal((SourceKind.Anonymous, false), (source.Kind, source.IsDocument));
    }
}
