namespace DealTracker.Domain.Deals;

/// <summary>How far a deal has got, as reported.</summary>
public enum DealStage
{
    Rumoured,
    InTalks,
    Announced,
    Signed,
    Closed,
    Abandoned,
}
