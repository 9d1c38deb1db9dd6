using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.History;
using DealTracker.Domain.Intake;
using DealTracker.Domain.Reports;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>
/// Keyset paging (<c>cursor</c>, a page's <c>next</c> and its <c>Link: rel="next"</c>) over the real pipeline, on every paged list:
/// a walk by cursor gives what the page numbers give, in the same order; an item added or set aside while walking moves no other
/// (none that was there at the start is skipped or shown twice); the filters stay with the link; a bad cursor is a 400 naming it.
/// </summary>
public sealed class ListCursorTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Theory]
    [InlineData("/api/claims", 3)]
    [InlineData("/api/claims?deal=amazon-openai-2026-round&status=standing", 2)]
    [InlineData("/api/reports", 2)]
    [InlineData("/api/events", 1)]
    [InlineData("/api/deals", 1)]
    public async Task List_WalkedByCursor_GivesEveryItemOnceInThePageNumbersOrder(string path, int pageSize)
    {
        var editor = await app.CreateEditorClientAsync();

        var byPage = await WalkByPageAsync(editor, path, pageSize);
        var byCursor = await WalkByCursorAsync(editor, path, pageSize);

        Assert.True(byPage.Count > pageSize, $"{path} has one page only: the walk proves nothing.");
        Assert.Equal(byPage, byCursor.Ids);
        Assert.Equal(Enumerable.Range(1, byCursor.Pages), byCursor.PageNumbers);
    }

    [Theory]
    [InlineData("ranked")]
    [InlineData("newest")]
    public async Task Inbox_WalkedByCursor_GivesEveryItemOnceInThePageNumbersOrder(string order)
    {
        await AddInboxItemsAsync("walk-" + order, 9);
        var editor = await app.CreateEditorClientAsync();
        var path = $"/api/inbox?status=all&order={order}";

        var byPage = await WalkByPageAsync(editor, path, 2);
        var byCursor = await WalkByCursorAsync(editor, path, 2);

        Assert.True(byPage.Count >= 9);
        Assert.Equal(byPage, byCursor.Ids);
    }

    [Fact]
    public async Task History_WalkedByCursor_GivesEveryChangeOnceNewestFirst()
    {
        var reportId = await ReportWithChangesAsync(7);
        var editor = await app.CreateEditorClientAsync();
        var path = $"/api/history/Report/{reportId}";

        var byPage = await WalkByPageAsync(editor, path, 2);
        var byCursor = await WalkByCursorAsync(editor, path, 2);

        Assert.True(byPage.Count >= 7);
        Assert.Equal(byPage, byCursor.Ids);
    }

    [Fact]
    public async Task Claims_ReportAddedBeforeTheCursorWhileWalking_NoClaimSkippedOrRepeated()
    {
        var editor = await app.CreateEditorClientAsync();
        var atStart = await WalkByPageAsync(editor, "/api/claims", 200);
        var dealId = await IdAsync("deals", "amazon-openai-2026-round");
        var amazonId = await IdAsync("parties", "amazon");
        var outletId = await TestOutlets.AddAsync(app, "Cursor walk outlet");

        // After the first page, a report dated before every other: with page numbers its two claims would push two seen ones onto page 2.
        var walked = await WalkByCursorAsync(editor, "/api/claims", 2, async page =>
        {
            if (page == 1)
            {
                var report = TestReports.TwoFigures(outletId, "https://example.com/cursor-walk-early", dealId, amazonId, publishedOn: "2001-01-01");
                Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/reports", report)).StatusCode);
            }
        });

        Assert.Equal(walked.Ids.Count, walked.Ids.Distinct().Count());
        Assert.Equal(atStart, walked.Ids.Where(atStart.Contains));
        Assert.Equal(atStart.Count, walked.Ids.Count);
    }

    [Fact]
    public async Task Inbox_ItemsDismissedAndAddedWhileWalking_NoItemOfTheStartSkippedOrRepeated()
    {
        var ids = await AddInboxItemsAsync("dismiss", 8);
        var editor = await app.CreateEditorClientAsync();
        var atStart = await WalkByPageAsync(editor, "/api/inbox?order=newest", 100);

        // After the first page, the first item seen is dismissed (it leaves the "new" list) and a new one arrives at the top:
        // with page numbers the first would pull an unseen item back onto page 1, the second push a seen one onto page 2.
        var walked = await WalkByCursorAsync(editor, "/api/inbox?order=newest", 2, async page =>
        {
            if (page == 1)
            {
                Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/inbox/{atStart[0]}/dismiss", new { reason = "Seen" })).StatusCode);
                await AddInboxItemsAsync("arrived", 1);
            }
        });

        Assert.All(ids, id => Assert.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture), atStart));
        Assert.Equal(atStart, walked.Ids);
    }

    [Fact]
    public async Task History_ChangeRecordedWhileWalking_NoChangeShownTwice()
    {
        var reportId = await ReportWithChangesAsync(6);
        var editor = await app.CreateEditorClientAsync();
        var path = $"/api/history/Report/{reportId}";
        var atStart = await WalkByPageAsync(editor, path, 200);

        var walked = await WalkByCursorAsync(editor, path, 2, async page =>
        {
            if (page == 1)
            {
                await AddChangesAsync(reportId, 1);
            }
        });

        Assert.Equal(atStart, walked.Ids);
    }

    [Fact]
    public async Task Claims_FollowingTheLinkHeader_KeepsTheFiltersAndThePageSize()
    {
        var editor = await app.CreateEditorClientAsync();
        var path = "/api/claims?deal=amazon-openai-2026-round&metric=investment&pageSize=1";
        var items = new List<JsonElement>();
        var total = 0;

        for (var next = path; next is not null;)
        {
            var response = await editor.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            total = page.GetProperty("total").GetInt32();
            Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = NextLink(response);
            Assert.Equal(page.GetProperty("next").ValueKind != JsonValueKind.Null, next is not null);
            Assert.True(next is null || (next.Contains("deal=amazon-openai-2026-round", StringComparison.Ordinal) && next.Contains("metric=investment", StringComparison.Ordinal)), next);
            Assert.True(items.Count <= total, "The walk went past the total.");
        }

        Assert.True(total > 1);
        Assert.Equal(total, items.Count);
        Assert.All(items, c => Assert.Equal(("amazon-openai-2026-round", "investment"), (c.GetProperty("deal").GetString(), c.GetProperty("metric").GetString())));
    }

    [Theory]
    [InlineData("/api/claims", "/api/claims", "garbage")]
    [InlineData("/api/claims", "/api/claims", "altered")]
    [InlineData("/api/claims", "/api/claims", "withPage")]
    [InlineData("/api/claims", "/api/claims", "tooLong")]
    [InlineData("/api/claims", "/api/reports", "asIs")]
    [InlineData("/api/reports", "/api/reports", "altered")]
    [InlineData("/api/events", "/api/claims", "asIs")]
    [InlineData("/api/deals", "/api/deals", "altered")]
    [InlineData("/api/deals", "/api/deals", "withPage")]
    [InlineData("/api/deals", "/api/claims", "asIs")]
    [InlineData("/api/inbox?status=all&order=newest", "/api/inbox?status=all", "asIs")]
    [InlineData("/api/inbox?status=all", "/api/inbox?status=all", "altered")]
    [InlineData("/api/inbox?status=all", "/api/inbox?status=all", "twice")]
    [InlineData("/api/inbox?status=all", "/api/inbox?status=all", "withPage")]
    [InlineData("/api/history/Report/{other}", "/api/history/Report/{report}", "asIs")]
    [InlineData("/api/history/Report/{report}", "/api/history/Report/{report}", "altered")]
    public async Task List_BadCursor_Answers400NamingIt(string target, string source, string how)
    {
        await AddInboxItemsAsync("bad-" + how, 3);
        var (report, other) = (await ReportWithChangesAsync(3), await ReportWithChangesAsync(3, nth: 1));
        (target, source) = (Fill(target, report, other), Fill(source, report, other));
        var editor = await app.CreateEditorClientAsync();
        var cursor = (await editor.GetFromJsonAsync<JsonElement>(With(source, "pageSize=1"))).GetProperty("next").GetString()!;
        var query = how switch
        {
            "garbage" => "cursor=not-a-cursor",
            "altered" => "cursor=" + Uri.EscapeDataString(Altered(cursor)),
            "withPage" => "page=2&cursor=" + Uri.EscapeDataString(cursor),
            "tooLong" => "cursor=" + new string('A', 5000) + "." + cursor.Split('.')[1],
            "twice" => $"cursor={Uri.EscapeDataString(cursor)}&cursor={Uri.EscapeDataString(cursor)}",
            _ => "cursor=" + Uri.EscapeDataString(cursor),
        };

        var response = await editor.GetAsync(With(target, query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("cursor", errors.GetProperty("cursor")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_LastPage_HasNoNextAndNoLink()
    {
        var editor = await app.CreateEditorClientAsync();

        var response = await editor.GetAsync("/api/claims?pageSize=200");

        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(page.GetProperty("total").GetInt32() <= 200);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        Assert.Null(NextLink(response));
    }

    private static async Task<List<string>> WalkByPageAsync(HttpClient client, string path, int pageSize)
    {
        var ids = new List<string>();
        for (var number = 1; ; number++)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(With(path, $"pageSize={pageSize}&page={number}"));
            var items = page.GetProperty("items").EnumerateArray().Select(Id).ToList();
            if (items.Count == 0)
            {
                return ids;
            }

            ids.AddRange(items);
        }
    }

    /// <summary>Follows each page's <c>next</c> (checking that its Link header says the same) to the end, calling <paramref name="between"/> after each page.</summary>
    private static async Task<(List<string> Ids, int Pages, List<int> PageNumbers)> WalkByCursorAsync(
        HttpClient client, string path, int pageSize, Func<int, Task>? between = null)
    {
        var (ids, numbers) = (new List<string>(), new List<int>());
        string? cursor = null;
        do
        {
            var response = await client.GetAsync(With(path, $"pageSize={pageSize}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(Id));
            numbers.Add(page.GetProperty("page").GetInt32());
            cursor = page.GetProperty("next").GetString();
            Assert.Equal(cursor is null ? null : "cursor=" + Uri.EscapeDataString(cursor), NextLink(response)?.Split('?')[1].Split('&').Single(p => p.StartsWith("cursor=", StringComparison.Ordinal)));
            Assert.True(numbers.Count < 1000, "The walk does not end.");
            if (between is not null)
            {
                await between(numbers.Count);
            }
        }
        while (cursor is not null);

        return (ids, numbers.Count, numbers);
    }

    private static string? NextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links) && links.SingleOrDefault(l => l.EndsWith("rel=\"next\"", StringComparison.Ordinal)) is { } link
            ? link[1..link.IndexOf('>', StringComparison.Ordinal)]
            : null;

    private static string Id(JsonElement item) => item.GetProperty("id").GetRawText();

    private static string With(string path, string query) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    private static string Fill(string path, int report, int other) =>
        path.Replace("{report}", report.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{other}", other.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // The cursor with one character of its body changed (to another that base64url still reads): its check no longer matches.
    private static string Altered(string cursor)
    {
        var chars = cursor.ToCharArray();
        chars[4] = chars[4] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private async Task<int> IdAsync(string table, string slug)
    {
        await using var db = app.CreateDbContext();
        return table == "deals"
            ? await db.Deals.Where(d => d.Slug == slug).Select(d => d.Id).SingleAsync()
            : await db.Parties.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
    }

    /// <summary>New inbox items of one outlet: scores 0 to 2 and two fetch times, so the orders have ties that only the id breaks.</summary>
    private async Task<List<int>> AddInboxItemsAsync(string key, int count)
    {
        await using var db = app.CreateDbContext();
        var outletId = await db.Outlets.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var fetched = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);
        var items = Enumerable.Range(1, count).Select(i => new InboxItem
        {
            OutletId = outletId, Title = $"Cursor {key} {i} raises $40 million", Link = $"https://example.com/cursor/{key}/{i}/{Guid.NewGuid():N}",
            NormalisedLink = $"example.com/cursor/{key}/{i}/{Guid.NewGuid():N}", TitleKey = $"cursor {key} {i}",
            FetchedAt = key == "arrived" ? DateTime.UtcNow : fetched.AddMinutes(i % 2), Score = i % 3,
        }).ToList();
        db.InboxItems.AddRange(items);
        await db.SaveChangesAsync();
        return [.. items.Select(i => i.Id)];
    }

    /// <summary>The <paramref name="nth"/> report of the seed with <paramref name="count"/> more recorded changes (its history is the seed's, if any, and these).</summary>
    private async Task<int> ReportWithChangesAsync(int count, int nth = 0)
    {
        int reportId;
        await using (var db = app.CreateDbContext())
        {
            reportId = await db.Reports.Where(r => r.Status == ReportStatus.Standing).OrderBy(r => r.Id).Select(r => r.Id).Skip(nth).FirstAsync();
        }

        await AddChangesAsync(reportId, count);
        return reportId;
    }

    private async Task AddChangesAsync(int reportId, int count)
    {
        await using var db = app.CreateDbContext();
        db.ChangeRecords.AddRange(Enumerable.Range(1, count).Select(i => new ChangeRecord
        {
            ItemType = "Report", ItemId = reportId, ReportId = reportId, Action = ChangeAction.Edited, At = DateTime.UtcNow,
            EditorId = "list-cursor-test", EditorName = DealTrackerAppFactory.EditorEmail,
            Changes = $$"""[{"field":"SourceNote","before":"note {{i - 1}}","after":"note {{i}}"}]""",
        }));
        await db.SaveChangesAsync();
    }
}
