using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Analysis;

/// <summary>One standing claim about how far the talks have got, as the comparison needs it.</summary>
public sealed record StageClaim(int ClaimId, Metric Metric, int? PartyId, string? PartyName, TalksStage Stage, string? Quote, ReportRef Report);

/// <summary>One stage of talks as some outlets state it, with who stands behind it.</summary>
public sealed record StageVariant(TalksStage Stage, IReadOnlyList<StageClaim> Claims, Corroboration Corroboration);

/// <summary>
/// The stages of talks reported for one deal (and party) compared with each other. Talks are at
/// one stage at a time, so two different stages cannot both be right: every pair of stages
/// conflicts, each stage is a group of its own, and the outlets agree only when they all state
/// the same stage.
/// </summary>
public sealed class StageComparison
{
    private readonly List<StageVariant> _variants;

    private StageComparison(Metric metric, int? partyId, string? partyName, IReadOnlyList<StageVariant> variants)
    {
        Metric = metric;
        PartyId = partyId;
        PartyName = partyName;
        _variants = [.. variants];
    }

    public Metric Metric { get; }

    public int? PartyId { get; }

    public string? PartyName { get; }

    public string Title => Deals.DisplayNames.FigureTitle(Metric, PartyName);

    /// <summary>Every stage reported, earliest stage first.</summary>
    public IReadOnlyList<StageVariant> Variants => _variants;

    /// <summary>The stage every outlet states; null when they state more than one.</summary>
    public TalksStage? Agreement => Variants is [var only] ? only.Stage : null;

    public bool HasConflict => Variants.Count > 1;

    /// <summary>True when another outlet states a different stage.</summary>
    public bool Conflicts(StageVariant variant) => HasConflict && _variants.Contains(variant);

    /// <summary>Each stage is its own group, numbered from the earliest stage.</summary>
    public int GroupOf(StageVariant variant) => _variants.IndexOf(variant);

    /// <summary>Each pair among the first <paramref name="count"/> stages: all of them conflict.</summary>
    public IEnumerable<(StageVariant First, StageVariant Second)> Pairs(int count = int.MaxValue) => VariantPair.Among(Variants, count);

    /// <summary>One comparison per metric and party, in metric order then party name.</summary>
    public static IReadOnlyList<StageComparison> From(IEnumerable<StageClaim> claims, SourceGraph graph) =>
        [.. claims
            .GroupBy(c => (c.Metric, c.PartyId))
            .Select(g => new StageComparison(g.Key.Metric, g.Key.PartyId, g.First().PartyName, [.. g
                .GroupBy(c => c.Stage)
                .OrderBy(s => s.Key)
                .Select(s => new StageVariant(s.Key, [.. s], Corroboration.Of(s.Select(c => c.Report), graph)))]))
            .OrderBy(c => c.Metric)
            .ThenBy(c => c.PartyName, StringComparer.Ordinal)];
}
