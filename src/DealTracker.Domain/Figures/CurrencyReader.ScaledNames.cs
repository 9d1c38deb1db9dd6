namespace DealTracker.Domain.Figures;

/// <summary>
/// Since the thirty-fourth session: abbreviations that carry the scale and the currency at once, as Mexican and Moroccan business
/// pages write them after the number: "500 mdd" and "$100 MDD" (millones de dólares), "300 mdp" (millones de pesos), "40 mmdd"
/// (miles de millones de dólares), "2,6 MDH" (millions de dirhams) and "1.5 MMDH" (milliards de dirhams). Read as whole words after
/// the number, attached or after a space, any case.
/// </summary>
internal static partial class CurrencyReader
{
    private static readonly (string Form, string Code, decimal Factor)[] _scaledNames =
    [
        ("mmdd", "USD", 1e9m), ("mmdp", "MXN", 1e9m), ("mmdh", "MAD", 1e9m),
        ("mdd", "USD", 1e6m), ("mdp", "MXN", 1e6m), ("mdh", "MAD", 1e6m),
    ];

    /// <summary>A scale-and-currency abbreviation at <paramref name="p"/> or after one space, with the factor it multiplies the number by.</summary>
    private static SuffixCurrency? ScaledNameSuffix(string s, int p)
    {
        var w = p < s.Length && s[p] is ' ' or '\u00A0' ? p + 1 : p;
        foreach (var (form, code, factor) in _scaledNames)
        {
            if (MatchesWord(s, w, form))
            {
                return new SuffixCurrency(w + form.Length, code, false, code == "USD", false, factor);
            }
        }

        return null;
    }
}
