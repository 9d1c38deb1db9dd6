namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// The browser tests that change the store (editors saving and retracting) get their own app and
/// database, so the read-only tests in <see cref="BrowserCollection"/> keep seeing exactly the seed
/// (they check its figures, outlets and counts). The collection runs on its own, after the others,
/// so the two apps never start at once on a small machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EditingCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Editing";
}
