namespace DealTracker.Domain.Money;

/// <summary>How a reported amount is qualified by the words around it.</summary>
public enum Hedge
{
    /// <summary>"$38 billion": the figure as stated, no qualifier.</summary>
    Exact,

    /// <summary>"as much as", "up to", "at most": a ceiling.</summary>
    UpTo,

    /// <summary>"at least", "or more", "more than": a floor.</summary>
    AtLeast,

    /// <summary>"around", "about", "roughly", "~": near the figure.</summary>
    Approximately,

    /// <summary>"$15 billion to $25 billion": both ends stated.</summary>
    Range,
}
