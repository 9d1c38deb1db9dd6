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
    public void IsDocument_NounWithoutAName_True(string name) => Assert.True(CitedNouns.IsDocument(name));

    [Theory]
    [InlineData("Semafor")]
    [InlineData("Caixin magazine")]
    [InlineData("Nikkei business daily")]
    [InlineData("industry website tech.eu")]
    [InlineData("e27")]
    [InlineData("36kr")]
    [InlineData("ministry")]
    [InlineData("")]
    public void IsDocument_ANameOrNoCitedNoun_False(string name) => Assert.False(CitedNouns.IsDocument(name));

    [Theory]
    [InlineData("OpenAI has held talks with other investors too, according to the report.", true)]
    [InlineData("Anthropic raised $13 billion, a regulatory filing showed.", true)]
    [InlineData("The company raised $300 million, according to court papers.", true)]
    [InlineData("The company raised $300 million, Semafor reported.", false)]
    [InlineData("SoftBank will invest $40 billion, according to the Journal.", false)]
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
