using DealTracker.Domain.Claims;
using DealTracker.Domain.Events;
using DealTracker.Domain.History;

namespace DealTracker.Domain.Deals;

/// <summary>A transaction being reported, such as Amazon's possible investment in OpenAI's 2026 round.</summary>
public class Deal : IVersioned
{
    public int Id { get; set; }

    /// <summary>Goes up by one with every saved edit (optimistic concurrency).</summary>
    public int Version { get; set; }

    /// <summary>The deal's address: /deals/{slug}.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public DealStage Stage { get; set; }

    /// <summary>How the stage is described in the reports: "early stage, terms not finalized".</summary>
    public string? StageNote { get; set; }

    /// <summary>The deal shown on the home page.</summary>
    public bool IsFeatured { get; set; }

    public List<DealParty> Parties { get; set; } = [];

    /// <summary>A set, not a list: the store fixes up this side of every claim it tracks, and a set checks "already there?" in constant time.</summary>
    public HashSet<Claim> Claims { get; set; } = [];

    public List<DealEvent> Events { get; set; } = [];

    /// <summary>Links from this deal to related ones (the round and the compute agreement behind it).</summary>
    public List<DealLink> Links { get; set; } = [];
}
