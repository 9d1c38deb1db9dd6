using DealTracker.Domain.Intake;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Admin.Reports;

/// <summary>The new-report form opened from an inbox item, as it first renders.</summary>
public sealed class ReportFromInboxPageTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Fact]
    public async Task NewReport_FromAnItemAlreadyDone_SaysSoLinksToTheReportAndIsNotTiedToTheItem()
    {
        var (itemId, reportId) = await AddItemAsync("done", InboxStatus.Done);
        var editor = await app.CreateEditorClientAsync();

        var (_, page) = await HtmlPage.GetAsync(editor, $"/admin/reports/new?inboxItem={itemId}");

        var notice = page.QuerySelector($"[data-inbox-done='{itemId}']")!;
        Assert.Contains("A report was already made from the inbox item “Acme done raises $40 million”", notice.Text(), StringComparison.Ordinal);
        Assert.Contains(notice.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/admin/reports/{reportId}" && a.Text() == $"report {reportId}");
        Assert.DoesNotContain("Prefilled from the inbox item", page.Body!.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Saving marks the item done", page.Body!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewReport_FromANewItem_IsPrefilledWithoutTheDoneNotice()
    {
        var (itemId, _) = await AddItemAsync("new", InboxStatus.New);
        var editor = await app.CreateEditorClientAsync();

        var (_, page) = await HtmlPage.GetAsync(editor, $"/admin/reports/new?inboxItem={itemId}");

        Assert.Contains("Prefilled from the inbox item", page.Body!.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-inbox-done]"));
    }

    /// <summary>An inbox item with the given status (a done one made into the first report); its id and that report's.</summary>
    private async Task<(int ItemId, int ReportId)> AddItemAsync(string key, InboxStatus status)
    {
        await using var db = app.CreateDbContext();
        var reportId = await db.Reports.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var link = $"https://example.com/report-from-inbox/{key}";
        var item = new InboxItem
        {
            OutletId = TestOutlets.SeededOutletId, Title = $"Acme {key} raises $40 million", Link = link, NormalisedLink = StoryLinks.Key(link)!,
            TitleKey = $"acme {key} raises $ 40 million", FetchedAt = DateTime.UtcNow, Status = status, ReportId = status == InboxStatus.Done ? reportId : null,
        };
        db.InboxItems.Add(item);
        await db.SaveChangesAsync();
        return (item.Id, reportId);
    }
}
