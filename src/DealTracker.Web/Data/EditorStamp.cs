namespace DealTracker.Web.Data;

/// <summary>Who is saving: written into every change record of the save.</summary>
public sealed record EditorStamp(string Id, string Name);
