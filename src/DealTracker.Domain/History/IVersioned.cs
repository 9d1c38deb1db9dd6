namespace DealTracker.Domain.History;

/// <summary>
/// An item editors change. <see cref="Version"/> goes up by one with every saved edit; an edit
/// made from an older version is refused rather than silently overwriting the newer one.
/// </summary>
public interface IVersioned
{
    int Id { get; }

    int Version { get; set; }
}
