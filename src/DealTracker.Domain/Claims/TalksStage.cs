namespace DealTracker.Domain.Claims;

/// <summary>How far along a report says the talks are: two different stages cannot both be right.</summary>
public enum TalksStage
{
    /// <summary>"early stage", "exploratory".</summary>
    Early,

    /// <summary>"advanced".</summary>
    Advanced,

    /// <summary>"close to a deal", "final stages".</summary>
    Final,
}
