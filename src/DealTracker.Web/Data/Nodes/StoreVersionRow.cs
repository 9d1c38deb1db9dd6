namespace DealTracker.Web.Data.Nodes;

/// <summary>
/// The store's one-row write counter (id 1). On PostgreSQL every write transaction adds one to it and
/// notifies the other nodes (<see cref="PostgreSqlStoreChanges"/>); a node whose listening connection
/// dropped reads it to learn whether it missed a change. Unused on SQLite (one process).
/// </summary>
public sealed class StoreVersionRow
{
    public const int SingleId = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}
