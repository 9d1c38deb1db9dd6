using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The giver an investment figure's own phrase names after "from" or "by" (<c>InvestorRules.AttachedGiver</c>), which outweighs the
/// sentence's subject. Corpus misses first, then cases that must name no giver.
/// </summary>
public sealed class InvestorGiversTests
{
    [Theory]
    // blind34 misses.
    [InlineData("The parent company of Premier League champions Manchester City has announced a £389m investment from US private equity firm Silver Lake.", "£389m", "Silver Lake")]
    [InlineData("The Reliance Industries stock gained 2.6 per cent on Wednesday after its retail arm Reliance Retail Ventures (RRVL) received its first equity investment of Rs 7,500 crore from global technology investment firm, Silver Lake.", "Rs 7,500 crore", "Silver Lake")]
    // blind35 misses.
    [InlineData("However, the overall startup funding in December was buoyed mainly by the $634 million that e-commerce giant Lazada pocketed from its parent company Alibaba.", "$634 million", "Alibaba")]
    [InlineData("In the biggest transaction in December, Vietnamese integrated retail platform The CrownX closed a $350-million primary investment from global private equity (PE) firm TPG, the Abu Dhabi Investment Authority (ADIA), and SeaTown, a wholly-owned indirect subsidiary of Singapore state investor Temasek.", "$350-million", "TPG")]
    [InlineData("Flipkart is raising USD 1 billion during an ongoing funding round and has received the commitment of USD 600 million infusion from its parent firm and US retail giant Walmart, according to sources.", "USD 600 million", "Walmart")]
    [InlineData("The startup now counts on the $2 billion already committed by Microsoft.", "$2 billion", "Microsoft")]
    // Outside the corpus.
    // https://www.avcj.com/avcj/news/3000447/alibaba-ant-financial-to-re-up-in-china-s-didi-chuxing
    [InlineData("Two weeks ago, Didi announced a $1 billion commitment from Apple, which represents the single largest investment the Chinese company has ever received.", "$1 billion", "Apple")]
    // https://mb.com.ph/2018/03/06/uber-ride-sharing-rivals-battle-using-softbank-cash/ (The Wall Street Journal)
    [InlineData("In Japan, Uber is gearing up to fight China's Didi Chuxing Technology Co., which is planning to enter the market after an investment by SoftBank of around $10 billion.", "$10 billion", "SoftBank")]
    public void Read_GiverNamedAfterTheMoneysPhrase_IsTheInvestor(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    // Money from an act, not a giver.
    [InlineData("Acme booked a $50 million cash infusion from the sale of its unit to Intel.", "$50 million", "Intel")]
    public void Read_MoneyFromManyOrFromAnAct_NamesNoGiverAfterIt(string sentence, string at, string notInvestor)
    {
        Assert.NotEqual(notInvestor, Figure(sentence, at).Investor);
    }

    [Theory]
    // Outside the corpus: the giver after "by"/"from" is a description or an unnamed group, so no investor is named.
    // https://www.ibtimes.com/japans-softbank-takes-first-step-fulfill-pledge-trump-invests-1-billion-us-satellite-2462885
    [InlineData("The $1 billion investment by the Japanese tech giant is the largest among the $1.2 billion in capital raised by OneWeb from its existing investors.", "$1 billion")]
    // https://centreforaviation.com/news/china-eastern-airlines-parent-adds-usd36bn-injection-from-four-new-investors-1030353
    [InlineData("China Eastern Airlines announced (12-Oct-2020) parent company China Eastern Air Holding Company will receive a CNY31 billion (USD4.6 billion) cash injection from four new State-owned investors as part of an equity diversification plan.", "USD4.6 billion")]
    public void Read_GiverAfterThePhraseNotNamed_NamesNoInvestor(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Investor);
    }

    [Theory]
    // A loan or revenue from someone is no investment: its phrase is not the money's own.
    [InlineData("Acme secured a $50 million loan from JPMorgan.", "$50 million")]
    [InlineData("Acme booked $50 million in revenue from Microsoft.", "$50 million")]
    // Outside the corpus.
    // https://www.china-devices.com/qutoutiao-tencent-backed-news-app-nabs-171m-from-alibaba/
    public void Read_LoanOrRevenueFromAGiver_IsNoInvestment(string sentence, string at)
    {
        Assert.NotEqual(DealTracker.Domain.Claims.Metric.Investment, Figure(sentence, at).Metric);
    }
}
