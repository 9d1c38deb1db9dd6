using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The fortieth session's rules. An Indian IPO's two parts, its fresh issue and its offer for sale, are its round size (M5) also when
/// the figure stands before its noun or after a count of shares; money that is no part of an issue keeps its reading.
/// </summary>
public sealed class FortiethSessionRulesTests
{
    [Theory]
    [InlineData("The IPO will raise about Rs 2,079 crore through a Rs 1,500 crore fresh share issue and a Rs 579 crore offer-for-sale by promoters.", "Rs 1,500 crore")]
    [InlineData("The IPO will raise about Rs 2,079 crore through a Rs 1,500 crore fresh share issue and a Rs 579 crore offer-for-sale by promoters.", "Rs 579 crore")]
    [InlineData("The offer comprises a Rs 800 crore fresh issue and a Rs 1,200 crore offer for sale by existing shareholders.", "Rs 800 crore")]
    [InlineData("The offer comprises a Rs 800 crore fresh issue and a Rs 1,200 crore offer for sale by existing shareholders.", "Rs 1,200 crore")]
    [InlineData("The IPO comprises a fresh issue of 40.31 crore equity shares worth Rs 1,290.13 crore by the company and an offer-for-sale (OFS) of 26.87 crore shares worth Rs 860.08 crore by the Government of India.", "Rs 1,290.13 crore")]
    [InlineData("The IPO comprises a fresh issue of 40.31 crore equity shares worth Rs 1,290.13 crore by the company and an offer-for-sale (OFS) of 26.87 crore shares worth Rs 860.08 crore by the Government of India.", "Rs 860.08 crore")]
    [InlineData("The issue is an offer for sale of up to 1.2 crore shares aggregating ₹3,042 crore by the promoter.", "₹3,042 crore")]
    public void Read_AnIssuesFreshIssueOrOfferForSale_IsRoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("The promoter sold shares worth Rs 860 crore in a block deal on Tuesday.", "Rs 860 crore")]
    [InlineData("The company issued a Rs 500 crore share certificate to the trust after the fresh issue closed.", "Rs 500 crore")]
    [InlineData("A fresh issue of shares sent the stock down 4% to Rs 320 on Monday.", "Rs 320")]
    public void Read_MoneyThatIsNoPartOfAnIssue_IsNoRoundSize(string sentence, string at)
    {
        Assert.NotEqual(Metric.RoundSize, Figure(sentence, at).Metric);
    }
}
