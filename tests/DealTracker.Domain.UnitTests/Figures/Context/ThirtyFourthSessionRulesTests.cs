using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirty-fourth session's rules, from the misses of the fresh sets issue169–172 (AI startups and labs; takeovers and stake sales;
/// fund closes and the investors in funds; fintech, banking and insurance): a fund's target or size the figure does not head, limited
/// partners' commitments, pensions named with "and", described newspapers; and from issue173–176, after their unseen measure, a giver
/// named by "by" after the money.
/// </summary>
public sealed class ThirtyFourthSessionRulesTests
{
    [Theory]
    [InlineData("Apax Partners LLP, the British buyout firm, is seeking 9 billion euros ($13 billion) for a new fund, two people with knowledge of the matter said.", "9 billion euros")]
    [InlineData("Hg is targeting $12 billion for its next buyout fund, two people said.", "$12 billion")]
    [InlineData("KKR is raising about $15bn for its fifth Asia fund.", "$15bn")]
    [InlineData("The London-based buyout firm is chasing roughly $13 billion for the latest global vehicle.", "$13 billion")]
    [InlineData("The firm has gathered $1.2 billion of the $2 billion it is seeking for its third fund.", "$2 billion")]
    [InlineData("BC Partners has amassed 4 billion euros out of the 6 billion euros it’s seeking for its latest fund.", "6 billion euros")]
    [InlineData("Buyout firm Abraaj Group is planning a first close of as much as $4.5 billion by the end of June for what will be its largest-ever investment fund.", "$4.5 billion")]
    [InlineData("EQT has begun marketing an infrastructure fund that could reach €20 billion.", "€20 billion")]
    [InlineData("According to Crunchbase, Foresite’s preceding funds came in at $450 million, $300 million, and $100 million.", "$450 million")]
    [InlineData("Fund III had $410 million in capital commitments at its final close.", "$410 million")]
    [InlineData("European VC firm Creandum announced on Monday that it had closed its seventh fund — a €500m pot to back early-stage investments in Europe — in just 12 weeks.", "€500m")]
    [InlineData("Moving along, Foresite Capital announced its Fund IV this week, which will command a $668 million capital pool.", "$668 million")]
    public void Read_AFundsTargetTheFigureDoesNotHead_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Norway's wealth fund could reach $2 trillion by 2030.", "$2 trillion")]
    [InlineData("Since its launch, the fund had reached Rp 2 trillion ($150 million) annually.", "Rp 2 trillion")]
    [InlineData("The state pension fund came in at $300 billion.", "$300 billion")]
    [InlineData("The fund totaled C$575 billion as on 30 June.", "C$575 billion")]
    [InlineData("The value of the Public Investment Fund's public holdings reached about US$750 million.", "US$750 million")]
    [InlineData("Assets held by state-owned investors soared to $54.9 trillion, with these funds expected to reach $75 trillion by 2030.", "$75 trillion")]
    public void Read_AnAssetOwnersSizeOrAYearlyPace_StaysOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("The WSIB approved up to €150 million for Bridgepoint Capital IV, which is targeting €4 billion.", "€150 million", "WSIB")]
    [InlineData("The state’s public school system pension, PSERS, will commit up to €300 million for CVC European Equity Partners V, which is targeting €10 billion.", "€300 million", "PSERS")]
    [InlineData("CalPERS earmarked $400 million for Carlyle Partners VIII.", "$400 million", "CalPERS")]
    public void Read_MoneyALimitedPartnerCommitsForAFundVehicle_IsItsInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    [InlineData("Blackstone raised $30.4 billion for Blackstone Real Estate Partners X.", "$30.4 billion")]
    [InlineData("The firm is raising up to $2 billion for Insight Partners XII.", "$2 billion")]
    public void Read_MoneyRaisedForAFundVehicle_StaysItsRoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Oklahoma Police Pension and Retirement System committed $15 million to the vehicle.", "$15 million", "Oklahoma Police Pension and Retirement System")]
    [InlineData("Oregon State Treasury committed $150 million, Texas County and District Retirement System $110 million and Rhode Island State Treasury $50 million.", "$110 million", "Texas County and District Retirement System")]
    [InlineData("Oregon State Treasury committed $150 million, Texas County and District Retirement System $110 million and Rhode Island State Treasury $50 million.", "$50 million", "Rhode Island State Treasury")]
    [InlineData("New York State Teachers and Retirement System committed $75 million to the fund.", "$75 million", "New York State Teachers and Retirement System")]
    public void Read_APensionNamedWithAnd_IsOneInvestor(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Fact]
    public void Read_TwoCompaniesJoinedByAnd_StayTwoNames()
    {
        var names = Read("Microsoft and Nvidia Corp. will invest $5 billion in the startup.").Organisations.Select(o => o.Name).ToList();

        Assert.Contains("Microsoft", names);
        Assert.DoesNotContain(names, n => n.Contains(" and ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("POSCO is set to sell a stake of at least 30 percent to Saudi Arabia’s Public Investment Fund, a South Korean newspaper reported.", "a South Korean newspaper")]
    [InlineData("The deal values the unit at $2 billion, a North American trade magazine reported.", "a North American trade magazine")]
    public void Read_ANewspaperDescribedByACompassAndANationality_IsNamedAsWritten(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Fact]
    public void Read_ACompanyNamedWithACompassAndANationality_StaysAName()
    {
        var names = Read("South African Airways raised $50 million while North American Lithium sold shares.").Organisations.Select(o => o.Name).ToList();

        Assert.Contains("South African Airways", names);
        Assert.Contains("North American Lithium", names);
    }

    [Theory]
    [InlineData("The fresh round was led by MC Global Edtech Investment Holdings LP which invested $224 million, almost half of the total tranche.", "$224 million", "MC Global Edtech Investment Holdings LP")]
    [InlineData("The three top deals were $34 million in growth stage funding by Rainmatter Capital in D2C startup Kushal and $26 million in Series B funding by Peak XV Partners in Zepto.", "$34 million", "Rainmatter Capital")]
    [InlineData("The three top deals were $34 million in growth stage funding by Rainmatter Capital in D2C startup Kushal and $26 million in Series B funding by Peak XV Partners in Zepto.", "$26 million", "Peak XV Partners")]
    [InlineData("Kushal got $34 million in funding by Rainmatter Capital.", "$34 million", "Rainmatter Capital")]
    public void Read_AGiverNamedByByAfterTheMoney_IsTheInvestor(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    [InlineData("The startup raised $34 million in Series B funding led by Rainmatter Capital.", "$34 million")]
    [InlineData("The startup got $34 million in debt funding by HSBC.", "$34 million")]
    public void Read_ARoundLedByAGiverOrDebt_IsNoOnesInvestment(string sentence, string at)
    {
        Assert.NotEqual(Metric.Investment, Figure(sentence, at).Metric);
    }
}
