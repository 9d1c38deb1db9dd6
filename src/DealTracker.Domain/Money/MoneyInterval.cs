namespace DealTracker.Domain.Money;

/// <summary>
/// The closed interval of values a hedged amount allows, in currency units.
/// <see cref="High"/> is null when the interval has no upper bound ("$10B or more").
/// </summary>
public readonly record struct MoneyInterval(decimal Low, decimal? High)
{
    public bool IsUnbounded => High is null;

    /// <summary>True when the interval has no floor above zero: only "up to" figures stand behind it.</summary>
    public bool IsCeilingOnly => Low <= 0m && High is not null;

    /// <summary>True when the interval allows exactly one value.</summary>
    public bool IsPoint => High == Low;

    public bool Contains(decimal value) => value >= Low && (High is null || value <= High);

    public bool Overlaps(MoneyInterval other) => Intersect(other) is not null;

    /// <summary>The values both intervals allow, or null when they have none in common.</summary>
    public MoneyInterval? Intersect(MoneyInterval other)
    {
        var low = Math.Max(Low, other.Low);
        decimal? high = (High, other.High) switch
        {
            (null, null) => null,
            (null, var h) => h,
            (var h, null) => h,
            (var a, var b) => Math.Min(a.Value, b.Value),
        };
        return high is not null && high < low ? null : new MoneyInterval(low, high);
    }
}
