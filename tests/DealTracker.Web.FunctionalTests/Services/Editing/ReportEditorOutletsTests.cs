using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Editing;

/// <summary>
/// A report's own outlet and the outlets it names, on the real store: a report never relies on its own outlet (known, named for
/// it, or by another of its names), and a name of an outlet the store has is that outlet, not a second one.
/// </summary>
public sealed class ReportEditorOutletsTests : IAsyncLifetime
{
    private static readonly EditorStamp _stamp = new("report-outlets-test", DealTrackerAppFactory.EditorEmail);

    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData("Semafor", "Semafor")]
    [InlineData("Semafor", "semafor")]
    [InlineData("Bloomberg", "Bloomberg News")]
    public async Task SaveAsync_NewOutletRelyingOnItself_ReturnsInvalidAtTheRowAndStoresNothing(string outlet, string reliedOn)
    {
        var draft = Draft($"https://example.com/own-{Guid.NewGuid():N}");
        draft.NewOutletName = outlet;
        draft.Reliances.Add(new RelianceDraft { NewOutletName = reliedOn, Note = $"{reliedOn} reported" });

        var result = await Editor().SaveAsync(draft, _stamp);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("cannot rely on its own outlet", result.Errors["Reliances[0]"], StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Reports.AnyAsync(r => r.Url == draft.Url));
        Assert.False(await db.Outlets.AnyAsync(o => o.Name == outlet || o.Name == reliedOn));
    }

    /// <summary>A new outlet named as a known one ("Wall Street Journal") is that outlet, and a row on it is the report relying on itself.</summary>
    [Fact]
    public async Task SaveAsync_NewOutletNamingAKnownOneRelyingOnIt_ReturnsInvalidNamingIt()
    {
        var wsj = await OutletIdAsync("wsj");
        var draft = Draft("https://example.com/own-wsj");
        draft.NewOutletName = "Wall Street Journal";
        draft.Reliances.Add(new RelianceDraft { TargetOutletId = wsj, Note = "the Journal reported" });

        var result = await Editor().SaveAsync(draft, _stamp);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("The Wall Street Journal", result.Errors["Reliances[0]"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_KnownOutletRelyingOnItself_ReturnsInvalidAtTheRow()
    {
        var reuters = await OutletIdAsync("reuters");
        var draft = Draft("https://example.com/own-reuters");
        draft.OutletId = reuters;
        draft.Reliances.Add(new RelianceDraft { TargetOutletId = await OutletIdAsync("wsj") });
        draft.Reliances.Add(new RelianceDraft { TargetOutletId = reuters });

        var result = await Editor().SaveAsync(draft, _stamp);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Equal(["Reliances[1]"], result.Errors.Keys);
    }

    [Fact]
    public async Task SaveAsync_NewOutletNamingAKnownOne_SavesTheReportForThatOutletAndAddsNone()
    {
        await using var before = _app.CreateDbContext();
        var count = await before.Outlets.CountAsync();
        var draft = Draft("https://example.com/named-wsj");
        draft.NewOutletName = "Wall Street Journal";
        draft.Reliances.Add(new RelianceDraft { NewOutletName = "Bloomberg News", Note = "Bloomberg News reported" });
        draft.Reliances.Add(new RelianceDraft { NewOutletName = "Bloomberg", Note = "according to Bloomberg" });

        var result = await Editor().SaveAsync(draft, _stamp);

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = _app.CreateDbContext();
        var report = await db.Reports.Include(r => r.Outlet).Include(r => r.Reliances).ThenInclude(x => x.TargetOutlet).SingleAsync(r => r.Id == result.Id);
        Assert.Equal("wsj", report.Outlet!.Slug);
        Assert.Equal(["Bloomberg News"], report.Reliances.Select(r => r.TargetOutlet!.Name));
        Assert.Equal(count + 1, await db.Outlets.CountAsync());
    }

    private ReportEditor Editor() => _app.Services.GetRequiredService<ReportEditor>();

    private async Task<int> OutletIdAsync(string slug)
    {
        await using var db = _app.CreateDbContext();
        return (await db.Outlets.SingleAsync(o => o.Slug == slug)).Id;
    }

    private static ReportDraft Draft(string url) => new()
    {
        Headline = "Amazon weighs $50 billion OpenAI stake",
        Url = url,
        PublishedOn = new DateOnly(2026, 2, 2),
        RetrievedOn = new DateOnly(2026, 2, 2),
    };
}
