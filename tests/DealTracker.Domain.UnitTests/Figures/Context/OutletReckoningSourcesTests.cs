using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Known outlets in the reporting roles added in the fifteenth session (<c>SourceRules.KnownOutletSources</c>, <c>SourceRules.CitationAt</c>):
/// an outlet that values, finds or tells right before its verb ("Sportico valued the Lightning at", "PitchBook tells us"), a value or
/// valuation made by an outlet ("was valued at $4.6 billion by Forbes"), people who "tell" an outlet, an outlet spoken with ("a chat with
/// Bloomberg Television"), a party answering an outlet's queries, an outlet after "notes" / "adds" / "quoting", "Reuters news report said",
/// and a credit in square brackets. Not an outlet as a party ("Forbes was valued at"), nor one whose request for comment went unanswered.
/// Outside check: 12 sentences tried, 4 read right before (1 positive, 3 negatives), 10 after; the 2 that fail stop at a sentence wrapped
/// in an unclosed bracket (no names are read inside it) and at "the Telegraph" not read as an outlet.
/// </summary>
public sealed class OutletReckoningSourcesTests
{
    [Theory]
    [InlineData("The Ridecell success increased its post-money valuation to $6.51 billion, PitchBook tells us.", "PitchBook")]
    [InlineData("Prior to this sale, Sportico valued the Lightning at $910 million in 2022.", "Sportico")]
    [InlineData("The team was valued at $4.6 billion by Forbes in May.", "Forbes")]
    [InlineData("“We’re talking to her,” Alfred Lin, a partner at Sequoia, said casually during a Tuesday chat with Bloomberg Television.", "Bloomberg Television")]
    [InlineData("Temasek said the S$1 billion amount is an annual allocation and part of the company’s allocation for innovation, responding to The Business Times’ queries.", "Business Times")]
    [InlineData("In 2023, despite the allure of megadeals in artificial intelligence (AI), the funding landscape experienced a cautious atmosphere, with investors proceeding more judiciously, Reuters news report said.", "Reuters")]
    // Outside the corpus.
    // https://theathletic.co.uk/1657620/2020/03/09/forbes-team-valuations-are-they-accurate-do-they-matter-what-do-owners-think/
    [InlineData("The Dallas Cowboys are estimated by Forbes to be worth $5.5 billion, the most in the world.", "Forbes")]
    // http://www.sportscareerconsulting.com/blog/how-accurate-are-forbes-franchise-values/
    [InlineData("In March of 2012, Forbes valued the Los Angeles Dodgers at $1.4 billion.", "Forbes")]
    [InlineData("Before the 2012 season began, the San Diego Padres were valued at $458 million dollars by Forbes.", "Forbes")]
    // https://www.inkl.com/news/san-francisco-49ers-selling-6-stake-valuing-franchise-at-8-5bn
    [InlineData("The potential sale would value the 49ers at $8.5billion, which eclipses the previous valuation of San Francisco made by Forbes last year ($6.8bn).", "Forbes")]
    // https://newsletterest.com/message/142070/BlockFis-bankruptcy-Musks-Apple-attacks-and-a-new-Twitter-alternative-raises-moolah-from-a16z
    [InlineData("Meanwhile, \"multiple top advertising agencies and media buyers\" tell the Financial Times that nearly all of the big brands they represent have paused spending on the social media platform.", "Financial Times")]
    // https://newsletterest.com/message/151653/Yahoo-layoffs-Chinese-spy-balloons-and-Ford-ditches-most-of-its-Rivian-shares
    [InlineData("Ford’s stake in the electric vehicle maker, which has been dropping steadily since May 2022, notes TechCrunch, is now at 1.15%, or 10.5 million shares.", "TechCrunch")]
    // https://uppercaise.wordpress.com/2012/11/07/financial-times-said-to-be-for-sale-at-1bln/
    [InlineData("The Financial Times could be sold by its owners Pearson “within months” in a deal that could see it change hands for more than £1bn, the Telegraph reported yesterday, quoting Bloomberg.", "Bloomberg")]
    public void Read_OutletValuingFindingOrSpokenTo_IsANamedSource(string sentence, string outlet)
    {
        Assert.Contains(outlet, Named(sentence));
    }

    [Fact]
    public void Read_OutletCreditedInSquareBrackets_IsANamedSource()
    {
        Assert.Equal(["Reuters"], Named("SoftBank is weighing a fresh investment of up to $1 billion in the chip designer [Reuters]."));
    }

    [Theory]
    // The outlet is a party to a deal, not its reporter: https://uppercaise.wordpress.com/2012/11/07/financial-times-said-to-be-for-sale-at-1bln/
    [InlineData("The Financial Times is thought to be worth £1bn, but could be worth as much as £2bn as a “trophy asset”, despite its falling readership, the Telegraph said.")]
    [InlineData("Forbes was valued at $630 million when the investor group bought a majority stake.")]
    // Requests for comment left unanswered: https://www.albawaba.com/business/after-facebook-saudi-firm-eye-multi-billion-dollar-stake-indias-jio-platforms-1355988
    [InlineData("Representatives for Reliance and PIF didn’t immediately respond to requests for comment.")]
    // https://business.inquirer.net/449719/murdochs-news-corp-eyes-joint-telegraph-bid-with-rivals-bloomberg
    [InlineData("News UK, RedBird IMI and the Telegraph declined to comment, while the Daily Mail did not immediately respond to a Reuters request for comment.")]
    // https://www.itiger.com/hans/news/2558066856
    [InlineData("AXA Investment Management, BNP Paribas, Telefonica and Vodafone didn't immediately respond to requests for comment from MT Newswires.")]
    [InlineData("Temasek did not respond to The Business Times’ queries.")]
    public void Read_OutletAsAPartyOrAskedForComment_IsNoSource(string sentence)
    {
        Assert.DoesNotContain(Named(sentence), n => n.Contains("Financial Times", StringComparison.Ordinal) || n.Contains("Forbes", StringComparison.Ordinal)
            || n.Contains("Reuters", StringComparison.Ordinal) || n.Contains("MT Newswires", StringComparison.Ordinal) || n.Contains("Business Times", StringComparison.Ordinal));
    }
}
