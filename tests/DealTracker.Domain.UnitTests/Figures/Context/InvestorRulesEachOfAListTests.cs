using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// One figure and several named investors (<c>InvestorRules.EachOfAList</c>): a figure carries one investor, the first named, whether
/// each put the sum in or they pooled it (docs/extractor.md says why); "Each of A, B and C" no longer skips the first.
/// </summary>
public sealed class InvestorRulesEachOfAListTests
{
    [Theory]
    [InlineData("Microsoft, Nvidia and Amazon each invested $1 billion.", "Microsoft")]
    [InlineData("Microsoft, Nvidia and Amazon invested $1 billion each in Anthropic.", "Microsoft")]
    [InlineData("Microsoft and Nvidia will each invest $1 billion in Anthropic.", "Microsoft")]
    [InlineData("Each of Microsoft, Nvidia and Amazon invested $1 billion in Anthropic.", "Microsoft")]
    [InlineData("Each of Google and Amazon will put $2 billion into the startup.", "Google")]
    [InlineData("Google and Amazon have each committed $2 billion to Anthropic.", "Google")]
    public void Read_EachOfSeveralInvested_GivesTheFirstNamed(string sentence, string investor)
    {
        var figure = Assert.Single(Read(sentence).Figures);

        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    [InlineData("A combined $15 billion from Microsoft and Nvidia.", "Microsoft")]
    [InlineData("Microsoft and Nvidia will invest a combined $15 billion in Anthropic.", "Microsoft")]
    [InlineData("Microsoft and Nvidia will together invest $15 billion in Anthropic.", "Microsoft")]
    [InlineData("The startup received a combined $5 billion from Google and Amazon.", "Google")]
    public void Read_PooledBySeveral_GivesTheFirstNamed(string sentence, string investor)
    {
        Assert.Equal(investor, Assert.Single(Read(sentence).Figures).Investor);
    }
}
