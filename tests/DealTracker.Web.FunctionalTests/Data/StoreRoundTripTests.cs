using System.Globalization;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Data;

/// <summary>Values come back from the store exactly as saved, and text compares as on SQLite, on whichever provider the run uses.</summary>
public sealed class StoreRoundTripTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Theory]
    [InlineData("987654321098765.43")]
    [InlineData("1000000000000")]
    [InlineData("0.01")]
    public async Task Amount_TrillionsAndCents_ComesBackExactly(string text)
    {
        var amount = decimal.Parse(text, CultureInfo.InvariantCulture);
        await using var db = app.CreateDbContext();
        var id = await db.Claims.Where(c => c.Amount != null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();

        await db.Claims.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Amount, amount));
        var stored = await db.Claims.Where(c => c.Id == id).Select(c => c.Amount).SingleAsync();
        var found = await db.Claims.CountAsync(c => c.Id == id && c.Amount == amount);

        Assert.Equal(amount, stored);
        Assert.Equal(1, found);
    }

    [Theory]
    [InlineData("REUTERS")]
    [InlineData("reuters")]
    [InlineData("euTer")]
    public async Task OutletsAsync_SearchInAnyCase_FindsTheOutlet(string search)
    {
        var lookups = ActivatorUtilities.CreateInstance<EditorLookups>(app.Services);

        var page = await lookups.OutletsAsync(search, 1);

        Assert.Contains(page.Rows, row => row.Title == "Reuters");
    }

    [Fact]
    public async Task SaveChangesAsync_SecondReportWithTheSameUrl_IsAUniqueViolationOfReportsUrl()
    {
        await using var db = app.CreateDbContext();
        var reports = await db.Reports.AsTracking().OrderBy(r => r.Id).Take(2).ToListAsync();
        reports[0].Url = "https://example.com/one-piece";
        await db.SaveChangesAsync();

        reports[1].Url = reports[0].Url;
        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(StoreErrors.IsUniqueViolation(exception, "Reports", "Url"));
        Assert.False(StoreErrors.IsUniqueViolation(exception, "Outlets", "Slug"));
    }
}
