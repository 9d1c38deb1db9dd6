using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Real sentences from outside the corpus (addresses in the comments) of the valuation class in its many shapes, one row each: the
/// metric of every figure in order, a bracketed conversion left out. Read right before the valuation-shapes sweep: 10 of 13 (the second
/// company of "with O2 valued at £12.7bn and Virgin Media at £18.7bn", "Facebook was valued then at $15 billion", "The $140 billion figure
/// compares with a $127 billion valuation" read other); after: 13 of 13.
/// </summary>
public sealed class ValuationShapesRealSentencesTests
{
    [Theory]
    // https://business-standard.com/article/international/vodafone-sells-stake-in-its-16-billion-vantage-towers-ag-to-kkr-gip-122110901193_1.html
    [InlineData("Vodafone Group Plc has agreed to sell a stake in its towers unit to KKR & Co. and Global Infrastructure Partners in a deal valuing the business at €16.2 billion ($16.3 billion).", "Valuation")]
    // https://knfoz.com/article/bp-to-sell-majority-stake-in-10bn-castrol-business-to-us-investment-firm-694bc6443ed17a191437b3e2
    [InlineData("Stonepeak will acquire a 65% stake in Castrol, in a deal that values the division at $10.1bn including its debt.", "Valuation")]
    // https://benton.org/author/dana-cimilluca
    [InlineData("Though terms weren’t disclosed, people familiar with the matter said it would value New York-based Kustomer at a little over $1 billion.", "Valuation")]
    // https://benton.org/author/dana-cimilluca
    [InlineData("Closely held Kustomer, whose technology takes conversations from different channels and puts them on a single screen, was valued at $710 million in a private funding round roughly a year ago, according to PitchBook.", "Valuation")]
    // https://magazine.verdict.co.uk/verdict_magazine_may20/deals_in_brief
    [InlineData("The transaction values Stripe at $36bn.", "Valuation")]
    // https://magazine.verdict.co.uk/verdict_magazine_may20/deals_in_brief
    [InlineData("The deal is valued at £15.2bn, with O2 valued at £12.7bn and Virgin Media at £18.7bn, both on a total enterprise value basis.", "Other;Valuation;Valuation")]
    // https://www.thestreet.com/technology/facebook-valued-at-10-billion-in-latest-deal-10505508
    [InlineData("With a return 1.6% equity stake, Facebook was valued then at $15 billion.", "Valuation")]
    // https://europe-re.com/etq-acquires-bilfingers-real-estate-division-for-14bn/62334
    [InlineData("Germany's Bilfinger confirmed it had agreed to sell its real-estate services unit to EQT at a valuation of €1.4bn and said it would reinvest much of the proceeds to expand its main remaining unit.", "Valuation")]
    // https://uberlyftdrivers.com/2017/11/28/softbank-seeks-uber-shares-at-48-billion-valuation/
    [InlineData("SoftBank Group Corp. and a coalition of investors will offer to buy shares in Uber Technologies Inc. at a price that would value the ride-hailing company at 30 percent less than its most recent $69 billion valuation, according to two people familiar with the matter.", "Valuation")]
    // https://uberlyftdrivers.com/2017/11/28/softbank-seeks-uber-shares-at-48-billion-valuation/
    [InlineData("In addition to its tender offer to existing Uber shareholders at a $48 billion valuation, the Japanese technology conglomerate will invest at least $1 billion in Uber at its $69 billion valuation, said the people, who asked not to be identified discussing the private terms of deal.", "Valuation;Investment;Valuation")]
    // https://pressnews.co.in/spacex-tender-offer-is-said-to-value-company-at-140-billion
    [InlineData("Elon Musk’s SpaceX is offering to sell insider shares at a price that would raise the closely held company’s valuation to about $140 billion, according to people familiar with the matter.", "Valuation")]
    // https://pressnews.co.in/spacex-tender-offer-is-said-to-value-company-at-140-billion
    [InlineData("The $140 billion figure compares with a $127 billion valuation in July, according to data provider PitchBook.", "Valuation;Valuation")]
    // https://madeoflisboa.com/business-terms-glossary/u
    [InlineData("A unicorn is a start-up company valued at over $1 billion.", "Valuation")]
    // A series' letter inside the compound (issue68: https://fortune.com/ style syndication of the Scale AI round).
    [InlineData("Accel-backed Scale AI just inked a $1 billion Series F at a $13.8 billion valuation—a whopping 89% jump from its $7.3 billion Series E valuation in 2021.", "RoundSize;Valuation;Valuation")]
    [InlineData("Its $2 billion Series B-2 valuation doubled within a year.", "Valuation")]
    public void Read_RealValuationSentence_EachFigureTakesItsMetric(string sentence, string metrics)
    {
        var read = Read(sentence).Figures.Where(f => f.Converts is null).Select(f => f.Metric?.ToString() ?? "Other");

        Assert.Equal(metrics.Split(';'), read);
    }
}
