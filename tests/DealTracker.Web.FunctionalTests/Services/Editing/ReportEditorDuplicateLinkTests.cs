using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Editing;

/// <summary>
/// One report per story on the real store: a link another report has under any spelling the story key folds (scheme, www.,
/// a trailing slash, tracking parameters, the host's case, a fragment, AMP) is refused naming that report, looked up by the
/// stored, indexed key (<see cref="Report.LinkKey"/>) rather than a search of every link; spellings the key keeps apart are saved,
/// as before; and start-up keys the links of reports stored before the column.
/// </summary>
public sealed class ReportEditorDuplicateLinkTests : IAsyncLifetime
{
    private const string Original = "https://www.example.com/news/duplicate-link-story?id=7&utm_source=feed";

    private readonly DealTrackerAppFactory _app = new();
    private readonly EditorStamp _editor = new("duplicate-link-test", DealTrackerAppFactory.EditorEmail);
    private int _dealId;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await using var db = _app.CreateDbContext();
        _dealId = (await db.Deals.SingleAsync(d => d.IsFeatured)).Id;
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private ReportEditor Editor => _app.Services.GetRequiredService<ReportEditor>();

    [Theory]
    [InlineData(Original)]
    [InlineData("http://www.example.com/news/duplicate-link-story?id=7&utm_source=feed")]
    [InlineData("https://example.com/news/duplicate-link-story?id=7")]
    [InlineData("https://www.example.com/news/duplicate-link-story/?id=7&utm_medium=social&fbclid=abc")]
    [InlineData("HTTPS://WWW.Example.COM/news/duplicate-link-story?utm_campaign=x&id=7#comments")]
    [InlineData("https://example.com:443/news/duplicate-link-story/amp?id=7")]
    public async Task SaveAsync_LinkAnotherReportHasUnderAnotherSpelling_IsRefusedNamingThatReportAndSavesNothing(string link)
    {
        var first = await Editor.SaveAsync(await NewDraftAsync("first", Original), _editor);
        Assert.True(first.Succeeded);
        var reportsBefore = await CountReportsAsync();

        var result = await Editor.SaveAsync(await NewDraftAsync("second", link), _editor);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Equal(ReportEditor.DuplicateLinkError(first.Id, "Outlet duplicate-link first"), result.Errors[nameof(ReportDraft.Url)]);
        Assert.Equal(reportsBefore, await CountReportsAsync());
    }

    [Theory]
    [InlineData("https://www.example.com/news/Duplicate-Link-Story?id=7")]
    [InlineData("https://www.example.com/news/duplicate-link-story?id=8")]
    [InlineData("https://www.example.com/news/duplicate-link-story")]
    [InlineData("https://www.example.com/news/duplicate-link-story-2?id=7")]
    [InlineData("https://news.example.com/news/duplicate-link-story?id=7")]
    public async Task SaveAsync_LinkTheStoryKeyKeepsApart_IsSaved(string link)
    {
        Assert.True((await Editor.SaveAsync(await NewDraftAsync("first", Original), _editor)).Succeeded);

        var result = await Editor.SaveAsync(await NewDraftAsync("second", link), _editor);

        Assert.Equal(EditOutcome.Saved, result.Outcome);
    }

    [Fact]
    public async Task SaveAsync_EditOfAReportKeepingItsOwnLink_IsSavedAndItsKeyFollowsALinkChange()
    {
        var saved = await Editor.SaveAsync(await NewDraftAsync("own", Original), _editor);
        var draft = await Editor.LoadAsync(saved.Id);
        draft!.Headline = "A headline edited, the link kept";

        var kept = await Editor.SaveAsync(draft, _editor);
        var moved = await Editor.LoadAsync(saved.Id);
        moved!.Url = "https://example.com/news/moved-story";
        var changed = await Editor.SaveAsync(moved, _editor);

        Assert.Equal(EditOutcome.Saved, kept.Outcome);
        Assert.Equal(EditOutcome.Saved, changed.Outcome);
        await using var db = _app.CreateDbContext();
        Assert.Equal("//example.com/news/moved-story", (await db.Reports.SingleAsync(r => r.Id == saved.Id)).LinkKey);
        Assert.True((await Editor.SaveAsync(await NewDraftAsync("after-move", Original), _editor)).Succeeded);
    }

    [Fact]
    public async Task SaveAsync_ManyEarlierReportsWhoseLinksHoldTheSamePath_StillFindsTheDuplicate()
    {
        // The check used to read the first 500 reports whose link held the path and key only those: a duplicate after them was missed.
        var outletId = await TestOutlets.AddAsync(_app, "Outlet duplicate-link many");
        await using (var db = _app.CreateDbContext())
        {
            db.Reports.AddRange(Enumerable.Range(1, 510).Select(i => new Report
            {
                OutletId = outletId, Summary = $"Another story {i}", Url = $"https://example.com/archive/{i}/news/story",
            }));
            await db.SaveChangesAsync();
        }

        var first = await Editor.SaveAsync(await NewDraftAsync("first", "https://example.com/news/story"), _editor);
        var result = await Editor.SaveAsync(await NewDraftAsync("second", "http://www.example.com/news/story/?utm_source=x"), _editor);

        Assert.True(first.Succeeded);
        Assert.Equal(ReportEditor.DuplicateLinkError(first.Id, "Outlet duplicate-link first"), result.Errors[nameof(ReportDraft.Url)]);
    }

    [Fact]
    public async Task StartUp_ReportsStoredBeforeTheKeyColumn_AreKeyedAndTheirLinksCaughtAgain()
    {
        var first = await Editor.SaveAsync(await NewDraftAsync("first", Original), _editor);
        await using (var db = _app.CreateDbContext())
        {
            // As a store migrated from before the column has it: links without keys.
            await db.Reports.ExecuteUpdateAsync(set => set.SetProperty(r => r.LinkKey, (string?)null));
        }

        var unkeyed = await Editor.SaveAsync(await NewDraftAsync("unkeyed", "http://example.com/news/duplicate-link-story/?id=7"), _editor);
        await using (var node = DealTrackerAppFactory.OnTheSameStoreAs(_app))
        {
            await node.InitializeAsync();
        }

        // Both reports now hold the story; neither has this very spelling, so the first is named.
        var keyed = await Editor.SaveAsync(await NewDraftAsync("keyed", "https://example.com/news/duplicate-link-story?id=7&fbclid=z"), _editor);

        Assert.Equal(EditOutcome.Saved, unkeyed.Outcome);
        Assert.Equal(ReportEditor.DuplicateLinkError(first.Id, "Outlet duplicate-link first"), keyed.Errors[nameof(ReportDraft.Url)]);
        await using var after = _app.CreateDbContext();
        Assert.False(await after.Reports.AnyAsync(r => r.Url != null && r.LinkKey == null));
        Assert.True(await after.Reports.AllAsync(r => r.Url == null || r.LinkKey != null));
    }

    private async Task<int> CountReportsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Reports.CountAsync();
    }

    private async Task<ReportDraft> NewDraftAsync(string slug, string link) => new()
    {
        OutletId = await TestOutlets.AddAsync(_app, $"Outlet duplicate-link {slug}"),
        Headline = $"Amazon weighs OpenAI stake, {slug}",
        Url = link,
        PublishedOn = new DateOnly(2026, 2, 2),
        RetrievedOn = new DateOnly(2026, 2, 3),
        Claims =
        [
            new ClaimDraft
            {
                DealId = _dealId, Metric = Metric.Investment, Hedge = Hedge.UpTo, Amount = 40_000_000_000m, Currency = "USD", Quote = "as much as $40 billion",
            },
        ],
    };
}
