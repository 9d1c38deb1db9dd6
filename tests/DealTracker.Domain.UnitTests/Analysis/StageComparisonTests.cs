using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;

namespace DealTracker.Domain.UnitTests.Analysis;

public sealed class StageComparisonTests
{
    private static StageClaim Stage(int claimId, TalksStage stage, ReportRef report, int? partyId = null, string? partyName = null) =>
        new(claimId, Metric.StageOfTalks, partyId, partyName, stage, null, report);

    private static StageComparison Compare(params StageClaim[] claims) =>
        Assert.Single(StageComparison.From(claims, SeedArticle.Graph()));

    [Fact]
    public void From_EarlyAgainstAdvanced_ConflictWithNoAgreement()
    {
        var comparison = Compare(
            Stage(1, TalksStage.Early, SeedArticle.ReutersReport),
            Stage(2, TalksStage.Advanced, SeedArticle.NyPostReport));

        Assert.True(comparison.HasConflict);
        Assert.Null(comparison.Agreement);
        Assert.All(comparison.Variants, v => Assert.True(comparison.Conflicts(v)));
    }

    [Fact]
    public void From_EveryOutletStatesTheSameStage_AgreesOnItWithoutConflict()
    {
        var comparison = Compare(
            Stage(1, TalksStage.Early, SeedArticle.ReutersReport),
            Stage(2, TalksStage.Early, SeedArticle.AxiosReport));

        Assert.False(comparison.HasConflict);
        Assert.Equal(TalksStage.Early, comparison.Agreement);
        Assert.False(comparison.Conflicts(Assert.Single(comparison.Variants)));
        Assert.Empty(comparison.Pairs());
    }

    [Fact]
    public void Pairs_ThreeStages_EveryPairOnceTheEarlierStageFirstWithItsOutlets()
    {
        var comparison = Compare(
            Stage(1, TalksStage.Final, SeedArticle.ForbesReport),
            Stage(2, TalksStage.Early, SeedArticle.ReutersReport),
            Stage(3, TalksStage.Advanced, SeedArticle.NyPostReport),
            Stage(4, TalksStage.Early, SeedArticle.AxiosReport));

        var pairs = comparison.Pairs().Select(p => (p.First.Stage, p.Second.Stage)).ToList();

        Assert.Equal([(TalksStage.Early, TalksStage.Advanced), (TalksStage.Early, TalksStage.Final), (TalksStage.Advanced, TalksStage.Final)], pairs);
        Assert.Equal([SeedArticle.Reuters, SeedArticle.Axios], comparison.Variants[0].Corroboration.Outlets);
    }

    [Fact]
    public void GroupOf_ThreeStages_EachItsOwnGroupFromTheEarliest()
    {
        var comparison = Compare(
            Stage(1, TalksStage.Final, SeedArticle.ForbesReport),
            Stage(2, TalksStage.Early, SeedArticle.ReutersReport),
            Stage(3, TalksStage.Advanced, SeedArticle.NyPostReport));

        Assert.Equal([0, 1, 2], comparison.Variants.Select(comparison.GroupOf));
        Assert.Equal([TalksStage.Early, TalksStage.Advanced, TalksStage.Final], comparison.Variants.Select(v => v.Stage));
    }

    [Fact]
    public void From_StagesForTwoParties_OneComparisonEachInPartyNameOrder()
    {
        var comparisons = StageComparison.From(
            [
                Stage(1, TalksStage.Early, SeedArticle.ReutersReport, 2, "SoftBank"),
                Stage(2, TalksStage.Advanced, SeedArticle.NyPostReport, 1, "Amazon"),
            ],
            SeedArticle.Graph());

        Assert.Equal(["Amazon", "SoftBank"], comparisons.Select(c => c.PartyName));
        Assert.All(comparisons, c => Assert.False(c.HasConflict));
    }

    [Fact]
    public void From_NoClaims_NoComparisons()
    {
        Assert.Empty(StageComparison.From([], SeedArticle.Graph()));
    }
}
