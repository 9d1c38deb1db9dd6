namespace DealTracker.Web.Components.Shared;

/// <summary>Small pieces of English the pages share.</summary>
public static class Wording
{
    /// <summary>"1 outlet", "5 outlets".</summary>
    public static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
