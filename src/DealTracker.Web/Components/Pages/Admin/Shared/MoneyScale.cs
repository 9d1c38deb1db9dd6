using System.Globalization;
using DealTracker.Domain.Money;

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

    /// <summary>
    /// Reads an amount typed in <paramref name="factor"/> ("1.5" in billion is 1,500,000,000): digits with a dot for decimals, and
    /// commas only as thousands separators in their place ("1,500,000.5"). A comma anywhere else ("1,5", "2,50") is refused, never
    /// read as a thousands separator (ten or a hundred times the figure meant), and so is an exponent ("1e3"). An amount past
    /// <see cref="HedgedAmount.MaxAmount"/> once scaled is refused before it is multiplied (it would not fit a decimal). Empty text
    /// is no amount (null). Either the amount in currency units or the message to show beside the field.
    /// </summary>
    public static (decimal? Amount, string? Error) Read(string? text, decimal factor)
    {
        var typed = text?.Trim() ?? "";
        if (typed.Length == 0)
        {
            return (null, null);
        }

        var sign = typed[0] is '-' or '+' ? 1 : 0;
        var dot = typed.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? typed[sign..] : typed[sign..dot];
        var fraction = dot < 0 ? "" : typed[(dot + 1)..];
        if (whole.Length + fraction.Length == 0 || !whole.All(c => char.IsAsciiDigit(c) || c == ',') || !fraction.All(char.IsAsciiDigit))
        {
            return (null, fraction.Contains(',', StringComparison.Ordinal)
                ? $"“{typed}” is not a number: use a dot for decimals (such as 1.5) and a comma only between thousands (1,500)."
                : $"“{typed}” is not a number: write digits, with a dot for decimals (such as 1.5).");
        }

        if (whole.Contains(',', StringComparison.Ordinal) && !IsGroupedInThousands(whole))
        {
            return (null, $"“{typed}” is not a number: use a dot for decimals (such as 1.5); a comma only separates thousands (1,500).");
        }

        var digits = typed[..sign] + whole.Replace(",", "", StringComparison.Ordinal) + (dot < 0 ? "" : "." + fraction);
        var limit = HedgedAmount.MaxAmount / factor;
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || Math.Abs(value) > limit)
        {
            return (null, TooLarge(factor));
        }

        return (value * factor, null);
    }

    /// <summary>An amount typed in <paramref name="factor"/> can be at most this (10^27 in all).</summary>
    public static string TooLarge(decimal factor) =>
        $"An amount can be at most 10^27 in all: {(HedgedAmount.MaxAmount / factor).ToString("#,##0", CultureInfo.InvariantCulture)}"
        + (factor == 1m ? "." : $" {Label(factor)}.");

    // "1,500,000": one to three digits, then groups of exactly three.
    private static bool IsGroupedInThousands(string whole)
    {
        var groups = whole.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
