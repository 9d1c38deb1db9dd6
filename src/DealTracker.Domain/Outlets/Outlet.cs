using DealTracker.Domain.History;

namespace DealTracker.Domain.Outlets;

/// <summary>A publisher: Reuters, the Wall Street Journal, TechCrunch.</summary>
public class Outlet : IVersioned
{
    public int Id { get; set; }

    /// <summary>Goes up by one with every saved edit (optimistic concurrency).</summary>
    public int Version { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public OutletKind Kind { get; set; }

    /// <summary>The outlet's home page; only http and https addresses are kept.</summary>
    public string? Homepage { get; set; }
}
