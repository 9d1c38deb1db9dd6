using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The forty-third session's rule. "Insider" describing a deal ("an insider share sale", "insider trading") or naming the holders
/// shares go to or come from ("offering shares to insiders") cites nobody; insiders who say or know something still are unnamed
/// people cited.
/// </summary>
public sealed class FortyThirdSessionRulesTests
{
    [Theory]
    [InlineData("SpaceX has authorized an insider share sale that values the company at about $800 billion, Bloomberg News reported on Friday.")]
    [InlineData("The company is offering shares to insiders at $421 apiece, and also said it is preparing for a possible listing, Bloomberg reported.")]
    [InlineData("Regulators are examining insider trading before the $2 billion takeover was announced.")]
    [InlineData("The fund bought stock from insiders worth $40 million last year.")]
    [InlineData("The startup completed an insider sale of $300 million at a $12 billion valuation.")]
    public void Read_InsiderDescribingADealOrItsHolders_CitesNoAnonymousSource(string sentence)
    {
        Assert.False(HasAnonymous(sentence), string.Join(", ", Anonymous(sentence)));
    }

    [Theory]
    [InlineData("According to insiders, the deal is worth $5 billion.")]
    [InlineData("Insiders said the company would sell $200 million of shares to employees next year.")]
    [InlineData("The startup is raising $100 million, two insiders told Reuters.")]
    [InlineData("The valuation could reach $9 billion, according to industry insiders familiar with the talks.")]
    public void Read_InsidersWhoSayOrKnow_StillCiteAnAnonymousSource(string sentence)
    {
        Assert.True(HasAnonymous(sentence));
    }
}
