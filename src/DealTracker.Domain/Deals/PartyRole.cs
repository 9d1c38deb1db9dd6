namespace DealTracker.Domain.Deals;

/// <summary>What a party does in one deal.</summary>
public enum PartyRole
{
    /// <summary>The company raising the money (OpenAI in its round).</summary>
    Raising,

    /// <summary>An investor reported to be in talks (Amazon).</summary>
    ProspectiveInvestor,

    /// <summary>Named as a possible participant (Microsoft, Nvidia, SoftBank).</summary>
    PossibleParticipant,

    /// <summary>A person reported to be leading the talks (Andy Jassy, Sam Altman).</summary>
    Negotiator,

    /// <summary>Sells a service under the deal (AWS under the compute agreement).</summary>
    Provider,

    /// <summary>Buys a service under the deal (OpenAI under the compute agreement).</summary>
    Customer,
}
