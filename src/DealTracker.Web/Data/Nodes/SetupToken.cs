namespace DealTracker.Web.Data.Nodes;

/// <summary>
/// A live first-admin set-up link, as its SHA-256 hash (the link itself is only ever written to a
/// node's console) with the moment it dies. Kept in the store so that any node accepts it, once.
/// </summary>
public sealed class SetupToken
{
    public int Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime ExpiresAt { get; set; }
}
