namespace DealTracker.Domain.Claims;

public enum ClaimStatus
{
    /// <summary>The claim stands as reported.</summary>
    Standing,

    /// <summary>Withdrawn; kept and shown as retracted, no longer counted in headline figures.</summary>
    Retracted,
}
