using System.Globalization;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;

namespace DealTracker.Web.Data.Synthetic;

/// <summary>The synthetic set's words and numbers: names, headlines, amounts as reports quote them.</summary>
internal static class SyntheticText
{
    public const decimal Million = 1_000_000m;

    public const decimal Billion = 1_000_000_000m;

    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static readonly string[] CompanyStems =
        ["Northwind", "Bluefin", "Quantum", "Helix", "Vector", "Aurora", "Cobalt", "Meridian", "Sable", "Tessera"];

    public static readonly string[] CompanySuffixes = ["Labs", "Systems", "Capital", "AI", "Robotics", "Cloud"];

    public static readonly string[] FirstNames = ["Ada", "Bram", "Chidi", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas"];

    public static readonly string[] LastNames = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Alvarez", "Novak", "Brennan", "Haddad"];

    public static readonly string[] OutletAdjectives =
        ["Daily", "Global", "Morning", "Evening", "Market", "Capital", "Tech", "Pacific", "Atlantic", "Metro"];

    public static readonly string[] OutletNouns =
        ["Ledger", "Wire", "Journal", "Dispatch", "Observer", "Times", "Post", "Brief", "Signal", "Review"];

    public static string? RoleNote(PartyRole role, string raising) => role switch
    {
        PartyRole.ProspectiveInvestor => $"In talks to invest in {raising}",
        PartyRole.PossibleParticipant => "Named as a possible participant",
        PartyRole.Negotiator => "Reported to be leading the talks",
        PartyRole.Provider => $"Would sell computing services to {raising}",
        _ => null,
    };

    public static string Headline(Random random, string raising, string investor) => random.Next(4) switch
    {
        0 => $"{investor} in talks to invest in {raising}",
        1 => $"{raising} weighs a new funding round",
        2 => $"{raising} valuation talk heats up as {investor} circles",
        _ => $"Investors line up for {raising}",
    };

    public static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    public static decimal Between(Random random, double low, double high) => (decimal)(low + (random.NextDouble() * (high - low)));

    public static decimal LogUniform(Random random, decimal low, decimal high) =>
        (decimal)Math.Exp(Math.Log((double)low) + (random.NextDouble() * (Math.Log((double)high) - Math.Log((double)low))));

    /// <summary>Rounds to two significant figures, as reports quote amounts: 12,345,678,901 → 12,000,000,000.</summary>
    public static decimal Nice(decimal value)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)) - 1);
        return Math.Max(Million, Math.Round(value / magnitude, MidpointRounding.AwayFromZero) * magnitude);
    }

    /// <summary>"$12 billion", "$1.5 trillion", "€800 million".</summary>
    public static string MoneyWords(decimal value, string currency)
    {
        var symbol = MoneyFormat.Symbol(currency) ?? currency + " ";
        var (scale, word) = value switch
        {
            >= 1_000 * Billion => (1_000 * Billion, "trillion"),
            >= Billion => (Billion, "billion"),
            _ => (Million, "million"),
        };
        return $"{symbol}{(value / scale).ToString("0.##", Invariant)} {word}";
    }
}
