namespace DealTracker.Domain.History;

public enum ChangeAction
{
    Created,
    Edited,
    Retracted,

    /// <summary>A link between items (a reliance, a party's role in a deal) taken away in an edit.</summary>
    Removed,
}
