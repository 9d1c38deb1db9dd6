using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The rules added for the classes of miss blind21 and blind22 showed on their first runs (the ninth round): givers named after
/// "from" past words saying what the money is, investments made by an owner's affiliate, "X, which invested", and the price a
/// buyer pays for a minority stake or shares; investment raised from no one named; and sources in "the report by investment bank X"
/// and "citing data from regulator Y".
/// Sentences written for these tests rather than copied from the corpus.
/// </summary>
public sealed class ContextReaderNinthRoundRulesTests
{
    // ---------------------------------------------------------------- investor

    [Theory]
    [InlineData("The robotics startup secured $2.5 million of investment from Siemens in its seed round.", "$2.5 million", "Siemens")]
    [InlineData("Medtech firm Curalink received a €2 million (US$2.2 million) convertible loan from Norway’s Innovation Fund (NIF) last month.", "€2 million", "Innovation Fund")]
    [InlineData("The lender got $80 million in fresh equity from Temasek Holdings this week.", "$80 million", "Temasek Holdings")]
    public void Read_CapitalFromAGiver_NamesTheGiver(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("The carmaker closed a $2 billion raise, including a $900 million investment by a QIA affiliate.", "$900 million", "QIA")]
    [InlineData("The round included a $50 million stake by a Tencent unit.", "$50 million", "Tencent")]
    public void Read_InvestmentByAnOwnersAffiliate_NamesTheOwner(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("The round was led by chip maker Veldtron, which invested €900 million in the startup.", "€900 million", "Veldtron")]
    [InlineData("The biggest backer is Northwind Capital, which has already invested about $120 million.", "$120 million", "Northwind Capital")]
    public void Read_NamedBeforeWhichInvested_NamesIt(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("Helvion Bank took a 12% stake in payments firm Kassa for about $90 million.", "$90 million", "Helvion Bank")]
    [InlineData("Orbis Holdings' insurance business will acquire around 20% of shares in Lumo Life for roughly $300 million.", "$300 million", "Orbis Holdings")]
    [InlineData("Meridian Life spent more than $150 million to buy an additional 12 million shares of the insurer.", "$150 million", "Meridian Life")]
    [InlineData("Carmaker Astrava will pay $1.1 billion for a 26 percent stake in a battery maker.", "$1.1 billion", "Astrava")]
    public void Read_PriceOfAMinorityStake_IsAnInvestmentByTheBuyer(string sentence, string at, string investor)
    {
        var reading = Figure(sentence, at);
        Assert.Equal(Metric.Investment, reading.Metric);
        Assert.Equal(investor, reading.Investor);
    }

    /// <summary>Moved in the stakes-control realignment from Read_PriceOfAMajorityStake_IsNoInvestment, which asserted the old
    /// convention (a majority, controlling, remaining or whole stake's price, or a stake sold with no buyer, was no investment): in the
    /// issue's reading a stake of any size bought is the buyer's investment.</summary>
    [Theory]
    [InlineData("Polder Energy agreed to buy the remaining shares in Solvind for $800 million.", "$800 million")]
    [InlineData("Nordmark will pay $2 billion for a 60 percent stake in the chipmaker.", "$2 billion")]
    [InlineData("Astrava agreed to buy a majority stake in the grid operator for $4 billion.", "$4 billion")]
    public void Read_PriceOfAMajorityStake_IsAnInvestment(string sentence, string at) =>
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);

    [Theory]
    [InlineData("Sir Alan Rix is to commit $300m from his own fortune to Ashford Rovers Football Club.", "$300m", "Sir Alan Rix")]
    [InlineData("LONDON - Harlow Capital will invest up to $50m in Pellworth Robotics.", "$50m", "Harlow Capital")]
    public void Read_SubjectOpeningTheClause_InvestsRatherThanTheRecipient(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("In a filing on Monday, Corvel said it had agreed a deal for an undisclosed party to invest up to $400 million in its parent.", "$400 million")]
    [InlineData("The miner said an unnamed investor to invest about $90 million had signed a term sheet.", "$90 million")]
    public void Read_UndisclosedPartyInvesting_NamesNoInvestor(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Investor);
    }

    [Fact]
    public void Read_InTalksWithACompanyToInvest_NamesTheOneInTalks()
    {
        const string sentence = "Kenya’s state-owned Mining Development Fund (MDF) is in talks with Tana Graphite to invest up to $40 million in the company.";
        Assert.Equal("Mining Development Fund", Figure(sentence, "$40 million").Investor);
    }

    [Theory]
    [InlineData("Most of the new money—around $9 billion—is expected to come from Vantor Holdings itself.", "$9 billion", "Vantor Holdings")]
    [InlineData("Of the total, $2 billion will come from Northwind Capital, the company said.", "$2 billion", "Northwind Capital")]
    public void Read_MoneyExpectedToComeFromAGiver_IsItsInvestment(string sentence, string at, string investor)
    {
        var reading = Figure(sentence, at);
        Assert.Equal(Metric.Investment, reading.Metric);
        Assert.Equal(investor, reading.Investor);
    }

    // ---------------------------------------------------------------- metric

    [Theory]
    [InlineData("Talks are aimed at raising a significant $2 billion investment for the chip startup.", "$2 billion")]
    [InlineData("The founder denied reports of the company securing up to $4 billion in investment.", "$4 billion")]
    [InlineData("The fund will seek $20 billion of private equity capital from investors, the firms said.", "$20 billion")]
    public void Read_InvestmentRaisedFromNoOneNamed_IsARound(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_InvestmentSecuredFromOneGiver_StaysAnInvestment()
    {
        Assert.Equal(Metric.Investment, Figure("The robotics startup secured $2.5 million of investment from Siemens.", "$2.5 million").Metric);
    }

    // ---------------------------------------------------------------- sources

    [Theory]
    [InlineData("And as per the report by investment bank Halden Partners, the market could grow to $9 billion by 2030.", "Halden Partners")]
    [InlineData("Chile's pension assets reached $180 billion, Diario Sur reported, citing data from industry regulator SPensiones.", "SPensiones")]
    public void Read_ReportByOrDataFromADescribedOrganisation_NamesIt(string sentence, string source)
    {
        Assert.Contains(source, Named(sentence));
    }
}
