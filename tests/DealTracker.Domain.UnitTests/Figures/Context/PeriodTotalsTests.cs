using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Money a market took in over a period, no organisation named as taking it in, is a total (convention M4; MetricRules.PeriodTotals.cs),
/// and so is money a market or a bare sector raised or attracted (MetricRules.ManyReceivers.cs). Rows: issue86–87's misses the rules were
/// fitted to (read after their unseen measure), generated frames (periods × amounts) and counter-examples: one company's raise in a
/// month, one deal's "investment of", a round "of funding of", a company named "Market".
/// </summary>
public sealed class PeriodTotalsTests
{
    private static readonly string[] _periods = ["2024", "the first quarter", "H1"];
    private static readonly string[] _amounts = ["$410 million", "€2.1bn", "₹5,000 crore"];

    public static TheoryData<string, string> PeriodTotals => EveryFrameWithEveryNameAndAmount(
    [
        "On paper, that's a 44% drop from the {1} raised in {0}.",
        "In {0}, {1} was raised, which is 47% less than a year earlier.",
        "Across Europe, {0} investment was {1}, per the report.",
        "According to the bank, investment so far this year is hovering around {1} per quarter.",
    ], _periods, _amounts);

    [Theory]
    [MemberData(nameof(PeriodTotals))]
    // issue86 (https://www.mexc.cl/en-PH/news/322256): the year's total, no one named.
    [InlineData("On paper, that’s a 44% drop from the $410 million raised in 2024.", "$410 million")]
    // issue86 (https://www.insideinvestor.io/post/__n-a-194): a half-year's investment level.
    [InlineData("Europe VC totals have stabilised: H1’25 investment was c. $30.9bn (Q1 $16.3bn, Q2 $14.6bn) per KPMG’s Venture Pulse.", "$30.9bn")]
    // issue86 (https://baltimorechronicle.com/finansy/2024/04/09/global-fintech-funding-falls-study/?noamp=mobile): the period opens the sentence.
    [InlineData("A separate report highlights a significant decline in funding for African startups: In the first quarter of 2024, $466 million was raised, which is 47% less than in the same period in 2023.", "$466 million")]
    // issue87 (https://www.fiercehealthcare.com/ … health-tech startups funding): a level per quarter, both ends of the range.
    [InlineData("According to Silicon Valley Bank, investment so far this year is hovering between $4 billion and $4.5 billion per quarter.", "$4 billion")]
    [InlineData("According to Silicon Valley Bank, investment so far this year is hovering between $4 billion and $4.5 billion per quarter.", "$4.5 billion")]
    // issue86 (https://www.mexc.cl/en-PH/news/322256): a bare sector raised it.
    [InlineData("Nigerian fintech raised $230 million in 2025.", "$230 million")]
    // issue68: a sector's industry or ecosystem.
    [InlineData("TechCrunch reports that the Nigerian fintech industry has raised a whopping $360 million, with China playing the most role in bringing these funds in.", "$360 million")]
    [InlineData("The nation’s fintech ecosystem attracted over $2 billion in investment in 2024, according to the 2024 Economic Report.", "over $2 billion")]
    // issue86 (https://chain.review/ … blockchain-boom-in-germany): spread over counted deals "via".
    [InlineData("According to a report published by Crypto Valley Venture Capital (CVVC), the country’s blockchain sector enjoyed an influx of $355 million via 34 funding deals.", "$355 million")]
    public void Read_MarketsMoneyOverAPeriod_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    // issue86: one company named, one month.
    [InlineData("Flutterwave raised $250 million in February 2022 at a staggering $3 billion valuation.", "$250 million", Metric.RoundSize)]
    // blind52: the raise named after the figure ("raised by"), not a period.
    [InlineData("Swedish startups are having a moment thanks to some big climate tech rounds, including the €1.5bn raised by H2 Green Steel and a $1.2bn convertible raised by Northvolt.", "€1.5bn", Metric.RoundSize)]
    // blind13: a round "of funding of".
    [InlineData("Cred has turned a unicorn, nearly trebling its valuation in just three months to $2.2 billion with a new round of funding of $215 million.", "$215 million", Metric.RoundSize)]
    // blind28: "the Brazilian fintech" is one company.
    [InlineData("In its last financing round, led by venture capital company DST Global Investment Partners, the Brazilian fintech raised USD 150 million.", "USD 150 million", Metric.RoundSize)]
    // blind24: a market the subject means to challenge, not the receiver.
    [InlineData("A Toronto startup looking to challenge computer chip giants Qualcomm Inc. and Intel Corp. in the wireless market has raised US$42-million in a venture capital deal.", "US$42-million", Metric.RoundSize)]
    public void Read_OneCompanysRaise_StaysARoundSize(string sentence, string at, Metric expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }
}
