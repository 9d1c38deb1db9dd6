using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Sellers are never investors (<c>InvestorRules.NotTheSeller</c>): the subject or owner of a selling verb in the figure's clause is paid
/// the figure, so the investor is the buyer named after "to", or none.
/// </summary>
public sealed class SellersTests
{
    [Theory]
    // Corpus misses (base files).
    [InlineData("Bharti Airtel sold a 10.3 per cent stake in its tower unit Infratel to a consortium of investors for INR61.9 billion ($952 million), funds which will be used to reduce the company’s debt.", "INR61.9 billion")]
    [InlineData("KKR & Co. Inc. (NYSE:KKR), the largest shareholder of Max Healthcare Institute Limited (BSE:543220), plans to sell its entire stake in India's third-largest hospital chain for around INR 100,000 million - INR 120,000 million, two people familiar with the development said.", "INR 100,000 million")]
    [InlineData("In December, SoftBank offloaded 2.53% of its stake in Gurugram-based parent of Policybazaar PB Fintech, through multiple block deals, amounting to a cumulative INR 913.7 Cr ($109 Mn).", "INR 913.7 Cr")]
    [InlineData("The PIF sold 100 million shares, equivalent to a 2% stake in STC, for about $1 billion, pricing each share at 38.6 riyals ($10.27).", "$1 billion")]
    [InlineData("Bundesliga, Germany’s top league, recently offered a minority stake in its new digital media company for $362.7 million, attracting multiple private equity firms.", "$362.7 million")]
    // Outside the corpus.
    // https://mnacritique.mergersindia.com/?p=14410
    [InlineData("Mubadala sold 45 million shares in AMD for around $613 million while retaining 97 million shares in the company.", "$613 million")]
    // https://www.business-standard.com/amp/article/markets/essel-group-sells-1-5-more-in-ivrcl-inches-closer-to-exit-112100800196_1.html
    [InlineData("Inching closer to a exit from IVRCL Ltd, Essel Group today sold an additional 1.5% stake in the infrastructure firm for a little over Rs 20 crore.", "Rs 20 crore")]
    // https://www.thehindubusinessline.com/markets/over-12-billion-worth-of-block-deals-transacted-in-a-single-day/article67231706.ece
    [InlineData("Max Financial Services promoter entity Max Ventures Investment Holdings sold over 1.1 crore shares or 3.3 per cent of its equity for over ₹982 crore.", "₹982 crore")]
    [InlineData("Sapphire Foods Mauritius sold 16.25 lakh shares or over 2.5 per cent equity in its subsidiary Sapphire Foods for ₹220 crore.", "₹220 crore")]
    // https://www.business-standard.com/companies/news/govt-cautions-influencers-against-promoting-offshore-betting-platforms-124032100918_1.html
    [InlineData("Tata Sons has offloaded shares worth around Rs 9,300 crore in IT major Tata Consultancy Services through open market route, a regulatory filing said on Thursday.", "Rs 9,300 crore")]
    // Corpus (blind52, blind56): the one a stake is bought "from" sold it; with no buyer read, no investor rather than the seller.
    [InlineData("Earlier this month, a group of investors that includes private equity fund Affinity Equity Partners and Singapore sovereign wealth fund GIC GIC.UL agreed to buy a $1.1 billion stake in South Korea's unlisted Kyobo Life Insurance from Daewoo International Corp (047050.KS).", "$1.1 billion")]
    // (The ADIA row once here, "The other big transaction by ADIA last year was its purchase of a 3% stake in … Intas Pharmaceuticals for
    // $250 million from Singapore’s Temasek", names its buyer: "its" stands for ADIA, the corpus label's investor; the investor-verbs sweep
    // reads it, InvestorMoneyVerbsSweepTests.)
    public void Read_SellerWithNoBuyerNamed_NamesNoInvestor(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Investor);
    }

    [Theory]
    // Corpus misses (base files).
    [InlineData("He also sold a part of his stake in the Four Seasons hotel chain to Bill Gates’ Cascade Investment for $2.2bn.", "$2.2bn", "Cascade Investment")]
    [InlineData("As reported by the Financial Times, the UK carrier has agreed to sell the stake to infrastructure investor Equitix for an estimated value of around £150m ($197m) to £160m ($210m).", "£160m", "Equitix")]
    // Outside the corpus.
    // https://pixr8.com/?p=8436
    [InlineData("Accel Partners has sold a fractional stake in Flipkart to Qatar Investment Authority for $100 million (about Rs 650 crore), in a deal that values India’s biggest online marketplace at $15 billion, according to two people aware of the transaction.", "$100 million", "Qatar Investment Authority")]
    // https://vccircle.com/softbank-confirms-flipkart-stake-sale-to-walmart?amp=1
    [InlineData("Naspers sold its entire 11.18% stake to Walmart for $2.2 billion while eBay, which had invested in Flipkart only last year, is cashing out for $1.1 billion.", "$2.2 billion", "Walmart")]
    public void Read_SellerWithBuyerAfterTo_NamesTheBuyer(string sentence, string at, string buyer)
    {
        Assert.Equal(buyer, Figure(sentence, at).Investor);
    }
}
