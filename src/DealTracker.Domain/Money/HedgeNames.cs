namespace DealTracker.Domain.Money;

/// <summary>The hedge names people read ("up to"); machines read <see cref="Text.EnumNames.Token{TEnum}"/> ("upTo").</summary>
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
}
