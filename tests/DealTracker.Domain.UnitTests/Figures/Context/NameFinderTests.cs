using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>Names the finder reads whole: a name joined by "and" inside it, and a legal name with a ticker after it.</summary>
public sealed class NameFinderTests
{
    [Theory]
    // blind31 misses.
    [InlineData("The National Investment and Infrastructure Fund (NIIF) provided $200 million in strategic funding to the provider of digital infrastructure solutions.", "National Investment and Infrastructure Fund")]
    [InlineData("Prior to Rapido, EV major Ather Energy bagged $71 Mn from existing investor National Investment and Infrastructure Fund (NIIF) at a post-money valuation of $1.3 Bn in August.", "National Investment and Infrastructure Fund")]
    [InlineData("State Development and Investment Corporation will invest $300 million in the plant.", "State Development and Investment Corporation")]
    public void Read_NameJoinedByAnd_IsOneInvestor(string sentence, string investor)
    {
        Assert.Equal(investor, Read(sentence).Figures[0].Investor);
    }

    [Theory]
    [InlineData("Microsoft and Nvidia Corp. will invest $15 billion in Anthropic.", "Microsoft")]
    // blind26: a brand's last word is no common noun to join on.
    [InlineData("US wireless carrier Verizon Communications and Amazon Inc may invest more than $4 billion for a stake in India’s Vodafone Idea.", "Verizon Communications")]
    public void Read_TwoNamesJoinedByAnd_StayTwo(string sentence, string investor)
    {
        Assert.Equal(investor, Read(sentence).Figures[0].Investor);
    }

    [Theory]
    // blind31 miss.
    [InlineData("It could make it the largest stakeholder in OpenAI, surpassing Microsoft Corporation MSFT, which has invested nearly $14 billion.", "Microsoft Corporation")]
    [InlineData("Nvidia Corp NVDA, which has invested $5 billion in Intel, said on Monday it would buy more.", "Nvidia Corp")]
    public void Read_TickerAfterTheLegalName_IsNoPartOfTheName(string sentence, string investor)
    {
        Assert.Equal(investor, Read(sentence).Figures[0].Investor);
    }

    [Fact]
    public void Read_UpperCaseLegalForm_StaysInTheName()
    {
        Assert.Contains(Read("HSBC Holdings PLC said it would invest $1 billion.").Organisations, o => o.Name == "HSBC Holdings PLC");
    }

    [Theory]
    // blind33 misses.
    [InlineData("The Japanese government would invest ¥250 billion (US$1.6 billion) in state-backed Rapidus Corp as part of Japanese Prime Minister Sanae Takaichi’s pledge to boost domestic chipmaking.", "Japanese government")]
    [InlineData("This prompted the US government to buy a 9.9% stake in Intel last month for USD 8.9 bn in an effort by US President Donald Trump to boost American manufacturing amid rising global competition.", "US government")]
    // https://www.nippon.com/en/news/yjj2024122500543/japan-govt-to-invest-100-b-yen-in-rapidus-in-2025.html (Jiji Press)
    [InlineData("Tokyo, Dec. 25 (Jiji Press)--The Japanese government plans to invest 100 billion yen in domestic chipmaker Rapidus Corp. under its fiscal 2025 budget, officials said Wednesday.", "Japanese government")]
    [InlineData("The U.S. government will take a 10% stake in Intel for $8.9 billion.", "U.S. government")]
    public void Read_PlaceAndGovernment_IsTheInvestor(string sentence, string investor)
    {
        Assert.Equal(investor, Read(sentence).Figures[0].Investor);
    }

    [Fact]
    public void Read_DescriptorInCapitals_IsNoName()
    {
        // blind33 miss: "IT" describes the investor, it does not name one.
        var reading = Read("The IT titan will invest up to $170 million (£147.8 million) in shares of the loss-making startup Lordstown Motors.");

        Assert.Null(reading.Figures[0].Investor);
        Assert.DoesNotContain(reading.Organisations, o => o.Name == "IT");
    }
}
