using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Words that open a sentence or a clause, fiscal periods and exchange tickers are no names; a number word inside a legal name stays
/// in it. Found in blind41–43's misses after their first runs.
/// </summary>
public sealed class NameFinderOpenersAndCodesTests
{
    [Theory]
    // blind41, blind42, blind43 (corpus).
    [InlineData("Notably, it invested 15 billion won in Scatter Lab Inc., the developer of AI chatbot Luda, to integrate the tool into its own AI service, A dot.", "15 billion won", null)]
    [InlineData("The $75 million invested during FY21 includes the group’s $15 million investment in full-stack agricultural services provider for farmers DeHaat, as part of a fundraise January this year.", "$15 million", null)]
    [InlineData("Take Microsoft’s prior $1.5 billion investment in G42, MGX’s key partner, which aimed to boost AI development in the region via Azure cloud tech.", "$1.5 billion", "Microsoft")]
    [InlineData("Brookfield Asset Management Ltd. BAM-T has agreed to invest up to US$5-billion to deploy fuel cells built by Bloom Energy Corp.", "US$5-billion", "Brookfield Asset Management Ltd.")]
    [InlineData("Prosus’s subsidiary MIH Investments One B.V. acquired shares worth ₹1,968 crore ($221.76 million), while WestBridge Capital picked up the remaining ₹431.5 crore ($48.62 million) portion.", "₹1,968 crore", "MIH Investments One B.V.")]
    // Written variants of the same structures.
    [InlineData("Separately, it invested $20 million in the startup.", "$20 million", null)]
    [InlineData("In H1 2024, Sequoia invested $20 million in the startup.", "$20 million", "Sequoia")]
    [InlineData("Royal Bank of Canada RY-T will invest $500 million in the fund manager.", "$500 million", "Royal Bank of Canada")]
    public void Read_OpenerPeriodOrTicker_IsNoInvestorName(string sentence, string at, string? investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("Q3 funding fell, and H1 2024 was slow for FY2024 deals.")]
    [InlineData("Notably, startups raised less.")]
    public void Read_PeriodCodesAndOpeningAdverbs_AreNoOrganisations(string sentence)
    {
        Assert.Empty(Read(sentence).Organisations);
    }
}
