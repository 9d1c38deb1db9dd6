using DealTracker.Domain.Claims;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.Deals;

/// <summary>The words the UI shows for the domain's enums: never a raw enum name.</summary>
public static class DisplayNames
{
    public static string Of(DealStage stage) => stage switch
    {
        DealStage.Rumoured => "Rumoured",
        DealStage.InTalks => "In talks",
        DealStage.Announced => "Announced",
        DealStage.Signed => "Signed",
        DealStage.Closed => "Closed",
        DealStage.Abandoned => "Abandoned",
        _ => stage.ToString(),
    };

    public static string Of(PartyRole role) => role switch
    {
        PartyRole.Raising => "Raising",
        PartyRole.ProspectiveInvestor => "Prospective investor",
        PartyRole.PossibleParticipant => "Possible participant",
        PartyRole.Negotiator => "Leading the talks",
        PartyRole.Provider => "Provider",
        PartyRole.Customer => "Customer",
        _ => role.ToString(),
    };

    public static string Of(OutletKind kind) => kind switch
    {
        OutletKind.Wire => "Wire service",
        OutletKind.Newspaper => "Newspaper",
        OutletKind.Magazine => "Magazine",
        OutletKind.Online => "Online publication",
        OutletKind.Aggregator => "Aggregator",
        OutletKind.Tabloid => "Tabloid",
        OutletKind.Newsletter => "Newsletter",
        OutletKind.ThinkTank => "Think tank",
        OutletKind.MarketNews => "Market news",
        _ => kind.ToString(),
    };

    public static string Of(RelianceKind kind) => kind switch
    {
        RelianceKind.Cites => "cites",
        RelianceKind.Summarises => "summarises",
        RelianceKind.Repeats => "repeats",
        _ => kind.ToString(),
    };

    public static string Of(TalksStage stage) => stage switch
    {
        TalksStage.Early => "early stage",
        TalksStage.Advanced => "advanced",
        TalksStage.Final => "final stage",
        _ => stage.ToString(),
    };

    public static string Of(Metric metric) => metric switch
    {
        Metric.Investment => "Investment",
        Metric.RoundSize => "Round size",
        Metric.Valuation => "Valuation",
        Metric.ComputeCommitment => "Compute commitment",
        Metric.Participation => "Participation",
        Metric.StageOfTalks => "Stage of talks",
        Metric.Response => "Response",
        Metric.Leadership => "Who leads the talks",
        Metric.Terms => "Terms under discussion",
        Metric.MarketReaction => "Market reaction",
        Metric.Context => "Context",
        Metric.Revenue => "Revenue",
        _ => metric.ToString(),
    };

    /// <summary>The title of a headline figure: "Amazon's investment", "Round size".</summary>
    public static string FigureTitle(Metric metric, string? partyName) => (metric, partyName) switch
    {
        (Metric.Investment, { } name) => $"{name}’s investment",
        (Metric.ComputeCommitment, { } name) => $"{name}’s compute commitment",
        (_, { } name) => $"{Of(metric)} ({name})",
        _ => Of(metric),
    };
}
