using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirty-sixth session's rules: a company's "arm" is no chipmaker (Arm is, by its capital); a form or prospectus the text cites
/// "filed with" a body is named with the body it went to (S5), as filings are, and a party's own one by its possessive stays the form;
/// a statement to an exchange the text names keeps the exchange (S5).
/// </summary>
public sealed class ThirtySixthSessionRulesTests
{
    [Theory]
    [InlineData("Its real estate arm signed a $200 million contract with Acme to build offices in Austin.", "$200 million")]
    [InlineData("Its logistics arm signed a $75 million contract with FedEx to deliver parcels across Texas.", "$75 million")]
    public void Read_ADealOfACompanysArm_IsNoComputeCommitment(string sentence, string at)
    {
        Assert.NotEqual(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Arm signed a $2 billion contract with Samsung to make its server chips.", "$2 billion")]
    [InlineData("SoftBank's Arm has signed a $1.5 billion deal with Nvidia to supply processors.", "$1.5 billion")]
    public void Read_AChipSupplyDealWithArm_StaysAComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Nvidia included the information in a Form 13F filed with the U.S. Securities and Exchange Commission on Wednesday.", "Form 13F filed with the U.S. Securities and Exchange Commission")]
    [InlineData("The company plans to raise up to $616 million, per an S-1 form filed with the Securities and Exchange Commission.", "S-1 form filed with the Securities and Exchange Commission")]
    [InlineData("In a preliminary prospectus filed with the SEC, the telco said proceeds could be used to repay debt.", "preliminary prospectus filed with the SEC")]
    [InlineData("The company is offering 131 million shares at HK$48 each, according to a prospectus filed with the Hong Kong stock exchange on Tuesday.", "prospectus filed with the Hong Kong stock exchange")]
    public void Read_AFormOrProspectusFiledWithABody_IsNamedWithTheBody(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("The deal is valued at 20 billion rupees ($240 million), Prestige Group said in a statement to the Bombay Stock Exchange on Monday.", "statement to the Bombay Stock Exchange")]
    [InlineData("“Our talks and work on the subject are not finalised yet,” the bank said in a statement to the Istanbul stock exchange.", "statement to the Istanbul stock exchange")]
    public void Read_AStatementToANamedExchange_IsNamedWithTheExchange(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    [InlineData("Nvidia has agreed to rent cloud servers worth $26 billion over six years, according to its 10-Q filed with the SEC on October 26, 2025.", "its 10-Q")]
    public void Read_APartysOwnFormFiledWithABody_StaysTheForm(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }
}
