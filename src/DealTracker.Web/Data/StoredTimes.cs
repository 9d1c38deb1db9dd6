namespace DealTracker.Web.Data;

/// <summary>The store keeps times in UTC without saying so (SQLite reads them back unspecified): these say so, so JSON writes their "Z".</summary>
public static class StoredTimes
{
    public static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? at) => at is { } value ? Utc(value) : null;
}
