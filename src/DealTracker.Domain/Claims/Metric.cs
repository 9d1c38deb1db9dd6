namespace DealTracker.Domain.Claims;

/// <summary>What a claim is about.</summary>
public enum Metric
{
    /// <summary>Money a named party would invest.</summary>
    Investment,

    /// <summary>The total the round would raise.</summary>
    RoundSize,

    /// <summary>What the round would value the company at.</summary>
    Valuation,

    /// <summary>Money committed to buying compute.</summary>
    ComputeCommitment,

    /// <summary>A party named as taking part, or as a possible participant.</summary>
    Participation,

    /// <summary>How far the talks have got.</summary>
    StageOfTalks,

    /// <summary>What a party said (or did not say) about the report.</summary>
    Response,

    /// <summary>Who is leading the talks.</summary>
    Leadership,

    /// <summary>What the terms under discussion include.</summary>
    Terms,

    /// <summary>How markets took the news.</summary>
    MarketReaction,

    /// <summary>Background the report gives.</summary>
    Context,

    /// <summary>What the company earns: annual revenue, a revenue run rate.</summary>
    Revenue,
}
