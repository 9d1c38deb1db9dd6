using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Stage words the sentence does not assert (<c>StageRules.DeniedAndDoubted</c>, <c>StageRules.EndedTalks</c>): denied, doubted, called
/// false, denied by distance, or talks that ended across an aside. None proposes a stage (<c>TalksStage</c> has no ended value).
/// </summary>
public sealed class StageRulesDeniedAndDoubtedTests
{
    [Theory]
    // Doubted.
    [InlineData("It is unclear whether the companies are in advanced talks.")]
    [InlineData("It was not clear whether Amazon and Anthropic were close to finalizing a deal.")]
    [InlineData("Whether the companies are in advanced talks remains unclear.")]
    [InlineData("Whether the two sides are close to a deal remains unclear, the people said.")]
    [InlineData("It is not clear if the companies are close to a deal.")]
    [InlineData("It was unclear if the talks had reached an advanced stage.")]
    [InlineData("Amazon declined to say whether it was in exclusive talks with Anthropic.")]
    public void Find_StageDoubted_ProposesNoStage(string sentence)
    {
        Assert.Empty(Read(sentence).Stages);
    }

    [Theory]
    // Denied.
    [InlineData("The parties denied being in advanced talks.")]
    [InlineData("Amazon denied that it was close to finalizing a deal.")]
    [InlineData("Amazon denies it is nearing a deal with Anthropic.")]
    [InlineData("Amazon dismissed reports of advanced talks.")]
    [InlineData("Microsoft dismissed as speculation reports that it was close to a deal.")]
    [InlineData("Amazon rejected reports that it was close to a deal.")]
    [InlineData("Google rejected claims that the talks were at an advanced stage.")]
    [InlineData("SoftBank ruled out being close to a deal with OpenAI.")]
    [InlineData("The company has ruled out exclusive talks with any bidder.")]
    public void Find_StageDenied_ProposesNoStage(string sentence)
    {
        Assert.Empty(Read(sentence).Stages);
    }

    [Theory]
    // Called false.
    [InlineData("Amazon said reports of advanced talks were false.")]
    [InlineData("Reports that the companies are in advanced talks are untrue, a spokesman said.")]
    [InlineData("Microsoft said reports it was close to finalizing a deal were completely baseless.")]
    // Denied by distance.
    [InlineData("Amazon is nowhere near finalizing a deal.")]
    [InlineData("The companies are nowhere near a deal, the people said.")]
    [InlineData("Amazon is far from finalizing a deal.")]
    [InlineData("The two sides remain far from an agreement.")]
    public void Find_StageCalledFalseOrFarOff_ProposesNoStage(string sentence)
    {
        Assert.Empty(Read(sentence).Stages);
    }

    [Theory]
    // Talks that ended, written across an aside.
    [InlineData("The talks, which were in advanced stages, collapsed on Friday.")]
    [InlineData("The negotiations, which had reached an advanced stage, broke down last week.")]
    [InlineData("Advanced talks between the two companies failed in March.")]
    [InlineData("The advanced talks ended without an agreement.")]
    public void Find_StageOfTalksThatEnded_ProposesNoStage(string sentence)
    {
        Assert.Empty(Read(sentence).Stages);
    }

    [Theory]
    // A cue in another clause leaves the stage standing.
    [InlineData("Amazon denied the report, but the two companies are in advanced talks, the people said.", TalksStage.Advanced)]
    [InlineData("Amazon, which has not said whether it will invest, is in advanced talks with Anthropic.", TalksStage.Advanced)]
    [InlineData("It is unclear how much Amazon will invest; the companies are close to finalizing a deal.", TalksStage.Final)]
    public void Find_CueInAnotherClause_KeepsTheStage(string sentence, TalksStage stage)
    {
        Assert.Equal(stage, Assert.Single(Read(sentence).Stages).Stage);
    }
}
