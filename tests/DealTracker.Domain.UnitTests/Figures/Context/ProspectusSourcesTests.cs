using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A prospectus cited as a filing (<c>SourceRules.ProspectusAt</c>): "According to its prospectus", "As stated in the prospectus", "the
/// prospectus showed". Not a prospectus filed, issued or talked about. Outside check: 6 real sentences tried, 4 read right before (the
/// negatives), 6 after; only two real citing sentences were found, not three.
/// </summary>
public sealed class ProspectusSourcesTests
{
    [Theory]
    [InlineData("According to its prospectus, AI Native Apps are MiniMax's core revenue driver.")]
    [InlineData("According to the prospectus, Zhipu AI has set its issue price at HK$116.20 per share, anticipating approximately HK$4.1734 billion in net proceeds from the global offering.")]
    // Outside the corpus: https://dailymanagementreview.com/Delivery-service-Instacart-sets-to-sell-594M-worth-of-shares-in-IPO_a10308.html
    [InlineData("According to the IPO prospectus submitted to the U.S. Securities and Exchange Commission (SEC), the company, officially known as Maplebear Inc., will sell 7.9 million additional shares while offering 14.1 million of its existing shares to investors.")]
    [InlineData("As stated in the prospectus, the placement organizers will reserve around 5% of the total number of shares offered in the IPO securities for sale to people designated by management.")]
    public void Read_ProspectusCited_IsANamedFiling(string sentence)
    {
        Assert.Equal(["prospectus"], Named(sentence));
    }

    [Theory]
    // https://faq.investbamboo.com/en/articles/3432217-what-is-a-prospectus
    [InlineData("When a private company is trying to go public, it issues a document called a prospectus.")]
    // https://docslib.org/doc/7913450/tradego-fintech-limited
    [InlineData("If you are in any doubt about this prospectus, you should obtain independent professional advice.")]
    // https://capitalgains.thediff.co/p/howtoreads1
    [InlineData("When a company plans to go public, they'll file a prospectus with the SEC, usually a form S-1.")]
    // https://quantum-ipo.com/2025/09/17/spotting-red-flags-in-a-companys-ipo-prospectus
    [InlineData("The prospectus must disclose this concentration risk.")]
    public void Read_ProspectusNotCited_IsNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }
}
