using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Attributive sizes (<c>MetricRules.IsAttributiveSize</c>): a figure written as an adjective of an entity noun or name ("the $337.1bn
/// pension fund", "the $6.5 billion Reko Diq mining project") is that entity's size, other; a money noun at the head is left to the other rules.
/// </summary>
public sealed class AttributiveSizesTests
{
    [Theory]
    // Corpus misses (base files).
    [InlineData("The company is also reportedly in discussions to purchase a 15 per cent stake in the $6.5 billion (Dh23.8 billion) Reko Diq mining project in Pakistan.", "$6.5 billion")]
    [InlineData("The $1.4-billion New Silk Route Partners is holding talks to buy a big stake in the KN Vasudev Adiga-promoted Bangalore restaurant network,valuing it at about Rs 200 crore,said three sources directly briefed on the matter.", "$1.4-billion")]
    [InlineData("(Bloomberg) — Bharti Global has agreed to buy about 24.5% of BT Group Plc, a deal to invest in a $17 billion British carrier that will accelerate an expansion overseas.", "$17 billion")]
    // Outside the corpus.
    // https://realassets.ipe.com/news/calpers-approves-45bn-in-infrastructure-commitments/10063421.article
    [InlineData("The $443bn pension fund disclosed that it is investing with DigitalBridge for the first time by making a $500m commitment to the DigitalBridge Strategic Assets Fund.", "$443bn")]
    // http://www.businessweek.com/printer/articles/257098?type=bloomberg
    [InlineData("The $144.8 billion pension fund is ramping up a new program to invest in infrastructure as a way to hedge against inflation and build stable, long-term revenue sources.", "$144.8 billion")]
    // https://www.pionline.com/article/20170418/ONLINE/170419869/worcestershire-county-council-taps-bfinance-to-lead-alts-search
    [InlineData("Selected pooled infrastructure and real estate managers will run an additional 5% allocation, about £110 million ($138 million), for the £1.9 billion pension fund.", "£1.9 billion")]
    // https://www.pionline.com/searches-and-hires/japans-gpif-commits-500-million-brookfield-real-estate-fund
    [InlineData("Brookfield Strategic Real Estate Partners V has secured commitments from several U.S. pension funds, including the $71.9 billion Pennsylvania Public School Employees' Retirement System, Harrisburg, which has up to $300 million of commitments approved by the board; the $134.7 billion Minnesota State Board of Investment, St. Paul, which has up to $200 million approved; and the $40.6 billion South Carolina Retirement System, Columbia, which has committed up to $100 million to the fund.", "$71.9 billion")]
    [InlineData("Brookfield Strategic Real Estate Partners V has secured commitments from several U.S. pension funds, including the $71.9 billion Pennsylvania Public School Employees' Retirement System, Harrisburg, which has up to $300 million of commitments approved by the board; the $134.7 billion Minnesota State Board of Investment, St. Paul, which has up to $200 million approved; and the $40.6 billion South Carolina Retirement System, Columbia, which has committed up to $100 million to the fund.", "$134.7 billion")]
    [InlineData("Brookfield Strategic Real Estate Partners V has secured commitments from several U.S. pension funds, including the $71.9 billion Pennsylvania Public School Employees' Retirement System, Harrisburg, which has up to $300 million of commitments approved by the board; the $134.7 billion Minnesota State Board of Investment, St. Paul, which has up to $200 million approved; and the $40.6 billion South Carolina Retirement System, Columbia, which has committed up to $100 million to the fund.", "$40.6 billion")]
    public void Read_FigureBeforeAnEntity_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // A money noun at the head: the other rules read it (an investment here).
    [InlineData("Microsoft said it would make a $2 billion investment in the startup.", "$2 billion", Metric.Investment)]
    // "Bloomberg is a $60bn company": said of the company, what it is worth (corpus).
    [InlineData("Bloomberg is a $60bn company that generates revenue of $10bn a year and Mr Ackman could potentially buy a 20 per cent stake in the company for $12bn, according to the Post.", "$60bn", Metric.Valuation)]
    // "the $1.58 billion Epic Games had raised": the money itself in a relative clause (corpus).
    [InlineData("This adds to the $1.58 billion Epic Games had raised in previous funding efforts, including the $330 million investment made by Tencent in 2012 in exchange for a 40 percent stake in the company.", "$1.58 billion", Metric.RoundSize)]
    public void Read_MoneyNounOrPredicate_IsLeftToTheOtherRules(string sentence, string at, Metric metric)
    {
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }
}
