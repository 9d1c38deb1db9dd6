using System.Diagnostics.CodeAnalysis;

namespace DealTracker.Domain.Text;

/// <summary>
/// The one way an enum value is written as text and read back: out as its camel-case name
/// ("roundSize"), in as the name of a defined value in any case ("roundSize", "RoundSize", "ROUNDSIZE").
/// Numbers ("3"), combinations ("Investment,Valuation"), padding (" investment") and unknown names are
/// refused: a value is never guessed.
/// </summary>
public static class EnumNames
{
    public static string Token<TEnum>(TEnum value) where TEnum : struct, Enum => Casing.CamelCase(value.ToString());

    /// <summary>Every defined value's token, in declaration order, for messages and documentation.</summary>
    public static IReadOnlyList<string> Tokens<TEnum>() where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Token)];

    public static bool TryParse<TEnum>([NotNullWhen(true)] string? text, out TEnum value) where TEnum : struct, Enum
    {
        if (!string.IsNullOrEmpty(text))
        {
            foreach (var candidate in Enum.GetValues<TEnum>())
            {
                if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
                {
                    value = candidate;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
