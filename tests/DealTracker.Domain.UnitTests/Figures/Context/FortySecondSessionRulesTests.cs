using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The forty-second session's rules. A name followed by a comma and a person's role ("Ramki Muthukrishnan, head of … at S&amp;P")
/// is a person, whatever the first name, so "according to" such a name cites no source (S3); a kind of company written the same way
/// ("PitchBook, a data provider") stays an organisation.
/// </summary>
public sealed class FortySecondSessionRulesTests
{
    [Theory]
    [InlineData("Average loan size has grown to $195 million, from $135 million before the Covid-19 pandemic, according to Ramki Muthukrishnan, head of US leveraged finance at S&P Global Ratings.", "Ramki Muthukrishnan")]
    [InlineData("According to Ieva Jāgere, head of the financial intermediaries department at the state financial institution ALTUM, the previous VCs made pre-seed investments for a total investment of €7.8M.", "Ieva Jāgere")]
    [InlineData("The lender expects margins to narrow next year, according to Tomasz Wiśniewski, chief executive of the bank.", "Tomasz Wiśniewski")]
    [InlineData("According to Olu Adeyemi, the managing director of the exchange, listings will double to ₦2 trillion.", "Olu Adeyemi")]
    [InlineData("Deal values fell 12% to €4 billion, according to Aino Virtanen, a senior analyst at the bank.", "Aino Virtanen")]
    [InlineData("The fund will close at $300 million, according to Yossi Cohen-Levi, chief executive officer of the firm.", "Yossi Cohen-Levi")]
    public void Read_AccordingToANameWithAPersonsRole_CitesNoSourceForThePerson(string sentence, string person)
    {
        Assert.DoesNotContain(person, Named(sentence));
    }

    [Theory]
    [InlineData("Funding fell to $3 billion, according to PitchBook, a data provider.", "PitchBook")]
    [InlineData("Private credit funds raised $200 billion, according to Preqin, the data provider, in its annual report.", "Preqin")]
    [InlineData("The deal is worth $2 billion, according to Dealogic, which tracks mergers.", "Dealogic")]
    public void Read_AccordingToAnOrganisationWithItsKind_StillCitesIt(string sentence, string source)
    {
        Assert.Contains(source, Named(sentence));
    }

    [Fact]
    public void Read_AnInvestorWithAKindOfCompany_StaysTheInvestor()
    {
        Assert.Equal("Baillie Gifford", Figure("Baillie Gifford, the fund manager, invested $50 million in the startup.", "$50 million").Investor);
    }
}
