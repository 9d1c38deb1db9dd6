using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The twenty-eighth session's rules: an opening name's appositive and an owner's unit read as the name alone (found by the
/// metamorphic check with two new transforms), a company telling its own raise with "revealed", sovereign bond sales in longer
/// phrases, a haul and counted funds as round sizes, and one named organisation's money put into no company as its investment (M2).
/// </summary>
public sealed class TwentyEighthSessionRulesTests
{
    [Theory]
    [InlineData("Samsung Electronics, South Korea’s biggest chipmaker, has revealed plans to invest $14.7bn in a new semiconductor manufacturing plant in South Korea.", "Samsung Electronics")]
    [InlineData("SoftBank, Japan’s technology investor, announced on Tuesday it will buy ¥221bn of Yahoo Japan shares from Altaba.", "SoftBank")]
    [InlineData("Lærernes Pension, the Danish teachers’ pension fund, has acquired a DKK1bn holding in AIP Infrastructure II from PKA.", "Lærernes Pension")]
    [InlineData("Macquarie, which manages a Korean infrastructure fund, is buying Goldman Sachs’ 30 percent stake in C&M for $970 million.", "Macquarie")]
    public void Read_OpeningNameWithAnAppositive_IsTheInvestor(string sentence, string investor)
    {
        var figure = Read(sentence).Figures[0];

        Assert.Equal((Metric.Investment, investor), (figure.Metric, figure.Investor));
    }

    [Theory]
    [InlineData("Canva, an affiliate of a Sydney holding group, was valued at $40 billion in its last round.", Metric.Valuation)]
    [InlineData("Canva was valued at $40 billion in its last round.", Metric.Valuation)]
    public void Read_ValuedCompanyWithAnAppositive_IsAValuation(string sentence, Metric metric)
    {
        Assert.Equal(metric, Read(sentence).Figures[0].Metric);
    }

    [Fact]
    public void Read_NamesInABlankedAppositive_AreStillOrganisations()
    {
        var reading = Read("Canva, an affiliate of Acme Holdings, was valued at $40 billion in its last round.");

        Assert.Equal(["Canva", "Acme Holdings"], reading.Organisations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Masayoshi Son, SoftBank’s chief executive, said the company will invest $10 billion.")]
    [InlineData("Meanwhile, a unit of Acme, said it will invest $10 billion.")]
    [InlineData("Google, Amazon’s rival, and Microsoft will invest $10 billion.")]
    [InlineData("Nvidia, valued at about $4.3tn, pledged to invest $100bn in OpenAI.")]
    public void Of_AppositiveThatSaysSomething_IsKept(string sentence)
    {
        var figures = FigureExtractor.Extract(sentence);

        Assert.Equal(sentence, ReadingText.Of(sentence, figures));
    }

    [Fact]
    public void Of_OpeningNameWithAnAppositive_BlanksItKeepingOffsets()
    {
        const string sentence = "Toyota, Japan’s biggest carmaker, will invest $5 billion.";

        var read = ReadingText.Of(sentence, FigureExtractor.Extract(sentence));

        Assert.Equal(("Toyota", "will invest $5 billion.", sentence.Length), (read[..6], read[(sentence.IndexOf("will", StringComparison.Ordinal))..], read.Length));
        Assert.DoesNotContain("carmaker", read, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FnGuide, a financial information firm, expects Naver's third-quarter operating profit to shrink 15.9 percent to 262.5 billion won.", "FnGuide")]
    [InlineData("Dagens Industri, a business newspaper based in Stockholm, claims TDC is a target for the Swedish firm.", "Dagens Industri")]
    [InlineData("Bloomberg, which was first to report this story, mentioned Carlyle Group as a potential buyer.", "Bloomberg")]
    public void Read_SourceWithAnAppositive_IsNamed(string sentence, string source)
    {
        Assert.Equal([source], Named(sentence));
    }

    [Theory]
    [InlineData("LG Chem’s LG Energy Solution unit will invest $933.5 million in the plant between 2021 and 2023.", "LG Energy Solution")]
    [InlineData("LG Chem’s battery unit will invest $933.5 million in the plant.", "LG Chem")]
    [InlineData("Alphabet’s Google unit will invest $10 billion in India.", "Google")]
    public void Read_OwnersUnitInvesting_IsTheUnitsOrTheOwnersInvestment(string sentence, string investor)
    {
        var reading = Read(sentence);

        Assert.Equal((Metric.Investment, investor), (reading.Figures[0].Metric, reading.Figures[0].Investor));
    }

    [Fact]
    public void Read_OwnersUnit_KeepsTheOwnerAmongTheOrganisations()
    {
        Assert.Equal(["LG Chem", "LG Energy Solution"], Read("LG Chem’s LG Energy Solution unit will invest $933.5 million in the plant.").Organisations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Rokae also revealed that it raised 100 million yuan in funding from Xianghe Capital in its Series C1 round.")]
    [InlineData("Rokae on Monday disclosed it had raised 100 million yuan in funding.")]
    public void Read_CompanyRevealingItsOwnRaise_CitesNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    [Fact]
    public void Read_RatingRaisedByAnAgency_StaysItsSource()
    {
        Assert.Equal(["S&P Global"], Named("S&P Global on Monday said it has raised its rating on ARM to hold from sell, and it lifted its price target on the shares to £17 each."));
    }

    [Theory]
    [InlineData("Italy sold 1.995 billion euros of its latest inflation-linked bond to retail investors on the first day of offering.")]
    [InlineData("Argentina on Thursday sold $653.7 million of a new dollar-linked bond due to mature in 2018.")]
    [InlineData("Peru issued about $2 billion in sovereign and global bonds this week.")]
    [InlineData("Peru will auction a total of 70 million soles in sovereign domestic bonds next week.")]
    [InlineData("State oil company YPF placed $1.5 billion in debt last month.")]
    public void Read_IssuerSellingItsBonds_IsARoundSize(string sentence)
    {
        Assert.Equal(Metric.RoundSize, Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("Carlyle Group’s $18.5 billion haul for its seventh flagship buyout fund in July is the largest of the year so far.")]
    [InlineData("Battery startup Our Next Energy Inc. set the pace with a $300 million haul.")]
    [InlineData("London-based venture capital firm Backed has unveiled two new €75m funds to tap into European high-growth tech firms.")]
    public void Read_HaulOrCountedFunds_IsARoundSize(string sentence)
    {
        Assert.Equal(Metric.RoundSize, Read(sentence).Figures[0].Metric);
    }

    [Theory]
    [InlineData("The two companies said they will form a new company with Oracle Corp., which will invest at least $500 billion in AI infrastructure in the United States.", "Oracle Corp.")]
    [InlineData("Abu Dhabi's investment holding firm ADQ is leading a consortium that will invest $35 billion in major projects in Egypt.", "ADQ")]
    [InlineData("Microsoft will invest $10 billion in Japan between 2026 and 2029 to expand AI infrastructure.", "Microsoft")]
    public void Read_OneOrganisationPuttingMoneyIntoNoCompany_IsItsInvestment(string sentence, string investor)
    {
        var figure = Read(sentence).Figures[0];

        Assert.Equal((Metric.Investment, investor), (figure.Metric, figure.Investor));
    }

    [Theory]
    [InlineData("Venture capitalists put US$97 billion into artificial intelligence startups in the US last year.")]
    [InlineData("Four US tech firms have announced plans to invest £6.3 billion in data centre infrastructure in the UK.")]
    [InlineData("Two Japanese companies have pledged to invest a combined US$120 million in South Korea.")]
    [InlineData("In 2015, the Big Four hyperscalers invested USD 23.8 billion into data center infrastructure.")]
    [InlineData("Over the past 12 months, Gulf sovereign wealth funds invested almost $10 billion in China, the largest such volume in history.")]
    public void Read_ManyGiversOrAPastPeriodsMoneyIntoNoCompany_StaysOther(string sentence)
    {
        Assert.Null(Read(sentence).Figures[0].Metric);
    }
}
