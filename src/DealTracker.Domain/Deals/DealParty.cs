namespace DealTracker.Domain.Deals;

/// <summary>A party's role in one deal.</summary>
public class DealParty
{
    public int Id { get; set; }

    public int DealId { get; set; }

    public Deal? Deal { get; set; }

    public int PartyId { get; set; }

    public Party? Party { get; set; }

    public PartyRole Role { get; set; }

    /// <summary>What the reports say of the role: "leading the talks for Amazon".</summary>
    public string? Note { get; set; }
}
