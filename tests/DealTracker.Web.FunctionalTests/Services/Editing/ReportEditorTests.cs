using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;
using DealTracker.Web.Data;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Editing;

/// <summary>
/// The report form's write path on the real store, as the form drives it (load, change, save), with what a reader then sees on
/// the public pages over HTTP: a date field holding text that is no date, a headline edited under a summary nobody wrote, and
/// the note on anonymous sources kept in the source note.
/// </summary>
public sealed class ReportEditorTests : IAsyncLifetime
{
    private const string DealPath = "/deals/amazon-openai-2026-round";

    private readonly DealTrackerAppFactory _app = new();
    private readonly EditorStamp _editor = new("report-editor-test", DealTrackerAppFactory.EditorEmail);
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
    [InlineData(nameof(ReportDraft.PublishedOn), "2026-02-30", "Write the date as YYYY-MM-DD.")]
    [InlineData(nameof(ReportDraft.RetrievedOn), "yesterday", "Write the date as YYYY-MM-DD.")]
    public async Task SaveAsync_DateFieldHoldsTextThatIsNoDate_IsRefusedBesideTheFieldAndSavesNothing(string field, string text, string message)
    {
        var draft = await NewDraftAsync("date-not-a-date-" + field, "A report whose date is no date");
        draft.PublishedOn = null;
        draft.UnreadDates[field] = text;
        var reportsBefore = await CountReportsAsync();

        var result = await Editor.SaveAsync(draft, _editor);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains($"“{text}” is not a date", result.Errors[field], StringComparison.Ordinal);
        Assert.EndsWith(message, result.Errors[field], StringComparison.Ordinal);
        Assert.Equal(reportsBefore, await CountReportsAsync());
    }

    [Fact]
    public async Task SaveAsync_PublishedKnownToTheMonthHoldsTextThatIsNoDate_SaysTheMonthsForm()
    {
        var draft = await NewDraftAsync("date-month-not-a-date", "A report known to the month");
        draft.PublishedPrecision = Domain.Dates.DatePrecision.Month;
        draft.UnreadDates[nameof(ReportDraft.PublishedOn)] = "2026-13";

        var result = await Editor.SaveAsync(draft, _editor);

        Assert.EndsWith("Write the date as YYYY-MM.", result.Errors[nameof(ReportDraft.PublishedOn)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_HeadlineEditedUnderASummaryNeverWritten_TimelineShowsOnlyTheNewHeadline()
    {
        var draft = await NewDraftAsync("headline-edited", "Amazon weighs OpenAI stake, first headline");
        var saved = await Editor.SaveAsync(draft, _editor);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Values));

        var loaded = (await Editor.LoadAsync(saved.Id))!;
        Assert.Null(loaded.Summary);
        loaded.Headline = "Amazon weighs OpenAI stake, corrected headline";
        var edited = await Editor.SaveAsync(loaded, _editor);

        Assert.True(edited.Succeeded, string.Join("; ", edited.Errors.Values));
        var timeline = await TimelineAsync("headline-edited");
        Assert.Contains("corrected headline", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("first headline", timeline, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        var history = await db.ChangeRecords.Where(c => c.ItemType == "Report" && c.ItemId == saved.Id && c.Action == Domain.History.ChangeAction.Edited).ToListAsync();
        Assert.Contains(history, c => c.Changes.Contains("first headline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SaveAsync_LinkEdited_HistoryRecordsTheLinkAndNotItsDerivedKey()
    {
        var saved = await Editor.SaveAsync(await NewDraftAsync("link-edited", "Amazon weighs OpenAI stake, link moved"), _editor);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Values));

        var loaded = (await Editor.LoadAsync(saved.Id))!;
        loaded.Url = "https://example.com/report-editor-tests/link-edited-moved";
        var edited = await Editor.SaveAsync(loaded, _editor);

        Assert.True(edited.Succeeded, string.Join("; ", edited.Errors.Values));
        await using var db = _app.CreateDbContext();
        var change = await db.ChangeRecords.SingleAsync(c => c.ItemType == "Report" && c.ItemId == saved.Id && c.Action == Domain.History.ChangeAction.Edited);
        Assert.Contains("link-edited-moved", change.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Domain.Reports.Report.LinkKey), change.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_HeadlineEditedUnderASummaryTheEditorWrote_KeepsTheSummary()
    {
        var draft = await NewDraftAsync("summary-written", "Amazon weighs OpenAI stake, old words");
        draft.Summary = "Amazon is said to weigh a stake of up to $40 billion.";
        var saved = await Editor.SaveAsync(draft, _editor);
        var loaded = (await Editor.LoadAsync(saved.Id))!;
        loaded.Headline = "Amazon weighs OpenAI stake, new words";

        await Editor.SaveAsync(loaded, _editor);

        var timeline = await TimelineAsync("summary-written");
        Assert.Contains("new words", timeline, StringComparison.Ordinal);
        Assert.Contains("Amazon is said to weigh a stake of up to $40 billion.", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("old words", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepSourceNote_AnonymousNoteKeptThenSaved_ReportPageSaysItLeansOnUnnamedPeople()
    {
        var draft = await NewDraftAsync("anonymous-kept", "Amazon weighs OpenAI stake, people say");
        var note = ArticleProposals.NoteOn(["people familiar with the matter"])!;

        Assert.True(draft.KeepSourceNote(note));
        var saved = await Editor.SaveAsync(draft, _editor);

        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Values));
        var page = await _app.CreateClient().GetStringAsync($"/reports/{saved.Id}");
        Assert.Contains("Relies on anonymous sources: «people familiar with the matter».", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    private async Task<ReportDraft> NewDraftAsync(string slug, string headline) => new()
    {
        OutletId = await TestOutlets.AddAsync(_app, $"Outlet {slug}"),
        Headline = headline,
        Url = $"https://example.com/report-editor-tests/{slug}",
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

    private async Task<string> TimelineAsync(string slug)
    {
        var html = await _app.CreateClient().GetStringAsync($"{DealPath}/timeline?outlet={Slugs.From($"Outlet {slug}")}");
        return System.Net.WebUtility.HtmlDecode(html);
    }

    private async Task<int> CountReportsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Reports.CountAsync();
    }
}
