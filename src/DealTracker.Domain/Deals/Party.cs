using DealTracker.Domain.History;

namespace DealTracker.Domain.Deals;

/// <summary>An organisation or person that takes part in deals: Amazon, OpenAI, Andy Jassy.</summary>
public class Party : IVersioned
{
    public int Id { get; set; }

    /// <summary>Goes up by one with every saved edit (optimistic concurrency).</summary>
    public int Version { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public PartyKind Kind { get; set; }

    /// <summary>"Amazon CEO"; "cloud computing arm of Amazon".</summary>
    public string? Description { get; set; }

    /// <summary>The organisation a person or unit belongs to (Andy Jassy → Amazon; AWS → Amazon).</summary>
    public int? AffiliationId { get; set; }

    public Party? Affiliation { get; set; }
}
