using DealTracker.Domain.Outlets;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// Outlets for the reports a test enters through the write API, which picks an outlet by id (it no longer
/// creates one in passing: that is the editor page's outlet picker).
/// </summary>
public static class TestOutlets
{
    /// <summary>The first outlet of the seed, for tests that run the app as a process and need any outlet.</summary>
    public const int SeededOutletId = 1;

    /// <summary>The id of the outlet of that name, added (with a slug made from the name) when there is none.</summary>
    public static async Task<int> AddAsync(DealTrackerAppFactory app, string name, OutletKind kind = OutletKind.Wire)
    {
        await using var db = app.CreateDbContext();
        if (await db.Outlets.Where(o => o.Name == name).Select(o => (int?)o.Id).FirstOrDefaultAsync() is { } id)
        {
            return id;
        }

        var outlet = new Outlet { Name = name, Slug = Slugs.From(name), Kind = kind };
        db.Outlets.Add(outlet);
        await db.SaveChangesAsync();
        return outlet.Id;
    }
}
