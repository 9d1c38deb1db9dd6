using DealTracker.Domain.Intake;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Admin.Inbox;

/// <summary>
/// The inbox page as it first renders: a page past the end shows the last page, and an empty page says why (a filter
/// naming nothing, filters matching nothing), never the empty-inbox advice when the inbox has items.
/// </summary>
public sealed class InboxPageTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const string EmptyInboxAdvice = "add feeds";

    [Fact]
    public async Task Inbox_PagePastTheEnd_ShowsTheLastPageAndSaysSo()
    {
        var outlet = await AddItemsAsync("Past End Wire", 30);
        var editor = await app.CreateEditorClientAsync();

        var (_, page) = await HtmlPage.GetAsync(editor, $"/admin/inbox?outlet={outlet}&page=999");

        var total = page.QuerySelector(".dt-inbox-total")!.Text();
        Assert.Equal("30 items · page 2 of 2", total);
        Assert.Equal(5, page.QuerySelectorAll("[data-inbox-item]").Length);
        var note = page.QuerySelector("[data-inbox-past-end]")!;
        Assert.Contains("There is no page 999: showing the last page, 2.", note.Text(), StringComparison.Ordinal);
        Assert.Contains(note.QuerySelectorAll("a"), a => a.Text() == "Go to page 1" && a.GetAttribute("href")!.EndsWith($"/admin/inbox?outlet={outlet}", StringComparison.Ordinal));
        Assert.DoesNotContain(EmptyInboxAdvice, page.Body!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_UnknownDealSlug_SaysTheFilterNamesNoDealAndOffersToClearIt()
    {
        await AddItemsAsync("Unknown Deal Wire", 1);
        var editor = await app.CreateEditorClientAsync();

        var (_, page) = await HtmlPage.GetAsync(editor, "/admin/inbox?deal=nope&figures=yes");

        var empty = page.QuerySelector("[data-inbox-empty]")!;
        Assert.Equal("unknown-filter", empty.GetAttribute("data-inbox-empty"));
        Assert.Contains("The deal filter “nope” names no tracked deal.", empty.Text(), StringComparison.Ordinal);
        var clear = Assert.Single(empty.QuerySelectorAll("a"), a => a.Text() == "Clear the deal filter");
        Assert.EndsWith("/admin/inbox?figures=yes", clear.GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain(EmptyInboxAdvice, page.Body!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_FiltersMatchingNothing_SaysSoAndOffersToClearThem()
    {
        var outlet = await AddItemsAsync("No Match Wire", 2);
        var editor = await app.CreateEditorClientAsync();

        var (_, page) = await HtmlPage.GetAsync(editor, $"/admin/inbox?outlet={outlet}&status=done");

        var empty = page.QuerySelector("[data-inbox-empty]")!;
        Assert.Equal("no-match", empty.GetAttribute("data-inbox-empty"));
        Assert.Contains("No items match these filters.", empty.Text(), StringComparison.Ordinal);
        Assert.Contains(empty.QuerySelectorAll("a"), a => a.Text() == "Clear the filters" && a.GetAttribute("href") == "/admin/inbox");
        Assert.DoesNotContain(EmptyInboxAdvice, page.Body!.Text(), StringComparison.Ordinal);
    }

    /// <summary><paramref name="count"/> new items from a new outlet named <paramref name="name"/>; returns the outlet's slug.</summary>
    private async Task<string> AddItemsAsync(string name, int count)
    {
        var outletId = await TestOutlets.AddAsync(app, name);
        await using var db = app.CreateDbContext();
        var slug = await db.Outlets.Where(o => o.Id == outletId).Select(o => o.Slug).SingleAsync();
        for (var i = 0; i < count; i++)
        {
            var link = $"https://example.com/{slug}/story-{i}";
            db.InboxItems.Add(new InboxItem
            {
                OutletId = outletId, Title = $"{name} story number {i}", Link = link, NormalisedLink = StoryLinks.Key(link)!,
                TitleKey = $"{slug} story {i}", FetchedAt = DateTime.UtcNow.AddMinutes(-i), Status = InboxStatus.New,
            });
        }

        await db.SaveChangesAsync();
        return slug;
    }
}

/// <summary>The inbox page of a store whose feeds have brought nothing yet: the advice to add feeds (its own store, so no item is there).</summary>
public sealed class EmptyInboxPageTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Fact]
    public async Task Inbox_NoItemsAtAll_AdvisesAddingFeeds()
    {
        var editor = await app.CreateEditorClientAsync();

        var (_, page) = await HtmlPage.GetAsync(editor, "/admin/inbox");

        var empty = page.QuerySelector("[data-inbox-empty]")!;
        Assert.Equal("empty", empty.GetAttribute("data-inbox-empty"));
        Assert.Contains("add feeds on an outlet’s page", empty.Text(), StringComparison.Ordinal);
    }
}
