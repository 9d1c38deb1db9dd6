namespace DealTracker.Domain.Deals;

/// <summary>One deal related to another, with what the relation is.</summary>
public class DealLink
{
    public int Id { get; set; }

    public int DealId { get; set; }

    public Deal? Deal { get; set; }

    public int RelatedDealId { get; set; }

    public Deal? RelatedDeal { get; set; }

    /// <summary>"Earlier compute agreement the round would build on".</summary>
    public required string Relation { get; set; }
}
