using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A company whose name opens with a country or a nationality ("Saudi Aramco", "China Mobile", "British American Tobacco") is read
/// whole; a place before an acronym, a kind, a title or a description stays outside the name ("Chinese EV maker BYD", "US President").
/// </summary>
public sealed class PlaceLedNamesTests
{
    [Theory]
    [InlineData("Saudi Aramco will invest $1.5 billion in Horse Powertrain, the companies said.", "$1.5 billion", "Saudi Aramco")]
    [InlineData("China Mobile plans to invest 2 billion yuan in Zhipu AI.", "2 billion yuan", "China Mobile")]
    [InlineData("British American Tobacco will invest $100 million in Organigram.", "$100 million", "British American Tobacco")]
    [InlineData("The state-owned Qatar Airways has bought a $600 million stake in British Airways-owner IAG to increase its holding to 25.1%.", "$600 million", "Qatar Airways")]
    [InlineData("After the latest investment of around R57 million, African Rainbow Minerals will own 19.9% in Surge Copper.", "R57 million", "African Rainbow Minerals")]
    [InlineData("Chinese EV maker BYD will invest $1 billion in the startup.", "$1 billion", "BYD")]
    [InlineData("Chinese internet giant Tencent invested $500 million in the startup.", "$500 million", "Tencent")]
    [InlineData("Saudi PIF will invest $2 billion in the carmaker.", "$2 billion", "PIF")]
    [InlineData("Japan's SoftBank will invest $3 billion in the startup.", "$3 billion", "SoftBank")]
    public void Read_NameOpeningWithAPlace_IsTheInvestorWhole(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("US President Donald Trump said the deal was good.", "US President")]
    [InlineData("Chinese EV maker BYD said the deal was good.", "Chinese EV")]
    public void Read_PlaceBeforeATitleOrAKind_IsNoName(string sentence, string notAName)
    {
        Assert.DoesNotContain(Read(sentence).Organisations, o => o.Name == notAName);
    }

    [Fact]
    public void Read_ProceedsOfASharesSale_AreNoInvestment()
    {
        var figure = Figure("The fund received the $30 billion proceeds from the sale of shares in Saudi Aramco.", "$30 billion");

        Assert.Null(figure.Metric);
    }
}
