namespace DealTracker.Domain.Money;

/// <summary>The hedge names people read ("up to") and machines read ("upTo").</summary>
public static class HedgeNames
{
    public static string Label(Hedge hedge) => hedge switch
    {
        Hedge.Exact => "exact",
        Hedge.UpTo => "up to",
        Hedge.AtLeast => "at least",
        Hedge.Approximately => "approximately",
        Hedge.Range => "range",
        _ => hedge.ToString(),
    };

    /// <summary>The camel-case token used by the JSON API: exact, upTo, atLeast, approximately, range.</summary>
    public static string Token(Hedge hedge) => hedge switch
    {
        Hedge.Exact => "exact",
        Hedge.UpTo => "upTo",
        Hedge.AtLeast => "atLeast",
        Hedge.Approximately => "approximately",
        Hedge.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(hedge), hedge, null),
    };
}
