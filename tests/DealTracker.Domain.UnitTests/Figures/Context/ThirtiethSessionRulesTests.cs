using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirtieth session's rules, from the misses of the fresh sets issue141–144: a conversion between commas, a crowd or a country taking
/// in a market's money, a crowd of investors putting it in, a data-centre lease, money "invested" in a maker's chips, cheque ranges,
/// thresholds over many deals, money a product made over a period, a named source's partner joined by "and", a provider's list, bare
/// speakers, "the latter" as the investor and the Omani rial as wires write it.
/// </summary>
public sealed class ThirtiethSessionRulesTests
{
    [Theory]
    [InlineData("Zhipu AI has recently secured a substantial investment of 500 million yuan, equivalent to $69.04 million, from the state-owned Huafa Group.", 0, "Huafa Group")]
    [InlineData("Zhipu AI has recently secured a substantial investment of 500 million yuan, equivalent to $69.04 million (€63 million), from the state-owned Huafa Group.", 0, "Huafa Group")]
    public void Read_AConversionBetweenCommas_LeavesTheFigureItConvertsItsGiver(string sentence, int figure, string investor)
    {
        var reading = Read(sentence).Figures[figure];

        Assert.Equal((Metric.Investment, investor), (reading.Metric, reading.Investor));
    }

    [Theory]
    [InlineData("Google has won a six-year, $10 billion, or roughly €9 billion, cloud contract from Meta.", Metric.ComputeCommitment)]
    [InlineData("Elon Musk is said to be steadfast in his pursuit of a $20 billion, or roughly €18 billion, valuation for xAI.", Metric.Valuation)]
    public void Read_AConversionBetweenCommasBeforeTheFiguresNoun_ReadsBothAsTheNounSays(string sentence, Metric metric)
    {
        var figures = Read(sentence).Figures;

        Assert.Equal((metric, metric), (figures[0].Metric!.Value, figures[1].Metric!.Value));
    }

    [Fact]
    public void Read_AConversionBetweenCommasBeforeAnotherClause_KeepsThatClausesSource()
    {
        const string sentence = "Mistral AI is valued at 5.8 billion euros, or about $6.2 billion, a person familiar with the matter said.";
        var reading = Read(sentence);

        Assert.Equal((Metric.Valuation, Metric.Valuation), (reading.Figures[0].Metric!.Value, reading.Figures[1].Metric!.Value));
        Assert.Equal(["a person familiar with the matter"], Anonymous(sentence));
    }

    [Fact]
    public void Read_ASecondAmountBetweenCommasInTheSameCurrency_IsNoConversion()
    {
        var figures = Read("Contoso raised $20 million, or $5 million more than planned, from Fabrikam.").Figures;

        Assert.Null(figures[1].Converts);
    }

    [Theory]
    [InlineData("It's only Tuesday and AI chip startups have already soaked up $1.1 billion in funding, showing that investors remain undeterred.")]
    [InlineData("However, within the first half of 2024, Kenya hauled an impressive $244 million in startup funding.")]
    [InlineData("In 2016, venture capitalists invested about €6.5bn in the EU compared to €39.4bn in the US.")]
    [InlineData("VCs have poured $116.9 billion into digital health in the decade spanning 2014-2024.")]
    public void Read_ACrowdOrACountryTakingInOrPuttingInMoney_IsAMarketTotal(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("Alongside Toyota, existing investors injected an additional $62 million.", Metric.Investment)]
    [InlineData("Japan will receive a US$10bn investment to scale cloud and AI data centers.", Metric.Investment)]
    [InlineData("Nigeria raised $1.5 billion in Eurobonds last week.", Metric.RoundSize)]
    public void Read_ToldOfInvestorsOrAStatesOwnDeal_IsNoMarketTotal(string sentence, Metric metric)
    {
        Assert.Equal(metric, Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("Contoso has signed a 15-year, $5.2 billion AI data center lease with an unnamed investment-grade hyperscaler.")]
    [InlineData("Oracle is reportedly set to invest approximately $40 billion in Nvidia’s high-performance chips for the new campus.")]
    public void Read_ADataCentreLeaseOrAMakersChips_IsAComputeCommitment(string sentence)
    {
        Assert.Equal(Metric.ComputeCommitment, Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("Contoso agreed to buy a data center from Fabrikam for $500 million.")]
    [InlineData("Nvidia will invest $2 billion in Contoso, the AI chips startup.")]
    public void Read_ADataCentreBoughtOrMoneyIntoAChipCompany_IsNoComputeCommitment(string sentence)
    {
        Assert.NotEqual(Metric.ComputeCommitment, Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("To that end, Cherry says it will begin writing cheques out of the new fund this month, ranging in size between €300,000 and €5 million.")]
    [InlineData("The firm will also cut checks ranging from $500,000 to $2 million from this second fund.")]
    public void Read_AnInvestorsChequeRange_IsAnInvestment(string sentence)
    {
        Assert.Equal(Metric.Investment, Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("According to the report, 75 percent of funding rounds over $250 million last year included non-European investors.")]
    [InlineData("The number of rounds larger than 100 million dollars has increased in Europe in 2020.")]
    [InlineData("It will invest in late-stage VC funds that participate in funding rounds of more than €50m.")]
    public void Read_AThresholdOverManyDeals_IsOther(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("Pitchbook and NVCA also found venture activity dropped across all sectors last year.", "PitchBook", "NVCA")]
    [InlineData("One in ten startups is backed by an EU grant, according to a research project conducted by Dealroom and Dealflow.eu.", "Dealroom", "Dealflow.eu")]
    public void Read_ASourcesPartnerJoinedByAnd_IsNamedToo(string sentence, string one, string two)
    {
        Assert.Equal([one, two], Named(sentence));
    }

    [Fact]
    public void Read_ACompanyBesideACitedOutlet_IsNoSource()
    {
        Assert.Equal(["Bloomberg"], Named("According to Bloomberg, Microsoft and OpenAI are in talks over a new deal."));
    }

    [Fact]
    public void Read_AProvidersList_IsItsData()
    {
        Assert.Equal(["PitchBook"], Named("And that may be an underestimate: the PitchBook list does not yet include Gelesis."));
    }

    [Theory]
    [InlineData("Economic uncertainty is taking a toll on the biotech system, investors said during the ChinaBio Partnering Forum in Shanghai.", "investors")]
    [InlineData("Cross-border relationships are more important than ever, said panelists during the forum in Shanghai.", "panelists")]
    public void Read_ABareCrowdOfSpeakers_IsAnonymous(string sentence, string name)
    {
        Assert.Equal([name], Anonymous(sentence));
    }

    [Fact]
    public void Read_ANamedCompanysExecutivesSaying_IsNoAnonymousSource()
    {
        Assert.Empty(Anonymous("Contoso expects to close its purchase of Fabrikam by the end of the year as anticipated, executives said."));
    }

    [Theory]
    [InlineData("Compugen said it has struck a deal with Bristol Myers Squibb (BMY -0.27%) for the latter to invest $20 million into its equity.", "Bristol Myers Squibb")]
    [InlineData("Under the agreement between Contoso and Fabrikam, the former will invest $20 million.", "Contoso")]
    public void Read_TheLatterOrTheFormerInvesting_IsTheNameItStandsFor(string sentence, string investor)
    {
        Assert.Equal(investor, Read(sentence).Figures[0].Investor);
    }

    [Theory]
    [InlineData("Merck’s blockbuster cancer drug Keytruda made $18.4 billion in the first nine months of the year.")]
    [InlineData("The drug made about $2 billion in the second quarter.")]
    public void Read_MoneyAProductMadeOverAPeriod_IsRevenue(string sentence)
    {
        Assert.Equal(Metric.Revenue, Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_ProfitMadeOverAPeriod_IsNoRevenue()
    {
        Assert.NotEqual(Metric.Revenue, Read("The unit made $2 billion in operating income in the first quarter.").Figures[0].Metric);
    }

    [Theory]
    [InlineData("The Oman Future Fund has revealed an investment program valued at OR832 million.", 832_000_000)]
    [InlineData("His Majesty directed the launch of the Oman Future Fund with a capital of two billion Omani riyals.", 2_000_000_000)]
    public void Read_TheOmaniRialAsWiresWriteIt_IsAFigure(string sentence, long amount)
    {
        var figure = Assert.Single(Read(sentence).Figures).Figure;

        Assert.Equal(("OMR", (decimal)amount), (figure.Money.Currency, figure.Money.Amount!.Value));
    }
}
