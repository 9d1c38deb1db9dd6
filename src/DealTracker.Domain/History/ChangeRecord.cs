namespace DealTracker.Domain.History;

/// <summary>
/// One saved change to one item: who made it, when, and each field before and after.
/// Records are only ever added; nothing edits or deletes them.
/// </summary>
public class ChangeRecord
{
    public long Id { get; set; }

    /// <summary>The kind of item: "Report", "Claim", "Outlet", "Reliance"…</summary>
    public required string ItemType { get; set; }

    public int ItemId { get; set; }

    /// <summary>For a claim or a reliance, the report it belongs to, so a report's history shows them too.</summary>
    public int? ReportId { get; set; }

    public ChangeAction Action { get; set; }

    /// <summary>When the change was saved, in UTC.</summary>
    public DateTime At { get; set; }

    public required string EditorId { get; set; }

    /// <summary>The editor's sign-in name at the time of the change.</summary>
    public required string EditorName { get; set; }

    /// <summary>The changed fields as JSON: <c>[{"field":"Headline","before":null,"after":"…"}]</c>.</summary>
    public required string Changes { get; set; }
}
