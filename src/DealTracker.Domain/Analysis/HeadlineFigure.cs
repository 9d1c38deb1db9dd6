using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.Analysis;

/// <summary>One standing money claim, as the headline-figure analysis needs it.</summary>
public sealed record FigureClaim(int ClaimId, Metric Metric, int? PartyId, string? PartyName, HedgedAmount Amount, string? Quote, ReportRef Report);

/// <summary>One value of a figure as some outlets state it ("up to $50B"), with who stands behind it.</summary>
public sealed record FigureVariant(HedgedAmount Amount, IReadOnlyList<FigureClaim> Claims, Corroboration Corroboration, bool CompatibleWithLead);

/// <summary>
/// One headline figure of a deal (Amazon's investment, round size, valuation): the value to
/// lead with, every other value reported for it, and who stands behind them all.
/// </summary>
public sealed record HeadlineFigure(
    Metric Metric,
    int? PartyId,
    string? PartyName,
    FigureVariant Lead,
    IReadOnlyList<FigureVariant> Variants,
    Corroboration Corroboration,
    MoneyInterval? Agreement)
{
    public string Title => Deals.DisplayNames.FigureTitle(Metric, PartyName);

    /// <summary>
    /// The values every standing figure allows, as a hedged amount ("up to $40B" when only "up to"
    /// figures stand, "$10B or more" when only open-ended ones do); null when the figures disagree,
    /// are in different currencies or bound nothing.
    /// </summary>
    public HedgedAmount? AgreedAmount => Agreement is { } agreement ? HedgedAmount.Spanning(agreement, Lead.Amount.Currency) : null;

    /// <summary>The agreed values in words, or null when there is no agreement (see <see cref="AgreedAmount"/>).</summary>
    public string? AgreementWords => AgreedAmount?.ToHedgeWords();

    /// <summary>True when the outlets state more than one value.</summary>
    public bool HasSpread => Variants.Count > 1;

    /// <summary>True when at least two values in one currency cannot both be right (values in different currencies are not compared).</summary>
    public bool HasConflict => ConflictingAmounts(Variants).Count > 0;

    /// <summary>True when the values are stated in more than one currency: those in different currencies are not compared, neither agreeing nor conflicting.</summary>
    public bool HasMixedCurrencies => Variants.Any(v => v.Amount.Currency != Lead.Amount.Currency);

    /// <summary>
    /// For each currency the values are stated in (the lead's first), the values every figure in that currency allows;
    /// a currency whose values disagree has none. With one currency this is <see cref="AgreedAmount"/> alone.
    /// </summary>
    public IReadOnlyList<HedgedAmount> AgreementsByCurrency =>
        [.. Variants.GroupBy(v => v.Amount.Currency)
            .Select(g => (Currency: g.Key, Common: g.Skip(1).Aggregate((MoneyInterval?)g.First().Amount.Interval, (acc, v) => acc?.Intersect(v.Amount.Interval))))
            .Select(c => c.Common is { } common ? HedgedAmount.Spanning(common, c.Currency) : null)
            .OfType<HedgedAmount>()];

    /// <summary>
    /// The values that cannot be right at the same time as some other value (<see cref="HedgedAmount.ConflictsWith"/>),
    /// found in one pass per currency instead of comparing every pair. Values in different currencies cannot be compared, so
    /// they never conflict with each other. In one currency a value [low, high] conflicts with another exactly when some value's
    /// top is under its low or some value's low is over its high (a value always overlaps itself, so the lowest top and highest
    /// low are enough).
    /// </summary>
    internal static HashSet<HedgedAmount> ConflictingAmounts(IReadOnlyList<FigureVariant> variants)
    {
        var conflicting = new HashSet<HedgedAmount>();
        if (variants.Count < 2)
        {
            return conflicting;
        }

        foreach (var currency in variants.GroupBy(v => v.Amount.Currency))
        {
            var intervals = currency.Select(v => v.Amount.Interval).ToList();
            var highestLow = intervals.Max(i => i.Low);
            var lowestHigh = intervals.Min(i => i.High); // null when no value has a top
            foreach (var variant in currency)
            {
                var interval = variant.Amount.Interval;
                if (lowestHigh < interval.Low || highestLow > interval.High)
                {
                    conflicting.Add(variant.Amount);
                }
            }
        }

        return conflicting;
    }

    /// <summary>
    /// Groups standing money claims into headline figures: one per metric and party, each value
    /// its own variant. The lead is the value that the most independent origins stand behind among
    /// dated reports (a report with no known date is weaker evidence: it cannot be placed on the
    /// timeline), then the most independent origins overall, then the most outlets, then the
    /// earliest report.
    /// </summary>
    public static IReadOnlyList<HeadlineFigure> From(IEnumerable<FigureClaim> claims, SourceGraph graph) =>
        claims
            .GroupBy(c => (c.Metric, c.PartyId))
            .Select(g => Build(g.ToList(), graph))
            .OrderBy(f => f.Metric)
            .ThenBy(f => f.PartyName, StringComparer.Ordinal)
            .ToList();

    private static HeadlineFigure Build(List<FigureClaim> claims, SourceGraph graph)
    {
        var variants = claims
            .GroupBy(c => c.Amount)
            .Select(g =>
            {
                var (corroboration, datedOrigins) = Corroboration.Analyse(g.Select(c => c.Report), graph);
                return (Amount: g.Key, Claims: (IReadOnlyList<FigureClaim>)[.. g], Corroboration: corroboration, DatedOrigins: datedOrigins);
            })
            .OrderByDescending(v => v.DatedOrigins)
            .ThenByDescending(v => v.Corroboration.IndependentCount)
            .ThenByDescending(v => v.Corroboration.OutletCount)
            .ThenBy(v => v.Corroboration.First?.Published is null)
            .ThenBy(v => v.Corroboration.First?.Published)
            .ThenBy(v => v.Claims.Min(c => c.ClaimId))
            .ToList();
        var lead = variants[0].Amount;
        var all = variants
            .Select(v => new FigureVariant(v.Amount, v.Claims, v.Corroboration, v.Amount.IsCompatibleWith(lead)))
            .ToList();

        MoneyInterval? agreement = all.Select(v => v.Amount).DistinctBy(a => a.Currency).Count() == 1
            ? all.Skip(1).Aggregate((MoneyInterval?)all[0].Amount.Interval,
                                    (acc, v) => acc?.Intersect(v.Amount.Interval))
            : null;

        var first = claims[0];
        return new HeadlineFigure(
            first.Metric,
            first.PartyId,
            first.PartyName,
            all[0],
            all,
            Corroboration.Of(claims.Select(c => c.Report), graph),
            agreement);
    }
}
