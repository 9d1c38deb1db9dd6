using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The twenty-seventh session's rules, found by a metamorphic check (a corpus sentence with an appositive, a closing attribution or a
/// dateline added must read as before): an appositive that opens with an owner's name, a name inside an appositive standing for the
/// subject it describes, a founding year that dates no sum, and a closing "the firm said" that names no company's round.
/// </summary>
public sealed class TwentySeventhSessionRulesTests
{
    [Theory]
    [InlineData("Toyota, Japan’s biggest carmaker, will invest $5 billion in the United States.", "Toyota")]
    [InlineData("SK Group, South Korea’s second-largest conglomerate after Samsung, is investing 106.4 trillion won ($77 billion) in artificial intelligence and semiconductors through 2028.", "SK Group")]
    [InlineData("Toyota, Acme’s biggest shareholder, will invest $5 billion in batteries.", "Toyota")]
    [InlineData("Mubadala, founded in 2015, has invested more than $2bn in Brazil.", "Mubadala")]
    public void Read_SubjectBeforeAnAppositive_IsTheInvestorOfItsOwnMoney(string sentence, string investor)
    {
        var figure = Read(sentence).Figures[0];

        Assert.Equal((Metric.Investment, investor), (figure.Metric, figure.Investor));
    }

    [Theory]
    [InlineData("Pfizer Inc, a unit of Acme Holdings, said on Tuesday it will invest up to $500 million into publicly traded drug developers.", "Pfizer Inc")]
    [InlineData("TotalEnergies, an affiliate of Saudi Arabia’s Public Investment Fund, is buying out all remaining shares in renewable energy developer Total Eren for $1.66 billion.", "TotalEnergies")]
    public void Read_NameInsideAnAppositive_StandsForTheSubjectItDescribes(string sentence, string investor)
    {
        Assert.Equal(investor, Read(sentence).Figures[0].Investor);
    }

    [Theory]
    [InlineData("SLEC, the vehicle that holds the commercial rights to F1, sold the stake to CVC Capital Partners, the private equity group, for a sum understood to be about $1 billion.", "CVC Capital Partners")]
    [InlineData("For Anthropic, the arrangement also brings it closer to Microsoft, which has invested more than $13 billion in OpenAI.", "Microsoft")]
    public void Read_NameAfterAnotherAppositive_KeepsItsOwnReading(string sentence, string investor)
    {
        Assert.Equal(investor, Read(sentence).Figures[0].Investor);
    }

    [Theory]
    [InlineData("Lightspeed led this round with an investment of Rs 121.37 crore ($14.2 million), followed by Lowercarbon with Rs 69 crore (approximately $8.1 million).", "Rs 69 crore", "Lowercarbon")]
    [InlineData("Accel led the round with $10 million, followed by Sequoia with about $5 million.", "$5 million", "Sequoia")]
    public void Read_FollowedByABackerWithItsMoney_IsThatBackersInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal((Metric.Investment, investor), (figure.Metric, figure.Investor));
    }

    [Theory]
    [InlineData("In 2019, to date, $38.7 billion has been raised through venture mega-rounds, the firm said in a statement.")]
    [InlineData("In 2019, to date, $38.7 billion has been raised through venture mega-rounds, the company said.")]
    [InlineData("In 2019, to date, $38.7 billion has been raised through venture mega-rounds.")]
    public void Read_MarketTotalWithAClosingAttribution_StaysOther(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_OneStartupsRoundWithAClosingAttribution_StaysARound()
    {
        Assert.Equal(Metric.RoundSize, Read("The startup raised $5 million in the quarter, the company said.").Figures[0].Metric);
    }

    [Theory]
    [InlineData("The United States and Saudi Arabia are in talks to secure metals in Africa, the Wall Street Journal reported on Sunday, citing people with knowledge of the talks.")]
    [InlineData("(Reuters) – The United States and Saudi Arabia are in talks to secure metals in Africa, the Wall Street Journal reported on Sunday, citing people with knowledge of the talks.")]
    public void Read_CapitalisedStatesInAPlaceName_IsNoReportingVerb(string sentence)
    {
        Assert.Equal(["The Wall Street Journal"], Named(sentence));
    }
}
