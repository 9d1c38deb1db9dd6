using System.Globalization;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Data;

/// <summary>Values come back from the store exactly as saved, on whichever provider the run uses.</summary>
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
}
