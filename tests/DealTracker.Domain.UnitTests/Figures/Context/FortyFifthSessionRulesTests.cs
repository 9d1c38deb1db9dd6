using DealTracker.Domain.Figures;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The forty-fifth session's rules. Money: a price in pence per share or each whatever its number ("240p each", which the screen-mode
/// guard refused), the yen written "Y" before a scale and the rupee sign a font lost as a back-quote before a scale. Sources: an
/// outlet's journalist telling the story ("a Sky News reporter tweeted"), unnamed people cited past several describing words ("quoting
/// a senior government source"), people speaking in a participle ("with analysts saying") and "industry players". Guards: a screen
/// mode, "Y2K", a journalist who tells nothing, and players of a game.
/// </summary>
public sealed class FortyFifthSessionRulesTests
{
    [Theory]
    [InlineData("The shares were sold at 240p each, raising gross proceeds of £61.7m.", "240p", "2.4", "GBP")]
    [InlineData("Oil and gas firm John Wood said it will engage with Apollo Management on a £1.7 billion, 240p a share bid.", "240p", "2.4", "GBP")]
    [InlineData("The Japanese market for nanotech products will reach Y19 trillion in 2010, according to an estimate.", "Y19 trillion", "19000000000000", "JPY")]
    [InlineData("These investments are part of the $10-billion (`75,000-crore) India Digitisation Fund, which the tech giant launched in 2020.", "`75,000-crore", "750000000000", "INR")]
    public void Extract_PenceEachYenAndLostRupeeSign_ReadsTheMoney(string sentence, string text, string amount, string currency)
    {
        AssertExtracted(sentence, text, amount, currency);
    }

    [Theory]
    [InlineData("The trailer streams in 240p each day until the launch.")]
    [InlineData("Fears of a Y2K bug cost banks little in the end.")]
    [InlineData("Use `5 million` as the placeholder in the template.")]
    public void Extract_ScreenModesAndCodes_ReadsNoMoney(string sentence)
    {
        Assert.Empty(FigureExtractor.Extract(sentence));
    }

    [Theory]
    [InlineData("Britain's BT Group is in talks to sell its corporate business in Ireland to Mayfair Equity Partners, a Sky News reporter tweeted on Thursday.", "Sky News")]
    [InlineData("The startup is raising $40 million, a Bloomberg reporter said on Friday.", "Bloomberg")]
    public void Read_OutletJournalistTellingTheStory_NamesTheOutlet(string sentence, string source)
    {
        Assert.Contains(source, Named(sentence));
    }

    [Theory]
    [InlineData("The group will recommend a sale of the state's stake, the newspaper reported, quoting a senior government source.")]
    [InlineData("Two takeover deals worth £3.7 billion neared fruition today, with analysts saying many more bids are likely.")]
    [InlineData("Industry players say water projects in the United States are ripe for the P3 model.")]
    public void Read_UnnamedPeopleCitedOrSpeaking_FindsAnAnonymousSource(string sentence)
    {
        Assert.True(HasAnonymous(sentence), string.Join(" | ", Read(sentence).Sources.Select(s => s.Name)));
    }

    [Theory]
    [InlineData("A former Reuters reporter who founded the startup raised $5 million.", "Reuters")]
    [InlineData("The Bloomberg reporter's book sold 50,000 copies.", "Bloomberg")]
    public void Read_JournalistTellingNothing_NamesNoOutlet(string sentence, string outlet)
    {
        Assert.DoesNotContain(outlet, Named(sentence));
    }

    [Fact]
    public void Read_PlayersOfAGame_FindsNoAnonymousSource()
    {
        Assert.False(HasAnonymous("Players say the new $70 game is too expensive."));
    }
}
