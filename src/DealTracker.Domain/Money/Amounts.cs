namespace DealTracker.Domain.Money;

/// <summary>The one way an amount loses the trailing zeros its arithmetic gave it.</summary>
public static class Amounts
{
    // Dividing by one with the largest scale a decimal holds leaves the smallest scale that keeps the value.
    private const decimal OneAtFullScale = 1.0000000000000000000000000000m;

    /// <summary>2.5 × 1e9 keeps the scale of its factors (2500000000.0): written as 2500000000; 50.0 as 50.</summary>
    public static decimal Normalise(decimal value) => value / OneAtFullScale;

    /// <inheritdoc cref="Normalise(decimal)"/>
    public static decimal? Normalise(decimal? value) => value is { } v ? Normalise(v) : null;
}
