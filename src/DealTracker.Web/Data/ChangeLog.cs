using System.Globalization;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.History;
using DealTracker.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DealTracker.Web.Data;

/// <summary>
/// Turns the tracked changes of one save into <see cref="ChangeRecord"/>s: which fields changed,
/// from what, to what. Edits are captured before the save (while the old values are known),
/// creations after it (once the new item has its id).
/// </summary>
internal sealed class ChangeLog
{
    // A report's link key is derived from its link (Report.Url sets it): the link's own row records the change, and an editor's
    // history shows no "Link key" beside it.
    private static readonly HashSet<string> _skipped = ["Id", nameof(IVersioned.Version), nameof(Report.LinkKey)];

    private readonly List<Pending> _pending = [];

    private ChangeLog()
    {
    }

    public bool IsEmpty => _pending.Count == 0;

    /// <summary>
    /// Bumps the version of every edited item, and of every item whose own rows (a deal's parties) were added, edited or removed,
    /// and notes what each change did.
    /// </summary>
    public static ChangeLog Capture(ChangeTracker tracker)
    {
        var log = new ChangeLog();
        BumpParentsOfChangedRows(tracker);
        foreach (var entry in tracker.Entries())
        {
            if (!KeepsHistory(entry))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    log._pending.Add(new Pending(entry, ChangeAction.Created, null));
                    break;
                case EntityState.Modified:
                    if (entry.Entity is IVersioned)
                    {
                        var version = entry.Property(nameof(IVersioned.Version));
                        version.CurrentValue = (int)version.OriginalValue! + 1;
                    }

                    var changes = entry.Properties
                        .Where(p => p.IsModified && !_skipped.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
                        .Select(p => new FieldChange(p.Metadata.Name, Format(p.OriginalValue), Format(p.CurrentValue)))
                        .ToList();
                    if (changes.Count > 0)
                    {
                        log._pending.Add(new Pending(entry, IsRetraction(entry) ? ChangeAction.Retracted : ChangeAction.Edited, changes));
                    }

                    break;
                case EntityState.Deleted:
                    log._pending.Add(new Pending(entry, ChangeAction.Removed, Snapshot(entry, before: true)));
                    break;
                default:
                    break;
            }
        }

        return log;
    }

    // The intake (watched feeds, the inbox) is the editors' working state, not the record: it keeps no history.
    private static bool KeepsHistory(EntityEntry entry) =>
        entry.Entity is not ChangeRecord && entry.Metadata.ClrType.Namespace?.StartsWith("DealTracker.Domain", StringComparison.Ordinal) == true
        && entry.Metadata.ClrType.Namespace != "DealTracker.Domain.Intake";

    /// <summary>
    /// A row without a version of its own that lives in a versioned item's collection (a deal's <see cref="Domain.Deals.DealParty"/>,
    /// a report's reliance) is edited through that item's form: adding, editing or removing it changes the item, so the item's
    /// version is bumped too, and a save that started from an older version of the item is refused as a conflict rather than
    /// quietly writing over the rows another editor saved.
    /// </summary>
    private static void BumpParentsOfChangedRows(ChangeTracker tracker)
    {
        var changed = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not IVersioned && KeepsHistory(e))
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var items = tracker.Entries<IVersioned>().Where(e => e.State is EntityState.Unchanged or EntityState.Modified)
            .ToDictionary(e => (e.Metadata.ClrType, e.Entity.Id));
        foreach (var entry in changed)
        {
            foreach (var key in entry.Metadata.GetForeignKeys().Where(k => k.PrincipalToDependent is { IsCollection: true } && k.Properties.Count == 1
                && typeof(IVersioned).IsAssignableFrom(k.PrincipalEntityType.ClrType)))
            {
                var property = entry.Property(key.Properties[0].Name);
                var value = entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
                if (value is int id && items.TryGetValue((key.PrincipalEntityType.ClrType, id), out var parent))
                {
                    var version = parent.Property(nameof(IVersioned.Version));
                    version.CurrentValue = (int)version.OriginalValue! + 1;
                }
            }
        }
    }

    /// <summary>The records, once the save has given new items their ids.</summary>
    public IEnumerable<ChangeRecord> ToRecords(EditorStamp editor, DateTime at) => _pending.Select(p => new ChangeRecord
    {
        ItemType = p.Entry.Metadata.ClrType.Name,
        ItemId = p.ItemId,
        ReportId = p.ReportId,
        Action = p.Action,
        At = at,
        EditorId = editor.Id,
        EditorName = editor.Name,
        Changes = JsonSerializer.Serialize(p.Changes ?? Snapshot(p.Entry, before: false), FieldChangeJson.Default.ListFieldChange),
    });

    private static bool IsRetraction(EntityEntry entry) => entry.Entity switch
    {
        Claim claim => claim.Status == ClaimStatus.Retracted && entry.Property(nameof(Claim.Status)).IsModified,
        Report report => report.Status == ReportStatus.Retracted && entry.Property(nameof(Report.Status)).IsModified,
        _ => false,
    };

    private static List<FieldChange> Snapshot(EntityEntry entry, bool before) => entry.Properties
        .Where(p => !_skipped.Contains(p.Metadata.Name))
        .Select(p => before
            ? new FieldChange(p.Metadata.Name, Format(p.OriginalValue), null)
            : new FieldChange(p.Metadata.Name, null, Format(p.CurrentValue)))
        .Where(c => c.Before is not null || c.After is not null)
        .ToList();

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => IsoDay.Format(date),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record Pending(EntityEntry Entry, ChangeAction Action, List<FieldChange>? Changes)
    {
        public int ItemId => Entry.Entity is IVersioned item ? item.Id : Convert.ToInt32(Entry.Property("Id").CurrentValue, CultureInfo.InvariantCulture);

        public int? ReportId => Entry.Entity switch
        {
            Claim claim => claim.ReportId,
            Reliance reliance => reliance.ReportId,
            _ => null,
        };
    }
}

/// <summary>One field of one change: its value before and after (null when it had none).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
