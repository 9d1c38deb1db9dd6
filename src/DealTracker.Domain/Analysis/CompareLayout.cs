namespace DealTracker.Domain.Analysis;

/// <summary>A value axis from zero to <see cref="Max"/>, with a tick at zero and at every step.</summary>
public sealed record AxisScale(decimal Max, IReadOnlyList<decimal> Ticks);

/// <summary>Where an outlet stands in the reliance graph: its column (0: it relies on no one) and its row in that column.</summary>
public readonly record struct GraphPlace(int Column, int Row);

/// <summary>
/// Where things go in the compare page's two pictures, in units rather than pixels (the Razor
/// components own the pixels): the value axis of a figure's chart, and the columns and rows of
/// the who-relies-on-whom graph. Pure arithmetic over the figures and the reliance edges, so it
/// lives beside the analysis it draws and is unit-tested without a host.
/// </summary>
public static class CompareLayout
{
    /// <summary>Room left above the highest bound, so no bar ends on the frame.</summary>
    public const decimal Headroom = 0.15m;

    /// <summary>About this many steps along an axis.</summary>
    public const int TargetSteps = 5;

    /// <summary>The right-most column of the reliance graph: longer chains stop there.</summary>
    public const int MaxColumn = 3;

    private static readonly decimal[] _niceFactors = [1m, 2m, 2.5m, 5m, 10m];

    /// <summary>
    /// The axis for values up to <paramref name="highest"/>: from zero to a whole number of "nice"
    /// steps past the highest value plus <see cref="Headroom"/>. Never throws, however large the value.
    /// </summary>
    public static AxisScale Scale(decimal highest)
    {
        if (highest <= 0)
        {
            return new AxisScale(0, [0m]);
        }

        var end = highest <= decimal.MaxValue / (1 + Headroom) ? highest * (1 + Headroom) : highest;
        var step = NiceCeiling(end / TargetSteps);
        var steps = (int)Math.Ceiling(end / step);
        var max = step <= decimal.MaxValue / steps ? step * steps : end;
        var ticks = Enumerable.Range(0, (int)(max / step) + 1).Select(i => step * i).ToList();
        return new AxisScale(max, ticks);
    }

    /// <summary>
    /// The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above the value;
    /// 1 for zero or less.
    /// </summary>
    public static decimal NiceCeiling(decimal value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var power = 1m;
        while (power <= value / 10)
        {
            power *= 10;
        }

        while (power > value)
        {
            power /= 10;
        }

        foreach (var factor in _niceFactors)
        {
            if (power > decimal.MaxValue / factor)
            {
                break;
            }

            if (power * factor >= value)
            {
                return power * factor;
            }
        }

        return decimal.MaxValue;
    }

    /// <summary>
    /// The column and row of each outlet in the reliance graph. An outlet that relies on no one
    /// stands in column 0; any other one column past the longest chain of reliance that starts at it
    /// and never passes an outlet twice (so outlets that rely on each other in a circle stand side
    /// by side, and no cycle can hang the layout), at most <see cref="MaxColumn"/>. A chain stops at
    /// an outlet that is not drawn, one step on. Rows run in name order within a column.
    /// </summary>
    /// <param name="names">The outlets to draw, by id.</param>
    /// <param name="reliesOn">The outlets each outlet relies on (drawn or not); an outlet relying on itself is ignored.</param>
    public static IReadOnlyDictionary<int, GraphPlace> Layers(IReadOnlyDictionary<int, string> names, ILookup<int, int> reliesOn)
    {
        var columns = names.Keys.ToDictionary(id => id, id => Depth(id, [id], names, reliesOn));
        return columns
            .GroupBy(c => c.Value)
            .SelectMany(g => g.Select(c => c.Key).OrderBy(id => names[id], StringComparer.Ordinal).Select((id, row) => (id, row)))
            .ToDictionary(x => x.id, x => new GraphPlace(columns[x.id], x.row));
    }

    private static int Depth(int outlet, HashSet<int> path, IReadOnlyDictionary<int, string> names, ILookup<int, int> reliesOn)
    {
        var depth = 0;
        foreach (var target in reliesOn[outlet].Where(t => !path.Contains(t)))
        {
            if (depth == MaxColumn)
            {
                break;
            }

            var further = 0;
            if (names.ContainsKey(target) && path.Count < MaxColumn)
            {
                path.Add(target);
                further = Depth(target, path, names, reliesOn);
                path.Remove(target);
            }

            depth = Math.Max(depth, Math.Min(MaxColumn, 1 + further));
        }

        return depth;
    }
}
