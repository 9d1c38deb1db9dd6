using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The forty-sixth session's rules. Money: a counted block of shares a holder owns is a stake (M11), an offering's "total proceeds" a round
/// size, and money pumped into one named company an investment. Investor: the subject before a bare-noun appositive ("family offices of").
/// Sources: bare "reports" a price moved after, a country's unnamed official, academics speaking, a month before a listed outlet's name,
/// a bank cited by "according to". Guards: shares counted in a threshold or in applications, a holding's sale proceeds, money put into
/// many companies, "pushing back on reports", and "The Sunday Times".
/// </summary>
public sealed class FortySixthSessionRulesTests
{
    [Theory]
    [InlineData("Trian Fund Management has increased its stake in Disney to approximately 30 million shares, worth around $2.5 billion, making it a top holder.", "$2.5 billion")]
    [InlineData("At the time, the fund said it owned about 9.4 million shares valued at roughly $900 million.", "$900 million")]
    [InlineData("A further $4.5 million (£2.8m) was also pumped into co-working space company General Assembly.", "$4.5 million")]
    public void Read_HeldSharesOrMoneyPumpedIntoOneCompany_ReadsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_CountedSharesAHolderOwns_NamesTheHolderAsInvestor()
    {
        var figure = Figure("Trian Fund Management has increased its stake in Disney to approximately 30 million shares, worth around $2.5 billion.", "$2.5 billion");

        Assert.Equal("Trian Fund Management", figure.Investor);
    }

    [Theory]
    [InlineData("The company plans to sell through block deals of at least 500,000 shares valued at a minimum of INR100 million per trading window.", "INR100 million")]
    [InlineData("Applications via bank guarantees amounted to 108 requesting for 678.5 million shares worth Rs. 9.5 billion.", "Rs. 9.5 billion")]
    [InlineData("Galway saw €74m invested into 14 companies, while €67m was invested into nine Cork companies.", "€67m")]
    public void Read_SharesCountedInAThresholdOrMoneyIntoManyCompanies_ReadsNoInvestment(string sentence, string at)
    {
        Assert.NotEqual(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Enerplus completed the second largest equity financing of the half with a bought deal financing for total proceeds of $132.3 million.", "$132.3 million")]
    [InlineData("The total raised includes the over-allotment, which was exercised in June for total proceeds of $26.3 million.", "$26.3 million")]
    public void Read_AnOfferingsTotalProceeds_ReadsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_AHoldingsSaleForTotalProceeds_ReadsNoRoundSize()
    {
        Assert.NotEqual(Metric.RoundSize, Figure("After the offering, Acme completed the sale of its mine for total proceeds of $50 million.", "$50 million").Metric);
    }

    [Fact]
    public void Read_SubjectsBeforeABareNounAppositive_NamesASubjectNotANameInside()
    {
        var investor = Figure("Premji Invest and Claypond Capital, family offices of Wipro's Azim Premji and Manipal Group's Ranjan Pai, are in talks to invest around $125M in Akasa Air.", "$125M").Investor;

        Assert.Contains(investor, new[] { "Premji Invest", "Claypond Capital" });
    }

    [Theory]
    [InlineData("BCE's share price hit a one-year high today following reports that its biggest shareholder is considering a buyout.")]
    [InlineData("Investors clamoured to buy the stock after reports that the company is talking to private equity firms.")]
    [InlineData("Third Point is $141 million better off after its Dow stake jumped on reports that Dow is in late-stage talks.")]
    public void Read_PriceMovedOnBareReports_NamesTheReports(string sentence)
    {
        Assert.Contains("reports", Named(sentence));
    }

    [Fact]
    public void Read_PushingBackOnReports_NamesNoSource()
    {
        Assert.Empty(Read("Nvidia pushed back on reports that a planned $100 billion investment had stalled.").Sources);
    }

    [Theory]
    [InlineData("The first of the new fabs will start making 2nm chips in 2026, according to a senior US official.")]
    [InlineData("The subsidy could reach $2 billion, a Chinese official said on Monday.")]
    [InlineData("Carl Icahn is threatening what would be the mother of all proxy battles, academics said on Wednesday.")]
    public void Read_ACountrysOfficialOrAcademics_FindsAnAnonymousSource(string sentence)
    {
        Assert.True(HasAnonymous(sentence), string.Join(" | ", Read(sentence).Sources.Select(s => s.Name)));
    }

    [Fact]
    public void Read_AMonthBeforeAListedOutlet_NamesTheOutletAlone()
    {
        var named = Named("According to a January Mint report, the startup's investors were searching for ways to pay its debts.");

        Assert.Contains("Mint", named);
        Assert.DoesNotContain("January Mint", named);
    }

    [Fact]
    public void Read_TheSundayTimes_KeepsItsWholeName()
    {
        Assert.DoesNotContain("Times", Named("The bank is closing a £100mln round that would double its valuation, according to The Sunday Times."));
    }

    [Theory]
    [InlineData("According to investment bank Nomura, the €3.25 billion sale would be the largest exit by an activist investor.", "Nomura")]
    [InlineData("The sale would be the largest exit by an activist, according to broker Jefferies.", "Jefferies")]
    public void Read_ABankCitedByAccordingTo_NamesTheBank(string sentence, string bank)
    {
        Assert.Contains(bank, Named(sentence));
    }
}
