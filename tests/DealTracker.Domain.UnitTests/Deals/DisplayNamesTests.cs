using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.UnitTests.Deals;

public sealed class DisplayNamesTests
{
    public static TheoryData<DealStage> DealStages => new(Enum.GetValues<DealStage>());

    public static TheoryData<PartyRole> PartyRoles => new(Enum.GetValues<PartyRole>());

    public static TheoryData<OutletKind> OutletKinds => new(Enum.GetValues<OutletKind>());

    public static TheoryData<RelianceKind> RelianceKinds => new(Enum.GetValues<RelianceKind>());

    public static TheoryData<Metric> Metrics => new(Enum.GetValues<Metric>());

    /// <summary>A label a person can read: not empty, and not a multi-word enum name such as "InTalks".</summary>
    private static void AssertReadable<TEnum>(TEnum value, string label)
        where TEnum : struct, Enum
    {
        var rawName = value.ToString();
        Assert.False(string.IsNullOrWhiteSpace(label), $"{typeof(TEnum).Name}.{rawName} has no label.");
        if (rawName.Skip(1).Any(char.IsUpper))
        {
            Assert.NotEqual(rawName, label);
            Assert.DoesNotContain(rawName, label, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(DealStages))]
    public void Of_EveryDealStage_HasReadableLabel(DealStage stage) => AssertReadable(stage, DisplayNames.Of(stage));

    [Theory]
    [MemberData(nameof(PartyRoles))]
    public void Of_EveryPartyRole_HasReadableLabel(PartyRole role) => AssertReadable(role, DisplayNames.Of(role));

    [Theory]
    [MemberData(nameof(OutletKinds))]
    public void Of_EveryOutletKind_HasReadableLabel(OutletKind kind) => AssertReadable(kind, DisplayNames.Of(kind));

    [Theory]
    [MemberData(nameof(RelianceKinds))]
    public void Of_EveryRelianceKind_HasReadableLabel(RelianceKind kind) => AssertReadable(kind, DisplayNames.Of(kind));

    [Theory]
    [MemberData(nameof(Metrics))]
    public void Of_EveryMetric_HasReadableLabel(Metric metric) => AssertReadable(metric, DisplayNames.Of(metric));

    [Theory]
    [InlineData(DealStage.InTalks, "In talks")]
    [InlineData(DealStage.Rumoured, "Rumoured")]
    [InlineData(DealStage.Abandoned, "Abandoned")]
    public void Of_DealStage_ReturnsLabel(DealStage stage, string expected)
    {
        Assert.Equal(expected, DisplayNames.Of(stage));
    }

    [Theory]
    [InlineData(PartyRole.ProspectiveInvestor, "Prospective investor")]
    [InlineData(PartyRole.PossibleParticipant, "Possible participant")]
    [InlineData(PartyRole.Negotiator, "Leading the talks")]
    public void Of_PartyRole_ReturnsLabel(PartyRole role, string expected)
    {
        Assert.Equal(expected, DisplayNames.Of(role));
    }

    [Theory]
    [InlineData(OutletKind.ThinkTank, "Think tank")]
    [InlineData(OutletKind.MarketNews, "Market news")]
    [InlineData(OutletKind.Wire, "Wire service")]
    public void Of_OutletKind_ReturnsLabel(OutletKind kind, string expected)
    {
        Assert.Equal(expected, DisplayNames.Of(kind));
    }

    [Theory]
    [InlineData(RelianceKind.Cites, "cites")]
    [InlineData(RelianceKind.Summarises, "summarises")]
    [InlineData(RelianceKind.Repeats, "repeats")]
    public void Of_RelianceKind_ReturnsVerb(RelianceKind kind, string expected)
    {
        Assert.Equal(expected, DisplayNames.Of(kind));
    }

    [Theory]
    [InlineData(Metric.RoundSize, "Round size")]
    [InlineData(Metric.ComputeCommitment, "Compute commitment")]
    [InlineData(Metric.StageOfTalks, "Stage of talks")]
    [InlineData(Metric.MarketReaction, "Market reaction")]
    [InlineData(Metric.Revenue, "Revenue")]
    public void Of_Metric_ReturnsLabel(Metric metric, string expected)
    {
        Assert.Equal(expected, DisplayNames.Of(metric));
    }

    [Theory]
    [InlineData(Metric.Investment, "Amazon", "Amazon\u2019s investment")]
    [InlineData(Metric.ComputeCommitment, "OpenAI", "OpenAI\u2019s compute commitment")]
    [InlineData(Metric.Valuation, "OpenAI", "Valuation (OpenAI)")]
    [InlineData(Metric.RoundSize, null, "Round size")]
    [InlineData(Metric.Investment, null, "Investment")]
    public void FigureTitle_MetricAndParty_ReturnsTitle(Metric metric, string? partyName, string expected)
    {
        Assert.Equal(expected, DisplayNames.FigureTitle(metric, partyName));
    }
}
