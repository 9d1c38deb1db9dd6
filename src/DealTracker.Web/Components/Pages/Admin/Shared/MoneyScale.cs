using System.Globalization;

namespace DealTracker.Web.Components.Pages.Admin.Shared;

/// <summary>The scale an editor types an amount in: "40" and "billion" rather than eleven digits.</summary>
public static class MoneyScale
{
    public static IReadOnlyList<decimal> Factors { get; } = [1m, 1_000m, 1_000_000m, 1_000_000_000m, 1_000_000_000_000m];

    public const decimal Default = 1_000_000_000m;

    public static string Label(decimal factor) => factor switch
    {
        1m => "units",
        1_000m => "thousand",
        1_000_000m => "million",
        1_000_000_000m => "billion",
        1_000_000_000_000m => "trillion",
        _ => factor.ToString("#,##0", CultureInfo.InvariantCulture),
    };

    /// <summary>The largest scale the amount reaches (billion for 40,000,000,000); the default when there is no amount.</summary>
    public static decimal For(decimal? amount)
    {
        if (amount is not > 0)
        {
            return Default;
        }

        for (var i = Factors.Count - 1; i > 0; i--)
        {
            if (amount.Value >= Factors[i])
            {
                return Factors[i];
            }
        }

        return 1m;
    }
}
