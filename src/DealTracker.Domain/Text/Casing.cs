namespace DealTracker.Domain.Text;

/// <summary>The one way a .NET name becomes the camel-case name files and the API use.</summary>
public static class Casing
{
    /// <summary>"RoundSize" → "roundSize"; "Claims[2].Quote" → "claims[2].quote" (each dotted part); "" stays "".</summary>
    public static string CamelCase(string name) =>
        string.Join('.', name.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
