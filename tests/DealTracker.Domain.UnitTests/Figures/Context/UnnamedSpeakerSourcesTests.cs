using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Unnamed speakers known only by their role (<c>SourceRules.UnnamedSpeaker</c>): one person of a kind, counted, who says or is cited
/// ("a venture capitalist told", "…,” said a VC industry official", "according to another person"), and a bare plural role opening its
/// clause ("but analysts say", "Bankers said"; not "investors say", the parties' own view). Corpus misses first (blind26, blind29, blind30, blind32, blind34, blind35, blind37,
/// blind39), then sentences from outside the corpus, then sentences that must stay without an anonymous source.
/// Outside check: 17 sentences tried, 8 read right before the rule (the 5 negatives and 3 the older rules already read), 17 after.
/// </summary>
public sealed class UnnamedSpeakerSourcesTests
{
    [Theory]
    [InlineData("Another executive said that apart from Mubadala, India's sovereign fund NIIF could also come in to buy a minority stake in Jet.")]
    [InlineData("“This is a very unlikely clause (that Tiger Global would agree to) unless that founder had leverage,” said an investor tracking Tiger Global closely.")]
    [InlineData("Anthropic, OpenAI's main startup competitor, has started early discussions with potential backers about new funding, according to an existing investor.")]
    [InlineData("“There is all this pressure from companies like Decagon, Cursor, and Cognition that are just crushing it,” said one VC.")]
    [InlineData("HH2E is also in talks with other large firms for a possible investment, according to another person.")]
    [InlineData("As one software-focused investor told me: \"For a lot of companies it's going to take another month or two of seasoning before they get serious about doing deals.\"")]
    [InlineData("\"A VC firm that made an early stage investment in a game company like Krafton will probably receive an incentive of around 200 billion won when the company goes public,\" said a VC industry official, adding that some individuals would pocket billions of won even if the incentive is split with the VC firm.")]
    [InlineData("It has positioned AI as a new engine of growth, but analysts say it has lagged behind local rival Naver in the AI race.")]
    [InlineData("As a sports executive put it, “Who is going to buy a $50 million stake when there’s no governance, there’s no rights and you’re paying retail for your tickets like everybody else?”")]
    // Outside the corpus.
    // https://masters.eye1.net/?p=14340
    [InlineData("A venture capitalist insider commented: “Since private LPs participate in the investment committee, it’s natural for them to prefer their own.”")]
    // https://m.rediff.com/amp/money/report/tech-reliance-open-to-30-pc-stake-sale-in-jio/20140731.htm
    [InlineData("Bankers said any share sale would be good news for RIL’s shareholders, as it would help the company de-risk its telecom business.")]
    [InlineData("Bankers said RIL might also look at the option of acquiring a local telecom company in the next one or two years, as a second-stage investment.")]
    [InlineData("RIL did not reply to an email seeking comments on its stake sale plans but company insiders said they would wait for Jio to start operations and have a sizeable user base so that it can get a better valuation.")]
    // https://bvi.org/for-silicon-valley-startups-the-worst-is-yet-to-come
    [InlineData("As the market downturn drags on and investor cash remains hard to come by, more startups will start to run out of money, experts say.")]
    // https://www.khbrknews.com/daily-mail-owner-rothermere-eyes-minority-telegraph-stake-in-redbird-d/
    [InlineData("It was unclear on Monday whether the talks were still live or whether they would result in a deal, with one adviser suggesting that the discussions may have faltered.")]
    [InlineData("One insider said that if DMGT did acquire a stake in the Telegraph, the transaction would be used as a platform to explore the sharing of costs across the two companies.")]
    // https://sportsbusinessjournal.com/Daily/Issues/2022/10/27/Franchises/Phoenix-Suns-Sale-Process.aspx?publicationSource=SBD
    [InlineData("But three sports investment bankers said that there is “another reason why the price, or more pointedly the valuation, could set a record.”")]
    // https://the-decoder.com/wall-street-giants-prepare-for-the-biggest-tech-infrastructure-boom-since-the-internet
    [InlineData("A senior private equity executive expressed concerns about speculative construction of data centers without confirmed tenants.")]
    // https://www.kedglobal.com/korean-startups/newsView/ked202207110011
    [InlineData("The industry insider added: “Danggeun Market received hefty investment in mid-2021 with a valuation of 3 trillion won.”")]
    public void Read_UnnamedSpeakerKnownByRole_IsAnonymous(string sentence)
    {
        Assert.True(HasAnonymous(sentence));
    }

    [Theory]
    [InlineData("“The fact that most unicorns are still in the red also pushed down theirs corporate values,” a venture capitalist told The Korea Economic Daily.", "Korea Economic Daily")]
    [InlineData("These days, founders are counting pilots, one-time deals, or unactivated contracts as recurring revenue, six VCs told Coins2Day.", "Coins2Day")]
    // Outside the corpus: https://www.protocol.com/workplace/layoffs-funding-data
    [InlineData("Experts told Protocol that it's more complicated than that.", "Protocol")]
    // https://cryptopulpit.com/wall-street-races-to-exploit-ais-1-trillion-surge
    [InlineData("Bloomberg says one banker admitted his firm is juggling so many data-center deals that they can’t hire fast enough.", "Bloomberg")]
    public void Read_UnnamedSpeakerTellingAnOutlet_NamesBoth(string sentence, string outlet)
    {
        Assert.True(HasAnonymous(sentence));
        Assert.Contains(outlet, Named(sentence));
    }

    [Theory]
    // A company's own spokesperson speaks for the company: https://thehindubusinessline.com/companies/qatar-investment-authority-in-talks-to-acquire-1-billion-stake-in-reliance-retail/article67124399.ece
    [InlineData("When contacted, a Reliance Industries spokesperson said,“The company evaluates various opportunities on an ongoing basis.")]
    // Named speakers: https://theventurecation.com/?p=39020
    [InlineData("“Good companies are still getting the attention of good investors,” Svrluga said.")]
    [InlineData("One startup from Y Combinator’s latest batch is said to be raising $2 million at a valuation of $75 million, a sign of increasing investor appetite, Semil Shah, who invests in early-stage startups as a partner at Lightspeed Venture Partners and through his own fund, Haystack, said.")]
    // http://www.businesstimes.com.sg/banking-finance/sovereign-wealth-funds-in-talks-to-back-us15-bln-o2-deal-report
    [InlineData("China Investment Corporation, GIC and Temasek could not immediately be reached for comment.")]
    // Roles that are no speakers: a document by a founder, a research firm's kind, an investor who is the deal's subject, investors said to be some.
    [InlineData("The company now holds more than 10 billion yuan (US$1.4 billion) in cash reserves, LatePost reported, citing an internal letter by founder and CEO Yang Zhilin dated Wednesday.")]
    [InlineData("The previous record from founding to unicorn was 1.79 years, set by 3D-printing company Desktop Metal, according to a ranking compiled by VC research firm Pitchbook.")]
    [InlineData("Microsoft said an investor had agreed to buy the shares for $2 billion.")]
    // Investors at large are the parties' own view (the convention's "Investors said the valuation was too high"):
    // https://theorg.com/iterate/the-tech-slowdown-is-here-but-startups-can-still-raise-cash-vcs-say
    [InlineData("The funding bar is higher now, but investors say startup founders can still raise VC money--and plenty of it.")]
    [InlineData("Microsoft’s potential investment is separate from efforts underway by a group of venture capitalists to scoop up shares from OpenAI employees and other insiders in a secondary market transaction that could value the company at around $29 billion.")]
    public void Read_NoUnnamedSpeaker_IsNotAnonymous(string sentence)
    {
        Assert.False(HasAnonymous(sentence));
    }
}
