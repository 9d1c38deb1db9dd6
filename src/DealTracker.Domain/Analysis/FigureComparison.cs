using DealTracker.Domain.Money;

namespace DealTracker.Domain.Analysis;

/// <summary>Two values of one figure side by side, and the values both allow (null when they conflict).</summary>
public sealed record VariantPair(FigureVariant First, FigureVariant Second, MoneyInterval? Overlap)
{
    /// <summary>True when both values can be right at once.</summary>
    public bool Compatible => Overlap is not null;

    /// <summary>True when the values are in one currency; values in different currencies are not compared (neither compatible nor in conflict).</summary>
    public bool Comparable => First.Amount.IsComparableWith(Second.Amount);

    /// <summary>True when both values are in one currency and cannot both be right.</summary>
    public bool Conflicts => Comparable && !Compatible;

    /// <summary>The values both allow as a hedged amount in the pair's own currency ("$10B–$50B"); null when they conflict.</summary>
    public HedgedAmount? OverlapAmount => Overlap is { } overlap ? HedgedAmount.Spanning(overlap, First.Amount.Currency) : null;

    /// <summary>Pairs every value with each one after it, among the first <paramref name="count"/> values.</summary>
    internal static IEnumerable<(T First, T Second)> Among<T>(IReadOnlyList<T> values, int count)
    {
        var shown = Math.Min(count, values.Count);
        for (var i = 0; i < shown; i++)
        {
            for (var j = i + 1; j < shown; j++)
            {
                yield return (values[i], values[j]);
            }
        }
    }
}

/// <summary>
/// The values reported for one headline figure compared with each other: which pairs can both be
/// right, which values conflict with some other value, and groups of values that can all be right
/// at once. It reads the figure's own variants (in its ranking, the lead first), agreement and
/// compatibility rule (<see cref="HedgedAmount.IsCompatibleWith"/>), so the compare page and the
/// overview cannot disagree.
/// </summary>
public sealed class FigureComparison
{
    private readonly HashSet<HedgedAmount> _conflicting;
    private readonly Dictionary<HedgedAmount, int> _groups;

    private FigureComparison(HeadlineFigure figure)
    {
        Figure = figure;
        _conflicting = HeadlineFigure.ConflictingAmounts(figure.Variants);
        _groups = Groups(figure.Variants);
    }

    public HeadlineFigure Figure { get; }

    /// <summary>Every value reported, ranked as the figure ranks them (the lead first).</summary>
    public IReadOnlyList<FigureVariant> Variants => Figure.Variants;

    /// <summary>The values every figure allows (see <see cref="HeadlineFigure.AgreedAmount"/>); null when none.</summary>
    public HedgedAmount? AgreedAmount => Figure.AgreedAmount;

    /// <summary>True when at least two values cannot both be right.</summary>
    public bool HasConflict => _conflicting.Count > 0;

    /// <summary>How many groups of mutually compatible values the values fall into.</summary>
    public int GroupCount => _groups.Values.Distinct().Count();

    /// <summary>True when this value cannot be right at the same time as some other value of the figure.</summary>
    public bool Conflicts(FigureVariant variant) => _conflicting.Contains(variant.Amount);

    /// <summary>The group (0, 1, …) of the value: values in one group can all be right at once.</summary>
    public int GroupOf(FigureVariant variant) => _groups[variant.Amount];

    /// <summary>Each pair among the <paramref name="count"/> best-backed values, the better-backed first.</summary>
    public IEnumerable<VariantPair> Pairs(int count = int.MaxValue) =>
        VariantPair.Among(Variants, count).Select(p => new VariantPair(p.First, p.Second, Overlap(p.First.Amount, p.Second.Amount)));

    /// <summary>One comparison per headline figure of the claims (see <see cref="HeadlineFigure.From"/>).</summary>
    public static IReadOnlyList<FigureComparison> From(IEnumerable<FigureClaim> claims, SourceGraph graph) =>
        [.. HeadlineFigure.From(claims, graph).Select(Of)];

    public static FigureComparison Of(HeadlineFigure figure) => new(figure);

    private static MoneyInterval? Overlap(HedgedAmount first, HedgedAmount second) =>
        first.IsCompatibleWith(second) ? first.Interval.Intersect(second.Interval) : null;

    /// <summary>
    /// Sweeps each currency's values by lower bound (then upper, no upper bound last); a group lasts
    /// while the values in it still have a value in common, so it needs the fewest groups. Values in
    /// different currencies never share a group: they cannot be compared. Currencies come in the
    /// figure's ranking (the lead's first), and groups are numbered in sweep order.
    /// </summary>
    private static Dictionary<HedgedAmount, int> Groups(IReadOnlyList<FigureVariant> variants)
    {
        var groups = new Dictionary<HedgedAmount, int>();
        var next = 0;
        foreach (var currency in variants.Select(v => v.Amount.Currency).Distinct())
        {
            MoneyInterval? common = null;
            var swept = variants
                .Select(v => v.Amount)
                .Where(a => a.Currency == currency)
                .OrderBy(a => a.Interval.Low)
                .ThenBy(a => a.Interval.High is null)
                .ThenBy(a => a.Interval.High);
            foreach (var amount in swept)
            {
                common = common?.Intersect(amount.Interval);
                if (common is null)
                {
                    common = amount.Interval;
                    next++;
                }

                groups[amount] = next - 1;
            }
        }

        return groups;
    }
}
