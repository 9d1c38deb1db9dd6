using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirty-seventh session's rules: an issuer's offering of notes is a round size (convention M5) when the figure is its principal
/// amount, a series of an offering named before it, or the buyers' option on more of it; notes repaid, redeemed or outstanding, an order
/// book and many issuers' sales stay other.
/// </summary>
public sealed class ThirtySeventhSessionRulesTests
{
    [Theory]
    [InlineData("TeraWulf launched a private offering of $400 million aggregate principal amount of convertible senior notes due 2031.", "$400 million")]
    [InlineData("CoreWeave announced the pricing of its private offering of $2.25 billion aggregate principal amount of its 1.75% convertible senior notes due 2031.", "$2.25 billion")]
    [InlineData("The total will be split into two tranches of a USD 500 million aggregate principal amount of 2.00% convertible notes, due in 2029, and a USD 500 million aggregate principal amount of 3.00% convertible notes, due in 2031.", "USD 500 million")]
    [InlineData("The company intends to offer the convertible notes in two series: $1 billion in notes due 2030 and $1 billion in notes due 2032, according to a company statement.", "$1 billion")]
    [InlineData("The company may also grant initial purchasers a 13-day option to buy up to an additional $60 million of notes.", "$60 million")]
    [InlineData("The underwriters have a 30-day option to purchase up to an additional $75 million of the debentures.", "$75 million")]
    [InlineData("Acme may also grant the initial purchasers an option to buy up to an additional $45 million of notes, it said in a filing with the Securities and Exchange Commission.", "$45 million")]
    public void Read_AnIssuersOfferingOfNotes_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Proceeds will be used to repay the outstanding $1.25 billion of senior notes due Feb. 15, the company said in its offering memorandum.", "$1.25 billion")]
    [InlineData("US companies have sold $1.7tn of investment-grade bonds in 2025, a near-record sum stoked by a rush of borrowing.", "$1.7tn")]
    [InlineData("Investors placed orders for as many as US$126bil of Oracle bonds on Monday, edging out the prior record.", "US$126bil")]
    [InlineData("The lenders, which have collectively sold about $19.3 billion of high-grade bonds this month, expect more offerings.", "$19.3 billion")]
    public void Read_NotesOwedOrManyIssuersSales_StayOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }
}
